"""Round 15: a question asking a field with no subject (« qui finance, et pour combien au total ? », « qui a eu
l'idée de départ ? ») right after a list answer is asked of each listed fiche, side by side — a fresh lookup of
the field alone named an unrelated fiche of the base. After an answer about one fiche it stays asked of that
fiche; a question naming a fiche by its title asks that fiche. Invented fiches."""

from __future__ import annotations

import pytest

from tests.helpers_index import make_fiche
from tests.helpers_retrieval import answer_text, cited_titles, memory_assistant, replay


def _corpus():
    return [
        make_fiche(
            "f-e1", "Permanences de l'écrivain public",
            resume="Un écrivain public aide les habitants à rédiger leurs courriers administratifs.",
            ressources_financieres="Ville : 12 000 € ; État : 8 000 € ; total : 20 000 €",
            description_experience="L'idée vient d'un groupe d'habitantes qui ne savaient pas remplir leurs dossiers.",
        ),
        make_fiche(
            "f-e2", "Aide aux courriers du mardi",
            resume="Des bénévoles aident à écrire les courriers administratifs chaque mardi.",
            ressources_financieres="Caf : 3 500 €",
            description_experience="Le projet est né d'une demande des locataires au conseil de maison.",
        ),
        make_fiche(
            "f-x1", "Épicerie solidaire du Port",
            resume="Une épicerie à petits prix pour les familles du quartier.",
            ressources_financieres="Département : 79 000 € ; total des charges : 79 000 €",
            description_experience="Le centre a repris une ancienne supérette.",
        ),
        make_fiche(
            "f-x2", "Jardin des Lilas",
            resume="Un jardin partagé au pied des immeubles.",
            ressources_financieres="Bailleur : 900 €",
        ),
    ]  # fmt: skip


LISTED = ["Permanences de l'écrivain public", "Aide aux courriers du mardi"]


@pytest.mark.parametrize(
    ("follow_up", "said"),
    [
        ("qui finance, et pour combien au total ?", ["20 000", "3 500"]),
        ("Quels financeurs, et pour quel montant en tout ?", ["12 000", "3 500"]),
        ("qui a eu l'idée de départ ?", ["habitantes", "locataires"]),
    ],
)
def test_a_subjectless_field_question_after_a_list_asks_each_listed_fiche(follow_up, said):
    assistant = memory_assistant(_corpus())
    history = replay(assistant, "On a des choses sur l'aide aux courriers administratifs ?")
    assert sorted(cited_titles(history[0].answer)) == sorted(LISTED)
    answer = assistant.ask(follow_up, history)
    assert cited_titles(answer) == cited_titles(history[0].answer)
    assert all(s in answer_text(answer) for s in said)
    assert "Épicerie" not in answer_text(answer)


def test_after_an_answer_about_one_fiche_the_field_is_asked_of_it():
    assistant = memory_assistant(_corpus())
    history = replay(assistant, "Parle-moi des permanences de l'écrivain public")
    assert cited_titles(history[-1].answer) == ["Permanences de l'écrivain public"]
    answer = assistant.ask("qui finance, et pour combien au total ?", history)
    assert cited_titles(answer) == ["Permanences de l'écrivain public"]
    assert "20 000" in answer_text(answer)


def test_a_field_question_naming_a_title_asks_that_fiche():
    assistant = memory_assistant(_corpus())
    history = replay(assistant, "On a des choses sur l'aide aux courriers administratifs ?")
    answer = assistant.ask("Qui finance l'épicerie solidaire du Port ?", history)
    assert cited_titles(answer) == ["Épicerie solidaire du Port"]
