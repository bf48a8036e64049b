"""Helpers for the index tests: hand-built fiches with known answers, file snapshots, CLI runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ingest.models import Fiche

ROOT = Path(__file__).resolve().parent.parent


def make_fiche(fid: str, title: str, **fields) -> Fiche:
    base = {
        "centre": "CENTRE SOCIAL TEST",
        "departement": "Nord",
        "departement_ecrit": "Nord",
        "departement_code": "59",
        "region": "Hauts-de-France",
        "statut": "En cours",
    }
    return Fiche(id=fid, title=title, **{**base, **fields}).with_hash()


def known_fiches() -> list[Fiche]:
    """Four fiches, each with distinctive words, so that every query has one right answer."""
    return [
        make_fiche(
            "f-parents",
            "Café des parents",
            resume="Rencontres autour de la parentalité avec le bailleur social.",
            partenaires=["Bailleur social", "Caf"],
            public=["Familles"],
            mots_cles=["Parentalité"],
            limites="Peu de pères présents.",
        ),
        make_fiche(
            "f-jardin",
            "Jardin partagé",
            resume="Un potager collectif pour cultiver légumes et tomates en pied d'immeuble.",
            partenaires=["Commune"],
            mots_cles=["Environnement"],
            departement="Gironde",
            departement_code="33",
        ),
        make_fiche(
            "f-velo",
            "Atelier vélo",
            resume="Réparation de bicyclettes et remise en selle des adultes.",
            perspectives="Ouvrir une vélo-école.",
        ),
        make_fiche(
            "f-numerique",
            "Démarches en ligne",
            resume="Accompagnement aux démarches administratives sur internet et ordinateur.",
            partenaires=["Etat"],
            public=["Seniors"],
        ),
    ]


def snapshot(directory: Path) -> dict[str, tuple[int, int]]:
    """(mtime ns, size) of every file under `directory`."""
    return {
        str(p.relative_to(directory)): (p.stat().st_mtime_ns, p.stat().st_size)
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def run_cli(*args: str, env: dict | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    """`python -m ingest ARGS` in a child process, from the repository root."""
    full_env = {**os.environ, "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "ingest", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def json_report(proc: subprocess.CompletedProcess) -> dict:
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stdout
    return json.loads(lines[0])
