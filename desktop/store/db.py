"""Opening the office database: WAL, synchronous=FULL, foreign keys, busy timeout; explicit transactions.

The connection runs in autocommit mode (`isolation_level=None`): a single statement commits on its own,
and anything that writes more than one row goes inside `with write(db):` — BEGIN IMMEDIATE … COMMIT,
or a savepoint when already inside one — so a crash or power cut never leaves half a change.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

BUSY_TIMEOUT_MS = 5000


def connect(path: Path | str) -> Database:
    """Open (creating if needed) the database file with the pragmas every connection needs."""
    conn = sqlite3.connect(
        str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if str(path) != ":memory:":
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            conn.close()
            raise sqlite3.OperationalError(f"could not enable WAL (journal_mode={mode})")
    conn.execute("PRAGMA synchronous = FULL")
    return Database(conn)


@contextlib.contextmanager
def write(db: Database) -> Iterator[Database]:
    """One atomic write: BEGIN IMMEDIATE (takes the write lock at once) or a savepoint when nested."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")
