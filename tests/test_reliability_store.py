"""The index on disk under stress (issue 16): a fiche with huge metadata lists, another process writing, two
ingests at once, a full or read-only disk, damaged files. Real Chroma, bm25s and SQLite in tmp_path; the fake
embedder (tests/fakes.py) unless a test runs `python -m ingest` itself.

Reproduced first on chromadb 1.5.9: one record whose metadata lists hold ~5,500 values breaks the collection's
compaction for good (« Error in compaction: Failed to apply logs to the metadata segment » on every later
write and read); an embedded Chroma client does not see another process's writes, and the exact restricted
search then fails with « Error executing plan: Internal error: Error finding id » until the client is reopened.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingest.chunking import chunk_fiche
from ingest.errors import IndexStoreError
from ingest.parser import parse_files
from tests.conftest import ROOT, SAMPLE_CORPUS
from tests.fakes import FakeEmbeddings
from tests.helpers_index import known_fiches, make_fiche, snapshot
from vectorstore.chroma_store import MAX_LIST_VALUES, MAX_TEXT_CHARS, bounded_metadata
from vectorstore.health import check_index, disk_of, explain, rebuild_command, rerun_command
from vectorstore.index import FicheIndex
from vectorstore.lock import LOCK_FILE, writer_lock

POISON = 5_500  # list values in one record that break a chromadb 1.5.9 collection (5,400 do not)


def _open(path: Path, **kwargs) -> FicheIndex:
    return FicheIndex.open(path, embeddings=FakeEmbeddings(), embedding_id="fake", **kwargs)


def _fiche_ids(hits) -> list[str]:
    return list(dict.fromkeys(h.chunk.fiche_id for h in hits))


def _run(code: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False"}
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


# --- bounded metadata --------------------------------------------------------------------------


def test_bounded_metadata_caps_lists_and_long_strings():
    meta = {
        "fiche_id": "f-1",
        "title": "T" * 800,
        "annee": 2021,
        "partenaires": [f"p{i}" for i in range(POISON)],
        "public": ["Familles", "x" * 600],
        "mots_cles": ["Parentalité"],
    }
    bounded, cut = bounded_metadata(meta)
    assert cut == {"title": 800, "partenaires": POISON, "public": 2}
    assert bounded["title"] == "T" * (MAX_TEXT_CHARS - 1) + "…"
    assert bounded["partenaires"] == [f"p{i}" for i in range(MAX_LIST_VALUES)]
    assert bounded["public"] == ["Familles", "x" * (MAX_TEXT_CHARS - 1) + "…"]
    assert (bounded["fiche_id"], bounded["annee"], bounded["mots_cles"]) == ("f-1", 2021, ["Parentalité"])
    assert bounded_metadata({"fiche_id": "f-2", "public": ["a"]}) == (
        {"fiche_id": "f-2", "public": ["a"]},
        {},
    )


def test_a_fiche_with_a_huge_list_is_capped_and_the_next_ingests_work(tmp_path):
    """Before: the sync raised « Error in compaction » and every later sync and search failed the same way."""
    huge = make_fiche(
        "f-huge",
        "Fiche aux mille partenaires " + "très " * 200,
        partenaires=[f"Partenaire {i}" for i in range(POISON)],
        resume="Une liste de partenaires démesurée.",
        source_file="export.txt",
        source_line=42,
    )
    index = _open(tmp_path / "idx")
    report = index.sync([*known_fiches(), huge])
    assert (report.added, report.fiches_total) == (5, 5)
    assert len(huge.title) == 1028
    assert index.warnings == [
        f"export.txt:42 : fiche « {huge.title[:59]}… » (f-huge) : "
        "« Titre » (1 028 caractères), « Partenaires d'action » (5 500 valeurs) trop long pour "
        "l'index vectoriel, coupé pour lui seul (la fiche, la recherche par mots et les filtres gardent tout) ; "
        "vérifiez cette fiche dans l'export"
    ]
    assert index.get_fiche("f-huge").partenaires == huge.partenaires  # the store keeps every value
    stored = index.chroma.collection.get(ids=["f-huge#dense#0"], include=["metadatas"])["metadatas"][0]
    assert len(stored["partenaires"]) == MAX_LIST_VALUES and len(stored["title"]) == MAX_TEXT_CHARS

    again = _open(tmp_path / "idx")
    astro = make_fiche("f-astro", "Club d'astronomie", resume="Observation des étoiles et astronomie.")
    assert again.sync([astro]).added == 1 and again.warnings == []
    assert again.check_consistency() == []
    assert _fiche_ids(again.dense_search("astronomie étoiles", 2, {"f-astro", "f-huge"})) == [
        "f-astro",
        "f-huge",
    ]
    assert _fiche_ids(again.dense_search("partenaires démesurée", 1)) == ["f-huge"]


def _poisoned_export(tmp_path: Path) -> Path:
    path = tmp_path / "poison.txt"
    partners = "".join(f"- Partenaire {i}\n" for i in range(POISON))
    path.write_text(
        "Les actions des centres sociaux\nActions\nFiche aux mille partenaires\n- Structure organisatrice\n"
        "- CENTRE SOCIAL DES LISTES - Ain\n- Résumé\nUne liste démesurée.\n"
        "- Avec qui cette action a-t-elle été menée ?\n-\nPartenaires d'action:\n" + partners,
        encoding="utf-8",
    )
    return path


@pytest.mark.slow
def test_cli_warns_about_the_capped_fiche_then_ingests_another_file(tmp_path):
    from tests.helpers_index import json_report, run_cli

    poison = _poisoned_export(tmp_path)
    fiche = parse_files([poison]).fiches[0]
    first = run_cli(str(poison), "--index-dir", str(tmp_path / "idx"), "--json")
    assert json_report(first)["added"] == 1
    assert (
        f"Avertissement : {poison}:2 : fiche « Fiche aux mille partenaires » ({fiche.id}) : "
        "« Partenaires d'action » (5 500 valeurs) trop long pour l'index vectoriel, coupé pour lui seul "
        "(la fiche, la recherche par mots et les filtres gardent tout) ; vérifiez cette fiche dans l'export"
    ) in first.stderr.splitlines()
    second = json_report(run_cli(str(SAMPLE_CORPUS), "--index-dir", str(tmp_path / "idx"), "--json"))
    assert (second["added"], second["fiches_total"]) == (34, 35)


def _poison_collection(index: FicheIndex) -> None:
    """Break the collection as chromadb 1.5.9 did before the cap: one record with 5,500 list values."""
    index.chroma.collection.upsert(
        ids=["f-old#dense#0"],
        embeddings=[FakeEmbeddings().embed_query("x")],
        documents=["x"],
        metadatas=[{"fiche_id": "f-old", "partenaires": [f"p{i}" for i in range(POISON)]}],
    )


def test_a_broken_collection_gives_the_reset_command_and_reset_repairs_it(tmp_path):
    index = _open(tmp_path / "idx")
    index.sync(known_fiches()[:2])
    with contextlib.suppress(Exception):  # chromadb raises « Error in compaction » right away
        _poison_collection(index)
    fresh = _open(tmp_path / "idx")
    with pytest.raises(IndexStoreError) as err:
        fresh.sync(known_fiches())
    message = str(err.value)
    assert message.startswith(f"L'index vectoriel (Chroma) de {tmp_path / 'idx'} est endommagé (")
    assert message.endswith(
        f"Reconstruisez l'index depuis vos exports : `{rebuild_command(tmp_path / 'idx')}`."
    )
    assert "--reset" in message
    report = fresh.sync(known_fiches(), reset=True)
    assert (report.added, report.fiches_total) == (4, 4)
    assert fresh.check_consistency() == []
    assert _fiche_ids(fresh.dense_search("bicyclettes", 1, {"f-velo", "f-jardin"})) == ["f-velo"]


# --- another process writes: generation, refresh ------------------------------------------------

_WRITER = """
import sys
from tests.fakes import FakeEmbeddings
from tests.helpers_index import make_fiche
from vectorstore.index import FicheIndex
fiches = [make_fiche(f"f-new{i}", f"Atelier numéro {i}", resume=f"Atelier de couture {i}") for i in range(int(sys.argv[2]))]
index = FicheIndex.open(sys.argv[1], embeddings=FakeEmbeddings(), embedding_id="fake")
print(index.sync(fiches).added)
"""


def test_filtered_search_after_another_process_ingests_works_once_refreshed(tmp_path):
    """Before: « Error executing plan: Internal error: Error finding id » on every filtered search, until
    restart (the embedded Chroma client of the reader kept its own, stale copy of the vector index)."""
    reader = _open(tmp_path / "idx")
    reader.sync(known_fiches())
    assert reader.refresh() is False  # first look: records the generation
    before = reader.generation()
    assert _fiche_ids(reader.dense_search("bicyclettes", 1, {"f-velo", "f-jardin"})) == ["f-velo"]
    writer = _run(_WRITER, str(tmp_path / "idx"), "12")
    assert writer.returncode == 0, writer.stderr
    assert writer.stdout.split()[-1] == "12"
    assert reader.generation() > before  # committed batches of another process are seen at once
    assert reader.refresh() is True and reader.refresh() is False
    new = [f.id for f in reader.all_fiches() if f.id not in {k.id for k in known_fiches()}]
    assert len(new) == 12 and reader.fiche_count() == 16
    assert set(_fiche_ids(reader.dense_search("atelier", 30, set(new)))) == set(new)
    assert _fiche_ids(reader.dense_search("bicyclettes", 1, {"f-velo", "f-jardin"})) == ["f-velo"]
    assert reader.check_consistency() == []


def test_generation_counts_every_committed_write(tmp_path):
    settings_batch = {"embedding_batch_size": 2}
    from config import get_settings

    index = _open(tmp_path / "idx", settings=get_settings().model_copy(update=settings_batch))
    assert index.generation() == 0
    index.sync(known_fiches())  # two batches of two fiches
    assert index.generation() == 2
    index.sync(known_fiches())  # nothing to do: nothing committed
    assert index.generation() == 2
    index.sync(known_fiches()[:3], prune=True)  # one removal
    assert index.generation() == 3
    index.sync(known_fiches(), reset=True)  # the reset, then two batches: never goes back
    assert index.generation() == 6


# --- one writer at a time -----------------------------------------------------------------------

_HOLDER = """
import sys, time
from vectorstore.lock import writer_lock
with writer_lock(sys.argv[1], timeout=5):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def _hold_lock(index_dir: Path, seconds: float) -> subprocess.Popen:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(index_dir), str(seconds)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_a_second_ingest_waits_then_fails_with_a_french_message(tmp_path):
    """Before: both ingests did the whole work at the same time."""
    index_dir = tmp_path / "idx"
    holder = _hold_lock(index_dir, 60)
    try:
        cli = subprocess.run(
            [sys.executable, "-m", "tests.ingest_slowed", "--lock-timeout", "1", "--", str(SAMPLE_CORPUS)]
            + ["--index-dir", str(index_dir)],
            cwd=ROOT,
            env={**os.environ, "HF_HUB_OFFLINE": "1"},
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        holder.kill()
        holder.wait(timeout=30)
    assert cli.returncode == 1 and cli.stdout == ""
    assert cli.stderr.strip().splitlines()[-1] == (
        f"Erreur : Une autre indexation (processus {holder.pid}) écrit dans l'index {index_dir} : après 1 s "
        "d'attente, celle-ci abandonne sans rien modifier. Attendez que l'autre se termine, puis relancez "
        "la commande."
    )
    assert LOCK_FILE in {p.name for p in index_dir.iterdir()}
    assert not (index_dir / "chroma").exists() and not (index_dir / "bm25").exists()  # nothing indexed
    assert _open(index_dir).fiche_count() == 0


def test_a_second_ingest_waits_for_the_first_to_finish(tmp_path):
    index_dir = tmp_path / "idx"
    holder = _hold_lock(index_dir, 1.0)
    start = time.monotonic()
    report = _open(index_dir, lock_timeout=30).sync(known_fiches())
    waited = time.monotonic() - start
    holder.wait(timeout=30)
    assert report.added == 4 and waited >= 0.5


def test_a_killed_holder_leaves_no_stale_lock(tmp_path):
    index_dir = tmp_path / "idx"
    holder = _hold_lock(index_dir, 60)
    holder.kill()
    holder.wait(timeout=30)
    with writer_lock(index_dir, timeout=0):
        pass
    assert _open(index_dir, lock_timeout=0).sync(known_fiches()).added == 4


# --- disk full, read-only ------------------------------------------------------------------------


@contextlib.contextmanager
def _mounted(target: Path, *options: str, source: str = "tmpfs", kind: str = "tmpfs"):
    """A real mount (root only); the test is skipped where mounting is not allowed."""
    target.mkdir(parents=True, exist_ok=True)
    args = ["mount", *(["-t", kind] if kind else []), *options, source, str(target)]
    if os.geteuid() != 0 or subprocess.run(args, capture_output=True).returncode != 0:
        pytest.skip("mount not allowed here (needs root)")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


def test_disk_full_names_the_disk(tmp_path):
    """Before: « Erreur pendant l'indexation : … database or disk is full. Relancez la commande »."""
    with _mounted(tmp_path / "petit", "-o", "size=600k") as disk, pytest.raises(IndexStoreError) as err:
        _open(disk / "idx").sync(parse_files([SAMPLE_CORPUS]).fiches)
    message = str(err.value)
    assert message.startswith(
        f"Disque plein : le disque {disk} (tmpfs) qui porte l'index {disk / 'idx'} n'a plus"
    )
    assert message.endswith(
        "Libérez de la place sur ce disque (ou choisissez un autre dossier avec --index-dir), puis relancez la "
        "commande : l'index reprend là où il s'était arrêté."
    )


def test_disk_full_and_read_only_errors_are_explained(tmp_path):
    full = explain(OSError(errno.ENOSPC, "No space left on device"), tmp_path)
    mount, device, _ = disk_of(tmp_path)
    assert str(full).startswith(f"Disque plein : le disque {mount} ({device}) qui porte l'index {tmp_path}")
    sqlite_full = explain(sqlite3.OperationalError("database or disk is full"), tmp_path)
    assert str(sqlite_full) == str(full)
    readonly = explain(OSError(errno.EROFS, "Read-only file system"), tmp_path)
    assert str(readonly).startswith(f"Dossier de l'index en lecture seule : {tmp_path}.")
    assert explain(ValueError("autre chose"), tmp_path) is None


def test_read_only_index_gives_a_clear_message(tmp_path):
    """Before: `sqlite3.OperationalError: unable to open database file` at start-up (fiche_count)."""
    index = _open(tmp_path / "idx")
    index.sync(known_fiches())
    index.close()
    with _mounted(tmp_path / "ro", "-o", "bind,ro", source=str(tmp_path / "idx"), kind="") as ro:
        if os.access(ro, os.W_OK):  # some kernels ignore ro on the first bind: remount
            subprocess.run(["mount", "-o", "remount,bind,ro", str(ro)], capture_output=True)
        health = check_index(ro, "fiches__fake")
        assert health.state == "readonly"
        assert health.message.startswith(
            f"L'index {ro} n'est pas utilisable :\n- Dossier de l'index en lecture seule"
        )
        with pytest.raises(IndexStoreError, match="^Dossier de l'index en lecture seule : "):
            _open(ro).fiche_count()
        with pytest.raises(IndexStoreError, match="^Dossier de l'index en lecture seule : "):
            _open(ro).sync(known_fiches())


# --- health at start-up --------------------------------------------------------------------------


KEYWORD_CHUNKS = sum(len(chunk_fiche(f)) for f in known_fiches())  # 9 section chunks, 4 dense passages


@pytest.fixture
def built(tmp_path) -> Path:
    """An index of the four known fiches, every handle released (as if written by another process)."""
    index = _open(tmp_path / "idx")
    index.sync(known_fiches())
    index.reopen()
    return tmp_path / "idx"


def _health(index_dir: Path):
    return check_index(index_dir, "fiches__fake")


def _ours(index_dir: Path) -> dict:
    """Snapshot of the files the project writes (chromadb rewrites its own files whenever a client opens)."""
    return {name: stamp for name, stamp in snapshot(index_dir).items() if not name.startswith("chroma/")}


def test_a_healthy_index_and_an_absent_one(built, tmp_path):
    before = _ours(built)
    health = _health(built)
    assert (health.state, health.problems, health.fiches, health.vectors, health.keyword) == (
        "ok",
        [],
        4,
        4,
        KEYWORD_CHUNKS,
    )
    assert health.message == "" and health.usable and _ours(built) == before
    absent = _health(tmp_path / "nouveau")
    assert absent.state == "absent" and not (tmp_path / "nouveau").exists()
    assert absent.message == (
        f"Aucun index dans {tmp_path / 'nouveau'} : indexez vos fiches avec `{rerun_command(tmp_path / 'nouveau')}`."
    )


def test_an_emptied_or_deleted_fiche_store_is_damage_not_an_empty_index(built):
    """Before: ui.py opened it, found 0 fiches and silently indexed the sample corpus over the user's index."""
    store = built / "fiches.sqlite3"
    store.unlink()
    missing = _health(built)
    assert (missing.state, missing.command, missing.usable) == ("damaged", rebuild_command(built), False)
    assert missing.problems == [f"base des fiches absente ({store}) alors que le reste de l'index existe"]
    store.write_bytes(b"")
    before = _ours(built)
    empty = _health(built)
    assert empty.problems == [f"base des fiches vide (fichier de 0 octet) : {store}"]
    assert empty.message == (
        f"L'index {built} n'est pas utilisable :\n- base des fiches vide (fichier de 0 octet) : {store}\n"
        f"Pour le réparer depuis vos exports SENACS : `{rebuild_command(built)}` "
        "(remplacez VOS_EXPORTS.txt par vos fichiers d'export)."
    )
    assert _ours(built) == before  # the check never creates tables in the empty file


def test_a_store_emptied_by_sql_while_vectors_remain_is_damage(built):
    with sqlite3.connect(built / "fiches.sqlite3") as conn:
        conn.execute("DELETE FROM chunks")
        conn.execute("DELETE FROM fiches")
    health = _health(built)
    assert health.state == "damaged" and health.command == rebuild_command(built)
    assert health.problems == [
        f"base des fiches vide alors que l'index garde 4 vecteurs et {KEYWORD_CHUNKS} passages mots-clés : "
        "elle a été vidée ou remplacée"
    ]


def test_a_garbage_fiche_store_is_reported_and_reset_rebuilds_it(built):
    (built / "fiches.sqlite3").write_bytes(b"pas une base SQLite " * 500)
    for suffix in ("-wal", "-shm"):
        (built / f"fiches.sqlite3{suffix}").unlink(missing_ok=True)
    health = _health(built)
    assert health.state == "damaged"
    assert health.problems == [
        f"base des fiches illisible (file is not a database) : {built / 'fiches.sqlite3'}"
    ]
    with pytest.raises(IndexStoreError, match="corrompue .* --reset"):
        _open(built).sync(known_fiches())
    fresh = _open(built)
    assert fresh.sync(known_fiches(), reset=True).added == 4
    assert fresh.check_consistency() == [] and _health(built).state == "ok"


def test_a_corrupted_keyword_index_is_reported_and_rebuilt_by_the_next_ingest(built):
    """Before: answers silently lost their keyword half (or the search raised)."""
    for path in (built / "bm25").iterdir():
        if path.suffix in (".npy", ".json") and path.name != "chunk_ids.json":
            path.write_bytes(b"\x00garbage")
    health = _health(built)
    assert health.state == "damaged" and health.command == rerun_command(built)
    assert len(health.problems) == 1 and health.problems[0].startswith("index mots-clés illisible (")
    index = _open(built)
    report = index.sync(known_fiches())
    assert report.unchanged == 4 and index.check_consistency() == []
    assert _fiche_ids(index.keyword_search("bicyclettes", 3)) == ["f-velo"]
    assert _health(built).state == "ok"


def test_a_deleted_chroma_folder_is_reported_and_refilled_by_the_next_ingest(built):
    """Before: dense search silently returned nothing."""
    shutil.rmtree(built / "chroma")
    health = _health(built)
    assert (health.state, health.command, health.usable) == ("damaged", rerun_command(built), True)
    assert health.problems == [f"index vectoriel (Chroma) absent : {built / 'chroma'}"]
    index = _open(built)
    report = index.sync(known_fiches())
    assert (report.unchanged, report.chunks) == (4, 4)  # the 4 passages re-embedded from the fiche store
    assert _health(built).state == "ok"
    assert _fiche_ids(index.dense_search("bicyclettes", 1)) == ["f-velo"]


def test_a_broken_collection_is_reported_with_the_reset_command(built):
    index = _open(built)
    with contextlib.suppress(Exception):
        _poison_collection(index)
    index.chroma.close()
    health = _health(built)
    assert (health.state, health.command) == ("damaged", rebuild_command(built))
    assert health.problems[0].startswith("index vectoriel (Chroma) illisible (")
    assert "compaction" in health.problems[0] or "backfill" in health.problems[0]


def test_the_index_health_method_uses_the_index_collection(built):
    assert _open(built).health().state == "ok"
    with sqlite3.connect(built / "fiches.sqlite3") as conn:
        conn.execute("UPDATE chunks SET dense = 1")  # now a vector is expected for every section chunk
    assert _open(built).health().problems == [
        f"index vectoriel incomplet : {KEYWORD_CHUNKS} passages sans vecteur ({built / 'chroma'})"
    ]


def test_the_writer_hook_is_injected_not_read_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("FICHES_TEST_SLOW_BATCH", "5")  # the old hook: ignored now
    seen: list[list[str]] = []
    index = _open(tmp_path / "idx", before_commit=seen.append)
    start = time.monotonic()
    index.sync(known_fiches())
    assert time.monotonic() - start < 5
    assert seen == [[f.id for f in known_fiches()]]
