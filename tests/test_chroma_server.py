"""Chroma server mode: a real `chroma run` server; with CHROMA_HOST/CHROMA_PORT set the index lives there."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from config import get_settings
from tests.fakes import FakeEmbeddings
from tests.helpers_index import known_fiches
from tests.helpers_server import free_port, serving
from vectorstore.index import FicheIndex

pytestmark = pytest.mark.slow
CHROMA = Path(sys.executable).with_name("chroma")


@pytest.fixture
def chroma_server(tmp_path):
    if not CHROMA.exists() and shutil.which("chroma") is None:
        pytest.skip("the `chroma` command of the chromadb package is not installed")
    port = free_port()
    data = tmp_path / "server-data"
    cmd = [str(CHROMA if CHROMA.exists() else "chroma"), "run", "--path", str(data)]
    cmd += ["--host", "127.0.0.1", "--port", str(port)]
    heartbeat = f"http://127.0.0.1:{port}/api/v2/heartbeat"
    with serving(cmd, heartbeat, tmp_path / "chroma.log", timeout=60):
        yield port, data


def test_index_in_a_chroma_server(chroma_server, tmp_path, monkeypatch):
    port, data = chroma_server
    monkeypatch.setenv("CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("CHROMA_PORT", str(port))
    get_settings.cache_clear()

    index = FicheIndex.open(tmp_path / "idx", embeddings=FakeEmbeddings(), embedding_id="fake")
    report = index.sync(known_fiches())
    assert (report.added, report.fiches_total) == (4, 4)
    top = index.dense_search("Réparation de bicyclettes et remise en selle des adultes", 1)
    assert top[0].chunk.id == "f-velo#dense#0"
    assert index.get_fiche(top[0].chunk.fiche_id).title == "Atelier vélo"
    assert index.check_consistency() == []
    assert not (tmp_path / "idx" / "chroma").exists()  # vectors live in the server, not in the index dir
    assert data.exists()

    again = FicheIndex.open(tmp_path / "idx", embeddings=FakeEmbeddings(), embedding_id="fake")
    assert again.sync(known_fiches()).unchanged == 4
    assert [c.name for c in again.chroma.client.list_collections()] == ["fiches__fake"]
