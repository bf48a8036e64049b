"""People framed as what they are name the corpus's value of that state (round 10, `assistant.facet_qualities`):
« le rôle de parent » is Parentalité, « son rôle de citoyen » Citoyenneté; a group of parents is still people."""

from __future__ import annotations

import pytest

from assistant.facets import FacetVocabulary
from ingest.morphology import qualities
from tests.helpers_retrieval import facet_pairs, make_fiche


def _corpus():
    return [
        make_fiche("a", "Café des parents", public=["familles"], mots_cles=["Parentalité"]),
        make_fiche("b", "Conseil de quartier", public=["Adultes"], mots_cles=["Démocratie & citoyenneté"]),
        make_fiche("c", "Sortie familiale", public=["familles"], mots_cles=["Culture"]),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_corpus())


PARENTING = ("mots_cles", ("Parentalité",))
FAMILIES = ("public", ("familles",))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("une action sur le rôle de parent ?", {PARENTING}),
        ("les aider dans leur métier de parents", {PARENTING}),  # plural after a possessive
        ("être maman aujourd'hui, ça s'apprend ?", {PARENTING}),  # through the alias table: maman ~ parents
        ("devenir parent", {PARENTING}),
        ("apprendre son rôle de citoyen", {("mots_cles", ("Démocratie & citoyenneté",))}),
        ("un groupe de parents", {FAMILIES}),  # people gathered: the public
        ("des sorties pour les parents", {FAMILIES}),
    ],
)  # fmt: skip
def test_people_as_what_they_are(vocabulary, question, expected):
    assert facet_pairs(vocabulary, question) == expected


def test_role_noun_joins_the_trigger(vocabulary):
    scan = vocabulary.scan("une action sur le rôle de parent ?")
    assert scan.facets[0].trigger == "rôle de parent"
    assert {t.norm for i, t in enumerate(scan.tokens) if i in scan.used} == {"role", "de", "parent"}


def test_qualities_by_ending():
    assert "parentalite" in qualities("parents")
    assert "citoyennete" in qualities("citoyen")
    assert "jeunesse" in qualities("jeune") and "enfance" in qualities("enfant")
    assert qualities("ami") == []  # too short to build on
