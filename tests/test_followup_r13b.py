"""Round 13 (B1): « et celles … aussi / également / en plus » adds a criterion to the list (the list narrowed),
where « et celles avec la mairie ? » alone changes one (its siblings). Invented fiches."""

from __future__ import annotations

import pytest

from assistant.records import Turn
from tests.helpers_index import make_fiche
from tests.helpers_retrieval import cited_titles, memory_assistant


def _partners():
    return [
        make_fiche("f-p1", "Goûter des Lilas", partenaires=["Caf"], resume="Un goûter pour les familles."),
        make_fiche("f-p2", "Bal des Lilas", partenaires=["Caf", "Commune"], resume="Un bal pour les familles."),
        make_fiche("f-p3", "Fête du Port", partenaires=["Commune"], resume="Une fête pour les familles."),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("follow_up", "titles"),
    [
        ("et celles avec la mairie aussi ?", {"Bal des Lilas"}),
        ("et celles où la mairie est également partenaire ?", {"Bal des Lilas"}),
        ("et celles qui ont en plus la mairie ?", {"Bal des Lilas"}),
        ("et celles avec la mairie ?", {"Bal des Lilas", "Fête du Port"}),  # one criterion changed
    ],
)
def test_also_adds_the_criterion_to_the_list(follow_up, titles):
    assistant = memory_assistant(_partners())
    question = "Quelles actions menées avec la Caf ?"
    history = [Turn(question=question, answer=assistant.ask(question))]
    assert set(cited_titles(assistant.ask(follow_up, history))) == titles
