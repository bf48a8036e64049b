"""Round 12: a lessons cue word said of people as the subject of their clause tells a situation (« les gens sans
voiture restent coincés »), not the difficulties of actions (« ce qui a coincé », « les projets ont galéré »)."""

from __future__ import annotations

import pytest

from assistant.lesson_cues import lesson_fields
from ingest.text import normalise


@pytest.mark.parametrize(
    "question",
    [
        "Dans nos villages les gens sans voiture restent coincés chez eux, des exemples de solutions ?",
        "Les personnes âgées des hameaux sont coincées sans bus, des idées ?",
        "Beaucoup de mamans restent bloquées par la langue, vous avez des idées ?",
        "Nos anciens se sentent coincés chez eux tout l'hiver, que proposer ?",
        "Les ados du quartier galèrent après leur exclusion, qu'est-ce qu'on peut monter ?",
    ],
)
def test_people_in_a_state_is_a_situation_not_lessons(question):
    assert lesson_fields(normalise(question)) == ()


@pytest.mark.parametrize(
    "question",
    [
        "Qu'est-ce qui a coincé dans les actions de jardinage ?",
        "Les projets de navette ont galéré sur quoi ?",
        "Quels freins ont rencontré les actions de parentalité ?",
        "Sur le soutien aux parents, quelles galères ont été remontées ?",
    ],
)
def test_actions_hampered_stay_lessons(question):
    assert lesson_fields(normalise(question)) == ("limites",)
