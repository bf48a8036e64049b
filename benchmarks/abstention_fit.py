"""Fit the learned rescue of « aucune fiche » (`assistant.abstention.by_model`) on signal dumps, and measure it
leave-one-file-out.

    python -m benchmarks.answerability_sweep GOLD... --corpus ... --dump /tmp/signals-sample.jsonl   # per corpus
    python -m benchmarks.abstention_fit /tmp/signals-sample.jsonl /tmp/signals-real.jsonl

Rows: every gold line whose topic decision said « aucune fiche » with the rescue off (`signals` set); label:
the line is answerable (a rescue is wanted) or out of corpus (it must keep abstaining). Model: a logistic
regression on `abstention.features` (standardised, L2-penalised, Newton steps; numpy only).

Honest estimate: each gold file is held out in turn; the model is fitted on the other files and its cut chosen
on THEIR leave-one-file-out predictions (nested) as the lowest probability at which at least `--ooc-keep` of
their out-of-corpus rows keep abstaining; the held-out file is then predicted once. The shipped cut is chosen the
same way on the leave-one-file-out predictions of all files, the shipped model fitted on all of them; the script
prints the constant block of `assistant/abstention.py` (one source of truth).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant import abstention

# The features the model is fitted on (`--features`: abstention.FEATURES by default, SPAN_FEATURES besides).
NAMES: tuple[str, ...] = abstention.FEATURES

RULES: dict[str, Callable[[abstention.Signals], bool]] = {
    "setting": abstention.by_setting,
    "words": abstention.by_words,
    "common": abstention.by_common,
    "unheard": abstention.by_unheard,
}


@dataclass(frozen=True)
class Row:
    file: str
    id: str
    answerable: bool
    signals: abstention.Signals

    @property
    def x(self) -> list[float]:
        return abstention.features(self.signals, NAMES)


def _read(paths: Sequence[Path]) -> list[dict]:
    return [json.loads(raw) for path in paths for raw in path.read_text().splitlines() if raw.strip()]


def load(paths: Sequence[Path], refresh: Sequence[Path] = ()) -> tuple[list[Row], dict[str, dict]]:
    """The rows a rescue may change (a topic « aucune fiche »), and per file the counts before any rescue.
    `refresh`: dumps of some of the same lines (by file and id) whose signals replace the ones read first
    (the abstaining lines dumped again after a signal was added)."""
    fields = abstention.Signals.__dataclass_fields__
    newer = {(r["file"], r["id"]): r["signals"] for r in _read(refresh) if r["signals"] is not None}
    rows: list[Row] = []
    before: dict[str, dict] = {}
    for r in _read(paths):
        r["signals"] = newer.get((r["file"], r["id"]), r["signals"])
        b = before.setdefault(r["file"], {"ooc": 0, "ooc_kept": 0, "false": 0, "false_topic": 0})
        if not r["answerable"]:
            b["ooc"] += 1
            b["ooc_kept"] += r["abstained"]
        elif r["abstained"]:
            b["false"] += 1
            b["false_topic"] += r["signals"] is not None
        if r["abstained"] and r["signals"] is not None:
            s = abstention.Signals(**{k: v for k, v in r["signals"].items() if k in fields})
            rows.append(Row(r["file"], r["id"], bool(r["answerable"]), s))
    return rows, before


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> dict:
    """Logistic regression on standardised features, bias unpenalised (Newton's method)."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -30, 30)))
        grad = z.T @ (p - y) + penalty * w
        hess = z.T @ (z * (p * (1 - p))[:, None]) + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return {"mean": mean, "scale": scale, "bias": float(w[0]), "weights": w[1:]}


def predict(model: dict, x: np.ndarray) -> np.ndarray:
    z = model["bias"] + ((x - model["mean"]) / model["scale"]) @ model["weights"]
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def lofo(rows: list[Row], l2: float) -> np.ndarray:
    """Each row's probability from the model fitted without its file."""
    x = np.array([r.x for r in rows])
    y = np.array([r.answerable for r in rows], dtype=float)
    files = np.array([r.file for r in rows])
    out = np.zeros(len(rows))
    for f in sorted(set(files)):
        held = files == f
        if y[~held].min() == y[~held].max():
            continue
        out[held] = predict(fit(x[~held], y[~held], l2), x[held])
    return out


def choose_cut(p: np.ndarray, rows: list[Row], rescued: np.ndarray, ooc_keep: float) -> float:
    """The lowest cut at which at least `ooc_keep` of the out-of-corpus rows keep abstaining (the rules in
    `rescued` answering besides)."""
    ooc = np.array([not r.answerable for r in rows])
    n = max(1, int(ooc.sum()))
    best = 1.0 + 1e-9
    for cut in sorted(set(np.round(p, 6)) | {1.0}, reverse=True):
        lost = (ooc & ((p >= cut) | rescued)).sum()
        if (n - lost) / n < ooc_keep:
            break
        best = cut
    return float(best)


def rule_flags(rows: list[Row], rules: Sequence[str]) -> np.ndarray:
    return np.array([any(RULES[name](r.signals) for name in rules) for r in rows], dtype=bool)


def nested(
    rows: list[Row], l2: float, rules: Sequence[str], ooc_keep: float
) -> dict[str, tuple[int, int, float]]:
    """Per held-out file: (out-of-corpus rows answered, false abstentions removed, cut) by a model fitted on the
    other files, its cut chosen on their own leave-one-file-out predictions."""
    x = np.array([r.x for r in rows])
    y = np.array([r.answerable for r in rows], dtype=float)
    files = np.array([r.file for r in rows])
    flags = rule_flags(rows, rules)
    table = {}
    for f in sorted(set(files)):
        held = files == f
        train = [r for r, h in zip(rows, held, strict=True) if not h]
        cut = choose_cut(lofo(train, l2), train, flags[~held], ooc_keep)
        p = predict(fit(x[~held], y[~held], l2), x[held])
        answered = (p >= cut) | flags[held]
        lost = int((answered & (y[held] == 0)).sum())
        won = int((answered & (y[held] == 1)).sum())
        table[f] = (lost, won, cut)
    return table


def report(rows: list[Row], before: dict[str, dict], table: dict[str, tuple[int, int, float]]) -> str:
    lines = ["held-out file                      OOC kept (before)   false abst. (topic)   removed   cut"]
    tot = np.zeros(5, dtype=int)
    for f in sorted(before):
        b = before[f]
        lost, won, cut = table.get(f, (0, 0, float("nan")))
        kept = b["ooc_kept"] - lost
        tot += [b["ooc"], b["ooc_kept"], kept, b["false"], won]
        lines.append(
            f"{f:34s} {kept:3d}/{b['ooc']:<3d} ({b['ooc_kept']:3d})   {b['false']:3d} ({b['false_topic']:3d})"
            f"   {won:13d}   {cut:.3f}"
        )
    lines.append(
        f"{'all':34s} {tot[2]:3d}/{tot[0]:<3d} ({tot[1]:3d})   {tot[3]:3d}         {tot[4]:13d}"
        f"   OOC kept {tot[2] / max(1, tot[1]):.3f} of those abstaining before"
    )
    return "\n".join(lines)


def constant_block(model: dict, cut: float, command: str) -> str:
    def tup(values) -> str:
        return "(" + ", ".join(f"{v:.4f}" for v in values) + ")"

    return "\n".join(
        [
            "# Fitted by benchmarks/abstention_fit.py (do not edit by hand):",
            f"#   {command}",
            "# fmt: off",
            "MODEL = {",
            f'    "features": {NAMES!r},',
            f'    "mean": {tup(model["mean"])},',
            f'    "scale": {tup(model["scale"])},',
            f'    "weights": {tup(model["weights"])},',
            f'    "bias": {model["bias"]:.4f},',
            f'    "cut": {cut:.4f},',
            "}",
            "# fmt: on",
        ]
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.abstention_fit", description=__doc__)
    parser.add_argument(
        "dumps", type=Path, nargs="+", help="`answerability_sweep --dump` files (tuning only)"
    )
    parser.add_argument("--refresh", type=Path, nargs="*", default=[], help="dumps of abstaining lines again")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--ooc-keep", type=float, default=0.97)
    names = (*abstention.FEATURES, *abstention.SPAN_FEATURES)
    parser.add_argument("--features", nargs="+", default=list(abstention.FEATURES), choices=names)
    parser.add_argument("--rules", nargs="*", default=[], choices=sorted(RULES), help="rules kept beside")
    return parser


def main(argv: list[str] | None = None) -> int:
    global NAMES
    args = _parser().parse_args(argv)
    NAMES = tuple(args.features)
    rows, before = load(args.dumps, args.refresh)
    n_ooc = sum(not r.answerable for r in rows)
    print(f"{len(rows)} topic abstentions: {len(rows) - n_ooc} answerable, {n_ooc} out of corpus")
    for rules in ([], *([name] for name in RULES), list(RULES)):
        flags = rule_flags(rows, rules)
        lost = sum(f and not r.answerable for f, r in zip(flags, rows, strict=True))
        won = sum(f and r.answerable for f, r in zip(flags, rows, strict=True))
        table = nested(rows, args.l2, rules, args.ooc_keep)
        m_lost = sum(v[0] for v in table.values())
        m_won = sum(v[1] for v in table.values())
        print(f"rules {'+'.join(rules) or '-':28s} alone: lost {lost:2d} won {won:2d}   "
              f"with the model (nested LOFO): lost {m_lost:2d} won {m_won:2d}")  # fmt: skip
    print()
    print(report(rows, before, nested(rows, args.l2, args.rules, args.ooc_keep)))
    x = np.array([r.x for r in rows])
    y = np.array([r.answerable for r in rows], dtype=float)
    cut = choose_cut(lofo(rows, args.l2), rows, rule_flags(rows, args.rules), args.ooc_keep)
    model = fit(x, y, args.l2)
    print()
    for name, w in sorted(zip(NAMES, model["weights"], strict=True), key=lambda t: -abs(t[1])):
        print(f"  {name:16s} {w:+.3f}")
    command = "python -m benchmarks.abstention_fit " + " ".join(
        [
            *(p.name for p in args.dumps),
            *(["--refresh", *(p.name for p in args.refresh)] if args.refresh else []),
            f"--l2 {args.l2:g}",
            f"--ooc-keep {args.ooc_keep:g}",
            *([f"--features {' '.join(NAMES)}"] if NAMES != abstention.FEATURES else []),
        ]
        + ([f"--rules {' '.join(args.rules)}"] if args.rules else [])
    )
    print()
    print(constant_block(model, cut, command))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
