"""How the facets found in a question combine into the scan's facets: one facet per field and value, ORs.

    found = [...]                       # `_Found` items tagged by `FacetVocabulary.scan`, in question order
    _named_fields(found, question)      # « ont pour public les familles »: the field the question names
    found = _enumerated_topics(scan, found, question)   # « (logement, écrivain public, hors les murs) »
    scan.facets = _merge([f for f in found if f.facet is not None], question)

- a value named again is kept once; « A ou B » of one field is one facet with both values, and a fiche has one
  value of a single-valued field (one place, one centre, one statut: `single_valued`, read from the schema), so
  two values of such a field are an OR (« les actions en cours et les terminées »);
- people joined by « et » / « ou » (« les parents et les enfants ») are one public, any of them, unless « entre »
  or a verb bringing people together comes before (« réunir jeunes et anciens »); people and their own people
  (« les parents avec leurs enfants », « les mamans et leurs bébés ») and people
  a thing passes from and to (« des anciens aux enfants ») are one public too, whatever comes before;
- a place no fiche has, offered as an alternative to a place some fiches have, is not a reason for « aucune
  fiche » (`_places_or`); an enumeration in brackets names topics of an OR, not filters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from assistant.facet_cues import field_named
from assistant.field_criteria import negated_facets
from assistant.records import FacetMatch
from ingest import fields
from ingest.lemmas import lemma
from ingest.models import Fiche
from ingest.text import STOPWORDS, word_set

if TYPE_CHECKING:
    from assistant.facets import FacetScan, Question

_PLACE_FIELDS = {"departement", "region"}


@cache
def single_valued(name: str) -> bool:
    """A facet whose every source field of `Fiche` holds one value (a `str`, not a list): a fiche has one
    statut, one centre, one département, so two of its values can never both hold — they are an OR."""
    sources = [Fiche.model_fields.get(source) for source in fields.facet_sources(name)]
    return all(f is not None and f.annotation is str for f in sources)


@dataclass
class _Found:
    """A facet, or a place no fiche has (`facet` None, `label`), and the token span of its trigger."""

    facet: FacetMatch | None
    start: int
    end: int
    label: str = ""
    people: bool = False  # names people (a public, « parents », « enfants »)


def _merge(found: list[_Found], question: Question) -> list[FacetMatch]:
    """One FacetMatch per field and value; 'A ou B' of one field becomes one facet with both values."""
    merged: list[_Found] = []
    for item in found:
        facet = item.facet
        again = next(
            (m for m in merged if m.facet.field == facet.field and set(facet.values) <= set(m.facet.values)),
            None,
        )
        if again is not None:  # a value named again: kept once; « A ou B » of one value: both its triggers
            if item.start - again.end <= _OR_GAP and _joined_by_or(again, item, question):
                again.facet.trigger = f"{again.facet.trigger} ou {facet.trigger}"
                again.end = item.end
            continue
        people = next((m for m in reversed(merged) if m.people), None) if item.people else None
        if people is not None and _joined_people(people, item, question):
            _or_into(people, item)  # « pour les parents et les enfants »: who an action is for, any of them
            continue
        same = next((m for m in reversed(merged) if m.facet.field == facet.field), None)
        # a fiche has one value of a single-valued field: two of them are an OR (« l'isérois et le réunionnais »)
        # (unless one of them is excluded: « les arrêtées, pas celles en cours »)
        one_of = same is not None and single_valued(facet.field)
        if one_of and facet.field not in _PLACE_FIELDS and negated_facets(question.text, [same.facet, facet]):
            one_of = False
        if same is not None and (one_of or _joined_by_or(same, item, question)):
            same.facet.values = same.facet.values + [v for v in facet.values if v not in same.facet.values]
            same.facet.trigger = f"{same.facet.trigger} ou {facet.trigger}"
            same.end = item.end
            continue
        merged.append(item)
    return [m.facet for m in merged]


_OR_GAP = 8  # words between A and B in « A ou B »: a repeated value farther away is only named again
# Between two people joined as one public: « et », « ou » and their function words (« et les », « ou pour les »).
_PEOPLE_LINKS = word_set("et ou and or les des aux a pour leurs leur nos vos ses the")


def _joined_people(first: _Found, second: _Found, question: Question) -> bool:
    """« les parents et les enfants », « jeunes ou adultes »: people named one after the other, joined by « et »
    or « ou », are who an action is for, any of them — a fiche for families is for parents and children; unless
    « et » joins them after « entre » or a verb bringing people together (« réunir jeunes et anciens »)."""
    between = [t.norm for t in question.tokens[first.end : second.start]]
    if not between or any(i in question.breaks for i in range(first.end, second.start + 1)):
        return False
    if _possessive_relation(between) or _passed_on(first, between, question):
        return True
    if len(between) > 3:
        return False
    if between[0] not in ("et", "ou", "and", "or") or not all(w in _PEOPLE_LINKS for w in between):
        return False
    before = question.tokens[max(0, first.start - _TOGETHER_SPAN) : first.start]
    return between[0] != "et" or not any(t.norm == "entre" or lemma(t.norm) in _TOGETHER for t in before)


# « les parents avec leurs enfants », « des ados accompagnés de leurs parents »: a link, then a possessive.
_POSSESSIVES = word_set("leur leurs ses son sa their his her")
_RELATION_LINKS = word_set("avec et with and")


def _possessive_relation(between: list[str]) -> bool:
    """« les parents avec leurs enfants », « les mamans et leurs bébés », « des ados accompagnés de leurs
    parents », « les mères seules avec leurs petits-enfants »: the second people belong to the first (a
    possessive), so the two name one public — a family, parent and child —, not two publics a fiche must both
    have; even after a verb bringing people together."""
    at = next((i for i, w in enumerate(between) if w in _POSSESSIVES), -1)
    if at < 1 or len(between) - at > 2:  # one word may follow the possessive: « leurs petits-enfants »
        return False
    link = between[:at]
    if link[-1] in _RELATION_LINKS:  # one word may qualify the first: « les mères seules avec leurs enfants »
        return len(link) <= 2
    return len(link) == 2 and link[0].startswith("accompagn") and link[1] in ("de", "par", "by")


def _passed_on(first: _Found, between: list[str], question: Question) -> bool:
    """« transmettre les savoirs des anciens aux enfants », « de la petite enfance aux seniors »: « de A à B »
    names who a thing goes from and to — either of them, not both in one public."""
    at = first.start - 1
    while at >= 0 and question.hyphenated[at]:  # « des grands-mères aux familles »: before the compound
        at -= 1
    if at > 0 and question.tokens[at].norm in (
        "la",
        "le",
        "l",
        "les",
    ):  # « de la petite enfance aux seniors »
        at -= 1
    before = question.tokens[at].norm if at >= 0 else ""
    return between in (["a"], ["aux"], ["au"], ["a", "la"], ["a", "l"]) and before in ("de", "des", "du", "d")


# Verbs (lemmas) that bring people together: « faire se rencontrer enfants et anciens », « entre jeunes et
# anciens » want both at once, not either.
_TOGETHER = word_set("rencontrer reunir rassembler melanger rapprocher croiser lier relier mixer associer")
_TOGETHER_SPAN = 3  # words between such a verb and the first people named (« réunir les jeunes et … »)


def _or_into(first: _Found, second: _Found) -> None:
    """Merge the values of `second` (its field and its other fields) into `first`, one facet: an OR."""
    facet = first.facet
    for name, values in second.facet.pairs():
        if name == facet.field:
            facet.values = facet.values + [v for v in values if v not in facet.values]
        else:
            kept = facet.also.setdefault(name, [])
            kept.extend(v for v in values if v not in kept)
    facet.trigger = f"{facet.trigger} et {second.facet.trigger}"
    first.end = second.end


def _joined_by_or(first: _Found, second: _Found, question: Question) -> bool:
    """« A ou B », « A ou en B »: up to three words between A and « ou », only function words after it."""
    if second.start - first.end > _OR_GAP:  # never read the whole text between two far mentions
        return False
    between = [t.norm for t in question.tokens[first.end : second.start]]
    ors = [i for i, word in enumerate(between) if word in ("ou", "or")]
    return bool(ors) and ors[-1] <= 3 and all(word in STOPWORDS for word in between[ors[-1] + 1 :])


def _places_or(scan: FacetScan, found: list[_Found], question: Question) -> None:
    """« en Savoie ou dans le Nord »: a place no fiche has, offered as an alternative to a place some
    fiches have, is not a reason for « aucune fiche »."""
    for i, item in enumerate(found):
        if item.facet is not None or item.label not in scan.absent:
            continue
        pairs = [(found[i - 1], item, found[i - 1])] if i > 0 else []
        pairs += [(item, found[i + 1], found[i + 1])] if i + 1 < len(found) else []
        if any(_is_place(other) and _joined_by_or(a, b, question) for a, b, other in pairs):
            scan.absent.remove(item.label)


def _is_place(item: _Found) -> bool:
    return item.facet is not None and item.facet.field in ("departement", "region", "centre")


_FIELD_NEAR = 4  # words between a trigger and its field's name (« ont pour public les familles »)


def _named_fields(found: list[_Found], question: Question) -> None:
    """A phrase naming values of several fields (« familles »: public and mots-clés) names one of them when the
    question names that field next to it (« ont pour public les familles », « le mot-clé famille »)."""
    for item in found:
        facet = item.facet
        if facet is None or not facet.also:
            continue
        if not any(field_named(question.joined, name) for name in (facet.field, *facet.also)):
            continue  # the question names none of its fields (read once, not word by word)
        near = question.tokens[max(0, item.start - _FIELD_NEAR) : item.end + _FIELD_NEAR]
        text = " ".join(t.norm for t in near)
        named = [name for name in (facet.field, *facet.also) if field_named(text, name)]
        if len(named) != 1:
            continue
        if named[0] != facet.field:
            facet.field, facet.values = named[0], facet.also[named[0]]
        facet.also = {}


_ENUMERATION = re.compile(r"\(([^()]*,[^()]*)\)")


def _enumerated_topics(scan: FacetScan, found: list[_Found], question: Question) -> list[_Found]:
    """An enumeration in brackets (« les permanences (logement, écrivain public, hors les murs) ») names several
    topics, any of which fits: a facet value among items that name no value is one topic of the OR, not a
    filter every fiche must meet. Its words stay search words."""
    kept = list(found)
    for match in _ENUMERATION.finditer(question.text):
        inside = [i for i, (a, b) in enumerate(question.spans) if match.start(1) <= a and b <= match.end(1)]
        items = _items(question, inside, match)
        tagged = [f for f in found if f.facet is not None and f.start in inside]
        if tagged and any(not (scan.used & set(item)) for item in items):
            kept = [f for f in kept if f not in tagged]
            for f in tagged:
                scan.used.difference_update(range(f.start, f.end))
        elif len({f.facet.field for f in tagged}) == 1 and len(tagged) > 1:
            first = tagged[0].facet
            for f in tagged[1:]:
                first.values = first.values + [v for v in f.facet.values if v not in first.values]
                first.trigger = f"{first.trigger} ou {f.facet.trigger}"
            kept = [f for f in kept if f not in tagged[1:]]
    return kept


def _items(question: Question, inside: list[int], match: re.Match) -> list[list[int]]:
    """Token positions of each comma-separated item of a bracketed enumeration (« etc. » is no item)."""
    items: list[list[int]] = []
    for i in inside:
        if not items or question.text.find(",", question.spans[i - 1][1], question.spans[i][0]) >= 0:
            items.append([])
        items[-1].append(i)
    return [item for item in items if [question.tokens[i].norm for i in item] != ["etc"]]
