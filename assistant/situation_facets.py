"""Facets read in the situation a question tells, not asked as criteria.

    situational(query.facets, scan.tokens, situated)   # « des mamans ont du mal en français, on monte quoi ? »

A request for ideas often starts by telling the asker's situation (« Des mamans du quartier ont du mal à se
débrouiller en français, on pourrait monter quoi ? », « Nos habitants reçoivent des courriers de la CAF… »). The
people or partners named there (public familles, partner Caf) set the scene: the fiches wanted are those about the
situation's topic (French classes, paperwork), not any fiche of that public. A facet is situational when every
word of its trigger lies in the clauses telling the situation (`question_syntax.situation_positions`); a facet
asked as a criterion (« pour les seniors », « en Isère », « avec la Caf comme partenaire ») lies in the request.
"""

from __future__ import annotations

from collections.abc import Collection

from assistant.records import FacetMatch
from ingest.text import Token, normalise


def trigger_positions(facet: FacetMatch, tokens: list[Token], used: Collection[int]) -> set[int]:
    """Positions of the facet's trigger words among the positions the facet scan used."""
    words = set(normalise(facet.trigger).split())
    return {i for i in used if i < len(tokens) and tokens[i].norm in words}


def situational(
    facets: list[FacetMatch], tokens: list[Token], used: Collection[int], situated: Collection[int]
) -> bool:
    """Are there facets, each read only from words of the situation told (`situated` positions)?"""
    if not facets or not situated:
        return False
    for facet in facets:
        found = trigger_positions(facet, tokens, used)
        if not found or not found <= set(situated):
            return False
    return True
