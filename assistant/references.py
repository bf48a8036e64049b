"""Fiches referred to loosely: a few words of a title or of its theme, with its centre, town or département
(« le café des parents des Genêts », « navette du Bocage vs bus numérique du Haut-Doubs », « atelié sosio
linguistique le soir »).

    resolver = ReferenceResolver(fiches, word_df)
    refs = resolver.resolve("Conte à Paul Bert vs albums sans texte au Port Boyer ?", scan)
    [r.fiche_id for r in refs]        # one fiche per reference, in the question's order; [] when unsure

How:
1. The question is read as two references split at a coordinating word (« vs », « ou », « et », then a
   punctuation mark) when both sides name distinct fiches, else as one: a place named on one side (the
   qualifier) binds to that side only, never to the whole question.
2. Each side scores the fiches sharing a word with it: title words (plural keys, one or two typos, the same
   sound, two words written as one, an abbreviation such as « déj »), place words (distinctive words of the
   centre's name, département, région; towns through the question's place facets), and, among the fiches at
   the place named, theme words (words of the fiche's text): score = title + PLACE (at the place) + THEME
   per theme word.
3. A side names its best fiche when the score reaches LINKED, it leads the next fiche by MARGIN, and it has
   title words (or, at the place named, two theme words); without a place, its title words must also cover
   RECALL of the title. The thresholds were chosen on the dev gold files (see `tests/test_linking_loose.py`).
Indexes (title word, sound, place word → fiches) are built once; a question reads only the fiches sharing one
of its words, and theme words only of the fiches at the place it names (at most POOL of them).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.facets import FacetScan, Question
from assistant.fiche_words import fiche_text
from assistant.naming import named_places
from assistant.query import SCAFFOLDING
from assistant.question_syntax import GENERAL, phrasing_positions
from assistant.towns import CorpusTowns, TownFacet
from ingest import fields, structures
from ingest.models import Fiche
from ingest.text import (
    GENERIC,
    STOPWORDS,
    edit_distance,
    normalise,
    one_typo,
    phonetic_key,
    plural_key,
    word_set,
)

LINKED = 1.5  # score of a fiche a reference names (two title words, or one at the place named)
MARGIN = 0.5  # lead over the next fiche
RECALL = 0.5  # idf-weighted share of the title's words a reference naming no place must have
PLACE = 1.0  # credit of a fiche at the place the reference names
THEME = 0.5  # credit of a theme word (fiche text) of a fiche at the place named
SOUND = 0.8  # credit of a title word written as it sounds (« atelié », « grainotek »)
PLACE_TITLE = 0.4  # credit of a title word that the question uses to name a place (« du Nord »)
ACRONYM = (3, 6)  # letters of an acronym standing for as many title words (« LAEP », « ASL »)
SHORT = 0.6  # credit of a title word shortened (« déj » for « déjeuner »)
TITLE_POOL = 200  # fiches sharing the most words with a reference, scored in full (plus those at its place)
POOL = 80  # fiches at a place whose text is read for theme words
MAX_SPLITS = 4
TEXT_LINKED = 2.0  # rarity of the words a side describing its fiche by its text must have (`_text_pair`)
TEXT_MARGIN = 1.0  # lead of the best pair of described fiches over the next pair
TEXT_POOL = 5  # best fiches of each side tried in pairs
PRUNED_FROM = (
    1000  # fiches from which the text index leaves out words more than COMMON_TEXT_SHARE of them have
)
COMMON_TEXT_SHARE = 0.05
DESCRIBED = 2  # words in a row of a description naming one fiche by its text (« point courrier »)  # split points tried for two references
COMMON_CENTRE_SHARE = 0.05  # a word in more centre names than this share (and 3) is no centre's name

_SEPARATORS = {"vs": 0, "versus": 0, "ou": 1, "or": 1, "et": 2, "and": 2}
_CENTRE_WORDS = (
    word_set(
        """centre social sociale socioculturel culturel culturelle maison espace vie quartier foyer association
    rural rurale intercommunal communautaire municipal associatif pays ville"""
    )
    | structures.RECORDED
)
_PRESENT = word_set("parle parlez presente presentez raconte racontez decris decrivez explique")
_PLACE_FIELDS = ("centre", "departement", "region")
# Phrases setting two fiches side by side: (word before, word, word after).
_SIDE_BY_SIDE: tuple[tuple[frozenset[str], str, frozenset[str]], ...] = (
    (frozenset({"a"}), "cote", frozenset({"de", "du", "des", "d"})),
    (frozenset({"par"}), "rapport", frozenset({"a", "au", "aux"})),
)
_PRONOUNS = word_set("celui celle ceux celles lui")  # « X de A vs celui de B »: B's fiche of X's words
_ARTICLES = {"du": ["le"], "au": ["le"], "des": ["les"], "aux": ["les"]}  # contracted in « du Havre »
_TOWN_CUES = word_set("a au aux de d du des en sur chez")


@dataclass(frozen=True)
class Reference:
    """One fiche the question names loosely: `positions` of the question's tokens that name it."""

    fiche_id: str
    mention: str
    score: float
    qualified: bool  # named with its place
    positions: frozenset[int] = frozenset()


@dataclass
class _Scored:
    fiche_id: str
    title: float = 0.0
    title_positions: set[int] = field(default_factory=set)
    place: bool = False
    theme: int = 0
    recall: float = 0.0
    corrected: bool = False  # a title word read through a typo, its sound, or an abbreviation
    spelt: bool = False  # title words read through an acronym of their initials (« LAEP »)

    @property
    def score(self) -> float:
        return self.title + (PLACE if self.place else 0.0) + THEME * self.theme


class ReferenceResolver:
    """Titles and places of one corpus, indexed by their words (see the module docstring)."""

    def __init__(self, fiches: Iterable[Fiche], word_df: Mapping[str, int] | None = None):
        self.fiches = {f.id: f for f in fiches}
        self.word_df = word_df or {}
        self.title_keys = {fid: _title_keys(f.title) for fid, f in self.fiches.items()}
        self._by_title: dict[str, set[str]] = defaultdict(set)
        self._by_sound: dict[str, set[str]] = defaultdict(set)
        for fid, keys in self.title_keys.items():
            for key in keys:
                self._by_title[key].add(fid)
                self._by_sound[phonetic_key(key)].add(key)
        self._sorted_keys = sorted(self._by_title)
        self._shapes = _shapes(self._by_title)
        self._by_place = self._place_index()
        self._place_shapes = _shapes(self._by_place)
        # place words that are names, not common words (« genêts », not « bas » of Bas-Rhin): a word written
        # without a capital names a place only if it has four letters and few fiches beyond those there use it
        self._names = {
            w
            for w, fids in self._by_place.items()
            if len(w) > 3 and self.word_df.get(w, 0) <= 2 * len(fids) + 1
        }
        # a word of one place (one centre or one département) names it alone; others only with such a word
        self._distinctive = {
            w for w, fids in self._by_place.items() if _one_place(self.fiches[f] for f in fids)
        }
        self._by_value: dict[tuple[str, str], set[str]] = defaultdict(set)
        for f in self.fiches.values():
            for name in _PLACE_FIELDS:
                self._by_value[(name, getattr(f, name))].add(f.id)
        self._texts: dict[str, frozenset[str]] = {}
        self._phrases: dict[str, str] = {}
        self._by_text: dict[str, set[str]] | None = None
        self._by_initials: dict[str, dict[str, tuple[str, ...]]] | None = None
        self._towns: CorpusTowns | None = None

    # -- public API ----------------------------------------------------------------------------------

    def resolve(
        self, question: str, scan: FacetScan | None = None, *, described: bool = False
    ) -> list[Reference]:
        """Two references when the question names two fiches on either side of a coordinating word,
        else the one it names, else []. `described` (two fiches asked, as in a comparison): a side naming no
        fiche by title or place may name one by a phrase of its text (`_described`)."""
        q = Question.of(question)
        words = self._words(q)
        for split in _splits(q)[:MAX_SPLITS]:
            sides = (range(0, split[0]), range(split[1], len(q.tokens)))
            left, right = (self._one(q, words, side, scan, side=True) for side in sides)
            if left and _PRONOUNS & {q.tokens[i].norm for i in sides[1]}:
                # « … vs celui de B »: the pronoun stands for the left side's title words, which name B's
                # fiche before any word of B's side alone (« les deux jardins, celui des Genêts et celui de
                # Guadeloupe » is a jardin in Guadeloupe, among many fiches there)
                right = self._one(q, words, sides[1], scan, left.positions, side=True) or right
            if bool(left) != bool(right):  # « les deux ateliers cuisine (Isère et Réunion) »: one description
                left, right = self._shared_description(q, words, sides, scan, left, right)
            if described and bool(left) != bool(
                right
            ):  # « écrivain public de Metz / point courrier »: a description
                left = left or self._described(q, words, sides[0])
                right = right or self._described(q, words, sides[1])
            if left and right and left.fiche_id != right.fiche_id:
                return [left, right]
        if described and _compares(q.text):
            split = next(((a, b) for a, b in _splits(q) if b > a), None)  # at a coordinating word only
            if split and (pair := self._text_pair(q, _description_words(q), split)):
                return pair
        one = self._one(q, words, range(len(q.tokens)), scan)
        return [one] if one else []

    # -- one reference -------------------------------------------------------------------------------

    def one_placed(self, q: Question, scan: FacetScan | None) -> Reference | None:
        """The one fiche the whole question names, read as a side: its title words then count with its
        place (« qui a financé la journée des centres sociaux de Millau ? »)."""
        return self._one(q, self._words(q), range(len(q.tokens)), scan, side=True)

    def _one(
        self,
        q: Question,
        words: dict[int, str],
        span: range,
        scan: FacetScan | None,
        borrowed: frozenset[int] = frozenset(),
        *,
        side: bool = False,
    ) -> Reference | None:
        """The fiche the words of `span` name; `borrowed`: title words of the other side a pronoun stands for
        (« le pique-nique du Morvan vs celui de Toulouse »); `side`: one of two references, where a title
        written exactly counts too (« Prévention des impayés et l'épicerie du Trait d'Union »)."""
        own = {i: k for i, k in words.items() if i in span}
        if not own:
            return None
        placed = self._placed(own, q, span, scan)
        own |= {i: words[i] for i in borrowed if i in words}
        scored = self._titles(q, own, placed, side)
        for fid in placed:
            scored.setdefault(fid, _Scored(fid)).place = True
        kinds = structure_before(q, set().union(*placed.values())) if placed else set()
        if len(placed) <= POOL:
            for fid in placed:
                self._theme(scored[fid], own, placed[fid] | kinds)
        elif side:  # many fiches at the place: their theme words are read from the text index
            self._indexed_themes(scored, placed, own)
        ranked = sorted(scored.values(), key=lambda s: (-s.score, -s.recall, s.fiche_id))
        if not ranked or not _names(ranked[0], side):
            return None
        place_words = set().union(*placed.values()) - ranked[0].title_positions  # « socio »: a title's word
        if place_words and not ranked[0].place:
            # a place named: the fiches there having title words compete (« petit déj des Marnaudes »: the
            # « petit déjeuner » of the Marnaudes, not « Petit Déj à idées » elsewhere); none, it is elsewhere
            ranked = [s for s in ranked if s.place and s.title_positions]
            if not ranked or not _names(ranked[0], side):
                return None  # « l'atelier cuisine des Iris »: the fiche is elsewhere
        best = ranked[0]
        second = ranked[1].score if len(ranked) > 1 else 0.0
        if best.score < LINKED or best.score - second < MARGIN:
            return None
        positions = frozenset(best.title_positions) or frozenset(own)
        return Reference(best.fiche_id, _text_of(q, positions), best.score, best.place, positions)

    def _shared_description(
        self,
        q: Question,
        words: dict[int, str],
        sides: tuple[range, range],
        scan: FacetScan | None,
        left: Reference | None,
        right: Reference | None,
    ) -> tuple[Reference | None, Reference | None]:
        """Two fiches given by one description and two places (« les deux ateliers cuisine (Isère et
        Réunion) »): the side naming only a place borrows the other side's title words, as a pronoun would."""
        named, other = (left, 1) if left else (right, 0)
        own = {i: k for i, k in words.items() if i in sides[other]}
        places = set().union(*self._placed(own, q, sides[other], scan).values()) if own else set()
        if not places or set(own) - places:
            return left, right  # the other side says more than a place: its own words name it, or nothing
        found = self._one(q, words, sides[other], scan, named.positions, side=True)
        return (left, found) if other == 1 else (found, right)

    def _indexed_themes(
        self, scored: dict[str, _Scored], placed: dict[str, set[int]], own: dict[int, str]
    ) -> None:
        """Theme words of the fiches at the place, from the text index (its postings met with the place's
        fiches: bounded by them, not by reading each fiche's text)."""
        index = self._text_index()
        for i, key in own.items():
            for fid in index.get(key, set()) & placed.keys():
                if i not in scored[fid].title_positions and i not in placed[fid]:
                    scored[fid].theme += 1

    def _described(self, q: Question, words: dict[int, str], span: range) -> Reference | None:
        """The one fiche whose text holds the side's first phrase (its words up to a punctuation mark, at least
        DESCRIBED of them, as written in a row: « point courrier ») — none when no fiche or several do."""
        end = min([i for i in q.breaks if span.start < i < span.stop] or [span.stop])
        own = [i for i in range(span.start, end) if i in words]
        if len(own) < DESCRIBED or own != list(range(own[0], own[-1] + 1)):
            return None
        phrase = f" {' '.join(words[i] for i in own)} "
        holders = [fid for fid in self.fiches if phrase in self._phrase_text(fid)]
        if len(holders) != 1:
            return None
        return Reference(holders[0], _text_of(q, own), LINKED, False, frozenset(own))

    def _text_pair(self, q: Question, words: dict[int, str], split: tuple[int, int]) -> list[Reference]:
        """Two sides each describing its fiche in words of its text (« l'atelier mémoire tenu par trois
        bénévoles » / « les ateliers jeux mémoire de la ludothèque »): each side's words, weighted by rarity,
        matched against every fiche's title, text and place; the best pair of distinct fiches (the sum of
        both sides' scores: words both sides write weigh alike on either), each with TEXT_LINKED of words,
        leading the next pair by TEXT_MARGIN. [] otherwise."""
        # « les deux ateliers mémoire, celui animé par … et celui de … »: the head before the first pronoun
        # is both sides' (said once), not the left side's only
        norms = [t.norm for t in q.tokens]
        start = next((i + 1 for i in range(split[0]) if norms[i] in _PRONOUNS), 0)
        head = {i: k for i, k in words.items() if i < start}
        sides = [
            {i: k for i, k in words.items() if i < split[0]},
            head | {i: k for i, k in words.items() if i >= split[1]},
        ]
        scores = [self._text_scores(set(side.values())) for side in sides]
        written = [{i: k for i, k in side.items() if i not in head} for side in sides]  # the head said once
        if holders := self._common_holders(written):  # both sides' shared topic (« atelier(s) … mémoire »)
            scores = [{fid: v for fid, v in s.items() if fid in holders} for s in scores]
        tops = [sorted(s, key=lambda fid, s=s: (-s[fid], fid))[:TEXT_POOL] for s in scores]
        pairs = sorted(
            ((scores[0][a] + scores[1][b], a, b) for a in tops[0] for b in tops[1] if a != b),
            key=lambda t: (-t[0], t[1], t[2]),
        )
        if not pairs:
            return []
        total, a, b = pairs[0]
        second = pairs[1][0] if len(pairs) > 1 else 0.0
        if min(scores[0][a], scores[1][b]) < TEXT_LINKED or total - second < TEXT_MARGIN:
            return []
        return [
            Reference(fid, _text_of(q, side), score, False, frozenset(side))
            for fid, side, score in ((a, sides[0], scores[0][a]), (b, sides[1], scores[1][b]))
        ]

    def _common_holders(self, sides: list[dict[int, str]]) -> set[str]:
        """The fiches whose text holds the rarest word both sides write (« mémoire » of « atelier mémoire
        animé par … vs ateliers jeux de mémoire … »): two things compared share their topic, so each fiche
        of the pair has it; empty when the sides share no word the text index has (a head said once before
        « celui … et celui … » is no side's own word)."""
        index = self._text_index()
        common = [k for k in set(sides[0].values()) & set(sides[1].values()) if index.get(k)]
        return set(index[min(common, key=lambda k: (len(index[k]), k))]) if common else set()

    def _text_scores(self, keys: set[str]) -> dict[str, float]:
        """Fiche → the summed rarity (log(1 + fiches / fiches with it)) of the keys its text holds."""
        index = self._text_index()
        scores: dict[str, float] = defaultdict(float)
        for key in keys:
            holders = index.get(key, ())
            weight = math.log(1 + len(self.fiches) / max(1, len(holders)))
            for fid in holders:
                scores[fid] += weight
        return scores

    def warm(self) -> None:
        """Build the text and initials indexes of described sides now (the app's warm-up), not at the first
        comparison."""
        self._text_index()
        self._initials_index()

    def _text_index(self) -> dict[str, set[str]]:
        """Plural key → the fiches whose title, text or place has it (built once, on a comparison's first
        description)."""
        if self._by_text is None:
            index: dict[str, set[str]] = defaultdict(set)
            # a large corpus leaves out the words many fiches have (most postings, little rarity)
            many = len(self.fiches) >= PRUNED_FROM
            common = COMMON_TEXT_SHARE * len(self.fiches)
            for fid, fiche in self.fiches.items():
                words = set(normalise(fiche_text(fiche)).split())  # each word once: keys are cached
                keys = {_cached_key(w) for w in words}
                keys = {k for k in keys if self.word_df.get(k, 0) <= common} if many else keys
                for key in keys | set(self._place_words(fiche)) | set(self.title_keys[fid]):
                    index[key].add(fid)
            self._by_text = dict(index)
        return self._by_text

    def _phrase_text(self, fid: str) -> str:
        """The fiche's text as plural keys in a row, padded (phrase look-ups)."""
        if fid not in self._phrases:
            keys = (plural_key(w) for w in normalise(fiche_text(self.fiches[fid])).split())
            self._phrases[fid] = f" {' '.join(keys)} "
        return self._phrases[fid]

    def _titles(
        self, q: Question, own: dict[int, str], placed: dict[str, set[int]], side: bool = False
    ) -> dict[str, _Scored]:
        """Fiches with title words among the reference's words (not the words naming their place: « le centre
        des Roseaux » names no « Jardin des Roseaux »): their title credit and recall."""
        near: dict[int, dict[str, float]] = {i: self._near(key) for i, key in own.items()}
        for i in own:
            if i + 1 in own and i + 1 not in q.breaks:
                joined = plural_key(q.tokens[i].norm + q.tokens[i + 1].norm)
                for key, credit in self._near(joined).items():
                    near.setdefault(-(i + 1), {})[key] = credit  # -(i+1): the pair (i, i+1)
        shared: Counter[str] = Counter()
        for keys in near.values():
            shared.update({fid for key in keys for fid in self._by_title[key]})
        best = sorted(shared, key=lambda fid: (-shared[fid], fid))[:TITLE_POOL]  # ties: by id (deterministic)
        spelt = self._spelt(q, own) if side else {}  # alone, an acronym is the title linker's (`linking`)
        fids = set(best) | (set(placed) & set(shared)) | set(spelt)
        # a word naming the place (« du Nord », « de Haute-Vienne ») is a title word of a fiche elsewhere
        # (« Café des parents de Plateau-Nord ») only in part: the fiche at that place comes first
        places = set().union(*placed.values()) if placed else set()
        near = {at: {k: c * PLACE_TITLE for k, c in found.items()} if _pair(at) & places else found
                for at, found in near.items()}  # fmt: skip
        return {fid: self._credit(fid, near, placed.get(fid, set()), spelt.get(fid)) for fid in fids}

    def _spelt(self, q: Question, own: dict[int, str]) -> dict[str, tuple[int, tuple[str, ...]]]:
        """Fiches whose title has consecutive words an acronym of the reference spells by their initials
        (« le LAEP » for « Lieu d'accueil enfants-parents »): fiche → (the acronym's token, those words)."""
        found: dict[str, tuple[int, tuple[str, ...]]] = {}
        for i in own:
            text = q.tokens[i].text
            if ACRONYM[0] <= len(text) <= ACRONYM[1] and text.isalpha() and text.isupper():
                for fid, keys in self._initials_index().get(text.lower(), {}).items():
                    found.setdefault(fid, (i, keys))
        return found

    def _initials_index(self) -> dict[str, dict[str, tuple[str, ...]]]:
        """Initials of every run of ACRONYM[0]..ACRONYM[1] consecutive title words → fiche → those words
        (built once, at the first acronym)."""
        if self._by_initials is None:
            index: dict[str, dict[str, tuple[str, ...]]] = defaultdict(dict)
            for fid, fiche in self.fiches.items():
                keys = [plural_key(w) for w in normalise(fiche.title).split() if w not in STOPWORDS]
                for start in range(len(keys)):
                    for end in range(start + ACRONYM[0], min(len(keys), start + ACRONYM[1]) + 1):
                        run = tuple(keys[start:end])
                        index["".join(k[0] for k in run)].setdefault(fid, run)
            self._by_initials = dict(index)
        return self._by_initials

    def _credit(
        self,
        fid: str,
        near: dict[int, dict[str, float]],
        place: set[int],
        spelt: tuple[int, tuple[str, ...]] | None = None,
    ) -> _Scored:
        scored = _Scored(fid)
        used: set[int] = set(place)
        keys = self.title_keys[fid]
        credits = []
        if spelt is not None:  # the acronym's token stands for each of its words
            near = {**near, -(10**6): {k: 1.0 for k in spelt[1]}}
            scored.spelt = True
        for key in keys:
            options = [
                (credit, at)
                for at, found in near.items()
                if (credit := found.get(key, 0.0)) and not _pair(at) & used
            ]
            if spelt is not None and key in spelt[1]:
                options = [(1.0, -(10**6))]
            credit, at = max(options) if options else (0.0, 0)
            credits.append(credit)
            if options:
                scored.title += credit
                used |= _pair(at) if at != -(10**6) else set()
                scored.corrected |= credit < 1.0 or at < 0  # a typo, a sound, two words written apart
        scored.title_positions = (used - place) | ({spelt[0]} if spelt is not None else set())
        weights = [self._weight(key) for key in keys]
        scored.recall = (
            sum(w * c for w, c in zip(weights, credits, strict=True)) / sum(weights) if keys else 0.0
        )
        return scored

    def _weight(self, key: str) -> float:
        """A title word's weight in its recall: rarer words name a fiche more (« lontan » more than « atelier »)."""
        return math.log(1 + len(self.fiches) / max(1, self.word_df.get(key, 1)))

    def _near(self, key: str) -> dict[str, float]:
        """Title words near a question word: itself, a typo, the same sound, its longer form."""
        found: dict[str, float] = {}
        if key in self._by_title:
            found[key] = 1.0
        if len(key) < 4:
            return found | self._shortened(key)
        for other in self._by_sound.get(phonetic_key(key), ()):
            found.setdefault(other, SOUND)
        for size in range(len(key) - 2, len(key) + 3):
            for other in self._shapes.get((key[0], size), ()):
                if (credit := _typo(key, other)) > found.get(other, 0.0):
                    found[other] = credit
        return found | {k: c for k, c in self._shortened(key).items() if k not in found}

    def _shortened(self, key: str) -> dict[str, float]:
        """Title words of which `key` is the start (« dej » → « dejeuner »), for a word no fiche has."""
        if len(key) < 3 or self.word_df.get(key, 0) > 0:
            return {}
        start = bisect_left(self._sorted_keys, key)
        out = {}
        for other in self._sorted_keys[start:]:
            if not other.startswith(key):
                break
            if len(other) >= len(key) + 3:
                out[other] = SHORT
        return out

    # -- places and themes -----------------------------------------------------------------------------

    def _placed(
        self, own: dict[int, str], q: Question, span: range, scan: FacetScan | None
    ) -> dict[str, set[int]]:
        """The fiches at the place the reference names (those matching the most of its place words), with the
        positions of those words."""
        hits: dict[str, set[int]] = defaultdict(set)
        named: set[str] = (
            set()
        )  # fiches a distinctive word places (« Doubs », not the « Haut » of Haut-Doubs)
        for i, key in own.items():
            written = not q.lowercase and q.tokens[i].text[:1].isupper()
            for word, fids in self._places_near(key):
                if written or word in self._names:
                    for fid in fids:
                        hits[fid].add(i)
                    named |= fids if word in self._distinctive else set()
        hits = defaultdict(set, {fid: at for fid, at in hits.items() if fid in named or len(at) > 1})
        for facet in scan.facets if scan else []:
            at = _trigger_positions(q, facet.trigger)
            if facet.field in _PLACE_FIELDS and at and at <= set(span):
                for name, values in facet.pairs():
                    for value in values:
                        for fid in self._by_value.get((name, value), ()):
                            hits[fid] |= at
        # a département or région after « du / de / en » (`naming.named_places`), though its word is also a
        # centre's (« Nord »): the fiches there
        for at, name, value in named_places([t.norm for t in q.tokens]):
            if at.start >= span.start and at.stop <= span.stop:
                for fid in self._by_value.get((name, value), ()):
                    hits[fid] |= set(at)
        for i, end, town in self._written_towns(q, span):
            for value in town.values:
                for fid in self._by_value.get((town.field, value), ()):
                    hits[fid] |= set(range(i, end))
        if not hits:
            return {}
        most = max(len(v) for v in hits.values())
        return {fid: at for fid, at in hits.items() if len(at) == most}

    def _written_towns(self, q: Question, span: range) -> list[tuple[int, int, TownFacet]]:
        """Towns written with a capital after a preposition (« d'Agen », « de Saint-Étienne »)."""
        if q.lowercase:
            return []
        if self._towns is None:
            self._towns = CorpusTowns(self.fiches.values())
        found = []
        for i in span:
            cue = q.tokens[i - 1].norm if i > 0 else ""
            if cue in _TOWN_CUES and q.tokens[i].text[:1].isupper():
                run = [t.norm for t in q.tokens[i : min(span.stop, i + 3)]]
                capitals = [t.text[:1].isupper() for t in q.tokens[i : i + len(run)]]
                article = _ARTICLES.get(cue, [])  # « du Havre »: Le Havre
                towns = self._towns.written(article + run, [True] * len(article) + capitals)
                shift = i - len(article)
                found += [(max(i, shift + a), shift + b, t) for a, b, t in towns[:1] if a == 0]
        return [f for f in found if f[2].field]

    def _places_near(self, key: str) -> list[tuple[str, set[str]]]:
        if key in self._by_place:
            return [(key, self._by_place[key])]
        if len(key) < 5:
            return []
        shapes = (self._place_shapes.get((key[0], n), ()) for n in (len(key) - 1, len(key), len(key) + 1))
        return [(w, self._by_place[w]) for group in shapes for w in group if one_typo(w, key, min_len=5)]

    def _theme(self, scored: _Scored, own: dict[int, str], place: set[int]) -> None:
        """Theme words: the reference's words in the fiche's text, neither its title words nor the words naming
        its place (« la maison de quartier Paul Bert »: « maison », « quartier » are the centre's name, even when
        its text writes them), as `_indexed_themes` counts them."""
        text = self._text(scored.fiche_id)
        skip = scored.title_positions | place
        titled = {own[i] for i in scored.title_positions if i in own}  # « Place en place »: one title word
        scored.theme = sum(1 for i, key in own.items() if i not in skip and key not in titled and key in text)

    def _text(self, fid: str) -> frozenset[str]:
        if fid not in self._texts:
            fiche = self.fiches[fid]
            body = " ".join([fiche_text(fiche)])
            place = set(self._place_words(fiche))
            self._texts[fid] = frozenset(plural_key(w) for w in normalise(body).split()) - place
        return self._texts[fid]

    def _place_index(self) -> dict[str, set[str]]:
        centres = {f.centre for f in self.fiches.values() if f.centre}
        df = Counter(w for c in centres for w in set(_place_words_of(c)))
        common = max(3.0, COMMON_CENTRE_SHARE * len(centres))
        self._common = {w for w, n in df.items() if n > common}
        index: dict[str, set[str]] = defaultdict(set)
        for f in self.fiches.values():
            for word in self._place_words(f):
                index[word].add(f.id)
        return dict(index)

    def _place_words(self, fiche: Fiche) -> list[str]:
        centre = [w for w in _place_words_of(fiche.centre) if w not in self._common]
        return centre + _place_words_of(fiche.departement) + _place_words_of(fiche.region)

    # -- the question ------------------------------------------------------------------------------------

    def _words(self, q: Question) -> dict[int, str]:
        """Content tokens that may name a fiche (not phrasing nor the field asked)."""
        asking = phrasing_positions(q.tokens) | _counted_positions(q)
        return {
            i: t.key
            for i, t in enumerate(q.tokens)
            if len(t.norm) > 1 and t.norm not in STOPWORDS and i not in asking and not _phrasing(t.norm)
        }


_PLACE_LINKS = {"de", "des", "du", "d", "la", "le", "l"}


def structure_before(q: Question, placed: set[int]) -> set[int]:
    """The kind of structure written right before a place named (« la MPT | de Kervénanec », « le centre social
    | des Roseaux »; `ingest.structures`): the place's words, never a project's name."""
    norms = [t.norm for t in q.tokens]
    kinds = [normalise(name).split() for name in structures.NAMES.values()]
    out: set[int] = set()
    for start in sorted(i for i in placed if i - 1 not in placed):
        j = start - 1
        while j >= 0 and norms[j] in _PLACE_LINKS:
            j -= 1
        if j >= 0 and norms[j] in structures.NAMES:
            out.add(j)
            continue
        for kind in kinds:
            if j + 1 >= len(kind) and norms[j + 1 - len(kind) : j + 1] == kind:
                out.update(range(j + 1 - len(kind), j + 1))
                break
    return out


_DESIGNATORS = word_set("les ces nos vos leurs the these those our both")


def _counted_positions(q: Question) -> set[int]:
    """Numbers counting what the question designates (« les deux jardins », « ces trois ateliers », « the two
    gardens »): how many fiches, never a word of their titles (« Un toit, deux générations »)."""
    from ingest import amounts

    norms = [t.norm for t in q.tokens]
    return {
        i
        for i in range(1, len(norms))
        if norms[i - 1] in _DESIGNATORS
        and (norms[i] in amounts.NUMBER_WORDS or norms[i].isdigit() or norms[i] in ("two", "three"))
    }


def _names(best: _Scored, side: bool = False) -> bool:
    """Has the fiche words of its title, or two theme words at its place? Without a place, enough title words
    and, for a lone reference, a misspelt one: a title written exactly is the title linker's to judge
    (`assistant.linking`); beside another reference, it names its side."""
    if best.place or best.spelt:
        return best.title >= SOUND or best.theme >= 2
    return best.recall >= RECALL and len(best.title_positions) >= 2 and (best.corrected or side)


def _one_place(fiches: Iterable[Fiche]) -> bool:
    fiches = list(fiches)
    return len({f.centre for f in fiches}) == 1 or len({f.departement for f in fiches}) == 1


def _shapes(words: Iterable[str]) -> dict[tuple[str, int], list[str]]:
    """Words by (first letter, length): the candidates of a typo."""
    out: dict[tuple[str, int], list[str]] = defaultdict(list)
    for word in words:
        out[(word[0], len(word))].append(word)
    return out


def _pair(at: int) -> set[int]:
    return {-at - 1, -at} if at < 0 else {at}


def _typo(a: str, b: str) -> float:
    """One edit from five letters, two from seven when the first two letters agree."""
    if abs(len(a) - len(b)) > 2 or min(len(a), len(b)) < 5:
        return 0.0
    if one_typo(a, b, min_len=5):
        return 0.9
    if min(len(a), len(b)) >= 7 and a[:2] == b[:2] and edit_distance(a, b) <= 2:
        return 0.8
    return 0.0


def _splits(q: Question) -> list[tuple[int, int]]:
    """Split points (end of the left side, start of the right side), coordinating words first, then phrases
    setting two things side by side (« à côté de », « par rapport à »), then punctuation."""
    found = [(p, i, i + 1) for i, t in enumerate(q.tokens) if (p := _SEPARATORS.get(t.norm)) is not None]
    norms = [t.norm for t in q.tokens]
    for i in range(1, len(norms) - 1):
        for before, word, after in _SIDE_BY_SIDE:
            if norms[i] == word and norms[i - 1] in before and norms[i + 1] in after:
                found.append((1, i - 1, i + 2))  # « X à côté du Y »: X ends before « à »
    found += [(3, i, i) for i in sorted(q.breaks) if 0 < i < len(q.tokens)]
    return [(a, b) for _, a, b in sorted(found, key=lambda s: (s[0], -s[1]))]


def _title_keys(title: str) -> tuple[str, ...]:
    words = normalise(title).split()
    skip = STOPWORDS | GENERIC
    return tuple(dict.fromkeys(plural_key(w) for w in words if len(w) > 1 and w not in skip))


def _place_words_of(name: str) -> list[str]:
    return [
        plural_key(w)
        for w in normalise(name).split()
        if len(w) > 2 and w not in STOPWORDS and w not in _CENTRE_WORDS
    ]


@lru_cache(maxsize=262_144)
def _cached_key(word: str) -> str:
    return plural_key(word)


def _description_words(q: Question) -> dict[int, str]:
    """The content tokens of a comparison describing its fiches: not stop words, not the comparison's own
    words (« différence », « compare »), not general words; words of a field stay (« par trois bénévoles »)."""
    from assistant import aspects, intents
    from ingest import amounts

    general = GENERIC | SCAFFOLDING | _PRESENT | GENERAL
    counted = _counted_positions(q)  # « les deux jardins »: how many, not what (« par trois bénévoles » is)
    return {
        i: t.key
        for i, t in enumerate(q.tokens)
        if len(t.norm) > 2
        and i not in counted
        and t.norm not in STOPWORDS
        and not {t.norm, t.key} & general
        and not intents.compare_cue(t.norm)
        and (t.norm not in aspects.PHRASING or t.norm in amounts.NUMBER_WORDS)  # « trois bénévoles »
    }


def _compares(text: str) -> bool:
    """Does the question ask a comparison (`intents.detect`)? Only then may two sides name their fiches
    by their text alone."""
    from assistant import intents

    found = intents.detect(normalise(text))
    return found is not None and found[0] == intents.COMPARE


def _phrasing(norm: str) -> bool:
    key = plural_key(norm)
    general = GENERIC | SCAFFOLDING | _PRESENT | GENERAL
    return bool({norm, key} & general) or bool(fields.lookup_field_for([norm]))


def _trigger_positions(q: Question, trigger: str) -> set[int]:
    words = normalise(trigger).split()
    norms = [t.norm for t in q.tokens]
    for i in range(len(norms) - len(words) + 1):
        if words and norms[i : i + len(words)] == words:
            return set(range(i, i + len(words)))
    return set()


def _text_of(q: Question, positions: Iterable[int]) -> str:
    """The words at `positions` as written, with the stop words between them (« café des parents »), not
    other words (« ludotèque imeubles »: « en bas des » is not the name)."""
    runs: list[list[int]] = []
    for i in sorted(positions):
        between = range(runs[-1][-1] + 1, i) if runs else range(0)
        if runs and all(q.tokens[j].norm in STOPWORDS for j in between):  # « café des parents »
            runs[-1].append(i)
        else:
            runs.append([i])
    return " ".join(q.text[q.spans[run[0]][0] : q.spans[run[-1]][1]] for run in runs)
