"""`python -m ingest FICHIER... [--index-dir DIR] [--prune] [--reset] [--json]`: sync the index with exports.

Every file is parsed before anything is written: a parse error names the file and line, exits 1 and
leaves the index untouched. Unchanged fiches are skipped, changed ones re-indexed; `--prune` removes
the fiches absent from the files, `--reset` starts from an empty index. A progress bar (stderr) shows
while embedding when stderr is a terminal; the French summary goes to stdout, or with `--json` a
single JSON object (`added`, `updated`, `unchanged`, `removed`, `chunks`, `seconds`,
`passages_per_second`, `fiches_total`).
Exit status: 0 on success, 1 on an input or index error, 2 on a usage error, 130 when interrupted.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from config import get_settings
from ingest.errors import IndexStoreError, IngestError
from vectorstore.base import SyncReport

logger = logging.getLogger(__name__)


def build_arg_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m ingest",
        description="Indexe des exports texte de fiches action SENACS (ajout, mise à jour, suppression).",
        epilog="Pour seulement lire un export sans indexer : python -m ingest parse FICHIER...",
    )
    parser.add_argument("files", nargs="+", metavar="FICHIER", help="export(s) texte SENACS")
    parser.add_argument("--index-dir", type=Path, help="dossier de l'index (défaut : INDEX_DIR)")
    parser.add_argument("--prune", action="store_true", help="supprime les fiches absentes de ces fichiers")
    parser.add_argument("--reset", action="store_true", help="vide l'index avant d'indexer")
    parser.add_argument("--json", action="store_true", help="résumé en un objet JSON sur la sortie standard")
    return parser


def _count(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count < 2 else plural}"


def summary(report: SyncReport, index_dir: Path, collection: str) -> str:
    """The French summary of a sync."""
    return "\n".join(
        [
            f"Index : {index_dir} (collection {collection})",
            f"Fiches : {_count(report.added, 'ajoutée', 'ajoutées')}, "
            f"{_count(report.updated, 'mise à jour', 'mises à jour')}, "
            f"{_count(report.unchanged, 'inchangée', 'inchangées')}, "
            f"{_count(report.removed, 'supprimée', 'supprimées')} — {report.fiches_total} dans l'index.",
            f"Chunks écrits : {report.chunks} en {report.seconds:.1f} s "
            f"({report.passages_per_second:.1f} passages/s).",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    args = build_arg_parser().parse_args(argv)
    settings = get_settings()
    logging.basicConfig(level=settings.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs each index build at DEBUG
    from ingest.parser import parse_files

    try:
        result = parse_files(args.files)
    except IngestError as err:
        print(f"Erreur : {err} — l'index n'a pas été modifié.", file=sys.stderr)
        return 1
    for warning in result.warnings:
        print(f"Avertissement : {warning}", file=sys.stderr)
    return _sync(result.fiches, args, settings)


def _sync(fiches: list, args: argparse.Namespace, settings) -> int:
    from vectorstore.embeddings import EmbeddingSpecError
    from vectorstore.index import FicheIndex

    try:
        index = FicheIndex.open(args.index_dir, settings=settings)
        progress = sys.stderr.isatty() and not args.json
        report = index.sync(fiches, prune=args.prune, reset=args.reset, progress=progress)
    except (EmbeddingSpecError, IndexStoreError) as err:
        print(f"Erreur : {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(
            "Interrompu : l'index reste utilisable ; relancez la même commande pour terminer.",
            file=sys.stderr,
        )
        return 130
    except Exception as err:  # unexpected: the user gets a hint, the log (stderr) keeps the traceback
        logger.exception("sync failed")
        print(f"Erreur pendant l'indexation : {err}. {_hint(settings)}", file=sys.stderr)
        return 1
    for warning in index.warnings:
        print(f"Avertissement : {warning}", file=sys.stderr)
    if args.json:
        print(json.dumps(report.model_dump(), ensure_ascii=False))
    else:
        print(summary(report, index.index_dir, index.chroma.name))
    index.close()
    return 0


def _hint(settings) -> str:
    if settings.chroma_host:
        return (
            f"Vérifiez que le serveur Chroma répond sur {settings.chroma_host}:{settings.chroma_port} "
            "(ou videz CHROMA_HOST pour l'index local), puis relancez."
        )
    return "Relancez la commande : l'index reprend là où il s'était arrêté (détail dans le journal ci-dessus)."
