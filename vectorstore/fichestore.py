"""SQLite fiche store: the source of truth for what is indexed, and for sync decisions.

Tables (WAL mode, one transaction per batch):
- `fiches(id, content_hash, chunker, json)`: every indexed fiche, with the chunker signature its
  chunks were made with (a fiche is re-chunked when either changes);
- `chunks(id, fiche_id, dense, keyword, text, metadata)`: its chunks; `dense` = embedded in Chroma,
  `keyword` = in the BM25 index;
- `pending(fiche_id)`: fiches whose Chroma vectors are being rewritten (an intent journal: a fiche
  still listed here at start-up was interrupted, its vectors are re-checked);
- `meta(key, value)`: the store's generation (a new random value at every write of chunks: the BM25 index
  records the one it was built from) and `changes`, a counter bumped in the same transactions, never reset
  (a reader compares it before each question to know whether to reopen the index).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ingest.models import Chunk, Fiche
from ingest.text import section_of

logger = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS fiches (
    id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, chunker TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS chunks (
    id TEXT PRIMARY KEY, fiche_id TEXT NOT NULL, dense INTEGER NOT NULL, keyword INTEGER NOT NULL,
    text TEXT NOT NULL, metadata TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS chunks_fiche ON chunks (fiche_id);
CREATE TABLE IF NOT EXISTS pending (fiche_id TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
GENERATION_KEY = "generation"
CHANGES_KEY = "changes"
_MAX_VARS = 900  # below SQLite's limit on bound parameters per statement


class StoredChunk(Chunk):
    """A chunk as stored, with the indexes it belongs to."""

    dense: bool = True
    keyword: bool = True

    def as_chunk(self) -> Chunk:
        return Chunk.model_construct(id=self.id, text=self.text, metadata=self.metadata)


class FicheStore:
    """One SQLite connection per thread (the Gradio app searches from worker threads)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._fiches: dict[str, Fiche] | None = None
        self._fiches_generation = ""

    @property
    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
            with self._lock:
                self._connections.append(conn)
        return conn

    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
            if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone():
                conn.execute("PRAGMA journal_mode=WAL")
                conn.executescript(_SCHEMA)
                conn.commit()
            conn.execute("PRAGMA synchronous=NORMAL")
        except (sqlite3.Error, OSError) as err:
            from vectorstore.health import explain

            raise (explain(err, self.path.parent) or err) from err
        return conn

    def close(self) -> None:
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Commit on success, roll back on any exception (including KeyboardInterrupt)."""
        conn = self.conn
        try:
            yield conn
            conn.commit()
        except BaseException:
            conn.rollback()
            raise

    # --- fiches --------------------------------------------------------------------------------

    def states(self) -> dict[str, tuple[str, str]]:
        """fiche id → (content hash, chunker signature)."""
        return {r[0]: (r[1], r[2]) for r in self.conn.execute("SELECT id, content_hash, chunker FROM fiches")}

    def all_fiches(self) -> list[Fiche]:
        """Every fiche, cached in memory; reloaded when the store changed (also from another process)."""
        generation = self.generation()
        if self._fiches is None or generation != self._fiches_generation:
            rows = self.conn.execute("SELECT json FROM fiches ORDER BY rowid")
            self._fiches = {f.id: f for f in (Fiche.model_validate_json(r[0]) for r in rows)}
            self._fiches_generation = generation
        return list(self._fiches.values())

    def get_fiche(self, fiche_id: str) -> Fiche | None:
        self.all_fiches()
        assert self._fiches is not None
        return self._fiches.get(fiche_id)

    def fiche_count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM fiches").fetchone()[0]

    def write_fiches(self, fiches: list[Fiche], chunks: list[StoredChunk], chunker: str) -> None:
        """Replace these fiches and all their chunks, and clear their pending mark, in one transaction."""
        ids = [f.id for f in fiches]
        with self.transaction() as conn:
            self._delete_where(conn, "chunks", "fiche_id", ids)
            conn.executemany(
                "INSERT OR REPLACE INTO fiches (id, content_hash, chunker, json) VALUES (?, ?, ?, ?)",
                [(f.id, f.content_hash, chunker, f.model_dump_json()) for f in fiches],
            )
            conn.executemany(
                "INSERT OR REPLACE INTO chunks (id, fiche_id, dense, keyword, text, metadata) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [_chunk_row(c) for c in chunks],
            )
            self._delete_where(conn, "pending", "fiche_id", ids)
            _bump_generation(conn)
        self._fiches = None

    def delete_fiches(self, fiche_ids: Iterable[str]) -> None:
        ids = list(fiche_ids)
        with self.transaction() as conn:
            self._delete_where(conn, "chunks", "fiche_id", ids)
            self._delete_where(conn, "fiches", "id", ids)
            _bump_generation(conn)
        self._fiches = None

    def clear(self) -> None:
        """Delete every fiche; a store that SQLite cannot read any more is deleted and created anew."""
        try:
            with self.transaction() as conn:
                for table in ("chunks", "fiches", "pending"):
                    conn.execute(f"DELETE FROM {table}")
                conn.execute("DELETE FROM meta WHERE key != ?", (CHANGES_KEY,))
                _bump_generation(conn)
        except Exception as err:
            if not _corrupt(err):
                raise
            logger.warning("fiche store %s unreadable: recreating it", self.path, exc_info=True)
            self._recreate()
        self._fiches = None

    def _recreate(self) -> None:
        self.close()
        for suffix in ("", "-wal", "-shm"):
            self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
        with self.transaction() as conn:
            _bump_generation(conn)

    # --- chunks --------------------------------------------------------------------------------

    def chunk_ids(self, *, dense: bool | None = None, keyword: bool | None = None) -> set[str]:
        sql, args = "SELECT id FROM chunks WHERE 1=1", []
        for column, flag in (("dense", dense), ("keyword", keyword)):
            if flag is not None:
                sql += f" AND {column} = ?"
                args.append(int(flag))
        return {r[0] for r in self.conn.execute(sql, args)}

    def chunks_by_ids(self, ids: Iterable[str]) -> dict[str, StoredChunk]:
        found: dict[str, StoredChunk] = {}
        for part in _parts(list(ids)):
            marks = ",".join("?" * len(part))
            rows = self.conn.execute(f"SELECT * FROM chunks WHERE id IN ({marks})", part)
            found.update((r[0], _row_chunk(r)) for r in rows)
        return found

    def search_chunks(self, ids: Iterable[str]) -> dict[str, Chunk]:
        """Light chunks for search results: text plus `fiche_id`/`section` metadata, no JSON decoding
        (the hot path of every query reads ~100-200 of them; full metadata: `chunks_by_ids`)."""
        found: dict[str, Chunk] = {}
        for part in _parts(list(ids)):
            marks = ",".join("?" * len(part))
            rows = self.conn.execute(f"SELECT id, fiche_id, text FROM chunks WHERE id IN ({marks})", part)
            for chunk_id, fiche_id, text in rows:
                section = section_of(chunk_id)
                metadata = {"fiche_id": fiche_id, "section": section}
                found[chunk_id] = Chunk.model_construct(id=chunk_id, text=text, metadata=metadata)
        return found

    def fiche_chunks(self, fiche_id: str) -> list[StoredChunk]:
        rows = self.conn.execute("SELECT * FROM chunks WHERE fiche_id = ? ORDER BY rowid", (fiche_id,))
        return [_row_chunk(r) for r in rows]

    def chunk_ids_of(self, fiche_ids: Iterable[str], *, dense: bool | None = None) -> set[str]:
        found: set[str] = set()
        for part in _parts(list(fiche_ids)):
            marks = ",".join("?" * len(part))
            sql = f"SELECT id, dense FROM chunks WHERE fiche_id IN ({marks})"
            found.update(r[0] for r in self.conn.execute(sql, part) if dense is None or bool(r[1]) == dense)
        return found

    def keyword_corpus(self) -> tuple[list[str], list[str]]:
        """(ids, texts) of every chunk in the keyword index, in a stable order."""
        rows = self.conn.execute("SELECT id, text FROM chunks WHERE keyword = 1 ORDER BY id").fetchall()
        return [r[0] for r in rows], [r[1] for r in rows]

    def fiches_without_chunks(self) -> list[str]:
        sql = "SELECT id FROM fiches WHERE id NOT IN (SELECT DISTINCT fiche_id FROM chunks)"
        return [r[0] for r in self.conn.execute(sql)]

    def orphan_chunks(self) -> list[str]:
        sql = "SELECT id FROM chunks WHERE fiche_id NOT IN (SELECT id FROM fiches)"
        return [r[0] for r in self.conn.execute(sql)]

    # --- journal and meta ----------------------------------------------------------------------

    def pending(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT fiche_id FROM pending")}

    def mark_pending(self, fiche_ids: Iterable[str]) -> None:
        with self.transaction() as conn:
            conn.executemany("INSERT OR IGNORE INTO pending (fiche_id) VALUES (?)", [(f,) for f in fiche_ids])

    def clear_pending(self) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM pending")

    def generation(self) -> str:
        """Changes with every write of chunks: the BM25 index records the generation it was built from."""
        return self.get_meta(GENERATION_KEY) or ""

    def change_count(self) -> int:
        """Committed writes so far (any process): changes whenever `generation()` does, only ever grows."""
        return int(self.get_meta(CHANGES_KEY) or 0)

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    @staticmethod
    def _delete_where(conn: sqlite3.Connection, table: str, column: str, values: list[str]) -> None:
        for part in _parts(values):
            marks = ",".join("?" * len(part))
            conn.execute(f"DELETE FROM {table} WHERE {column} IN ({marks})", part)


def _bump_generation(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (GENERATION_KEY, uuid.uuid4().hex))
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, '1') "
        "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
        (CHANGES_KEY,),
    )


def _corrupt(err: BaseException) -> bool:
    """SQLite cannot read the file as a database (not a lock, a full disk or a permission)."""
    for e in (err, err.__cause__):
        if isinstance(e, sqlite3.DatabaseError) and not isinstance(e, sqlite3.OperationalError):
            return True
    return False


def _parts(values: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(values), _MAX_VARS):
        yield values[start : start + _MAX_VARS]


def _chunk_row(chunk: StoredChunk) -> tuple:
    meta = json.dumps(chunk.metadata, ensure_ascii=False)
    return (chunk.id, chunk.fiche_id, int(chunk.dense), int(chunk.keyword), chunk.text, meta)


def _row_chunk(row: tuple) -> StoredChunk:
    chunk_id, _fiche_id, dense, keyword, text, metadata = row
    # Rows were validated when written: skip validation on this hot read path (searches read ~100 rows).
    return StoredChunk.model_construct(
        id=chunk_id, text=text, metadata=json.loads(metadata), dense=bool(dense), keyword=bool(keyword)
    )
