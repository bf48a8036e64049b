"""The lessons of a set of fiches: what to watch out for before starting a similar project.

    lessons_answer(fiches, ("limites",), query, scope)                 # grouped by field, one cited bullet per fiche
    lessons_answer(fiches, asked, query, scope, words=w, pool=p)       # + the fiches of `p` whose lessons say `w`

Two kinds of lessons questions. Lessons OF a topic (« les difficultés des pique-niques »): the fiches the
topic search found (`fiches`), their `limites`, `facteurs_reussite` and `perspectives` (all three when the
question names none). Lessons ABOUT a topic (« les actions qui ont buté sur le financement », « faire venir
les papas »): the topic is in the lessons themselves, so every fiche of `pool` (the facets' fiches, else the
whole base) whose lessons fields asked have the question's words — by stem, or a synonym of the lessons'
vocabulary (`_SYNONYMS`: « papas » / « pères », « sous » / « financement ») — is cited too, the fiches saying
the most first — not for the words naming half the topic's titles, nor those describing nearly every
action (`_EVERYWHERE`: « quartier », « habitants »). When no topic word narrowed the facets' fiches
(« arrêtées faute de sous »), only those whose lessons say the question's other words are kept. In each
field, the sentences with the question's words are the ones shown. A fiche's
reasons for ending (`raison_fin`) are shown when asked (« faute de moyens ») or when they say the topic of a
difficulties question. When no fiche fills the field asked, their results stand in, said as such.
At scale (tens of thousands of fiches) many fiches say the same lesson word for word — an action re-entered each
year, a template —: the fiches one of whose sentences says the most of the question's words come first, the
sentence fewest fiches say first among them, and a lesson already shown comes back only after every other one
(`sentence_counts`, built once per base version), so the synthesis shows different lessons, not six copies.
No per-question loop over the base: the lessons saying a word are read from per-field postings built once per
base version, and the whole-text tie-break reads only the first fiches of the order. A clipped word of spoken
French is read as the whole word it starts (« petits-déj » → « déjeuner »: keyed « dej », it matched « déjà »).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from assistant.answer import join_fr, link, md, names_topic, plural, where
from assistant.comparison import Built, built_answer
from assistant.lesson_cues import LESSON_FIELDS, lesson_cue_words
from assistant.query import SCAFFOLDING
from assistant.records import FacetMatch, Query
from ingest import fields
from ingest.models import Fiche
from ingest.text import GENERIC, STOPWORDS, cut_sentences, normalise, search_terms, sentence_pieces

ITEM_CHARS = 260
ACRONYM_LETTERS = 4  # a partner's short name this long at most is an acronym (« CCAS »), keyed apart
LESSON_FICHES = 6
POSTED = 500  # a pool of lessons this large is read through the base's postings, not fiche by fiche
TIE_BROKEN = 40  # different lessons ordered by the tie-break on the whole text (6 are shown)
RUN_READ = 24  # fiches of one tie whose whole text is read for the tie-break
READ_MAX = 120  # fiches whose whole text one question reads for the tie-break
ENDING = "raison_fin"
STAND_IN = ("resultat_habitants", "resultat_centre", "resultat_territoire", "impacts")
_HEADINGS = {
    "limites": "Difficultés et limites",
    "facteurs_reussite": "Facteurs de réussite",
    "perspectives": "Perspectives",
    ENDING: "Raisons de l'arrêt",
}
# Words of the lessons' vocabulary that name the same thing (one group = one key): a question says
# « papas », « sous », « rural », a fiche « pères », « financement », « villages ».
_SYNONYMS = (
    "pere peres papa papas paternite",
    "mere meres maman mamans",
    "financement financements financer finance financeur financeurs sous argent budget budgets budgetaire"
    " budgetaires subvention subventions financier financiere financieres credits",
    "poste postes salarie salaries cdd contrat contrats",
    "rural rurale ruraux rurales village villages bourg bourgs campagne",
    "benevole benevoles volontaire volontaires",
    "ado ados adolescent adolescents adolescente adolescentes",
    "participation frequentation mobilisation mobiliser presence assiduite",
    "local locaux salle salles",
    "transport transports deplacement deplacements vehicule vehicules",
    # the weather: « la météo » is the rain, the snow, the heat a fiche tells
    "meteo intemperie intemperies pluie pluies pluvieux neige neiges enneige enneigee enneigees canicule"
    " chaleur orage orages tempete cyclone cyclonique gel verglas",
)

# What a lesson lacked is a noun even when it is a function word elsewhere: « faute de sous ».
_LACKED = re.compile(r"\b(?:faute|manque|pas assez|trop peu) (?:de|d|du|des) (\w+)")
_EVERYWHERE = "quartier quartiers habitant habitants famille familles personne personnes public publics gens"


@lru_cache(maxsize=1)
def _everywhere() -> set[str]:
    """Keys of the words that describe nearly every action of a centre social (its quartier, habitants,
    familles): a lesson having one is not about the question's topic."""
    return word_keys(_EVERYWHERE)


@lru_cache(maxsize=1)
def _synonym_keys() -> dict[str, str]:
    """Stem → the key of its synonym group (its first word's stem)."""
    table: dict[str, str] = {}
    for group in _SYNONYMS:
        stems = search_terms(group)
        for stem in stems:
            table.setdefault(stem, stems[0])
    return table


def word_keys(text: str) -> set[str]:
    """The keys of a text's words: Snowball stems (« financement » / « financer »), a synonym group's key;
    a partner's acronym keyed apart (« la Caf » is no « café »: both stem to « caf »)."""
    table = _synonym_keys()
    words = normalise(text).split()
    clipped = _clippings()
    if any(w in clipped for w in words):  # « petits-déj »: « déjeuner », never the stem of « déjà »
        words = [whole for w in words for whole in clipped.get(w, (w,))]
        text = " ".join(words)
    acronyms = _acronyms()
    named = {f"@{w}" for w in words if w in acronyms}
    rest = " ".join(w for w in words if w not in acronyms) if named else text
    return {table.get(stem, stem) for stem in search_terms(rest) if len(stem) >= 3} | named


@lru_cache(maxsize=1)
def _clippings() -> dict[str, tuple[str, ...]]:
    """A truncation of spoken French (normalised, and its plural) → the whole words it is the start of
    (`glossary.familiar_table`: « dej » → « dejeuner », « benev » → « benevole ») : keyed by its own stem, a
    clipped word matches unrelated longer words (« dej » is the Snowball stem of « déjà »)."""
    from assistant.glossary import familiar_table

    table: dict[str, tuple[str, ...]] = {}
    for word, standards in familiar_table().items():
        whole = tuple(dict.fromkeys(w for w in map(normalise, standards) if w.startswith(word) and w != word))
        if whole and " " not in word and not any(" " in w for w in whole):
            table.setdefault(word, whole)
            table.setdefault(f"{word}s", whole)
    return table


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    """The partners' one-word short names that are no French word (« caf », « ars », « ccas », « pmi »)."""
    from ingest.lemmas import is_french
    from ingest.partners import default_gazetteer

    variants = {v for spec in default_gazetteer().specs for v in spec.variants if v and " " not in v}
    return frozenset(v for v in variants if len(v) <= ACRONYM_LETTERS and not is_french(v))


_KEYS: dict[tuple[str, str, str], frozenset[str]] = {}  # (fiche id, content hash, field) → its keys
_KEYS_MAX = 1 << 18


def _field_keys(fiche: Fiche, name: str) -> frozenset[str]:
    """The keys of one field of a fiche, cached by fiche version (a fiche without hash: by its text)."""
    text = str(getattr(fiche, name, "") or "")
    key = (fiche.id, fiche.content_hash or text, name)
    if (found := _KEYS.get(key)) is None:
        if len(_KEYS) >= _KEYS_MAX:
            _KEYS.clear()
        found = _KEYS[key] = frozenset(word_keys(text)) if text.strip() else frozenset()
    return found


def question_keys(question: str, words: list[str] | None = None, triggers: tuple[str, ...] = ()) -> set[str]:
    """The keys of the question's content words (phrasing, lessons cues and the words of its facets'
    `triggers` left out) and of `words`."""
    norm = normalise(question)
    skip = (
        STOPWORDS
        | GENERIC
        | SCAFFOLDING
        | lesson_cue_words(norm)
        | set(normalise(" ".join(triggers)).split())
    )
    skip -= set(_LACKED.findall(norm))
    kept = [w for w in norm.split() if w not in skip and len(w) > 2 and not w.isdigit()]
    return word_keys(" ".join([*kept, *(words or [])]))


_OPENING = {"en", "a", "au", "aux", "pour", "dans", "sur"}
_LINK = {"de", "d", "du", "des", "la", "le", "les", "l"}


def relational_heads(norm: str, triggers: tuple[str, ...]) -> set[str]:
    """Nouns of a prepositional phrase introducing a facet (« en direction des | personnes âgées », « à
    destination des », « en faveur des », « au profit des »): the way the question points at the public,
    never what the lessons say."""
    tokens = norm.split()
    heads: set[str] = set()
    for trigger in triggers:
        words = normalise(trigger).split()
        for p in range(2, len(tokens) - len(words) + 1):
            if not words or tokens[p : p + len(words)] != words:
                continue
            j = p - 1
            while j > 0 and tokens[j] in _LINK:
                j -= 1
            if j < p - 1 and j > 0 and tokens[j - 1] in _OPENING and tokens[j] not in STOPWORDS:
                heads.add(tokens[j])
    return heads


def text_keys(fiche: Fiche) -> set[str]:
    """The keys of the fiche's title and text fields (cached per fiche version)."""
    keys: set[str] = set()
    for name in ("title", *fields.text_fields()):
        keys |= _field_keys(fiche, name)
    return keys


def lesson_keys(fiche: Fiche, names: tuple[str, ...]) -> set[str]:
    """The keys of the fiche's fields `names` (cached per fiche version)."""
    keys: set[str] = set()
    for name in names:
        keys |= _field_keys(fiche, name)
    return keys


# -- lesson sentences ------------------------------------------------------------------------------

_SENTENCES: dict[tuple[str, str, tuple[str, ...]], tuple[str, ...]] = {}  # (id, hash, fields) → sentences
_COUNTS: dict[int, Counter] = {}  # base version → how many fiches say each lesson sentence


def lesson_sentences(fiche: Fiche, names: tuple[str, ...]) -> tuple[str, ...]:
    """The distinct normalised sentences of the fiche's fields `names` (cached per fiche version)."""
    key = (fiche.id, fiche.content_hash or fiche.title, names)
    if (found := _SENTENCES.get(key)) is None:
        if len(_SENTENCES) >= _KEYS_MAX:
            _SENTENCES.clear()
        text = "\n".join(str(getattr(fiche, name, "") or "") for name in names)
        pieces = (normalise(p) for p in sentence_pieces(text, len(text) + 1))
        found = _SENTENCES[key] = tuple(dict.fromkeys(p for p in pieces if p))
    return found


@lru_cache(maxsize=1 << 16)
def _sentence_keys(sentence: str) -> frozenset[str]:
    return frozenset(word_keys(sentence))


_BASES: dict[tuple, tuple[list[Fiche], int]] = {}  # (size, ids of 3 fiches) → (those fiches, the base's key)


def base_key(fiches: list[Fiche] | tuple[Fiche, ...]) -> int:
    """The key of a base version (its fiche ids and content hashes), hashed once per list of fiche objects:
    the index hands the same objects until the base changes (then all new ones), and the objects this memo
    holds cannot be freed, so their ids are never reused by others while it holds them."""
    if not fiches:
        return hash(())
    probe = (fiches[0], fiches[len(fiches) // 2], fiches[-1])
    memo = (len(fiches), *map(id, probe))
    if (found := _BASES.get(memo)) is None or any(a is not b for a, b in zip(found[0], probe, strict=True)):
        found = (list(probe), hash(tuple((f.id, f.content_hash) for f in fiches)))
        if len(_BASES) >= 8:
            _BASES.clear()
        _BASES[memo] = found
    return found[1]


def sentence_counts(fiches: list[Fiche]) -> Counter:
    """How many fiches of `fiches` (the base) say each lesson sentence: built once per base version."""
    base = base_key(fiches)
    if (found := _COUNTS.get(base)) is None:
        names = _searched(LESSON_FIELDS)
        found = Counter(s for f in fiches for s in lesson_sentences(f, names))
        _COUNTS.clear()  # one base at a time
        _COUNTS[base] = found
    return found


def best_sentence(
    fiche: Fiche, names: tuple[str, ...], keys: set[str], counts: Counter
) -> tuple[int, int, str]:
    """(the most `keys` one lesson sentence of the fiche says, how many fiches of the base say the rarest
    sentence saying that many, that sentence); (0, 0, "") when none says one."""
    best = (0, 0, "")
    for sentence in lesson_sentences(fiche, names):
        said = len(keys & _sentence_keys(sentence))
        if said and (said, -counts.get(sentence, 1)) > (best[0], -best[1]):
            best = (said, counts.get(sentence, 1), sentence)
    return best


def _distinct_first(fiches: list[Fiche], sentence: dict[str, str]) -> list[Fiche]:
    """`fiches` in order, those whose best sentence an earlier fiche already says after the others: the
    synthesis shows as many different lessons as it can."""
    seen: set[str] = set()
    first, again = [], []
    for fiche in fiches:
        said = sentence[fiche.id]
        (again if said and said in seen else first).append(fiche)
        seen.add(said)
    return first + again


# -- which fiches ----------------------------------------------------------------------------------


def lessons_about(
    pool: list[Fiche], keys: set[str], asked: tuple[str, ...], base: list[Fiche] | None = None
) -> list[Fiche]:
    """The fiches of `pool` whose lessons fields `asked` (and reasons for ending) have some of `keys`,
    the most first (pool order on ties). Given the `base` the pool is part of, a large pool is read
    through the base's postings (built once per base version): only the fiches saying a key are read."""
    if not keys:
        return []
    names = _searched(asked)
    if base is not None and len(pool) > POSTED:
        holders = _lesson_postings(base, names)
        said = Counter(base[n].id for key in keys for n in holders.get(key, ()))
        order = {f.id: n for n, f in enumerate(pool) if f.id in said}
        return [pool[n] for n in sorted(order.values(), key=lambda n: (-said[pool[n].id], n))]
    scored = [(-len(keys & lesson_keys(f, names)), n, f) for n, f in enumerate(pool)]
    return [f for found, _, f in sorted(scored, key=lambda t: t[:2]) if found]


def chosen_fiches(
    fiches: list[Fiche],
    pool: list[Fiche],
    keys: set[str],
    asked: tuple[str, ...],
    own: set[str] | None = None,
    counts: Counter | None = None,
    base: list[Fiche] | None = None,
) -> list[Fiche]:
    """The topic's fiches (`fiches`, in order) and the fiches of `pool` whose lessons say the topic; those
    whose lessons say it the most first, then the topic's others. When `fiches` is the whole pool (no topic
    word narrowed the facets' fiches: « arrêtées faute de sous ») and some lessons say one of the `own`
    keys (those no facet stands for; default: all), only the fiches whose lessons say the topic. The order: the
    fiches one of whose lesson sentences says the most keys (« les bénévoles vieillissent et le renouvellement
    est lent »), among them the sentence said by the fewest fiches of the base first (`counts`: a lesson copied
    word for word into dozens of fiches — a yearly action re-entered, a template — says nothing its first copy
    did not), then those saying the most keys over all their lessons, then those one of whose lessons the
    fewest fiches say (a lesson of its own before a template); a fiche whose best sentence an earlier one says
    goes after the others."""
    # Words naming the topic's fiches (in half their titles: « repas de quartier ») are not what lessons say.
    titles = Counter(key for f in fiches for key in word_keys(f.title))
    weak = {key for key, n in titles.items() if 2 * n >= len(fiches)} | _everywhere()
    about = lessons_about(pool, keys - weak, asked, base)
    whole = len(pool) <= len(fiches) and {f.id for f in fiches} >= {f.id for f in pool}
    names = _searched(asked)
    merged = list({f.id: f for f in [*fiches, *about]}.values())
    of = {f.id for f in fiches}
    if about and whole and lessons_about(about, (keys if own is None else own) - weak, asked):
        merged, of = about, set()  # the topic named no fiche of its own (the facets' every fiche): lessons do
    keys = keys - _everywhere()  # « les habitants » describes every action: never what a lesson is about
    counts = counts or Counter()
    said = {f.id: len(keys & lesson_keys(f, names)) for f in merged}
    best = {f.id: best_sentence(f, names, keys, counts) if said[f.id] else (0, 0, "") for f in merged}
    rarest = {f.id: min((counts.get(s, 1) for s in lesson_sentences(f, names)), default=0) for f in merged}
    ordered = sorted(
        merged,
        key=lambda f: (-best[f.id][0], best[f.id][1], -said[f.id], rarest[f.id], f.id not in of),
    )
    # Among those saying as much, those whose whole text has the most words: read for the first ones only.
    ordered = _by_text_within_ties(ordered, keys, lambda f: (best[f.id][:2], said[f.id], rarest[f.id], f.id in of),
                                   lambda f: best[f.id][2], said)  # fmt: skip
    return _distinct_first(ordered, {i: b[2] for i, b in best.items()})


def _by_text_within_ties(
    ordered: list[Fiche], keys: set[str], tie: Callable, sentence: Callable, said: dict[str, int]
) -> list[Fiche]:
    """`ordered`, each run of fiches equal by `tie` sorted by how many `keys` their whole text has (those
    saying a key only), until TIE_BROKEN different best sentences are placed or READ_MAX texts read (a
    template said in hundreds of fiches is one lesson): the fiches after them are never shown, and reading
    every text of a base of thousands per question is what the caches cannot hold."""
    out: list[Fiche] = []
    seen: set[str] = set()
    start = 0
    read = 0
    while start < len(ordered) and len(seen) < TIE_BROKEN and read < READ_MAX:
        end = start + 1
        while end < len(ordered) and tie(ordered[end]) == tie(ordered[start]):
            end += 1
        run = ordered[start:end]
        if len(run) > 1 and said[run[0].id]:  # a template said by hundreds: its first ones (topic's first)
            run = sorted(run[:RUN_READ], key=lambda f: -len(keys & text_keys(f))) + run[RUN_READ:]
            read += min(len(run), RUN_READ)
        out += run
        seen |= {sentence(f) for f in run}
        start = end
    return out + ordered[start:]


def beyond_facets(
    base: Callable[[], list[Fiche]], pool: list[Fiche], facets: list[FacetMatch], keys: set[str], asked
) -> list[Fiche]:
    """The fiches outside `pool` whose lessons say `keys` when a facet is a topic word (« la météo ou le
    climat » → Environnement: the topic is what lessons say, whatever the fiche's keywords); they keep the
    question's other facets (a place, a public)."""
    topical = [f for f in facets if names_topic(f)]
    if not topical:
        return []
    kept = [f for f in facets if f not in topical]
    inside = {f.id for f in pool}
    keys = keys - _everywhere()
    if not keys:
        return []
    fiches = base()
    holders = _lesson_postings(fiches, _searched(asked))
    at = sorted({n for key in keys for n in holders.get(key, ())})  # those saying a key, in base order
    outside = [fiches[n] for n in at if fiches[n].id not in inside]
    return lessons_about([f for f in outside if all(_has_facet(f, k) for k in kept)], keys, asked)


_POSTINGS: dict[tuple[int, str], dict[str, list[int]]] = {}


def _lesson_postings(fiches: list[Fiche] | tuple[Fiche, ...], names: tuple[str, ...]) -> dict[str, list[int]]:
    """Key → positions (in base order) of the fiches whose lessons fields `names` have it, from one posting
    table per field built once per base version (the base's fiche ids and hashes), so a question reads only
    the fiches saying its keys."""
    base = base_key(fiches)
    for old in [v for v in _POSTINGS if v[0] != base]:  # one base at a time
        del _POSTINGS[old]
    tables = []
    for name in names:
        if (table := _POSTINGS.get((base, name))) is None:
            table = _POSTINGS[(base, name)] = {}
            for n, fiche in enumerate(fiches):
                for key in _field_keys(fiche, name):
                    table.setdefault(key, []).append(n)
        tables.append(table)
    if len(tables) == 1:
        return tables[0]
    return _Union(tables)


class _Union(dict):
    """The posting tables of several fields read as one: a key's positions in any of them, in base order."""

    def __init__(self, tables: list[dict[str, list[int]]]):
        super().__init__()
        self.tables = tables

    def get(self, key, default=None):
        lists = [t[key] for t in self.tables if key in t]
        if not lists:
            return default
        return lists[0] if len(lists) == 1 else sorted(set().union(*lists))


def _trigger_keys(facets: list[FacetMatch]) -> set[str]:
    """The keys of the words of the facets naming a topic (« climat »)."""
    return word_keys(" ".join(f.trigger for f in facets if names_topic(f)))


def _has_facet(fiche: Fiche, facet: FacetMatch) -> bool:
    """Does the fiche hold a value of the facet, in any of its fields?"""
    return any(set(fields.facet_values(fiche, name)) & set(values) for name, values in facet.pairs())


def _searched(asked: tuple[str, ...]) -> tuple[str, ...]:
    """The fields whose text says a lesson: those asked, and the reasons for ending with the difficulties."""
    return (*asked, ENDING) if "limites" in asked and ENDING not in asked else asked


# -- the answer ------------------------------------------------------------------------------------


def lessons_answer(
    fiches: list[Fiche],
    asked: tuple[str, ...],
    query: Query,
    scope: str = "",
    *,
    words: list[str] | None = None,
    pool: list[Fiche] | None = None,
    base: Callable[[], list[Fiche]] | None = None,
) -> Built:
    """Grouped, cited synthesis of the lessons fields `asked` (all three when empty) over `fiches` and the
    fiches of `pool` whose lessons say the question's `words` (see the module docstring)."""
    asked = asked or LESSON_FIELDS
    triggers = tuple(f.trigger for f in query.facets)
    relational = word_keys(" ".join(relational_heads(normalise(query.text), triggers)))
    keys = (
        question_keys(query.text, words) - relational
    )  # « papas » may be a facet's word and what lessons say
    own = question_keys(query.text, words, triggers) - relational
    if pool and base is not None:
        pool = pool + beyond_facets(base, pool, query.facets, own | _trigger_keys(query.facets), asked)
    if pool:
        everything = base() if base is not None else pool
        fiches = chosen_fiches(fiches, pool, keys, asked, own, sentence_counts(everything), everything)
    groups = _groups(fiches, asked, keys)
    stand_in = not any(groups.values())
    if stand_in:  # no fiche fills the field asked: their results say what worked
        groups = {"resultats": [f for f in fiches if any(getattr(f, s).strip() for s in STAND_IN)]}
    by_id = {f.id: f for members in groups.values() for f in members}
    used = [f for f in fiches if f.id in by_id][:LESSON_FICHES]
    if not used:
        return Built(built_answer(f"Aucune fiche{_scope(scope)} ne renseigne ce point.", [], query))
    numbers = {f.id: n for n, f in enumerate(used, 1)}
    blocks, facts = [], []
    for name, members in groups.items():
        items = [(numbers[f.id], f, _lesson_text(f, name, keys)) for f in members if f.id in numbers]
        if not items:
            continue
        heading = _HEADINGS.get(name, "Résultats")
        items.sort(key=lambda item: item[0])
        blocks.append(f"**{heading}**\n" + "\n".join(f"- {md(t)} — {md(f.title)} [{n}]" for n, f, t in items))
        facts.append(f"{heading} :\n" + "\n".join(f"[{n}] {t}" for n, _, t in items))
    first = _first_line(groups, used, scope, asked, stand_in)
    sources = "\n".join(f"**[{n}]** {link(f)} — {where(f)}" for n, f in enumerate(used, 1))
    text = f"{first}\n\n" + "\n\n".join(blocks) + f"\n\nSources :\n\n{sources}"
    return Built(built_answer(text, used, query), facts="\n\n".join(facts))


def _groups(fiches: list[Fiche], asked: tuple[str, ...], keys: set[str]) -> dict[str, list[Fiche]]:
    """Field → the fiches filling it; the reasons for ending of a difficulties question only where they
    say the question's words."""
    groups = {name: [f for f in fiches if getattr(f, name).strip()] for name in asked}
    if _searched(asked) != asked and keys:
        saying = [f for f in fiches if keys & lesson_keys(f, (ENDING,))]
        if saying:
            groups[ENDING] = saying
    return groups


def _first_line(groups: dict, used: list[Fiche], scope: str, asked: tuple[str, ...], stand_in: bool) -> str:
    if stand_in:
        return (f"Aucune des fiches{_scope(scope)} ne renseigne « {fields.label(asked[0])} » ; "
                f"voici ce que {plural(len(used), 'fiche')} "
                f"{'dit de ses' if len(used) == 1 else 'disent de leurs'} résultats :")  # fmt: skip
    topics = join_fr([_HEADINGS.get(name, "résultats").lower() for name in groups if groups[name]])
    return f"{topics[0].upper()}{topics[1:]} selon {plural(len(used), 'fiche')}{_scope(scope)} :"


def _scope(scope: str) -> str:
    return f" {scope}" if scope else ""


def _lesson_text(fiche: Fiche, name: str, keys: set[str] | None = None) -> str:
    """The field's text in one line; when longer than ITEM_CHARS, its sentences having the most of `keys`
    (in text order), else its first sentences."""
    text = getattr(fiche, name) if name in _HEADINGS else " ".join(getattr(fiche, s) for s in STAND_IN)
    lines = [line.strip(" -•*\t") for line in text.splitlines() if line.strip(" -•*\t")]
    whole = " ; ".join(line.rstrip(" .;") for line in lines)
    if len(whole) <= ITEM_CHARS or not keys:
        return cut_sentences(whole, ITEM_CHARS)
    pieces = [p.strip(" -•*\t") for p in sentence_pieces("\n".join(lines), ITEM_CHARS) if p.strip(" -•*\t")]
    said = [len(keys & word_keys(p)) for p in pieces]
    if not any(said):
        return cut_sentences(whole, ITEM_CHARS)
    kept: set[int] = set()
    size = 0
    for n in sorted(range(len(pieces)), key=lambda n: (-said[n], n)):
        if said[n] and size + len(pieces[n]) + 3 <= ITEM_CHARS:
            kept.add(n)
            size += len(pieces[n]) + 3
    if not kept:  # the best sentence alone is too long: cut it
        return cut_sentences(pieces[max(range(len(pieces)), key=lambda n: said[n])], ITEM_CHARS)
    return " … ".join(pieces[n].rstrip(" .;") for n in sorted(kept))
