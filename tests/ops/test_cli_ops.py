"""`madoguchi backup | backup-passphrase | restore | selftest` in-process: output and exit codes."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from desktop.core.clock import FixedClock
from desktop.ops import backups
from desktop.platform.paths import backups_dir, database_path
from desktop.platform.single_instance import SingleInstance
from desktop.store import audit
from desktop.store.context import Context
from desktop.store.open import open_office
from tests.ops.conftest import PASSPHRASE, Run

PW = "correct-horse-1"


def _views(data_dir: Path) -> set[str]:
    conn = sqlite3.connect(database_path(data_dir))
    try:
        return {str(r[0]) for r in conn.execute("SELECT entity_id FROM audit_log WHERE action = 'view'")}
    finally:
        conn.close()


def test_backup_now_prints_its_path(office: Context, run: Run) -> None:
    result = run("backup")
    assert result.code == 0, result.err
    path = Path(result.out.strip())
    assert path.parent == backups_dir(office.data_dir) and path.is_file()
    listed = run("backup", "--list")
    assert listed.code == 0 and str(path) in listed.out and "manual" in listed.out


def test_backup_failure_exits_80(office: Context, run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_a: object, **_k: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups.store_backup, "snapshot", full)
    result = run("backup")
    assert result.code == 80 and "The disk is full" in result.err


def test_passphrase_and_encrypted_copy(office: Context, run: Run, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    out = tmp_path / "copy.mdgbackup"
    not_set = run("backup", "--out", str(out), "--user", "super1", "--password-stdin", "--passphrase-stdin",
                  stdin=f"{PW}\n{PASSPHRASE}\n")  # fmt: skip
    assert not_set.code == 81 and "No office backup passphrase" in not_set.err
    refused = run("backup-passphrase", "--user", "super1", "--password-stdin", "--passphrase-stdin",
                  stdin=f"{PW}\n{PASSPHRASE}\n")  # fmt: skip
    assert refused.code == 4
    weak = run("backup-passphrase", "--user", "admin1", "--password-stdin", "--passphrase-stdin",
               stdin=f"{PW}\nshort\n")  # fmt: skip
    assert weak.code == 81
    ok = run("backup-passphrase", "--user", "admin1", "--password-stdin", "--passphrase-stdin",
             stdin=f"{PW}\n{PASSPHRASE}\n")  # fmt: skip
    assert ok.code == 0, ok.err
    counter = run("backup", "--out", str(out), "--user", "counter1", "--password-stdin", "--passphrase-stdin",
                  stdin=f"{PW}\n{PASSPHRASE}\n")  # fmt: skip
    assert counter.code == 4 and not out.exists()
    wrong = run("backup", "--out", str(out), "--user", "super1", "--password-stdin", "--passphrase-stdin",
                stdin=f"{PW}\nnot the office passphrase\n")  # fmt: skip
    assert wrong.code == 81 and not out.exists()
    missing = run("backup", "--out", str(out), "--user", "super1", "--password-stdin", stdin=f"{PW}\n")
    assert missing.code == 81 and "MADOGUCHI_BACKUP_PASSPHRASE" in missing.err
    monkeypatch.setenv("MADOGUCHI_BACKUP_PASSPHRASE", PASSPHRASE)
    written = run("backup", "--out", str(out), "--user", "super1", "--password-stdin", stdin=f"{PW}\n")
    assert written.code == 0, written.err
    assert Path(written.out.strip()) == out.resolve() and out.read_bytes().startswith(b"MADOGUCHI-BACKUP")


@pytest.fixture
def encrypted(office: Context, admin_ctx: Context, tmp_path: Path) -> Path:
    backups.set_passphrase(admin_ctx, PASSPHRASE)
    out = tmp_path / "copy.mdgbackup"
    backups.export_encrypted(admin_ctx, out, PASSPHRASE)
    audit.record(admin_ctx, "view", "person", "after-export")
    return out


def test_restore_encrypted(office: Context, encrypted: Path, run: Run) -> None:
    wrong = run("restore", str(encrypted), "--user", "admin1", "--password-stdin", "--passphrase-stdin",
                stdin=f"{PW}\nwrong passphrase!!\n")  # fmt: skip
    assert wrong.code == 83 and "does not open this backup" in wrong.err
    assert "after-export" in _views(office.data_dir)
    counter = run("restore", str(encrypted), "--user", "counter1", "--password-stdin", "--passphrase-stdin",
                  stdin=f"{PW}\n{PASSPHRASE}\n")  # fmt: skip
    assert counter.code == 4
    ok = run("restore", str(encrypted), "--user", "admin1", "--password-stdin", "--passphrase-stdin",
             stdin=f"{PW}\n{PASSPHRASE}\n")  # fmt: skip
    assert ok.code == 0, ok.err
    assert ok.out.startswith("Restored copy.mdgbackup (backup taken 2026-11-24 10:00)")
    assert "The previous database was kept as" in ok.out
    assert "after-export" not in _views(office.data_dir) and "p1" in _views(office.data_dir)
    assert run("audit", "verify").code == 0


def test_restore_exit_codes(office: Context, clock: FixedClock, run: Run, tmp_path: Path) -> None:
    info = backups.make_backup(office.data_dir, clock)
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(info.path.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 9999")
    conn.close()
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(info.path.read_bytes())
    for at in range(4096 * 2, len(data) - 4096, 4096):
        data[at : at + 32] = b"\xff" * 32
    damaged.write_bytes(bytes(data))
    other = tmp_path / "notes.txt"
    other.write_text("hello", encoding="utf-8")
    login = ("--user", "admin1", "--password-stdin")
    assert run("restore", str(newer), *login, stdin=f"{PW}\n").code == 85
    assert run("restore", str(damaged), *login, stdin=f"{PW}\n").code == 84
    assert run("restore", str(other), *login, stdin=f"{PW}\n").code == 83
    assert not list(backups_dir(office.data_dir).glob("replaced-*"))
    with SingleInstance(office.data_dir) as gui:
        assert gui.acquire()
        busy = run("restore", str(info.path), *login, stdin=f"{PW}\n")
    assert busy.code == 82 and "Close Madoguchi" in busy.err
    assert run("restore", str(info.path), *login, stdin=f"{PW}\n").code == 0


def test_restore_onto_a_new_pc_logs_in_against_the_backup(office: Context, clock: FixedClock, run: Run,
                                                           tmp_path: Path) -> None:  # fmt: skip
    info = backups.make_backup(office.data_dir, clock)
    new_pc = tmp_path / "new-pc"
    wrong = run("restore", str(info.path), "--user", "admin1", "--password-stdin", stdin="nope-nope\n",
                folder=new_pc)  # fmt: skip
    assert wrong.code == 4 and not database_path(new_pc).exists()
    ok = run("restore", str(info.path), "--user", "admin1", "--password-stdin", stdin=f"{PW}\n", folder=new_pc)
    assert ok.code == 0, ok.err
    assert "previous database" not in ok.out
    ctx = open_office(new_pc, clock)
    try:
        entries = audit.search(ctx, audit.AuditFilter())
        assert [e.action for e in entries[:2]] == ["restore", "login"] and entries[0].login == "admin1"
        assert audit.verify(ctx) == []
    finally:
        ctx.db.close()


def test_restore_over_a_damaged_database(office: Context, clock: FixedClock, run: Run) -> None:
    info = backups.make_backup(office.data_dir, clock)
    office.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    office.db.close()
    path = database_path(office.data_dir)
    data = bytearray(path.read_bytes())
    for at in range(4096 * 2, len(data) - 4096, 4096):
        data[at : at + 32] = b"\xff" * 32
    path.write_bytes(bytes(data))
    assert run("audit", "verify").code == 3  # the damaged database itself is refused
    ok = run("restore", str(info.path), "--user", "admin1", "--password-stdin", stdin=f"{PW}\n")
    assert ok.code == 0, ok.err
    assert "replaced-" in ok.out
    assert run("audit", "verify").code == 0


def test_selftest_cli(office: Context, run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ops import selftest

    result = run("selftest")
    assert result.code == 0, result.out
    assert "Database integrity" in result.out and "0 errors" in result.out
    import shutil

    from desktop.printing import fonts

    low = shutil._ntuple_diskusage(100, 90, 10)  # type: ignore[attr-defined]
    monkeypatch.setattr(selftest.shutil, "disk_usage", lambda _p: low)
    warned = run("selftest")
    assert warned.code == 0 and "WARNING  Free disk space" in warned.out
    monkeypatch.setattr(fonts, "font_path", lambda name: Path("/nonexistent") / name)
    failed = run("selftest")
    assert failed.code == 87
    assert "ERROR    Fonts" in failed.out and "BIZUDGothic-Regular.ttf" in failed.out
