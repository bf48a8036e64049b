"""Round 15 (`assistant.facet_roles`): a body noun with its field offered beside a partner says that partner
again (« un office HLM ou un organisme de logement social »: no Logement filter, no « aucune fiche ne porte sur
« organisme » »)."""

from __future__ import annotations

import pytest

from assistant.facets import FacetVocabulary
from tests.helpers_retrieval import facet_pairs, make_fiche


def _corpus():
    return [
        make_fiche("a", "Café des parents", public=["familles"], mots_cles=["Parentalité"]),
        make_fiche("b", "Club ados", public=["Jeunesse"], mots_cles=["Culture"]),
        make_fiche("c", "Crèche", public=["Enfance"], mots_cles=["Culture"]),
        make_fiche("d", "Permanence logement", mots_cles=["Logement"], partenaires=["Bailleur social"]),
        make_fiche("e", "Bilans de santé", mots_cles=["Santé"], partenaires=["ARS", "Caf"]),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_corpus())


BAILLEUR = {("partenaires", ("Bailleur social",))}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("des actions montées avec un office HLM ou un organisme de logement social ?", BAILLEUR),
        ("un bailleur ou bien une structure du logement, comme partenaire ?", BAILLEUR),
        ("des actions avec l'ARS ou une structure de santé ?", {("partenaires", ("ARS",))}),
        # no partner beside it: the field stays the topic
        ("des projets avec un organisme de santé", {("mots_cles", ("Santé",))}),
        # a topic of its own beside a partner, no body noun
        ("des actions avec la Caf et la santé", {("partenaires", ("Caf",)), ("mots_cles", ("Santé",))}),
    ],
)
def test_body_noun_beside_a_partner(vocabulary, question, expected):
    assert facet_pairs(vocabulary, question) == expected


def test_body_noun_words_are_used(vocabulary):
    scan = vocabulary.scan("avec un office HLM ou un organisme de logement social ?")
    assert {scan.tokens[i].norm for i in scan.used} >= {"organisme", "de", "logement"}
