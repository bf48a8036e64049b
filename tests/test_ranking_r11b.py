"""Round 11 wave B: a word ending a ranking right after its figure, with no article nor preposition (« le plus
de professionnels engagés dessus », « … là-dessus », « … dedans »), is an adverb for the actions ranked,
never the topic the fiches must be about; a topic after the figure keeps its preposition."""

from __future__ import annotations

import pytest

from assistant.ranking import kind_nouns, measure_words, rank_spec, ranking_span, ranking_words
from ingest.text import normalise


def _tail(question: str) -> set[str]:
    """The words `ranking_words` leaves out of the topic beyond the figure's own words."""
    norm = normalise(question)
    return ranking_words(norm) - measure_words(norm) - ranking_span(norm) - kind_nouns(norm)


@pytest.mark.parametrize(
    ("question", "tail"),
    [
        ("Laquelle des actions a eu le plus de professionnels engagés dessus ?", {"dessus"}),
        ("Quelle action a mobilisé le plus de salariés là-dessus ?", {"dessus"}),
        ("Quel projet avait le plus de pros dedans ?", {"dedans"}),
        ("Quelle action a eu le plus de bénévoles mobilisés ici ?", {"ici"}),
    ],
)
def test_an_adverb_after_the_figure_is_no_topic(question, tail):
    assert _tail(question) == tail
    assert tail <= ranking_words(normalise(question))
    assert rank_spec(normalise(question)) is not None


@pytest.mark.parametrize(
    "question",
    [
        "quelle action a le plus de bénévoles pour les jeunes ?",
        "quelle action a eu le plus de bénévoles au jardin ?",
        "quel atelier cuisine a le plus de bénévoles ?",
        "quelle action a le budget le plus élevé ?",
    ],
)
def test_a_topic_introduced_by_a_preposition_or_before_the_figure_stays(question):
    assert _tail(question) == set()


def test_an_inflected_word_after_the_figure_qualifies_it_and_stays():
    assert _tail("quelle action a le plus de bénévoles seniors ?") == set()
