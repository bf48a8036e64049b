"""An age said of people names their public: the public whose ages hold it, never an AND with the noun's.

    aged_people(vocabulary, scan, found, question)   # « des gamins de 17-18 ans »: public Jeunesse

« des gamins de 17-18 ans », « les petits de 8-10 ans », « des enfants qui ont entre 12 et 15 ans », « nos ados
de 14 ans »: a noun of people of some age (« gamins »: Enfance) followed by the age they are. The age tells
which public they are (`facet_words.age_publics` over `AGE_BANDS`): it replaces the noun's public, so the
question never asks for two publics no fiche has together (« aucune fiche ne réunit public Enfance, public
Jeunesse »). One age after people is read too (« de 14 ans », « âgés de 16 ans »; alone, « de 3 ans » may be a
duration: it is read only after people). A noun of people of no age (« des femmes de 60 ans », « des parents
de 30 ans ») keeps its public: the age adds one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.facet_merge import _Found
from assistant.facet_words import AGE_BANDS, age_publics, age_ranges
from assistant.records import FacetMatch
from ingest.text import word_set

if TYPE_CHECKING:
    from assistant.facets import FacetScan, FacetVocabulary, Question

# Words between people and their age: « des gamins de 17 ans », « âgés de », « qui ont », « d'environ »
_LINKS = word_set("de d du age agee ages agees ayant qui ont a entre environ tout juste seulement leurs leur")
_GAP = 4  # link words at most between the people and their age
_UNITS = {"ans": 1.0, "an": 1.0, "mois": 1 / 12, "years": 1.0, "year": 1.0, "months": 1 / 12}
_AGE_PUBLICS = frozenset(name for name, _, _ in AGE_BANDS)


def aged_people(
    vocabulary: FacetVocabulary, scan: FacetScan, found: list[_Found], question: Question
) -> None:
    """Replace, in place, each public of some age followed by the age its people are (an age range found as a
    facet, or one age) by the public of that age (see the module docstring)."""
    if not question.words & _UNITS.keys():
        return
    norms = list(question.norms)
    ranges = {(start, end) for start, end, _ in age_ranges(norms)}
    ages = _age_values(vocabulary)
    for item in sorted(found, key=lambda f: f.start):
        if item not in found or not _of_an_age(item, ages):
            continue
        ranged = next(
            (f for f in found if (f.start, f.end) in ranges and _linked(norms, question, item.end, f.start)),
            None,
        )
        if ranged is not None and ranged is not item:
            _replace(found, item, ranged.facet, ranged.end, question, scan)
            found.remove(ranged)
            continue
        start = _age_start(norms, question, item.end)
        single = _single_age(norms, start) if start is not None else None
        if single is not None and start not in scan.used:
            facet = _public_facet(vocabulary, single, question, start, start + 2)
            if facet is not None:
                _replace(found, item, facet, start + 2, question, scan)


def _linked(norms: list[str], question: Question, end: int, start: int) -> bool:
    """Only link words, at most `_GAP`, and no punctuation between people ending at `end` and an age at `start`."""
    between = range(end, start)
    return (
        0 <= start - end <= _GAP
        and all(norms[i] in _LINKS for i in between)
        and not any(i in question.breaks for i in range(end, start + 1))
    )


def _age_values(vocabulary: FacetVocabulary) -> set[tuple[str, str]]:
    """(field, corpus value) of the publics of some age (`AGE_BANDS`), from their targets in the corpus."""
    return {
        (field_name, v)
        for public, targets in vocabulary._ages.items()
        if public in _AGE_PUBLICS
        for field_name, values in targets
        for v in values
    }


def _of_an_age(item: _Found, ages: set[tuple[str, str]]) -> bool:
    """A people facet all of whose values are publics of some age (« gamins », « ados »; not « femmes »)."""
    if item.facet is None or not item.people:
        return False
    pairs = [(name, v) for name, values in item.facet.pairs() for v in values]
    return bool(pairs) and all(p in ages for p in pairs)


def _age_start(norms: list[str], question: Question, end: int) -> int | None:
    """Position of the number of one age after people ending at `end` (link words between), or None."""
    i = end
    while i < len(norms) and norms[i] in _LINKS:
        i += 1
    return i if i < len(norms) and norms[i].isdigit() and _linked(norms, question, end, i) else None


def _single_age(norms: list[str], i: int) -> tuple[float, float] | None:
    """[age, age + 1) of « 14 ans », « 18 mois » at position i, or None (no unit, a range)."""
    if i + 1 >= len(norms) or not norms[i].isdigit() or norms[i + 1] not in _UNITS:
        return None
    age = int(norms[i])
    if age > 120:
        return None
    scale = _UNITS[norms[i + 1]]
    return age * scale, (age + 1) * scale


def _public_facet(
    vocabulary: FacetVocabulary, span: tuple[float, float], question: Question, start: int, end: int
) -> FacetMatch | None:
    """The facet of the publics of ages [from, to), through their targets in the corpus."""
    pairs: dict[str, list[str]] = {}
    for name in age_publics(*span):
        for field_name, values in vocabulary._ages.get(name, []):
            held = pairs.setdefault(field_name, [])
            held.extend(v for v in values if v not in held)
    if not pairs:
        return None
    main = "public" if "public" in pairs else next(iter(pairs))
    values = pairs.pop(main)
    trigger = " ".join(t.text for t in question.tokens[start:end])
    return FacetMatch(field=main, values=values, trigger=trigger, also=pairs)


def _replace(
    found: list[_Found], item: _Found, facet: FacetMatch, end: int, question: Question, scan: FacetScan
) -> None:
    """The people and their age are one facet: the age's publics, the words from the people to the age."""
    trigger = " ".join(t.text for t in question.tokens[item.start : end])
    merged = FacetMatch(field=facet.field, values=list(facet.values), trigger=trigger, also=dict(facet.also))
    found[found.index(item)] = _Found(merged, item.start, end, people=True)
    scan.used.update(range(item.start, end))
