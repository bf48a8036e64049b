"""`python -m assistant ask "question" ["follow-up" ...] [--json] [--index-dir DIR]`: answers with numbered citations.
`python -m assistant ask --questions FILE [--json] [--index-dir DIR]`: many questions, one process.

Several questions on the command line are one conversation (`assistant.conversation.Conversation`): each after
the first is answered in the context of those before (« et en Moselle ? », « le budget de la deuxième »).
`--questions FILE` answers each question of the file on its own: a text file holds one question per line
(blank lines and lines starting with `#` skipped); a JSONL file (`.jsonl`, or lines starting with `{`) holds
objects with "question" and optionally "history" (earlier questions of its conversation, replayed first) —
the format of the gold files. The index and models load once, so the per-question cost is the search itself;
a timing line (stderr) gives the total, the time to the first answer and the median per question.

Prints the Markdown answer (its fiche lines / sources carry the links) and the warnings, each answer after a
`» question` line when there are several; with `--json`, one JSON object `{"answer", "citations", "mode",
"warnings"}` per question, one per line (with `--questions`, also "question", "id" when given, and "seconds").
Exit codes: 0 answered, 1 empty index or unreadable questions file, 2 bad configuration, 3 an answer failed
(the log says why).

Start-up is kept light: nothing of the LLM stack, gradio or torch loads for the extractive answer with the
default embedder (`python -X importtime -m assistant ask …` shows what does).
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from assistant.conversation import Answerer, Conversation
from assistant.records import Answer
from config import get_settings

logger = logging.getLogger(__name__)

EMPTY_INDEX = "Index vide ({path}) : lancez d'abord `python -m ingest fichier.txt --index-dir {path}`."


@dataclass
class Item:
    """One question of a `--questions` file, with the earlier questions of its conversation."""

    question: str
    history: list[str] = field(default_factory=list)
    id: str = ""


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m assistant ask", description="Réponse avec citations numérotées."
    )
    parser.add_argument(
        "questions",
        nargs="*",
        metavar="question",
        help="La question, en français ; les suivantes : ses relances",
    )
    parser.add_argument(
        "--questions",
        dest="questions_file",
        type=Path,
        metavar="FICHIER",
        help='Fichier de questions : une par ligne, ou JSONL {"question", "history"} ; chacune à part',
    )
    parser.add_argument(
        "--json", action="store_true", help="Un objet JSON par réponse : answer, citations, mode, warnings"
    )
    parser.add_argument(
        "--index-dir", type=Path, default=None, help="Dossier de l'index (défaut : INDEX_DIR)"
    )
    args = parser.parse_args(argv)
    if not args.questions and args.questions_file is None:
        parser.error("donnez une question, ou --questions FICHIER")
    if args.questions and args.questions_file is not None:
        parser.error("donnez des questions ou --questions FICHIER, pas les deux")
    return args


def read_questions(path: Path) -> list[Item]:
    """The questions of a text file (one per line) or of a JSONL file ({"question", "history", "id"}).
    Raises ValueError (French, with the line number) on a line it cannot read."""
    items: list[Item] = []
    jsonl = path.suffix == ".jsonl"
    for number, raw in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if not (jsonl or line.startswith("{")):
            items.append(Item(question=line))
            continue
        try:
            data = json.loads(line)
            item = Item(
                str(data["question"]), [str(h) for h in data.get("history") or []], str(data.get("id", ""))
            )
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise ValueError(
                f'{path}:{number} : ligne illisible ({err}) ; attendu : {{"question": "…"}}'
            ) from err
        items.append(item)
    return items


def render_text(answer: Answer) -> str:
    lines = [answer.text]
    lines += [f"\n⚠ {warning}" for warning in answer.warnings if warning not in answer.text]
    return "\n".join(lines)


def answer_record(answer: Answer) -> dict:
    return {
        "answer": answer.text,
        "citations": [c.model_dump() for c in answer.citations],
        "mode": answer.mode,
        "warnings": answer.warnings,
    }


def render_json(answer: Answer) -> str:
    return json.dumps(answer_record(answer), ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    settings = get_settings()
    if args.index_dir is not None:
        settings = settings.model_copy(update={"index_dir": args.index_dir})
    logging.basicConfig(
        level=settings.log_level.upper(), stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s"
    )
    items: list[Item] = []
    if args.questions_file is not None:
        try:
            items = read_questions(args.questions_file)
        except (OSError, ValueError) as err:
            print(f"Fichier de questions illisible : {err}", file=sys.stderr)
            return 1
    if not Path(settings.index_dir).exists():
        print(EMPTY_INDEX.format(path=settings.index_dir), file=sys.stderr)
        return 1
    from assistant.llm import LLMConfigError
    from assistant.service import build_assistant

    try:
        assistant = build_assistant(settings)
    except LLMConfigError as exc:
        print(f"Configuration du modèle de langage invalide : {exc}", file=sys.stderr)
        return 2
    if assistant.index.fiche_count() == 0:
        print(EMPTY_INDEX.format(path=settings.index_dir), file=sys.stderr)
        return 1
    if args.questions_file is not None:
        return 3 if answer_all(assistant, items, args.json, started) else 0
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


def answer_all(
    assistant: Answerer, items: list[Item], as_json: bool = False, started: float | None = None
) -> int:
    """Answer each item in its own conversation (its history replayed first), printing each answer as it
    comes, then the timing line on stderr. Returns the number of failed answers."""
    started = time.perf_counter() if started is None else started
    durations: list[float] = []
    failed = 0
    first = 0.0
    for i, item in enumerate(items):
        tick = time.perf_counter()
        conversation = Conversation()
        for earlier in item.history:
            conversation = conversation.run(assistant, earlier)
        conversation = conversation.run(assistant, item.question)
        seconds = time.perf_counter() - tick
        durations.append(seconds)
        first = first or time.perf_counter() - started
        failed += bool(conversation.turns[-1].error)
        print_item(item, conversation.answer, seconds, i, as_json)
    print(timing_line(durations, first, time.perf_counter() - started), file=sys.stderr)
    return failed


def print_item(item: Item, answer: Answer, seconds: float, index: int, as_json: bool) -> None:
    if as_json:
        extra = {"id": item.id} if item.id else {}
        record = {"question": item.question, **extra, **answer_record(answer), "seconds": round(seconds, 4)}
        print(json.dumps(record, ensure_ascii=False), flush=True)
        return
    print(("\n" if index else "") + f"» {item.question}\n")
    print(render_text(answer), flush=True)


def timing_line(durations: list[float], first: float, total: float) -> str:
    if not durations:
        return f"Aucune question ({total:.2f} s)."
    median = statistics.median(durations)
    return (
        f"{len(durations)} question{'s' if len(durations) > 1 else ''} en {total:.2f} s : première réponse "
        f"après {first:.2f} s, puis médiane {1000 * median:.0f} ms par question (max {1000 * max(durations):.0f} ms)."
    )
