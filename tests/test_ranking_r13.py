"""Round 13: a superlative that qualifies a public (« les familles les plus pauvres », « les habitants les plus
isolés ») is no ranking, even after a verb of a figure (« toucher », « accueillir »); a superlative of that
verb still ranks (« a touché le plus de familles »)."""

from __future__ import annotations

import pytest

from assistant import intents
from assistant.ranking import rank_spec
from ingest.text import normalise


@pytest.mark.parametrize(
    "question",
    [
        "Qu'est-ce qui bloque pour toucher les familles les plus pauvres ?",
        "comment accueillir les habitants les plus isolés du quartier ?",
        "des idées pour réunir les jeunes les plus éloignés de l'emploi ?",
        "qu'est-ce qui freine pour attirer les seniors les plus fragiles ?",
    ],
)
def test_a_superlative_qualifying_a_public_ranks_nothing(question):
    assert rank_spec(normalise(question)) is None


def test_a_public_qualified_in_a_difficulties_question_asks_the_limits():
    assert intents.detect(normalise("Qu'est-ce qui coince pour toucher les familles les plus pauvres ?")) == (
        "lessons",
        "limites",
        "",
    )


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("quelle action a touché le plus de familles ?", "nb_participants"),
        ("laquelle a accueilli le plus ?", "nb_participants"),
        ("l'action qui a touché le public le plus large", "nb_participants"),
        ("les actions aux budgets les plus élevés", "budget"),
    ],
)
def test_a_superlative_of_the_figure_still_ranks(question, field):
    spec = rank_spec(normalise(question))
    assert spec is not None and spec.field == field
