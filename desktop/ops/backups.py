"""Backups of the office database (Qt-free): automatic ones in the data folder, encrypted copies to carry
off the PC, the office backup passphrase, and the audit anchor written with every backup.

- Automatic backups (`make_backup`): `<data>/backups/madoguchi-YYYYMMDD-HHMMSS.sqlite3` (local time),
  taken with SQLite's online backup API from a connection of their own (so the GUI's database thread
  and every writer carry on), once a day (`backup_due`) and when the application closes, and by
  `madoguchi backup`. Each has a sidecar `<name>.json` manifest: when, why, schema version, app
  version, size, SHA-256 and the audit chain heads.
- Rotation (`rotate`): the newest backup of each of the last `backup.keep_days` days that have one
  (default 14), and always the 3 newest. Files not named like automatic backups (the copies kept aside
  before a schema upgrade or a restore) are never rotated away.
- Encrypted copies (`export_encrypted`, 「バックアップを書き出す」): a snapshot encrypted with AES-256-GCM
  under a key derived by scrypt from the office backup passphrase (`desktop.ops.crypto`). The
  passphrase is set by an administrator (`set_passphrase`); the office stores only a verifier, and an
  export with any other passphrase is refused, so every copy opens with the one passphrase the office
  knows. Exporting needs a supervisor; it is audited ("export", entity "database").
- The audit anchor (`<data>/backups/audit-anchor.json`): the head of each device's audit chain (latest
  seq and hash) in the newest backup, so `audit verify` also notices deleted NEWEST entries.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.core.clock import JST, Clock, SystemClock, iso_utc, parse_utc, to_local
from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.ids import new_id
from desktop.core.staff import SYSTEM, Actor, Role
from desktop.platform.paths import backups_dir, database_path
from desktop.security.permissions import require
from desktop.store import audit
from desktop.store import backup as store_backup
from desktop.store.context import Context
from desktop.store.db import connect, write
from desktop.store.meta import get_meta, get_setting, set_setting
from desktop.store.migrate import current_version

log = logging.getLogger(__name__)

PASSPHRASE_ENV = "MADOGUCHI_BACKUP_PASSPHRASE"
KEEP_DAYS = "backup.keep_days"
DEFAULT_KEEP_DAYS = 14
KEEP_NEWEST = 3
VERIFIER = "backup.passphrase_verifier"
VERIFIER_SET_AT = "backup.passphrase_set_at"
ANCHOR_FILE = "audit-anchor.json"
EXPORT_SUFFIX = ".mdgbackup"
_AUTO = re.compile(r"^madoguchi-(\d{8})-(\d{6})(?:-(\d+))?\.sqlite3$")


class NoDatabase(DomainError):
    pass


class PassphraseNotSet(DomainError):
    pass


class PassphraseMismatch(DomainError):
    pass


class WeakPassphrase(DomainError):
    pass


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and its manifest."""

    path: Path
    created_at: str  # ISO UTC
    reason: str  # "daily" | "exit" | "manual" | "export" | "start"
    size: int
    schema_version: int
    audit_head: dict[str, tuple[int, str]] = field(default_factory=dict)
    sha256: str = ""

    @property
    def local_time(self) -> datetime:
        return to_local(parse_utc(self.created_at))

    def manifest(self) -> dict[str, Any]:
        return {
            "created_at": self.created_at, "reason": self.reason, "size": self.size,
            "schema_version": self.schema_version, "app_version": __version__,
            "audit_head": {d: [s, h] for d, (s, h) in sorted(self.audit_head.items())},
            "sha256": self.sha256,
        }  # fmt: skip


def heads_from(value: Any) -> dict[str, tuple[int, str]]:
    """Audit heads read back from JSON ({device: [seq, hash]}); anything malformed is dropped."""
    out: dict[str, tuple[int, str]] = {}
    if isinstance(value, dict):
        for device, pair in value.items():
            if isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], int):
                out[str(device)] = (int(pair[0]), str(pair[1]))
    return out


def _info_from_manifest(path: Path, data: dict[str, Any]) -> BackupInfo:
    return BackupInfo(
        path=path,
        created_at=str(data.get("created_at", "")),
        reason=str(data.get("reason", "")),
        size=int(data.get("size", 0) or 0),
        schema_version=int(data.get("schema_version", 0) or 0),
        audit_head=heads_from(data.get("audit_head")),
        sha256=str(data.get("sha256", "")),
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_json(path: Path, data: dict[str, Any]) -> None:
    part = path.with_name(path.name + ".part")
    with part.open("w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(part, path)


# -- automatic backups ----------------------------------------------------------------------------------


def backup_path(data_dir: Path, moment: datetime) -> Path:
    """A new automatic backup's file name (local time; `-2`, `-3` … within the same second)."""
    folder = backups_dir(data_dir)
    stem = "madoguchi-" + to_local(moment).strftime("%Y%m%d-%H%M%S")
    path = folder / f"{stem}.sqlite3"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}.sqlite3"
        n += 1
    return path


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """The automatic backups in the data folder, newest first."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    found: list[tuple[tuple[str, str, int], BackupInfo]] = []
    for path in folder.iterdir():
        m = _AUTO.match(path.name)
        if m is None:
            continue
        sidecar = path.with_suffix(".json")
        try:
            data = json.loads(sidecar.read_text(encoding="utf-8"))
            info = _info_from_manifest(path, data if isinstance(data, dict) else {})
        except (OSError, ValueError):
            stamp = datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S").replace(tzinfo=JST)
            info = BackupInfo(path, iso_utc(stamp), "", path.stat().st_size, 0)
        found.append(((m.group(1), m.group(2), int(m.group(3) or 1)), info))
    return [info for _key, info in sorted(found, key=lambda t: t[0], reverse=True)]


def backup_due(data_dir: Path, today: date) -> bool:
    """True when no automatic backup was taken on `today` (local date) yet."""
    newest = list_backups(data_dir)
    if not newest:
        return True
    m = _AUTO.match(newest[0].path.name)
    return m is None or m.group(1) < today.strftime("%Y%m%d")


def office_is_set_up(data_dir: Path) -> bool:
    """True when the data folder holds an office database that the setup wizard or the demo finished."""
    path = database_path(data_dir)
    if not path.is_file():
        return False
    try:
        conn = store_backup.open_source(path)
        try:
            return store_backup.meta_value(conn, "office_kind") is not None
        finally:
            conn.close()
    except store_backup.DatabaseError:
        return False


def open_office_db(data_dir: Path) -> Context:
    """A connection of its own to the office database (a backup never borrows the GUI's connection)."""
    path = database_path(data_dir)
    if not path.is_file():
        raise NoDatabase(
            QT_TRANSLATE_NOOP("Errors", "There is no office database in {folder} to back up."),
            folder=str(data_dir),
        )
    db = connect(path)
    device_id = get_meta(db, "device_id") or "unknown"
    return Context(db=db, clock=SystemClock(), device_id=device_id, data_dir=data_dir)


def make_backup(
    data_dir: Path,
    clock: Clock | None = None,
    *,
    reason: str = "manual",
    actor: Actor = SYSTEM,
    keep_days: int | None = None,
) -> BackupInfo:
    """Take an automatic backup now (audited "backup"), write its manifest and the audit anchor, rotate."""
    ctx = open_office_db(data_dir)
    clock = clock or SystemClock()
    try:
        ctx = Context(db=ctx.db, clock=clock, device_id=ctx.device_id, data_dir=data_dir, actor=actor)
        audit.record(ctx, "backup", "database", None, reason)
        moment = clock.now()
        path = backup_path(data_dir, moment)
        size = store_backup.snapshot(ctx.db.conn, path)
        if keep_days is None:
            keep_days = configured_keep_days(ctx)
    finally:
        ctx.db.close()
    info = _describe_copy(path, iso_utc(moment), reason, size)
    _write_json(path.with_suffix(".json"), info.manifest())
    write_anchor(data_dir, info.audit_head, info.created_at, path.name)
    rotate(data_dir, keep_days)
    log.info("backup written: %s (%s, %d bytes)", path.name, reason, size)
    return info


def _describe_copy(path: Path, created_at: str, reason: str, size: int) -> BackupInfo:
    conn = store_backup.open_source(path)
    try:
        heads = audit.heads_of(conn)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()
    return BackupInfo(path, created_at, reason, size, version, heads, _sha256(path))


def rotate(data_dir: Path, keep_days: int) -> list[Path]:
    """Delete automatic backups beyond the newest of each of the last `keep_days` days with a backup
    and the `KEEP_NEWEST` newest overall; returns what was deleted."""
    backups = list_backups(data_dir)
    keep: set[Path] = {b.path for b in backups[:KEEP_NEWEST]}
    days_kept: list[str] = []
    for b in backups:
        m = _AUTO.match(b.path.name)
        day = m.group(1) if m else ""
        if day not in days_kept and len(days_kept) < max(1, keep_days):
            days_kept.append(day)
            keep.add(b.path)
    removed = []
    for b in backups:
        if b.path not in keep:
            for p in (b.path, b.path.with_suffix(".json")):
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()
            removed.append(b.path)
    return removed


def configured_keep_days(ctx: Context) -> int:
    try:
        return max(1, int(get_setting(ctx, KEEP_DAYS, DEFAULT_KEEP_DAYS)))
    except (TypeError, ValueError):
        return DEFAULT_KEEP_DAYS


def set_keep_days(ctx: Context, days: int) -> None:
    require(ctx.actor, Role.ADMIN)
    if not 1 <= days <= 365:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Keep backups of 1 to 365 days."))
    with write(ctx.db):
        set_setting(ctx, KEEP_DAYS, int(days))
        audit.record(ctx, "settings", "settings", KEEP_DAYS, f"days={days}")


# -- the audit anchor -----------------------------------------------------------------------------------


def anchor_path(data_dir: Path) -> Path:
    return backups_dir(data_dir) / ANCHOR_FILE


def write_anchor(
    data_dir: Path, heads: dict[str, tuple[int, str]], created_at: str, source: str, *, replace: bool = False
) -> None:
    """Record the audit heads of the newest backup. Without `replace` a device's anchor only moves
    forward (an older snapshot written late never lowers it); a restore replaces it."""
    current = {} if replace else read_anchor(data_dir)
    merged = dict(current)
    for device, (seq, digest) in heads.items():
        if device not in merged or seq >= merged[device][0]:
            merged[device] = (seq, digest)
    backups_dir(data_dir).mkdir(parents=True, exist_ok=True)
    _write_json(anchor_path(data_dir), {
        "written_at": created_at, "source": source,
        "heads": {d: [s, h] for d, (s, h) in sorted(merged.items())},
    })  # fmt: skip


def read_anchor(data_dir: Path) -> dict[str, tuple[int, str]]:
    """The anchored heads ({} when no backup was ever taken). Falls back to the newest sidecar."""
    try:
        data = json.loads(anchor_path(data_dir).read_text(encoding="utf-8"))
        return heads_from(data.get("heads") if isinstance(data, dict) else None)
    except (OSError, ValueError):
        pass
    newest = list_backups(data_dir)
    return dict(newest[0].audit_head) if newest else {}


# -- the office backup passphrase -----------------------------------------------------------------------


def passphrase_is_set(ctx: Context) -> bool:
    return bool(get_setting(ctx, VERIFIER))


def passphrase_set_at(ctx: Context) -> str | None:
    value = get_setting(ctx, VERIFIER_SET_AT)
    return str(value) if value else None


def set_passphrase(ctx: Context, passphrase: str) -> None:
    """An administrator sets (or changes) the office backup passphrase; only a verifier is stored."""
    from desktop.ops import crypto  # cryptography is loaded only when needed (start-up time)

    require(ctx.actor, Role.ADMIN)
    if len(passphrase) < crypto.MIN_PASSPHRASE or not passphrase.strip():
        raise WeakPassphrase(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup passphrase needs at least {n} characters. A few unrelated words are easy "
                "to remember and hard to guess.",
            ),
            n=crypto.MIN_PASSPHRASE,
        )
    verifier = crypto.make_verifier(passphrase)
    with write(ctx.db):
        set_setting(ctx, VERIFIER, verifier)
        set_setting(ctx, VERIFIER_SET_AT, ctx.now_text())
        audit.record(ctx, "settings", "settings", VERIFIER, "backup passphrase set")


def check_passphrase(ctx: Context, passphrase: str) -> None:
    """Raise unless `passphrase` is the office backup passphrase (which must have been set)."""
    from desktop.ops import crypto

    verifier = get_setting(ctx, VERIFIER)
    if not verifier:
        raise PassphraseNotSet(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No office backup passphrase is set yet. An administrator sets it under Backups "
                "(or with 'madoguchi backup-passphrase') before encrypted copies can be written.",
            )
        )
    if not crypto.check_verifier(str(verifier), passphrase):
        raise PassphraseMismatch(
            QT_TRANSLATE_NOOP(
                "Errors",
                "That is not the office backup passphrase. Check it (capital letters, spaces) or ask "
                "the administrator.",
            )
        )


# -- encrypted copies -----------------------------------------------------------------------------------


def authorize_export(ctx: Context, passphrase: str) -> None:
    """The database part of an export: role, passphrase, and the audit entry (before the copy is taken,
    so the copy holds its own entry)."""
    require(ctx.actor, Role.SUPERVISOR)
    check_passphrase(ctx, passphrase)
    audit.record(ctx, "export", "database", None, "encrypted backup")


def write_export(
    data_dir: Path,
    out: Path,
    passphrase: str,
    clock: Clock | None = None,
    *,
    progress: Callable[[int, int], object] | None = None,
) -> BackupInfo:
    """The file part of an export (own connection): snapshot, encrypt to `out`, update the anchor."""
    from desktop.ops import crypto

    clock = clock or SystemClock()
    ctx = open_office_db(data_dir)
    plain = backups_dir(data_dir) / f".export-{new_id()}.sqlite3"
    try:
        moment = clock.now()
        size = store_backup.snapshot(ctx.db.conn, plain)
        ctx.db.close()
        info = _describe_copy(plain, iso_utc(moment), "export", size)
        crypto.encrypt_file(plain, out, passphrase, info.manifest(), progress=progress)
    finally:
        ctx.db.close()
        store_backup.remove_quietly(plain)
    write_anchor(data_dir, info.audit_head, info.created_at, out.name)
    log.info("encrypted backup written (%d bytes)", size)
    return BackupInfo(out, info.created_at, "export", out.stat().st_size, info.schema_version,
                      info.audit_head, info.sha256)  # fmt: skip


def export_encrypted(
    ctx: Context, out: Path, passphrase: str, *, progress: Callable[[int, int], object] | None = None
) -> BackupInfo:
    """Write an encrypted copy of the office database to `out` (a supervisor; the office passphrase)."""
    authorize_export(ctx, passphrase)
    return write_export(ctx.data_dir, out, passphrase, ctx.clock, progress=progress)


def default_export_name(clock: Clock) -> str:
    return "madoguchi-" + to_local(clock.now()).strftime("%Y%m%d-%H%M") + EXPORT_SUFFIX


def newest_backup_age(data_dir: Path, now: datetime) -> timedelta | None:
    backups = list_backups(data_dir)
    if not backups or not backups[0].created_at:
        return None
    return now - parse_utc(backups[0].created_at)


def current_schema(ctx: Context) -> int:
    return current_version(ctx.db)
