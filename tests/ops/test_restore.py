"""Restore: round trips (plain and encrypted, live and file), refusals that change nothing, the GUI lock,
the start-up recovery."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.core.clock import FixedClock
from desktop.core.staff import Actor, Role
from desktop.ops import backups, restore, startup
from desktop.platform.paths import backups_dir, database_path
from desktop.store import audit
from desktop.store import backup as store_backup
from desktop.store.context import Context
from desktop.store.open import open_office
from tests.ops.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def _views(ctx: Context) -> set[str]:
    return {e.entity_id or "" for e in audit.search(ctx, audit.AuditFilter(action="view"), limit=10_000)}


def _fingerprint(data_dir: Path) -> tuple[str, list[str]]:
    """The live database's content hash and the files of the backups folder: 'nothing was touched'."""
    conn = sqlite3.connect(database_path(data_dir))
    digest = hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    conn.close()
    folder = backups_dir(data_dir)
    return digest, sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_plain_round_trip_through_the_open_database(
    office: Context, clock: FixedClock, staff_users: dict[Role, Actor]
) -> None:
    info = backups.make_backup(office.data_dir, clock)
    admin = office.as_actor(staff_users[Role.ADMIN])
    audit.record(admin, "view", "person", "after-the-backup")
    assert "after-the-backup" in _views(office)

    prepared = restore.prepare(office.data_dir, info.path)
    assert prepared.created_at == info.created_at and not prepared.encrypted
    aside = restore.apply_live(admin, prepared)

    assert "after-the-backup" not in _views(office)  # the same open connection sees the restored data
    assert {f"p{n}" for n in range(5)} <= _views(office)
    kept = sqlite3.connect(aside)
    assert kept.execute("SELECT COUNT(*) FROM audit_log WHERE entity_id = 'after-the-backup'").fetchone() == (1,)
    kept.close()
    last = audit.search(office, audit.AuditFilter(action="restore"))[0]
    assert last.login == "admin1" and aside.name in last.detail
    assert audit.verify(office, backups.read_anchor(office.data_dir)) == []  # the anchor follows the restore
    assert not list(backups_dir(office.data_dir).glob(".restore-*"))
    assert store_backup.integrity(database_path(office.data_dir)) == []


def test_encrypted_round_trip(office: Context, admin_ctx: Context, tmp_path: Path) -> None:
    backups.set_passphrase(admin_ctx, PASSPHRASE)
    out = tmp_path / "copy.mdgbackup"
    backups.export_encrypted(admin_ctx, out, PASSPHRASE)
    audit.record(admin_ctx, "view", "person", "later")
    prepared = restore.prepare(office.data_dir, out, lambda: PASSPHRASE)
    assert prepared.encrypted and prepared.created_at
    restore.apply_live(admin_ctx, prepared)
    assert "later" not in _views(office) and "p0" in _views(office)


@pytest.mark.parametrize("case", ["wrong passphrase", "no passphrase", "corrupt", "not sqlite", "other sqlite",
                                  "newer schema", "damaged encrypted", "missing file"])  # fmt: skip
def test_refusals_change_nothing(office: Context, admin_ctx: Context, clock: FixedClock, tmp_path: Path,
                                 case: str) -> None:  # fmt: skip
    backups.set_passphrase(admin_ctx, PASSPHRASE)
    info = backups.make_backup(office.data_dir, clock)
    file = tmp_path / "backup.sqlite3"
    file.write_bytes(info.path.read_bytes())
    passphrase: str | None = None
    expected: type[restore.RestoreRefused]
    if case in ("wrong passphrase", "no passphrase", "damaged encrypted"):
        file = tmp_path / "backup.mdgbackup"
        backups.export_encrypted(admin_ctx, file, PASSPHRASE)
        passphrase = {"wrong passphrase": "not the passphrase", "no passphrase": None}.get(case, PASSPHRASE)
        expected = restore.BadPassphrase
        if case == "damaged encrypted":
            data = bytearray(file.read_bytes())
            data[-100] ^= 0xFF
            file.write_bytes(bytes(data))
            expected = restore.BackupDamaged
    elif case == "corrupt":
        data = bytearray(file.read_bytes())
        page = 4096
        for at in range(page * 3, len(data) - page, page * 2):  # scribble over many pages' headers
            data[at : at + 64] = os.urandom(64)
        file.write_bytes(bytes(data))
        expected = restore.BackupDamaged
    elif case == "not sqlite":
        file.write_bytes(b"just some text, not a database\n" * 100)
        expected = restore.NotABackup
    elif case == "other sqlite":
        file.unlink()
        conn = sqlite3.connect(file)
        conn.execute("CREATE TABLE t(x)")
        conn.close()
        expected = restore.NotABackup
    elif case == "newer schema":
        conn = sqlite3.connect(file)
        conn.execute("PRAGMA user_version = 9999")
        conn.close()
        expected = restore.BackupTooNew
    else:
        file = tmp_path / "nothing-here.sqlite3"
        expected = restore.NotABackup
    before = _fingerprint(office.data_dir)
    with pytest.raises(expected) as err:
        restore.prepare(office.data_dir, file, passphrase)
    assert "Nothing was changed" in str(err.value) or "Nothing was changed" in err.value.template
    assert _fingerprint(office.data_dir) == before
    assert not list(backups_dir(office.data_dir).glob("replaced-*"))


def test_apply_files_for_a_missing_database(office: Context, clock: FixedClock, tmp_path: Path) -> None:
    info = backups.make_backup(office.data_dir, clock)
    device = office.device_id
    office.db.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database_path(office.data_dir)}{suffix}").unlink(missing_ok=True)
    prepared = restore.prepare(office.data_dir, info.path)
    aside = restore.apply_files(office.data_dir, prepared, clock=clock, device_id=device)
    assert aside is None
    again = open_office(office.data_dir, clock)
    try:
        assert again.device_id == device and "p3" in _views(again)
        assert audit.search(again, audit.AuditFilter(action="restore"))[0].login == "system"
        assert audit.verify(again, backups.read_anchor(again.data_dir)) == []
    finally:
        again.db.close()


def test_restore_onto_another_pc_keeps_that_pcs_device_id(office: Context, clock: FixedClock,
                                                           tmp_path: Path) -> None:  # fmt: skip
    info = backups.make_backup(office.data_dir, clock)
    other = open_office(tmp_path / "other-pc", clock)
    try:
        prepared = restore.prepare(other.data_dir, info.path)
        restore.apply_live(other, prepared)
        assert other.device_id != office.device_id
        from desktop.store.meta import get_meta

        assert get_meta(other.db, "device_id") == other.device_id
        devices = {r[0] for r in other.db.conn.execute("SELECT id FROM devices")}
        assert {other.device_id, office.device_id} <= devices
        assert audit.verify(other) == []  # two chains, both intact
    finally:
        other.db.close()


# -- the GUI's lock --------------------------------------------------------------------------------------

HOLD_LOCK = r"""
import sys
from pathlib import Path
from desktop.platform.single_instance import SingleInstance
lock = SingleInstance(Path(sys.argv[1]))
print("LOCKED" if lock.acquire() else "BUSY", flush=True)
sys.stdin.readline()
lock.release()
"""


def test_restore_refused_while_the_gui_holds_the_folder(office: Context, clock: FixedClock) -> None:
    info = backups.make_backup(office.data_dir, clock)
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    gui = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(office.data_dir)], cwd=ROOT, env=env,
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert gui.stdout is not None and gui.stdout.readline().strip() == "LOCKED"
        before = _fingerprint(office.data_dir)
        with pytest.raises(restore.GuiRunning), restore.gui_lock(office.data_dir):
            pass
        assert _fingerprint(office.data_dir) == before
    finally:
        gui.communicate("\n", timeout=30)
    with restore.gui_lock(office.data_dir):  # free again once the GUI has ended
        prepared = restore.prepare(office.data_dir, info.path)
        restore.apply_live(office, prepared)


# -- the start-up check ----------------------------------------------------------------------------------


def _corrupt_live(data_dir: Path) -> None:
    path = database_path(data_dir)
    data = bytearray(path.read_bytes())
    for at in range(4096 * 2, len(data) - 4096, 4096):
        data[at : at + 32] = b"\xff" * 32
    path.write_bytes(bytes(data))


def test_startup_check_and_recovery(office: Context, clock: FixedClock) -> None:
    assert startup.check(office.data_dir).ok
    first = backups.make_backup(office.data_dir, clock)
    clock.advance(timedelta(hours=1))
    newest = backups.make_backup(office.data_dir, clock)
    newest.path.write_bytes(b"damaged")  # the newest backup is broken too: the older one is offered
    device = office.device_id
    office.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    office.db.close()
    _corrupt_live(office.data_dir)
    result = startup.check(office.data_dir)
    assert not result.ok and result.problems
    good = startup.newest_good_backup(office.data_dir)
    assert good is not None and good.path == first.path
    aside = startup.recover(office.data_dir, good, clock)
    assert aside is not None and aside.name.startswith("damaged-") and aside.exists()
    assert startup.check(office.data_dir).ok
    again = open_office(office.data_dir, clock)
    try:
        assert again.device_id == device and "p4" in _views(again)
    finally:
        again.db.close()


def test_startup_check_of_a_first_run(tmp_path: Path) -> None:
    assert startup.check(tmp_path).ok
    assert startup.newest_good_backup(tmp_path) is None
