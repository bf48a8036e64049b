"""People of several generations brought together name the corpus's intergenerational topic.

    found = generations(vocabulary, scan, found, question)   # « des rencontres entre les anciens et les enfants »

« des rencontres entre les anciens et les enfants », « les ados avec les seniors », « petits et vieux ensemble »:
two publics of distant ages (a young one, an old one: `AGE_BANDS`) tied by a word of relation (« entre … et »,
« avec », « ensemble ») describe what the fiches file under their intergenerational topic (the mots-clé whose
name says « génération », whatever its spelling in the corpus), not two publics every fiche must hold (« aucune
fiche ne réunit » Vieillissement and Enfance). The two facets become that one, their words its trigger. Without a
word of relation (« pour les jeunes et pour les seniors ») the publics are kept; a corpus without such a topic
keeps them too. First, a value said twice in a row (« nos retraités, les personnes du troisième âge ») becomes
one facet whose trigger runs over both (`restated`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.facet_merge import _Found
from assistant.facet_words import AGE_BANDS
from assistant.records import FacetMatch
from ingest.text import STOPWORDS, normalise, word_set

if TYPE_CHECKING:
    from assistant.facets import FacetScan, FacetVocabulary, Question

_GENERATION = "generation"  # the stem of the topic's name (« intergénérationnel », « entre générations »)
_YOUNG_END = 25  # a public whose age band ends by then is young…
_OLD_START = 60  # …one starting from then is old
_BEFORE = word_set("entre")  # before the first public (« entre les anciens et les enfants »)
_BETWEEN = word_set("et avec")  # between the two
_AFTER = word_set("ensemble")  # after the second (« jeunes et vieux ensemble »)
_AROUND = 2  # words between a word of relation and the public it ties (« entre les », « tous ensemble »)


def generations(
    vocabulary: FacetVocabulary, scan: FacetScan, found: list[_Found], question: Question
) -> list[_Found]:
    """`found` with each pair of publics of distant generations tied by a word of relation replaced by the
    corpus's intergenerational topic (see the module docstring)."""
    found = restated(scan, found, question)
    value = _topic(vocabulary)
    if not value or any(f.facet is not None and value in f.facet.values for f in found):
        return found
    ages = _ages(vocabulary)
    out: list[_Found] = []
    for item in sorted(found, key=lambda f: f.start):
        previous = out[-1] if out else None
        if previous is not None and _tied(previous, item, ages, question):
            trigger = " ".join(t.text for t in question.tokens[previous.start : item.end])
            facet = FacetMatch(field="mots_cles", values=[value], trigger=trigger)
            out[-1] = _Found(facet, previous.start, item.end)
            scan.used.update(range(previous.start, item.end))
            continue
        out.append(item)
    return out


_RESTATED_GAP = (
    6  # words between a value and its restatement (« nos retraités, les personnes du troisième âge »)
)
_RESTATED_FIELDS = frozenset(
    {"public", "mots_cles", "dimension", "partenaires"}
)  # never places: a town's own


def restated(scan: FacetScan, found: list[_Found], question: Question) -> list[_Found]:
    """A value said twice in a row (« nos retraités, les personnes du troisième âge », « les anciens et personnes
    âgées ») is one facet whose trigger runs over both: every word of it is the value's, none asks a detail
    (« âge »). Only function words or words the scan used between; « A ou B » is `facet_merge`'s."""
    out: list[_Found] = []
    for item in sorted(found, key=lambda f: f.start):
        previous = out[-1] if out else None
        if previous is not None and _restates(previous, item, scan, question):
            wider = previous if _pairs(item) <= _pairs(previous) else item
            trigger = " ".join(t.text for t in question.tokens[previous.start : item.end])
            facet = wider.facet.model_copy(update={"trigger": trigger})
            out[-1] = _Found(facet, previous.start, item.end, people=previous.people or item.people)
            continue
        out.append(item)
    return out


def _pairs(item: _Found) -> set[tuple[str, str]]:
    return {(name, v) for name, values in item.facet.pairs() for v in values} if item.facet else set()


def _restates(first: _Found, second: _Found, scan: FacetScan, question: Question) -> bool:
    a, b = _pairs(first), _pairs(second)
    if {name for name, _ in a | b} - _RESTATED_FIELDS:
        return False
    if not a or not b or not (a <= b or b <= a) or not 0 <= second.start - first.end <= _RESTATED_GAP:
        return False
    between = range(first.end, second.start)
    norms = [question.tokens[i].norm for i in between]
    return "ou" not in norms and all(
        w in STOPWORDS or i in scan.used for i, w in zip(between, norms, strict=True)
    )


def _topic(vocabulary: FacetVocabulary) -> str:
    """The corpus's mots-clé whose name says « génération » (« intergénérationnel »), '' when none."""
    return next(
        (v for v in sorted(vocabulary.counts.get("mots_cles", {})) if _GENERATION in normalise(v)), ""
    )


def _ages(vocabulary: FacetVocabulary) -> dict[tuple[str, str], str]:
    """(field, corpus value) → « young » or « old », from the publics' targets (`FacetPhrases._ages`)."""
    bands = {name: start for name, start, _ in AGE_BANDS if start >= _OLD_START}
    young = {name for name, _, end in AGE_BANDS if end <= _YOUNG_END}
    out: dict[tuple[str, str], str] = {}
    for public, targets in vocabulary._ages.items():
        age = "old" if public in bands else "young" if public in young else ""
        for field_name, values in targets if age else ():
            out.update({(field_name, v): age for v in values})
    return out


def _age(item: _Found, ages: dict[tuple[str, str], str]) -> str:
    if item.facet is None:
        return ""
    found = {ages.get((name, v), "") for name, values in item.facet.pairs() for v in values}
    return found.pop() if len(found) == 1 else ""


def _tied(first: _Found, second: _Found, ages: dict[tuple[str, str], str], question: Question) -> bool:
    """Two publics, one young and one old, with only function words between them and a word of relation
    before, between or after them, in one clause."""
    if {_age(first, ages), _age(second, ages)} != {"young", "old"}:
        return False
    tokens = question.tokens
    between = range(first.end, second.start)
    if set(range(first.end, second.end)) & question.breaks:
        return False
    if not all(tokens[i].norm in STOPWORDS | _BETWEEN for i in between):
        return False
    before = [t.norm for t in tokens[max(0, first.start - _AROUND - 1) : first.start]]
    after = [t.norm for t in tokens[second.end : second.end + _AROUND + 1]]
    return bool(
        _BEFORE & set(before) or _BETWEEN & {tokens[i].norm for i in between} - {"et"} or _AFTER & set(after)
    )
