"""Helpers of the reports tests: record events at a JST moment, and recount the stored events
independently (raw rows from the database file, netting written here from scratch, not the app's)."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import date, datetime, time

from desktop.core.clock import JST, FixedClock
from desktop.platform.paths import database_path
from desktop.store.context import Context
from desktop.store.events import record_event, void_event


def at(clock: FixedClock, day: date, hour: int = 10, minute: int = 0) -> None:
    clock.set(datetime.combine(day, time(hour, minute), tzinfo=JST))


def record(ctx: Context, clock: FixedClock, kind: str, day: date, *, hour: int = 10, minute: int = 0,
           n: int = 1, site_id: str | None = None, value: int | None = None) -> list[str]:
    """`n` events of `kind` at `day` `hour`:`minute` JST (at `site_id` when given)."""
    at(clock, day, hour, minute)
    actx = ctx.at_site(site_id) if site_id is not None else ctx
    return [record_event(actx, kind, None, value=value) for _ in range(n)]


def void(ctx: Context, clock: FixedClock, event_id: str, day: date, hour: int = 16) -> str:
    at(clock, day, hour)
    return void_event(ctx, event_id, "test correction")


def raw_events(ctx: Context) -> list[tuple[str, str, str, str | None, int | None, str | None]]:
    """(id, kind, business_date, site_id, value, voids) of every stored event, read on a connection of
    its own."""
    conn = sqlite3.connect(f"file:{database_path(ctx.data_dir)}?mode=ro", uri=True)
    try:
        return list(conn.execute("SELECT id, kind, business_date, site_id, value, voids FROM events"))
    finally:
        conn.close()


def recount(ctx: Context) -> dict[tuple[str, date], int]:
    """Netted counts per (kind, day): an event counts unless a void that itself still stands names it."""
    rows = raw_events(ctx)
    voiders: dict[str, list[str]] = defaultdict(list)
    for id_, kind, _d, _s, _v, voids in rows:
        if kind == "void" and voids:
            voiders[voids].append(id_)

    def stands(event_id: str) -> bool:
        return not any(stands(v) for v in voiders.get(event_id, []))

    out: dict[tuple[str, date], int] = defaultdict(int)
    for id_, kind, d, _s, _v, _voids in rows:
        if kind != "void" and stands(id_):
            out[(kind, date.fromisoformat(d))] += 1
    return dict(out)


def total(counts: dict[tuple[str, date], int], kinds: tuple[str, ...] | list[str], start: date,
          end: date) -> int:
    return sum(n for (k, d), n in counts.items() if k in kinds and start <= d <= end)
