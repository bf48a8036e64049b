"""Scale benchmark: ingest time, index size, peak memory and query latency for N synthetic fiches.

    python -m benchmarks.run --fiches 1000 --fiches 5000 --fiches 20000 [--questions 200]

Each N runs in two child processes (ingest, then queries) so that peak RSS is measured per phase.
Every speed figure is given with a baseline measured in the same run: ingest passages/s against the bare
embedder on the same passages; retrieval p95 against one bare query embedding. Results: a table on stdout
and a JSON file under benchmarks/results/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    idx = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[idx]


def _dir_size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


# ---------------------------------------------------------------- child phases


def phase_ingest(corpus: Path, index_dir: Path) -> dict:
    from ingest.parser import parse_files
    from vectorstore.index import FicheIndex

    t0 = time.perf_counter()
    parsed = parse_files([corpus])
    parse_s = time.perf_counter() - t0
    index = FicheIndex.open(index_dir=index_dir)
    t1 = time.perf_counter()
    report = index.sync(parsed.fiches)
    ingest_s = time.perf_counter() - t1
    sample = index.dense_passages(limit=400)
    embeddings = index.embeddings
    t2 = time.perf_counter()
    embeddings.embed_documents(sample)
    bare_s = time.perf_counter() - t2
    dense_passages = index.dense_count()
    return {
        "fiches": len(parsed.fiches),
        "parse_seconds": parse_s,
        "ingest_seconds": ingest_s,
        "chunks": report.chunks,
        "dense_passages": dense_passages,
        "ingest_passages_per_s": dense_passages / ingest_s if ingest_s else 0.0,
        "bare_passages_per_s": len(sample) / bare_s if bare_s else 0.0,
        "peak_rss_mb": _peak_rss_mb(),
    }


def phase_query(index_dir: Path, n_questions: int) -> dict:
    from assistant.service import build_assistant
    from benchmarks.questions import benchmark_questions
    from config import get_settings

    os.environ["INDEX_DIR"] = str(index_dir)
    get_settings.cache_clear()
    assistant = build_assistant(get_settings())
    retriever, index = assistant.retriever, assistant.index
    questions = benchmark_questions(index.all_fiches(), n_questions)
    retriever.search(questions[0])  # warm-up: model load, caches
    index.embeddings.embed_query(questions[0])

    bare = _timed(index.embeddings.embed_query, questions)
    search = _timed(retriever.search, questions)
    answer = _timed(assistant.ask, questions[: max(20, n_questions // 4)])
    return {
        "questions": len(questions),
        "bare_query_ms": _summary(bare),
        "search_ms": _summary(search),
        "answer_ms": _summary(answer),
        "search_p95_over_bare_p95": _summary(search)["p95"] / max(_summary(bare)["p95"], 1e-9),
        "peak_rss_mb": _peak_rss_mb(),
    }


def _timed(fn, items: list[str]) -> list[float]:
    out = []
    for item in items:
        t = time.perf_counter()
        fn(item)
        out.append((time.perf_counter() - t) * 1000)
    return out


def _summary(ms: list[float]) -> dict:
    return {
        "p50": _percentile(ms, 50),
        "p95": _percentile(ms, 95),
        "p99": _percentile(ms, 99),
        "mean": statistics.fmean(ms),
    }


# ---------------------------------------------------------------- driver


def _child(args: list[str]) -> dict:
    cmd = [sys.executable, "-m", "benchmarks.run", *args]
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_size(n: int, n_questions: int, workdir: Path, seed: int) -> dict:
    from benchmarks.generate import write_corpus

    corpus = workdir / f"corpus_{n}.txt"
    if not corpus.exists():
        with corpus.open("w", encoding="utf-8") as fh:
            write_corpus(fh, n, seed)
    index_dir = workdir / f"index_{n}"
    saved = workdir / f"ingest_{n}.json"
    if saved.exists():  # --workdir reuse: the ingest phase of this size already ran
        ingest = json.loads(saved.read_text())
    else:
        print(f"[{n} fiches] ingest…", file=sys.stderr, flush=True)
        ingest = _child(["--phase", "ingest", "--corpus", str(corpus), "--index-dir", str(index_dir)])
        ingest["index_size_mb"] = _dir_size_mb(index_dir)
        saved.write_text(json.dumps(ingest))
    ingest["ingest_over_bare"] = ingest["ingest_passages_per_s"] / max(ingest["bare_passages_per_s"], 1e-9)
    print(f"[{n} fiches] queries…", file=sys.stderr, flush=True)
    query = _child(["--phase", "query", "--index-dir", str(index_dir), "--questions", str(n_questions)])
    return {"n": n, "ingest": ingest, "query": query}


def format_table(rows: list[dict]) -> str:
    head = (
        "| fiches | ingest s | passages/s (× bare) | index MB | RSS ingest MB | search p50/p95/p99 ms "
        "| p95 × bare query | answer p95 ms | RSS query MB |"
    )
    lines = [head, "|" + "---|" * 9]
    for r in rows:
        i, q = r["ingest"], r["query"]
        s = q["search_ms"]
        lines.append(
            f"| {r['n']} | {i['ingest_seconds']:.0f} | {i['ingest_passages_per_s']:.1f} "
            f"({i['ingest_over_bare']:.2f}×) | {i['index_size_mb']:.0f} | {i['peak_rss_mb']:.0f} "
            f"| {s['p50']:.1f} / {s['p95']:.1f} / {s['p99']:.1f} | {q['search_p95_over_bare_p95']:.2f}× "
            f"| {q['answer_ms']['p95']:.1f} | {q['peak_rss_mb']:.0f} |"
        )
    if len(rows) > 1:
        a, b = rows[0], rows[-1]
        growth = b["n"] / a["n"]
        lines.append("")
        lines.append(
            f"Growth {a['n']} → {b['n']} fiches (×{growth:.0f}): ingest seconds "
            f"×{b['ingest']['ingest_seconds'] / a['ingest']['ingest_seconds']:.1f}, "
            f"search p95 ×{b['query']['search_ms']['p95'] / a['query']['search_ms']['p95']:.1f}, "
            f"index size ×{b['ingest']['index_size_mb'] / a['ingest']['index_size_mb']:.1f}, "
            f"query RSS ×{b['query']['peak_rss_mb'] / a['query']['peak_rss_mb']:.1f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.splitlines()[0])
    p.add_argument("--fiches", type=int, action="append", help="corpus size (repeatable)")
    p.add_argument("--questions", type=int, default=200)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--workdir", type=Path, default=None, help="keep corpora and indexes here")
    p.add_argument("--out", type=Path, default=RESULTS)
    p.add_argument("--phase", choices=["ingest", "query"], help=argparse.SUPPRESS)
    p.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--index-dir", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args(argv)

    if args.phase == "ingest":
        print(json.dumps(phase_ingest(args.corpus, args.index_dir)))
        return 0
    if args.phase == "query":
        print(json.dumps(phase_query(args.index_dir, args.questions)))
        return 0

    sizes = args.fiches or [1000]
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="fiches-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    rows = [run_size(n, args.questions, workdir, args.seed) for n in sizes]
    table = format_table(rows)
    print(table)
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = dt.date.today().isoformat()
    name = f"{stamp}_" + "-".join(str(n) for n in sizes)
    from config import get_settings

    meta = {
        "date": stamp,
        "embedding_model": get_settings().embedding_model,
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
    }
    (args.out / f"{name}.json").write_text(json.dumps({"meta": meta, "results": rows}, indent=2))
    (args.out / f"{name}.md").write_text(f"# Benchmark {stamp} ({meta['embedding_model']})\n\n{table}\n")
    print(f"\nRésultats écrits dans {args.out / name}.json et .md", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
