"""People and their own people name one public (round 11, `assistant.facet_merge`): « les parents avec leurs
enfants » is a family, any of its members, not two publics a fiche must both have; and groups of départements
with one name (`ingest.geo.PLACE_GROUPS`: « aux Antilles », « dans l'océan Indien ») are an OR of their places."""

from __future__ import annotations

import pytest

from assistant.facets import FacetVocabulary
from ingest.geo import PLACE_GROUPS, group_aliases
from tests.helpers_retrieval import facet_pairs, make_fiche


def _corpus():
    return [
        make_fiche("a", "Café des parents", public=["familles"], mots_cles=["Parentalité"]),
        make_fiche("b", "Club ados", public=["Jeunesse"], mots_cles=["Culture"]),
        make_fiche("c", "Crèche", public=["Enfance"], mots_cles=["Culture"]),
        make_fiche("d", "Jardin créole", departement="Guadeloupe", departement_code="971", region="Guadeloupe"),
        make_fiche("e", "Marché", departement="Martinique", departement_code="972", region="Martinique"),
        make_fiche("f", "Cuisine lontan", departement="La Réunion", departement_code="974", region="La Réunion"),
        make_fiche("g", "Vélo", departement="Moselle", departement_code="57", region="Grand Est"),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_corpus())


def _publics(vocabulary, question):
    """The facets of people, as one set of values per facet (its own field's and its `also` fields')."""
    out = []
    for facet in vocabulary.match(question):
        if facet.field in ("public", "mots_cles"):
            out.append({v for _name, values in facet.pairs() for v in values})
    return out


@pytest.mark.parametrize(
    "question",
    [
        "une action pour les parents avec leurs enfants ?",
        "des ateliers pour les mamans et leurs enfants",
        "quelque chose pour des ados accompagnés de leurs parents",
        "something for parents with their children",
        "réunir les parents et leurs enfants",  # a verb bringing people together: still their own children
        "un atelier pour les grands-parents avec leurs petits-enfants",  # a word after the possessive
        "une aide pour les mères seules avec leurs enfants",  # a word qualifying the first people
    ],
)
def test_people_and_their_own_people_are_one_public(vocabulary, question):
    publics = _publics(vocabulary, question)
    assert len(publics) == 1, publics


def test_a_possessive_is_needed(vocabulary):
    # « réunir les jeunes et les enfants »: both at once, two facets (the rule of round 8 is kept)
    assert len(_publics(vocabulary, "réunir les jeunes et les enfants")) == 2


DEPS = "departement"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("des actions aux Antilles ?", {(DEPS, ("Guadeloupe", "Martinique"))}),
        ("un centre antillais ?", {(DEPS, ("Guadeloupe", "Martinique"))}),
        ("des projets dans l'océan Indien", {(DEPS, ("La Réunion",))}),  # Mayotte: no fiche
        ("en Alsace-Moselle", {(DEPS, ("Moselle",))}),
    ],
)
def test_place_groups(vocabulary, question, expected):
    assert {(f, tuple(sorted(v))) for f, v in facet_pairs(vocabulary, question)} == expected


def test_group_with_no_fiche_is_absent_under_its_name(vocabulary):
    scan = vocabulary.scan("des projets dans les pays de Savoie ?")
    assert not scan.facets
    assert "pays de Savoie" in scan.absent


def test_group_aliases_name_known_departements():
    aliases = {a.words: a for a in group_aliases()}
    assert aliases[("antilles",)].names == ("Guadeloupe", "Martinique")
    assert aliases[("antillaises",)].label == "Antilles"
    assert aliases[("ocean", "indien")].names == ("La Réunion", "Mayotte")
    assert ("drom",) not in aliases  # named as régions by `assistant.facet_words`
    assert len(aliases) == sum(1 for a in group_aliases())  # one group per form
    assert all(codes for codes, _ in PLACE_GROUPS.values())
