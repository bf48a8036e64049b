"""A detail written in a fiche's text, chosen by the TYPE of answer the question word asks (« à quelle heure »
a time, « quel jour » a weekday, « quand » a date, « où » a place, « d'où venaient » a provenance, « combien
touchent » a sum, « à quel rythme » a frequency, « qui a eu l'idée / qui s'en occupait avant » a role or an
organisation): the recognisers, the sentence quoted, the structured field read first only when it holds an
entity of that type — on fiches invented here."""

from __future__ import annotations

import pytest

from assistant.answer_types import (
    FREQUENCY,
    TIME_OF_DAY,
    TYPES,
    answer_type,
    interrogative_words,
    masked,
    place_names,
)
from assistant.lookup import lookup_answer
from assistant.lookup_asks import asks_detail
from assistant.records import Query
from ingest.text import normalise
from tests.helpers_retrieval import answer_text, cited_titles, make_fiche, memory_assistant

COFFEE = make_fiche(
    "f-coffee", "Café des mamans du jeudi", centre="CENTRE SOCIAL LES ACACIAS", departement="Oise",
    resume="Un temps d'échange entre parents autour d'un café, animé par la référente familles.",
    description_generale=(
        "Le café a lieu tous les jeudis de 8 h 45 à 10 h 15, hors vacances scolaires.\n"
        "Les parents discutent le matin après avoir déposé les enfants à l'école."
    ),
    description_experience=(
        "Une maman aide-soignante, adhérente du centre, a proposé ce rendez-vous en 2019.\n"
        "Il était d'abord porté par le CCAS, puis repris par le centre social en 2021."
    ),
    initiative=["Un habitant"],
    ressources_financieres="Budget annuel de 5 000 € par an : café, gâteaux, jeux.",
)  # fmt: skip
TRIP = make_fiche(
    "f-trip", "Vacances des familles au lac", centre="CENTRE SOCIAL DU MOULIN", departement="Marne",
    resume="Six familles qui ne partaient jamais en vacances ont préparé ensemble un séjour au camping.",
    description_generale=(
        "Hébergement en chalets dans un village du Jura, au bord du lac.\n"
        "Les jeunes du groupe perçoivent une bourse de 150 € versée sur leur projet.\n"
        "Les réunions de préparation ont lieu toutes les trois semaines."
    ),
    description_experience=(
        "Les gilets de sauvetage ont été prêtés par la base nautique Les Mouettes.\n"
        "Les familles partent en vacances grâce aux aides de la Caf."
    ),
)  # fmt: skip


def first(fiche, question: str, field: str = "") -> str:
    return lookup_answer(fiche, question, field, Query(text=question)).answer.text.split("\n\n")[0]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("C'est à quelle heure le café des mamans ?", "time"),
        ("Le café a lieu quel jour ?", "weekday"),
        ("Ça a commencé en quelle année ?", "date"),
        ("Le café existe depuis quand ?", "date"),
        ("Les familles sont parties où exactement ?", "place"),
        ("Les ateliers se font où dans les villages ?", "place"),
        ("Les gilets venaient d'où ?", "provenance"),
        ("le minibus, d'où il vient ?", "provenance"),
        ("Les jeunes touchent combien ?", "amount"),
        ("Le séjour, c'est combien par personne ?", "amount"),
        ("Les réunions, c'est à quel rythme ?", "frequency"),
        ("c'est tous les combien ?", "frequency"),
        ("Qui a eu l'idée du café ?", "initiative"),
        ("Qui l'a lancé ?", "initiative"),
        ("Qui s'en occupait avant le centre social ?", "running"),
        ("Qui a organisé le séjour ?", "running"),
    ],
)
def test_the_question_word_asks_a_type_of_answer(question, kind):
    norm = normalise(question)
    assert answer_type(norm).name == kind
    assert asks_detail(norm)  # a detail of one fiche, whatever its wording


@pytest.mark.parametrize(
    "question",
    [
        "des actions qui portent sur le logement",
        "une action qui porte sur la santé ?",
        "Combien de personnes touchent le RSA ?",  # a count of people, not a sum
        "Quelles actions autour du jardin ?",
        "des idées de café des parents ou de ludothèque",  # « ou » is « or »
        "Qui a organisé des sorties en famille ?",  # which centres: a list, not one fiche's detail
    ],
)
def test_no_type_is_read_in_a_question_asking_none(question):
    assert answer_type(normalise(question)) is None


def test_each_recogniser_tells_its_entity_from_a_look_alike():
    assert TIME_OF_DAY("de 9 h à 11 h 30") == 3 and TIME_OF_DAY("un CDI de 24 heures hebdomadaires") == -1
    assert TIME_OF_DAY("Côté Tilleuls : 6 heures") == -1 and TIME_OF_DAY("rendez-vous à 10 heures") >= 0
    assert FREQUENCY("réunie tous les deux mois") >= 0 and FREQUENCY("tous les habitants du quartier") == -1
    assert FREQUENCY("Budget participatif de 5 000 € par an") == -1
    by_name = {t.name: t for t in TYPES}
    assert by_name["date"].strength("ouvert en mars 2019") == 2
    assert by_name["date"].strength("une bourse de 2040 € versée") == 0
    assert by_name["place"].strength("Hébergement dans un camping de Vendée.") == 2  # a département
    assert by_name["place"].strength("Un séjour d'une semaine en camping.") == 1  # a place noun only
    assert by_name["place"].strength("Le local est situé au nord de wimereux.") == 1  # a town in lower case
    assert by_name["place"].strength("Le club de montagne a monté un cycle de gymnastique.") == 0
    assert by_name["running"].strength("Elle était menée par le CCAS.") == 2  # an acronym
    assert by_name["provenance"].strength("Commandés auprès de l'Atelier du Verre.") == 2  # a name
    assert by_name["weekday"].strength("Le Mardi Gras des enfants.") == 2
    assert by_name["weekday"].strength("Tous les jours de la semaine.") == 1


def test_interrogative_words_ask_and_are_never_what_is_asked_about():
    assert {"quelle", "heure"} <= interrogative_words(normalise("C'est à quelle heure le café ?"))
    assert "cafe" not in interrogative_words(normalise("C'est à quelle heure le café ?"))
    assert {"tous", "combien"} <= interrogative_words(normalise("c'est tous les combien ?"))
    # an entity the question states itself is blanked out before the sentence is recognised
    assert masked("Un atelier dans les villages.", {"village"}) == "Un atelier dans les ________."
    assert place_names("le pique-nique de Saint-Herblain, c'était où ?") == ["Saint-Herblain"]


@pytest.mark.parametrize(
    ("fiche", "question", "expected", "absent"),
    [
        (COFFEE, "C'est à quelle heure le café des mamans ?", "10 h 15", None),
        (COFFEE, "Le café des mamans des Acacias, c'est quel jour ?", "tous les jeudis", None),
        (COFFEE, "Le café des mamans, ça a commencé en quelle année ?", "2019", None),
        (TRIP, "Les familles du Moulin sont parties où exactement ?", "Jura", None),
        (TRIP, "Les gilets de sauvetage venaient d'où ?", "Les Mouettes", None),
        (TRIP, "Les jeunes touchent combien ?", "150 €", None),
        (TRIP, "Les réunions de préparation, c'est à quel rythme ?", "toutes les trois semaines", None),
        (COFFEE, "Qui s'en occupait avant le centre social ?", "CCAS", None),
        (COFFEE, "Le café, c'est tous les combien ?", "tous les jeudis", "5 000 €"),  # no rate of money
    ],
)
def test_the_sentence_holding_an_entity_of_the_type_asked_is_quoted(fiche, question, expected, absent):
    line = first(fiche, question)
    assert expected in line and "[1]" in line and "ne renseigne pas" not in line
    assert absent is None or absent not in line


def test_a_place_exactly_named_follows_a_vaguer_one_sharing_more_words():
    line = first(TRIP, "Les familles partent où en vacances ?")
    # the résumé shares « familles … vacances » but says only « au camping »: the Jura sentence follows it
    assert "au camping" in line and "Jura" in line


def test_a_structured_field_answers_first_only_with_an_entity_of_the_type():
    line = first(COFFEE, "Qui a eu l'idée du café des mamans ?", "initiative")
    assert line.index("Un habitant") < line.index("aide-soignante")  # the field, then the richer sentence
    assert "Dans le texte" in line
    # a field holding no entity of the type asked is passed over for the text's sentence
    other = COFFEE.model_copy(update={"initiative": ["Autre"]})
    assert "aide-soignante" in first(other, "Qui a eu l'idée du café des mamans ?", "initiative")


def test_a_fiche_giving_no_entity_of_the_type_says_so():
    line = first(TRIP, "Les réunions sont à quelle heure ?")  # the closest sentence, said to lack a time
    assert "toutes les trois semaines" in line and "La fiche ne donne pas d'heure" in line


def test_the_question_word_is_no_topic_and_the_fiche_named_answers():
    assistant = memory_assistant([COFFEE, TRIP])
    answer = assistant.ask("C'est à quelle heure le café des mamans des Acacias ?")
    assert cited_titles(answer) == ["Café des mamans du jeudi"]
    assert "10 h 15" in answer_text(answer) and "heure »" not in answer_text(answer)


def test_a_count_of_a_misspelt_noun_is_read_as_the_fiche_spells_it():
    fiche = TRIP.model_copy(
        update={"description_generale": "Chaque groupe compte 12 à 14 apprenants. Six familles."}
    )
    assert "12 à 14 apprenants" in first(fiche, "combien d'aprenants par groupe ?")


def test_the_question_word_is_never_masked_out_of_the_answer():
    fiche = TRIP.model_copy(
        update={
            "description_experience": "Les binômes se voient au moins une fois par semaine. Goûter tous les deux mois."
        }
    )
    assert "une fois par semaine" in first(fiche, "Les binômes, c'est combien de fois par semaine ?")
