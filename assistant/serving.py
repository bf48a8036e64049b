"""The app's assistant while another process may write the index: reloaded between questions.

    live = LiveAssistant.over(build_assistant(settings))   # behind a reload gate (ui.main does this)
    live.stream(question, ...)                             # as `Assistant.stream`; checks the index first

Before each call `LiveAssistant` reads the index's change counter (`FicheIndex.generation()`, one SQLite read).
When it moved (a `python -m ingest` in another process committed), the next call waits until the questions in
flight are done, reopens the index (`FicheIndex.reopen`: SQLite, the Chroma client and its vector copy, BM25),
rebuilds the retriever's views (facet vocabulary, postings) with one search, then lets every waiting question
through. A question in flight therefore finishes on the state it started on, and no question ever sees a
half-reloaded index. An embedded Chroma client cannot be opened twice in a process, hence a gate (many readers
or one reloader) rather than two copies side by side.

`version` counts the reloads: the UI refreshes its filter choices when it changed.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator, Sequence
from typing import Any

from assistant.records import Answer, Hit, Query, Turn
from ingest.models import Fiche

logger = logging.getLogger(__name__)

RELOAD_WAIT_S = 120.0  # how long a reload waits for the questions in flight (beyond: tried again later)
WARM_QUESTION = "actions de parentalité"


class ReloadGate:
    """Many readers, or one reloader; a waiting reloader stops new readers (it is not starved)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._reloading = False

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._reloading)
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @property
    def readers(self) -> int:
        return self._readers

    @contextlib.contextmanager
    def reloading(self, timeout: float) -> Iterator[bool]:
        """Yields True once no reader is left (new readers wait meanwhile), False after `timeout` seconds."""
        with self._cond:
            self._cond.wait_for(lambda: not self._reloading)
            self._reloading = True
            idle = self._cond.wait_for(lambda: self._readers == 0, timeout)
        try:
            yield idle
        finally:
            with self._cond:
                self._reloading = False
                self._cond.notify_all()


class LiveAssistant:
    """An `AssistantAPI` over `assistant` (an `Assistant`) whose index is reopened when another process changed it."""

    def __init__(self, assistant: Any, index: Any, wait_s: float = RELOAD_WAIT_S):
        self.assistant = assistant
        self.index = index  # a `FicheIndex`: generation() and reopen()
        self.wait_s = wait_s
        self.gate = ReloadGate()
        self.version = 0  # reloads so far
        self._seen = index.generation()
        self._postponed = False  # the last reload gave up waiting for the questions in flight

    @classmethod
    def over(cls, assistant: Any) -> Any:
        """`assistant` behind a `LiveAssistant` when its index tells its changes (`generation()`), else as is."""
        index = getattr(assistant, "index", None)
        return cls(assistant, index) if callable(getattr(index, "generation", None)) else assistant

    @property
    def retriever(self) -> Any:
        return self.assistant.retriever

    # ------------------------------------------------------------ reload

    def check(self) -> bool:
        """Reload when the index changed since the last look; True if it did (called before every request)."""
        if self.index.generation() == self._seen:
            return False
        if self._postponed and self.gate.readers:
            return False  # a question has run for long (an abandoned stream?): no new wait until it ends
        with self.gate.reloading(self.wait_s) as idle:
            current = self.index.generation()
            if current == self._seen:
                return False  # another thread reloaded while this one waited
            if not idle:
                logger.warning(
                    "index changed but questions still run after %.0f s: reload postponed", self.wait_s
                )
                self._postponed = True
                return False
            self._reload(current)
            self._postponed = False
        return True

    def _reload(self, seen: int) -> None:
        logger.info(
            "index %s changed (generation %s -> %s): reloading", self.index.index_dir, self._seen, seen
        )
        self.index.reopen()
        self._seen = self.index.generation()
        try:
            self.assistant.retriever.search(WARM_QUESTION, k=1)  # vocabulary, postings, vectors, BM25
        except Exception:  # the next question will say what is wrong
            logger.exception("warm-up search after reload failed")
        self.version += 1

    @contextlib.contextmanager
    def _current(self) -> Iterator[None]:
        self.check()
        with self.gate.reading():
            yield

    # ------------------------------------------------------------ AssistantAPI

    def stream(
        self,
        question: str,
        history: list[Turn] | None = None,
        filters: dict[str, list[str]] | None = None,
        query: Query | None = None,
    ) -> Iterator[str | Answer]:
        with self._current():
            yield from self.assistant.stream(question, history, filters, query)

    def ask(self, question: str, history: list[Turn] | None = None, filters: dict | None = None) -> Answer:
        with self._current():
            return self.assistant.ask(question, history, filters)

    def similar(self, fiche_id: str, k: int = 5) -> list[Hit]:
        with self._current():
            return self.assistant.similar(fiche_id, k=k)

    def get_fiche(self, fiche_id: str) -> Fiche | None:
        with self._current():
            return self.assistant.get_fiche(fiche_id)

    def list_fiches(self, filters: dict[str, list[str]] | None = None) -> list[Fiche]:
        with self._current():
            return self.assistant.list_fiches(filters)

    def matching_fiches(self, query: Query, filters: dict[str, list[str]] | None = None) -> list[Fiche]:
        with self._current():
            return self.assistant.matching_fiches(query, filters)

    def facet_counts(
        self, filters: dict[str, list[str]] | None = None, fields: Sequence[str] | None = None
    ) -> dict[str, list[tuple[str, int]]]:
        with self._current():
            return self.assistant.facet_counts(filters, fields)
