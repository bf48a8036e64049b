"""Entry point: `python -m ingest parse FILE... [--jsonl]`, `python -m ingest report FILE...`
or `python -m ingest FILE... [--index-dir DIR] ...` (index)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "parse":
        from ingest.parse_cli import main as parse_main

        return parse_main(argv[1:])
    if argv and argv[0] == "report":
        from ingest.report_cli import main as report_main

        return report_main(argv[1:])
    from ingest.sync_cli import main as sync_main

    return sync_main(argv)


if __name__ == "__main__":
    sys.exit(main())
