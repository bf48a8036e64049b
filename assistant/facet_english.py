"""In English, a topic word before the noun it qualifies is a modifier of a compound, not a filter.

    found = english_modifiers(scan, found, question)   # « the solidarity driving licence scheme »

English puts the qualifying noun first: « the solidarity driving licence scheme » names a driving licence scheme
(its French title may say « solidaire »), « the health cooking workshop » a cooking workshop. The modifier tells
the search which fiche, it does not ask for every fiche filed under the topic: a mots-clé or dimension read from
one word directly followed, in the same clause, by a content word of the question (no function word, no generic
head such as « projects », « actions », which the topic then qualifies: « solidarity projects ») is dropped as a
facet; its word stays a search word (its position leaves `FacetScan.used`). French questions are left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.facet_merge import _Found
from ingest.text import STOPWORDS, word_set

if TYPE_CHECKING:
    from assistant.facets import FacetScan, Question

_TOPIC_FIELDS = frozenset({"mots_cles", "dimension"})
# Heads the topic qualifies as a filter (« solidarity projects », « health actions in the Nord »).
_GENERIC_HEADS = word_set(
    "project projects action actions initiative initiatives activity activities scheme schemes programme "
    "programmes program programs work works thing things ones one field fields topic topics theme themes sheet "
    "sheets fiche fiches centre centres center centers"
)
_ENGLISH_WORDS = word_set(
    "the a an and or of with for which what how who is are was were to in on at by any that this there did does "
    "do have has had be been about from as their its our your his her they it than"
)


def english_modifiers(scan: FacetScan, found: list[_Found], question: Question) -> list[_Found]:
    """`found` without the topics said as modifiers of an English compound (see the module docstring)."""
    if not question.english:
        return found
    starts = {f.start for f in found}
    out: list[_Found] = []
    for item in found:
        if _modifier(item, question, starts):
            scan.used.difference_update(range(item.start, item.end))
            continue
        out.append(item)
    return out


def _modifier(item: _Found, question: Question, starts: set[int]) -> bool:
    """A one-word topic facet right before a content word of the same clause that begins no other facet."""
    facet = item.facet
    if facet is None or facet.field not in _TOPIC_FIELDS or item.end - item.start != 1 or facet.also:
        return False
    nxt = item.end
    if nxt >= len(question.norms) or nxt in question.breaks or nxt in starts:
        return False
    word = question.norms[nxt]
    return not (word in _ENGLISH_WORDS or word in STOPWORDS or word in _GENERIC_HEADS or word.isdigit())
