"""Migrations: numbered, atomic, fresh == migrated, newer refused, duplicates refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.store import migrate
from desktop.store.db import connect
from desktop.store.open import all_migrations


def schema(db_path: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(str(db_path))
    try:
        rows = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
        ).fetchall()
    finally:
        conn.close()
    return [(t, n, " ".join((s or "").split())) for t, n, s in rows]


def test_user_version_is_last_number(tmp_path: Path) -> None:
    migs = all_migrations()
    db = connect(tmp_path / "a.sqlite3")
    migrate.upgrade(db, migs)
    assert migrate.current_version(db) == migs[-1].number
    assert migrate.upgrade(db, migs) == []


def test_fresh_equals_stepwise_migrated(tmp_path: Path) -> None:
    migs = all_migrations()
    fresh = connect(tmp_path / "fresh.sqlite3")
    migrate.upgrade(fresh, migs)
    fresh.close()
    step = connect(tmp_path / "step.sqlite3")
    for m in migs:
        migrate.upgrade(step, migs, target=m.number, backup_dir=tmp_path / "aside")
        step.close()
        step = connect(tmp_path / "step.sqlite3")
    step.close()
    assert schema(tmp_path / "fresh.sqlite3") == schema(tmp_path / "step.sqlite3")
    if len(migs) > 1:
        assert list((tmp_path / "aside").iterdir()), "the file was copied aside before upgrading"


def test_newer_database_refused_untouched(tmp_path: Path) -> None:
    migs = all_migrations()
    db = connect(tmp_path / "n.sqlite3")
    migrate.upgrade(db, migs)
    db.conn.execute(f"PRAGMA user_version = {migs[-1].number + 1}")
    with pytest.raises(migrate.DatabaseTooNew):
        migrate.upgrade(db, migs)
    assert migrate.current_version(db) == migs[-1].number + 1


def test_failing_step_leaves_previous_version(tmp_path: Path) -> None:
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "0001_a.sql").write_text("CREATE TABLE a (x INTEGER);\n", encoding="utf-8")
    (folder / "0002_b.sql").write_text(
        "CREATE TABLE b (x INTEGER);\nINSERT INTO a VALUES (1);\nCREATE TABLE a (y INTEGER);\n",
        encoding="utf-8",
    )
    migs = migrate.discover([folder])
    db = connect(tmp_path / "f.sqlite3")
    with pytest.raises(migrate.MigrationError):
        migrate.upgrade(db, migs)
    assert migrate.current_version(db) == 1
    names = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "b" not in names
    assert db.conn.execute("SELECT COUNT(*) FROM a").fetchone()[0] == 0


def test_duplicate_number_refused(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    (one / "0007_x.sql").write_text("SELECT 1;", encoding="utf-8")
    (two / "0007_y.sql").write_text("SELECT 1;", encoding="utf-8")
    with pytest.raises(ValueError, match="duplicate migration number 0007"):
        migrate.discover([one, two])


def test_kernel_and_jobs_numbers_unique() -> None:
    numbers = [m.number for m in all_migrations()]
    assert len(numbers) == len(set(numbers))
