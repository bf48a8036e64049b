"""A detail asked of one fiche, by answer types added in round 7 wave B (class: a detail of one fiche answered
with the wrong sentence): what made the action start (« qu'est-ce qui a déclenché », « pourquoi ont-ils
lancé », « suite à quoi »), the day of a one-day event (« c'était quel jour ? » → « le 12 mai »), who ran it
before (« avant que le centre la reprenne, qui s'en occupait ? »), the funders asked by a verb of money
(« qui met des sous dedans ? »), and a funder's name deciding which of two close fiches a detail is asked of
— on fiches invented here."""

from __future__ import annotations

import pytest

from assistant.answer_types import answer_type, interrogative_words
from assistant.lookup import lookup_answer
from assistant.lookup_asks import asks_funders
from assistant.question_clauses import cause_clause, funders_clause, running_clause
from assistant.records import Hit, Query, Turn
from assistant.routing import _only_one_names
from ingest.text import normalise
from tests.helpers_retrieval import answer_text, cited_titles, make_fiche, memory_assistant

POOL = make_fiche(
    "f-pool", "Bébés nageurs du Val", centre="CENTRE SOCIAL DU VAL", departement="Cher", departement_code="18",
    resume="Des séances d'éveil aquatique pour les parents et leurs bébés, afin de renforcer le lien parent-enfant.",
    description_experience=(
        "Suite à la fermeture de la piscine intercommunale, des parents ont alerté le centre sur l'absence "
        "d'activité pour les tout-petits.\n"
        "Le centre a loué des créneaux au bassin d'une commune voisine. Les séances ont lieu le samedi matin."
    ),
    description_generale="Demande de créneaux supplémentaires, inscriptions, planning des familles.",
    ressources_financieres="Caf : 3 000 €\nFondation Aquatica : 1 200 €\nParticipation des familles : 400 €",
)  # fmt: skip
HOUSING = make_fiche(
    "f-housing", "Point info logement", centre="CENTRE SOCIAL DES ROSIERS", departement="Aude", departement_code="11",
    resume="Demande de logement social, aide aux dossiers, médiation avec les bailleurs.",
    description_experience=(
        "Cette permanence répondait à une demande récurrente des locataires du quartier.\n"
        "Elle était tenue par le CCAS, puis reprise par le centre social à son ouverture en 2015."
    ),
)  # fmt: skip
FAIR = make_fiche(
    "f-fair", "Troc de printemps", centre="ASSOCIATION LE GRENIER", departement="Gard", departement_code="30",
    resume="Un troc de vêtements et de jouets ouvert à tous, sur la place du village.",
    description_generale="Evénement tenu le 12 mai 2019.\nUne trentaine d'exposants ont participé.",
)  # fmt: skip


def first(fiche, question: str, field: str = "") -> str:
    return answer_text(lookup_answer(fiche, question, field, Query(text=question)).answer).split("\n\n")[0]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Qu'est-ce qui a déclenché les séances de bébés nageurs ?", "cause"),
        ("Qu'est-ce qui les a poussés à monter ça ?", "cause"),
        ("Pourquoi ont-ils lancé cette action ?", "cause"),
        ("Pourquoi le centre a-t-il mis en place ces séances ?", "cause"),
        ("Suite à quoi la permanence a-t-elle été créée ?", "cause"),
        ("Qu'est-ce qui est à l'origine du troc ?", "cause"),
        ("Quelle est l'origine du projet ?", "cause"),
        ("What made them start the baby swimming?", "cause"),
        ("Les bébés nageurs, c'est né de quoi ?", "cause"),
        ("Pourquoi ce projet a vu le jour ?", "cause"),
        ("C'était quoi le déclencheur ?", "cause"),
        ("Le point de départ, c'était quoi ?", "cause"),
        ("Dans quel contexte le projet est-il né ?", "cause"),
        ("Qui était en charge de la permanence avant ?", "running"),
        ("Avant le centre social, c'était géré par qui ?", "running"),
        ("Qui est à l'origine du projet ?", "initiative"),
        ("Avant que le centre la reprenne, qui s'occupait de la permanence ?", "running"),
        ("Qui tenait le point info logement au départ ?", "running"),
        ("Qui l'a gérée avant le centre social ?", "running"),
        ("Le troc, c'était quel jour ?", "weekday"),
    ],
)  # fmt: skip
def test_the_question_asks_a_cause_a_former_holder_or_a_day(question, kind):
    found = answer_type(normalise(question))
    assert found is not None and found.name == kind


@pytest.mark.parametrize(
    "question",
    [
        "Pourquoi l'action s'est-elle arrêtée ?",  # its end: the ended field
        "Pour quelle raison l'action est-elle terminée ?",
        "Elle a pris fin pour quelle raison ?",
        "Quelles sont les raisons de la fin du projet ?",
        "Pourquoi les familles ne viennent-elles pas ?",  # « ne » is no form of « naître »
        "Qui s'occupe du potager ?",  # present, nothing said of before: the staff
        "Qui a organisé des sorties en famille ?",  # which centres: a list
    ],
)
def test_no_cause_nor_former_holder_is_read_where_none_is_asked(question):
    found = answer_type(normalise(question))
    assert found is None or found.name not in ("cause", "running")


def test_the_verbs_asking_are_read_in_any_form_and_are_no_topic():
    assert cause_clause(normalise("Qu'est-ce qui les a vraiment poussées à le créer ?"))[-1] == "poussees"
    assert cause_clause(normalise("Pourquoi la ludothèque a-t-elle été montée ?")) == ["pourquoi", "montee"]
    assert running_clause(normalise("c'était qui qui la tenait ?")) == ["qui", "la", "tenait"]
    assert {"pourquoi", "lance"} <= interrogative_words(normalise("Pourquoi l'ont-ils lancé ?"))


@pytest.mark.parametrize(
    "question",
    [
        "Qu'est-ce qui a déclenché les bébés nageurs ?",
        "Pourquoi le centre du Val a-t-il lancé les bébés nageurs ?",
        "À la suite de quoi les bébés nageurs ont-ils été créés ?",
    ],
)
def test_what_made_the_action_start_is_the_sentence_saying_its_cause(question):
    line = first(POOL, question)
    assert "fermeture de la piscine" in line and "afin de renforcer" not in line


def test_where_money_comes_from_asks_no_provenance_nor_place():
    assert answer_type(normalise("Et l'argent, il vient d'où ?")) is None
    assert answer_type(normalise("D'où viennent les graines ?")).name == "provenance"


def test_a_limit_is_never_read_as_the_cause_of_the_start():
    fiche = POOL.model_copy(
        update={
            "limites": "Besoin important de bénévoles le samedi.",
            "description_experience": "Le centre a loué des créneaux.",
        }
    )
    assert "Besoin important" not in first(
        fiche, "Qu'est-ce qui a poussé le centre à lancer les bébés nageurs ?"
    )


def test_a_lack_told_by_a_negation_or_who_proposed_it_answers_when_no_connective_does():
    bus = POOL.model_copy(
        update={
            "description_experience": "Ici, aucune ligne de bus ne circule le jeudi. Le centre loue un minibus."
        }
    )
    assert "aucune ligne de bus" in first(bus, "C'était quoi le déclencheur des bébés nageurs ?")
    idea = POOL.model_copy(
        update={
            "description_experience": "Une maman a proposé de créer ces séances. Le centre loue des créneaux."
        }
    )
    assert "a proposé de créer" in first(idea, "Comment est née l'idée des bébés nageurs ?")


def test_the_diagnostic_field_answers_a_cause_whatever_its_words_and_its_absence_goes_unsaid():
    told = POOL.model_copy(
        update={"diagnostic": "Les familles du bourg réclament une activité pour les tout-petits."}
    )
    line = first(told, "Pourquoi ont-ils lancé les bébés nageurs ?")
    assert line.startswith("Éléments de diagnostic") and "réclament une activité" in line
    assert "Éléments de diagnostic" not in first(POOL, "Pourquoi ont-ils lancé les bébés nageurs ?")


def test_a_sentence_announcing_a_list_is_quoted_with_its_items():
    listed = POOL.model_copy(
        update={
            "description_experience": "Le projet faisait suite à plusieurs constats :\n- pas de piscine à moins de 30 km,\n- des parents isolés."
        }
    )
    line = first(listed, "Pourquoi ont-ils lancé les bébés nageurs ?")
    assert "constats : pas de piscine à moins de 30 km ; des parents isolés" in line


def test_a_request_listed_as_a_service_is_no_cause():
    line = first(HOUSING, "Pourquoi ont-ils monté le point info logement ?")
    assert "demande récurrente des locataires" in line and "Demande de logement social" not in line


def test_who_ran_it_before_is_the_sentence_of_the_former_holder():
    line = first(HOUSING, "Avant que le centre social la reprenne, qui s'occupait du point info logement ?")
    assert "tenue par le CCAS" in line


def test_the_day_of_a_one_day_event_is_its_calendar_date():
    assert "12 mai" in first(FAIR, "Le troc de printemps, c'était quel jour ?")


@pytest.mark.parametrize(
    ("question", "funders"),
    [
        ("Qui met de l'argent dedans ?", True),
        ("Qui a mis des sous là-dedans ?", True),
        ("Et qui paie pour ça ?", True),
        ("C'est payé par qui ?", True),
        ("Who paid for it?", True),
        ("Et l'argent, il vient d'où ?", True),  # where money comes from: no provenance, no place
        ("D'où vient le financement ?", True),
        ("Qui a donné les fruits ?", False),  # a provenance
        ("Combien ont-ils reçu ?", False),  # a sum
        ("Les actions qui ont reçu une subvention de la Caf", False),  # a relative « qui »: a set
    ],
)
def test_who_funds_is_asked_by_a_verb_of_money_after_an_asking_who(question, funders):
    norm = normalise(question)
    assert bool(funders_clause(norm)) is funders
    assert asks_funders(norm) is funders


def test_a_followup_asking_who_puts_money_in_lists_the_funders_of_the_fiche_in_focus():
    assistant = memory_assistant([POOL, HOUSING, FAIR])
    opening = assistant.ask("Parle-moi des bébés nageurs du Val")
    assert cited_titles(opening)[:1] == ["Bébés nageurs du Val"]
    answer = assistant.ask("Qui met des sous dedans ?", [Turn(question="", answer=opening)])
    assert cited_titles(answer) == ["Bébés nageurs du Val"]
    assert "Fondation Aquatica" in answer_text(answer) and "Financeurs" in answer_text(answer)


def test_who_funds_asked_after_a_topic_set_apart_by_a_comma_lists_the_funders():
    line = first(POOL, "Les bébés nageurs du Val, qui a mis des sous dedans ?")
    assert line.startswith("Financeurs") and "Fondation Aquatica" in line


def test_a_name_only_the_first_of_close_fiches_holds_decides_which_one_is_asked():
    other = HOUSING.model_copy(update={"ressources_financieres": "Caf : 2 000 €"})
    hits = [Hit(fiche=POOL, score=2.0), Hit(fiche=other, score=1.6)]
    assert _only_one_names("How much did the Fondation Aquatica give to the swimming project?", hits)
    assert not _only_one_names("How much did the Caf give to the swimming project?", hits)  # both hold it
    assert not _only_one_names("how much did they give?", hits)
