"""`FicheIndex`: the fiche store (SQLite), the dense index (Chroma) and the keyword index (BM25), kept in step.

    index = FicheIndex.open()                     # settings: INDEX_DIR, EMBEDDING_MODEL, CHROMA_HOST...
    report = index.sync(parse_files(paths).fiches, prune=True)
    index.dense_search("parentalité", k=10); index.keyword_search("bailleur social", k=10)

Sync is idempotent and crash-safe. A fiche whose id and content hash are already stored is skipped;
a run with nothing to do writes nothing. Writes go in batches, in this order: the batch's fiche ids
are journalled as pending (SQLite) → new vectors are upserted and stale ones deleted (Chroma) →
fiches and chunks are replaced and the pending mark cleared in one transaction (SQLite) → at the
end the BM25 index is rebuilt from SQLite and swapped in atomically. A kill at any point leaves an
index that still answers; the next run starts by reconciling Chroma with SQLite (vectors of
pending fiches and of unknown chunks dropped, missing vectors re-embedded) and rebuilds BM25 when
it was built from another state of the store.

One sync at a time per index directory (`vectorstore.lock`: a second one waits `lock_timeout` seconds, then
fails with a French message); known failures of the disk or of Chroma become an `IndexStoreError` whose
French message says what to do (`vectorstore.health.explain`). Metadata lists and strings are bounded
before they reach Chroma (`chroma_store.bounded_metadata`), with a French warning per fiche in `warnings`.
A reader in another process calls `refresh()` between questions: it reopens everything when
`generation()` moved (Chroma's embedded client does not see another process's writes until reopened).
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from config import Settings, get_settings
from ingest.chunking import CHUNKER_VERSION, DEFAULT_MAX_CHARS, chunk_fiche, dense_passage
from ingest.models import FIELD_LABELS, Chunk, Fiche
from ingest.text import CHUNK_ID_SEP, fiche_id_of
from vectorstore.base import ScoredChunk, SyncReport
from vectorstore.chroma_store import ChromaStore, bounded_metadata
from vectorstore.embeddings import get_embeddings, model_id
from vectorstore.fichestore import FicheStore, StoredChunk
from vectorstore.health import IndexHealth, check_index, explain
from vectorstore.keyword import KeywordIndex
from vectorstore.lock import writer_lock

logger = logging.getLogger(__name__)

DENSE_MODES = ("passage", "chunks")
DEFAULT_DENSE_MODE = "passage"
LOCK_TIMEOUT_S = 30.0  # how long a sync waits for another one on the same index before giving up
BatchHook = Callable[[list[str]], None]


@dataclass
class _Plan:
    write: list[Fiche] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)


class FicheIndex:
    """Implements `vectorstore.base.SearchIndex` and `WritableIndex`.

    `before_commit(fiche_ids)`, when set, runs in each written batch after its vectors reach Chroma and
    before its SQLite commit (tests widen that crash window with it; see tests/ingest_slowed.py).
    """

    before_commit: BatchHook | None = None
    lock_timeout: float = LOCK_TIMEOUT_S  # seconds a sync waits for another one on the same index

    def __init__(
        self,
        index_dir: Path,
        embeddings: Embeddings,
        embedding_id: str,
        *,
        settings: Settings | None = None,
        dense_mode: str = DEFAULT_DENSE_MODE,
        max_chars: int = DEFAULT_MAX_CHARS,
        before_commit: BatchHook | None = None,
        lock_timeout: float | None = None,
    ):
        if dense_mode not in DENSE_MODES:
            raise ValueError(f"dense_mode must be one of {DENSE_MODES}, not {dense_mode!r}")
        self.settings = settings or get_settings()
        self.index_dir = Path(index_dir)
        self.embeddings = embeddings
        self.embedding_model_id = embedding_id
        self.dense_mode = dense_mode
        self.max_chars = max_chars
        self.batch_size = max(1, self.settings.embedding_batch_size)
        if before_commit is not None:
            self.before_commit = before_commit
        if lock_timeout is not None:
            self.lock_timeout = lock_timeout
        self.warnings: list[str] = []  # French warnings of the last sync (metadata cut for Chroma)
        self._seen_generation: int | None = None
        self.store = FicheStore(self.index_dir / "fiches.sqlite3")
        self.keyword = KeywordIndex(self.index_dir / "bm25")
        self.chroma = ChromaStore(
            self.index_dir / "chroma",
            embeddings,
            embedding_id,
            host=self.settings.chroma_host,
            port=self.settings.chroma_port,
        )

    @classmethod
    def open(
        cls,
        index_dir: Path | None = None,
        embeddings: Embeddings | None = None,
        settings: Settings | None = None,
        *,
        embedding_id: str | None = None,
        dense_mode: str | None = None,
        **options: Any,
    ) -> FicheIndex:
        """The index in `index_dir` (default: settings). Nothing heavy loads before first use.

        `embeddings` defaults to the `EMBEDDING_MODEL` embedder; an injected one is identified by
        `embedding_id` (default: its `model_id` attribute, else its class name) in the collection name.
        `dense_mode`: 'passage' (one rich passage per fiche is embedded, BM25 sees every section chunk;
        the default, see benchmarks/embedders.py) or 'chunks' (every section chunk embedded too).
        `options`: the other keyword arguments of the constructor (`before_commit`, `lock_timeout`...).
        """
        settings = settings or get_settings()
        if embeddings is None:
            embeddings = get_embeddings(settings.embedding_model, batch_size=settings.embedding_batch_size)
            embedding_id = embedding_id or model_id(settings.embedding_model)
        embedding_id = (
            embedding_id or getattr(embeddings, "model_id", None) or type(embeddings).__name__.lower()
        )
        directory = Path(index_dir) if index_dir is not None else settings.index_dir
        dense_mode = dense_mode or getattr(settings, "dense_mode", None) or DEFAULT_DENSE_MODE
        return cls(directory, embeddings, embedding_id, settings=settings, dense_mode=dense_mode, **options)

    @property
    def signature(self) -> str:
        """What the stored chunks depend on besides fiche content: a change re-chunks every fiche."""
        return f"{CHUNKER_VERSION}:{self.max_chars}:{self.dense_mode}"

    def close(self) -> None:
        """Close the SQLite connections (the object can still be used: they reopen). The Chroma client stays:
        chromadb shares one per folder in a process, and reopening it rewrites its files (see `reopen`)."""
        self.store.close()

    def reopen(self) -> None:
        """Read the index as it is now on disk: drop every handle and cache (SQLite, the Chroma client and its
        vector copy, BM25). An embedded Chroma client does not see another process's writes (filtered
        searches then fail with « Error finding id ») until it is reopened. Call it between questions,
        never while another thread searches with this object."""
        self.store.close()
        self.chroma.close()
        self.keyword.reload()
        self._seen_generation = self.generation()

    def refresh(self) -> bool:
        """`reopen()` when another process (or object) committed a sync since the last look; True if it did.

        The first call only records the generation. Cheap when nothing changed (one SQLite read)."""
        current = self.generation()
        seen, self._seen_generation = self._seen_generation, current
        if seen is None or seen == current:
            return False
        logger.info("index %s changed (generation %s -> %s): reopening", self.index_dir, seen, current)
        self.reopen()
        return True

    def generation(self) -> int:
        """A counter bumped by every committed write of the fiche store (each batch of a sync, a removal, a
        reset), from any process. One SQLite read: cheap enough to call before every question."""
        return self.store.change_count()

    def health(self) -> IndexHealth:
        """What is wrong with this index on disk, in French, with the command that repairs it."""
        return check_index(self.index_dir, "" if self.chroma.host else self.chroma.name)

    # --- SearchIndex ---------------------------------------------------------------------------

    def dense_search(self, text: str, k: int, fiche_ids: Collection[str] | None = None) -> list[ScoredChunk]:
        results = self.chroma.search(text, k, fiche_ids, version=self.store.generation())
        chunks = self.store.search_chunks(chunk_id for chunk_id, _ in results)
        return [ScoredChunk.model_construct(chunk=chunks[i], score=s) for i, s in results if i in chunks]

    def keyword_search(
        self, text: str, k: int, fiche_ids: Collection[str] | None = None
    ) -> list[ScoredChunk]:
        hits = self.keyword.search(text, k, fiche_ids)
        chunks = self.store.search_chunks(chunk_id for chunk_id, _ in hits)
        return [ScoredChunk.model_construct(chunk=chunks[i], score=s) for i, s in hits if i in chunks]

    def get_fiche(self, fiche_id: str) -> Fiche | None:
        return self.store.get_fiche(fiche_id)

    def all_fiches(self) -> list[Fiche]:
        return self.store.all_fiches()

    def fiche_chunks(self, fiche_id: str) -> list[Chunk]:
        """The fiche's section chunks (resume, acteurs, resultats), in order."""
        return [c.as_chunk() for c in self.store.fiche_chunks(fiche_id) if c.keyword]

    def fiche_count(self) -> int:
        return self.store.fiche_count()

    def version(self) -> str:
        """Changes whenever a sync commits (also from another process): lets readers refresh caches."""
        return self.store.generation()

    # --- inspection ----------------------------------------------------------------------------

    def chroma_ids(self) -> set[str]:
        return self.chroma.ids()

    def bm25_ids(self) -> set[str]:
        return set(self.keyword.ids)

    def dense_count(self) -> int:
        """Passages embedded in the dense index (according to the fiche store)."""
        return len(self.store.chunk_ids(dense=True))

    def dense_passages(self, limit: int | None = None) -> list[str]:
        """Texts of the embedded passages (the first `limit` by id), e.g. for benchmarks."""
        ids = sorted(self.store.chunk_ids(dense=True))[:limit]
        found = self.store.chunks_by_ids(ids)
        return [found[i].text for i in ids if i in found]

    def check_consistency(self) -> list[str]:
        """Problems found between the three stores (empty list: consistent)."""
        problems = []
        dense, keyword = self.store.chunk_ids(dense=True), self.store.chunk_ids(keyword=True)
        chroma, bm25 = self.chroma_ids(), self.bm25_ids()
        if chroma != dense:
            problems.append(f"chroma: {len(dense - chroma)} vectors missing, {len(chroma - dense)} unknown")
        if bm25 != keyword:
            problems.append(f"bm25: {len(keyword - bm25)} chunks missing, {len(bm25 - keyword)} unknown")
        if self.keyword.generation != self.store.generation():
            problems.append("bm25: built from another state of the fiche store")
        if orphans := self.store.orphan_chunks():
            problems.append(f"store: {len(orphans)} chunks of absent fiches")
        if empty := self.store.fiches_without_chunks():
            problems.append(f"store: {len(empty)} fiches without chunks")
        if pending := self.store.pending():
            problems.append(f"store: {len(pending)} fiches pending (interrupted sync)")
        return problems

    # --- sync ----------------------------------------------------------------------------------

    def sync(
        self, fiches: Iterable[Fiche], *, prune: bool = False, reset: bool = False, progress: bool = False
    ) -> SyncReport:
        """Make the index hold `fiches` (plus, without `prune`, the fiches it already had).

        Raises `IndexStoreError` (French message) when another sync holds the index longer than
        `lock_timeout`, or on a known failure of the disk or of Chroma."""
        given = _unique(fiches)
        self.warnings = []
        with self._explained(), writer_lock(self.index_dir, self.lock_timeout):
            return self._sync(given, prune, reset, progress)

    @contextlib.contextmanager
    def _explained(self) -> Iterator[None]:
        """Known low-level failures (disk full, read-only, broken Chroma collection) → IndexStoreError."""
        try:
            yield
        except Exception as err:
            known = explain(err, self.index_dir)
            if known is None or known is err:
                raise
            logger.debug("sync failed", exc_info=True)
            raise known from err

    def _sync(self, given: dict[str, Fiche], prune: bool, reset: bool, progress: bool) -> SyncReport:
        start = time.perf_counter()
        if reset:
            self._reset()
        plan = self._plan(given, prune)
        embedded = self._reconcile(rewrite={f.id for f in plan.write}, progress=progress)
        if plan.removed:
            vectors = self.store.chunk_ids_of(plan.removed, dense=True)
            self.store.delete_fiches(plan.removed)
            self.chroma.delete(vectors)
        written, passages = self._write(plan.write, progress)
        written, embedded = written + embedded, embedded + passages
        if self._keyword_stale():
            self._rebuild_keyword()
        seconds = time.perf_counter() - start
        return SyncReport(
            added=plan.added,
            updated=plan.updated,
            unchanged=plan.unchanged,
            removed=len(plan.removed),
            chunks=written,
            seconds=round(seconds, 3),
            passages_per_second=round(embedded / seconds, 2) if embedded and seconds else 0.0,
            fiches_total=self.store.fiche_count(),
        )

    def _keyword_stale(self) -> bool:
        """The BM25 index was built from another state of the store, or cannot be read at all."""
        try:
            return self.keyword.generation != self.store.generation()
        except Exception:  # damaged bm25s files: rebuilt from the fiche store
            logger.warning("keyword index %s unreadable: rebuilding it", self.keyword.path, exc_info=True)
            return True

    def _plan(self, given: dict[str, Fiche], prune: bool) -> _Plan:
        """What to write: new fiches, changed ones, and stored ones chunked with another signature."""
        stored = self.store.states()
        plan = _Plan()
        for fid, fiche in given.items():
            if fid not in stored:
                plan.added += 1
                plan.write.append(fiche)
            elif stored[fid] != (fiche.content_hash, self.signature):
                plan.updated += 1
                plan.write.append(fiche)
            else:
                plan.unchanged += 1
        if prune:
            plan.removed = sorted(set(stored) - set(given))
            return plan
        stale = {
            fid for fid, (_, chunker) in stored.items() if fid not in given and chunker != self.signature
        }
        if stale:
            plan.write.extend(self.store.get_fiche(fid) for fid in sorted(stale))
            plan.updated += len(stale)
        return plan

    def _reset(self) -> None:
        """Empty everything: SQLite first, so that a kill leaves only orphans for the next run to drop."""
        self.store.clear()
        dropped = self.chroma.drop_all()
        self.keyword.clear()
        logger.info("index reset (dropped collections: %s)", ", ".join(dropped) or "none")

    def _reconcile(self, rewrite: set[str], progress: bool) -> int:
        """Bring Chroma in line with SQLite; returns the number of passages re-embedded."""
        pending = self.store.pending()
        chroma = self.chroma.ids()
        dense = self.store.chunk_ids(dense=True)
        drop = (chroma - dense) | _prefixed(chroma, pending)
        if drop:
            logger.warning("dropping %d vectors of unknown or interrupted chunks", len(drop))
            self.chroma.delete(drop)
        missing = {c for c in dense - (chroma - drop) if fiche_id_of(c) not in rewrite}
        if missing:
            logger.warning(
                "re-embedding %d chunks missing from collection %s", len(missing), self.chroma.name
            )
            chunks = sorted(self.store.chunks_by_ids(missing).values(), key=lambda c: c.id)
            with _progress(len(chunks), progress, "Ré-indexation", unit="passage") as bar:
                for batch in _batches(chunks, self.batch_size * 4):
                    self.chroma.upsert([c.as_chunk() for c in batch])
                    bar.update(len(batch))
        if pending:
            self.store.clear_pending()
        return len(missing)

    def _write(self, fiches: list[Fiche], progress: bool) -> tuple[int, int]:
        """Write fiches batch by batch; returns (chunks written, passages embedded).

        The next batch is embedded in a worker thread while this one is written (Chroma, SQLite): the
        embedder's numpy work and Chroma's native code overlap, bringing ingest close to the bare
        embedder's speed. Write order per batch is unchanged (see `_reconcile` for crash recovery).
        """
        written = embedded = 0
        batches = list(_batches(fiches, self.batch_size))
        with (
            _progress(len(fiches), progress, "Embeddings", unit="fiche") as bar,
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="embed") as pool,
        ):
            upcoming = self._prepared(batches[0]) if batches else None
            future = pool.submit(self._embed, upcoming[2]) if upcoming else None
            for i in range(len(batches)):
                batch, chunks, dense = upcoming
                vectors = future.result()
                if i + 1 < len(batches):  # chunks are built one batch ahead only (memory stays flat)
                    upcoming = self._prepared(batches[i + 1])
                    future = pool.submit(self._embed, upcoming[2])
                ids = [f.id for f in batch]
                self.store.mark_pending(ids)
                old = self.store.chunk_ids_of(ids, dense=True)
                self.chroma.upsert(dense, vectors)
                self.chroma.delete(old - {c.id for c in dense})
                if self.before_commit is not None:
                    self.before_commit(ids)
                self.store.write_fiches(batch, chunks, self.signature)
                written, embedded = written + len(chunks), embedded + len(dense)
                bar.update(len(batch))
        return written, embedded

    def _prepared(self, batch: list[Fiche]) -> tuple[list[Fiche], list[StoredChunk], list[Chunk]]:
        chunks = [c for f in batch for c in self._chunks(f)]
        dense = [c.as_chunk() for c in chunks if c.dense]
        fiches = {f.id: f for f in batch}
        for chunk in dense:
            cut = bounded_metadata(chunk.metadata)[1]
            if cut and chunk.fiche_id in fiches:
                self._warn_cut(fiches.pop(chunk.fiche_id), chunk.metadata, cut)
        return batch, chunks, dense

    def _warn_cut(self, fiche: Fiche, metadata: dict, cut: dict[str, int]) -> None:
        """One French warning per fiche whose metadata had to be bounded for Chroma."""
        parts = []
        for name, size in cut.items():
            unit = "valeurs" if isinstance(metadata[name], list) else "caractères"
            count = f"{size:,}".replace(",", " ")
            parts.append(f"« {FIELD_LABELS.get(name, name)} » ({count} {unit})")
        where = f"{fiche.source_file}:{fiche.source_line} : " if fiche.source_file else ""
        title = fiche.title if len(fiche.title) <= 60 else fiche.title[:59] + "…"
        self.warnings.append(
            f"{where}fiche « {title} » ({fiche.id}) : {', '.join(parts)} trop long pour l'index vectoriel, "
            "coupé pour lui seul (la fiche, la recherche par mots et les filtres gardent tout) ; "
            "vérifiez cette fiche dans l'export"
        )
        logger.warning("fiche %s: metadata bounded for Chroma (%s)", fiche.id, cut)

    def _embed(self, dense: list[Chunk]) -> list[list[float]]:
        return self.embeddings.embed_documents([c.text for c in dense]) if dense else []

    def _chunks(self, fiche: Fiche) -> list[StoredChunk]:
        sections = chunk_fiche(fiche, self.max_chars)
        if self.dense_mode == "chunks":
            return [StoredChunk(**c.model_dump(), dense=True, keyword=True) for c in sections]
        passage = dense_passage(fiche, self.max_chars)
        stored = [StoredChunk(**c.model_dump(), dense=False, keyword=True) for c in sections]
        return [StoredChunk(**passage.model_dump(), dense=True, keyword=False), *stored]

    def _rebuild_keyword(self) -> None:
        ids, texts = self.store.keyword_corpus()
        self.keyword.build(ids, texts, generation=self.store.generation())
        self.keyword.save()


def _unique(fiches: Iterable[Fiche]) -> dict[str, Fiche]:
    """Fiches by id, hashed; a repeated id keeps its first occurrence."""
    unique: dict[str, Fiche] = {}
    for fiche in fiches:
        if not fiche.id or CHUNK_ID_SEP in fiche.id:
            raise ValueError(f"fiche id must be non-empty and without '#': {fiche.id!r} ({fiche.title!r})")
        if fiche.id in unique:
            logger.warning("fiche id %s given twice: the first one is kept", fiche.id)
            continue
        unique[fiche.id] = fiche if fiche.content_hash else fiche.with_hash()
    return unique


def _prefixed(chunk_ids: set[str], fiche_ids: Iterable[str]) -> set[str]:
    """The chunk ids that belong to these fiches."""
    wanted = set(fiche_ids)
    return {c for c in chunk_ids if fiche_id_of(c) in wanted} if wanted else set()


def _batches(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _progress(total: int, enabled: bool, desc: str, unit: str):
    """A tqdm bar on stderr (a no-op object when disabled)."""
    from tqdm import tqdm

    return tqdm(total=total, disable=not enabled, desc=desc, unit=unit, leave=False)
