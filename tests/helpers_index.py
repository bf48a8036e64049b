"""Helpers for the index tests: hand-built fiches with known answers, file snapshots, CLI runs."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
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


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a child process: offline, no telemetry, plus `extra`."""
    return {**os.environ, "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False", **extra}


def run_cli(
    *args: str | Path, env: dict | None = None, timeout: float = 600, module: str = "ingest"
) -> subprocess.CompletedProcess:
    """`python -m MODULE ARGS` in a child process, from the repository root."""
    return subprocess.run(
        [sys.executable, "-m", module, *map(str, args)],
        cwd=ROOT,
        env=child_env(**(env or {})),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
    )


def start_cli(
    *args: str | Path, env: dict | None = None, log: Path | None = None, module: str = "ingest"
) -> subprocess.Popen:
    """`python -m MODULE ARGS` started in the background from the repository root; stderr to `log` if given."""
    with log.open("wb") if log else contextlib.nullcontext(subprocess.DEVNULL) as err:
        return subprocess.Popen(
            [sys.executable, "-m", module, *map(str, args)],
            cwd=ROOT,
            env=child_env(**(env or {})),
            stdout=subprocess.DEVNULL,
            stderr=err,
        )


def kill_when(
    proc: subprocess.Popen, ready: Callable[[], bool], pause: float = 0.0, deadline_s: float = 300
) -> None:
    """SIGKILL the child once `ready()` is true (then after `pause` seconds); fails if it ended first."""
    try:
        deadline = time.monotonic() + deadline_s
        while not ready():
            assert proc.poll() is None, "the child ended before it could be killed"
            assert time.monotonic() < deadline, "the child made no progress"
            time.sleep(0.02)
        time.sleep(pause)
        assert proc.poll() is None, "the child ended before it could be killed"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def json_report(proc: subprocess.CompletedProcess) -> dict:
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stdout
    return json.loads(lines[0])
