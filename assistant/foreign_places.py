"""Places outside France named in a question (« à Genève ou ailleurs en Suisse », « in Spain »).

    foreign_places(vocabulary, scan, found, question)   # absent places: « aucune fiche » names them

A foreign country or large city (`ingest.countries`) after a preposition of place (« à / au / aux / en / dans /
vers », « in / to / from ») is a place the question asks about. No fiche is located abroad: when no fiche's text
writes the name either, the place is absent, and the answer is « aucune fiche » naming it; a name some fiche
writes (« un séjour en Espagne ») is left to retrieval, which finds that fiche by its words. A name that is also a
French commune of 10,000 inhabitants or more (« Valence ») is the commune (`assistant.towns`); a village homonym
(« Cologne », Gers) is not what a question « à Cologne » means.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.facet_merge import _Found
from ingest import places
from ingest.countries import first_words, foreign_place, longest_name
from ingest.text import word_set

if TYPE_CHECKING:
    from assistant.facets import FacetScan, FacetVocabulary, Question

_CUES = word_set("a au aux en dans vers in to from across")
_ARTICLES = word_set("le la les l the")


def foreign_places(vocab: FacetVocabulary, scan: FacetScan, found: list[_Found], question: Question) -> None:
    """Mark the foreign places after a preposition of place absent when no fiche writes them (see above)."""
    if not (question.words & _CUES and question.words & first_words()):
        return  # the question's set of words tells, without reading it word by word
    norms = question.norms
    i = 1
    while i < len(norms):
        start = i + 1 if norms[i] in _ARTICLES and i + 1 < len(norms) else i
        hit = None if norms[i - 1] not in _CUES or i in scan.used else _place_at(question, start, scan.used)
        if hit is None:
            i += 1
            continue
        end, label = hit
        if not vocab.known_all(" ".join(norms[start:end])):
            scan.used.update(range(i, end))
            if label not in scan.absent:
                scan.absent.append(label)
            found.append(_Found(None, i - 1, end, label))
            found.sort(key=lambda f: f.start)
        i = end


def _place_at(question: Question, start: int, used: set[int]) -> tuple[int, str] | None:
    """(end, name as written) of the longest foreign place name starting at token `start`, or None."""
    norms = question.norms
    for end in range(min(len(norms), start + longest_name()), start, -1):
        if any(j in used or (j > start and j in question.breaks) for j in range(start, end)):
            continue
        name = " ".join(norms[start:end])
        if foreign_place(name) and not _french_town(name):
            first, last = question.spans[start][0], question.spans[end - 1][1]
            return end, question.text[first:last]
    return None


def _french_town(name: str) -> bool:
    try:
        return any(c.population >= places.TOWN for c in places.communes(name))
    except places.PlacesUnavailable:
        return False
