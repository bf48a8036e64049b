"""Round 15: « seulement celles en Moselle », « lesquelles sont terminées ? » after a list asked by its topic alone
(« des permanences d'écrivain public ? ») look among the fiches of that topic beyond those the list showed (at
20,000 fiches it shows 5 of dozens): a fiche of the topic with the new criteria is kept, one without the topic
never is. A list showing fewer fiches than it may (5) showed all it found: it stays the list
(`tests/test_dialogue.py`). Invented fiches."""

from __future__ import annotations

from assistant.records import Turn
from tests.helpers_retrieval import cited_titles, memory_assistant, placed_fiche, replay

PLACES = {
    "Nord": ("59", "Hauts-de-France"),
    "Moselle": ("57", "Grand Est"),
    "Gers": ("32", "Occitanie"),
    "Aude": ("11", "Occitanie"),
}


def _placed(fid: str, title: str, departement: str, **fields):
    return placed_fiche(fid, title, departement, PLACES, **fields)


def _corpus():
    courrier = "Un écrivain public reçoit les habitants pour rédiger leurs courriers administratifs."
    return [
        _placed("f-e1", "Écrivain public du lundi", "Nord", resume=courrier),
        _placed("f-e2", "Écrivain public du jeudi", "Nord", resume=courrier),
        _placed("f-e3", "Écrivain public", "Gers", resume=courrier),
        _placed("f-e5", "Écrivain public du mardi", "Aude", resume=courrier),
        _placed("f-e6", "Écrivain public du vendredi", "Gers", resume=courrier),
        _placed("f-e7", "Écrivain public du samedi", "Nord", resume=courrier),
        _placed("f-e4", "Permanences de l'écrivain public", "Moselle", resume=courrier, statut="Terminée"),
        _placed("f-x1", "Fête de quartier", "Moselle", resume="Une fête avec les familles du quartier.", statut="Terminée"),
    ]  # fmt: skip


def _listed(assistant, first: str) -> list[Turn]:
    history = replay(assistant, first)
    assert "Permanences de l'écrivain public" not in cited_titles(history[0].answer)  # beyond those shown
    return history


def test_a_place_narrows_a_topic_list_beyond_the_fiches_it_showed():
    assistant = memory_assistant(_corpus())
    history = _listed(assistant, "Vous avez des actions d'écrivain public ?")
    answer = assistant.ask("et seulement celles en Moselle ?", history)
    assert cited_titles(answer) == ["Permanences de l'écrivain public"]


def test_a_status_narrows_a_topic_list_beyond_the_fiches_it_showed():
    assistant = memory_assistant(_corpus())
    history = _listed(assistant, "Des actions d'écrivain public, il y en a ?")
    answer = assistant.ask("lesquelles sont terminées ?", history)
    assert cited_titles(answer) == ["Permanences de l'écrivain public"]


def test_a_fiche_off_the_topic_is_never_kept():
    corpus = [f for f in _corpus() if f.id != "f-e4"]
    assistant = memory_assistant(corpus)
    history = replay(assistant, "Vous avez des actions d'écrivain public ?")
    answer = assistant.ask("et seulement celles en Moselle ?", history)
    assert "Fête de quartier" not in cited_titles(answer)
