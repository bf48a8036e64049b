"""Facets and places (round 13): a demonym in a frame of language is the language, not the place
(`assistant.facet_languages.language_demonyms`); a partner named by its members, in a list after one cue
(`assistant.facet_cues`, familiar words through `assistant.glossary`); the passive of a verb of funding is the
partner's role (`assistant.facet_roles`); a town no fiche is located in nor names is an absent place, not its
département (`assistant.facets`). Invented corpus; known answers."""

from __future__ import annotations

import pytest

from assistant.facets import FacetVocabulary
from tests.helpers_retrieval import answer_text, facet_values, make_fiche, memory_assistant, needs_communes


def _corpus():
    return [
        make_fiche("a", "Conseil de quartier", centre="Centre social Armor", departement="Finistère",
                   departement_code="29", region="Bretagne", mots_cles=["Citoyenneté"], public=["Adultes"],
                   resume="Les habitants débattent des projets du quartier une fois par mois."),
        make_fiche("b", "Aide aux devoirs", centre="Centre social Rhin", departement="Bas-Rhin",
                   departement_code="67", region="Grand Est", mots_cles=["éducation / scolarité"],
                   public=["Enfance"], partenaires=["Éducation Nationale", "Commune"],
                   resume="Un accompagnement scolaire le soir, en lien avec les écoles."),
        make_fiche("c", "Séjour familles", centre="Centre social Océane - LE HAVRE", departement="Seine-Maritime",
                   departement_code="76", region="Normandie", mots_cles=["vacances / loisirs"],
                   public=["familles"], partenaires=["Conseil départemental", "Caf"],
                   resume="Une semaine au bord de la mer pour des familles qui ne partent pas."),
        make_fiche("d", "Petit déjeuner des parents", centre="Centre social Opale", departement="Pas-de-Calais",
                   departement_code="62", region="Hauts-de-France", mots_cles=["Parentalité"],
                   public=["familles"], partenaires=["Éducation Nationale"],
                   resume="Les parents et les enseignants du collège se retrouvent autour d'un café."),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_corpus())


def _places(vocabulary: FacetVocabulary, text: str) -> list[tuple[str, str]]:
    return [(f, v) for f, v in facet_values(vocabulary, text) if f in ("departement", "region")]


# -- a demonym that names a language -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Dans le Finistère, il y a des cours de breton ?", "un atelier de breton pour les enfants du Finistère ?",
     "des mamies qui apprennent le breton dans le Finistère", "la langue bretonne dans le Finistère"],
)  # fmt: skip
def test_a_demonym_after_a_noun_or_verb_of_language_is_no_region(
    vocabulary: FacetVocabulary, text: str
) -> None:
    assert _places(vocabulary, text) == [("departement", "Finistère")]


@pytest.mark.parametrize("text", ["On peut parler alsacien quelque part ?", "des cours d'alsacien ?"])
def test_the_same_for_a_demonym_of_departements(vocabulary: FacetVocabulary, text: str) -> None:
    scan = vocabulary.scan(text)
    assert _places(vocabulary, text) == []
    assert next(i for i, t in enumerate(scan.tokens) if t.norm == "alsacien") not in scan.used


@pytest.mark.parametrize(
    ("text", "place"),
    [("les projets bretons sur la citoyenneté", ("region", "Bretagne")),
     ("un centre alsacien qui fait de l'aide aux devoirs", ("departement", "Bas-Rhin")),
     ("Les Bretons, ils font quoi ?", ("region", "Bretagne"))],
)  # fmt: skip
def test_a_demonym_elsewhere_still_names_its_place(vocabulary: FacetVocabulary, text: str, place) -> None:
    assert place in _places(vocabulary, text)


def test_a_language_the_base_teaches_is_its_learning_value() -> None:
    fiches = _corpus() + [make_fiche("e", "Breton pour tous", mots_cles=["Cours de breton"])]
    vocabulary = FacetVocabulary.from_fiches(fiches)
    assert facet_values(vocabulary, "où apprendre le breton ?") == [("mots_cles", "Cours de breton")]


def test_a_language_no_fiche_teaches_means_no_fiche() -> None:
    answer = memory_assistant(_corpus()).ask("Dans le Finistère, il y a des cours de breton ?")
    assert answer.citations == []
    assert answer_text(answer).startswith("Aucune fiche")


# -- a partner named by its members, in a list -------------------------------------------------------------

EDUCATION = ("partenaires", "Éducation Nationale")


@pytest.mark.parametrize(
    "text",
    ["Des projets montés avec l'école, les profs, le collège ?", "des actions avec les profs ?",
     "menées avec les instits et le collège", "avec la mairie, les enseignants, le lycée ?"],
)  # fmt: skip
def test_members_and_places_of_a_partner_name_it(vocabulary: FacetVocabulary, text: str) -> None:
    scan = vocabulary.scan(text)
    assert EDUCATION in facet_values(vocabulary, text)
    heads = {"ecole", "profs", "college", "instits", "enseignants", "lycee"}
    assert all(i in scan.used for i, t in enumerate(scan.tokens) if t.norm in heads)


def test_a_familiar_member_without_a_cue_of_partnership_is_no_partner(vocabulary: FacetVocabulary) -> None:
    assert EDUCATION not in facet_values(vocabulary, "les profs sont fatigués le soir")


@pytest.mark.parametrize(
    ("text", "word"),
    [("montés main dans la main avec les écoles publiques ?", "publiques"),
     ("avec les instits et l'école publique", "publique"), ("des actions avec les collèges privés", "prives")],
)  # fmt: skip
def test_the_status_of_a_partner_is_no_topic(vocabulary: FacetVocabulary, text: str, word: str) -> None:
    scan = vocabulary.scan(text)
    assert EDUCATION in facet_values(vocabulary, text)
    assert next(i for i, t in enumerate(scan.tokens) if t.norm == word) in scan.used


def test_the_members_of_a_partner_find_all_its_fiches() -> None:
    answer = memory_assistant(_corpus()).ask("Des projets montés avec l'école, les profs, le collège ?")
    assert {c.fiche_id for c in answer.citations} == {"b", "d"}


# -- a verb of funding in the passive is the partner's role ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [("Actions familles cofinancées par le Département ?", "cofinancees"),
     ("des séjours subventionnés par la Caf", "subventionnes"),
     ("des projets soutenus par le Département pour les familles", "soutenus")],
)  # fmt: skip
def test_a_passive_of_funding_before_a_partner_is_its_role(
    vocabulary: FacetVocabulary, text: str, verb
) -> None:
    scan = vocabulary.scan(text)
    assert any(f.field == "partenaires" for f in scan.facets)
    at = next(i for i, t in enumerate(scan.tokens) if t.norm == verb)
    assert {at, at + 1} <= scan.used


def test_a_funding_question_keeps_its_words(vocabulary: FacetVocabulary) -> None:
    scan = vocabulary.scan("le séjour est financé comment, avec la Caf ?")
    assert next(i for i, t in enumerate(scan.tokens) if t.norm == "finance") not in scan.used


# -- a town no fiche is located in nor names ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "town"), [("Qu'est-ce qui se fait à Rouen ?", "Rouen"),
                                            ("Des sorties familles à Dieppe ?", "Dieppe"),
                                            ("du côté de Rouen, quoi ?", "Rouen")])  # fmt: skip
def test_a_town_no_fiche_names_is_no_fiche_with_its_departements_fiches_as_links(
    text: str, town: str
) -> None:
    """However few fiches its département has: « aucune fiche ne mentionne … », those fiches the closest links."""
    needs_communes()
    answer = memory_assistant(_corpus()).ask(text)
    assert not answer.citations
    assert answer_text(answer).startswith(f"Aucune fiche ne mentionne « {town} »")
    assert "Seine-Maritime" in answer_text(answer)


def test_a_town_located_is_its_centres(vocabulary: FacetVocabulary) -> None:
    needs_communes()
    assert facet_values(vocabulary, "Quoi de neuf au Havre ?") == [
        ("centre", "Centre social Océane - LE HAVRE")
    ]


@pytest.mark.parametrize("text", ["des actions vers Rouen ?", "du côté de Rouen, quoi ?"])
def test_around_a_town_is_its_departement(vocabulary: FacetVocabulary, text: str) -> None:
    needs_communes()
    assert _places(vocabulary, text) == [("departement", "Seine-Maritime")]


def test_a_town_some_fiche_writes_keeps_its_departement() -> None:
    needs_communes()
    fiches = _corpus()
    fiches[1] = fiches[1].model_copy(
        update={"resultat_territoire": "Des familles viennent aussi de Haguenau."}
    )
    vocabulary = FacetVocabulary.from_fiches(fiches)
    assert facet_values(vocabulary, "Des actions à Haguenau ?")[0][0] in ("centre", "departement")
