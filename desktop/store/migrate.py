"""Numbered schema migrations that cannot half-apply.

Migration files are `NNNN_name.sql` (or `NNNN_name.py` with `upgrade(conn)`), in
`desktop/store/migrations/` for the kernel and in each job's `migrations/` folder (contributed through
the job registry). Numbers are global and unique across kernel and jobs: a job takes the next free
number when it lands. `PRAGMA user_version` holds the number of the last applied step.

Each step and its version bump run in ONE transaction (PRAGMA user_version is transactional), so a
crash leaves the database at the previous version, never between. Before upgrading an existing file,
it is copied aside (`<name>.before-vN.sqlite3`, through SQLite's backup API so WAL content is included).
A database whose version is newer than this application knows is refused.
"""

from __future__ import annotations

import importlib.util
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP

KERNEL_MIGRATIONS = Path(__file__).with_name("migrations")
_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.(sql|py)$")


class DatabaseTooNew(DomainError):
    """The database was written by a newer Madoguchi: refuse rather than damage it."""


class MigrationError(DomainError):
    pass


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    path: Path

    def statements(self) -> list[str]:
        """Split a .sql file into complete statements (triggers with inner `;` stay whole)."""
        out: list[str] = []
        buf = ""
        for line in self.path.read_text(encoding="utf-8").splitlines(keepends=True):
            buf += line
            if sqlite3.complete_statement(buf):
                if buf.strip():
                    out.append(buf.strip())
                buf = ""
        if buf.strip() and not all(
            ln.strip().startswith("--") or not ln.strip() for ln in buf.splitlines()
        ):
            raise ValueError(f"{self.path.name}: incomplete SQL statement at the end")
        return out

    def apply(self, conn: sqlite3.Connection) -> None:
        if self.path.suffix == ".sql":
            for stmt in self.statements():
                conn.execute(stmt)
        else:
            spec = importlib.util.spec_from_file_location(f"migration_{self.number}", self.path)
            if spec is None or spec.loader is None:
                raise ImportError(self.path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            module.upgrade(conn)


def discover(folders: Iterable[Path]) -> list[Migration]:
    """All migrations of the given folders, sorted; a duplicate number is an error."""
    found: dict[int, Migration] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            m = _NAME.match(path.name)
            if not m:
                continue
            mig = Migration(int(m.group(1)), m.group(2), path)
            if mig.number in found:
                raise ValueError(
                    f"duplicate migration number {mig.number:04d}: {found[mig.number].path} and {path}"
                )
            found[mig.number] = mig
    return [found[n] for n in sorted(found)]


def current_version(db: Database) -> int:
    return int(db.conn.execute("PRAGMA user_version").fetchone()[0])


def latest_version(migrations: list[Migration]) -> int:
    return migrations[-1].number if migrations else 0


def upgrade(
    db: Database,
    migrations: list[Migration],
    *,
    backup_dir: Path | None = None,
    target: int | None = None,
) -> list[int]:
    """Bring the database to `target` (default: the latest). Returns the numbers applied."""
    conn = db.conn
    have = current_version(db)
    newest = latest_version(migrations)
    if have > newest:
        raise DatabaseTooNew(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This database was written by a newer version of Madoguchi (schema {have}, this "
                "version knows {newest}). Install the newer version; the data was not touched.",
            ),
            have=have,
            newest=newest,
        )
    stop = newest if target is None else target
    pending = [m for m in migrations if have < m.number <= stop]
    if not pending:
        return []
    if have > 0 and backup_dir is not None:
        backup_dir.mkdir(parents=True, exist_ok=True)
        aside = backup_dir / f"before-schema-v{have}-to-v{pending[-1].number}.sqlite3"
        dest = sqlite3.connect(str(aside))
        try:
            conn.backup(dest)
        finally:
            dest.close()
    applied: list[int] = []
    for mig in pending:
        conn.execute("BEGIN IMMEDIATE")
        try:
            mig.apply(conn)
            conn.execute(f"PRAGMA user_version = {mig.number:d}")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise MigrationError(
                    QT_TRANSLATE_NOOP("Errors", "Database upgrade step {number} failed: {reason}"),
                    number=mig.number,
                    reason=str(exc),
                ) from exc
            raise
        conn.execute("COMMIT")
        applied.append(mig.number)
    return applied
