"""Facets read in the situation a question tells, not asked as criteria.

    situational(query.facets, scan.tokens, situated)   # « des mamans ont du mal en français, on monte quoi ? »

A request for ideas often starts by telling the asker's situation (« Des mamans du quartier ont du mal à se
débrouiller en français, on pourrait monter quoi ? », « Nos habitants reçoivent des courriers de la CAF… »). The
people or partners named there (public familles, partner Caf) set the scene: the fiches wanted are those about the
situation's topic (French classes, paperwork), not any fiche of that public. A facet is situational when every
word of its trigger lies in the clauses telling the situation (`question_syntax.situation_positions`); a facet
asked as a criterion (« pour les seniors », « en Isère », « avec la Caf comme partenaire ») lies in the request.
A facet the situation tells as a lack (« nos familles partent jamais en vacances », « ils n'ont pas de jardin »:
a word of lack, then only function words before the trigger) is what the asker wants, not the scene: the facets
are then not situational.
"""

from __future__ import annotations

from collections.abc import Collection

from assistant.records import FacetMatch
from ingest.text import STOPWORDS, Token, normalise, word_set

# Words telling that the people of the situation lack something (« jamais », « pas de », « personne pour »)
_LACK = word_set("jamais pas personne rien aucun aucune sans manque manquent manquer")


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
        if not found or not found <= set(situated) or told_lacking(tokens, min(found)):
            return False
    return True


def told_lacking(tokens: list[Token], start: int) -> bool:
    """Is the word at `start` told as lacking: a word of lack before it, only function words between
    (« partent jamais en vacances », « n'ont pas de jardin »; not « ne lisent pas les courriers de la Caf »)?"""
    i = start - 1
    while i >= 0 and tokens[i].norm in STOPWORDS and tokens[i].norm not in _LACK:
        i -= 1
    return i >= 0 and tokens[i].norm in _LACK
