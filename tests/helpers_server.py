"""Child servers for the slow tests (Chroma, llama.cpp, the app): start one on a free loopback port, wait until
it answers, always stop it."""

from __future__ import annotations

import contextlib
import http.client
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _tail(log: Path, chars: int = 3000) -> str:
    return log.read_text(errors="replace")[-chars:] if log.exists() else ""


def wait_until_up(url: str, proc: subprocess.Popen, log: Path, timeout: float) -> None:
    """Return once `url` answers 200; fail (with the end of `log`) when the server exits or `timeout` passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the server exited with {proc.returncode}:\n{_tail(log)}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except (OSError, http.client.HTTPException):
            pass
        time.sleep(0.5)
    pytest.fail(f"the server did not answer on {url} within {timeout} s:\n{_tail(log)}")


def stop(proc: subprocess.Popen, grace: float) -> None:
    """SIGTERM, then SIGKILL when the process has not ended after `grace` seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=30)


@contextlib.contextmanager
def serving(
    cmd: list[str],
    url: str,
    log: Path,
    *,
    timeout: float,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    grace: float = 20,
) -> Iterator[subprocess.Popen]:
    """Run the server `cmd` (its output in `log`) for the `with` block, entered once `url` answers."""
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_until_up(url, proc, log, timeout)
        yield proc
    finally:
        stop(proc, grace)
