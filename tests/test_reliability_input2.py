"""Inputs, round two (issue 16): what `read_export` accepts before reading, and damaged exports that must not
cost the whole file.

Reproduced first on the previous `read_export`: `/dev/zero` and `/dev/urandom` were read without limit (3.8 GB
of memory, then a raw traceback), a FIFO hung the ingest; one cp1252 fiche in a UTF-8 export made the whole
file decode as cp1252 (mojibake in every fiche, exit 0); one NUL byte rejected the whole file as binary.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from config import get_settings
from ingest.errors import IngestError
from ingest.parser import parse_files, parse_text, read_export
from tests.conftest import SAMPLE_CORPUS
from tests.helpers_badinput import SAMPLE_FICHES, sample_blocks
from tests.helpers_index import run_cli, snapshot

HEADER = "Les actions des centres sociaux\n"
DEVICE = "ce n'est pas un fichier ordinaire mais un périphérique (comme /dev/zero) : donnez le fichier .txt de l'export SENACS"
FIFO = (
    "ce n'est pas un fichier ordinaire mais un tube nommé (FIFO) : donnez le fichier .txt de l'export SENACS"
)
CP1252_BLOCK = (
    "fiche non UTF-8 dans un fichier UTF-8, lue seule en Windows-1252 (cp1252) ; vérifiez ses accents "
    "ou réenregistrez le fichier en UTF-8"
)
NUL_LINE = "octet nul dans cette ligne (fichier abîmé ?) : ligne ignorée ; vérifiez-la dans l'export"


def _in_thread(target, timeout: float = 20.0):
    """Run `target()` in a daemon thread; (finished, result or exception). A hang is reported, not inherited."""
    out: dict = {}

    def run():
        try:
            out["value"] = target()
        except BaseException as err:  # the point: report whatever it raised
            out["value"] = err

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout)
    return not thread.is_alive(), out.get("value")


# --- only regular files, size checked before reading ---------------------------------------------


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused_without_being_read(device):
    if not Path(device).exists():
        pytest.skip(f"{device} absent")
    finished, value = _in_thread(lambda: read_export(device))
    assert finished, f"reading {device} did not return"
    assert isinstance(value, IngestError)
    assert str(value) == f"{device} : {DEVICE}" and value.path == device


def test_a_fifo_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "export.txt"
    os.mkfifo(fifo)
    finished, value = _in_thread(lambda: parse_files([fifo]))
    assert finished, "a FIFO without writer made the ingest hang"
    assert isinstance(value, IngestError) and str(value) == f"{fifo} : {FIFO}"


def test_the_size_cap_is_checked_before_reading(tmp_path, monkeypatch):
    sparse = tmp_path / "enorme.txt"
    with sparse.open("wb") as out:
        out.truncate(50 * 10**9)  # 50 GB announced, nothing on disk: reading it would never end
    start = time.perf_counter()
    with pytest.raises(IngestError) as err:
        read_export(sparse)
    assert time.perf_counter() - start < 5
    assert str(err.value) == (
        f"{sparse} : fichier trop gros (50000 Mo, au plus 200 Mo) : découpez l'export en plusieurs fichiers, "
        "ou augmentez MAX_INPUT_MB"
    )
    monkeypatch.setenv("MAX_INPUT_MB", "1")
    get_settings.cache_clear()
    small = tmp_path / "moyen.txt"
    small.write_text(HEADER + "".join(sample_blocks()) * 40, encoding="utf-8")  # about 2 MB
    with pytest.raises(IngestError, match=r"fichier trop gros \(\d+,\d Mo, au plus 1 Mo\)"):
        parse_files([small])
    assert read_export(SAMPLE_CORPUS)[0] == SAMPLE_CORPUS.read_text(encoding="utf-8")  # 100 kB: fine


def test_a_symlink_to_an_export_is_read(tmp_path):
    link = tmp_path / "lien.txt"
    link.symlink_to(SAMPLE_CORPUS)
    assert len(parse_files([link]).fiches) == SAMPLE_FICHES


def test_cli_refuses_a_device_and_leaves_the_index_untouched(tmp_path):
    index_dir = tmp_path / "idx"
    index_dir.mkdir()
    before = snapshot(index_dir)
    proc = run_cli("/dev/zero", "--index-dir", str(index_dir), timeout=60)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.strip() == f"Erreur : /dev/zero : {DEVICE} — l'index n'a pas été modifié."
    assert snapshot(index_dir) == before


# --- mixed encodings: decided per fiche block ----------------------------------------------------


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_one_cp1252_fiche_in_a_utf8_export_is_read_right_and_alone(tmp_path):
    blocks = sample_blocks()
    k = next(i for i, b in enumerate(blocks) if i > 3 and not b.isascii())
    path = tmp_path / "mixte.txt"
    path.write_bytes(
        (HEADER + "".join(blocks[:k])).encode("utf-8")
        + blocks[k].encode("cp1252")
        + "".join(blocks[k + 1 :]).encode("utf-8")
    )
    sample = parse_files([SAMPLE_CORPUS])
    result = parse_files([path])
    assert [(f.id, f.content_hash) for f in result.fiches] == [(f.id, f.content_hash) for f in sample.fiches]
    assert not any("Ã" in f.model_dump_json() for f in result.fiches)  # no mojibake anywhere
    first_accent = next(i for i, ch in enumerate(blocks[k]) if not ch.isascii())
    line = (HEADER + "".join(blocks[:k]) + blocks[k][:first_accent]).count("\n") + 1
    assert result.warnings == [f"{path}:{line} : {CP1252_BLOCK}"]


def test_two_cp1252_fiches_get_one_warning_each(tmp_path):
    blocks = sample_blocks()
    accented = [i for i, b in enumerate(blocks) if not b.isascii()][:2]
    data = HEADER.encode()
    for i, block in enumerate(blocks):
        data += block.encode("cp1252" if i in accented else "utf-8")
    path = tmp_path / "mixte2.txt"
    path.write_bytes(data)
    result = parse_files([path])
    assert len(result.fiches) == SAMPLE_FICHES
    assert [w.split(" : ", 1)[1] for w in result.warnings] == [CP1252_BLOCK, CP1252_BLOCK]
    assert [f.content_hash for f in result.fiches] == [
        f.content_hash for f in parse_files([SAMPLE_CORPUS]).fiches
    ]


# --- a NUL byte drops its line, not the file -----------------------------------------------------


def test_a_nul_byte_drops_its_line_with_a_warning(tmp_path):
    text = SAMPLE_CORPUS.read_text(encoding="utf-8")
    sample = parse_files([SAMPLE_CORPUS]).fiches
    target = sample[5]
    victim = target.resume.splitlines()[0]
    line = _line_of(text, victim)
    path = tmp_path / "nul.txt"
    path.write_bytes(text.replace(victim, victim[:10] + "\x00" + victim[10:], 1).encode("utf-8"))
    result = parse_files([path])
    assert result.warnings == [f"{path}:{line} : {NUL_LINE}"]
    assert len(result.fiches) == SAMPLE_FICHES
    changed = [
        (a.id, b.id) for a, b in zip(sample, result.fiches, strict=True) if a.content_hash != b.content_hash
    ]
    assert changed == [(target.id, target.id)]
    emptied = parse_text(text.replace(victim, "", 1), str(path)).fiches  # as if the line were blank
    assert [f.content_hash for f in result.fiches] == [f.content_hash for f in emptied]
    assert victim not in result.fiches[5].resume and "\x00" not in result.fiches[5].resume


def test_nul_bytes_on_many_lines_still_mean_a_binary_file(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes(SAMPLE_CORPUS.read_text(encoding="utf-8").encode("utf-16-le"))
    with pytest.raises(IngestError, match="fichier binaire"):
        parse_files([path])
