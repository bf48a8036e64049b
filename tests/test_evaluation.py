"""Evaluation: metric arithmetic on hand-made cases, gold matching, and the `eval` command end to end."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from assistant.evaluation import (
    GoldFiche,
    Question,
    Run,
    gold_ids,
    load_questions,
    main,
    ndcg_at,
    precision_at,
    recall_at,
    reciprocal_rank,
    report,
    run_all,
)
from ingest.render import render_listing
from tests.helpers_retrieval import MemoryIndex, make_fiche

TINY_QUESTIONS = Path(__file__).parent / "data" / "eval_tiny.jsonl"
LOG3 = math.log2(3)


def tiny_corpus():
    """Five fiches whose words make BM25's answers obvious (see eval_tiny.jsonl)."""
    spec = [
        ("Jardin partagé des Lilas", "CENTRE SOCIAL LES LILAS", "Isère", "38", "Un jardin potager partagé entre voisins, avec compost collectif."),
        ("Atelier cuisine du jardin", "CENTRE SOCIAL LE PHARE", "Gironde", "33", "Des recettes avec les légumes du jardin partagé voisin."),
        ("Soutien scolaire", "CENTRE SOCIAL DES IRIS", "Nord", "59", "Aide aux devoirs pour les écoliers."),
        ("Fête de la musique", "CENTRE SOCIAL L'OLIVIER", "Hérault", "34", "Concert et bal populaire dans la rue."),
        ("Écrivain public", "CENTRE SOCIAL DU MARAIS", "Pas-de-Calais", "62", "Aide aux courriers administratifs."),
    ]  # fmt: skip
    return [
        make_fiche(
            f"f{i}", title, centre=centre, departement=dep, departement_code=code, resume=resume, region=""
        )
        for i, (title, centre, dep, code, resume) in enumerate(spec, 1)
    ]


# BM25 on the tiny corpus, by hand: t1 [f1], t2 [f2], t3 [f1 (also), f2 (must)], t4 {f3, f5}, t5 nothing.
BM25_EXPECTED = {
    "recall@1": round((1 + 1 + 0 + 0.5) / 4, 4),  # 0.625
    "recall@5": 1.0,
    "recall@10": 1.0,
    "mrr": round((1 + 1 + 0.5 + 1) / 4, 4),  # 0.875
    # t3: DCG = 1/log2(2) + 2/log2(3); ideal = 2/log2(2) + 1/log2(3)
    "ndcg@10": round((1 + 1 + (1 + 2 / LOG3) / (2 + 1 / LOG3) + 1) / 4, 4),  # 0.9649
    "negatives_correct": 1,
    "negatives_total": 1,
}


def test_metric_arithmetic_on_hand_made_runs():
    run = Run(
        id="q",
        kind="facet",
        system="x",
        ranked=["a", "b", "c", "d"],
        must=["c", "z"],
        also=["a"],
        ranks=[3, None],
    )
    assert recall_at(run, 1) == 0.0
    assert recall_at(run, 5) == 0.5
    assert reciprocal_rank(run) == pytest.approx(1 / 3)
    # gains: a=1 at rank 1, c=2 at rank 3; ideal: 2, 2, 1
    expected = (1 + 2 / math.log2(4)) / (2 + 2 / LOG3 + 1 / math.log2(4))
    assert ndcg_at(run, 10) == pytest.approx(expected)
    assert precision_at(run, 2) == 0.5  # a relevant, b not
    empty = Run(id="n", kind="negative", system="x", ranked=[], must=[], also=[], ranks=[])
    assert precision_at(empty, 5) == 0.0 and reciprocal_rank(empty) == 0.0


def test_gold_fiches_match_case_and_whitespace_insensitively(capsys):
    questions = load_questions(TINY_QUESTIONS)
    gold = gold_ids(questions, tiny_corpus())
    assert gold["t3"] == (["f2"], ["f1"])  # "centre social les lilas  -  isère" is f1
    assert gold["t4"] == (["f3", "f5"], [])
    unknown = Question(id="t1", question="?", must=[GoldFiche(title="Inconnue", structure="X - Nord")])
    assert gold_ids([unknown], tiny_corpus()) == {"t1": ([], [])}
    assert "fiche attendue absente de l'index : « Inconnue » (X - Nord)" in capsys.readouterr().err


def test_bm25_baseline_metrics_on_the_tiny_case():
    runs = run_all(load_questions(TINY_QUESTIONS), MemoryIndex(tiny_corpus()))
    by = {(r.system, r.id): r for r in runs}
    assert by["bm25", "t1"].ranked == ["f1"]
    assert by["bm25", "t3"].ranked == ["f1", "f2"] and by["bm25", "t3"].ranks == [2]
    assert set(by["bm25", "t4"].ranked) == {"f3", "f5"}
    assert by["bm25", "t5"].ranked == []
    metrics = report(runs)["systems"]
    assert {key: metrics["bm25"][key] for key in BM25_EXPECTED} == BM25_EXPECTED
    assert metrics["bm25"]["exact_set"] == 3  # t1, t2 and t4 show exactly their must fiches
    assert metrics["hybrid"]["negatives_correct"] == 1  # « piscine » is in no fiche
    assert metrics["hybrid"]["recall@5"] == 1.0
    assert metrics["dense"]["negatives_correct"] == 0  # the dense baseline always answers


@pytest.mark.slow
def test_eval_command_json(tmp_path, capsys):
    corpus = tmp_path / "tiny.txt"
    corpus.write_text("\n".join(render_listing(f) for f in tiny_corpus()), encoding="utf-8")
    args = [str(TINY_QUESTIONS), "--corpus", str(corpus), "--json", "--index-dir", str(tmp_path / "idx")]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out["systems"]) == {"hybrid", "bm25", "dense"}
    assert {key: out["systems"]["bm25"][key] for key in BM25_EXPECTED} == BM25_EXPECTED
    rows = {(q["system"], q["id"]): q for q in out["questions"]}
    assert [r["title"] for r in rows["bm25", "t3"]["returned"]] == [
        "Jardin partagé des Lilas",
        "Atelier cuisine du jardin",
    ]
    assert rows["bm25", "t3"]["ranks"] == [2]
    assert rows["hybrid", "t5"]["returned"] == []
    assert set(rows["hybrid", "t1"]["returned"][0]) == {"fiche_id", "title", "centre", "departement"}


def test_eval_command_on_an_empty_index(tmp_path, capsys):
    assert main([str(TINY_QUESTIONS), "--index-dir", str(tmp_path / "vide")]) == 1
    assert "Index vide : lancez `python -m ingest fichier.txt`" in capsys.readouterr().err
