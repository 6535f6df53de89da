"""Pop-up venue sessions (出張申請) in the database: the venue is a kernel site of kind 'venue', the session
a kernel calendar session (kind 'extra', source 'assist') at that site, and this job's row (same id)
holds the venue type, staff and tablets. Counts per venue and per type come from the netted
`popup_assist` events, whose `venue_session_id` is the session's id.

Sessions are planned on the office PC; every id is a UUIDv7 and every row carries its device, so the
records of a laptop taken to the venue can be merged later.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from typing import Any

from desktop.core.counts import effective
from desktop.core.errors import Conflict, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.office import parse_hm
from desktop.core.staff import Role
from desktop.jobs.assist.domain.venues import (
    PopupFigures,
    VenueSession,
    VenueSessionDraft,
    VenueType,
    check_session,
)
from desktop.security.permissions import require
from desktop.store import audit
from desktop.store import calendar as cal_store
from desktop.store import office as office_store
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.events import events_between

SOURCE = "assist"
ENTITY = "venue_session"
_COLS = (
    "v.id, v.site_id, s.name, s.address, v.venue_type, v.day, c.start_time, c.end_time, v.staff_ids, "
    "v.tablets, v.note"
)
_FROM = (
    "FROM assist_venue_sessions v JOIN sites s ON s.id = v.site_id "
    "JOIN calendar_sessions c ON c.id = v.id"
)


def _row(r: Any, assisted: int = 0) -> VenueSession:
    return VenueSession(
        id=str(r[0]), site_id=str(r[1]), name=str(r[2]), address=str(r[3]), venue_type=VenueType(str(r[4])),
        day=date.fromisoformat(str(r[5])), start=parse_hm(str(r[6])), end=parse_hm(str(r[7])),
        staff_ids=tuple(json.loads(str(r[8]))), tablets=tuple(json.loads(str(r[9]))), note=str(r[10]),
        assisted=assisted,
    )  # fmt: skip


def _assisted(ctx: Context, session_ids: list[str], start: date, end: date) -> dict[str, int]:
    if not session_ids:
        return {}
    wanted = set(session_ids)
    out: dict[str, int] = defaultdict(int)
    for e in effective(events_between(ctx, start, end, ["popup_assist"])):
        if e.venue_session_id in wanted:
            out[e.venue_session_id] += 1
    return dict(out)


def get_venue_session(ctx: Context, session_id: str) -> VenueSession:
    row = ctx.db.conn.execute(f"SELECT {_COLS} {_FROM} WHERE v.id = ?", (session_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That pop-up session does not exist."))
    session = _row(row)
    return _row(row, _assisted(ctx, [session.id], session.day, session.day).get(session.id, 0))


def venue_sessions(ctx: Context, start: date, end: date) -> list[VenueSession]:
    """Sessions from start to end inclusive, by date and time, with the applications finished there."""
    rows = ctx.db.conn.execute(
        f"SELECT {_COLS} {_FROM} WHERE v.day BETWEEN ? AND ? ORDER BY v.day, c.start_time, s.name",
        (start.isoformat(), end.isoformat()),
    ).fetchall()
    sessions = [_row(r) for r in rows]
    counts = _assisted(ctx, [s.id for s in sessions], start, end)
    return [_row(r, counts.get(str(r[0]), 0)) for r in rows]


def add_venue_session(ctx: Context, draft: VenueSessionDraft) -> VenueSession:
    """Plan a session (supervisors): the venue (created when new), the calendar session, the details."""
    require(ctx.actor, Role.SUPERVISOR)
    profile = office_store.load_profile(ctx)
    tablets = [t.number for t in profile.tablets] if profile is not None else []
    clean = check_session(draft, tablets)
    now = ctx.now_text()
    with write(ctx.db):
        if clean.site_id is None:
            existing = next((s for s in office_store.list_sites(ctx, include_inactive=True)
                             if s.kind == "venue" and s.name == clean.name), None)  # fmt: skip
            site = existing or office_store.add_venue(ctx, clean.name, clean.address)
            if existing is not None and not existing.active:
                office_store.set_site_active(ctx, existing.id, True)
        else:
            site = office_store.get_site(ctx, clean.site_id)
            if site.kind != "venue":
                raise Conflict(QT_TRANSLATE_NOOP("Errors", "Choose a pop-up venue, not the office."))
        for staff_id in clean.staff_ids:
            if ctx.db.conn.execute("SELECT 1 FROM staff WHERE id = ?", (staff_id,)).fetchone() is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "That staff member does not exist."))
        session = cal_store.add_session(ctx, clean.day, "extra", clean.start, clean.end, site_id=site.id,
                                        label=site.name, source=SOURCE)  # fmt: skip
        ctx.db.conn.execute(
            "INSERT INTO assist_venue_sessions(id, site_id, day, venue_type, staff_ids, tablets, note, "
            "created_at, updated_at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (session.id, site.id, clean.day.isoformat(), clean.venue_type.value, json.dumps(list(clean.staff_ids)),
             json.dumps(list(clean.tablets)), clean.note, now, now, ctx.device_id),
        )  # fmt: skip
        audit.record(ctx, "create", ENTITY, session.id, f"type={clean.venue_type.value}")
    return get_venue_session(ctx, session.id)


def remove_venue_session(ctx: Context, session_id: str) -> None:
    """Cancel a planned session (supervisors); refused once an application was recorded under it."""
    require(ctx.actor, Role.SUPERVISOR)
    with write(ctx.db):
        get_venue_session(ctx, session_id)
        used = ctx.db.conn.execute(
            "SELECT 1 FROM assist_records WHERE venue_session_id = ? LIMIT 1", (session_id,)
        ).fetchone()
        if used is not None:
            raise Conflict(QT_TRANSLATE_NOOP(
                "Errors", "Applications were recorded at this session: it cannot be removed."))  # fmt: skip
        ctx.db.conn.execute("DELETE FROM assist_venue_sessions WHERE id = ?", (session_id,))
        cal_store.remove_session(ctx, session_id)
        audit.record(ctx, "delete", ENTITY, session_id)


def popup_figures(ctx: Context, start: date, end: date) -> PopupFigures:
    """Pop-up applications (netted `popup_assist` events) of start..end per venue and per venue type."""
    rows = ctx.db.conn.execute(
        f"SELECT v.id, s.name, v.venue_type {_FROM} WHERE v.day BETWEEN ? AND ?",
        (start.isoformat(), end.isoformat()),
    ).fetchall()
    known = {str(r[0]): (str(r[1]), VenueType(str(r[2]))) for r in rows}
    by_venue: dict[str, int] = defaultdict(int)
    by_type: dict[VenueType, int] = defaultdict(int)
    for e in effective(events_between(ctx, start, end, ["popup_assist"])):
        name, kind = known.get(e.venue_session_id or "", ("", VenueType.OTHER))
        if not name and e.venue_session_id is not None:
            other = get_or_none(ctx, e.venue_session_id)
            if other is not None:
                name, kind = other.name, other.venue_type
        by_venue[name] += 1
        by_type[kind] += 1
    return PopupFigures(dict(by_venue), dict(by_type), len(rows))


def get_or_none(ctx: Context, session_id: str) -> VenueSession | None:
    try:
        return get_venue_session(ctx, session_id)
    except NotFound:
        return None
