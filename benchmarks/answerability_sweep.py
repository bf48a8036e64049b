"""Sweep of the answerability thresholds on gold files (tune on dev files only).

    python -m benchmarks.answerability_sweep tests/data/answers_sample_dev.jsonl \
        tests/data/answers_sample_dev2.jsonl --corpus ingest/sample/fiches_exemple.txt --index-dir /tmp/sweep-sample

One `Assistant` (the UI's), the corpus synced once; for each (THRESHOLD, KEEP) pair every gold line is answered
again and the table prints: % correct, « aucune fiche » on out-of-corpus lines, false abstentions on answerable
ones (`assistant.answer_eval` figures).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from assistant import answer_eval, answerability

DEFAULT_THRESHOLDS = (0.0, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.answerability_sweep", description=__doc__)
    parser.add_argument("questions", type=Path, nargs="+", help="gold JSONL file(s): dev only")
    parser.add_argument("--corpus", type=Path, nargs="+", required=True)
    parser.add_argument("--index-dir", type=Path, default=None)
    parser.add_argument("--thresholds", type=float, nargs="+", default=list(DEFAULT_THRESHOLDS))
    parser.add_argument("--keep", type=float, nargs="+", default=[answerability.KEEP])
    return parser


def sweep(assistant, gold, thresholds, keeps) -> list[tuple[float, float, dict]]:
    """(threshold, keep, summary) for every pair, keep never above the threshold."""
    rows = []
    saved = answerability.THRESHOLD, answerability.KEEP
    try:
        for threshold in thresholds:
            for keep in sorted({min(k, threshold) for k in keeps}):
                answerability.THRESHOLD, answerability.KEEP = threshold, keep
                results = [answer_eval.run_line(assistant, line) for line in gold]
                rows.append((threshold, keep, answer_eval.summarise(results)))
    finally:
        answerability.THRESHOLD, answerability.KEEP = saved
    return rows


def table(rows: list[tuple[float, float, dict]]) -> str:
    lines = ["threshold  keep   correct   out-of-corpus abstention   false abstention"]
    for threshold, keep, s in rows:
        cells = [s["correct"], s["abstention"], s["false_abstention"]]
        pct = [f"{c['pct']:5.1f} %" if c["n"] else "   —   " for c in cells]
        lines.append(f"{threshold:9.2f}  {keep:4.2f}   {pct[0]}   {pct[1]:>24}   {pct[2]:>16}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from config import get_settings

    args = _parser().parse_args(argv)
    gold = [line for path in args.questions for line in answer_eval.load_gold(path)]
    settings = get_settings()
    answer_eval._quiet_logs(settings.log_level)
    with tempfile.TemporaryDirectory(prefix="sweep-") as tmp:
        from assistant.service import build_assistant

        index_dir = args.index_dir or Path(tmp)
        fiches, _ = answer_eval.parse_corpus(args.corpus)
        assistant = build_assistant(settings.model_copy(update={"index_dir": index_dir}))
        assistant.index.sync(fiches, prune=True)
        assistant.ask(answer_eval.WARM_UP)
        print(f"{len(gold)} questions, {assistant.index.fiche_count()} fiches")
        print(table(sweep(assistant, gold, args.thresholds, args.keep)))
        assistant.index.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
