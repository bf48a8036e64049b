"""Adverbial locutions: a preposition and a noun that together say how much or how (« à peine », « en gros »),
never a topic the fiches must hold (« aucune fiche ne porte sur « peine » »).

    locutions(scan, question)   # « des gens qui baragouinent à peine le français »: « à peine » is used

A locution's words are marked used (`FacetScan.used`) when they stand in the question in its exact order, as
whole tokens; the same noun elsewhere (« la peine », « le coup de pouce ») stays a search word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ingest.text import normalise

if TYPE_CHECKING:
    from assistant.facets import FacetScan, Question

# Locutions of degree, manner, time and discourse whose noun is no theme (normalised, one a line); « avoir son mot à
# dire » says that people take part, which the question's other words (« habitants », « décisions ») tell.
_LOCUTIONS = tuple(
    tuple(normalise(line).split())
    for line in """
    à peine
    à part
    en fait
    au fait
    du coup
    en gros
    à fond
    au moins
    tout à fait
    de temps en temps
    peu à peu
    en tout cas
    de toute façon
    à la rigueur
    à vrai dire
    à l'heure actuelle
    au fur et à mesure
    tant bien que mal
    plus ou moins
    par hasard
    mot à dire
    """.strip().splitlines()
)


def locutions(scan: FacetScan, question: Question) -> None:
    """Mark the words of each adverbial locution of the question used (see the module docstring)."""
    norms = question.norms
    for i in range(len(norms)):
        for words in _LOCUTIONS:
            end = i + len(words)
            if tuple(norms[i:end]) == words and not scan.used & set(range(i, end)):
                scan.used.update(range(i, end))
