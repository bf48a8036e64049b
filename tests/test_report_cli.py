"""`python -m ingest report`, run as a subprocess: counts, empty fields before/after reading the text."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.helpers_index import run_cli
from tests.helpers_parser import listing_block


def block(title: str, centre: str, resume: str, partners: list[str]) -> str:
    return listing_block(
        title,
        centre,
        resume,
        statut="En cours",
        public="Tous publics",
        partners=partners,
        territoire="Un quartier",
    )


def run_report(*args: str | Path) -> subprocess.CompletedProcess:
    return run_cli("report", *args, timeout=120)


@pytest.fixture
def export(tmp_path) -> Path:
    first = block("Café des parents", "CSC Les Tilleuls - Nord", "Avec une puéricultrice de la PMI.", ["Caf"])
    blocks = [
        first,
        block("Jardin partagé", "CSC Les Lilas - Bagnolet", "Un jardin financé par la CAF et la Ville.", []),
        block("Sortie familles", "CSC Arc-en-ciel - Gironde", "Une sortie à Toul en car.", []),
        first,  # the same block again: a duplicate
    ]
    path = tmp_path / "export.txt"
    path.write_text("Les actions des centres sociaux\n" + "".join(blocks), encoding="utf-8")
    return path


def test_report_counts_empty_fields_before_and_after_reading_the_text(export):
    proc = run_report(export)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == (
        "4 blocs lus, 1 doublon écarté, 3 fiches ; champs vides : région 33 % (0 % après lecture des lieux), "
        "partenaires 67 % (33 % après lecture du texte), centre 0 %, département 33 %, année 100 %."
    )
    assert "Partenaires cités seulement dans le texte (fiches) : Caf 1, Commune 1." in lines
    assert "Départements déduits d'une ville : 1 (Bagnolet → Seine-Saint-Denis)." in lines
    assert not any(line.startswith("Fichier") for line in lines)


def test_report_skips_files_that_are_not_exports(export, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("Une liste de courses.\n", encoding="utf-8")
    proc = run_report(export, notes, tmp_path / "absent.txt")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("4 blocs lus, 1 doublon écarté, 3 fiches ; ")
    assert lines[-2].startswith("Fichier ignoré (aucune fiche reconnue") and lines[-2].endswith(f" : {notes}")
    assert (
        lines[-1] == f"Fichier ignoré (fichier introuvable : vérifiez le chemin) : {tmp_path / 'absent.txt'}"
    )


def test_report_fails_when_no_file_is_an_export(tmp_path):
    proc = run_report(tmp_path / "absent.txt")
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.startswith(f"Erreur : {tmp_path / 'absent.txt'} : fichier introuvable")


def test_report_usage_error():
    proc = run_report()
    assert proc.returncode == 2
    assert "FICHIER" in proc.stderr


@pytest.mark.shared
def test_report_on_the_seed(seed_path):
    proc = run_report(seed_path)
    assert proc.returncode == 0, proc.stderr
    head = proc.stdout.splitlines()[0]
    assert head.startswith("25 blocs lus, 6 doublons écartés, 19 fiches ; champs vides : région 0 % ")
    assert "partenaires 21 % (11 % après lecture du texte)" in head  # 4 fiches without, 2 after reading
