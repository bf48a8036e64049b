"""`python -m assistant ask "question" ["follow-up" ...] [--json] [--index-dir DIR]`: answers with numbered citations.

Several questions are one conversation (`assistant.conversation.Conversation`): each after the first is answered
in the context of those before (« et en Moselle ? », « le budget de la deuxième »).
Prints the Markdown answer (its fiche lines / sources carry the links) and the warnings, each answer after a
`» question` line when there are several; with `--json`, one JSON object `{"answer", "citations", "mode",
"warnings"}` per question, one per line. Exit codes: 0 answered, 1 empty index, 2 bad configuration,
3 an answer failed (the log says why).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from assistant.conversation import Answerer, Conversation
from assistant.llm import LLMConfigError
from assistant.records import Answer
from config import get_settings

logger = logging.getLogger(__name__)

EMPTY_INDEX = "Index vide ({path}) : lancez d'abord `python -m ingest fichier.txt --index-dir {path}`."


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m assistant ask", description="Réponse avec citations numérotées."
    )
    parser.add_argument(
        "questions",
        nargs="+",
        metavar="question",
        help="La question, en français ; les suivantes : ses relances",
    )
    parser.add_argument(
        "--json", action="store_true", help="Un objet JSON : answer, citations, mode, warnings"
    )
    parser.add_argument(
        "--index-dir", type=Path, default=None, help="Dossier de l'index (défaut : INDEX_DIR)"
    )
    return parser.parse_args(argv)


def render_text(answer: Answer) -> str:
    lines = [answer.text]
    lines += [f"\n⚠ {warning}" for warning in answer.warnings if warning not in answer.text]
    return "\n".join(lines)


def render_json(answer: Answer) -> str:
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
    conversation = converse(assistant, args.questions, args.json)
    return 3 if any(turn.error for turn in conversation.turns) else 0


def converse(assistant: Answerer, questions: list[str], as_json: bool = False) -> Conversation:
    """Answer the questions in turn, in one conversation, printing each answer as it comes."""
    conversation = Conversation()
    for i, question in enumerate(questions):
        conversation = conversation.run(assistant, question)
        if as_json:
            print(render_json(conversation.answer), flush=True)
            continue
        if len(questions) > 1:
            print(("\n" if i else "") + f"» {question}\n")
        print(render_text(conversation.answer), flush=True)
    return conversation
