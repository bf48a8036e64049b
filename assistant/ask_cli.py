"""`python -m assistant ask "question" [--json] [--index-dir DIR]`: one answer with numbered citations.

Prints the Markdown answer (its fiche lines / sources carry the links) and the warnings; with `--json`, one JSON
object `{"answer", "citations", "mode", "warnings"}`. Exit codes: 0 answered, 1 empty index, 2 bad configuration.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from assistant.llm import LLMConfigError
from config import get_settings

logger = logging.getLogger(__name__)

EMPTY_INDEX = "Index vide ({path}) : lancez d'abord `python -m ingest fichier.txt --index-dir {path}`."


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m assistant ask", description="Réponse avec citations numérotées."
    )
    parser.add_argument("question", help="La question, en français")
    parser.add_argument(
        "--json", action="store_true", help="Un objet JSON : answer, citations, mode, warnings"
    )
    parser.add_argument(
        "--index-dir", type=Path, default=None, help="Dossier de l'index (défaut : INDEX_DIR)"
    )
    return parser.parse_args(argv)


def render_text(answer) -> str:
    lines = [answer.text]
    lines += [f"\n⚠ {warning}" for warning in answer.warnings if warning not in answer.text]
    return "\n".join(lines)


def render_json(answer) -> str:
    return json.dumps(
        {
            "answer": answer.text,
            "citations": [c.model_dump() for c in answer.citations],
            "mode": answer.mode,
            "warnings": answer.warnings,
        },
        ensure_ascii=False,
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    settings = get_settings()
    if args.index_dir is not None:
        settings = settings.model_copy(update={"index_dir": args.index_dir})
    logging.basicConfig(
        level=settings.log_level.upper(), stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s"
    )
    if not Path(settings.index_dir).exists():
        print(EMPTY_INDEX.format(path=settings.index_dir), file=sys.stderr)
        return 1
    from assistant.service import build_assistant

    try:
        assistant = build_assistant(settings)
    except LLMConfigError as exc:
        print(f"Configuration du modèle de langage invalide : {exc}", file=sys.stderr)
        return 2
    if assistant.index.fiche_count() == 0:
        print(EMPTY_INDEX.format(path=settings.index_dir), file=sys.stderr)
        return 1
    answer = assistant.ask(args.question)
    print(render_json(answer) if args.json else render_text(answer))
    return 0
