"""Automatic backups, rotation, the anchor, the office passphrase and encrypted copies."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.clock import JST, FixedClock
from desktop.core.errors import NotAllowed
from desktop.core.staff import Actor, Role
from desktop.ops import backups, crypto
from desktop.platform.paths import backups_dir
from desktop.store import audit
from desktop.store import backup as store_backup
from desktop.store.context import Context
from desktop.store.db import write
from tests.ops.conftest import PASSPHRASE


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(sql))
    finally:
        conn.close()


def test_backup_is_a_complete_consistent_copy(office: Context, clock: FixedClock) -> None:
    # committed but not yet checkpointed: the rows live in the -wal file only
    office.db.conn.execute("PRAGMA wal_autocheckpoint = 0")
    with write(office.db):
        for n in range(50):
            audit.record(office, "view", "person", f"wal{n}")
    info = backups.make_backup(office.data_dir, clock, reason="manual")
    assert info.path.parent == backups_dir(office.data_dir)
    assert info.path.name == "madoguchi-20261124-100000.sqlite3"
    assert store_backup.integrity(info.path) == []
    assert not Path(f"{info.path}-wal").exists()  # a standalone file
    ids = {r[0] for r in _rows(info.path, "SELECT entity_id FROM audit_log")}
    assert {f"wal{n}" for n in range(50)} <= ids
    # the backup's own audit entry is inside the copy, and the anchor is its head
    last = _rows(info.path, "SELECT action, detail, seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")[0]
    assert last[:2] == ("backup", "manual")
    assert info.audit_head == {office.device_id: (last[2], last[3])}
    assert backups.read_anchor(office.data_dir) == info.audit_head
    manifest = json.loads(info.path.with_suffix(".json").read_text(encoding="utf-8"))
    assert manifest["reason"] == "manual" and manifest["schema_version"] == info.schema_version > 0
    assert manifest["sha256"] == info.sha256 and len(info.sha256) == 64
    assert backups.list_backups(office.data_dir)[0].audit_head == info.audit_head


def test_backup_without_a_database_says_so(tmp_path: Path) -> None:
    with pytest.raises(backups.NoDatabase):
        backups.make_backup(tmp_path / "empty")


def test_same_second_gets_its_own_name(office: Context, clock: FixedClock) -> None:
    first = backups.make_backup(office.data_dir, clock)
    second = backups.make_backup(office.data_dir, clock)
    assert second.path.name == "madoguchi-20261124-100000-2.sqlite3" != first.path.name
    assert [b.path for b in backups.list_backups(office.data_dir)] == [second.path, first.path]


def test_rotation_keeps_one_a_day_and_the_newest(office: Context, clock: FixedClock) -> None:
    start = datetime(2026, 11, 1, 9, 0, tzinfo=JST)
    made = []
    for day in range(20):
        for hour in (9, 17):  # the daily one and one on closing
            clock.set(start + timedelta(days=day, hours=hour - 9))
            made.append(backups.make_backup(office.data_dir, clock, keep_days=5).path)
    kept = [b.path.name for b in backups.list_backups(office.data_dir)]
    # the 3 newest overall, and the newest of each of the last 5 days with a backup
    assert kept == [
        "madoguchi-20261120-170000.sqlite3", "madoguchi-20261120-090000.sqlite3",
        "madoguchi-20261119-170000.sqlite3", "madoguchi-20261118-170000.sqlite3",
        "madoguchi-20261117-170000.sqlite3", "madoguchi-20261116-170000.sqlite3",
    ]  # fmt: skip
    assert not made[0].exists() and not made[0].with_suffix(".json").exists()


def test_rotation_never_touches_other_files(office: Context, clock: FixedClock) -> None:
    folder = backups_dir(office.data_dir)
    folder.mkdir(exist_ok=True)
    (folder / "replaced-20260101-000000.sqlite3").write_bytes(b"x")
    (folder / "before-schema-v3-to-v9.sqlite3").write_bytes(b"x")
    for _ in range(6):
        backups.make_backup(office.data_dir, clock, keep_days=1)
    assert (folder / "replaced-20260101-000000.sqlite3").exists()
    assert (folder / "before-schema-v3-to-v9.sqlite3").exists()
    assert len(backups.list_backups(office.data_dir)) == backups.KEEP_NEWEST


def test_keep_days_setting(admin_ctx: Context, counter_ctx: Context) -> None:
    assert backups.configured_keep_days(admin_ctx) == 14
    backups.set_keep_days(admin_ctx, 30)
    assert backups.configured_keep_days(admin_ctx) == 30
    with pytest.raises(NotAllowed):
        backups.set_keep_days(counter_ctx, 3)
    with pytest.raises(backups.DomainError):
        backups.set_keep_days(admin_ctx, 0)


def test_backup_due_once_a_day(office: Context, clock: FixedClock) -> None:
    assert backups.backup_due(office.data_dir, date(2026, 11, 24))
    backups.make_backup(office.data_dir, clock, reason="daily")
    assert not backups.backup_due(office.data_dir, date(2026, 11, 24))
    assert backups.backup_due(office.data_dir, date(2026, 11, 25))


def test_office_is_set_up(ctx: Context, tmp_path: Path) -> None:
    assert not backups.office_is_set_up(tmp_path / "nothing")
    assert not backups.office_is_set_up(ctx.data_dir)  # first run: no office profile yet
    from desktop.store.office import mark_office_kind

    mark_office_kind(ctx, "real")
    assert backups.office_is_set_up(ctx.data_dir)


def test_anchor_only_moves_forward_until_a_restore(tmp_path: Path) -> None:
    backups.write_anchor(tmp_path, {"pc1": (10, "h10")}, "t1", "a")
    backups.write_anchor(tmp_path, {"pc1": (7, "h7"), "pc2": (3, "x3")}, "t0", "late snapshot")
    assert backups.read_anchor(tmp_path) == {"pc1": (10, "h10"), "pc2": (3, "x3")}
    backups.write_anchor(tmp_path, {"pc1": (4, "h4")}, "t2", "restore", replace=True)
    assert backups.read_anchor(tmp_path) == {"pc1": (4, "h4")}


# -- the passphrase and encrypted copies ---------------------------------------------------------------


def test_passphrase_set_by_an_administrator_only_as_a_verifier(
    admin_ctx: Context, supervisor_ctx: Context
) -> None:
    assert not backups.passphrase_is_set(admin_ctx)
    with pytest.raises(NotAllowed):
        backups.set_passphrase(supervisor_ctx, PASSPHRASE)
    with pytest.raises(backups.WeakPassphrase):
        backups.set_passphrase(admin_ctx, "short")
    backups.set_passphrase(admin_ctx, PASSPHRASE)
    assert backups.passphrase_is_set(admin_ctx) and backups.passphrase_set_at(admin_ctx) == admin_ctx.now_text()
    dump = "\n".join(admin_ctx.db.conn.iterdump())
    assert PASSPHRASE not in dump
    backups.check_passphrase(admin_ctx, PASSPHRASE)
    with pytest.raises(backups.PassphraseMismatch):
        backups.check_passphrase(admin_ctx, PASSPHRASE + "x")
    assert ("settings", backups.VERIFIER) in [(e.action, e.entity_id) for e in
                                              audit.search(admin_ctx, audit.AuditFilter())]  # fmt: skip


def test_export_needs_the_set_passphrase_and_a_supervisor(
    office: Context, admin_ctx: Context, supervisor_ctx: Context, counter_ctx: Context, tmp_path: Path
) -> None:
    out = tmp_path / "copy.mdgbackup"
    with pytest.raises(backups.PassphraseNotSet):
        backups.export_encrypted(supervisor_ctx, out, PASSPHRASE)
    backups.set_passphrase(admin_ctx, PASSPHRASE)
    with pytest.raises(NotAllowed):
        backups.export_encrypted(counter_ctx, out, PASSPHRASE)
    with pytest.raises(backups.PassphraseMismatch):
        backups.export_encrypted(supervisor_ctx, out, "a guessed passphrase")
    assert not out.exists()
    info = backups.export_encrypted(supervisor_ctx, out, PASSPHRASE)
    assert info.path == out and crypto.is_encrypted(out)
    assert not list(backups_dir(office.data_dir).glob(".export-*"))  # the plain snapshot is gone
    plain = tmp_path / "plain.sqlite3"
    manifest = crypto.decrypt_file(out, plain, PASSPHRASE)
    assert store_backup.integrity(plain) == []
    assert backups.heads_from(manifest["audit_head"]) == info.audit_head == backups.read_anchor(office.data_dir)
    last = _rows(plain, "SELECT login, action, entity, detail FROM audit_log ORDER BY seq DESC LIMIT 1")[0]
    assert last == ("super1", "export", "database", "encrypted backup")


def test_default_export_name(clock: FixedClock) -> None:
    assert backups.default_export_name(clock) == "madoguchi-20261124-1000.mdgbackup"


def test_backup_as_staff_is_audited_with_their_name(office: Context, staff_users: dict[Role, Actor],
                                                     clock: FixedClock) -> None:  # fmt: skip
    backups.make_backup(office.data_dir, clock, actor=staff_users[Role.SUPERVISOR])
    entry = audit.search(office, audit.AuditFilter(action="backup"))[0]
    assert (entry.login, entry.detail) == ("super1", "manual")
