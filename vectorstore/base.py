"""The contract between the index and the assistant: what `assistant/` may ask of an index.

`vectorstore.index.FicheIndex` implements it for real (Chroma + bm25s + SQLite fiche store);
tests may implement it with plain Python lists.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Protocol

from pydantic import BaseModel

from ingest.models import Chunk, Fiche


class ScoredChunk(BaseModel):
    chunk: Chunk
    score: float  # higher is better (cosine similarity for dense, BM25 score for keyword)


class SyncReport(BaseModel):
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    chunks: int = 0  # chunks written during this run
    seconds: float = 0.0
    passages_per_second: float = 0.0
    fiches_total: int = 0  # fiches in the index after the sync


class SearchIndex(Protocol):
    def dense_search(self, text: str, k: int, fiche_ids: Collection[str] | None = None) -> list[ScoredChunk]:
        """Top-k chunks by embedding similarity, optionally restricted to some fiches."""

    def keyword_search(
        self, text: str, k: int, fiche_ids: Collection[str] | None = None
    ) -> list[ScoredChunk]:
        """Top-k chunks by BM25 (French stemming, stopwords), optionally restricted to some fiches."""

    def get_fiche(self, fiche_id: str) -> Fiche | None: ...

    def all_fiches(self) -> list[Fiche]:
        """Every indexed fiche (cached in memory after the first call)."""

    def fiche_chunks(self, fiche_id: str) -> list[Chunk]: ...

    def fiche_count(self) -> int: ...

    def version(self) -> str:
        """Changes whenever the indexed fiches change (also from another process): readers rebuild caches."""


class WritableIndex(SearchIndex, Protocol):
    def sync(
        self, fiches: Iterable[Fiche], *, prune: bool = False, reset: bool = False, progress: bool = False
    ) -> SyncReport: ...
