"""`python -m assistant feedback [--data-dir DIR] [--json] [--top N]`: what users thought of the answers.

Reads `<data_dir>/feedback.jsonl` (the app's 👍/👎 and comments, `assistant.feedback`) and prints, for
whoever maintains the base: the number of votes (👍, 👎, comments, period), the worst-rated questions (most
👎 net of 👍, same question however written: case, accents, spacing), and the latest comments. With
`--json`, one object with the same figures. Exit codes: 0 (also when there is no feedback yet), 2 usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from assistant.feedback import FeedbackEntry, FeedbackStore
from config import get_settings
from ingest.text import normalise

TOP = 10
COMMENT_CHARS = 300  # characters of a comment shown in the text summary


@dataclass
class QuestionScore:
    question: str  # as last asked
    dislikes: int = 0
    likes: int = 0
    last: str = ""  # time of the last vote
    comments: list[str] = field(default_factory=list)

    @property
    def net(self) -> int:
        return self.dislikes - self.likes


@dataclass
class Summary:
    path: str
    votes: int = 0
    likes: int = 0
    dislikes: int = 0
    comments: int = 0
    first: str = ""
    last: str = ""
    worst: list[QuestionScore] = field(default_factory=list)
    latest_comments: list[dict] = field(default_factory=list)


def summarise(entries: list[FeedbackEntry], path: Path, top: int = TOP) -> Summary:
    summary = Summary(path=str(path), votes=len(entries))
    summary.likes = sum(e.liked for e in entries)
    summary.dislikes = summary.votes - summary.likes
    times = sorted(e.time for e in entries if e.time)
    summary.first, summary.last = (times[0], times[-1]) if times else ("", "")
    commented = sorted((e for e in entries if e.comment), key=lambda e: e.comment_time or e.time)
    summary.comments = len(commented)
    summary.worst = worst_questions(entries, top)
    summary.latest_comments = [
        {"time": e.comment_time or e.time, "liked": e.liked, "question": e.question, "comment": e.comment}
        for e in reversed(commented[-top:])
    ]
    return summary


def worst_questions(entries: list[FeedbackEntry], top: int = TOP) -> list[QuestionScore]:
    """Questions with at least one 👎, most 👎 net of 👍 first (then most 👎, latest)."""
    scores: dict[str, QuestionScore] = defaultdict(lambda: QuestionScore(question=""))
    for entry in sorted(entries, key=lambda e: e.time):
        score = scores[" ".join(normalise(entry.question).split())]
        score.question = entry.question
        score.last = entry.time
        if entry.liked:
            score.likes += 1
        else:
            score.dislikes += 1
        if entry.comment:
            score.comments.append(entry.comment)
    rated = [s for s in scores.values() if s.dislikes]
    rated.sort(key=lambda s: s.last, reverse=True)
    rated.sort(key=lambda s: (-s.net, -s.dislikes))
    return rated[:top]


def _short(text: str, limit: int = COMMENT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_text(summary: Summary) -> str:
    if not summary.votes:
        return f"Aucun avis enregistré ({summary.path})."
    lines = [
        f"Avis : {summary.votes} (👍 {summary.likes}, 👎 {summary.dislikes}), "
        f"{summary.comments} commentaire{'s' if summary.comments > 1 else ''} — {summary.path}",
        f"Période : du {summary.first[:10]} au {summary.last[:10]}.",
    ]
    if summary.worst:
        lines += ["", "Questions les moins bien notées :"]
        for i, score in enumerate(summary.worst, start=1):
            lines.append(
                f"{i:>3}. « {_short(score.question, 160)} » — 👎 {score.dislikes}, 👍 {score.likes} "
                f"(dernier avis : {score.last[:10]})"
            )
            lines += [f"       💬 « {_short(c)} »" for c in score.comments[-2:]]
    if summary.latest_comments:
        lines += ["", "Derniers commentaires :"]
        for item in summary.latest_comments:
            vote = "👍" if item["liked"] else "👎"
            lines.append(
                f"  - {item['time'][:10]} {vote} « {_short(item['comment'])} » "
                f"— sur « {_short(item['question'], 120)} »"
            )
    return "\n".join(lines)


def render_json(summary: Summary) -> str:
    data = asdict(summary)
    for item, score in zip(data["worst"], summary.worst, strict=True):
        item["net"] = score.net
    return json.dumps(data, ensure_ascii=False)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m assistant feedback",
        description="Résumé des avis 👍/👎 et des commentaires laissés dans l'application.",
    )
    parser.add_argument("--data-dir", type=Path, help="Dossier des données (défaut : DATA_DIR)")
    parser.add_argument("--json", action="store_true", help="Un objet JSON au lieu du texte")
    parser.add_argument(
        "--top", type=int, default=TOP, help=f"Questions et commentaires listés (défaut : {TOP})"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    store = FeedbackStore(args.data_dir or get_settings().data_dir)
    summary = summarise(store.entries(), store.path, max(1, args.top))
    print(render_json(summary) if args.json else render_text(summary))
    return 0
