"""Partners named by a part of their full name (round 10, `assistant.facet_partials`): the head word first,
the other words in order, adjectives skipped inside, the end left out; truncations and familiar words; a part
of two partners' names names neither. Invented corpus; known answers."""

from __future__ import annotations

import pytest

from assistant.facets import FacetVocabulary
from tests.helpers_retrieval import make_fiche


def _corpus():
    return [
        make_fiche("a", "Cuisine équilibrée", mots_cles=["Santé"], public=["Adultes"], partenaires=["ARS", "Caf"],
                   description="Des repas simples cuisinés ensemble."),
        make_fiche("b", "Café des parents", mots_cles=["Parentalité"], public=["familles"],
                   partenaires=["PMI", "DDCS"], description="Les parents se retrouvent le mercredi."),
        make_fiche("c", "Épicerie solidaire", mots_cles=["Solidarité"], public=["Adultes"],
                   partenaires=["CCAS", "Bailleur social"], description="Des produits à petit prix."),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_corpus())


def _scan(vocabulary: FacetVocabulary, text: str) -> tuple[list[tuple[str, str]], list[str]]:
    scan = vocabulary.scan(text)
    return [(f.field, v) for f in scan.facets for v in f.values], scan.absent


@pytest.mark.parametrize(
    ("text", "partner"),
    [("des actions avec la caisse d'allocations ?", "Caf"),
     ("montées avec la caisse des allocations", "Caf"),
     ("avec la caisse d'allocs", "Caf"),
     ("qui travaille avec l'agence de santé ?", "ARS"),
     ("l'agence régionale a financé quoi ?", "ARS"),
     ("des actions avec la protection maternelle", "PMI"),
     ("la direction de la cohésion sociale soutient quoi ?", "DDCS"),
     ("le centre communal est partenaire de quoi ?", "CCAS"),
     ("l'office de l'habitat est partenaire ?", "Bailleur social")],
)  # fmt: skip
def test_a_part_of_a_name_names_the_partner(vocabulary: FacetVocabulary, text: str, partner: str) -> None:
    facets, absent = _scan(vocabulary, text)
    assert facets == [("partenaires", partner)]
    assert absent == []


def test_the_partner_replaces_the_topic_its_words_named(vocabulary: FacetVocabulary) -> None:
    assert _scan(vocabulary, "avec l'agence de santé") == ([("partenaires", "ARS")], [])


@pytest.mark.parametrize(
    ("text", "absent"),
    [("la caisse d'assurance maladie finance quoi ?", "CPAM"),
     ("des actions avec la mutualité sociale ?", "MSA"),
     ("avec l'agence de rénovation urbaine", "ANRU")],
)  # fmt: skip
def test_a_part_of_an_absent_partner_is_absent(vocabulary: FacetVocabulary, text: str, absent: str) -> None:
    facets, found = _scan(vocabulary, text)
    assert absent in found
    assert not [f for f in facets if f[0] == "partenaires"]


@pytest.mark.parametrize(
    "text",
    [
        "le centre social du quartier",
        "le centre d'action sociale",
        "la caisse du magasin",
        "une agence de voyage",
    ],
)
def test_no_partner_without_two_words_of_one_name(vocabulary: FacetVocabulary, text: str) -> None:
    facets, absent = _scan(vocabulary, text)
    assert not [f for f in facets if f[0] == "partenaires"]
    assert not {"CCAS", "CIAS", "Caf", "CPAM", "ARS", "ANRU"} & set(absent)


@pytest.mark.parametrize(
    ("text", "used"),
    [("qui travaille avec l'ARS ?", ["travaille", "avec"]),
     ("une action montée avec la Caf ?", ["montée", "avec"]),
     ("des actions menées avec la caisse d'allocations", ["menées", "avec"])],
)  # fmt: skip
def test_the_verb_of_working_with_a_partner_is_no_topic(
    vocabulary: FacetVocabulary, text: str, used: list[str]
) -> None:
    scan = vocabulary.scan(text)
    assert [t.text for i, t in enumerate(scan.tokens) if i in scan.used and t.text in used] == used


def test_a_verb_far_from_the_partner_stays_a_topic(vocabulary: FacetVocabulary) -> None:
    scan = vocabulary.scan("on travaille le jardin, avec la Caf ?")
    assert not any(t.text == "travaille" for i, t in enumerate(scan.tokens) if i in scan.used)
