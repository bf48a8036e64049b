"""People and the age they are name one public (round 10, `assistant.facet_ages`): « des gamins de 17-18 ans » are
young people, never children AND young people."""

from __future__ import annotations

import pytest

from assistant.facets import FacetVocabulary
from tests.helpers_retrieval import facet_pairs, make_fiche


def _corpus():
    return [
        make_fiche("a", "Crèche parentale", public=["Petite enfance", "familles"], mots_cles=["Parentalité"]),
        make_fiche("b", "Aide aux devoirs", public=["Enfance"], mots_cles=["Culture"]),
        make_fiche("c", "Chantier éducatif", public=["Jeunesse"], mots_cles=["Emploi, économie"]),
        make_fiche("d", "Club des aînés", public=["Seniors", "Femmes"], mots_cles=["Solidarité"]),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_corpus())


YOUTH = ("public", ("Jeunesse",))
CHILDHOOD = ("public", ("Enfance",))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("des gamins de 17-18 ans qui tiennent les murs", {YOUTH}),  # a range after people: its public only
        ("les petits de 8 à 10 ans", {CHILDHOOD}),
        ("des enfants qui ont entre 12 et 15 ans", {YOUTH}),
        ("des enfants âgés de 2 à 4 ans", {("public", ("Petite enfance",))}),
        ("nos ados de 14 ans", {YOUTH}),  # one age after people
        ("des gamins de 17 ou 18 ans", {YOUTH}),  # « ou » between two ages: a range
        ("des gosses de 16 ans", {YOUTH}),
        ("des enfants de 10 à 14 ans", {("public", ("Enfance", "Jeunesse"))}),  # across two bands: either
        ("des enfants de 8 ans", {CHILDHOOD}),  # the age says the noun's public again
    ],
)  # fmt: skip
def test_age_of_people_names_their_public(vocabulary, question, expected):
    assert set(facet_pairs(vocabulary, question)) == expected


def test_age_alone_or_of_other_people_adds_no_and(vocabulary):
    assert set(facet_pairs(vocabulary, "un projet de 3 ans pour les enfants")) == {CHILDHOOD}  # a duration
    assert set(facet_pairs(vocabulary, "des enfants, et des 15-17 ans")) == {CHILDHOOD, YOUTH}  # two asked
    # people of no age keep their public: one age is no facet alone, a range adds its public
    assert set(facet_pairs(vocabulary, "des femmes de 70 ans")) == {("public", ("Femmes",))}
    older = set(facet_pairs(vocabulary, "des femmes de plus de 70 ans"))
    assert older == {("public", ("Femmes",)), ("public", ("Seniors",))}


def test_a_public_restated_is_one_facet_over_both(vocabulary):
    """« nos aînés, les personnes du troisième âge »: one facet whose trigger holds both namings (`restated`), so
    that no word of it (« âge ») is read as a detail asked; « A ou B » and places keep their own triggers."""
    (facet,) = vocabulary.match("Qu'est-ce qui se fait pour nos aînés, les personnes du troisième âge ?")
    assert facet.values == ["Seniors"] and facet.trigger == "aînés les personnes du troisième âge"
    (facet,) = vocabulary.match("pour les seniors ou les personnes âgées")
    assert facet.trigger == "seniors ou personnes âgées"
    apart = vocabulary.match("pour les seniors. Et des idées de sorties pour les personnes âgées")
    assert [f.trigger for f in apart] == ["seniors"]  # too far apart: named again, not restated


def test_restated_public_lists_its_fiches():
    """End to end: the restated public asks no age of one fiche (routing reads the question beside the trigger)."""
    from tests.helpers_retrieval import cited_titles, memory_assistant

    corpus = [
        make_fiche(
            str(n), title, centre=f"CENTRE {n}", departement="Gironde", public=["Seniors"],
            resume=f"{title} pour les personnes de plus de 60 ans." if n == 1 else f"{title} chaque semaine.",
        )
        for n, title in enumerate(["Ateliers mémoire", "Visites aux aînés", "Navette du marché"], 1)
    ]  # fmt: skip
    assistant = memory_assistant(corpus)
    answer = assistant.ask("Qu'est-ce qui se fait pour nos retraités, les personnes du troisième âge ?")
    assert len(cited_titles(answer)) == 3
