"""Count events: the append-only log every countable act writes and every report reads.

`record_event` stamps the act with the local business date (Asia/Tokyo, from `ctx.clock` — an act at
08:45 JST belongs to that day even though it is the previous UTC date), the site, staff and device. An
act staff record after the day it happened (a batch posted yesterday, a delivery the post office's
tracking shows for last Friday) passes that day as `on=`: it counts there, in that day's month, while
`at` keeps the moment it was recorded. Never a future day; how far back a job allows is the job's rule.
Rows are immutable (triggers refuse UPDATE and DELETE); `void_event` appends a correction. Readers
net in Python with `desktop.core.counts.net` over the events of the range plus every void that
reaches them, so a void made on a later day still cancels the original day's count.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date, timedelta

from desktop.core.clock import business_date, iso_utc, parse_utc
from desktop.core.counts import VOID_KEY, CountKind, Event, all_kinds, net
from desktop.core.errors import Conflict, DomainError, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.ids import new_id
from desktop.store import audit
from desktop.store.context import Context
from desktop.store.db import write

_COLUMNS = (
    "id, kind, business_date, at, site_id, venue_session_id, staff_id, device_id, record_id, value, "
    "voids, reason"
)


def site_of(ctx: Context) -> str | None:
    """The site work is recorded at: the context's site, else the office row of `sites`, else None."""
    if ctx.site_id is not None:
        return ctx.site_id
    row = ctx.db.conn.execute(
        "SELECT id FROM sites WHERE kind = 'office' ORDER BY active DESC, created_at, id LIMIT 1"
    ).fetchone()
    return None if row is None else str(row[0])


def known_kinds() -> list[CountKind]:
    """Kernel kinds plus the kinds the installed jobs register."""
    from desktop.jobs.registry import jobs

    extra = [kind for job in jobs() for kind in job.count_kinds]
    return all_kinds(extra)


def _row_to_event(row: sqlite3.Row | tuple[object, ...]) -> Event:
    (id_, kind, bdate, at, site_id, venue, staff, device, record, value, voids, reason) = row
    return Event(
        id=str(id_),
        kind=str(kind),
        business_date=date.fromisoformat(str(bdate)),
        at=parse_utc(str(at)),
        site_id=None if site_id is None else str(site_id),
        venue_session_id=None if venue is None else str(venue),
        staff_id=None if staff is None else str(staff),
        device_id=str(device),
        record_id=None if record is None else str(record),
        value=None if value is None else int(str(value)),
        voids=None if voids is None else str(voids),
        reason=str(reason),
    )


def _insert(
    ctx: Context,
    kind: str,
    record_id: str | None,
    *,
    value: int | None,
    venue_session_id: str | None,
    voids: str | None = None,
    reason: str = "",
    on: date | None = None,
) -> str:
    now = ctx.clock.now()
    event_id = new_id()
    ctx.db.conn.execute(
        f"INSERT INTO events({_COLUMNS}, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            event_id, kind, (on or business_date(now)).isoformat(), iso_utc(now), site_of(ctx), venue_session_id,
            ctx.actor.staff_id, ctx.device_id, record_id, value, voids, reason, iso_utc(now),
        ),
    )  # fmt: skip
    return event_id


def record_event(
    ctx: Context,
    kind: str,
    record_id: str | None,
    *,
    value: int | None = None,
    venue_session_id: str | None = None,
    on: date | None = None,
) -> str:
    """Append one countable act of `kind` about `record_id` (done today, or on the earlier day `on`);
    returns the event id."""
    if kind == VOID_KEY:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Use the correction command to cancel a count."))
    if kind not in {k.key for k in known_kinds()}:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Unknown count kind {kind}."), kind=kind)
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "A count value must be a whole number."))
    if on is not None and on > business_date(ctx.clock.now()):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The date cannot be in the future. Check the date."))
    return _insert(ctx, kind, record_id, value=value, venue_session_id=venue_session_id, on=on)


def void_event(ctx: Context, event_id: str, reason: str) -> str:
    """Cancel an event (or restore one by voiding its void). An event can be voided only once."""
    with write(ctx.db):
        row = ctx.db.conn.execute(
            "SELECT record_id, venue_session_id FROM events WHERE id = ?", (event_id,)
        ).fetchone()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That count entry does not exist."))
        taken = ctx.db.conn.execute("SELECT 1 FROM events WHERE voids = ?", (event_id,)).fetchone()
        if taken is not None:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "Errors", "That count entry was already cancelled. Cancel the correction instead."
                )
            )
        void_id = _insert(
            ctx, VOID_KEY, row[0], value=None, venue_session_id=row[1], voids=event_id,
            reason=reason.strip(),
        )  # fmt: skip
        audit.record(ctx, "update", "event", event_id, "void")
    return void_id


def get_event(ctx: Context, event_id: str) -> Event:
    row = ctx.db.conn.execute(f"SELECT {_COLUMNS} FROM events WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That count entry does not exist."))
    return _row_to_event(row)


def events_for(ctx: Context, record_id: str) -> list[Event]:
    """Every event about one record (and the voids of those events), oldest first."""
    rows = ctx.db.conn.execute(
        f"WITH RECURSIVE chain(id) AS (SELECT id FROM events WHERE record_id = ? "
        f"UNION SELECT e.id FROM events e JOIN chain c ON e.voids = c.id) "
        f"SELECT {_COLUMNS} FROM events WHERE id IN (SELECT id FROM chain) ORDER BY at, id",
        (record_id,),
    ).fetchall()
    return [_row_to_event(r) for r in rows]


def events_between(
    ctx: Context,
    start: date,
    end: date,
    kinds: Iterable[str] | None = None,
    site_id: str | None = None,
) -> list[Event]:
    """Non-void events with start <= business date <= end (filters optional), plus the chain of voids
    that reaches them whatever day those were made."""
    where = ["business_date BETWEEN ? AND ?", "kind <> 'void'"]
    params: list[object] = [start.isoformat(), end.isoformat()]
    if kinds is not None:
        keys = sorted(set(kinds))
        where.append(f"kind IN ({', '.join('?' for _ in keys)})")
        params.extend(keys)
    if site_id is not None:
        where.append("site_id = ?")
        params.append(site_id)
    rows = ctx.db.conn.execute(
        f"WITH RECURSIVE chain(id) AS (SELECT id FROM events WHERE {' AND '.join(where)} "
        f"UNION SELECT e.id FROM events e JOIN chain c ON e.voids = c.id) "
        f"SELECT {_COLUMNS} FROM events WHERE id IN (SELECT id FROM chain) ORDER BY at, id",
        params,
    ).fetchall()
    return [_row_to_event(r) for r in rows]


def counts(
    ctx: Context,
    start: date,
    end: date,
    kinds: Iterable[str] | None = None,
    site_id: str | None = None,
) -> dict[tuple[str, date], int]:
    """Netted counts per (kind, business date) for start..end inclusive; absent keys mean 0.
    `site_id` None = every site."""
    return net(events_between(ctx, start, end, kinds, site_id))


def daily_totals(ctx: Context, kind: str, start: date, end: date) -> dict[date, int]:
    """Netted count of one kind for EVERY day start..end inclusive (0 on days without any)."""
    netted = counts(ctx, start, end, [kind])
    out: dict[date, int] = {}
    day = start
    while day <= end:
        out[day] = netted.get((kind, day), 0)
        day += timedelta(days=1)
    return out
