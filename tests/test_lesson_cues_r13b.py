"""Round 13 (B1): « le point fragile / sensible / délicat » of an action asks its limits, like « le point
faible » or « le point noir »."""

from __future__ import annotations

import pytest

from assistant.lesson_cues import lesson_fields
from ingest.text import normalise


@pytest.mark.parametrize(
    "question",
    [
        "La ludothèque itinérante, c'est quoi son point fragile ?",
        "Quels sont les points sensibles du jardin partagé ?",
        "Le point délicat de l'aide aux devoirs, c'était quoi ?",
        "et les points fragiles ?",
    ],
)
def test_a_fragile_point_asks_the_limits(question):
    assert lesson_fields(normalise(question)) == ("limites",)


def test_a_point_alone_asks_no_lesson():
    assert lesson_fields(normalise("Quel est le point de rendez-vous du jardin partagé ?")) == ()


def test_the_fragile_point_of_a_named_action_quotes_its_limits():
    from tests.helpers_index import make_fiche
    from tests.helpers_retrieval import answer_text, cited_titles, memory_assistant

    corpus = [
        make_fiche("l1", "Ludothèque itinérante", resume="Des jeux prêtés dans les quartiers.",
                   limites="Une animatrice en contrat court : la pérennité est incertaine.",
                   facteurs_reussite="Des parents bénévoles."),
        make_fiche("j1", "Jardin partagé", resume="Des parcelles pour les habitants.", limites="L'arrosage l'été."),
    ]  # fmt: skip
    answer = memory_assistant(corpus).ask("La ludothèque itinérante : c'est quoi le point fragile ?")
    assert cited_titles(answer) == ["Ludothèque itinérante"]
    assert "contrat court" in answer_text(answer) and "bénévoles" not in answer_text(answer)
