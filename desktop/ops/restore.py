"""Restoring a backup (Qt-free but for the GUI-lock probe): check everything first, then replace.

`prepare(data_dir, file, passphrase)` works on a private copy only (`<data>/backups/.restore-*.sqlite3`)
and refuses — before anything of the office is touched — a file that is not a Madoguchi backup, a
wrong passphrase, a copy failing SQLite's `integrity_check`, a backup written by a newer Madoguchi,
and a backup whose schema upgrade fails. The checked copy is brought to this version's schema.

Then one of:
- `apply_live(ctx, prepared)` — the office database opens normally (CLI, GUI): the current content is
  first copied aside (`backups/replaced-YYYYMMDD-HHMMSS.sqlite3`), then the prepared copy is written
  INTO the open database through SQLite's backup API in one transaction (all or nothing; other
  connections see the new content, no file is swapped under them);
- `apply_files(data_dir, prepared, ...)` — the office database is missing or damaged (the start-up
  check, a restore onto a new PC): the old files (database, -wal, -shm) are moved aside
  (`backups/damaged-…` / `replaced-…`) and the prepared copy is renamed into place.

Both keep this PC's device id (its audit chain continues), record "restore" in the audit trail and
reset the audit anchor to the restored chain. The CLI holds the GUI's lock (`gui_lock`) for the whole
restore, so Madoguchi's window can neither be open during it nor start in the middle of it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import socket
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from desktop.core.clock import Clock, SystemClock, iso_utc, to_local
from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.ids import new_id
from desktop.core.staff import SYSTEM, Actor
from desktop.ops.backups import write_anchor
from desktop.platform.paths import backups_dir, database_path
from desktop.store import audit, migrate
from desktop.store import backup as store_backup
from desktop.store.context import Context
from desktop.store.db import write

log = logging.getLogger(__name__)

EXIT_GUI_RUNNING = 82
EXIT_UNREADABLE = 83
EXIT_DAMAGED = 84
EXIT_TOO_NEW = 85

PassphraseSource = Callable[[], str | None] | str | None


class RestoreRefused(DomainError):
    """A restore was refused before anything of the office was touched; `exit_code` for the CLI."""

    exit_code = EXIT_UNREADABLE


class GuiRunning(RestoreRefused):
    exit_code = EXIT_GUI_RUNNING


class NotABackup(RestoreRefused):
    exit_code = EXIT_UNREADABLE


class BadPassphrase(RestoreRefused):
    exit_code = EXIT_UNREADABLE


class BackupDamaged(RestoreRefused):
    exit_code = EXIT_DAMAGED


class BackupTooNew(RestoreRefused):
    exit_code = EXIT_TOO_NEW


@dataclass
class Prepared:
    """A checked, upgraded private copy of a backup, ready to replace the office database."""

    path: Path
    source: Path
    encrypted: bool
    created_at: str | None
    schema_version: int  # of the backup as it was (the copy is now at the latest schema)

    def discard(self) -> None:
        store_backup.remove_quietly(self.path)


@contextlib.contextmanager
def gui_lock(data_dir: Path) -> Iterator[None]:
    """Hold the GUI's single-instance lock of `data_dir`, or raise GuiRunning when Madoguchi's window
    has it (the same QLockFile the GUI takes; a lock left by a crashed process is taken over)."""
    from PySide6.QtCore import QLockFile

    from desktop.platform.single_instance import LOCK_NAME

    data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):
        raise GuiRunning(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Madoguchi is open on this data folder. Close Madoguchi on this PC first (or restore "
                "from its Backups window); nothing was changed.",
            )
        )
    try:
        yield
    finally:
        lock.unlock()


def _not_a_backup(name: str) -> NotABackup:
    return NotABackup(
        QT_TRANSLATE_NOOP(
            "Errors", "{name} is not a Madoguchi backup (or cannot be read). Nothing was changed."
        ),
        name=name,
    )


def prepare(data_dir: Path, file: Path, passphrase: PassphraseSource = None) -> Prepared:
    """Check a backup file and make the private copy that will replace the office database."""
    if not file.is_file():
        raise _not_a_backup(file.name)
    folder = backups_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".restore-{new_id()}.sqlite3"
    try:
        return _prepare(file, tmp, passphrase)
    except BaseException:
        store_backup.remove_quietly(tmp)
        raise


def _prepare(file: Path, tmp: Path, passphrase: PassphraseSource) -> Prepared:
    from desktop.ops import crypto  # cryptography is loaded only when needed (start-up time)

    with file.open("rb") as fh:
        start = fh.read(32)
    encrypted = start.startswith(crypto.MAGIC)
    created_at: str | None = None
    if encrypted:
        given = passphrase() if callable(passphrase) else passphrase
        if not given:
            raise BadPassphrase(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This backup is encrypted: give the office backup passphrase (MADOGUCHI_BACKUP_PASSPHRASE "
                    "or when asked). Nothing was changed.",
                )
            )
        try:
            manifest = crypto.decrypt_file(file, tmp, given)
        except crypto.WrongPassphrase:
            raise BadPassphrase(
                QT_TRANSLATE_NOOP(
                    "Errors", "The passphrase does not open this backup. Nothing was changed; check it and try again."
                )
            ) from None
        except crypto.DamagedBackup:
            raise _damaged(file.name, "authentication failed") from None
        except crypto.NotEncryptedBackup:
            raise _not_a_backup(file.name) from None
        created_at = str(manifest.get("created_at") or "") or None
    else:
        if not start.startswith(b"SQLite format 3\x00"):
            raise _not_a_backup(file.name)
        created_at = _sidecar_time(file)
        shutil.copyfile(file, tmp)
        wal = Path(f"{file}-wal")
        if wal.is_file():  # a database copied with its write-ahead log: keep what it holds
            shutil.copyfile(wal, Path(f"{tmp}-wal"))
    problems = store_backup.integrity(tmp)
    if problems:
        raise _damaged(file.name, problems[0])
    try:
        store_backup.make_standalone(tmp)
        facts = store_backup.describe_file(tmp)
    except sqlite3.DatabaseError as exc:
        raise _damaged(file.name, str(exc)) from exc
    if not facts.is_madoguchi:
        raise _not_a_backup(file.name)
    migrations = _migrations()
    newest = migrate.latest_version(migrations)
    if facts.schema_version > newest:
        raise BackupTooNew(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This backup was written by a newer Madoguchi (schema {have}; this version knows {newest}). "
                "Install the newer version first. Nothing was changed.",
            ),
            have=facts.schema_version,
            newest=newest,
        )
    _upgrade(tmp, migrations)
    return Prepared(tmp, file, encrypted, created_at, facts.schema_version)


def _sidecar_time(file: Path) -> str | None:
    """When an automatic backup was taken, from its manifest beside it (None when there is none)."""
    import json

    try:
        data = json.loads(file.with_suffix(".json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = data.get("created_at") if isinstance(data, dict) else None
    return str(value) if value else None


def _damaged(name: str, problem: str) -> BackupDamaged:
    log.warning("backup %s refused: %s", name, problem)
    return BackupDamaged(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup {name} is damaged (SQLite's integrity check failed). Nothing was changed; use "
            "another backup.",
        ),
        name=name,
    )


def _migrations() -> list[migrate.Migration]:
    from desktop.store.open import all_migrations

    return all_migrations()


def _upgrade(path: Path, migrations: list[migrate.Migration]) -> None:
    db = Database(store_backup.open_source(path))
    try:
        db.conn.execute("PRAGMA foreign_keys = ON")
        migrate.upgrade(db, migrations)
    finally:
        db.close()


def _stamp(clock: Clock) -> str:
    return to_local(clock.now()).strftime("%Y%m%d-%H%M%S")


def _aside_path(data_dir: Path, kind: str, clock: Clock) -> Path:
    folder = backups_dir(data_dir)
    path = folder / f"{kind}-{_stamp(clock)}.sqlite3"
    n = 2
    while path.exists():
        path = folder / f"{kind}-{_stamp(clock)}-{n}.sqlite3"
        n += 1
    return path


def apply_live(ctx: Context, prepared: Prepared, *, actor: Actor | None = None) -> Path:
    """Replace the content of the open office database (`ctx.db`); returns the copy kept aside."""
    aside = _aside_path(ctx.data_dir, "replaced", ctx.clock)
    store_backup.snapshot(ctx.db.conn, aside)
    store_backup.make_standalone(prepared.path, page_size=store_backup.page_size(ctx.db.conn))
    store_backup.replace_content(ctx.db.conn, prepared.path)
    prepared.discard()
    finish(ctx, prepared, aside, actor or ctx.actor)
    return aside


def apply_files(
    data_dir: Path,
    prepared: Prepared,
    *,
    clock: Clock | None = None,
    device_id: str | None = None,
    actor: Actor = SYSTEM,
    kind: str = "replaced",
) -> Path | None:
    """Put the prepared copy in place of a missing or damaged database file (no connection may be
    open on it); returns where the old files were moved (None when there were none)."""
    from desktop.store.open import open_office

    clock = clock or SystemClock()
    live = database_path(data_dir)
    aside: Path | None = None
    if live.exists():
        aside = _aside_path(data_dir, kind, clock)
        os.replace(live, aside)
        for suffix in ("-wal", "-shm"):
            extra = Path(f"{live}{suffix}")
            if extra.exists():
                os.replace(extra, Path(f"{aside}{suffix}"))
    with contextlib.suppress(FileNotFoundError):
        Path(f"{live}-journal").unlink()
    store_backup.make_standalone(prepared.path)
    os.replace(prepared.path, live)
    store_backup.fsync_dir(live.parent)
    ctx = open_office(data_dir, clock)
    try:
        if device_id is not None and device_id != ctx.device_id:
            ctx = Context(db=ctx.db, clock=clock, device_id=device_id, data_dir=data_dir)
        finish(ctx, prepared, aside, actor)
    finally:
        ctx.db.close()
    return aside


def finish(ctx: Context, prepared: Prepared, aside: Path | None, actor: Actor) -> None:
    """After the content was replaced: keep this PC's device id, audit, reset the audit anchor."""
    now = ctx.now_text()
    detail = f"backup of {prepared.created_at or 'unknown time'}; schema {prepared.schema_version}"
    if aside is not None:
        detail += f"; previous database kept as {aside.name}"
    with write(ctx.db):
        store_backup.adopt_device(ctx.db, ctx.device_id, socket.gethostname() or "PC", now)
        audit.record(ctx.as_actor(actor), "restore", "database", None, detail)
    write_anchor(ctx.data_dir, audit.head(ctx), iso_utc(ctx.clock.now()), "restore", replace=True)
    log.info("restored %s (%s)", prepared.source.name, detail)


def live_device_id(data_dir: Path) -> str | None:
    """This PC's device id from the current database, if it can still be read."""
    path = database_path(data_dir)
    if not path.is_file():
        return None
    try:
        facts = store_backup.describe_file(path)
    except sqlite3.DatabaseError:
        return None
    return facts.device_id
