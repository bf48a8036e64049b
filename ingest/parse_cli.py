"""`python -m ingest parse FICHIER... [--jsonl]`: show what the parser reads in SENACS exports.

With `--jsonl`, one JSON object per distinct fiche on stdout (keys: `Fiche.model_dump()`); without,
one line per fiche (id, title — centre (département)). A French summary goes to stderr.
Exit status: 0 on success, 1 when a file cannot be read as an export, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from typing import TextIO

from ingest.errors import IngestError
from ingest.parser import ParseResult, parse_files

logger = logging.getLogger(__name__)


def build_arg_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m ingest parse",
        description="Lit des exports texte de fiches action SENACS et affiche les fiches reconnues.",
    )
    parser.add_argument("files", nargs="+", metavar="FICHIER", help="export(s) texte SENACS")
    parser.add_argument(
        "--jsonl", action="store_true", help="une fiche JSON par ligne sur la sortie standard"
    )
    return parser


def _count(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count < 2 else plural}"


def summary(result: ParseResult, files: int) -> str:
    """The French summary printed on stderr."""
    fiches = len(result.fiches)
    lines = [
        f"{_count(result.blocks, 'bloc lu', 'blocs lus')} dans {_count(files, 'fichier', 'fichiers')} : "
        f"{_count(fiches, 'fiche distincte', 'fiches distinctes')}, "
        f"{_count(result.duplicates, 'doublon écarté', 'doublons écartés')}, "
        f"{_count(len(result.warnings), 'avertissement', 'avertissements')}.",
        "Mises en page : " + ", ".join(f"{name} {count}" for name, count in result.layouts.items()) + ".",
    ]
    if result.warnings:
        lines.append("Avertissements :")
        lines.extend(f"  {warning}" for warning in result.warnings)
    return "\n".join(lines)


def _write_fiches(result: ParseResult, jsonl: bool, out: TextIO) -> None:
    for fiche in result.fiches:
        if jsonl:
            out.write(json.dumps(fiche.model_dump(), ensure_ascii=False) + "\n")
            continue
        where = f" ({fiche.departement or fiche.departement_ecrit})" if fiche.departement_ecrit else ""
        centre = f" — {fiche.centre}{where}" if fiche.centre or where else ""
        out.write(f"{fiche.id}  {fiche.title}{centre}\n")
    out.flush()


def main(argv: list[str] | None = None) -> int:
    args = build_arg_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        result = parse_files(args.files)
    except IngestError as err:
        print(f"Erreur : {err}", file=sys.stderr)
        return 1
    try:
        _write_fiches(result, args.jsonl, sys.stdout)
    except BrokenPipeError:  # e.g. `| head`: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    print(summary(result, len(args.files)), file=sys.stderr)
    return 0
