"""Common words that only look like a facet value: the grammar of the question says which reading it is.

    found = common_words(scan, found, question)   # « des réunions » is no place, « les jeunes arrêtés » no statut

- A place name does not inflect: a lowercase word bearing a plural ending the place's own name lacks (« des
  réunions » for La Réunion), or a lowercase name after a determiner the place never takes (« une réunion »,
  « nos réunions »: La Réunion takes « la »), is the common noun. Demonyms and aliases (« le réunionnais »,
  « projets bretons ») are not the name itself and are left.
- A participle of ending (« arrêté », « stoppés ») says a statut only of actions. After people (« des jeunes
  arrêtés par la police ») it says something of the people; followed by « de » and a verb (« ont arrêté de
  travailler ») it is the verb « arrêter de », which asks nothing of the action's statut.
A dropped facet's words stay search words (they leave `FacetScan.used`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.facet_aspect import ACTION_HEADS
from assistant.facet_merge import _Found
from ingest.text import normalise, plural_key, word_set

if TYPE_CHECKING:
    from assistant.facets import FacetScan, Question

_PLACE_FIELDS = frozenset({"departement", "region", "centre"})
# Determiners a common noun takes and a place name does not (« une réunion », « nos réunions »).
_COMMON_DETERMINERS = word_set(
    "une un des les nos vos ses mes tes leurs leur cette ce ces chaque quelques plusieurs"
)
_SMALL = _COMMON_DETERMINERS | word_set(
    "a au aux en dans la le l de du d sur vers pour"
)  # around a place name


def common_words(scan: FacetScan, found: list[_Found], question: Question) -> list[_Found]:
    """`found` without the facets whose words the grammar reads as common words (see the module docstring)."""
    people_ends = {f.end for f in found if _people(f, question)}
    return released(
        scan,
        found,
        lambda item: _common_place(item, question) or _people_participle(item, question, people_ends),
    )


def released(scan: FacetScan, found: list[_Found], drop) -> list[_Found]:
    """`found` without the items `drop` picks, their words left out of `scan.used` and a place no fiche has they
    named out of `scan.absent` (« des réunions » where no fiche is there): words of the question again."""
    out: list[_Found] = []
    for item in found:
        if drop(item):
            scan.used.difference_update(range(item.start, item.end))
            if item.facet is None and item.label in scan.absent:
                scan.absent.remove(item.label)
            continue
        out.append(item)
    return out


def _common_place(item: _Found, question: Question) -> bool:
    """A one-word, lowercase place trigger inflected for the plural, or after a determiner of common nouns."""
    facet = item.facet
    if facet is None and not item.label or facet is not None and facet.field not in _PLACE_FIELDS:
        return False
    words = [i for i in range(item.start, item.end) if question.norms[i] not in _SMALL]
    if len(words) != 1:
        return False
    start, end = question.spans[words[0]]
    if not question.text[start:end].islower():  # the question's own text: its tokens are not read again
        return False
    norm = question.norms[words[0]]
    key = plural_key(norm)
    names = " ".join(normalise(v) for v in (facet.values if facet is not None else [item.label])).split()
    if key not in names:
        return False  # not the name itself: a demonym or an alias (« le réunionnais », « projets bretons »)
    if norm != key and norm not in names:
        return True
    before = question.norms[words[0] - 1] if words[0] > 0 else ""
    return before in _COMMON_DETERMINERS and words[0] not in question.breaks


def _people(item: _Found, question: Question) -> bool:
    """People named as such (« les jeunes »), not as the public of an action noun before them (« actions
    jeunesse », « projets familles »: the participle after them is then the action's)."""
    if not (item.people or (item.facet is not None and item.facet.field == "public")):
        return False
    return item.start == 0 or plural_key(question.norms[item.start - 1]) not in ACTION_HEADS


def _people_participle(item: _Found, question: Question, people_ends: set[int]) -> bool:
    """A one-word statut right after people (« les jeunes arrêtés »; not « les jeunes qui sont arrêtés », where
    the relative may be the actions') or followed by « de » and a word (« arrêté de travailler »)."""
    facet = item.facet
    if facet is None or facet.field != "statut" or item.end - item.start != 1:
        return False
    if item.start in people_ends:
        return item.start not in question.breaks
    after = question.norms[item.end : item.end + 2]
    return len(after) == 2 and after[0] in ("de", "d") and item.end not in question.breaks
