"""Entry point: `python -m assistant search|eval|eval-answers|ask|feedback ...` (see `--help` of each)."""

from __future__ import annotations

import sys

USAGE = """usage: python -m assistant {search,eval,eval-answers,ask,feedback} ...

  search "question" [--k 5] [--json] [--index-dir DIR]   fiches classées, facettes reconnues, extrait
  eval QUESTIONS.jsonl [--corpus FILE ...] [--k 5] [--json] [--index-dir DIR]   hybrid vs bm25 vs dense
  eval-answers QUESTIONS.jsonl [...] --corpus FILE ... [--index-dir DIR] [--json] [--fail-under PCT]
                                                         réponses justes, « aucune fiche », latence
  ask "question" ["relance" ...] [--json] [--index-dir DIR]   réponses citées (une conversation)
  ask --questions FICHIER [--json] [--index-dir DIR]     une question par ligne (ou JSONL), un seul processus
  feedback [--data-dir DIR] [--json] [--top N]           avis 👍/👎 et commentaires : questions les moins bien notées
"""


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in {"-h", "--help"}:
        print(USAGE)
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    if command == "search":
        from assistant.search_cli import main as run
    elif command == "eval":
        from assistant.evaluation import main as run
    elif command == "eval-answers":
        from assistant.answer_eval import main as run
    elif command == "ask":
        from assistant.ask_cli import main as run
    elif command == "feedback":
        from assistant.feedback_cli import main as run
    else:
        print(f"Commande inconnue : {command!r}\n\n{USAGE}", file=sys.stderr)
        return 2
    return run(rest)


if __name__ == "__main__":
    sys.exit(main())
