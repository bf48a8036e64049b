"""Partners named by a part of their full name: « la caisse d'allocations », « l'agence de santé », « la caisse
d'allocs », « la protection maternelle », « le centre communal ».

Every name of two or more content words of the gazetteers (`assistant.facet_words.SYNONYMS`, the national
partners of `ingest.partners`) is read as its content words in order, its head word first (« caisse allocation
familiale »). A run of question words names it when
- its first content word is the head word, and it says at least two content words;
- its other content words say, in order, later words of the name: the same word (singular or plural), an
  adjective and its noun (`ingest.morphology.related`), or a truncation (« allocs »: a word no fiche uses that
  begins the name's word, `FacetPhrases.truncation`, or a familiar word the glossary reads as it);
- a word of the name it skips before its last word is an adjective (« l'agence [régionale] de santé »); the
  words after its last one may all be left out (« la caisse primaire », « le centre communal »).
Only function words of a noun phrase may sit between its words. A run naming names of two partners says neither
(« le centre d'action sociale »: communal or intercommunal); « le centre social » names none (it skips « action »,
a noun). The partner found replaces the facets read inside the run (« santé » in « l'agence de santé »); a
partner no fiche has is an absent entity (« aucune fiche »).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from assistant.facet_expansions import add_partner, expanded_names, related
from assistant.glossary import familiar_standard
from ingest.morphology import is_adjective
from ingest.partners import DEFAULT_SPECS
from ingest.text import STOPWORDS, normalise, plural_key, word_set

if TYPE_CHECKING:
    from assistant.facet_merge import _Found
    from assistant.facets import FacetScan, FacetVocabulary, Question

# Function words that may sit inside an institution's name (« caisse d'allocations », « agence pour la… »).
_JOINERS = word_set("de du des d la le l les pour et")
# Adjectives of institutions' names that the suffix table of `ingest.morphology` does not read as adjectives.
_MODIFIERS = word_set("public publique urbain urbaine agricole infantile")
_WINDOW = 8  # longest run of words read for a part of a name


def _content(text: str) -> tuple[str, ...]:
    return tuple(plural_key(w) for w in normalise(text).split() if w not in STOPWORDS and len(w) > 1)


@lru_cache(maxsize=1)
def partial_names() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Head word → (partner canonical name, content words of one of its names) for every name of 2+ words."""
    pairs = list(expanded_names())
    for spec in DEFAULT_SPECS:
        pairs += [(spec.canonical, bag) for v in spec.variants if len(bag := _content(v)) >= 2]
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for canonical, bag in pairs:
        if (canonical, bag) not in out.setdefault(bag[0], []):
            out[bag[0]].append((canonical, bag))
    return {head: tuple(names) for head, names in out.items()}


@lru_cache(maxsize=1)
def exact_names() -> frozenset[str]:
    """The gazetteer's names as written (« jeunesse et sports »): a word a facet begins (the public « jeunesse »)
    begins a partner's name only when the question writes that whole name, not a part of it (« la jeunesse et
    le sport » stays a public and a topic)."""
    return frozenset(normalise(v) for spec in DEFAULT_SPECS for v in spec.variants)


def _skippable(word: str) -> bool:
    return is_adjective(word) or word in _MODIFIERS


def _says(vocab: FacetVocabulary, word: str, norm: str, key: str) -> bool:
    """Does the question's word (its plural key, its folded form) say the name's word `key`: itself, a word
    derived, a truncation, or a familiar word the glossary reads as it (« allocs »)?"""
    if word == key or related(word, key) or (vocab.truncation(word, key) and vocab.truncatable(norm)):
        return True
    return len(word) >= 3 and key in _familiar(norm)


@lru_cache(maxsize=4096)
def _familiar(norm: str) -> frozenset[str]:
    return frozenset(plural_key(normalise(w)) for w in familiar_standard(norm))


def _read(vocab: FacetVocabulary, bag: tuple[str, ...], words: list[tuple[str, str]]) -> int:
    """How many of the question's content words `words` say the name `bag` in order (head first), or 0."""
    at, said = 0, 0
    for word, norm in words:
        nxt = next((j for j in range(at, len(bag)) if _says(vocab, word, norm, bag[j])), None)
        if nxt is None or (said == 0 and nxt != 0) or not all(_skippable(w) for w in bag[at:nxt]):
            break
        at, said = nxt + 1, said + 1
    return said if said >= 2 else 0


def partial_partners(
    vocab: FacetVocabulary, scan: FacetScan, found: list[_Found], question: Question
) -> None:
    """Runs of words naming a part of a partner's name: found as that partner (see the module docstring)."""
    names = partial_names()
    if not any(plural_key(w) in names for w in question.words):
        return  # the question's set of words tells, without reading it word by word
    norms = question.norms
    for start, norm in enumerate(norms):
        key = plural_key(norm)
        taken = start in scan.used
        if key not in names or (taken and not any(f.start == start for f in found)):
            continue
        content: list[tuple[int, str, str]] = []  # (position, key, norm) of the run's content words
        i = start
        while i < min(len(norms), start + _WINDOW) and (i == start or i not in question.breaks):
            if norms[i] not in _JOINERS:
                content.append((i, plural_key(norms[i]), norms[i]))
            i += 1
        best: dict[str, int] = {}
        for canonical, bag in names[key]:
            said = _read(vocab, bag, [(k, n) for _, k, n in content])
            if said and said >= best.get(canonical, 0):
                best[canonical] = said
        longest = max(best.values(), default=0)
        winners = [c for c, n in best.items() if n == longest]
        end = content[longest - 1][0] + 1 if longest else start
        if len(winners) == 1 and (not taken or " ".join(norms[start:end]) in exact_names()):
            _record(vocab, scan, found, question, winners[0], start, end)


def _record(
    vocab: FacetVocabulary,
    scan: FacetScan,
    found: list[_Found],
    question: Question,
    name: str,
    start: int,
    end: int,
) -> None:
    span = range(start, end)
    inner = [f for f in found if start <= f.start and f.end <= end]
    if any(f.facet and f.facet.field == "partenaires" for f in inner):
        return  # named already (« la caisse d'allocations familiales »)
    covered = {i for f in inner for i in range(f.start, f.end)}
    if any(i in scan.used and i not in covered for i in span):
        return
    present = {normalise(v): v for v in vocab.counts.get("partenaires", {})}
    value = present.get(normalise(name))
    if value:
        found[:] = [f for f in found if f not in inner]
        add_partner(scan, found, value, question, start, end)
        found.sort(key=lambda f: f.start)
    elif not vocab.entity_known(name):
        found[:] = [f for f in found if f not in inner]
        scan.used.update(span)  # a partner no fiche has, said in part: « aucune fiche »
        scan.absent.extend([] if name in scan.absent else [name])
