"""Opening a data folder: connect, migrate (kernel + registered jobs), make sure this device has an id."""

from __future__ import annotations

from pathlib import Path

from desktop.core.clock import Clock, SystemClock, iso_utc
from desktop.core.ids import new_id
from desktop.store import migrate
from desktop.store.context import Context
from desktop.store.db import connect, write
from desktop.store.meta import get_meta, set_meta


def all_migrations(job_folders: list[Path] | None = None) -> list[migrate.Migration]:
    if job_folders is None:
        from desktop.jobs.registry import load

        job_folders = load().migration_folders()
    return migrate.discover([migrate.KERNEL_MIGRATIONS, *job_folders])


def open_office(
    data_dir: Path,
    clock: Clock | None = None,
    *,
    job_folders: list[Path] | None = None,
    device_name: str = "",
) -> Context:
    """Open (create on first use) the office database in `data_dir`, migrated to the latest schema."""
    from desktop.platform.paths import backups_dir, database_path

    clock = clock or SystemClock()
    data_dir.mkdir(parents=True, exist_ok=True)
    db = connect(database_path(data_dir))
    try:
        migrate.upgrade(db, all_migrations(job_folders), backup_dir=backups_dir(data_dir))
        device_id = get_meta(db, "device_id")
        if device_id is None:
            device_id = new_id()
            now = iso_utc(clock.now())
            with write(db):
                set_meta(db, "device_id", device_id)
                set_meta(db, "created_at", now)
                db.conn.execute(
                    "INSERT INTO devices(id, name, created_at) VALUES (?, ?, ?)",
                    (device_id, device_name or _host_name(), now),
                )
    except BaseException:
        db.close()
        raise
    return Context(db=db, clock=clock, device_id=device_id, data_dir=data_dir)


def _host_name() -> str:
    import socket

    return socket.gethostname() or "PC"
