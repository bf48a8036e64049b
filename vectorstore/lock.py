"""One writer at a time per index directory: an exclusive `fcntl.flock` on `<index_dir>/ingest.lock`.

    with writer_lock(index_dir, timeout=30):     # waits up to 30 s, then IndexStoreError (French)
        ...

The lock belongs to the open file: it is released when the holder exits, even on SIGKILL, so a killed
ingest never leaves a stale lock. Readers (the app, `ask`) never take it. The holder's pid is written in
the file so that the waiting side can name it.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path

from ingest.errors import IndexStoreError

logger = logging.getLogger(__name__)

LOCK_FILE = "ingest.lock"
POLL_S = 0.2


@contextlib.contextmanager
def writer_lock(index_dir: Path, timeout: float) -> Iterator[None]:
    """Hold the index's writer lock; wait at most `timeout` seconds for another holder to finish."""
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(index_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _acquire(fd, index_dir, timeout)
        pid = str(os.getpid()).encode()
        if os.pread(fd, 32, 0) != pid:  # rewritten only for a new holder: a no-op sync writes nothing
            os.ftruncate(fd, 0)
            os.pwrite(fd, pid, 0)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _acquire(fd: int, index_dir: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    waiting = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise busy_error(index_dir, _holder(fd), timeout) from None
            if not waiting:
                logger.info(
                    "another ingest (pid %s) holds %s: waiting up to %.0f s", _holder(fd), index_dir, timeout
                )
                waiting = True
            time.sleep(POLL_S)


def _holder(fd: int) -> str:
    with contextlib.suppress(OSError, ValueError):
        return os.pread(fd, 32, 0).decode().strip() or "?"
    return "?"


def busy_error(index_dir: Path, pid: str, timeout: float) -> IndexStoreError:
    return IndexStoreError(
        f"Une autre indexation (processus {pid}) écrit dans l'index {index_dir} : après {timeout:.0f} s "
        "d'attente, celle-ci abandonne sans rien modifier. Attendez que l'autre se termine, "
        "puis relancez la commande.",
        str(index_dir),
    )
