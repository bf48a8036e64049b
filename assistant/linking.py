"""Named projects: a question naming a fiche by its title is linked to that fiche, or told « aucune fiche
intitulée … ».

    linker = TitleLinker(fiches, word_df)
    link = linker.link("Quel est le budget du projet Place des femmes à Kervénanec ?", scan)
    link.fiche_ids, link.focus, link.near_duplicates        # None: the question names no project

How:
1. Titles are matched word by word against the question (folded words and plural keys; one typo; two words
   written as one, « d'ici et » / « iciet »), the whole title and its main part (before « : », « - », « ( »):
   `recall` = the share of the title's words found, in a compact span of the question; `precision` = the share
   of the question's free words (neither phrasing, nor the field asked, nor a place) that the title explains.
   Score = F1 of the two; ties go to the title written exactly as in the question.
2. FOCUS: recall and precision ≥ FOCUS, the question names one thing (not « des actions … ») and the title is
   specific (two words, or one rare word) or explicitly named → the fiche is the whole answer. BOOST: the
   title is in the question, or every free word is in the title and covers half of it → first citation.
3. ABSENT: a strong mention — quotes, « le projet / l'action X », a capitalised name after « parle-moi de »,
   « présente », « le budget de… », or after those cues a near miss (half of a title, another word) — that no
   title matches → « Aucune fiche intitulée « X » », the closest titles as plain links.
4. Near-duplicates: fiches of the same centre whose titles have the same words or almost the same letters
   (« Place de femmes » / « Place des femmes ») are linked together, the exact title first, and flagged.
A place named with the project (« X à Lorient », « X de Kervénanec ») keeps the titles of that place.
5. LOOSE: when no title is linked with focus, a fiche referred to loosely (`assistant.references`: a few title
   or theme words with its centre, town or département, or a misspelt title) is the focus — not for a set of
   fiches, not against a mention declared absent unless it explains all its words; a two-word reference with
   its place also overrides a linked title that stands elsewhere. `references` gives comparisons their fiches.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from assistant.facets import FacetScan, Question
from assistant.fiche_words import fiche_text, sound_key
from assistant.lookup_asks import asks_detail
from assistant.naming import LIGHT_LINKS, verb_phrase_words
from assistant.query import SCAFFOLDING
from assistant.question_syntax import GENERAL, phrasing_positions
from assistant.records import FacetMatch, Hit, NamedLink, SearchResult
from assistant.references import Reference, ReferenceResolver, structure_before
from ingest import fields
from ingest.models import Chunk, Fiche
from ingest.text import GENERIC, STOPWORDS, edit_distance, normalise, one_typo, plural_key

FOCUS = 0.85  # recall and precision of a title the question is about (chosen on the dev gold files)
HALF = 0.5  # recall of a title whose words are all the question's (BOOST), or of a near miss (ABSENT)
NEAR_TITLE = 0.8  # letter-trigram similarity of two titles of one centre that are near-duplicates
MAX_LINKED = 4
CLOSEST = 3
POOL = 60  # candidate titles scored in full (those sharing the most words with the question)
TEXT_NAMED = 2  # fiches whose text may hold a mention no title matches, for it to name them
OWNED_ABSENT = 0.5  # share of a project's words none of its centre's fiches writes for it to be absent there
STEM = 5  # letters two words share to be one family (« citoyen » / « citoyenneté »)
LOOSE_FACETED = 3.0  # score of a loose reference made of facet words for it to name a fiche, not the facet
MIN_SOUND = 3  # letters of a sound key for two spellings to be equated
SPAN_SLACK = 3  # words of the question a title's words may be spread over, beyond the title's own length

_PROJECT_NOUNS = {"projet", "action", "fiche", "initiative", "experience", "operation", "dispositif"}
_DEFINITE = {"le", "la", "l", "du", "ce", "cette", "cet", "au"}
_PRESENT = {"parle", "parlez", "presente", "presentez", "presenter", "raconte", "racontez", "decris",
            "decrivez", "explique", "expliquez", "passe", "quoi", "agit", "sagit", "about", "describe", "tell",
            # asking for information, politely: « infos sur X svp », « des renseignements sur X, merci »
            "info", "infos", "information", "informations", "renseignement", "renseignements", "svp", "stp",
            "merci", "bonjour"}  # fmt: skip
# Words of a request to describe a thing, never of its name (« ça consiste en quoi, concrètement ? »).
_DESCRIBING = {"consiste", "consistent", "consistait", "concretement", "exactement", "precisement", "juste"}
_LEAD = {"moi", "nous", "de", "du", "la", "le", "l", "d", "au", "a", "me", "us", "the", "sur", "concernant"}
_BOUNDARY = {"a", "au", "aux", "en", "dans", "avec", "pour", "par", "qui", "que", "qu", "dont", "chez", "sur",
             "est", "sont", "ont", "et", "ou", "with", "in", "for", "by"}  # fmt: skip
# A name ends at the subject of the question's verb or at a question word (« l'atelier X il coûte combien »).
_ENDS_NAME = {"il", "elle", "ils", "elles", "on", "combien", "quand", "comment", "pourquoi", "quel", "quelle",
              "quels", "quelles", "lequel", "laquelle"}  # fmt: skip
_PARTS = re.compile(r"\s+[-–:]\s+|\s*:\s+|\s*\(|\s*,\s*")
_QUOTES = re.compile(r"«\s*([^»]+?)\s*»|\"([^\"]+)\"|“([^”]+)”")
_SET_WORDS = {"actions", "projets", "fiches", "initiatives", "experiences", "idees", "exemples", "centres"}
_PLACE_FIELDS = ("centre", "departement", "region")
_SET_INTENTS = {"list", "count", "aggregate"}
# Learned prefixes of compound words, whose second part has its own capital in an acronym (« ASL »: Ateliers
# SocioLinguistiques).
_COMBINING = ("socio", "psycho", "medico", "multi", "inter", "audio", "video", "agro", "tele", "auto")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
# « combien de N »: the noun counted; N in `_COUNTED_SETS` counts fiches (« combien d'actions … »).
_COUNTED = re.compile(r"\bcombien (?:de|d|des) (\w+)")
_COUNTED_SETS = {
    plural_key(w)
    for w in [
        "fiche",
        "action",
        "projet",
        "initiative",
        "experience",
        "centre",
        "structure",
        "fois",
        "operation",
        "dispositif",
    ]
}


@dataclass(frozen=True)
class _Title:
    fiche_id: str
    centre: str  # normalised
    text: str  # normalised full title
    keys: tuple[str, ...]  # distinct content keys of the full title
    main: tuple[str, ...]  # distinct content keys of its main part


@dataclass(frozen=True)
class Mention:
    """Words of the question that name a project: `kind` quote, project (« le projet X »), name (a capital
    after a presentation or lookup cue), cue (lowercase after such a cue: strong only as a near miss)."""

    start: int
    end: int
    kind: str
    text: str


@dataclass
class Link:
    """What the question names: linked fiches (best first), or none (`fiche_ids` empty: « aucune fiche
    intitulée … », `closest` titles shown as links)."""

    mention: str
    fiche_ids: list[str] = field(default_factory=list)
    near_duplicates: list[str] = field(default_factory=list)
    focus: bool = False
    closest: list[str] = field(default_factory=list)
    score: float = 0.0

    def record(self) -> NamedLink:
        return NamedLink(
            mention=self.mention,
            fiche_ids=self.fiche_ids,
            near_duplicates=self.near_duplicates,
            focus=self.focus,
        )


@dataclass
class _Match:
    title: _Title
    recall: float
    precision: float
    positions: frozenset[int]
    exact: bool  # the title is written as is in the question

    @property
    def score(self) -> float:
        total = self.recall + self.precision
        return 2 * self.recall * self.precision / total if total else 0.0

    def order(self) -> tuple:
        return (-round(self.score, 6), not self.exact, len(self.title.keys), self.title.fiche_id)


class TitleLinker:
    """Fiche titles of one corpus, indexed by their words (see the module docstring)."""

    def __init__(self, fiches: Iterable[Fiche], word_df: Mapping[str, int] | None = None):
        self.fiches = {f.id: f for f in fiches}
        self.word_df = word_df or {}
        self.titles = [_title(f) for f in self.fiches.values() if f.title.strip()]
        self._by_key: dict[str, list[int]] = defaultdict(list)
        self._buckets: dict[tuple[str, int], set[str]] = defaultdict(set)
        self._by_centre: dict[str, list[int]] = defaultdict(list)
        self._by_sound: dict[str, set[str]] = defaultdict(set)  # sound key → title words (`sounds_alike`)
        self._normalised: dict[str, str] | None = None
        self._sorted_words: list[str] | None = None  # the corpus's words, sorted (shortened words)
        self._by_initials: dict[str, set[int]] = defaultdict(set)  # two first letters of an acronym → titles
        self._resolver: ReferenceResolver | None = None  # loose references, built at the first question
        for n, title in enumerate(self.titles):
            for a, b in zip(title.keys, (*title.keys[1:], ""), strict=False):
                self._by_initials[(_initials(a) + (_initials(b) if b else ""))[:2]].add(n)
            for key in title.keys:
                self._by_key[key].append(n)
                self._buckets[(key[0], len(key))].add(key)
                self._by_sound[sound_key(key)].add(key)
            self._by_centre[title.centre].append(n)

    # -- public API ----------------------------------------------------------------------------------

    def link(self, question: str, scan: FacetScan | None = None, intent: str = "search") -> Link | None:
        """The project the question names (see the module docstring); None when it names none."""
        ctx = _Context.of(question, scan)
        if intent == "count" and (asks_detail(normalise(question)) or self._figure_of_one(ctx, scan)):
            intent = "lookup"  # « combien d'adultes ont participé à X »: a figure of one fiche, not a count of fiches
        found = self._titled(ctx, scan, intent)
        loose = self._loose(ctx, scan, intent, found)
        if not (found and found.fiche_ids) and loose is None and not ctx.asks_for_a_set:
            found = self._absent_at_centre(ctx) or found
        if found is not None and found.focus and found.fiche_ids:
            # a title linked, and the place named with it is another fiche's (a place the facets did not read)
            elsewhere = loose is not None and loose.fiche_ids[0] not in found.fiche_ids
            return loose if elsewhere and loose.score >= LOOSE_FACETED else found
        return loose or found

    def _figure_of_one(self, ctx: _Context, scan: FacetScan | None) -> bool:
        """Does a « combien de N » count a thing inside one fiche the question names by its title (« les
        balades-diagnostic des Coudraies, combien de propositions retenues ? »)? Yes when N names no set of
        fiches (`_COUNTED_SETS`) and no word of the title linked when the question is read as a lookup: a
        count of « jardins » near « Jardin partagé » counts gardens, i.e. fiches."""
        counted = _COUNTED.search(normalise(ctx.q.text))
        if counted is None or plural_key(counted.group(1)) in _COUNTED_SETS:
            return False
        found = self.link(ctx.q.text, scan, "lookup")
        if found is None or not found.focus or not found.fiche_ids:
            return False
        titles = {k for i in found.fiche_ids if (f := self.fiches.get(i)) for k in _title(f).keys}
        return plural_key(counted.group(1)) not in titles

    @property
    def resolver(self) -> ReferenceResolver:
        """The loose-reference resolver, built at the first question that needs it (or by `warm`)."""
        if self._resolver is None:
            self._resolver = ReferenceResolver(self.fiches.values(), self.word_df)
        return self._resolver

    def references(
        self, question: str, scan: FacetScan | None = None, *, described: bool = True
    ) -> list[Reference]:
        """The fiches the question refers to loosely, one per reference (`assistant.references`); two fiches
        asked (`described`, callers comparing): a side may name its fiche by a phrase of its text."""
        return self.resolver.resolve(question, scan, described=described)

    def warm(self) -> None:
        """Build what the first comparison of described fiches would otherwise pay (~6 s at 20,000 fiches)."""
        self.resolver.warm()

    def placed_over(self, refs: list[Reference], named: list[str]) -> bool:
        """Do two references, each named with its place, replace two titles named in part — agreeing on one
        of them, the other a fiche at the place the question names (« les contes en Isère et les petits déj
        au Havre »: « petits déjeuners thématiques » of Le Havre, not « Petit Déj à idées »)? Never when the
        title named is of the same département as the reference (« Place en Place à Lorient »: the place
        agrees with the title, it does not name another fiche)."""
        ids = [r.fiche_id for r in refs]
        if not (len(refs) == 2 and all(r.qualified for r in refs)):
            return False
        if len(set(ids) & set(named)) != 1 or len(set(ids)) != 2:
            return False
        fiches = self.resolver.fiches
        dropped = [fiches.get(i) for i in named if i not in ids]
        added = [fiches.get(i) for i in ids if i not in named]
        return not any(d and a and _same_place(d, a) for d in dropped for a in added)

    def _titled(self, ctx: _Context, scan: FacetScan | None, intent: str) -> Link | None:
        """The title the question names, or « aucune fiche intitulée … » (steps 1-4 of the docstring)."""
        mentions = find_mentions(ctx)
        matches = self._matches(ctx, range(len(ctx.q.tokens)))
        best = matches[0] if matches else None
        if best is not None and ctx.absent and scan is not None:
            spelt = {ctx.q.tokens[i].text for i in best.positions if i in ctx.acronyms}
            ctx.absent = not set(scan.absent) <= spelt  # « les ASL »: no entity, a title's initials
        if best is not None:
            strong = [m for m in mentions if m.kind != "cue" and _overlaps(best, m)]
            explicit = any(_explains(best, m, ctx) for m in strong)
            quoted = best.exact and any(m.kind == "quote" and _explains(best, m, ctx) for m in strong)
            if (explicit or not strong) and (explicit or intent not in _SET_INTENTS):
                link = self._decide(best, matches, ctx, explicit, intent, quoted)
                if link is not None:
                    return link
        for mention in mentions:
            absent = self._absent(ctx, mention)
            if absent is not None:
                return absent
        return None

    def _loose(self, ctx: _Context, scan: FacetScan | None, intent: str, found: Link | None) -> Link | None:
        """One fiche referred to loosely (`assistant.references`): with its place (« le café des parents des
        Genêts »), or, when no title was found, by misspelt title words (« atelié sosio linguistique »)."""
        if ctx.asks_for_a_set or intent in _SET_INTENTS:
            return None
        refs = self.references(ctx.q.text, scan, described=False)
        if len(refs) != 1:
            return None
        ref = refs[0]
        if not ref.qualified and found is not None and found.fiche_ids:
            return None  # a title found without a place: its own decision stands
        if found is not None and not found.fiche_ids and not self._explained(ctx, found.mention, ref):
            return None  # « le Café des parents du samedi »: a word of the name no title has
        if ref.positions <= ctx.faceted and ref.score < LOOSE_FACETED:
            return None  # « le numérique dans le Doubs »: a facet, not a fiche
        first = self._written_namesake(ctx, ref.fiche_id)
        ids = [first, *self._near_duplicates(first)][:MAX_LINKED]
        return Link(
            mention=ref.mention,
            fiche_ids=ids,
            near_duplicates=ids if len(ids) > 1 else [],
            focus=True,
            score=ref.score,
        )

    def _absent_at_centre(self, ctx: _Context) -> Link | None:
        """« Aucune fiche » for a project named as one centre's (« l'escape game citoyen de la Maison pour
        tous des Champs-Fleuris ») when most of its words are in none of that centre's fiches: the centre
        exists, the project does not; its fiches are the closest, shown as links."""
        centres = [f for f in ctx.places if f.field == "centre"]
        span = _owned_span(ctx)
        if len(centres) != 1 or len(centres[0].values) != 1 or not span:
            return None
        there = [self.titles[n].fiche_id for n in self._by_centre.get(normalise(centres[0].values[0]), [])]
        if not there:
            return None
        keys = {plural_key(w) for i in there for w in normalise(fiche_text(self.fiches[i])).split()}
        stems = {k[:STEM] for k in keys if len(k) >= STEM}
        absent = [i for i in span if ctx.keys[i] not in keys and ctx.keys[i][:STEM] not in stems]
        if len(absent) <= OWNED_ABSENT * len(span):
            return None
        mention = ctx.text_of(range(span[0], span[-1] + 1))
        if mention.count("«") > mention.count("»"):
            mention += " »"  # « le festival « Couleurs d'automne » de la MPT … »: the quote closed
        return Link(mention, closest=there[:CLOSEST], score=0.0)

    def _written_namesake(self, ctx: _Context, fiche_id: str) -> str:
        """The fiche of the same centre whose whole title the question writes as is, when the one referred
        to loosely is not it (« Place en Place à la MPT de Kervénanec »: « place » and the place find « Place
        de femmes », the same centre's, but the title written in order is « Place en Place »); the longest
        such title, else `fiche_id`."""
        centre = normalise(self.fiches[fiche_id].centre)
        written = [
            m.title
            for m in self._matches(ctx, range(len(ctx.q.tokens)))
            if m.exact and m.title.centre == centre
        ]
        if not written or any(t.fiche_id == fiche_id for t in written):
            return fiche_id
        return max(written, key=lambda t: (len(t.text.split()), t.fiche_id)).fiche_id

    def _explained(self, ctx: _Context, mention: str, ref: Reference) -> bool:
        """Does the reference hold every free word of a mention declared absent (a misspelt title)?"""
        start = ctx.q.text.find(mention)
        end = start + len(mention)
        inside = [i for i, (a, b) in enumerate(ctx.q.spans) if start <= a and b <= end and i in ctx.free]
        return start >= 0 and all(i in ref.positions or i in ctx.placed for i in inside)

    def _near_duplicates(self, fiche_id: str) -> list[str]:
        fiche = self.fiches[fiche_id]
        mine = next((t for t in self.titles if t.fiche_id == fiche_id), None)
        if mine is None:
            return []
        others = (self.titles[n] for n in self._by_centre[normalise(fiche.centre)])
        return [t.fiche_id for t in others if t.fiche_id != fiche_id and _near_duplicate(t, mine)]

    # -- matching ------------------------------------------------------------------------------------

    def _matches(self, ctx: _Context, positions: Iterable[int]) -> list[_Match]:
        """Titles sharing words with the question's tokens at `positions`, scored, best first."""
        allowed = set(positions)
        counts: Counter = Counter()
        for key in {k for i, k in ctx.keys.items() if i in allowed} | {
            k for (i, _), k in ctx.pairs.items() if i in allowed
        }:
            for near in self._near_keys(key):
                counts.update(set(self._by_key.get(near, ())))
        for i, letters in ctx.acronyms.items():
            if i in allowed:
                counts.update(set(self._by_initials.get(letters[:2], ())))
        pool = [n for n, _ in counts.most_common(POOL)]
        found = [m for n in pool if (m := _score(self.titles[n], ctx, allowed)) is not None]
        return sorted(found, key=_Match.order)

    def _near_keys(self, key: str) -> list[str]:
        if key in self._by_key:
            return [key]
        if len(key) < MIN_SOUND:
            return []
        if len(key) < 4:
            return [k for k in self._by_sound.get(sound_key(key), ()) if sounds_alike(key, k)]
        sizes = range(len(key) - 2, len(key) + 3)
        near = [k for n in sizes for k in self._buckets.get((key[0], n), ()) if _typo_credit(key, k)]
        return near + [
            k for k in self._by_sound.get(sound_key(key), ()) if k not in near and sounds_alike(key, k)
        ]

    # -- decisions -----------------------------------------------------------------------------------

    def _decide(
        self, best: _Match, matches: list[_Match], ctx: _Context, explicit: bool, intent: str, quoted: bool
    ):
        if not explicit and best.positions <= ctx.faceted:
            return None  # a title made of the facets' words (« Parentalité »): the facets answer
        placed = _placed(matches, ctx, self.fiches)
        if placed is None or ctx.absent:  # the title exists, but not at the place named with it
            closest = [m.title.fiche_id for m in matches[:CLOSEST]]
            return Link(ctx.text_of(best.positions), closest=closest, score=best.score) if explicit else None
        quoted = quoted and placed[0] is best
        matches = placed
        best = matches[0]
        one_thing = explicit or not (ctx.asks_for_a_set or intent in _SET_INTENTS)
        specific = explicit or len(best.title.main) >= 2 or self._rare(best.title.main)
        # a whole title written between quotes names that fiche, whatever words surround it (« infos sur … svp »)
        focus = (best.recall >= FOCUS and best.precision >= FOCUS and specific) or quoted
        boost = (
            explicit  # « le projet de ludothèque »: a title holds every word of the mention
            or (best.recall >= FOCUS and specific)
            or (best.precision >= FOCUS and best.recall >= HALF and len(best.positions) >= 2)
        )
        if not (focus or boost):
            return None
        ids = self._group(best, matches, ctx)
        same_centre = [i for i in ids if self.fiches[i].centre == self.fiches[ids[0]].centre]
        return Link(
            mention=ctx.text_of(best.positions),
            fiche_ids=ids,
            near_duplicates=same_centre if len(same_centre) > 1 else [],
            focus=focus and one_thing,
            score=best.score,
        )

    def _rare(self, keys: tuple[str, ...]) -> bool:
        limit = max(3, math.ceil(0.01 * len(self.fiches)))
        return len(keys) == 1 and self.word_df.get(keys[0], 0) <= limit

    def _group(self, best: _Match, matches: list[_Match], ctx: _Context) -> list[str]:
        """The best title, its near-duplicates of the same centre, and equal titles of other centres."""
        group = [best]
        for n in self._by_centre[best.title.centre]:
            other = self.titles[n]
            if other.fiche_id != best.title.fiche_id and _near_duplicate(other, best.title):
                found = next((m for m in matches if m.title.fiche_id == other.fiche_id), None)
                group.append(found or _Match(other, 0.0, 0.0, frozenset(), False))
        group += [
            m
            for m in matches
            if m not in group and m.title.keys == best.title.keys and abs(m.score - best.score) < 1e-9
        ]
        group.sort(key=lambda m: (m.title.centre != best.title.centre, not m.exact, m is not best, m.order()))
        return [m.title.fiche_id for m in group[:MAX_LINKED]]

    def _absent(self, ctx: _Context, mention: Mention) -> Link | None:
        """« Aucune fiche intitulée « X » » for a strong mention no title matches (None: not strong)."""
        span = range(mention.start, mention.end)
        free = [i for i in span if i in ctx.free]
        if not free or (mention.kind != "quote" and set(free) <= ctx.faceted):
            return None  # « parle-moi de la parentalité »: a facet, not a title
        matches = self._matches(ctx, span)
        best = matches[0] if matches else None
        if best is not None and best.precision >= FOCUS:
            return None  # a title has every word of the mention (a place or the intent ruled it out above)
        near_miss = best is not None and best.recall >= HALF and len(best.positions) >= 2
        if (mention.kind == "cue" or self._truncated(ctx, free)) and not near_miss:
            return None
        if said := self._said_in(mention, ctx):  # a legacy page's cut title, a guide quoted from the text
            return Link(mention.text, fiche_ids=said, focus=len(said) == 1, score=1.0)
        return Link(
            mention.text, closest=self._closest(ctx, mention, matches), score=best.score if best else 0.0
        )

    def _truncated(self, ctx: _Context, free: list[int]) -> bool:
        """A mention of one lowercase word that no fiche has but that starts a word of the fiches (« l'action
        alpha / FLE »: alphabétisation): a shortened word describing the action, not its name."""
        if len(free) != 1 or mention_capitalised(ctx, free[0]):
            return False
        key = ctx.keys.get(free[0], "")
        if len(key) < 4 or self.word_df.get(key, 0) > 0:
            return False
        if self._sorted_words is None:
            self._sorted_words = sorted(self.word_df)
        at = bisect_left(self._sorted_words, key)
        return at < len(self._sorted_words) and self._sorted_words[at].startswith(key)

    def _said_in(self, mention: Mention, ctx: _Context) -> list[str]:
        """The fiches whose text has the mention's words as written (« l'action alpha / FLE », « le guide
        « Mon loyer, mes charges » »): a project named by its content when no title names it — at most
        MAX_LINKED fiches for a quote, TEXT_NAMED for other mentions (more would be a topic, not a name)."""
        words = normalise(mention.text).split()
        if not any(
            i in ctx.free and len(ctx.q.tokens[i].norm) >= 4 for i in range(mention.start, mention.end)
        ):
            return []
        phrase = re.compile(rf"\b{re.escape(' '.join(words))}\b")
        found = [fid for fid, text in self._texts().items() if phrase.search(text)]
        limit = MAX_LINKED if mention.kind == "quote" else TEXT_NAMED
        return found if 0 < len(found) <= limit else []

    def _texts(self) -> dict[str, str]:
        """Each fiche's whole text, normalised (built at the first mention no title matches)."""
        if self._normalised is None:
            self._normalised = {fid: normalise(fiche_text(f)) for fid, f in self.fiches.items()}
        return self._normalised

    def _closest(self, ctx: _Context, mention: Mention, matches: list[_Match]) -> list[str]:
        """The titles nearest the mention by letters, those at the place it names first, then that place's
        other fiches (« l'Atelier robotique des Marnaudes »: that centre's fiches)."""
        by_letters = sorted(matches, key=lambda m: -_similarity(normalise(mention.text), m.title.text))
        ids = [m.title.fiche_id for m in by_letters]
        if ctx.places:
            there = [f.id for f in self.fiches.values() if all(_at(f, p) for p in ctx.places)]
            ids = [i for i in ids if i in there] + [i for i in there if i not in ids] + ids
        return list(dict.fromkeys(ids))[:CLOSEST]


# -- the question --------------------------------------------------------------------------------------


@dataclass
class _Context:
    """A question as the linker reads it."""

    q: Question
    keys: dict[int, str]  # content token → plural key
    pairs: dict[tuple[int, int], str]  # two neighbouring tokens written as one word
    free: set[int]  # tokens a title should explain
    places: list[FacetMatch]
    asks_for_a_set: bool
    absent: bool = False  # the question names a place (or entity) no fiche has
    faceted: frozenset[int] = frozenset()  # tokens of facet triggers
    placed: frozenset[int] = frozenset()  # tokens of the places named (« à Lorient », « de Kervénanec »)
    acronyms: dict[int, str] = field(default_factory=dict)  # token → its letters (« ASL » → « asl »)

    @classmethod
    def of(cls, text: str, scan: FacetScan | None) -> _Context:
        q = Question.of(text)
        verbal = verb_phrase_words(text)  # « mis en place »: the verb's noun, never a title's word
        keys = {
            i: t.key
            for i, t in enumerate(q.tokens)
            if _content(t.norm) and not (t.norm in verbal and i and q.tokens[i - 1].norm in LIGHT_LINKS)
        }
        pairs = {
            (i, i + 1): plural_key(q.tokens[i].norm + q.tokens[i + 1].norm)
            for i in range(len(q.tokens) - 1)
            if i + 1 not in q.breaks
        }
        quoted = _quoted_positions(q)  # « Bus numérique … »: a title's word, not the town of Bus
        places = [
            f
            for f in (scan.facets if scan else [])
            if f.field in _PLACE_FIELDS and not _trigger_positions(q, [f]) & quoted
        ]
        placed = _trigger_positions(q, places)
        kinds = structure_before(q, placed)  # « la MPT des Roseaux »: no entity absent, the centre's kind
        placed |= kinds
        asking = phrasing_positions(
            q.tokens
        )  # « combien a coûté », « avec qui »: the intent, the field asked
        free = {i for i in keys if i not in placed and i not in asking and not _phrasing(q.tokens[i].norm)}
        asks = any(t.norm in _SET_WORDS for t in q.tokens)
        faceted = frozenset(scan.used) if scan else frozenset()
        acronyms = {i: t.text.lower() for i, t in enumerate(q.tokens) if _ACRONYM.fullmatch(t.text)}
        if q.text.upper() == q.text:
            acronyms = {}  # a question written all in capitals has no acronym to tell
        said = " ".join(q.tokens[i].norm for i in sorted(quoted))
        said += " " + " ".join(q.tokens[i].norm for i in sorted(kinds))
        absent = any(f" {normalise(term)} " not in f" {said} " for term in (scan.absent if scan else []))
        return cls(q, keys, pairs, free, places, asks, absent, faceted, frozenset(placed), acronyms)

    def text_of(self, positions: Iterable[int]) -> str:
        positions = sorted(positions)
        if not positions:
            return ""
        return self.q.text[self.q.spans[positions[0]][0] : self.q.spans[positions[-1]][1]]


def _same_place(a: Fiche, b: Fiche) -> bool:
    """Two fiches of one département (or one centre when neither says its département)."""
    if a.departement and b.departement:
        return normalise(a.departement) == normalise(b.departement)
    return normalise(a.centre) == normalise(b.centre)


_OWNER_LINKS = {"de", "du", "des", "d"}  # « l'escape game | de la | Maison pour tous … »
_OWNED_ARTICLES = {"le", "la", "l", "les"}
_OWNED_WORDS = 5  # content words of a project named before its centre
# A topic's prepositions, before its article: « le projet sur | les ados … » says what it is about.
_ABOUT = {"sur", "autour", "concernant", "contre", "pour", "avec"}
_INNER_LINKS = _OWNER_LINKS | {"a", "au", "aux", "en"}  # inside a project's name: « la boîte | à | livres »


def _owned_span(ctx: _Context) -> list[int]:
    """The free content tokens of a definite noun phrase right before the centre named (« l' | escape game
    citoyen | de la | Maison pour tous … »): a project of that centre the question names; [] when no
    such phrase."""
    if not ctx.placed:
        return []
    tokens = [t.norm for t in ctx.q.tokens]
    j = min(ctx.placed) - 1
    while j >= 0 and tokens[j] in _OWNED_ARTICLES:
        j -= 1
    if j < 1 or tokens[j] not in _OWNER_LINKS:
        return []
    k = j - 1  # back to its article, over its words and inner links (« les cours | de | français », « à »)
    while k >= 0 and (k in ctx.keys or tokens[k] in _INNER_LINKS) and j - k <= 2 * _OWNED_WORDS:
        k -= 1
    if k < 0 or tokens[k] not in _OWNED_ARTICLES:
        return []
    if k > 0 and tokens[k - 1] in _ABOUT:
        return []  # « le projet sur | les ados enceintes | du centre … »: what it is about, not its name
    span = [i for i in range(k + 1, j) if i in ctx.keys]
    return span if span and len(span) <= _OWNED_WORDS and all(i in ctx.free for i in span) else []


def _content(norm: str) -> bool:
    return len(norm) > 1 and norm not in STOPWORDS


def _phrasing(norm: str) -> bool:
    """Words that ask, not name: generic words, question phrasing, the field asked (« budget »)."""
    key = plural_key(norm)
    general = GENERIC | SCAFFOLDING | _PRESENT | _DESCRIBING | GENERAL  # GENERAL: « contre », « selon »…
    return bool({norm, key} & general) or bool(fields.lookup_field_for([norm]))


def _quoted_positions(q: Question) -> set[int]:
    """Tokens written between quotes (a name given verbatim)."""
    out: set[int] = set()
    for match in _QUOTES.finditer(q.text):
        start, end = match.span()
        out.update(i for i, (a, b) in enumerate(q.spans) if a >= start and b <= end)
    return out


def _trigger_positions(q: Question, facets: list[FacetMatch]) -> set[int]:
    """Tokens of the facets' trigger words (places named with the project)."""
    out: set[int] = set()
    norms = [t.norm for t in q.tokens]
    for facet in facets:
        words = normalise(facet.trigger).split()
        for i in range(len(norms) - len(words) + 1):
            if words and norms[i : i + len(words)] == words:
                out.update(range(i, i + len(words)))
    return out


def find_mentions(ctx: _Context) -> list[Mention]:
    """Quotes, « le projet X », and the words after a presentation or lookup cue (see the module docstring)."""
    q = ctx.q
    found = [_quote(ctx, m) for m in _QUOTES.finditer(q.text)]
    tokens = q.tokens
    for i, token in enumerate(tokens):
        after_noun = token.norm in _PROJECT_NOUNS and i > 0 and tokens[i - 1].norm in _DEFINITE
        field_cue = _phrasing_lookup(token.norm) and not _qualifies(tokens, i)
        if after_noun or token.norm in _PRESENT or field_cue:
            start = i + 1
            while (
                start < len(tokens) and tokens[start].norm in _LEAD | _PROJECT_NOUNS and start not in q.breaks
            ):
                start += 1
            mention = _mention_at(ctx, start, "project" if after_noun else "cue")
            if mention is not None:
                found.append(mention)
    return _quotes_whole([m for m in found if m is not None])


def _quotes_whole(mentions: list[Mention]) -> list[Mention]:
    """A quoted name is the whole name: the words of a quote are no mention of their own (« le projet
    « Quartier en Fanfare » » names no title by « Quartier » alone)."""
    quotes = [m for m in mentions if m.kind == "quote"]
    return [
        m
        for m in mentions
        if m.kind == "quote" or not any(q.start <= m.start and m.end <= q.end for q in quotes)
    ]


def _phrasing_lookup(norm: str) -> bool:
    return bool(fields.lookup_field_for([norm]))


def _qualifies(tokens: list, i: int) -> bool:
    """A field noun right after a noun is that noun's adjective (« écrivain public », « espace public »),
    not the field asked: it is a cue only after a determiner, a preposition or a question word."""
    if i == 0:
        return False
    before = tokens[i - 1].norm
    return _content(before) and not _phrasing(before) and before not in _ENDS_NAME


def _quote(ctx: _Context, match: re.Match) -> Mention | None:
    start, end = match.span()
    spans = ctx.q.spans
    first = bisect_left(spans, (start, -1))
    last = first
    while last < len(spans) and spans[last][1] <= end:
        last += 1
    if last == first:
        return None
    return Mention(first, last, "quote", next(g for g in match.groups() if g))


def _mention_at(ctx: _Context, start: int, kind: str) -> Mention | None:
    """The words from `start` to the next punctuation or preposition (« à », « avec »…)."""
    q = ctx.q
    tokens = q.tokens
    if (
        start >= len(tokens)
        or tokens[start].norm in ("des", "les", "ces")
        or not _content(tokens[start].norm)
    ):
        return None
    end = start + 1
    while end < len(tokens) and end not in q.breaks and tokens[end].norm not in _BOUNDARY | _ENDS_NAME:
        end += 1
    while end > start + 1 and (end - 1 in ctx.placed or tokens[end - 1].norm in STOPWORDS):
        end -= 1  # « la Fête des voisins de Kervénanec »: the centre is not part of the title
    if kind == "cue" and not q.lowercase and tokens[start].text[:1].isupper():
        kind = "name"
    if _phrasing(tokens[start].norm):  # « l'action autour du vélo »: a description, not a name
        kind = "cue"
    return Mention(start, end, kind, q.text[q.spans[start][0] : q.spans[end - 1][1]])


def mention_capitalised(ctx: _Context, i: int) -> bool:
    """Is the question's token `i` written with a capital (in a question not written all in lowercase)?"""
    return not ctx.q.lowercase and ctx.q.tokens[i].text[:1].isupper()


def _overlaps(match: _Match, mention: Mention) -> bool:
    return any(mention.start <= i < mention.end for i in match.positions)


def _explains(match: _Match, mention: Mention, ctx: _Context) -> bool:
    """The title has the mention's words (« Place des hommes » is not « Place en Place »)."""
    free = [i for i in range(mention.start, mention.end) if i in ctx.free]
    covered = sum(1 for i in free if i in match.positions)
    return bool(free) and covered / len(free) >= FOCUS


# -- scoring -------------------------------------------------------------------------------------------


def _title(fiche: Fiche) -> _Title:
    words = normalise(fiche.title).split()
    main = _PARTS.split(fiche.title.strip(), maxsplit=1)[0]
    return _Title(
        fiche.id, normalise(fiche.centre), " ".join(words), _keys(words), _keys(normalise(main).split())
    )


def _keys(words: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(plural_key(w) for w in words if _content(w)))


def _score(title: _Title, ctx: _Context, allowed: set[int]) -> _Match | None:
    """The better of the whole title and its main part, matched against the allowed tokens."""
    variants = {title.keys, title.main}
    found = [m for keys in variants if keys and (m := _align(title, keys, ctx, allowed)) is not None]
    return max(found, key=lambda m: m.score, default=None)


def _align(title: _Title, keys: tuple[str, ...], ctx: _Context, allowed: set[int]) -> _Match | None:
    credit, positions = 0.0, set()
    spelt = _spelt(keys, ctx, allowed)
    if spelt is not None:
        credit, positions = float(len(spelt[1])), {spelt[0]}
    for key in keys:
        if spelt is not None and key in spelt[1]:
            continue
        hit = _find(key, ctx, allowed, positions)
        if hit is not None:
            credit += hit[0]
            positions.update(hit[1])
    if not positions or not positions & ctx.free:
        return None
    if max(positions) - min(positions) + 1 > len(title.text.split()) + SPAN_SLACK:
        return None
    free = [i for i in ctx.free if i in allowed]
    explained = sum(1 for i in free if i in positions)
    precision = explained / len(free) if free else 0.0
    exact = f" {title.text} " in f" {' '.join(t.norm for t in ctx.q.tokens)} "
    return _Match(title, credit / len(keys), precision, frozenset(positions), exact)


def _initials(key: str) -> str:
    """The letters a word gives an acronym: its first, and the second part's of a compound (« socio… »)."""
    head = next((p for p in _COMBINING if key.startswith(p) and len(key) >= len(p) + 4), "")
    return key[0] + key[len(head)] if head else key[0]


def _spelt(keys: tuple[str, ...], ctx: _Context, allowed: set[int]) -> tuple[int, tuple[str, ...]] | None:
    """A capitalised acronym of the question spelling the initials of consecutive title words (« les ASL »
    for « Ateliers sociolinguistiques … »): (its token, the words it stands for)."""
    for i, letters in ctx.acronyms.items():
        if i not in allowed:
            continue
        for start in range(len(keys)):
            spelt = ""
            for end in range(start, len(keys)):
                spelt += _initials(keys[end])
                if spelt == letters and end > start:
                    return i, keys[start : end + 1]
                if not letters.startswith(spelt):
                    break
    return None


def _find(
    key: str, ctx: _Context, allowed: set[int], taken: set[int]
) -> tuple[float, tuple[int, ...]] | None:
    """The best occurrence of a title word among the question's tokens: (credit, positions)."""
    best: tuple[float, tuple[int, ...]] | None = None
    for i, qkey in ctx.keys.items():
        if i in taken or i not in allowed:
            continue
        credit = 1.0 if qkey == key else _typo_credit(qkey, key)
        if credit and (best is None or credit > best[0]):
            best = (credit, (i,))
    for (i, j), joined in ctx.pairs.items():
        if joined == key and i in allowed and j in allowed and not {i, j} & taken:
            return 1.0, (i, j)
    return best


def _typo_credit(a: str, b: str) -> float:
    """Credit of a misspelt word: one edit (a swap counts one) from 4 letters, two edits from 6 letters when
    the first two letters agree (« repare » / « repair », « permanence » / « permenance »), or the same sound
    (`sounds_alike`)."""
    if sounds_alike(a, b):  # written as it sounds: « pik » / « pique », « erblain » / « herblain »
        return 0.8
    if a[:1] != b[:1] or abs(len(a) - len(b)) > 2 or min(len(a), len(b)) < 4:
        return 0.0
    if one_typo(a, b, min_len=4):
        return 0.9 if min(len(a), len(b)) >= 6 else 0.8
    if min(len(a), len(b)) >= 6 and a[:2] == b[:2] and edit_distance(a, b) <= 2:
        return 0.8
    return 0.0


def sounds_alike(a: str, b: str) -> bool:
    """Two spellings of one sound (`assistant.fiche_words.sound_key`: « pik » / « pique », « erblain » /
    « herblain », « sosiolinguistik » / « sociolinguistique »), with a key long enough to tell."""
    if a == b:
        return False
    key = sound_key(a)
    return len(key) >= MIN_SOUND and key == sound_key(b)


def _trigrams(text: str) -> set[str]:
    padded = f"  {text} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _similarity(a: str, b: str) -> float:
    """Dice coefficient of the letter trigrams of two normalised texts."""
    ta, tb = _trigrams(a), _trigrams(b)
    return 2 * len(ta & tb) / (len(ta) + len(tb))


def _near_duplicate(a: _Title, b: _Title) -> bool:
    return set(a.keys) == set(b.keys) or _similarity(a.text, b.text) >= NEAR_TITLE


def _placed(matches: list[_Match], ctx: _Context, fiches: Mapping[str, Fiche]) -> list[_Match] | None:
    """The matches at the places named in the question (all when it names none); None: none is there."""
    if not ctx.places:
        return matches
    there = [m for m in matches if all(_at(fiches[m.title.fiche_id], f) for f in ctx.places)]
    top = [m for m in there if m.score >= matches[0].score - 1e-9] or there
    return (top + [m for m in there if m not in top]) or None


def _at(fiche: Fiche, facet: FacetMatch) -> bool:
    return any(getattr(fiche, name, "") in values for name, values in facet.pairs())


# -- the search result ---------------------------------------------------------------------------------


def apply_link(
    result: SearchResult,
    link: Link | None,
    chunks: Callable[[str], list[Chunk]],
    fiches: Mapping[str, Fiche],
    *,
    allowed: set[str] | None = None,
    k: int = 5,
) -> SearchResult:
    """The search result with the named project: its fiches first (alone when the question is about it),
    or « aucune fiche » with the closest titles when no title matches a strong mention."""
    if link is None:
        return result
    ids = [i for i in link.fiche_ids if allowed is None or i in allowed]
    if not ids:
        closest = [_hit(fiches[i], result, chunks) for i in link.closest if i in fiches]
        named = NamedLink(mention=link.mention)
        return result.model_copy(
            update={
                "no_match": True,
                "hits": [],
                "suggestions": closest or result.suggestions,
                "named": named,
            }
        )
    linked = [_hit(fiches[i], result, chunks) for i in ids]
    rest = [] if link.focus else [h for h in result.hits if h.fiche_id not in ids]
    named = link.record().model_copy(update={"fiche_ids": ids})
    hits = linked + rest[: max(0, k - len(linked))]
    return result.model_copy(update={"no_match": False, "hits": hits, "named": named})


def _hit(fiche: Fiche, result: SearchResult, chunks: Callable[[str], list[Chunk]]) -> Hit:
    """The hit retrieval made for this fiche, else a new one with its first passage."""
    for hit in [*result.hits, *result.suggestions]:
        if hit.fiche_id == fiche.id:
            return hit
    passage = next(iter(chunks(fiche.id)), None)
    return Hit(fiche=fiche, score=0.0, passage=passage)
