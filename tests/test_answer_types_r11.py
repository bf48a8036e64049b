"""Round 11: the kind of answer a detail question asks, read from its words — on fiches invented here.

« quand » asked of an action told in the present (« elle ouvre quand ? », « ça revient quand ? ») asks its
schedule (a weekday, hours, a rhythm), never the year it started; told in the past, the future or of a start
(« c'était quand », « a démarré quand », « depuis quand ») it asks a date. « dans quel coin » asks a place like
« où »; an open space is a place (« sur les pelouses de la résidence »). « séances de 3 heures » is a
duration, no time of day. A clipped noun (« avec quelles assos ») asks the partners like the whole one."""

from __future__ import annotations

import pytest

from assistant.answer_types import PLACE_NOUN, SCHEDULE, TIME_OF_DAY, answer_type, told_once
from assistant.lookup_asks import ask_of, unclipped
from assistant.lookup_sentences import answer_sentences
from ingest.text import normalise
from tests.helpers_retrieval import make_fiche


def kind_of(question: str) -> str | None:
    kind = answer_type(normalise(question))
    return kind.name if kind else None


@pytest.mark.parametrize(
    ("question", "kind"),
    [("La bricothèque des Lilas, elle ouvre quand ?", "schedule"),
     ("Les goûters des voisins, ça revient quand ?", "schedule"),
     ("quand est-ce que les ateliers couture ont lieu ?", "schedule"),
     ("Le club photo se réunit quand ?", "schedule"),
     ("c'était quand la fête des voisins ?", "date"),
     ("Le club photo a démarré quand ?", "date"),
     ("depuis quand la bricothèque existe ?", "date"),
     ("ça s'est passé quand, ce bal ?", "date"),
     ("la prochaine fête aura lieu quand ?", "date"),
     ("ils sont partis quand en séjour ?", "date")],
)  # fmt: skip
def test_when_asks_a_schedule_in_the_present_and_a_date_otherwise(question, kind):
    assert kind_of(question) == kind


def test_the_tense_is_read_near_when_not_in_a_name():
    # « Portrait » ends like an imperfect (« -ait ») but names the action, far from « quand ».
    assert not told_once(normalise("L'atelier Portrait de famille du quartier des Roses, il ouvre quand ?"))
    assert told_once(normalise("L'atelier Portrait, il ouvrait quand ?"))


@pytest.mark.parametrize(
    "question",
    ["Les familles sont parties camper dans quel coin ?", "la boîte à livres est posée dans quel coin du hall ?",
     "ça se passe dans quelle zone ?"],
)  # fmt: skip
def test_which_corner_asks_a_place(question):
    assert kind_of(question) == "place"


def test_an_open_space_is_a_place_and_a_lent_room_no_place_said():
    assert PLACE_NOUN("La ludothèque s'installe sur les pelouses de la résidence.") >= 0
    assert PLACE_NOUN("Elle a été votée sur proposition des habitants.") < 0
    assert PLACE_NOUN("Participation de la mairie (mise à disposition du gymnase).") < 0


def test_a_duration_in_hours_is_no_time_of_day():
    assert TIME_OF_DAY("quatre permanences de 3 heures dans chaque quartier") < 0
    assert TIME_OF_DAY("ouvert de 10 heures à midi") >= 0


def test_a_weekday_with_its_hours_is_a_fuller_schedule_than_a_rhythm_alone():
    assert SCHEDULE.strength("Le mardi de 14 h à 17 h.") == 3
    assert SCHEDULE.strength("Le rendez-vous est devenu mensuel.") == 2
    assert SCHEDULE.strength("Un rendez-vous annuel, celui de juin 2024.") == 3  # a one-off event's date
    assert SCHEDULE.strength("Lancée en 2019.") == 1
    assert SCHEDULE.strength("Un lieu convivial.") == 0


def test_a_present_when_is_answered_by_the_schedule_not_the_start_nor_a_plan():
    fiche = make_fiche(
        "f-1",
        "Bricothèque des Lilas",
        resume="Une bricothèque prête des outils aux habitants.",
        description_generale="2020 : ouverture dans un local prêté par la mairie. Ouverture deux soirs par semaine.",
        perspectives="Ouvrir une antenne au village voisin une fois par mois.",
    )
    found = answer_sentences(fiche, "La bricothèque des Lilas, elle ouvre quand ?")
    assert found[0] == ("description_generale", "Ouverture deux soirs par semaine.")
    assert all(name != "perspectives" for name, _ in found)
    dated = answer_sentences(fiche, "La bricothèque des Lilas a ouvert en quelle année ?")
    assert "2020" in dated[0][1]


def test_a_which_corner_question_gets_the_named_place_too():
    fiche = make_fiche(
        "f-2",
        "Séjour des familles à la mer",
        resume="Six familles qui ne partaient jamais ont préparé un séjour en camping au bord de la mer.",
        description_generale="Hébergement en tente dans un camping du Finistère.",
    )
    found = answer_sentences(fiche, "Les familles sont parties camper dans quel coin ?")
    assert any("Finistère" in s for _, s in found)


@pytest.mark.parametrize(
    ("question", "whole"),
    [("elle se fait avec quelles assos ?", "elle se fait avec quelles association"),
     ("avec quelles structs ?", "avec quelles structure"),
     ("avec quelles orgas ?", "avec quelles orgas")],  # organise or organisme: left as written
)  # fmt: skip
def test_a_clipped_noun_after_which_is_read_whole(question, whole):
    assert unclipped(normalise(question)) == whole


def test_a_clipped_organisation_noun_asks_the_partners():
    ask = ask_of(normalise("l'action, elle se fait avec quelles assos ?"))
    assert ask is not None and ask.name == "partners"


def test_a_dotted_acronym_is_the_word_a_question_writes_and_cuts_no_sentence():
    fiche = make_fiche(
        "f-3",
        "Accès aux droits",
        resume="Permanences de la C.A.F. avec une conseillère de l'accès aux droits. Un atelier cuisine le jeudi.",
        personnes_mobilisees="Une animatrice CAF, deux bénévoles.",
    )
    found = answer_sentences(fiche, "Les permanences CAF sont tenues par qui ?")
    assert found[0] == ("resume", "Permanences de la C.A.F. avec une conseillère de l'accès aux droits.")
