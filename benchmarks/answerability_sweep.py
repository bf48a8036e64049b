"""Sweep of the answerability thresholds on gold files (tune on dev files only).

    python -m benchmarks.answerability_sweep tests/data/answers_sample_dev.jsonl \
        tests/data/answers_sample_dev2.jsonl --corpus ingest/sample/fiches_exemple.txt --index-dir /tmp/sweep-sample

One `Assistant` (the UI's), the corpus synced once; for each (THRESHOLD, KEEP) pair every gold line is answered
again and the table prints: % correct, « aucune fiche » on out-of-corpus lines, false abstentions on answerable
ones (`assistant.answer_eval` figures).

The rescue of « aucune fiche » (`assistant.abstention`) is calibrated in two steps, the second offline:

    python -m benchmarks.answerability_sweep GOLD... --corpus ... --dump /tmp/signals-sample.jsonl
    python -m benchmarks.answerability_sweep --rescue /tmp/signals-sample.jsonl /tmp/signals-real.jsonl

`--dump` answers every line once with the rescue off and writes, per line, whether it should abstain, whether it
did, and the signals of the topic decision behind its « aucune fiche » (`abstention.Signals`). `--rescue` reads
such files and prints, for a grid of cuts, how many out-of-corpus lines would stop abstaining (lost) and how many
false abstentions would answer (removed): a rescue changes nothing else. The grid sweeps the hand-set rules
(`abstention.rescued(hand=True)`); the learned rescue the service uses is fitted on the same dumps and measured
leave-one-file-out by `python -m benchmarks.abstention_fit`.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from assistant import abstention, answer_eval, answerability

DEFAULT_THRESHOLDS = (0.0, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.answerability_sweep", description=__doc__)
    parser.add_argument("questions", type=Path, nargs="*", help="gold JSONL file(s): tuning files only")
    parser.add_argument("--corpus", type=Path, nargs="+")
    parser.add_argument("--dump", type=Path, default=None, help="write the abstention signals per line here")
    parser.add_argument("--rescue", type=Path, nargs="+", default=None, help="signal dumps: sweep the rescue")
    parser.add_argument("--index-dir", type=Path, default=None)
    parser.add_argument(
        "--span", action="store_true", help="with --dump: measure the missing words' phrase by meaning too"
    )
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


def dump(assistant, gold) -> list[dict]:
    """Every line answered once with the rescue off: its gold, its outcome and the signals of the first topic
    decision that said « aucune fiche » while its own question was answered (None when none did)."""
    seen: list = []
    decide = answerability.Answerability.decide

    def spy(self, *args, **kwargs):
        decision = decide(self, *args, **kwargs)
        if not decision.answerable and decision.kind == "topic" and decision.signals is not None:
            seen.append(decision.signals)
        return decision

    ask = assistant.ask
    rows = []
    saved = abstention.ENABLED
    try:
        abstention.ENABLED = False
        answerability.Answerability.decide = spy
        for line in gold:

            def own(question, history=None, *args, _line=line, **kwargs):
                if question == _line.question and len(history or ()) == len(_line.history):
                    seen.clear()
                return ask(question, history, *args, **kwargs)

            assistant.ask = own
            result = answer_eval.run_line(assistant, line)
            signals = seen[0].as_dict() if seen and result.abstained else None
            rows.append(
                {"file": Path(line.file).name if line.file else "", "id": line.id, "kind": line.kind,
                 "answerable": line.answerable, "abstained": result.abstained, "ok": result.ok,
                 "signals": signals}
            )  # fmt: skip
    finally:
        abstention.ENABLED = saved
        answerability.Answerability.decide = decide
        assistant.ask = ask
    return rows


def attach_span(assistant) -> None:
    """Let the judge measure the missing words' phrase against the candidates by meaning
    (`Answerability.span_dense`, unset in the service)."""
    index = assistant.retriever.index
    judge = assistant.retriever.judge

    def cosines(text: str, ids) -> dict[str, float]:
        best: dict[str, float] = {}
        for scored in index.dense_search(text, 3 * len(ids), ids):
            fid = scored.chunk.fiche_id
            best[fid] = max(best.get(fid, scored.score), scored.score)
        return best

    judge.span_cosines = cosines


RESCUE_GRID = {
    "dense": (0.4, 0.5, 0.6, 0.7, 0.8, 9.0),
    "lexical": (0.0, 0.1, 0.2),
    "request": (0.5, 0.75, 1.0, 9.0),
}


def rescue_table(rows: list[dict]) -> str:
    """For each cut of the grid: out-of-corpus lines lost (would answer) and false abstentions removed."""
    ooc = [r for r in rows if not r["answerable"]]
    false = [r for r in rows if r["answerable"] and r["abstained"]]
    kept = sum(r["abstained"] for r in ooc)
    lines = [
        f"{len(rows)} lines: out-of-corpus {kept}/{len(ooc)} abstain, {len(false)} false abstentions "
        f"({sum(r['signals'] is not None for r in false)} by a topic decision)",
        "dense  lexical  request   OOC lost   false abstentions removed   net",
    ]
    for dense in RESCUE_GRID["dense"]:
        for lexical in RESCUE_GRID["lexical"] if dense < 9 else (0.0,):
            for request in RESCUE_GRID["request"]:
                lost, won = _outcome({"dense": dense, "lexical": lexical, "request": request}, ooc, false)
                lines.append(
                    f"{dense:5.2f}  {lexical:7.2f}  {request:7.2f}   {_counts(lost, won)}   lost: {' '.join(lost[:6])}"
                )
    lines += ["", "common words (`abstention.by_common`), meaning and setting at the module's cuts:",
              "share  lexical   OOC lost   false abstentions removed   net"]  # fmt: skip
    for share in COMMON_GRID["share"]:
        for lexical in COMMON_GRID["lexical"]:
            lost, won = _outcome({"share": share, "common_lexical": lexical}, ooc, false)
            lines.append(f"{share:5.2f}  {lexical:7.2f}   {_counts(lost, won)}   {_ids(lost, won)}")
    lines += ["", "unheard words (`abstention.by_unheard`), the other rules at the module's cuts:",
              "request  dense   OOC lost   false abstentions removed   net"]  # fmt: skip
    for request in UNHEARD_GRID["request"]:
        for dense in UNHEARD_GRID["dense"]:
            lost, won = _outcome({"u_request": request, "u_dense": dense}, ooc, false)
            lines.append(f"{request:7.2f}  {dense:5.2f}   {_counts(lost, won)}   {_ids(lost, won)}")
    return "\n".join(lines)


def _outcome(cuts: dict, ooc: list[dict], false: list[dict]) -> tuple[list[str], list[str]]:
    """Out-of-corpus lines a rescue at these cuts would answer (lost), false abstentions it would remove (won)."""
    lost = [r["id"] for r in ooc if r["abstained"] and _rescued(r, cuts)]
    won = [r["id"] for r in false if _rescued(r, cuts)]
    return lost, won


def _counts(lost: list[str], won: list[str]) -> str:
    return f"{len(lost):8d}   {len(won):25d}   {len(won) - len(lost):3d}"


def _ids(lost: list[str], won: list[str]) -> str:
    return f"lost: {' '.join(lost[:6])}  won: {' '.join(won[:8])}"


UNHEARD_GRID = {"request": (0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.65, 9.0), "dense": (0.0, 0.2, 0.3, 0.5)}
COMMON_GRID = {"share": (0.03, 0.05, 0.08, 0.1, 0.15, 0.2, 0.3, 9.0), "lexical": (0.3, 0.4, 0.45, 0.5, 0.6)}


def _rescued(row: dict, cuts: dict) -> bool:
    s = row["signals"]
    s = s and {k: v for k, v in s.items() if k in abstention.Signals.__dataclass_fields__}
    return s is not None and abstention.rescued(abstention.Signals(**s), hand=True, **cuts)


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
    if args.rescue:
        rows = [json.loads(line) for path in args.rescue for line in path.read_text().splitlines() if line]
        print(rescue_table(rows))
        return 0
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
        if args.dump:
            if args.span:
                attach_span(assistant)
            rows = dump(assistant, gold)
            args.dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
            print(rescue_table(rows))
        else:
            print(table(sweep(assistant, gold, args.thresholds, args.keep)))
        assistant.index.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
