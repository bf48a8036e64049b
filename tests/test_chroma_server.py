"""Chroma server mode: a real `chroma run` server; with CHROMA_HOST/CHROMA_PORT set the index lives there."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from config import get_settings
from tests.fakes import FakeEmbeddings
from tests.helpers_index import known_fiches
from vectorstore.index import FicheIndex

pytestmark = pytest.mark.slow
CHROMA = Path(sys.executable).with_name("chroma")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(proc: subprocess.Popen, port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"chroma run exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError("the Chroma server did not answer in time")


@pytest.fixture
def chroma_server(tmp_path):
    if not CHROMA.exists() and shutil.which("chroma") is None:
        pytest.skip("the `chroma` command of the chromadb package is not installed")
    port = _free_port()
    data = tmp_path / "server-data"
    proc = subprocess.Popen(
        [
            str(CHROMA if CHROMA.exists() else "chroma"),
            "run",
            "--path",
            str(data),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_until_up(proc, port)
        yield port, data
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=20)


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
