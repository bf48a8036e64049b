"""Round 8b: answer types read from the semantic class of the asked noun or predicate (places, times of the
week, events an action came from, predicates of initiative by lemma), the people set apart before a count,
and a follow-up's replaced place keeping only the carried facets its fiches fill. Questions in words no
earlier gold or test wrote."""

from __future__ import annotations

import pytest

from assistant.answer_types import answer_type, interrogative_words
from assistant.followup import loosened
from assistant.lookup_asks import count_noun
from assistant.records import FacetMatch, Query
from ingest.text import normalise
from tests.helpers_answer import FakeRetriever, make_fiche


def kind(question: str) -> str:
    found = answer_type(normalise(question))
    return found.name if found else ""


@pytest.mark.parametrize(
    "question",
    [
        "La permanence, elle a lieu dans quelle pièce ?",
        "Les ateliers se font dans quels locaux ?",
        "Ils se retrouvent dans quel gymnase le samedi ?",
        "On les accueille dans quelle salle au juste ?",
        "Le repas est servi dans quelle cantine ?",
        "Le marché se tient sur quel parking ?",
        "Ça se passe à quel étage de la résidence ?",
        "Les jeux sont rangés dans quel sous-sol ?",
        "C'est dans quelle cour d'école ?",
        "Ils campent sur quel terrain ?",
        "Les enfants jouent dans quel square ?",
        "C'est devant quel bâtiment ?",
        "La fête a eu lieu dans quel parc ?",
        "C'est quel préau ?",
        "Le stand est sous quelle halle ?",
        "Les familles dorment dans quel gîte ?",
        "La réunion se fait dans quel appartement ?",
        "Le club se réunit dans quelle médiathèque ?",
        "Elles cuisinent dans quelle cuisine ?",
        "Le tournoi a lieu dans quel stade ?",
    ],
)
def test_a_noun_of_the_place_class_after_quel_asks_a_place(question):
    assert kind(question) == "place"


@pytest.mark.parametrize(
    "question",
    [
        "Quelle maison de quartier porte ce projet ?",
        "Quelle école participe au dispositif ?",
        "Quel partenaire ?",
    ],
)
def test_a_named_institution_asked_without_a_preposition_is_no_place(question):
    assert kind(question) != "place"


@pytest.mark.parametrize(
    "question",
    [
        "Le club, c'est quels matins ?",
        "Ça tombe quelle soirée de la semaine ?",
        "Les permanences, c'est quels après-midi ?",
        "La sortie, c'était quelle journée ?",
        "C'est quelles nuits ?",
    ],
)
def test_a_time_of_the_week_asks_a_weekday(question):
    assert kind(question) == "weekday"


@pytest.mark.parametrize(
    "question",
    [
        "Ça vient de quel problème au départ ?",
        "C'est né de quel constat ?",
        "L'action est sortie de quelle situation ?",
        "C'est parti de quel incident ?",
        "Elle est issue de quel besoin ?",
        "Quel a été le déclencheur ?",
    ],
)
def test_an_event_noun_with_a_word_of_origin_asks_the_cause(question):
    assert kind(question) == "cause"


def test_an_event_noun_without_origin_asks_no_cause():
    assert kind("Quel problème rencontrent les familles ?") != "cause"


@pytest.mark.parametrize(
    "question",
    [
        "Et ça, c'est qui qui en a eu l'idée ?",
        "Qui est-ce qui a pris l'initiative ?",
        "Qui en est à l'origine ?",
        "C'est qui qui l'a relancée ?",
        "Qui l'avait imaginé au départ ?",
        "Qui a suggéré ce projet ?",
    ],
)
def test_a_predicate_of_initiative_read_by_lemma_asks_who_started_it(question):
    assert kind(question) == "initiative"


def test_a_verb_of_starting_before_an_indefinite_article_lists_centres():
    assert kind("Qui a lancé des ateliers de couture ?") != "initiative"


def test_the_asking_words_of_a_class_are_phrasing_not_topic():
    words = interrogative_words(normalise("Il se tient dans quel local exactement ?"))
    assert {"quel", "local"} <= words


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("Et les gamins, ils étaient combien à y participer ?", "enfant"),
        ("Et les mômes, elles sont combien ?", "enfant"),
        ("Les salariés, combien étaient mobilisés ?", "salarie"),
        ("Ils étaient combien ?", "personne"),
        ("Combien de bénévoles ?", "benevole"),
    ],
)
def test_people_set_apart_before_the_count_are_counted(question, noun):
    assert count_noun(normalise(question)) == noun


def _facet(field: str, value: str, trigger: str) -> FacetMatch:
    return FacetMatch(field=field, values=[value], trigger=trigger)


CORPUS = [
    make_fiche(1, "Contes du soir", "Centre A", "Gard", "Occitanie", mots_cles=["Culture"],
               resume="Lectures d'albums à la bibliothèque : 12 enfants et leurs parents."),
    make_fiche(2, "Bibliothèque de rue", "Centre B", "Ain", "Auvergne-Rhône-Alpes",
               mots_cles=["Enfance & jeunesse"], resume="Des livres au pied des immeubles pour les enfants."),
    make_fiche(3, "Jardin des aînés", "Centre C", "Gard", "Occitanie", mots_cles=["Environnement"],
               resume="Un potager tenu par des retraités."),
]  # fmt: skip
CHILDREN = _facet("mots_cles", "Enfance & jeunesse", "enfants")
GARD = _facet("departement", "Gard", "Gard")


def test_a_replaced_place_drops_a_carried_keyword_its_fiches_say_in_words():
    query = Query(text="des livres pour les enfants et dans le Gard", facets=[CHILDREN, GARD], intent="list")
    found = loosened(query, Query(text="et dans le Gard", facets=[GARD]), FakeRetriever(CORPUS))
    assert found.facets == [GARD]


def test_a_carried_criterion_no_fiche_of_the_place_says_is_kept():
    seniors = _facet("mots_cles", "Enfance & jeunesse", "bailleurs sociaux")
    query = Query(text="avec des bailleurs sociaux et dans le Gard", facets=[seniors, GARD], intent="list")
    found = loosened(query, Query(text="et dans le Gard", facets=[GARD]), FakeRetriever(CORPUS))
    assert found.facets == [seniors, GARD]


def test_facets_some_fiche_has_all_together_are_all_kept():
    ain = _facet("departement", "Ain", "Ain")
    query = Query(text="des livres pour les enfants et dans l'Ain", facets=[CHILDREN, ain], intent="list")
    found = loosened(query, Query(text="et dans l'Ain", facets=[ain]), FakeRetriever(CORPUS))
    assert found.facets == [CHILDREN, ain]


def test_people_set_apart_the_fiche_does_not_count_are_counted_as_people():
    from assistant.lookup_asks import people_count_noun

    norm = normalise("Et les petits, ils étaient combien à venir ?")
    assert people_count_noun(norm, lambda noun: False) == "personne"
    assert people_count_noun(normalise("Et les gamins, ils étaient combien ?"), lambda noun: True) == "enfant"


def test_qu_est_ce_qui_and_a_verb_of_starting_asks_what_not_who():
    assert kind("Avec la mairie, qu'est-ce qui a été lancé ?") != "initiative"
