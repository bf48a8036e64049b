"""Dense side of the index: a Chroma collection per embedding model, cosine space.

Embedded by default (`chromadb.PersistentClient` in `<index_dir>/chroma`), or a Chroma server when
`CHROMA_HOST` is set (`chroma run --path DIR --port 8000`). The embedding function is always ours:
Chroma never falls back to its own default model (which would try to download weights).

Metadata is bounded before it reaches Chroma (`bounded_metadata`): chromadb 1.5.9 writes one SQLite row
per list value and a record with more than ~5,460 values in its lists (32,766 bound variables / 6) breaks
the collection's compaction for good — every later write and read fails until the collection is dropped.
Only the fiche id is used to filter in Chroma: the full lists stay in the fiche store.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from ingest.models import Chunk
from ingest.text import fiche_id_of

logger = logging.getLogger(__name__)

COLLECTION_PREFIX = "fiches__"
IN_FILTER_BATCH = 5000  # fiche ids per `$in` filter (measured: 5,000 ids ≈ 0.09 s on 40k chunks)
OVERFETCH_CAP = 20000  # Chroma fails above ~32k results (SQLite variable limit)
MATRIX_LIMIT = 500_000  # restricted searches use an in-memory copy of the vectors up to this size (~1 GB)
_WRITE_BATCH = 1000
MAX_LIST_VALUES = 100  # values kept per metadata list in Chroma (6 lists: 600, far below ~5,460)
MAX_TEXT_CHARS = 500  # characters kept per metadata string (a title, a list value) in Chroma


@dataclass
class _Matrix:
    version: str
    ids: list[str]
    vectors: np.ndarray  # L2-normalised, one row per chunk id
    rows_of: dict[str, list[int]]  # fiche id -> rows


def collection_name(model_slug: str) -> str:
    return f"{COLLECTION_PREFIX}{model_slug}"


def bounded_metadata(metadata: dict) -> tuple[dict, dict[str, int]]:
    """Metadata Chroma can hold, and what was cut: key → original size (values of a list, or characters)."""
    bounded: dict = {}
    cut: dict[str, int] = {}
    for key, value in metadata.items():
        if isinstance(value, list):
            kept = [_clip(v) if isinstance(v, str) else v for v in value[:MAX_LIST_VALUES]]
            if len(value) > MAX_LIST_VALUES or kept != value[:MAX_LIST_VALUES]:
                cut[key] = len(value)
            bounded[key] = kept
        elif isinstance(value, str) and len(value) > MAX_TEXT_CHARS:
            bounded[key], cut[key] = _clip(value), len(value)
        else:
            bounded[key] = value
    return bounded, cut


def _clip(text: str) -> str:
    return text if len(text) <= MAX_TEXT_CHARS else text[: MAX_TEXT_CHARS - 1] + "…"


class ChromaStore:
    def __init__(self, path: Path, embeddings: Embeddings, model_slug: str, host: str = "", port: int = 8000):
        self.path = Path(path)
        self.embeddings = embeddings
        self.name = collection_name(model_slug)
        self.host = host
        self.port = port
        self._client: Any = None
        self._vs: Any = None
        self._cache: _Matrix | None = None

    # --- connection ----------------------------------------------------------------------------

    @property
    def client(self) -> Any:
        if self._client is None:
            import chromadb
            from chromadb.config import Settings

            settings = Settings(anonymized_telemetry=False)
            if self.host:
                logger.info("connecting to Chroma server %s:%s", self.host, self.port)
                self._client = chromadb.HttpClient(host=self.host, port=self.port, settings=settings)
            else:
                self._client = chromadb.PersistentClient(path=str(self.path), settings=settings)
        return self._client

    @property
    def collection(self) -> Any:
        """Our collection (created on first use, cosine space, no Chroma embedding function: vectors are ours),
        as LangChain's `Chroma` creates it — opened with chromadb directly, since importing that wrapper
        costs ~0.4 s of every start-up and nothing here needs it."""
        if self._vs is None:
            self._vs = self.client.get_or_create_collection(
                name=self.name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
            )
        return self._vs

    def close(self) -> None:
        """Release the client: the next use opens a new one, which sees other processes' writes (an embedded
        client keeps its own copy of the vector index, stale once another process wrote to the folder)."""
        client, self._client, self._vs, self._cache = self._client, None, None, None
        if client is None:
            return
        client.close()
        if not self.host and _still_open(self.path):
            logger.warning("another Chroma client of this process holds %s: it stays as it was", self.path)

    def exists(self) -> bool:
        """True when the collection exists (checked without creating it)."""
        if self._vs is not None:
            return True
        if not self.host and not self.path.exists():
            return False
        return self.name in _names(self.client.list_collections())

    # --- writes --------------------------------------------------------------------------------

    def upsert(self, chunks: list[Chunk], vectors: list[list[float]] | None = None) -> None:
        """Write these chunks (same id → replaced), embedding them unless `vectors` are given."""
        if not chunks:
            return
        metadatas = [bounded_metadata(c.metadata)[0] for c in chunks]
        if vectors is None:
            vectors = self.embeddings.embed_documents([c.text for c in chunks])
        self.collection.upsert(
            ids=[c.id for c in chunks],
            embeddings=vectors,
            documents=[c.text for c in chunks],
            metadatas=metadatas,
        )

    def delete(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        for start in range(0, len(ids), _WRITE_BATCH):
            self.collection.delete(ids=ids[start : start + _WRITE_BATCH])

    def drop_all(self) -> list[str]:
        """Delete every fiche collection (all embedding models) of this client; returns their names."""
        if not self.host and not self.path.exists():
            return []
        dropped = []
        for name in _names(self.client.list_collections()):
            if name.startswith(COLLECTION_PREFIX):
                self.client.delete_collection(name)
                dropped.append(name)
        self._vs = None
        self._cache = None
        return dropped

    # --- reads ---------------------------------------------------------------------------------

    def ids(self) -> set[str]:
        if not self.exists():
            return set()
        return set(self.collection.get(include=[])["ids"])

    def count(self) -> int:
        return self.collection.count() if self.exists() else 0

    def search(
        self, text: str, k: int, fiche_ids: Collection[str] | None = None, version: str = ""
    ) -> list[tuple[str, float]]:
        """Top-k (chunk id, cosine similarity), optionally restricted to chunks of `fiche_ids`.

        Only ids and distances are read from Chroma: fetching documents and metadata costs most of a
        query's time (measured: 9.7 ms vs 1.4 ms for 50 results), and the texts live in the fiche store.
        `version` identifies the index's content (the fiche store generation) for the vector cache.
        """
        if k <= 0 or not self.exists():
            return []
        vector = self.embeddings.embed_query(text)
        if fiche_ids is None:
            return self._query(vector, k)
        wanted = set(fiche_ids)
        if not wanted:
            return []
        if not self.host and self.count() <= MATRIX_LIMIT:
            return self._exact(vector, k, wanted, version)
        return self._restricted(vector, k, wanted)

    def _exact(self, vector: list[float], k: int, wanted: set[str], version: str) -> list[tuple[str, float]]:
        """Exact cosine over the wanted fiches' vectors, from an in-memory copy of the collection.

        Chroma's `$in` filter costs ~70 ms per query on 20,000 fiches (a facet set of thousands of ids);
        a matrix product over the same rows costs ~2 ms. The copy is reloaded when `version` changes.
        """
        matrix = self._matrix(version)
        rows = [row for fid in wanted for row in matrix.rows_of.get(fid, ())]
        if not rows:
            return []
        query = np.asarray(vector, dtype=np.float32)
        query /= np.linalg.norm(query) or 1.0
        sims = matrix.vectors[rows] @ query
        top = range(len(rows)) if len(rows) <= k else np.argpartition(-sims, k)[:k]
        ranked = sorted((-float(sims[i]), matrix.ids[rows[i]]) for i in top)  # ties: by chunk id
        return [(chunk_id, -neg) for neg, chunk_id in ranked]

    def _matrix(self, version: str) -> _Matrix:
        if self._cache is None or self._cache.version != version or not version:
            got = self.collection.get(include=["embeddings"])
            vectors = np.asarray(got["embeddings"], dtype=np.float32).reshape(len(got["ids"]), -1)
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            vectors /= np.where(norms == 0, 1.0, norms)
            rows_of: dict[str, list[int]] = {}
            for row, chunk_id in enumerate(got["ids"]):
                rows_of.setdefault(fiche_id_of(chunk_id), []).append(row)
            self._cache = _Matrix(version, list(got["ids"]), vectors, rows_of)
            logger.debug("vector cache loaded: %d vectors (version %s)", len(got["ids"]), version)
        return self._cache

    def _restricted(self, vector: list[float], k: int, wanted: set[str]) -> list[tuple[str, float]]:
        """Server mode: `$in` filters for small sets; for large ones over-fetch and filter in Python first."""
        total = self.count()
        if len(wanted) > IN_FILTER_BATCH and total:
            n = min(OVERFETCH_CAP, total, k * 4 * math.ceil(total / len(wanted)))
            found = [r for r in self._query(vector, n) if fiche_id_of(r[0]) in wanted]
            if len(found) >= k or n >= total:
                return found[:k]
        ids = sorted(wanted)
        results: list[tuple[str, float]] = []
        for start in range(0, len(ids), IN_FILTER_BATCH):
            part = ids[start : start + IN_FILTER_BATCH]
            where = {"fiche_id": part[0]} if len(part) == 1 else {"fiche_id": {"$in": part}}
            results.extend(self._query(vector, k, where))
        return sorted(results, key=lambda r: -r[1])[:k]

    def _query(self, vector: list[float], k: int, where: dict | None = None) -> list[tuple[str, float]]:
        found = self.collection.query(
            query_embeddings=[vector], n_results=k, where=where, include=["distances"]
        )
        return [(i, 1.0 - d) for i, d in zip(found["ids"][0], found["distances"][0], strict=True)]


def _still_open(path: Path) -> bool:
    """Does another client of this process still hold the embedded Chroma of `path`? (chromadb shares one
    system per folder and only stops it when its last client is closed.)"""
    from chromadb.api.shared_system_client import SharedSystemClient

    return str(path) in SharedSystemClient._identifier_to_system


def _names(collections: Iterable[Any]) -> set[str]:
    return {c.name if hasattr(c, "name") else str(c) for c in collections}
