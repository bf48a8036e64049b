"""`python -m ingest parse`, run as a subprocess: output, summary, exit codes, French errors."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from ingest.models import Fiche
from tests.helpers_index import run_cli
from tests.helpers_parser import MINI


def run_parse(*args: str | Path) -> subprocess.CompletedProcess:
    return run_cli("parse", *args, timeout=120)


def test_jsonl_on_the_seed(seed_path):
    proc = run_parse(seed_path, "--jsonl")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(rows) == 19
    assert all(list(row) == list(Fiche.model_fields) for row in rows)
    assert rows[0]["title"] == "Place en Place" and rows[0]["departement_code"] == "56"
    assert rows[-1]["title"] == "Permanences de l'écrivain public"
    assert proc.stderr.splitlines() == [
        "25 blocs lus dans 1 fichier : 19 fiches distinctes, 6 doublons écartés, 0 avertissement.",
        "Mises en page : listing 25.",
    ]


def test_human_table_on_the_seed(seed_path):
    proc = run_parse(seed_path)
    assert proc.returncode == 0
    lines = proc.stdout.splitlines()
    assert len(lines) == 19
    assert lines[17].endswith(
        "  permanences hors les murs du centre social — CENTRE SOCIAL BELLEFONTAINE - LAFOURGUETTE (Haute-Garonne)"
    )
    assert lines[17].startswith("f-")


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("vide.txt", b"", "fichier vide"),
        ("blanc.txt", b"  \n\n\t \r\n", "fichier vide"),
        (
            "image.png",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
            "fichier binaire, pas un export texte SENACS",
        ),
        ("notes.txt", b"Compte rendu de reunion\n- point 1\n- point 2\n", "aucune fiche reconnue"),
    ],
)
def test_bad_file_exits_1_naming_it(tmp_path, name, data, message):
    path = _write(tmp_path, name, data)
    proc = run_parse(path, "--jsonl")
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.startswith(f"Erreur : {path} : {message}")


def test_directory_exits_1(tmp_path):
    proc = run_parse(tmp_path)
    assert proc.returncode == 1
    assert proc.stderr.startswith(
        f"Erreur : {tmp_path} : c'est un dossier, pas un fichier : donnez un fichier"
    )


def test_missing_path_exits_1(tmp_path):
    missing = tmp_path / "absent.txt"
    proc = run_parse(missing)
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"Erreur : {missing} : fichier introuvable : vérifiez le chemin"


def test_one_bad_file_among_good_ones_fails(tmp_path):
    good = _write(tmp_path, "bon.txt", MINI.format(title="T", centre="CS - Ain", resume="r").encode())
    bad = _write(tmp_path, "vide.txt", b"")
    proc = run_parse(good, bad, "--jsonl")
    assert proc.returncode == 1
    assert str(bad) in proc.stderr and "fichier vide" in proc.stderr


def test_usage_error_exits_2():
    proc = run_parse()
    assert proc.returncode == 2
    assert "FICHIER" in proc.stderr


def test_cp1252_file_parses_with_a_warning(tmp_path):
    text = MINI.format(title="Fête de quartier", centre="Centre Social Élan - Hérault", resume="Été animé")
    path = _write(tmp_path, "ancien.txt", text.encode("cp1252"))
    proc = run_parse(path, "--jsonl")
    assert proc.returncode == 0
    (row,) = [json.loads(line) for line in proc.stdout.splitlines()]
    assert (row["title"], row["centre"], row["departement_code"], row["resume"]) == (
        "Fête de quartier",
        "Centre Social Élan",
        "34",
        "Été animé",
    )
    assert f"  {path}:2 : fichier non UTF-8, lu en Windows-1252 (cp1252)" in proc.stderr
    assert "1 avertissement." in proc.stderr


def test_misspelt_label_warning_names_its_line(tmp_path):
    text = MINI.format(title="T", centre="CS - Gers", resume="Début.\n- Resumé du projet\nFin.")
    path = _write(tmp_path, "faute.txt", text.encode())
    proc = run_parse(path, "--jsonl")
    assert proc.returncode == 0
    assert f"  {path}:9 : libellé inconnu « Resumé du projet » (ressemble à « Résumé »)" in proc.stderr
    assert json.loads(proc.stdout)["resume"] == "Début.\n- Resumé du projet\nFin."


def test_same_centre_and_title_different_content_gives_two_ids(tmp_path):
    one = MINI.format(title="Atelier", centre="CS Sud - Var", resume="Version 1")
    two = MINI.format(title="Atelier", centre="CS Sud - Var", resume="Version 2")
    path = _write(tmp_path, "double.txt", (one + two).encode())
    proc = run_parse(path, "--jsonl")
    assert proc.returncode == 0
    ids = [json.loads(line)["id"] for line in proc.stdout.splitlines()]
    assert len(ids) == 2 and ids[1].startswith(ids[0] + "-") and len(ids[1]) == len(ids[0]) + 7
    assert f"  {path}:11 : même centre et même titre que {path}:1 (« Atelier »)" in proc.stderr
    assert (
        "2 blocs lus dans 1 fichier : 2 fiches distinctes, 0 doublon écarté, 1 avertissement." in proc.stderr
    )
