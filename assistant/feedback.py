"""👍/👎 feedback on answers, appended as JSON lines to `<data_dir>/feedback.jsonl`.

One line per vote: id, time, vote, question, answer text, mode, warnings and citations (as in `Answer`),
so that a bad answer can be replayed and its sources checked later. An optional comment (at most
`MAX_COMMENT` characters, one per vote) is written as the same entry again with its `comment`: `entries()`
keeps the last line of each id. One vote per message and session is the app's rule (`assistant.limits`).
`python -m assistant feedback` summarises the file (`assistant.feedback_cli`).
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections import OrderedDict
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, Field

from assistant.records import Answer, Citation

logger = logging.getLogger(__name__)

FEEDBACK_FILE = "feedback.jsonl"
MAX_COMMENT = 2000  # characters of a comment kept
_REMEMBERED = 10_000  # commented vote ids remembered (one comment per vote)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class FeedbackEntry(BaseModel):
    id: str = Field("", description="Identifies the vote; a comment repeats the entry with the same id")
    time: str = Field(description="UTC timestamp, ISO 8601")
    liked: bool
    question: str
    answer: str
    mode: str = "extractive"
    warnings: list[str] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    comment: str = Field("", description=f"Optional, at most {MAX_COMMENT} characters")
    comment_time: str = ""


class FeedbackStore:
    """Append-only JSONL store; safe to share between the app's worker threads."""

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / FEEDBACK_FILE
        self._lock = threading.Lock()
        self._commented: OrderedDict[str, None] = OrderedDict()

    def record(self, question: str, answer: Answer, liked: bool) -> FeedbackEntry:
        entry = FeedbackEntry(
            id=uuid.uuid4().hex[:16],
            time=_now(),
            liked=liked,
            question=question,
            answer=answer.text,
            mode=answer.mode,
            warnings=answer.warnings,
            citations=answer.citations,
        )
        self._append(entry)
        logger.info("Feedback %s recorded in %s", "+1" if liked else "-1", self.path)
        return entry

    def comment(self, entry: FeedbackEntry, text: str) -> FeedbackEntry | None:
        """The vote with its comment (cut to `MAX_COMMENT`), written once; None when the text is empty or
        the vote already has a comment."""
        text = (text or "").strip()[:MAX_COMMENT]
        if not text or not entry.id:
            return None
        with self._lock:
            if entry.id in self._commented or entry.comment:
                return None
            self._commented[entry.id] = None
            while len(self._commented) > _REMEMBERED:
                self._commented.popitem(last=False)
        commented = entry.model_copy(update={"comment": text, "comment_time": _now()})
        self._append(commented)
        logger.info("Feedback comment (%d characters) recorded in %s", len(text), self.path)
        return commented

    def _append(self, entry: FeedbackEntry) -> None:
        line = entry.model_dump_json() + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(line)

    def entries(self) -> list[FeedbackEntry]:
        """Every vote, in file order, each as its last line (with its comment, if any); unreadable lines
        are skipped with a warning."""
        if not self.path.exists():
            return []
        by_id: dict[str, FeedbackEntry] = {}
        order: list[FeedbackEntry | str] = []
        with self.path.open(encoding="utf-8", errors="replace") as fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    entry = FeedbackEntry.model_validate(json.loads(line))
                except ValueError:
                    logger.warning("%s:%d: unreadable feedback line skipped", self.path, number)
                    continue
                if not entry.id:  # a line written before votes had ids
                    order.append(entry)
                    continue
                if entry.id not in by_id:
                    order.append(entry.id)
                by_id[entry.id] = entry
        return [by_id[item] if isinstance(item, str) else item for item in order]
