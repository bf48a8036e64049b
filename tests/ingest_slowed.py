"""`python -m tests.ingest_slowed [--pause S] [--lock-timeout S] -- FICHIER... [options of python -m ingest]`.

`python -m ingest` with two test hooks injected into every `FicheIndex` it opens: `before_commit` sleeps S
seconds in each batch after its vectors are written to Chroma and before its SQLite commit (so that a test can
SIGKILL the child inside that window), and `lock_timeout` bounds the wait for another ingest's lock.
"""

from __future__ import annotations

import argparse
import sys
import time

from ingest.sync_cli import main as ingest_main
from vectorstore.index import FicheIndex


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.ingest_slowed")
    parser.add_argument("--pause", type=float, default=0.0, help="seconds slept before each batch commit")
    parser.add_argument("--lock-timeout", type=float, help="seconds to wait for another ingest")
    parser.add_argument("rest", nargs=argparse.REMAINDER, help="-- then the arguments of python -m ingest")
    args = parser.parse_args(argv)
    rest = args.rest[1:] if args.rest[:1] == ["--"] else args.rest
    if args.pause:
        FicheIndex.before_commit = staticmethod(lambda fiche_ids: time.sleep(args.pause))
    if args.lock_timeout is not None:
        FicheIndex.lock_timeout = args.lock_timeout
    return ingest_main(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
