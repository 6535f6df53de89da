"""Database-level backup and restore steps (Qt-free): SQLite's online backup API, integrity checks, and
replacing the office database's content.

- `snapshot(source, dest)` copies a live database with `Connection.backup` in ONE step: the copy is a
  consistent snapshot (the source's read transaction lasts the whole copy; in WAL mode writers carry on
  meanwhile), committed content of the WAL included. The copy is written as `<dest>.part`, switched to
  a rollback journal (a standalone file, no `-wal` beside it), flushed to disk and only then renamed, so
  a crash never leaves a half-written file under a backup's name.
- `integrity(path)` runs `PRAGMA integrity_check` (or `quick_check`) on a file; `[]` means intact.
- `describe_file(path)` says whether a file is a Madoguchi database and which schema it has.
- `replace_content(live, prepared)` copies a prepared (checked) database INTO the open office database
  through the backup API: one write transaction on the destination, so a crash in the middle leaves the
  old content, and every other connection sees the new content afterwards (no file is swapped under an
  open connection).
- `adopt_device(db, ...)` keeps this PC's device id after a restore (its audit chain continues).

The orchestration (file names, rotation, encryption, refusals) lives in `desktop.ops`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from desktop.store.db import BUSY_TIMEOUT_MS
from desktop.store.meta import set_meta

Progress = Callable[[int, int, int], object]  # (status, remaining pages, total pages), as sqlite3 calls it

# Tables every Madoguchi database has from its first schema version on.
REQUIRED_TABLES = frozenset({"meta", "settings", "devices", "staff", "audit_log"})


@dataclass(frozen=True)
class FileFacts:
    """What a database file is, read without changing it."""

    is_madoguchi: bool
    schema_version: int
    device_id: str | None
    page_size: int


def open_source(path: Path) -> sqlite3.Connection:
    """A plain connection for reading a database file as the source of a backup (no pragmas changed)."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


@contextlib.contextmanager
def _connection(path: Path, *, read_only: bool = False) -> Iterator[sqlite3.Connection]:
    if read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def fsync_file(path: Path) -> None:
    """Flush a written file to the disk (read-write: Windows flushes only handles opened for writing)."""
    fd = os.open(str(path), os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to flush and needs none."""
    if os.name != "posix":
        return
    fd = os.open(str(folder), os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_quietly(path: Path) -> None:
    for p in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def snapshot(
    source: sqlite3.Connection, dest: Path, *, pages: int = -1, progress: Progress | None = None
) -> int:
    """Copy the database of `source` to a new file `dest` (replaced if present); returns its size.

    With `pages=-1` the copy is taken in one step and is a consistent snapshot. The source connection
    must not be inside a transaction of its own.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + ".part")
    remove_quietly(part)
    target = sqlite3.connect(str(part), isolation_level=None)
    try:
        source.backup(target, pages=pages, progress=progress)
        target.execute("PRAGMA journal_mode = DELETE")  # a standalone file: no -wal beside the copy
    except BaseException:
        target.close()
        remove_quietly(part)
        raise
    target.close()
    fsync_file(part)
    os.replace(part, dest)
    fsync_dir(dest.parent)
    return dest.stat().st_size


def integrity(path: Path, *, quick: bool = False) -> list[str]:
    """Problems SQLite finds in the file (`[]` = intact). A file that is not a database at all says so."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with _connection(path) as conn:
            rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def describe_file(path: Path) -> FileFacts:
    """Facts about a database file (raises sqlite3.DatabaseError when it is not a SQLite database)."""
    with _connection(path) as conn:
        tables = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        is_ours = tables >= REQUIRED_TABLES
        device_id = None
        if is_ours:
            row = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
            device_id = None if row is None else str(row[0])
    return FileFacts(is_ours, version, device_id, page_size)


DatabaseError = sqlite3.DatabaseError


def meta_value(conn: sqlite3.Connection, key: str) -> str | None:
    """A meta value read through any connection (None when the table or the key is missing)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    except sqlite3.OperationalError:
        return None
    return None if row is None else str(row[0])


def make_standalone(path: Path, *, page_size: int | None = None) -> None:
    """Switch a copied file to a rollback journal (and to `page_size` when given), so it can be copied
    into a WAL database page for page."""
    with _connection(path) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        current = int(conn.execute("PRAGMA page_size").fetchone()[0])
        if page_size is not None and page_size != current:
            conn.execute(f"PRAGMA page_size = {int(page_size):d}")
            conn.execute("VACUUM")


def page_size(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA page_size").fetchone()[0])


def replace_content(live: sqlite3.Connection, prepared: Path, *, progress: Progress | None = None) -> None:
    """Replace the whole content of the open database `live` with the database file `prepared`.

    One backup step = one write transaction on `live`: all or nothing. `prepared` must use a rollback
    journal and the same page size as `live` (`make_standalone(prepared, page_size=...)`).
    """
    if live.in_transaction:
        raise RuntimeError("replace_content inside a transaction")
    source = sqlite3.connect(str(prepared), isolation_level=None)
    try:
        source.backup(live, pages=-1, progress=progress)
    finally:
        source.close()


def adopt_device(db: Database, device_id: str, name: str, now: str) -> None:
    """After a restore: this PC keeps its own device id (its audit chain continues in the restored data)."""
    set_meta(db, "device_id", device_id)
    db.conn.execute(
        "INSERT INTO devices(id, name, created_at) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING",
        (device_id, name, now),
    )
