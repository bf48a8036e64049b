"""The user's base first: the sample corpus lives in its own index (`<index>-exemple`), served only while the
user's index is absent or empty; the first ingest of an export says so and never mixes the two; a damaged user
index stops the app with the repair command instead of being replaced. Fake embeddings: these are wiring tests
(the real embedder's path is covered by the browser test and tests/test_sync_cli.py)."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest

import ui
from config import get_settings
from ingest import sync_cli
from ingest.parser import parse_files
from tests.conftest import SAMPLE_CORPUS
from tests.fakes import FakeEmbeddings
from vectorstore.index import FicheIndex

_open = FicheIndex.open.__func__


@pytest.fixture(autouse=True)
def fake_embeddings(monkeypatch):
    def opened(cls, index_dir=None, embeddings=None, settings=None, **kwargs):
        return _open(cls, index_dir, embeddings or FakeEmbeddings(), settings, embedding_id="fake", **kwargs)

    monkeypatch.setattr(FicheIndex, "open", classmethod(opened))


@pytest.fixture
def export(tmp_path):
    """A user's export: the sample corpus's text with every centre renamed (other fiches, other ids)."""
    path = tmp_path / "export.txt"
    text = re.sub(r"(- Structure organisatrice\n- )", r"\1USAGER ", SAMPLE_CORPUS.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    return path


def test_an_absent_index_serves_the_sample_corpus_from_its_own_folder(tmp_path):
    settings = get_settings()
    served = ui.served_settings(settings)
    assert served.index_dir == tmp_path / "index-exemple" and not (tmp_path / "index").exists()
    notice = ui.ensure_index(served)
    assert notice == (
        "Corpus d'exemple (34 fiches inventées), en attendant les vôtres : indexez votre export avec "
        f"`.venv/bin/python -m ingest votre_export.txt --index-dir {tmp_path / 'index'}`, puis relancez l'application."
    )
    assert ui.sample_notice(34, Path("data/index-exemple")).endswith(
        "avec `.venv/bin/python -m ingest votre_export.txt`, puis relancez l'application."
    )  # the default index: no option to type
    assert FicheIndex.open(served.index_dir).fiche_count() == 34
    assert ui.ensure_index(served) == notice  # built once, then reused
    assert ui.ensure_index(settings) == ""  # the user's own index: no notice


def test_the_first_ingest_of_an_export_replaces_the_sample_and_never_mixes(tmp_path, export, capsys):
    served = ui.served_settings(get_settings())
    ui.ensure_index(served)
    assert sync_cli.main([str(export)]) == 0
    out, err = capsys.readouterr()
    assert f"Premier index de vos fiches : {tmp_path / 'index'}." in err
    assert "34 ajoutées" in out and "— 34 dans l'index." in out
    user = FicheIndex.open(tmp_path / "index")
    assert {f.id for f in user.all_fiches()}.isdisjoint({f.id for f in parse_files([SAMPLE_CORPUS]).fiches})
    assert ui.served_settings(get_settings()).index_dir == tmp_path / "index"  # the app now serves it
    assert sync_cli.main([str(export)]) == 0
    assert "Premier index" not in capsys.readouterr().err  # only the first time


def test_an_index_holding_sample_fiches_is_pointed_out(tmp_path, export, capsys):
    assert sync_cli.main([str(SAMPLE_CORPUS)]) == 0  # an older install put the sample in the user's index
    capsys.readouterr()
    assert sync_cli.main([str(export)]) == 0
    err = capsys.readouterr().err
    assert "l'index contient aussi 34 fiches du corpus d'exemple" in err and "--reset" in err


def test_a_damaged_user_index_stops_the_app_instead_of_serving_the_sample(tmp_path, export, capsys):
    assert sync_cli.main([str(export)]) == 0
    (tmp_path / "index" / "fiches.sqlite3").write_bytes(b"")  # emptied by accident
    with pytest.raises(ui.IndexUnusable) as unusable:
        ui.served_settings(get_settings())
    assert "n'est pas utilisable" in str(unusable.value) and "python -m ingest" in str(unusable.value)
    assert ui.main([]) == 1
    assert "n'est pas utilisable" in capsys.readouterr().err
    assert not (tmp_path / "index-exemple").exists()


def test_ingest_summary_counts_blocks_duplicates_and_logs_no_debug(tmp_path, capsys, caplog):
    doubled = tmp_path / "doubled.txt"
    text = SAMPLE_CORPUS.read_text(encoding="utf-8")
    doubled.write_text(text + "\n" + text, encoding="utf-8")  # every block twice
    read = parse_files([doubled])
    assert read.duplicates >= 30 and len(read.fiches) == 34
    with caplog.at_level(logging.DEBUG):
        assert sync_cli.main([str(doubled)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == f"Lu : {read.blocks} blocs, {read.duplicates} doublons écartés."
    assert lines[2].startswith("Fiches : 34 ajoutées,") and lines[3].startswith("Chunks écrits : ")
    assert not [r for r in caplog.records if r.name == "bm25s" and r.levelno < logging.WARNING]
    assert sync_cli.main([str(doubled), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["blocks"], report["duplicates"], report["unchanged"]) == (read.blocks, read.duplicates, 34)


def test_a_long_run_shows_its_progress_bar_even_without_a_terminal(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sync_cli, "PROGRESS_MIN", 10)
    assert sync_cli.main([str(SAMPLE_CORPUS)]) == 0
    assert "Embeddings" in capsys.readouterr().err
    monkeypatch.setattr(sync_cli, "PROGRESS_MIN", 500)
    assert sync_cli.main([str(SAMPLE_CORPUS), "--reset"]) == 0
    assert "Embeddings" not in capsys.readouterr().err
