"""Round 10 (H4): a funder named anywhere ranks on its line of the budget (« Fonds des Tilleuls : laquelle a reçu
la plus grosse somme ? »), a verb's idiomatic complement is no topic (« a mis sur le pont le plus de … »), an
ending with its cause asks the reasons for ending (« arrêtées parce que l'argent n'a pas suivi »), a fiche
presented after its name and department, with its people on the card. Known answers on invented fiches."""

from __future__ import annotations

import pytest

from assistant import aspects, lesson_cues, rank_scope, ranking
from assistant.card import card, presents
from assistant.records import Hit, Query
from assistant.routing import topic_words
from ingest.text import STOPWORDS, normalise
from tests.helpers_retrieval import answer_text as text
from tests.helpers_retrieval import cited_titles as titles
from tests.helpers_retrieval import make_fiche, memory_assistant


def _corpus():
    return [
        make_fiche("f-visite", "Visites aux voisins âgés", public=["Seniors"],
                   ressources_financieres="Fonds des Tilleuls via la Région : 7 000 €\nCommune : 1 000 €",
                   personnes_mobilisees="1 coordinatrice, 21 bénévoles", statut="Terminée",
                   raison_fin="Les subventions n'ont pas été renouvelées."),
        make_fiche("f-gym", "Gym douce du mardi", public=["Seniors"],
                   ressources_financieres="Fonds des Tilleuls : 2 500 €\nCommune : 30 000 €",
                   personnes_mobilisees="2 salariés, 3 bénévoles", statut="Terminée",
                   raison_fin="La salle a fermé pour travaux."),
        make_fiche("f-bal", "Bal des anciens", public=["Seniors"], ressources_financieres="Commune : 12 000 €",
                   personnes_mobilisees="9 professionnels, 40 bénévoles", statut="Terminée",
                   limites="Arrêt brutal faute de financement."),
    ]  # fmt: skip


CORPUS = _corpus()
BY_ID = {f.id: f for f in CORPUS}


@pytest.fixture(scope="module")
def assistant():
    return memory_assistant(CORPUS)


# -- a funder named anywhere -------------------------------------------------------------------------


def test_a_funder_named_before_the_question_is_found_on_the_budget_lines():
    norm = normalise("Fonds des Tilleuls : quelle action a reçu la plus grosse somme ?")
    assert aspects.named_funder(norm, CORPUS) == "fonds des tilleuls"
    assert aspects.partner_amount(BY_ID["f-visite"], "fonds des tilleuls").value == 7000
    # the cost of an action is no money received: no funder read
    assert (
        aspects.named_funder(normalise("Fonds des Tilleuls : quelle action a le plus gros budget ?"), CORPUS)
        == ""
    )
    # one content word is a topic, never a funder
    assert aspects.named_funder(normalise("Commune : laquelle a reçu le plus d'argent ?"), CORPUS) == ""


def test_funded_ids_are_the_hits_whose_budget_lines_name_the_group():
    hits = [Hit(fiche_id=f.id, score=1.0, fiche=f) for f in CORPUS]
    assert rank_scope.funded_ids(["fonds", "tilleuls"], hits) == {"f-visite", "f-gym"}
    assert rank_scope.funded_ids(["voisins"], hits) == set()  # in a title, not on a budget line


def test_ranking_on_a_funder_named_first_orders_its_amounts(assistant):
    answer = assistant.ask(
        "Fonds des Tilleuls : quelle action pour les seniors a reçu la plus grosse somme ?"
    )
    assert titles(answer)[:2] == ["Visites aux voisins âgés", "Gym douce du mardi"]
    assert "7 000" in text(answer) and "Fonds des Tilleuls" in text(answer)


# -- an idiom's complement is part of the verb -------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("Laquelle de vos fiches a mis sur le pont le plus grand nombre de salariés / pros ?", "nb_salaries"),
        ("Quelle action a mis en jeu le plus de bénévoles ?", "nb_benevoles"),
        ("Quel projet a embarqué dans l'aventure le plus de bénévoles ?", "nb_benevoles"),
    ],
)
def test_a_verb_complement_before_the_superlative_is_no_topic(question, field):
    norm = normalise(question)
    assert ranking.rank_spec(norm).field == field
    words = topic_words(question, Query(text=question), ranking.ranking_words(norm))
    assert [
        w for w in words if w not in STOPWORDS and w not in ("laquelle", "fiches", "action", "projet")
    ] == []


def test_a_scope_before_the_superlative_stays_a_topic():
    question = "quelle action sur la pétanque a mobilisé le plus de bénévoles ?"
    assert "petanque" in topic_words(
        question, Query(text=question), ranking.ranking_words(normalise(question))
    )


def test_idiom_ranking_answers_on_the_staff(assistant):
    answer = assistant.ask(
        "Laquelle de vos fiches a mis sur le pont le plus grand nombre de salariés / pros ?"
    )
    assert titles(answer)[:1] == ["Bal des anciens"] and "9" in text(answer)


# -- why actions ended -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "quelles actions se sont arrêtées parce que l'argent n'a pas suivi ?",
        "les projets stoppés à cause du manque de subventions",
        "des actions interrompues car les financeurs ont lâché ?",
        "quels projets ont pris fin en raison d'un financement perdu ?",
    ],
)
def test_an_ending_and_its_cause_ask_the_reasons_for_ending(question):
    norm = normalise(question)
    assert "raison_fin" in lesson_cues.lesson_fields(norm)
    assert lesson_cues.ending_cause_words(norm) & set(norm.split())


def test_a_cause_without_an_ending_is_no_lesson():
    assert lesson_cues.lesson_fields(normalise("des ateliers pour les seniors car ils sont isolés")) == ()
    assert not lesson_cues.ending_cause(normalise("une fin d'année festive pour les familles"))


def test_actions_ended_for_money_are_those_saying_it(assistant):
    answer = assistant.ask("quelles actions se sont arrêtées parce que l'argent n'a pas suivi ?")
    assert "Visites aux voisins âgés" in titles(answer)


# -- presenting a named fiche ------------------------------------------------------------------------


def test_a_presentation_request_after_the_name_and_its_department():
    norm = normalise("Bal des anciens (Finistère) : présente-moi le projet")
    assert presents(norm) and presents(norm, "Bal des anciens")
    assert not presents(normalise("Bal des anciens : présente-moi son budget"), "Bal des anciens")
    assert presents(normalise("Je voudrais une présentation du Bal des anciens"), "Bal des anciens")


def test_the_card_carries_the_people_mobilised():
    assert "- Moyens humains : 9 professionnels, 40 bénévoles" in card(BY_ID["f-bal"])


# -- a comparison naming its fiches loosely --------------------------------------------------------------


def test_the_clause_naming_the_compared_fiches_is_no_aspect():
    words = aspects.reference_words(
        "Quelle différence entre le séjour sous tente et le séjour préparé avec la FOL ?"
    )
    assert {"tente", "fol", "prepare"} <= words and "difference" not in words
    assert aspects.reference_words("quelle différence de budget entre A et B ?") == {"a", "b"}
    assert "benevoles" not in aspects.reference_words("entre A et B, lequel a le plus de bénévoles ?")
    assert {"jeux", "ludotheque"} <= aspects.reference_words(
        "ateliers mémoire vs jeux avec la ludothèque, comparez ?"
    )


def test_a_duration_is_a_key_fact_never_a_rhythm():
    stay = make_fiche(
        "f-stay", "Séjour", diagnostic="Besoin de partir durant un séjour de 7 jours et 7 nuits."
    )
    monthly = make_fiche("f-m", "Sorties", description_generale="Une sortie de deux jours par mois.")
    assert aspects.duration(stay)[1].endswith("séjour de 7 jours et 7 nuits.")
    assert aspects.duration(monthly) is None
    assert "7 jours" in " ".join(aspects.key_facts([stay, monthly]))


def test_a_place_named_on_one_side_picks_the_fiche_there_among_equal_titles():
    from assistant.references import ReferenceResolver

    fiches = [
        make_fiche("f-idees", "Café jeux à idées", centre="Maison des Tilleuls"),
        make_fiche("f-hab", "café des habitants", centre="Centre social Les Glycines"),
        make_fiche("f-other", "Jardin des Glycines", centre="Centre social Les Glycines"),
    ]
    resolver = ReferenceResolver(fiches)
    refs = resolver.resolve("café jeux des Glycines et Café jeux à idées des Tilleuls, c'est quand ?")
    assert [r.fiche_id for r in refs] == ["f-hab", "f-idees"]  # equal title scores: the place decides
    # a place named where no fiche has the title's words: the fiche is elsewhere, none named
    assert resolver.resolve("le café jeux des Lilas") == []


def test_a_rhythm_asked_of_two_fiches_is_answered_by_each_ones_sentence():
    from assistant.comparison import compare_answer

    fiches = [
        make_fiche(
            "f-rep", "Atelier réparation", resume="Un samedi par mois, des bénévoles réparent des objets."
        ),
        make_fiche("f-jeu", "Soirée jeux", description_generale="Ouverte deux soirs par semaine au centre."),
    ]
    question = "l'atelier réparation et la soirée jeux, ça a lieu tous les combien ?"
    answer = compare_answer(fiches, Query(text=question)).answer
    assert "Un samedi par mois" in answer.text and "deux soirs par semaine" in answer.text


def test_two_described_sides_name_fiches_holding_their_shared_topic():
    from assistant.references import ReferenceResolver

    fiches = [
        make_fiche("f-mem", "Chaque semaine des bénévoles animent une séance",
                   description_generale="Un atelier mémoire animé par des bénévoles."),
        make_fiche("f-ludo", "Jeux pour la mémoire",
                   description_generale="Des ateliers jeux de mémoire avec la ludothèque."),
        make_fiche("f-conte", "Contes en famille",
                   description_generale="Un atelier animé par des bénévoles formés ; atelier conte animé chaque mois."),
        make_fiche("f-gym", "Gym douce", description_generale="Un atelier animé par des bénévoles formés."),
        make_fiche("f-cuisine", "Cuisine", description_generale="Un atelier animé par une diététicienne."),
    ]  # fmt: skip
    question = "atelier mémoire animé par des bénévoles formés vs ateliers jeux de mémoire avec la ludothèque, comparez ?"
    refs = ReferenceResolver(fiches).resolve(question, described=True)
    assert [r.fiche_id for r in refs] == ["f-mem", "f-ludo"]


def test_a_head_said_once_before_two_pronouns_is_no_shared_topic_filter():
    from assistant.references import ReferenceResolver

    fiches = [
        make_fiche("f-mem", "Chaque semaine des bénévoles animent une séance",
                   description_generale="Un atelier mémoire animé par trois bénévoles."),
        make_fiche("f-ludo", "Jeux pour la mémoire",
                   description_generale="Des ateliers de mémoire pour personnes âgées avec la ludothèque."),
        make_fiche("f-gym", "Gym douce", description_generale="Un atelier pour personnes âgées."),
    ]  # fmt: skip
    question = "Les deux ateliers mémoire pour personnes âgées, celui animé par trois bénévoles et celui de la ludothèque ?"
    refs = ReferenceResolver(fiches).resolve(question, described=True)
    assert [r.fiche_id for r in refs] == ["f-mem", "f-ludo"]
