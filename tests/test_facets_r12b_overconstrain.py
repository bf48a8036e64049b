"""Facets that over-constrain (round 12, wave B): two values of a single-valued field (one statut, one centre,
one département per fiche, read from the schema: `assistant.facet_merge.single_valued`) are an OR, never an
AND no fiche can meet; two short words said as a compound the base writes (« pic nic ») read as its words.
Invented corpus; known answers."""

from __future__ import annotations

import pytest

from assistant.facet_merge import single_valued
from assistant.facets import FacetVocabulary
from tests.helpers_retrieval import make_fiche


def _corpus():
    return [
        make_fiche("a", "Cours du soir", mots_cles=["Solidarité"], public=["Adultes"], centre="Centre social Azur",
                   departement="Nord", departement_code="59", region="Hauts-de-France", statut="En cours",
                   resume="Des cours pour parler, lire et écrire, le soir."),
        make_fiche("b", "Club des aînés", mots_cles=["Solidarité"], public=["Seniors"], centre="Centre social Les Tamaris",
                   departement="Gard", departement_code="30", region="Occitanie", statut="Terminée",
                   resume="Des après-midi jeux et goûters pour les personnes âgées."),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_corpus())


def _by_field(vocabulary: FacetVocabulary, text: str) -> dict[str, list[str]]:
    return {f.field: sorted(f.values) for f in vocabulary.scan(text).facets}


def test_single_valued_fields_are_read_from_the_schema() -> None:
    assert [single_valued(n) for n in ("statut", "centre", "departement", "region")] == [True] * 4
    assert [single_valued(n) for n in ("public", "mots_cles", "partenaires")] == [False] * 3


@pytest.mark.parametrize(
    ("text", "field", "values"),
    [
        ("Combien d'actions sont encore en cours et combien sont terminées ?", "statut", ["En cours", "Terminée"]),
        ("Le centre social Azur et le centre social Les Tamaris : qui anime quoi ?", "centre",
         ["Centre social Azur", "Centre social Les Tamaris"]),
    ],
)  # fmt: skip
def test_two_values_of_a_single_valued_field_are_one_or(
    vocabulary: FacetVocabulary, text: str, field: str, values: list[str]
) -> None:
    found = _by_field(vocabulary, text)
    assert found.get(field) == values
    assert len(vocabulary.scan(text).facets) == len(found)  # one facet per field: an OR, not an AND


def test_two_short_words_said_as_a_compound_of_the_base() -> None:
    corpus = [
        make_fiche("p", "Grand pique-nique du parc", mots_cles=["Environnement"], centre="Centre social Azur",
                   resume="Un pique-nique sans déchets au parc, chacun apporte un plat."),
    ]  # fmt: skip
    scan = FacetVocabulary.from_fiches(corpus).scan("un pic nic au parc cet été")
    assert scan.standard.get(2) == ("pique", "nique")
    assert 1 in scan.used


def _people_corpus():
    return [
        make_fiche("c", "Café des parents", public=["familles"], centre="Centre social Azur", departement="Nord",
                   departement_code="59", region="Hauts-de-France", resume="Les parents parlent de leurs enfants."),
        make_fiche("d", "Aide aux devoirs", public=["Enfance"], centre="Centre social Azur", departement="Nord",
                   departement_code="59", region="Hauts-de-France", resume="Les enfants font leurs devoirs."),
        make_fiche("e", "Club des aînés", public=["Seniors"], centre="Centre social Les Tamaris", departement="Gard",
                   departement_code="30", region="Occitanie", resume="Des goûters pour les personnes âgées."),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("des actions qui transmettent les savoirs des anciens aux enfants", ["Enfance", "Seniors"]),
        ("des enfants aux seniors, tout le monde", ["Enfance", "Seniors"]),
    ],
)
def test_people_in_a_relation_are_one_public(text: str, values: list[str]) -> None:
    """The people a thing passes from and to (« des anciens aux enfants ») are one public, any of them, not an
    AND no fiche meets."""
    publics = [
        f for f in FacetVocabulary.from_fiches(_people_corpus()).scan(text).facets if f.field == "public"
    ]
    assert len(publics) == 1
    assert sorted(publics[0].values) == values


def test_an_excluded_value_stays_apart(vocabulary: FacetVocabulary) -> None:
    """« les arrêtées, pas celles en cours »: the excluded value is no alternative (`negated_facets` drops it)."""
    scan = vocabulary.scan("seulement celles qui sont terminées maintenant, pas celles en cours")
    assert sorted(f.values[0] for f in scan.facets if f.field == "statut") == ["En cours", "Terminée"]
    assert len([f for f in scan.facets if f.field == "statut"]) == 2
