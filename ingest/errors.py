"""Errors raised on bad input. Messages are French and name the file (and line when it applies)."""

from __future__ import annotations


class IngestError(Exception):
    """A file cannot be read as a SENACS export. `str(err)` is the user-facing French message."""

    def __init__(self, message: str, path: str = "", line: int | None = None):
        self.path = path
        self.line = line
        where = f"{path}:{line}" if path and line else path
        super().__init__(f"{where} : {message}" if where else message)
