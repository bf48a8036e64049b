"""A detail asked of one fiche, by the type of its answer (round 7, class: the wrong field or sentence answered):
a sum asked by a verb of money in any of its forms (« il verse combien », « elle reçoit combien de l'ARS »), from
a funder the question names; a count of kinds (« combien de sortes de graines » → « une cinquantaine de
variétés »); who had the idea « au départ » (a locution of a start is no topic); months asked (« de quel mois à
quel mois »); a follow-up asking such a type of the one fiche in focus; « et côté Gers ? » replacing the place
of the previous list — on fiches invented here."""

from __future__ import annotations

import pytest

from assistant.answer_types import answer_type, interrogative_words, money_clause
from assistant.lookup import lookup_answer
from assistant.records import Query
from ingest.text import normalise
from tests.helpers_retrieval import answer_text, cited_titles, make_fiche, memory_assistant

BIKES = make_fiche(
    "f-bikes", "Atelier vélo des Tilleuls", centre="CENTRE SOCIAL DES TILLEULS", departement="Ardèche",
    departement_code="07", region="Auvergne-Rhône-Alpes", partenaires=["Bailleur social", "Caf"],
    public=["Jeunesse"],
    resume="Des jeunes réparent des vélos donnés par les habitants, puis les revendent à petit prix.",
    description_generale=(
        "Les jeunes reçoivent une gratification de 250 € à la fin de chaque session de réparation.\n"
        "L'atelier propose une trentaine de modèles de vélos, du vélo enfant au vélo cargo."
    ),
    description_experience=(
        "Au départ, un mécanicien retraité, voisin du centre, a proposé d'ouvrir son garage aux jeunes.\n"
        "L'atelier est ouvert de mars à octobre, le samedi matin."
    ),
    initiative=["Un habitant"],
    ressources_financieres="Bailleur social : 4 200 €\nCaf : 1 500 €\nVentes de vélos : 900 €",
)  # fmt: skip
GARDEN = make_fiche(
    "f-garden", "Potager des Coquelicots", centre="CENTRE SOCIAL LES COQUELICOTS", departement="Gers",
    departement_code="32", region="Occitanie", mots_cles=["Environnement"],
    resume="Un potager collectif cultivé par les familles du quartier, avec des ateliers pour les enfants.",
    description_generale="Les familles se retrouvent chaque mercredi après-midi au potager.",
)  # fmt: skip
KITCHEN = make_fiche(
    "f-kitchen", "Cuisine du monde aux Iris", centre="CENTRE SOCIAL DES IRIS", departement="Haute-Garonne",
    mots_cles=["Alimentation"],
    resume="Des habitantes partagent les recettes de leurs pays lors d'ateliers mensuels.",
    description_generale="Un atelier par mois réunit une douzaine d'habitantes autour d'une recette.",
)  # fmt: skip


def line(fiche, question: str, field: str = "") -> str:
    return lookup_answer(fiche, question, field, Query(text=question)).answer.text.split("\n\n")[0]


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("Celui-ci, il verse combien aux jeunes ?", "verse"),
        ("La deuxième, elle reçoit combien de l'ARS ?", "recoit"),
        ("Combien le conseil départemental donne-t-il à la navette ?", "donne"),
        ("et le bailleur, il a mis combien ?", "mis"),
        ("les jeunes perçoivent combien ?", "percoivent"),
        ("combien ont-ils reçu ?", "recu"),
    ],
)
def test_combien_near_a_verb_of_money_in_any_form_asks_a_sum(question, verb):
    norm = normalise(question)
    assert money_clause(norm) == ["combien", verb]
    assert answer_type(norm).name == "amount"
    assert {"combien", verb} <= interrogative_words(norm)  # asking words, never the topic


@pytest.mark.parametrize(
    "question",
    [
        "combien de jeunes ont reçu une bourse ?",
        "combien de familles touchées ?",
        "combien de temps ont-ils mis ?",
        "ils sont combien à venir ?",
        "combien ont reçu une bourse ?",  # « combien » the subject: who received
    ],
)
def test_a_count_or_a_verb_of_no_money_asks_no_sum(question):
    assert money_clause(normalise(question)) == []


def test_the_sum_paid_to_the_people_named_is_the_sentence_with_the_verb_and_them():
    text = line(BIKES, "il verse combien aux jeunes ?")
    assert "gratification de 250 €" in text and "4 200" not in text


@pytest.mark.parametrize(("funder", "amount"), [("du bailleur social", "4 200"), ("de la Caf", "1 500")])
def test_the_sum_from_a_funder_is_its_budget_line(funder, amount):
    text = line(BIKES, f"L'atelier vélo reçoit combien {funder} ?")
    assert amount in text.replace("\u00a0", " ")


def test_a_count_of_kinds_is_answered_by_a_count_of_any_kind_noun():
    text = line(BIKES, "combien de sortes de vélos à l'atelier ?")
    assert "une trentaine de modèles" in text
    assert "gratification" not in text and "Aussi" not in text  # « une … vélo » counts no kind


def test_who_had_the_idea_at_the_start_reads_the_person_not_a_word_near_depart():
    text = line(BIKES, "C'est qui qui a eu l'idée au départ ?", "initiative")
    assert "mécanicien retraité" in text


def test_months_asked_are_a_date_period():
    assert answer_type(normalise("ça dure de quel mois à quel mois ?")).name == "date"
    assert "de mars à octobre" in line(BIKES, "l'atelier vélo, c'est ouvert de quel mois à quel mois ?")


def test_a_followup_asking_a_sum_of_a_partner_of_the_fiche_in_focus_stays_on_it():
    assistant = memory_assistant([BIKES, GARDEN, KITCHEN])
    first = assistant.ask("Parlez-moi de l'atelier vélo des Tilleuls")
    assert cited_titles(first)[0] == "Atelier vélo des Tilleuls"
    from assistant.records import Turn

    answer = assistant.ask("et le bailleur social, il a mis combien ?", [Turn(question="", answer=first)])
    assert cited_titles(answer) == ["Atelier vélo des Tilleuls"]
    assert "4 200" in answer_text(answer)


def test_cote_before_a_departement_replaces_the_place_of_the_previous_list():
    from assistant.records import Turn

    assistant = memory_assistant([BIKES, GARDEN, KITCHEN])
    first = assistant.ask("Quelles actions en Haute-Garonne ?")
    assert cited_titles(first) == ["Cuisine du monde aux Iris"]
    answer = assistant.ask(
        "ok et côté Gers, il y a quoi ?", [Turn(question="Quelles actions en Haute-Garonne ?", answer=first)]
    )
    assert cited_titles(answer) == ["Potager des Coquelicots"]


def test_a_budget_the_parser_summed_is_shown_with_the_amounts_it_adds_up():
    from ingest.amounts import Amount

    fiche = BIKES.model_copy(
        update={
            "budget": Amount(
                value=5700, sentence="", source="ressources_financieres", basis="somme des montants"
            )
        }
    )
    text = line(fiche, "Quel est son budget ?", "ressources_financieres").replace("\u00a0", " ")
    assert "5 700 €" in text and "Bailleur social : 4 200 €" in text and "Caf : 1 500 €" in text


@pytest.mark.parametrize(
    ("question", "followup"),
    [
        ("ok et côté Gers, il y a quoi ?", True),
        ("d'accord, et en Moselle ?", True),
        ("Bonjour, des actions en Moselle ?", False),  # a greeting opens a new question
    ],
)
def test_a_reply_acknowledging_first_is_read_from_its_opener(question, followup):
    from assistant.followup import is_followup
    from assistant.records import Answer, Turn

    history = [Turn(question="Quelles actions en Haute-Garonne ?", answer=Answer(text="…", citations=[]))]
    assert is_followup(question, history) is followup


def test_ok_et_cote_keeps_the_topic_of_the_previous_list_and_replaces_its_place():
    from assistant.records import Turn

    garden_31 = GARDEN.model_copy(
        update={"id": "f-garden31", "title": "Jardin des Minimes", "departement": "Haute-Garonne"}
    )
    assistant = memory_assistant([BIKES, GARDEN, KITCHEN, garden_31])
    question = "Des actions sur l'environnement en Haute-Garonne ?"
    first = assistant.ask(question)
    assert cited_titles(first) == ["Jardin des Minimes"]
    answer = assistant.ask("ok et côté Gers, il y a quoi ?", [Turn(question=question, answer=first)])
    assert cited_titles(answer) == ["Potager des Coquelicots"]


def test_a_locution_of_a_start_after_the_title_is_no_other_project_name():
    told = BIKES.description_experience.replace("Au départ, un", "Un")  # the fiche never says « départ »
    bikes = BIKES.model_copy(update={"description_experience": told})
    kitchen = KITCHEN.model_copy(
        update={"description_experience": "Le point de départ : une fête de quartier."}
    )
    assistant = memory_assistant([bikes, GARDEN, kitchen])
    answer = assistant.ask("Qui a eu l'idée de l'atelier vélo au départ ?")
    assert cited_titles(answer) == ["Atelier vélo des Tilleuls"]
    assert "mécanicien retraité" in answer_text(answer) and "intitulée" not in answer_text(answer)


def test_a_long_sentence_is_cut_around_the_sum_of_the_funder_asked():
    funders = (
        "Les financeurs sont nombreux : l'État dans le cadre des fonds dédiés à la politique de la ville et à "
        "la cohésion sociale des quartiers prioritaires pour 7 000 €, le bailleur social au titre de son plan "
        "de concertation locative et de sa mission d'animation des résidences pour 2 000 €, la fondation "
        "Lumière des quartiers pour 3 500 €, et enfin les fonds propres de l'association pour le reste."
    )
    fiche = BIKES.model_copy(update={"ressources_financieres": funders})
    text = line(fiche, "L'atelier vélo a reçu combien de la fondation Lumière ?")
    assert "fondation Lumière des quartiers pour 3 500 €" in text.replace("\u00a0", " ")
