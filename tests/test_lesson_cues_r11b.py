"""Round 11 wave B: a verb of an obstacle met (« se heurter à », « peiner à », « trébucher sur ») said of
actions asks their difficulties; said of people, it tells their situation."""

from __future__ import annotations

import pytest

from assistant.intents import detect
from assistant.lesson_cues import disturbed_actions, lesson_fields
from ingest.text import normalise


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("les grands-pères qui ne viennent pas : quels projets se heurtent à ça ?", "heurtent"),
        ("quelles actions peinent à garder leurs bénévoles ?", "peinent"),
        ("des ateliers ont trébuché sur la question du transport ?", "trebuche"),
    ],
)
def test_an_obstacle_verb_said_of_actions_asks_their_difficulties(question, verb):
    norm = normalise(question)
    assert disturbed_actions(norm) == [verb]
    assert lesson_fields(norm) == ("limites",)
    assert detect(norm)[0] == "lessons"


@pytest.mark.parametrize(
    "question",
    [
        "les familles qui peinent à payer leur loyer",
        "des habitants se heurtent à la barrière de la langue : quelles aides ?",
    ],
)
def test_an_obstacle_verb_said_of_people_tells_a_situation(question):
    norm = normalise(question)
    assert disturbed_actions(norm) == []
    assert "limites" not in lesson_fields(norm)


def test_the_noun_of_an_obstacle_verb_is_no_cue():
    assert disturbed_actions(normalise("quelles actions ont à peine démarré cette année ?")) == []
    assert disturbed_actions(normalise("les ateliers valent la peine ?")) == []
