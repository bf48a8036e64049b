"""👍/👎 feedback on answers, appended as JSON lines to `<data_dir>/feedback.jsonl`.

One line per vote: time, vote, question, answer text, mode, warnings and citations (as in `Answer`),
so that a bad answer can be replayed and its sources checked later.
"""

from __future__ import annotations

import json
import logging
import threading
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, Field

from assistant.records import Answer, Citation

logger = logging.getLogger(__name__)

FEEDBACK_FILE = "feedback.jsonl"


class FeedbackEntry(BaseModel):
    time: str = Field(description="UTC timestamp, ISO 8601")
    liked: bool
    question: str
    answer: str
    mode: str = "extractive"
    warnings: list[str] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)


class FeedbackStore:
    """Append-only JSONL store; safe to share between the app's worker threads."""

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / FEEDBACK_FILE
        self._lock = threading.Lock()

    def record(self, question: str, answer: Answer, liked: bool) -> FeedbackEntry:
        entry = FeedbackEntry(
            time=datetime.now(UTC).isoformat(timespec="seconds"),
            liked=liked,
            question=question,
            answer=answer.text,
            mode=answer.mode,
            warnings=answer.warnings,
            citations=answer.citations,
        )
        line = entry.model_dump_json() + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(line)
        logger.info("Feedback %s recorded in %s", "+1" if liked else "-1", self.path)
        return entry

    def entries(self) -> list[FeedbackEntry]:
        if not self.path.exists():
            return []
        with self.path.open(encoding="utf-8") as fh:
            return [FeedbackEntry.model_validate(json.loads(line)) for line in fh if line.strip()]
