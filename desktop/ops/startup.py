"""The start-up check of the office database (Qt-free; the GUI bootstrap asks the questions).

`check(data_dir)` runs SQLite's `quick_check` (a fast integrity_check that skips comparing indexes with
their tables) before the database is opened. When it fails, `newest_good_backup` finds the newest
automatic backup that passes its own check and whose schema this version can read, and
`recover(data_dir, backup)` moves the damaged files aside (`backups/damaged-…`) and restores that
backup in their place (audited as a restore by the system). Nothing happens without the staff
member's yes: the bootstrap asks first.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from desktop.core.clock import Clock
from desktop.ops import restore
from desktop.ops.backups import BackupInfo, list_backups
from desktop.platform.paths import database_path
from desktop.store import backup as store_backup

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StartupCheck:
    ok: bool
    problems: tuple[str, ...] = ()


def check(data_dir: Path) -> StartupCheck:
    """Quick integrity check of the office database (a missing file is fine: a first run)."""
    path = database_path(data_dir)
    if not path.exists():
        return StartupCheck(True)
    problems = store_backup.integrity(path, quick=True)
    if problems:
        log.error("start-up integrity check failed: %s", "; ".join(problems[:5]))
    return StartupCheck(not problems, tuple(problems[:20]))


def newest_good_backup(data_dir: Path) -> BackupInfo | None:
    """The newest automatic backup that passes a quick check and is not too new for this version."""
    from desktop.store.migrate import latest_version
    from desktop.store.open import all_migrations

    newest = latest_version(all_migrations())
    for info in list_backups(data_dir):
        if store_backup.integrity(info.path, quick=True):
            log.warning("backup %s fails its check; trying an older one", info.path.name)
            continue
        try:
            facts = store_backup.describe_file(info.path)
        except Exception:  # noqa: BLE001 - an unreadable backup is simply not a candidate
            continue
        if facts.is_madoguchi and facts.schema_version <= newest:
            return info
    return None


def recover(data_dir: Path, backup: BackupInfo, clock: Clock | None = None) -> Path | None:
    """Replace the damaged database with `backup`; returns where the damaged files were moved."""
    device_id = restore.live_device_id(data_dir)
    prepared = restore.prepare(data_dir, backup.path)
    try:
        return restore.apply_files(data_dir, prepared, clock=clock, device_id=device_id, kind="damaged")
    finally:
        prepared.discard()
