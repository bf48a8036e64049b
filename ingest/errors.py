"""Errors raised on bad input or an unusable index. Messages are French and say what to do."""

from __future__ import annotations


class IngestError(Exception):
    """A file cannot be read as a SENACS export. `str(err)` is the user-facing French message."""

    def __init__(self, message: str, path: str = "", line: int | None = None):
        self.path = path
        self.line = line
        where = f"{path}:{line}" if path and line else path
        super().__init__(f"{where} : {message}" if where else message)


class IndexStoreError(Exception):
    """The index on disk cannot be read or written. `str(err)` is the French message, with what to do."""

    def __init__(self, message: str, index_dir: str = ""):
        self.index_dir = index_dir
        super().__init__(message)
