"""Round 10 wave B: a keyword word that the base writes as part of another unit names no keyword (« style
éducation populaire », `assistant.facet_units`), and a topic's action noun is named by its verb (« se
loger » → Logement, `assistant.facet_verbs`). Invented corpus; known answers."""

from __future__ import annotations

import pytest

from assistant.facet_units import BaseUnits
from assistant.facet_verbs import verbs_of
from assistant.facets import FacetVocabulary
from tests.helpers_retrieval import facet_values, make_fiche


def _corpus():
    return [
        make_fiche("a", "Conseil de quartier", mots_cles=["Démocratie & citoyenneté"], public=["Adultes"],
                   resume="Des séances animées avec les méthodes de l'éducation populaire."),
        make_fiche("b", "Aide aux devoirs", mots_cles=["éducation / scolarité"], public=["Enfance"],
                   resume="L'éducation des enfants avec les enseignants, la santé mentale aussi."),
        make_fiche("c", "Permanence habitat", mots_cles=["Logement", "Santé"], public=["Adultes"],
                   resume="Les démarches de logement social et la santé mentale des locataires."),
        make_fiche("d", "Cours du soir", mots_cles=["Intégration"], public=["Adultes"],
                   resume="Des cours de langue pour les nouveaux arrivants."),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_corpus())


_facets = facet_values


@pytest.mark.parametrize(
    "text",
    ["des actions style éducation populaire", "des démarches d'éducation populaire avec les habitants"],
)
def test_a_unit_the_base_writes_elsewhere_names_no_keyword(vocabulary: FacetVocabulary, text: str) -> None:
    assert ("mots_cles", "éducation / scolarité") not in _facets(vocabulary, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [("des actions sur l'éducation des enfants", "éducation / scolarité"),  # « des »: no unit
     ("la santé mentale des locataires", "Santé"),  # written by a fiche holding Santé
     ("l'éducation, la santé", "éducation / scolarité"),  # punctuation ends the pair
     ("éducation santé", "éducation / scolarité")],  # the next word names a value itself
)  # fmt: skip
def test_the_keyword_stays_outside_a_foreign_unit(vocabulary: FacetVocabulary, text: str, value: str) -> None:
    assert ("mots_cles", value) in _facets(vocabulary, text)


def test_units_count_fiches_writing_and_holding() -> None:
    units = BaseUnits.collect(["éducation / scolarité"])
    units.add(["cours", "education", "populaire"], ["Culture"])
    units.add(["education", "populaire", "et", "education", "nationale"], ["éducation / scolarité"])
    units.add(["education", "populaire"], [])
    assert units.written[("education", "populaire")] == 3
    assert units.holding[("education", "populaire")] == 1
    assert not units.other_unit("education", "populaire")
    assert not units.other_unit("education", "nationale")  # held by its only fiche
    assert not units.other_unit("education", "spécialisée")  # never written


@pytest.mark.parametrize(
    ("noun", "verbs"),
    [("logement", ("loger",)), ("integration", ("integrer",)), ("alphabetisation", ("alphabetiser",)),
     ("vieillissement", ("vieillir",)), ("jardinage", ("jardiner",)),
     ("sante", ()), ("culture", ()), ("parentalite", ()), ("viellissement", ())],
)  # fmt: skip
def test_the_verb_of_an_action_noun(noun: str, verbs: tuple[str, ...]) -> None:
    assert verbs_of(noun) == verbs


@pytest.mark.parametrize(
    ("text", "value"),
    [("aider les gens à se loger", "Logement"),
     ("des cours pour aider les familles à s'intégrer", "Intégration")],
)  # fmt: skip
def test_a_topic_named_by_its_verb(vocabulary: FacetVocabulary, text: str, value: str) -> None:
    assert ("mots_cles", value) in _facets(vocabulary, text)


def test_a_verb_of_no_topic_names_none(vocabulary: FacetVocabulary) -> None:
    assert [f for f, _ in _facets(vocabulary, "des actions pour manger et bouger") if f == "mots_cles"] == []


def _partner_corpus():
    return [
        make_fiche("j", "Ciné jeunes", mots_cles=["Culture"], public=["Jeunesse"], partenaires=["DDCS"]),
        make_fiche(
            "k", "Chantier jeunes", mots_cles=["Emploi"], public=["Jeunesse"], partenaires=["Etat", "ARS"]
        ),
    ]


@pytest.fixture(scope="module")
def partners() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_partner_corpus())


@pytest.mark.parametrize(
    ("text", "expected"),
    [("des projets avec jeunesse et sports ?", [("partenaires", "DDCS")]),
     ("avec Jeunesse et Sports, les services de l'Etat pour les jeunes ?", [("partenaires", "DDCS"),
                                                                           ("public", "Jeunesse")]),
     ("des activités pour la jeunesse et le sport ?", [("public", "Jeunesse")]),  # not the whole name
     ("qui travaille avec l'Etat et l'ARS ?", [("partenaires", "Etat"), ("partenaires", "ARS")])],
)  # fmt: skip
def test_a_partner_described_by_its_name_or_what_it_is(
    partners: FacetVocabulary, text: str, expected
) -> None:
    assert sorted(_facets(partners, text)) == sorted(expected)
