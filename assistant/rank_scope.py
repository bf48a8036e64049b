"""Which fiches a ranking is over when the question names its topic (« parmi les repas partagés et les
pique-niques », « quel événement … en une seule journée », « quelle action de soutien aux parents »).

    ids = topic_ids(norm, ["repas", "partages", "pique", "niques"], search)   # the union of both topics
    extra = kin_of_facets(query.facets, retriever.postings)                     # same-stem keywords

How:
1. The topic words are split where the question coordinates them (« X et Y », « X ou Y »): the scope is the
   union of each group's fiches (`topic_groups`).
2. A group's fiches are read from one retrieval of its words with the kind of thing ranked (« événement »):
   those whose title has every word; else those whose text has every word; else those scoring at least FLOOR
   of the best hit having one of its words (a retrieval-scored set, not a keyword filter).
3. A facet scope (« aux parents » → public familles) also takes the fiches whose keywords or public values
   share the stem of the facet's words (« Parentalité » for « parents »): a facet value is one gloss of the
   topic, never all of it.
The work is bounded by the retrieval's pool and the facet postings (no loop over the corpus's fiches).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from functools import lru_cache

from assistant.glossary import familiar_standard
from assistant.records import FacetMatch, Hit
from ingest import amounts, fields
from ingest.models import Fiche
from ingest.text import STOPWORDS, normalise, plural_key

FLOOR = 0.3  # share of the best hit's score a fiche needs to be in a ranking's topic (chosen on dev files)
SALIENT = 3  # times a fiche repeats a topic's distinctive word to be about it without its other words
STEM = 5  # letters two words share to be one family (« parents » / « parentalité »)
_COORDINATION = {"et", "ou"}
_LINKING = {"de", "d", "du", "des", "a", "au", "aux", "la", "l", "le", "les", "en"}
_FACET_FIELDS = ("mots_cles", "public")

Search = Callable[[str], list[Hit]]


def topic_groups(norm: str, topic: list[str]) -> list[list[str]]:
    """The topic's words, in groups split at a coordinating word between them (« repas partages » | « pique
    niques »)."""
    groups: list[list[str]] = [[]]
    wanted = list(topic)
    pending = False
    for token in norm.split():
        if token in _COORDINATION and groups[-1]:
            pending = True
        elif wanted and token == wanted[0]:
            if pending:
                groups.append([])
                pending = False
            groups[-1].append(wanted.pop(0))
    return [g for g in groups if g]


def topic_ids(
    norm: str,
    topic: list[str],
    search: Search,
    kinds: list[str] | None = None,
    heads: set[str] | None = None,
    *,
    loose: bool = True,
) -> set[str]:
    """The ids of the fiches the ranking's topic scopes: the union over its coordinated groups. A group of
    `heads` only (`facet_heads`) narrows by titles only; without `loose` (facets already scope the
    ranking), no group keeps fiches having one of its words only."""
    groups = topic_groups(norm, topic)
    groups = groups if len(groups) > 1 else [topic]
    ids: set[str] = set()
    for group in groups:
        hits = _group_hits([*group, *(kinds or [])], search)
        ids |= group_ids(group, hits, titled_only=set(group) <= (heads or set()), loose=loose)
        ids |= funded_ids(group, hits)
    return ids


def funded_ids(words: list[str], hits: list[Hit]) -> set[str]:
    """The hits one of whose budget lines (`amounts.MONEY_FIELD`) has an amount and every word of the group
    (« Conférence des financeurs : 8 000 € »): a funder named is the scope of a ranking, whatever the text
    fields say."""
    if not words:
        return set()
    return {h.fiche_id for h in hits if _line_with(h.fiche, words)}


def _line_with(fiche: Fiche, words: list[str]) -> bool:
    for line in getattr(fiche, amounts.MONEY_FIELD, "").splitlines():
        said = set(normalise(line).split())
        if all(w in said for w in words) and amounts.parse_money(line):
            return True
    return False


def coordinated_hits(norm: str, topic: list[str], search: Search) -> list[Hit]:
    """The fiches of a topic the question coordinates (« les petits-déj et cafés conviviaux »): each group's
    fiches (`group_ids`) in its search's order, groups in the question's order; [] for a single topic."""
    groups = topic_groups(norm, topic)
    if len(groups) < 2:
        return []
    found: dict[str, Hit] = {}
    for group in groups:
        hits = _group_hits(group, search)
        ids = group_ids(group, hits)
        for hit in hits:
            if hit.fiche_id in ids:
                found.setdefault(hit.fiche_id, hit)
    return list(found.values())


def _group_hits(words: list[str], search: Search) -> list[Hit]:
    """A group's hits: its words searched as written, then — when one is a truncation or a familiar word —
    the standard words it stands for (« dej » → « dejeuner »), each fiche once."""
    hits = search(" ".join(words))
    standard = [f for word in words for f in forms(word)[1:]]
    if standard:
        seen = {h.fiche_id for h in hits}
        hits += [h for h in search(" ".join(standard)) if h.fiche_id not in seen]
    return hits


def facet_heads(norm: str, facets: list[FacetMatch], topic: list[str]) -> set[str]:
    """Topic words heading a facet's phrase through a preposition (« l'accès au numérique », « soutien aux
    parents »): the facet says what the fiches are about; such a head narrows them by titles only."""
    tokens = norm.split()
    heads: set[str] = set()
    for facet in facets:
        words = normalise(facet.trigger).split()
        for i in range(1, len(tokens) - len(words) + 1):
            if not words or tokens[i : i + len(words)] != words:
                continue
            j = i - 1
            while j >= 0 and tokens[j] in _LINKING:
                j -= 1
            if 0 <= j < i - 1 and tokens[j] in topic:
                heads.add(tokens[j])
    return heads


def group_ids(
    words: list[str], hits: list[Hit], *, titled_only: bool = False, loose: bool = True
) -> set[str]:
    """One group's fiches among its hits (step 2 of the module docstring)."""
    if not hits:
        return set()
    titled = {h.fiche_id for h in hits if has_words(h.fiche, words, title_only=True)}
    if len(words) > 1 and not titled_only:  # « Cuisine santé » (« ateliers » in its text): an atelier cuisine
        key = [distinctive(words, hits)]
        titled |= {
            h.fiche_id for h in hits if has_words(h.fiche, key, title_only=True) and has_words(h.fiche, words)
        }
    if titled or titled_only:
        return titled
    every = {h.fiche_id for h in hits if has_words(h.fiche, words)}
    if every and loose:
        return every | salient_ids(words, hits)
    if every or not loose:
        return every
    top = max(h.score for h in hits)
    return {
        h.fiche_id for h in hits if h.score >= FLOOR * top and any(has_words(h.fiche, [w]) for w in words)
    }


def salient_ids(words: list[str], hits: list[Hit]) -> set[str]:
    """The hits (scoring at least FLOOR of the best) whose whole text repeats the group's most distinctive
    word — the one fewest hits have (« repas » of « repas partagés ») — at least SALIENT times: a fiche about
    « repas » that never writes « partagés » is one of the group's (a legacy page tells its meals in
    « Impacts »)."""
    if not words or not hits:
        return set()
    key = distinctive(words, hits)
    top = max(h.score for h in hits)
    return {h.fiche_id for h in hits if h.score >= FLOOR * top and _frequency(h.fiche, key) >= SALIENT}


def distinctive(words: list[str], hits: list[Hit]) -> str:
    """The group's word the fewest hits write (the longest on a tie; a word none writes comes last): what
    the group is about (« repas » of « repas partagés », « cuisine » of « ateliers cuisine »)."""
    held = {w: sum(1 for h in hits if _frequency(h.fiche, w)) for w in words}
    return min(words, key=lambda w: (held[w] or len(hits) + 1, -len(w)))


def _frequency(fiche: Fiche, word: str) -> int:
    """How many times the fiche's title, keywords and text fields write the word (plural-insensitive, or
    its first STEM letters, or a standard word it stands for)."""
    keys, stems = _written(fiche)
    found = forms(word)
    short = sum(keys[plural_key(f)] for f in found if len(f) < STEM)
    return short + sum(stems[stem] for stem in {f[:STEM] for f in found if len(f) >= STEM})


_WRITTEN: dict[tuple[str, str], tuple[Counter[str], Counter[str]]] = {}  # (fiche id, version) → its words
_WRITTEN_MAX = 4096


def _written(fiche: Fiche) -> tuple[Counter[str], Counter[str]]:
    """(plural keys, STEM-letter stems of the longer words) of the fiche's title, keywords and text fields,
    with their counts (cached per fiche version: a ranking reads its pool's fiches once per topic word)."""
    key = (fiche.id, fiche.content_hash or fiche.title)
    if (found := _WRITTEN.get(key)) is None:
        if len(_WRITTEN) >= _WRITTEN_MAX:
            _WRITTEN.clear()
        parts = [
            fiche.title,
            " ".join(fiche.mots_cles),
            *(str(getattr(fiche, n) or "") for n in fields.text_fields()),
        ]
        words = Counter(normalise(" ".join(parts)).split())
        keys: Counter[str] = Counter()
        stems: Counter[str] = Counter()
        for w, n in words.items():
            keys[plural_key(w)] += n
            if len(w) >= STEM:
                stems[w[:STEM]] += n
        found = _WRITTEN[key] = (keys, stems)
    return found


def kin_of_facets(facets: list[FacetMatch], postings: Mapping[str, Mapping[str, set[str]]]) -> set[str]:
    """Ids of the fiches having a keyword or public value that shares the stem of a facet's trigger words
    (« Parentalité » for « parents »), read from the facet postings (field → value → ids): step 3."""
    typed = [f for f in facets if {name for name, _ in f.pairs()} & set(_FACET_FIELDS)]  # not a place
    stems = {w[:STEM] for f in typed for w in normalise(f.trigger).split() if len(w) >= STEM}
    stems -= {w[:STEM] for w in STOPWORDS}
    ids: set[str] = set()
    for name in _FACET_FIELDS if stems else ():
        for value, held in postings.get(name, {}).items():
            if stems & {w[:STEM] for w in normalise(value).split() if len(w) >= STEM}:
                ids |= held
    return ids


def has_words(fiche: Fiche, words: list[str], *, title_only: bool = False) -> bool:
    """Every word (plural-insensitive, or its first five letters; a truncation or a familiar word by its
    standard word: « dej » for « déjeuner ») is in the fiche's title (and text)."""
    parts = [fiche.title] if title_only else [fiche.title, fiche.resume, fiche.description_experience,
                                              fiche.description_generale, " ".join(fiche.mots_cles)]  # fmt: skip
    have = {plural_key(w) for w in normalise(" ".join(parts)).split()}
    stems = {w[:STEM] for w in have}
    return all(
        any(plural_key(f) in have or (len(f) >= STEM and f[:STEM] in stems) for f in forms(w)) for w in words
    )


@lru_cache(maxsize=4096)
def forms(word: str) -> tuple[str, ...]:
    """The word, then the one-word standard words a truncation or a familiar word stands for (« dej » →
    « dejeuner », « ados » → « adolescents, adolescent, jeunes »), normalised."""
    standard = [normalise(w) for w in familiar_standard(word)]
    return tuple(dict.fromkeys([word, *(w for w in standard if w and " " not in w)]))
