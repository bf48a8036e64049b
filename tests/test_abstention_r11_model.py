"""The learned rescue of « aucune fiche » (round 11): the features read of the signals, the logistic model's
probability and cut, the fit and its leave-one-file-out cut (`benchmarks.abstention_fit`), and the constant block
the script prints read back by `assistant.abstention`. Invented signals and files, known answers."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest

from assistant import abstention
from assistant.abstention import FEATURES, Signals, by_model, features, probability
from assistant.answerability import Answerability, Candidate
from benchmarks import abstention_fit
from benchmarks.abstention_fit import Row, choose_cut, constant_block, fit, lofo, nested, predict
from ingest.text import tokens
from tests.helpers_retrieval import make_fiche


def _signals(request: float, missing: int = 1, unheard: int = 0, lexical: float = 0.3, dense: float = 0.3):
    return Signals(
        best=0.3, lexical=lexical, dense=dense, dense_lexical=lexical, request=request, missing=missing,
        missing_setting=0, unheard_request=unheard, english=False, missing_unheard=unheard, covered=2,
        best_dense=dense, best_lexical=lexical, missing_rare=missing - unheard, calibrated=True,
    )  # fmt: skip


def _one_weight(name: str, weight: float, bias: float, cut: float = 0.5) -> dict:
    n = len(FEATURES)
    weights = tuple(weight if f == name else 0.0 for f in FEATURES)
    return {"features": FEATURES, "mean": (0.0,) * n, "scale": (1.0,) * n, "weights": weights, "bias": bias,
            "cut": cut}  # fmt: skip


def test_features_are_shares_and_capped_counts_in_their_order():
    x = dict(zip(FEATURES, features(_signals(0.6, missing=6, unheard=3)), strict=True))
    assert x["request"] == 0.6
    assert x["missing"] == 4  # capped
    assert x["unheard_share"] == 0.5  # 3 of 6 missing words are unheard
    assert x["rare_share"] == 0.5
    assert x["condition"] == 0.0


def test_probability_is_the_logistic_of_the_weighted_features():
    model = _one_weight("request", 10.0, -5.0)
    assert probability(_signals(0.5), model) == pytest.approx(0.5)
    assert probability(_signals(0.8), model) == pytest.approx(1 / (1 + math.exp(-3.0)))
    assert by_model(_signals(0.8), model=model)
    assert not by_model(_signals(0.3), model=model)
    assert by_model(_signals(0.3), cut=0.05, model=model)  # 1/(1+e^2) = 0.119


def test_no_model_rescues_nothing():
    assert probability(_signals(1.0), {}) == 0.0
    assert not by_model(_signals(1.0), model={})


def test_rescued_asks_the_module_model(monkeypatch):
    monkeypatch.setattr(abstention, "MODEL", _one_weight("request", 10.0, -5.0))
    monkeypatch.setattr(abstention, "ENABLED", True)
    s = _signals(0.9, missing=2, lexical=0.1)  # no hand-set rule answers it: the model does
    assert abstention.rescued(s)
    monkeypatch.setattr(abstention, "MODEL", _one_weight("request", 10.0, -9.5))
    assert not abstention.rescued(s)


def _rows() -> list[Row]:
    """Three files; answerable rows cover most of the request, out-of-corpus ones little of it."""
    rows = []
    for f in ("a", "b", "c"):
        for i, req in enumerate((0.7, 0.8, 0.9)):
            rows.append(Row(f, f"{f}-y{i}", True, _signals(req)))
        for i, req in enumerate((0.0, 0.1, 0.2, 0.3, 0.35, 0.4)):
            rows.append(Row(f, f"{f}-n{i}", False, _signals(req, unheard=1)))
    return rows


def test_the_fit_learns_the_sign_of_the_request_and_separates_the_rows():
    rows = _rows()
    x = np.array([r.x for r in rows])
    y = np.array([r.answerable for r in rows], dtype=float)
    model = fit(x, y, l2=1.0)
    assert model["weights"][FEATURES.index("request")] > 0
    p = predict(model, x)
    assert p[y == 1].min() > p[y == 0].max()


def test_the_cut_keeps_the_share_of_out_of_corpus_rows_asked():
    rows = _rows()
    p = np.array([0.9 if r.answerable else 0.05 for r in rows])
    p[-1] = 0.95  # one out-of-corpus row looks answerable
    none = np.zeros(len(rows), dtype=bool)
    assert choose_cut(p, rows, none, ooc_keep=1.0) > 0.95  # nothing may be lost: above that row
    assert choose_cut(p, rows, none, ooc_keep=0.9) == pytest.approx(0.9)  # 1 lost of 18 is 94 %


def test_leave_one_file_out_predicts_each_file_with_a_model_that_never_saw_it():
    rows = _rows()
    p = lofo(rows, l2=1.0)
    y = np.array([r.answerable for r in rows])
    assert p[y].min() > p[~y].max()
    table = nested(rows, 1.0, [], ooc_keep=1.0)
    assert set(table) == {"a", "b", "c"}
    assert all(lost == 0 and won == 3 for lost, won, _ in table.values())


def test_the_printed_block_is_what_the_module_reads():
    rows = _rows()
    x = np.array([r.x for r in rows])
    y = np.array([r.answerable for r in rows], dtype=float)
    model = fit(x, y, l2=1.0)
    scope: dict = {}
    exec(constant_block(model, 0.5, "python -m benchmarks.abstention_fit x.jsonl"), scope)  # noqa: S102
    shipped = scope["MODEL"]
    assert shipped["features"] == FEATURES
    for row, expected in zip(rows, predict(model, x), strict=True):
        assert probability(row.signals, shipped) == pytest.approx(expected, abs=2e-3)


def test_the_load_counts_each_file_before_any_rescue(tmp_path):
    s = _signals(0.5).as_dict()
    lines = [
        {"file": "f.jsonl", "id": "1", "answerable": False, "abstained": True, "signals": s},
        {"file": "f.jsonl", "id": "2", "answerable": False, "abstained": False, "signals": None},
        {"file": "f.jsonl", "id": "3", "answerable": True, "abstained": True, "signals": s},
        {"file": "f.jsonl", "id": "4", "answerable": True, "abstained": True, "signals": None},
    ]
    path = tmp_path / "d.jsonl"
    path.write_text("".join(abstention_fit.json.dumps(x) + "\n" for x in lines))
    rows, before = abstention_fit.load([path])
    assert [r.id for r in rows] == ["1", "3"]
    assert before["f.jsonl"] == {"ooc": 2, "ooc_kept": 1, "false": 2, "false_topic": 1}


def _near_judge():
    judge = Answerability({"dechet": 2, "famille": 5, "reduire": 2, "poubelle": 1}, 10)
    table = {
        "detritus": [("dechet", 0.71), ("poubelle", 0.55), ("piscine", 0.2)],
        "natation": [("piscine", 0.8)],
    }
    judge.neighbours = lambda norm, k: table.get(norm, [])[:k]
    return judge


def test_a_missing_word_near_a_word_of_the_closest_fiche_is_measured():
    judge = _near_judge()
    fiche = make_fiche("zd", "Défi familles", resume="Réduire les déchets de la poubelle des familles.")
    text = "réduire les détritus des familles"
    decision = judge.decide(judge.terms(tokens(text), set(), text=text), [Candidate(fiche)])
    assert decision.signals is not None  # « détritus » is no word of the base: the coverage falls short
    assert decision.signals.missing_near == pytest.approx(0.71)  # « déchets », the nearest the fiche has
    text = "la natation des familles"
    decision = judge.decide(judge.terms(tokens(text), set(), text=text), [Candidate(fiche)])
    assert decision.signals is not None  # « piscine », its only neighbour, is not in the fiche: below it
    assert decision.signals.missing_near == pytest.approx(0.8)


def test_without_an_embedder_nothing_is_near():
    judge = Answerability({"dechet": 2, "famille": 5}, 10)
    fiche = make_fiche("zd", "Défi familles", resume="Les déchets des familles.")
    text = "les détritus des familles"
    decision = judge.decide(judge.terms(tokens(text), set(), text=text), [Candidate(fiche)])
    assert decision.signals is not None and decision.signals.missing_near == 0.0


def test_the_shipped_model_reads_the_features_in_their_order_and_answers_by_its_rules():
    assert abstention.MODEL["features"] == FEATURES
    assert len(abstention.MODEL["weights"]) == len(FEATURES) == len(abstention.MODEL["mean"])
    assert 0 < abstention.MODEL["cut"] < 1
    nothing = _signals(
        0.0, missing=3, unheard=3, lexical=0.0, dense=0.0
    )  # three absent words, nothing covered
    assert not abstention.rescued(nothing)


def test_signals_measured_without_the_fitted_embedder_are_judged_by_the_hand_set_rules(monkeypatch):
    monkeypatch.setattr(abstention, "MODEL", _one_weight("request", 10.0, -5.0))
    s = replace(_signals(0.9, missing=2, lexical=0.1), calibrated=False)
    assert not abstention.rescued(s)  # the model would answer (request 0.9); no hand-set rule does
    assert abstention.rescued(replace(s, calibrated=True))
