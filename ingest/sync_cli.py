"""`python -m ingest FICHIER... [--index-dir DIR] [--prune] [--reset] [--json]`: sync the index with exports.

Every file is parsed before anything is written: a parse error names the file and line, exits 1 and
leaves the index untouched. Unchanged fiches are skipped, changed ones re-indexed; `--prune` removes
the fiches absent from the files, `--reset` starts from an empty index. A progress bar (stderr) shows
while embedding when stderr is a terminal or the run writes more than `PROGRESS_MIN` fiches; the French
summary (blocks read, duplicates dropped, fiches added/updated/unchanged/removed, chunks written, time)
goes to stdout, or with `--json` a single JSON object (`added`, `updated`, `unchanged`, `removed`,
`chunks`, `seconds`, `passages_per_second`, `fiches_total`, `blocks`, `duplicates`). The first ingest into
an empty index says so: the app serves it from then on instead of the sample corpus (kept apart, in
`<index>-exemple`); an index still holding sample fiches (older installs) is pointed out.
Exit status: 0 on success, 1 on an input or index error, 2 on a usage error, 130 when interrupted.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from config import get_settings
from ingest.errors import IndexStoreError, IngestError
from vectorstore.base import SyncReport

logger = logging.getLogger(__name__)

PROGRESS_MIN = 500  # fiches: beyond this a run shows its progress bar even when stderr is not a terminal
SAMPLE_FILE = "fiches_exemple.txt"  # the project's invented sample corpus (ingest/sample/)


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


def summary(
    report: SyncReport,
    index_dir: Path,
    collection: str,
    read: tuple[int, int] | None = None,
    seconds: float = 0.0,
) -> str:
    """The French summary of a sync; `read`: (blocks read, duplicate blocks dropped) of the files."""
    lines = [f"Index : {index_dir} (collection {collection})"]
    if read is not None:
        blocks, duplicates = read
        lines.append(
            f"Lu : {_count(blocks, 'bloc', 'blocs')}, "
            f"{_count(duplicates, 'doublon écarté', 'doublons écartés')}."
        )
    lines += [
        f"Fiches : {_count(report.added, 'ajoutée', 'ajoutées')}, "
        f"{_count(report.updated, 'mise à jour', 'mises à jour')}, "
        f"{_count(report.unchanged, 'inchangée', 'inchangées')}, "
        f"{_count(report.removed, 'supprimée', 'supprimées')} — {report.fiches_total} dans l'index.",
        f"Chunks écrits : {report.chunks} en {max(seconds, report.seconds):.1f} s "
        f"({report.passages_per_second:.1f} passages/s).",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = build_arg_parser().parse_args(argv)
    settings = get_settings()
    logging.basicConfig(level=settings.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    # bm25s sets its own logger to DEBUG when imported (after this line): a filter outlives that.
    logging.getLogger("bm25s").addFilter(lambda record: record.levelno >= logging.WARNING)
    logging.getLogger("vectorstore.keyword").setLevel(logging.WARNING)  # its chunk count: in the summary
    started = time.perf_counter()
    from ingest.parser import parse_files

    try:
        result = parse_files(args.files)
    except IngestError as err:
        print(f"Erreur : {err} — l'index n'a pas été modifié.", file=sys.stderr)
        return 1
    for warning in result.warnings:
        print(f"Avertissement : {warning}", file=sys.stderr)
    return _sync(result.fiches, args, settings, (result.blocks, result.duplicates), started)


def _sync(
    fiches: list, args: argparse.Namespace, settings, read: tuple[int, int] = (0, 0), started: float = 0.0
) -> int:
    from vectorstore.embeddings import EmbeddingSpecError
    from vectorstore.index import FicheIndex

    try:
        index = FicheIndex.open(args.index_dir, settings=settings)
        first = index.fiche_count() == 0 or args.reset
        progress = not args.json and (sys.stderr.isatty() or len(fiches) > PROGRESS_MIN)
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
    for note in _base_notes(index, fiches, first):
        print(note, file=sys.stderr)
    seconds = time.perf_counter() - started if started else report.seconds
    if args.json:
        extra = {"blocks": read[0], "duplicates": read[1]}
        print(json.dumps({**report.model_dump(), **extra}, ensure_ascii=False))
    else:
        print(summary(report, index.index_dir, index.chroma.name, read, seconds))
    index.close()
    return 0


def _base_notes(index, fiches: list, first: bool) -> list[str]:
    """What the user should know about whose fiches this index holds: the first ingest of their own export
    (the app serves it from now on; the sample corpus has its own index), or sample fiches mixed with theirs
    in an index from an older install."""
    own = [f for f in fiches if Path(f.source_file).name != SAMPLE_FILE]
    if not own or index.index_dir.name.endswith("-exemple"):
        return []
    notes = []
    if first:
        notes.append(
            f"Premier index de vos fiches : {index.index_dir}. L'application l'utilisera à son prochain lancement, "
            "à la place du corpus d'exemple (gardé à part, jamais mêlé aux vôtres)."
        )
    if first:
        return notes
    from ingest.parser import parse_files

    sample = Path(__file__).resolve().parent / "sample" / SAMPLE_FILE
    quiet = logging.getLogger("ingest.parser")
    level, quiet.level = quiet.level, logging.WARNING  # « parsed fiches_exemple.txt » would only confuse
    try:
        mixed = {f.id for f in parse_files([sample]).fiches} & set(index.store.states())
    finally:
        quiet.setLevel(level)
    if mixed:
        notes.append(
            f"Attention : l'index contient aussi {len(mixed)} fiches du corpus d'exemple (ancienne installation). "
            f"Pour ne garder que les vôtres : python -m ingest VOS_EXPORTS.txt --reset --index-dir {index.index_dir}"
        )
    return notes


def _hint(settings) -> str:
    if settings.chroma_host:
        return (
            f"Vérifiez que le serveur Chroma répond sur {settings.chroma_host}:{settings.chroma_port} "
            "(ou videz CHROMA_HOST pour l'index local), puis relancez."
        )
    return (
        "Relancez la commande : l'index reprend là où il s'était arrêté (détail dans le journal ci-dessus)."
    )
