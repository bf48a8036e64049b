"""Round 11 wave B facets, on invented corpora: publics made to meet (`facet_relations`), a stage of school said
through a clause (`facet_glosses._stage_start`), English modifiers (`facet_english`), common words that look
like a place or a statut (`facet_common`), lists of places without a preposition each (`facet_cues._listed`)."""

from __future__ import annotations

import pytest

from assistant.facets import FacetVocabulary
from tests.helpers_retrieval import make_fiche

INTERGEN = ("mots_cles", ("Intergénérationnel",))


def _corpus(intergenerational: bool = True):
    topic = ["Intergénérationnel"] if intergenerational else ["Culture"]
    return [
        make_fiche("a", "Goûter partagé", public=["Seniors"], mots_cles=topic),
        make_fiche("b", "Club ados", public=["Jeunesse"], mots_cles=["Sport"]),
        make_fiche("c", "Halte-garderie", public=["Petite enfance"], mots_cles=["Parentalité"]),
        make_fiche("d", "Aide aux devoirs", public=["Enfance"], mots_cles=["Solidarité"]),
        make_fiche("e", "Cuisine", departement="La Réunion", departement_code="974", region="La Réunion"),
        make_fiche("f", "Vélo", departement="Morbihan", departement_code="56", region="Bretagne"),
        make_fiche("g", "Marché", departement="Gers", departement_code="32", region="Occitanie", statut="Terminée"),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_corpus())


def _pairs(vocabulary, question):
    return [(f.field, tuple(f.values)) for f in vocabulary.match(question)]


@pytest.mark.parametrize(
    "question",
    [
        "des actions qui font se rencontrer jeunes et vieux ?",
        "réunir les ados et les seniors",
        "un lieu où enfants et anciens se retrouvent",
        "une initiative pour rapprocher jeunes et personnes âgées",
        "faire se croiser les enfants et les retraités",
    ],
)
def test_publics_made_to_meet_are_the_intergenerational_topic(vocabulary, question):
    assert _pairs(vocabulary, question) == [INTERGEN]
    assert vocabulary.scan(question).absent == []


def test_publics_not_made_to_meet_stay_publics(vocabulary):
    assert _pairs(vocabulary, "pour les jeunes et pour les seniors") == [("public", ("Jeunesse", "Seniors"))]
    # two young publics: no generations to bring together (the rule of round 8 is kept)
    assert len(_pairs(vocabulary, "réunir les jeunes et les enfants")) == 2
    # a break between the verb and the pair
    assert INTERGEN not in _pairs(vocabulary, "on veut réunir, pour les jeunes et les seniors")


def test_without_the_topic_the_meeting_is_an_or():
    vocabulary = FacetVocabulary.from_fiches(_corpus(intergenerational=False))
    assert _pairs(vocabulary, "réunir les ados et les seniors") == [("public", ("Jeunesse", "Seniors"))]


@pytest.mark.parametrize(
    "question",
    [
        "pour les tout-petits pas encore à la maternelle",
        "les petits qui ne vont pas encore à l'école",
    ],
)
def test_a_stage_after_a_clause_says_the_age(vocabulary, question):
    scan = vocabulary.scan(question)
    assert [(f.field, f.values) for f in scan.facets] == [("public", ["Petite enfance"])]
    used = {t.norm for i, t in enumerate(scan.tokens) if i in scan.used}
    assert {"maternelle", "ecole"} & used


def test_a_clause_without_a_stage_is_left(vocabulary):
    scan = vocabulary.scan("les enfants pas contents")
    assert "contents" not in {t.norm for i, t in enumerate(scan.tokens) if i in scan.used}


def test_english_modifier_is_a_search_word(vocabulary):
    scan = vocabulary.scan("What did the solidarity homework scheme achieve?")
    assert [f.field for f in scan.facets] == []
    assert "solidarity" not in {t.norm for i, t in enumerate(scan.tokens) if i in scan.used}
    # before a generic head, or at the end, the topic is a filter
    assert _pairs(vocabulary, "which solidarity projects are there?") == [("mots_cles", ("Solidarité",))]
    assert _pairs(vocabulary, "projects about solidarity") == [("mots_cles", ("Solidarité",))]
    # French questions are left alone
    assert _pairs(vocabulary, "des actions solidarité devoirs") == [("mots_cles", ("Solidarité",))]


@pytest.mark.parametrize(
    "question", ["des réunions entre parents", "une réunion de quartier", "nos réunions"]
)
def test_common_noun_is_no_place(vocabulary, question):
    assert [f for f in vocabulary.match(question) if f.field == "departement"] == []


def test_the_place_is_kept(vocabulary):
    assert ("departement", ("La Réunion",)) in _pairs(vocabulary, "des actions à la Réunion")
    assert ("departement", ("La Réunion",)) in _pairs(vocabulary, "nos réunions à La Réunion")


def test_participle_of_people_is_no_statut(vocabulary):
    assert ("statut", ("Terminée",)) not in _pairs(vocabulary, "les jeunes arrêtés par la police")
    assert ("statut", ("Terminée",)) not in _pairs(vocabulary, "des parents qui ont arrêté de travailler")
    assert ("statut", ("Terminée",)) in _pairs(vocabulary, "les actions arrêtées")
    assert ("statut", ("Terminée",)) in _pairs(vocabulary, "les projets arrêtés dans le Gers")


@pytest.mark.parametrize(
    "question",
    [
        "combien d'actions entre le Morbihan et la Réunion ?",
        "compare le Morbihan et le Gers",
        "dans le Gers et le Morbihan",
    ],
)
def test_places_of_a_list_share_one_preposition(vocabulary, question):
    (place,) = [f for f in vocabulary.match(question) if f.field == "departement"]
    assert "Morbihan" in place.values and len(place.values) == 2


def test_a_bare_name_alone_still_needs_its_preposition(vocabulary):
    assert [f for f in vocabulary.match("le Morbihan") if f.field == "departement"] == []


def test_common_noun_is_no_absent_place():
    vocabulary = FacetVocabulary.from_fiches(_corpus()[:4])  # no fiche at La Réunion
    scan = vocabulary.scan("des réunions d'information sur le logement")
    assert scan.absent == [] and [f for f in scan.facets if f.field == "departement"] == []
    assert vocabulary.scan("des actions à la Réunion").absent == ["La Réunion"]
