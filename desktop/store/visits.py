"""Visits and queue numbers (受付番号), and the office's service settings.

`check_in` numbers a group of residents consecutively inside one BEGIN IMMEDIATE transaction, so two
desks checking in at the same moment never share or interleave numbers; the unique indexes
(person+service+day, site+day+number) back the rules up. Each visit records a `checkin` event;
`mark_absent` records `no_show`. Every change is audited (entity "visit"); views are audited by the
screen that shows them.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from desktop.core.clock import business_date, parse_utc
from desktop.core.errors import Conflict, DomainError, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.ids import new_id
from desktop.core.services import SETTING_KEY, Service, unknown_service, validate_override, with_overrides
from desktop.core.visits import Visit, VisitState, check_visit_transition
from desktop.store import audit
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.events import record_event, site_of
from desktop.store.meta import get_setting, set_setting

_COLUMNS = (
    "id, person_id, service, business_date, site_id, number, state, group_id, booking_id, note, "
    "checked_in_at, started_at, finished_at, staff_id"
)


# --- services (settings key `services`) -------------------------------------------------------------


def configured_services(ctx: Context) -> dict[str, Service]:
    """The service catalogue with this office's durations and walk-in-only flags."""
    return with_overrides(get_setting(ctx, SETTING_KEY, {}))


def set_service_setting(
    ctx: Context, key: str, *, minutes: int | None = None, walk_in_only: bool | None = None
) -> None:
    """Override a service's duration and/or walk-in-only flag (None leaves that value as it is)."""
    validate_override(key, minutes, walk_in_only)
    with write(ctx.db):
        stored: dict[str, Any] = dict(get_setting(ctx, SETTING_KEY, {}) or {})
        entry = dict(stored.get(key) or {})
        if minutes is not None:
            entry["minutes"] = minutes
        if walk_in_only is not None:
            entry["walk_in_only"] = walk_in_only
        stored[key] = entry
        set_setting(ctx, SETTING_KEY, stored)
        audit.record(ctx, "settings", "settings", SETTING_KEY, key)


# --- visits ------------------------------------------------------------------------------------------


def _row_to_visit(row: tuple[Any, ...]) -> Visit:
    (id_, person, service, bdate, site, number, state, group, booking, note,
     checked_in, started, finished, staff) = row  # fmt: skip
    return Visit(
        id=str(id_),
        person_id=str(person),
        service=str(service),
        business_date=date.fromisoformat(str(bdate)),
        site_id=None if site is None else str(site),
        number=int(number),
        state=VisitState(str(state)),
        group_id=str(group),
        booking_id=None if booking is None else str(booking),
        note=str(note),
        checked_in_at=parse_utc(str(checked_in)),
        started_at=None if started is None else parse_utc(str(started)),
        finished_at=None if finished is None else parse_utc(str(finished)),
        staff_id=None if staff is None else str(staff),
    )


def get_visit(ctx: Context, visit_id: str) -> Visit:
    row = ctx.db.conn.execute(f"SELECT {_COLUMNS} FROM visits WHERE id = ?", (visit_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That visit does not exist."))
    return _row_to_visit(row)


def visits_on(ctx: Context, d: date, site_id: str | None = None) -> list[Visit]:
    """The day's visits in queue-number order; `site_id` None = every site."""
    sql = f"SELECT {_COLUMNS} FROM visits WHERE business_date = ?"
    params: list[object] = [d.isoformat()]
    if site_id is not None:
        sql += " AND site_id = ?"
        params.append(site_id)
    rows = ctx.db.conn.execute(sql + " ORDER BY coalesce(site_id, ''), number", params).fetchall()
    return [_row_to_visit(r) for r in rows]


def check_in(
    ctx: Context,
    person_ids: list[str],
    service: str,
    *,
    booking_id: str | None = None,
    note: str = "",
) -> list[Visit]:
    """Check in one person or a group (a family, a booking for N people) for a service today.

    Returns the visits with consecutive queue numbers in the order of `person_ids`. Refused as a
    whole when anyone already has a visit for this service today (no second ticket)."""
    services = configured_services(ctx)
    if service not in services:
        raise unknown_service(service)
    if booking_id is not None and services[service].walk_in_only:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "{service} is walk-in only and cannot come from a booking."),
            service=services[service].label,
        )
    if not person_ids:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose at least one person to check in."))
    if len(set(person_ids)) != len(person_ids):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The same person is listed twice; check in each once."))
    now = ctx.now_text()
    day = business_date(ctx.clock.now()).isoformat()
    group_id = new_id()
    ids: list[str] = []
    with write(ctx.db):
        site = site_of(ctx)
        for position, person_id in enumerate(person_ids, start=1):
            if ctx.db.conn.execute("SELECT 1 FROM people WHERE id = ?", (person_id,)).fetchone() is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "That person does not exist."))
            taken = ctx.db.conn.execute(
                "SELECT number FROM visits WHERE person_id = ? AND service = ? AND business_date = ?",
                (person_id, service, day),
            ).fetchone()
            if taken is not None:
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Person {position} already has queue number {number} for {service} today; "
                        "use that ticket instead of a new one.",
                    ),
                    position=position,
                    number=int(taken[0]),
                    service=services[service].label,
                )
        last = ctx.db.conn.execute(
            "SELECT coalesce(max(number), 0) FROM visits WHERE coalesce(site_id, '') = ? "
            "AND business_date = ?",
            (site or "", day),
        ).fetchone()[0]
        for offset, person_id in enumerate(person_ids, start=1):
            visit_id = new_id()
            try:
                ctx.db.conn.execute(
                    f"INSERT INTO visits({_COLUMNS}, created_at, updated_at, device_id) "
                    "VALUES (?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?, ?, NULL, NULL, NULL, ?, ?, ?)",
                    (visit_id, person_id, service, day, site, int(last) + offset, group_id, booking_id,
                     note, now, now, now, ctx.device_id),
                )  # fmt: skip
            except sqlite3.IntegrityError as exc:  # a writer that bypassed the lock: keep the rule
                raise Conflict(
                    QT_TRANSLATE_NOOP("Errors", "The queue changed while checking in; try again.")
                ) from exc
            record_event(ctx, "checkin", visit_id)
            audit.record(ctx, "create", "visit", visit_id, f"service={service}")
            ids.append(visit_id)
    return [get_visit(ctx, i) for i in ids]


def _move(ctx: Context, visit_id: str, to_state: VisitState) -> Visit:
    with write(ctx.db):
        visit = get_visit(ctx, visit_id)
        check_visit_transition(visit.state, to_state)
        now = ctx.now_text()
        sets = ["state = ?", "updated_at = ?", "device_id = ?"]
        params: list[object] = [to_state.value, now, ctx.device_id]
        if to_state is VisitState.SERVING:
            sets += ["started_at = ?", "staff_id = ?"]
            params += [now, ctx.actor.staff_id]
        elif to_state is VisitState.WAITING:
            sets.append("started_at = NULL")
        else:
            sets.append("finished_at = ?")
            params.append(now)
        ctx.db.conn.execute(f"UPDATE visits SET {', '.join(sets)} WHERE id = ?", (*params, visit_id))
        if to_state is VisitState.ABSENT:
            record_event(ctx, "no_show", visit_id)
        audit.record(ctx, "update", "visit", visit_id, f"state={to_state.value}")
    return get_visit(ctx, visit_id)


def start_serving(ctx: Context, visit_id: str) -> Visit:
    """Call the number: 待ち → 対応中 (by the acting staff member)."""
    return _move(ctx, visit_id, VisitState.SERVING)


def return_to_waiting(ctx: Context, visit_id: str) -> Visit:
    """Put a visit called by mistake back in the queue: 対応中 → 待ち."""
    return _move(ctx, visit_id, VisitState.WAITING)


def complete(ctx: Context, visit_id: str) -> Visit:
    """対応中 → 完了. Called by the job that served the visit (it records its own count)."""
    return _move(ctx, visit_id, VisitState.DONE)


def mark_absent(ctx: Context, visit_id: str) -> Visit:
    """Called but not there: → 不在, counted as `no_show`."""
    return _move(ctx, visit_id, VisitState.ABSENT)
