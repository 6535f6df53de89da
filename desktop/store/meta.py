"""The meta table and plain/dated settings."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlite_utils import Database

from desktop.core.ids import new_id
from desktop.store.context import Context
from desktop.store.db import write


def get_meta(db: Database, key: str) -> str | None:
    row = db.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def set_meta(db: Database, key: str, value: str) -> None:
    db.conn.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def get_setting(ctx: Context, key: str, default: Any = None) -> Any:
    row = ctx.db.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return default if row is None else json.loads(row[0])


def set_setting(ctx: Context, key: str, value: Any) -> None:
    ctx.db.conn.execute(
        "INSERT INTO settings(key, value, updated_at, device_id) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
        "device_id = excluded.device_id",
        (key, json.dumps(value, ensure_ascii=False), ctx.now_text(), ctx.device_id),
    )


def set_dated(ctx: Context, key: str, valid_from: date, value: Any) -> None:
    now = ctx.now_text()
    with write(ctx.db):
        ctx.db.conn.execute(
            "INSERT INTO dated_settings(id, key, valid_from, value, created_at, updated_at, device_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key, valid_from) DO UPDATE SET "
            "value = excluded.value, updated_at = excluded.updated_at, device_id = excluded.device_id",
            (new_id(), key, valid_from.isoformat(), json.dumps(value, ensure_ascii=False), now, now,
             ctx.device_id),
        )


def get_dated(ctx: Context, key: str, on: date, default: Any = None) -> Any:
    """The value in force on a date: the latest row with valid_from <= on."""
    row = ctx.db.conn.execute(
        "SELECT value FROM dated_settings WHERE key = ? AND valid_from <= ? "
        "ORDER BY valid_from DESC LIMIT 1",
        (key, on.isoformat()),
    ).fetchone()
    return default if row is None else json.loads(row[0])


def dated_history(ctx: Context, key: str) -> list[tuple[date, Any]]:
    rows = ctx.db.conn.execute(
        "SELECT valid_from, value FROM dated_settings WHERE key = ? ORDER BY valid_from", (key,)
    ).fetchall()
    return [(date.fromisoformat(r[0]), json.loads(r[1])) for r in rows]
