"""The office calendar in the database: overrides, sessions, the year-end setting, and day lookups.

`day_info` / `days` read the profile's hours, the year-end days, the overrides and the sessions and
hand them to the pure rules of `desktop.core.calendar`. A site_id of None means the main office:
its sessions are stored with site_id NULL (or the office site's id). A venue has no weekday hours
and no overrides: it is open only on days with a session there. Changes are audited as "settings".
"""

from __future__ import annotations

import sqlite3
from datetime import date, time
from typing import Any

from desktop.core import calendar as cal
from desktop.core.calendar import SESSION_KINDS, DayInfo, Override, Session, SessionKind, YearEnd
from desktop.core.errors import Conflict, DomainError, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.ids import new_id
from desktop.core.office import Hours, default_hours, parse_hm
from desktop.store.audit import record
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.meta import get_setting, set_setting
from desktop.store.office import get_site, load_profile

YEAR_END_KEY = "calendar.year_end"

_SESSION_COLS = "id, day, kind, start_time, end_time, site_id, label, source"


# --- year-end days ----------------------------------------------------------------------------------


def year_end(ctx: Context) -> YearEnd:
    data = get_setting(ctx, YEAR_END_KEY)
    return YearEnd() if data is None else YearEnd.from_json(data)


def set_year_end(ctx: Context, value: YearEnd) -> None:
    with write(ctx.db):
        set_setting(ctx, YEAR_END_KEY, value.to_json())
        record(ctx, "settings", "calendar", None, "year_end")


# --- overrides --------------------------------------------------------------------------------------


def set_override(ctx: Context, d: date, open: bool, reason: str = "") -> None:
    """Force a date open or closed (replacing an earlier override of that date)."""
    now = ctx.now_text()
    with write(ctx.db):
        ctx.db.conn.execute(
            "INSERT INTO calendar_overrides(id, day, open, reason, created_at, updated_at, device_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(day) DO UPDATE SET open = excluded.open, "
            "reason = excluded.reason, updated_at = excluded.updated_at, device_id = excluded.device_id",
            (new_id(), d.isoformat(), int(open), reason.strip(), now, now, ctx.device_id),
        )
        record(ctx, "settings", "calendar_override", d.isoformat(), "open" if open else "closed")


def clear_override(ctx: Context, d: date) -> None:
    with write(ctx.db):
        cur = ctx.db.conn.execute("DELETE FROM calendar_overrides WHERE day = ?", (d.isoformat(),))
        if cur.rowcount:
            record(ctx, "settings", "calendar_override", d.isoformat(), "cleared")


def overrides(ctx: Context, start: date | None = None, end: date | None = None) -> list[Override]:
    """Overrides between two dates inclusive (all when no bounds), by date."""
    rows = ctx.db.conn.execute(
        "SELECT day, open, reason FROM calendar_overrides WHERE day >= ? AND day <= ? ORDER BY day",
        (
            (start or date.min).isoformat(),
            (end or date.max).isoformat(),
        ),
    ).fetchall()
    return [Override(date.fromisoformat(r[0]), bool(r[1]), str(r[2])) for r in rows]


# --- sessions ---------------------------------------------------------------------------------------


def _hm(t: time) -> str:
    return t.strftime("%H:%M")


def _session(row: Any) -> Session:
    kind: SessionKind = row[2]
    return Session(
        id=str(row[0]),
        day=date.fromisoformat(row[1]),
        kind=kind,
        start=parse_hm(row[3]),
        end=parse_hm(row[4]),
        site_id=None if row[5] is None else str(row[5]),
        label=str(row[6]),
        source=str(row[7]),
    )


def add_session(
    ctx: Context,
    d: date,
    kind: SessionKind,
    start: time,
    end: time,
    *,
    site_id: str | None = None,
    label: str = "",
    source: str = "",
) -> Session:
    """Store an opening session (or a one-off 'closure') of a date; site None = the main office."""
    if kind not in SESSION_KINDS:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Unknown session kind {kind}."), kind=kind)
    cal.check_session_times(start, end)
    if site_id is not None:
        get_site(ctx, site_id)
    now = ctx.now_text()
    session_id = new_id()
    try:
        with write(ctx.db):
            ctx.db.conn.execute(
                "INSERT INTO calendar_sessions(id, day, kind, start_time, end_time, site_id, label, "
                "source, created_at, updated_at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (session_id, d.isoformat(), kind, _hm(start), _hm(end), site_id, label.strip(), source,
                 now, now, ctx.device_id),
            )  # fmt: skip
            record(ctx, "settings", "calendar_session", session_id, f"added {kind} {d.isoformat()}")
    except sqlite3.IntegrityError:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "This session already exists on {day}."), day=d.isoformat()
        ) from None
    return Session(session_id, d, kind, start, end, site_id, label.strip(), source)


def remove_session(ctx: Context, session_id: str) -> None:
    with write(ctx.db):
        cur = ctx.db.conn.execute("DELETE FROM calendar_sessions WHERE id = ?", (session_id,))
        if not cur.rowcount:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This session no longer exists."))
        record(ctx, "settings", "calendar_session", session_id, "removed")


def sessions(
    ctx: Context,
    start: date,
    end: date,
    *,
    site_id: str | None = None,
    all_sites: bool = False,
    source: str | None = None,
) -> list[Session]:
    """Sessions between two dates inclusive at one site (None = the main office), or at every site."""
    sql = f"SELECT {_SESSION_COLS} FROM calendar_sessions WHERE day >= ? AND day <= ?"
    args: list[Any] = [start.isoformat(), end.isoformat()]
    if not all_sites:
        sql += " AND " + _site_clause(ctx, site_id, args)
    if source is not None:
        sql += " AND source = ?"
        args.append(source)
    rows = ctx.db.conn.execute(sql + " ORDER BY day, start_time, kind", args).fetchall()
    return [_session(r) for r in rows]


def _site_clause(ctx: Context, site_id: str | None, args: list[Any]) -> str:
    office = ctx.db.conn.execute("SELECT id FROM sites WHERE kind = 'office'").fetchone()
    office_id = None if office is None else str(office[0])
    if site_id is None or site_id == office_id:
        if office_id is None:
            return "site_id IS NULL"
        args.append(office_id)
        return "(site_id IS NULL OR site_id = ?)"
    args.append(site_id)
    return "site_id = ?"


# --- the calendar -----------------------------------------------------------------------------------


def _is_office(ctx: Context, site_id: str | None) -> bool:
    return site_id is None or get_site(ctx, site_id).kind == "office"


def _hours(ctx: Context, site_id: str | None) -> dict[int, Hours | None]:
    if not _is_office(ctx, site_id):
        return {}
    profile = load_profile(ctx)
    return default_hours() if profile is None else profile.hours


def days(ctx: Context, start: date, end: date, *, site_id: str | None = None) -> list[DayInfo]:
    """The calendar's verdict for every date from start to end inclusive, at a site (None = office)."""
    office = _is_office(ctx, site_id)
    return cal.days(
        start,
        end,
        hours=_hours(ctx, site_id),
        year_end=year_end(ctx),
        overrides={o.day: o for o in overrides(ctx, start, end)} if office else {},
        sessions=sessions(ctx, start, end, site_id=site_id),
    )


def day_info(ctx: Context, d: date, *, site_id: str | None = None) -> DayInfo:
    return days(ctx, d, d, site_id=site_id)[0]


def is_open(ctx: Context, d: date, *, site_id: str | None = None) -> bool:
    return day_info(ctx, d, site_id=site_id).open
