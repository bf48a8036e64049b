"""Round 12: the phrase of the missing words read by meaning (`Answerability.span_dense`) and the model's
inputs chosen by name (`abstention.features`)."""

from __future__ import annotations

import math

import pytest

from assistant import abstention
from assistant.answerability import Answerability, Coverage

SCALE = (0.2, 0.7)


def _judge(cosines: dict[str, float], asked: list) -> Answerability:
    judge = Answerability({"jardin": 2, "immeuble": 1}, 3, SCALE)

    def span_cosines(text, ids):
        asked.append((text, list(ids)))
        return {fid: c for fid, c in cosines.items() if fid in ids}

    judge.span_cosines = span_cosines
    return judge


def test_span_dense_reads_the_missing_words_as_their_phrase() -> None:
    asked: list = []
    judge = _judge({"a": 0.45, "b": 0.6}, asked)
    question = "On veut lancer un potager collectif au pied des tours, quelqu'un l'a déjà fait ?"
    coverages = [
        Coverage("a", 0.3, 0.3, 0.1, missing=["potager", "collectif", "tours"]),
        Coverage("b", 0.2, 0.2, 0.1, missing=["potager", "collectif", "pied", "tours"]),
    ]
    top, own = judge.span_dense(question, coverages)
    assert asked == [("potager collectif au pied des tours", ["a", "b"])]
    assert (top, own) == (0.6, 0.45)  # b is the closest; a the best covered


def test_span_dense_is_zero_without_an_embedder_or_missing_words() -> None:
    judge = Answerability({"jardin": 1}, 2, SCALE)
    assert judge.span_dense("un potager ?", [Coverage("a", 0.3, 0.3, 0.1, missing=["potager"])]) == (0.0, 0.0)
    asked: list = []
    judge = _judge({"a": 0.9}, asked)
    assert judge.span_dense("un jardin ?", [Coverage("a", 0.5, 0.5, 0.1, missing=[])]) == (0.0, 0.0)
    assert asked == []


def test_span_dense_floors_fiches_the_search_did_not_return() -> None:
    judge = _judge({"b": 0.95}, [])
    top, own = judge.span_dense("une vaccination ?", [Coverage("a", 0.3, 0.3, 0.1, missing=["vaccination"])])
    assert (top, own) == (0.0, 0.0)  # « a » not returned: nothing close


def test_features_follow_the_names_asked() -> None:
    s = abstention.Signals(
        best=0.3, lexical=0.3, dense=0.2, dense_lexical=0.1, request=0.5, missing=6, missing_setting=0,
        unheard_request=0, english=False, span_dense=0.7, span_best=0.4,
    )  # fmt: skip
    assert abstention.features(s, ("span_best", "missing", "span_dense")) == [0.4, 4.0, 0.7]
    assert len(abstention.features(s)) == len(abstention.FEATURES)
    assert set(abstention.SPAN_FEATURES).isdisjoint(abstention.MODEL["features"])  # measured, not read


def test_probability_reads_the_models_own_features() -> None:
    s = abstention.Signals(
        best=0.3, lexical=0.3, dense=0.2, dense_lexical=0.1, request=0.5, missing=1, missing_setting=0,
        unheard_request=0, english=False, span_dense=1.0,
    )  # fmt: skip
    model = {"features": ("span_dense",), "mean": (0.5,), "scale": (0.5,), "weights": (2.0,), "bias": 0.0}
    assert abstention.probability(s, model) == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert abstention.by_model(s, cut=0.85, model=model) is True
    assert abstention.by_model(abstention.Signals(**{**s.as_dict(), "span_dense": 0.5}), 0.85, model) is False


def test_unheard_words_no_longer_answer_beside_the_model(monkeypatch) -> None:
    monkeypatch.setattr(abstention, "MODEL", {**abstention.MODEL, "cut": 1.01})  # the model answers nothing
    s = abstention.Signals(
        best=0.3, lexical=0.4, dense=0.7, dense_lexical=0.4, request=0.41, missing=1, missing_setting=0,
        unheard_request=1, english=False, missing_unheard=1, best_dense=0.76, calibrated=True,
    )  # fmt: skip
    assert abstention.by_unheard(s)  # « une journée de vaccination » beside the fiches of families
    assert not abstention.rescued(s)  # calibrated: the model decides (with by_words)
    assert abstention.rescued(s, hand=True)  # the hand-set rules of a sweep still read it
    assert abstention.rescued(s, u_request=0.4, u_dense=0.2)  # a sweep of its cuts too
