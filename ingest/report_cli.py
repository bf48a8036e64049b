"""`python -m ingest report FICHIER...`: the health of an export at a glance, without indexing.

    25 blocs lus, 6 doublons écartés, 19 fiches ; champs vides : région 0 % (0 % après lecture des
    lieux), partenaires 26 % (11 % après lecture du texte), centre 0 %, département 0 %, année 100 %

then the other empty fields, the partners found only in the text and the départements a town gives.
Empty fields are counted as the export wrote them; « après lecture » counts a fiche as filled when the
parser found a partner in its text (`partenaires_cites`) or a town of a single département
(`departement_infere`), see `ingest/enrich.py`. Files that are not exports are listed and skipped; exit
status 1 when none is readable, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from dataclasses import dataclass, field

from ingest import fields
from ingest.errors import IngestError
from ingest.models import Fiche
from ingest.parser import ParseResult, parse_file, parse_files

logger = logging.getLogger(__name__)

_HEADLINE = ("centre", "departement", "annee")  # after région and partenaires
_SHOWN = 8  # partners / inferred places listed


@dataclass
class Report:
    """Counts over the distinct fiches of one or more exports."""

    blocks: int = 0
    duplicates: int = 0
    fiches: int = 0
    warnings: int = 0
    empty: dict[str, int] = field(default_factory=dict)  # field → fiches where it is empty
    no_partner_after: int = 0  # no structured partner and none named in the text
    no_region_after: int = 0  # no région and no single-département town in centre line or text
    cited: Counter = field(default_factory=Counter)  # canonical partner → fiches citing it only in text
    inferred: list[tuple[str, str]] = field(default_factory=list)  # (town, département) of inferring fiches
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, French reason)


def build_arg_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m ingest report",
        description="Résume la qualité d'exports texte SENACS (champs vides, partenaires et lieux lus dans "
        "le texte) sans rien indexer.",
    )
    parser.add_argument("files", nargs="+", metavar="FICHIER", help="export(s) texte SENACS")
    return parser


def _is_empty(value: object) -> bool:
    return value is None or value == "" or value == []


_PLACE_FIELDS = ("departement", "departement_code", "region")


def as_written(fiche: Fiche) -> Fiche:
    """The fiche as the export wrote it: without the département the parser inferred from a town."""
    if not fiche.departement_infere:
        return fiche
    return fiche.model_copy(update=dict.fromkeys((*_PLACE_FIELDS, "departement_infere"), ""))


def build_report(result: ParseResult, skipped: list[tuple[str, str]] | None = None) -> Report:
    report = Report(result.blocks, result.duplicates, len(result.fiches), len(result.warnings))
    report.skipped = list(skipped or [])
    written = [as_written(f) for f in result.fiches]
    shown = [name for name in fields.fiche_fields() if name not in fields.derived_fields()]
    report.empty = {name: sum(_is_empty(getattr(f, name, None)) for f in written) for name in shown}
    for fiche in result.fiches:
        _read_text(report, fiche)
    return report


def _read_text(report: Report, fiche: Fiche) -> None:
    if not fiche.partenaires:
        report.cited.update(fiche.partenaires_cites)
        report.no_partner_after += not fiche.partenaires_cites
    report.no_region_after += not fiche.region
    if fiche.departement_infere:
        report.inferred.append((fiche.departement_infere, fiche.departement))


# --- French output ---------------------------------------------------------------------------------


def _count(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count < 2 else plural}"


def _share(count: int, total: int) -> str:
    return f"{round(100 * count / total)} %" if total else "–"


def _label(name: str) -> str:
    return {"departement": "département", "annee": "année", "centre": "centre"}.get(
        name, fields.label(name).lower()
    )


def format_report(report: Report) -> str:
    total = report.fiches
    head = (
        f"{_count(report.blocks, 'bloc lu', 'blocs lus')}, "
        f"{_count(report.duplicates, 'doublon écarté', 'doublons écartés')}, "
        f"{_count(total, 'fiche', 'fiches')}"
    )
    if not total:
        return "\n".join([head + ".", *_skipped_lines(report)])
    empty = report.empty
    headline = [
        f"région {_share(empty['region'], total)} ({_share(report.no_region_after, total)} après lecture des lieux)",
        f"partenaires {_share(empty['partenaires'], total)} "
        f"({_share(report.no_partner_after, total)} après lecture du texte)",
        *(f"{_label(n)} {_share(empty[n], total)}" for n in _HEADLINE),
    ]
    lines = [f"{head} ; champs vides : " + ", ".join(headline) + "."]
    lines += _detail_lines(report)
    return "\n".join(lines + _skipped_lines(report))


def _detail_lines(report: Report) -> list[str]:
    total, lines = report.fiches, []
    others = [n for n in report.empty if n not in (*_HEADLINE, "region", "partenaires") and report.empty[n]]
    if others:
        lines.append(
            "Autres champs vides : "
            + ", ".join(f"{_label(n)} {_share(report.empty[n], total)}" for n in others)
            + "."
        )
    if report.cited:
        ranked = sorted(report.cited.items(), key=lambda item: (-item[1], item[0]))[:_SHOWN]
        top = ", ".join(f"{name} {count}" for name, count in ranked)
        lines.append(f"Partenaires cités seulement dans le texte (fiches) : {top}.")
    if report.inferred:
        shown = ", ".join(f"{town} → {dep}" for town, dep in report.inferred[:_SHOWN])
        more = " …" if len(report.inferred) > _SHOWN else ""
        lines.append(f"Départements déduits d'une ville : {len(report.inferred)} ({shown}{more}).")
    if report.warnings:
        warn = _count(report.warnings, "avertissement", "avertissements")
        lines.append(f"{warn} du parseur : `python -m ingest parse FICHIER` pour les voir.")
    return lines


def _skipped_lines(report: Report) -> list[str]:
    """One line per reason: « Fichier ignoré (raison) : a.txt » or « 3 fichiers ignorés (raison) : … »."""
    by_reason: dict[str, list[str]] = {}
    for path, reason in report.skipped:
        by_reason.setdefault(reason, []).append(path)
    return [
        f"{_count(len(paths), 'fichier ignoré', 'fichiers ignorés').removeprefix('1 ').capitalize()} "
        f"({reason}) : {', '.join(paths)}"
        for reason, paths in by_reason.items()
    ]


# --- entry point -----------------------------------------------------------------------------------


def _readable(paths: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Files that parse as exports, and (file, reason) for the others."""
    good, skipped = [], []
    for path in paths:
        try:
            parse_file(path)
        except IngestError as err:
            skipped.append((path, str(err).removeprefix(f"{err.path} : ")))
            continue
        good.append(path)
    return good, skipped


def main(argv: list[str] | None = None) -> int:
    args = build_arg_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    good, skipped = _readable(args.files)
    if not good:
        print("\n".join(f"Erreur : {path} : {reason}" for path, reason in skipped), file=sys.stderr)
        return 1
    print(format_report(build_report(parse_files(good), skipped)))
    return 0
