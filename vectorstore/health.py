"""Is the index on disk usable? French diagnoses with the command that repairs or rebuilds it.

    health = check_index(index_dir, collection="fiches__usem3")
    health.state      # 'ok', 'absent' (nothing there yet), 'empty', 'damaged' or 'readonly'
    health.message    # French: what is wrong and the `python -m ingest ...` command that fixes it

    raise explain(err, index_dir) or err          # a low-level error (SQLite, Chroma, OSError) → IndexStoreError

Nothing here writes: the fiche store is opened read-only, the Chroma folder only when it exists (chromadb
itself rewrites its files whenever a client opens them).
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ingest.errors import IndexStoreError

logger = logging.getLogger(__name__)

STORE_FILE = "fiches.sqlite3"
KEYWORD_DIR = "bm25"
CHROMA_DIR = "chroma"
EXPORTS = "VOS_EXPORTS.txt"
# Chroma's own words when a collection can no longer be read (chromadb 1.5.9, e.g. after a record whose
# metadata lists held more than ~5,460 values broke its compaction).
_CHROMA_BROKEN = ("Error in compaction", "Failed to apply logs", "backfill request", "Error finding id")
_DISK_FULL = ("database or disk is full", "No space left on device")
_READ_ONLY = ("readonly database", "Read-only file system", "read-only file system")
LOW_DISK_BYTES = 100_000_000  # below this, a Chroma compaction failure is read as « disk full »


def rerun_command(index_dir: Path) -> str:
    return f"python -m ingest {EXPORTS} --index-dir {index_dir}"


def rebuild_command(index_dir: Path) -> str:
    return f"python -m ingest {EXPORTS} --reset --index-dir {index_dir}"


@dataclass
class IndexHealth:
    index_dir: Path
    state: str = "ok"  # ok | absent | empty | damaged | readonly
    problems: list[str] = field(default_factory=list)  # French, one per finding
    command: str = ""  # what repairs it ('' when nothing to do)
    fiches: int = 0  # fiches in the store
    dense: int = 0  # passages the store says are embedded
    vectors: int = 0  # vectors found in the Chroma collection
    keyword: int = 0  # chunks found in the BM25 index

    @property
    def ok(self) -> bool:
        return self.state == "ok"

    @property
    def usable(self) -> bool:
        """Can the app serve from it (maybe degraded, showing `message`)? False: readonly, absent, empty, or
        only a rebuild (`--reset`) repairs it."""
        if self.state == "ok":
            return True
        return self.state == "damaged" and self.fiches > 0 and self.command == rerun_command(self.index_dir)

    @property
    def message(self) -> str:
        """French, for the user: the findings and the command ('' when the index is fine)."""
        if self.state == "ok":
            return ""
        if self.state == "absent":
            return f"Aucun index dans {self.index_dir} : indexez vos fiches avec `{rerun_command(self.index_dir)}`."
        lines = [f"L'index {self.index_dir} n'est pas utilisable :", *(f"- {p}" for p in self.problems)]
        if self.command:
            lines.append(
                f"Pour le réparer depuis vos exports SENACS : `{self.command}` "
                f"(remplacez {EXPORTS} par vos fichiers d'export)."
            )
        return "\n".join(lines)


def check_index(index_dir: Path, collection: str = "") -> IndexHealth:
    """Diagnose `index_dir` without modifying it. `collection`: the Chroma collection the app will read."""
    index_dir = Path(index_dir)
    health = IndexHealth(index_dir)
    parts = [index_dir / STORE_FILE, index_dir / KEYWORD_DIR, index_dir / CHROMA_DIR]
    if not any(p.exists() for p in parts):
        health.state = "absent"
        return health
    if not _writable(index_dir):
        health.state, health.command = "readonly", ""
        health.problems.append(read_only_text(index_dir))
        return health
    rebuild = _check_store(health) | _check_chroma(health, collection)
    _check_keyword(health)
    if health.fiches == 0 and not health.problems and (health.vectors or health.keyword):
        health.problems.append(
            f"base des fiches vide alors que l'index garde {health.vectors} vecteurs et {health.keyword} "
            "passages mots-clés : elle a été vidée ou remplacée"
        )
        rebuild = True
    if health.problems:
        health.state = "damaged"
        health.command = rebuild_command(index_dir) if rebuild else rerun_command(index_dir)
    elif health.fiches == 0:
        health.state = "empty"
        health.problems.append("l'index ne contient aucune fiche")
        health.command = rerun_command(index_dir)
    return health


def _writable(index_dir: Path) -> bool:
    return os.access(index_dir, os.W_OK | os.X_OK)


def _all_writable(index_dir: Path) -> bool:
    """The folder and the index files in it can be written (a missing folder: its first existing parent)."""
    here = Path(index_dir)
    while not here.exists() and here != here.parent:
        here = here.parent
    files = [here / STORE_FILE, here / CHROMA_DIR, here / CHROMA_DIR / "chroma.sqlite3"]
    return _writable(here) and all(os.access(f, os.W_OK) for f in files if f.exists())


def _low_disk(index_dir: Path) -> bool:
    here = Path(index_dir)
    while not here.exists() and here != here.parent:
        here = here.parent
    try:
        return shutil.disk_usage(here).free < LOW_DISK_BYTES
    except OSError:
        return False


def _check_store(health: IndexHealth) -> bool:
    """Fiche store: present, not empty, readable. Returns True when only a rebuild (--reset) repairs it."""
    path = health.index_dir / STORE_FILE
    if not path.exists():
        health.problems.append(f"base des fiches absente ({path}) alors que le reste de l'index existe")
        return True
    if path.stat().st_size == 0:
        health.problems.append(f"base des fiches vide (fichier de 0 octet) : {path}")
        return True
    try:
        verdict, health.fiches, health.dense = _read_store(path)
    except sqlite3.Error as err:
        health.problems.append(f"base des fiches illisible ({err}) : {path}")
        return True
    if verdict != "ok":
        health.problems.append(f"base des fiches corrompue ({verdict}) : {path}")
        return True
    return False


def _read_store(path: Path) -> tuple[str, int, int]:
    """(quick_check verdict, fiches, embedded passages), read-only."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
        fiches = conn.execute("SELECT COUNT(*) FROM fiches").fetchone()[0]
        dense = conn.execute("SELECT COUNT(*) FROM chunks WHERE dense = 1").fetchone()[0]
        return verdict, fiches, dense
    finally:
        conn.close()


def _check_keyword(health: IndexHealth) -> None:
    """BM25 index: present and loadable when there are fiches (a plain re-run of the ingest rebuilds it)."""
    from vectorstore.keyword import KeywordIndex

    path = health.index_dir / KEYWORD_DIR
    try:
        health.keyword = len(KeywordIndex(path).ids)
    except Exception as err:  # any damage in bm25s' files: numpy, json or missing-file errors
        health.problems.append(f"index mots-clés illisible ({type(err).__name__}: {_short(err)}) : {path}")
        return
    if health.fiches and not health.keyword:
        health.problems.append(f"index mots-clés absent ou vide : {path}")


def _check_chroma(health: IndexHealth, collection: str) -> bool:
    """Chroma folder and collection readable, one vector per embedded passage. True: only --reset repairs."""
    path = health.index_dir / CHROMA_DIR
    if not path.exists():
        if health.dense:
            health.problems.append(f"index vectoriel (Chroma) absent : {path}")
        return False
    if not collection:
        return False
    try:
        health.vectors = _chroma_count(path, collection)
    except Exception as err:  # chromadb raises its own InternalError, sqlite and OS errors
        health.problems.append(f"index vectoriel (Chroma) illisible ({_short(err)}) : {path}")
        return True
    if health.vectors < health.dense:
        missing = health.dense - health.vectors
        health.problems.append(f"index vectoriel incomplet : {missing} passages sans vecteur ({path})")
    return False


def _chroma_count(path: Path, collection: str) -> int:
    import chromadb
    from chromadb.config import Settings

    client = chromadb.PersistentClient(path=str(path), settings=Settings(anonymized_telemetry=False))
    try:
        if collection not in {c.name for c in client.list_collections()}:
            return 0
        col = client.get_collection(collection)
        col.get(limit=1, include=["embeddings"])
        return col.count()
    finally:
        client.close()


# --- low-level errors → French messages ----------------------------------------------------------


def explain(err: BaseException, index_dir: Path) -> IndexStoreError | None:
    """The French `IndexStoreError` for a known failure of the index on disk, else None."""
    if isinstance(err, IndexStoreError):
        return err
    text = str(err)
    code = getattr(err, "errno", None)
    broken = any(s in text for s in _CHROMA_BROKEN)
    if code == errno.ENOSPC or any(s in text for s in _DISK_FULL) or (broken and _low_disk(index_dir)):
        return IndexStoreError(disk_full_text(index_dir), str(index_dir))
    denied = code in (errno.EACCES, errno.EPERM) or any(s in text for s in _READ_ONLY)
    if (
        code == errno.EROFS
        or (denied or "unable to open database file" in text)
        and not _all_writable(index_dir)
    ):
        return IndexStoreError(read_only_text(index_dir), str(index_dir))
    if broken:
        return IndexStoreError(
            f"L'index vectoriel (Chroma) de {index_dir} est endommagé ({_short(err)}). Reconstruisez l'index "
            f"depuis vos exports : `{rebuild_command(index_dir)}`.",
            str(index_dir),
        )
    if isinstance(err, sqlite3.DatabaseError) and ("not a database" in text or "malformed" in text):
        return IndexStoreError(
            f"La base des fiches de {index_dir} est corrompue ({text}). Reconstruisez l'index depuis vos "
            f"exports : `{rebuild_command(index_dir)}`.",
            str(index_dir),
        )
    return None


def disk_full_text(index_dir: Path) -> str:
    mount, device, free = disk_of(index_dir)
    return (
        f"Disque plein : le disque {mount} ({device}) qui porte l'index {index_dir} n'a plus que {free} de libre. "
        "Libérez de la place sur ce disque (ou choisissez un autre dossier avec --index-dir), puis relancez la "
        "commande : l'index reprend là où il s'était arrêté."
    )


def read_only_text(index_dir: Path) -> str:
    return (
        f"Dossier de l'index en lecture seule : {index_dir}. L'assistant doit pouvoir y écrire : donnez les droits "
        "d'écriture sur ce dossier, ou copiez l'index dans un dossier accessible en écriture et indiquez-le avec "
        "--index-dir (ou INDEX_DIR)."
    )


def disk_of(path: Path) -> tuple[str, str, str]:
    """(mount point, device, free space in French units) of the disk holding `path`."""
    here = Path(path).resolve()
    while not here.exists() and here != here.parent:
        here = here.parent
    mount = here
    while not os.path.ismount(mount) and mount != mount.parent:
        mount = mount.parent
    device = "?"
    try:
        for line in Path("/proc/mounts").read_text().splitlines():
            fields = line.split()
            if len(fields) > 1 and fields[1] == str(mount):
                device = fields[0]
    except OSError:
        pass
    try:
        free = _size(shutil.disk_usage(mount).free)
    except OSError:
        free = "?"
    return str(mount), device, free


def _size(n: int) -> str:
    for unit, scale in (("Go", 1e9), ("Mo", 1e6), ("ko", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}".replace(".", ",")
    return f"{n} octets"


def _short(err: BaseException, size: int = 160) -> str:
    text = " ".join(str(err).split())
    return text if len(text) <= size else text[: size - 1] + "…"
