"""Count events: the append-only log every countable act writes and every report reads.

`record_event` stamps the act with the local business date (Asia/Tokyo, from `ctx.clock` — an act at
08:45 JST belongs to that day even though it is the previous UTC date), the site, staff and device. An
act staff record after the day it happened (a batch posted yesterday, a delivery the post office's
tracking shows for last Friday) passes that day as `on=`: it counts there, in that day's month, while
`at` keeps the moment it was recorded. Never a future day; how far back a job allows is the job's rule.
Rows are immutable (triggers refuse UPDATE and DELETE); `void_event` appends a correction. Readers
net in Python with `desktop.core.counts.net` over the events of the range plus every void that
reaches them, so a void made on a later day still cancels the original day's count.

Supervisors review and correct one day's counts (集計 › Count corrections, `madoguchi counts`):
`day_entries` lists the day's counted acts with whether each still counts and why it was cancelled;
`correct_count` cancels one that still counts, with a required reason (through `void_event`, audited).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.core.clock import business_date, iso_utc, parse_utc
from desktop.core.counts import VOID_KEY, CountKind, Event, all_kinds, effective, net
from desktop.core.errors import Conflict, DomainError, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.ids import new_id
from desktop.core.people import reject_individual_number
from desktop.core.staff import Role
from desktop.security.permissions import require
from desktop.store import audit
from desktop.store import staff as staff_store
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
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A count is cancelled by a supervisor: use the Count corrections tab of the reports page, "
                "or the command 'madoguchi counts void'.",
            )
        )
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


# --- review and correction (supervisors) ---------------------------------------------------------

MAX_REASON = 200


@dataclass(frozen=True)
class CountEntry:
    """One counted act of a day as a supervisor reviews it. `counts` is the netted state; `cancel` is
    the void that cancels it (None while it counts, also when a cancel was itself cancelled)."""

    event: Event
    counts: bool
    staff_name: str  # '' when recorded by the system (or the staff row is gone)
    cancel: Event | None = None
    cancelled_by: str = ""  # display name of who cancelled it

    @property
    def reason(self) -> str:
        return "" if self.cancel is None else self.cancel.reason


def day_entries(ctx: Context, day: date, kind: str | None = None) -> list[CountEntry]:
    """The counted acts of business date `day` (one `kind`, or every kind), oldest first, each with its
    netted state and the staff member's name. Voids are not entries: they show on the entry they cancel.
    Supervisors only (NotAllowed)."""
    require(ctx.actor, Role.SUPERVISOR)
    events = events_between(ctx, day, day, None if kind is None else [kind])
    alive = {e.id for e in effective(events)}
    direct_void = {e.voids: e for e in events if e.kind == VOID_KEY and e.voids is not None}
    names = staff_store.display_names(ctx, {e.staff_id for e in events if e.staff_id is not None})
    out: list[CountEntry] = []
    for e in events:
        if e.kind == VOID_KEY:
            continue
        counts_now = e.id in alive
        cancel = None if counts_now else direct_void.get(e.id)
        out.append(
            CountEntry(
                event=e,
                counts=counts_now,
                staff_name=names.get(e.staff_id or "", ""),
                cancel=cancel,
                cancelled_by="" if cancel is None else names.get(cancel.staff_id or "", ""),
            )
        )
    return out


def clean_reason(reason: str) -> str:
    """The reason of a correction: required, one line, at most MAX_REASON characters, never a 個人番号."""
    text = " ".join(reason.split())
    reject_individual_number(text, "reason")
    if not text:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Say briefly why this count is cancelled."))
    if len(text) > MAX_REASON:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "The reason is too long: keep it under {max} characters."), max=MAX_REASON
        )
    return text


def correct_count(ctx: Context, event_id: str, reason: str) -> str:
    """Cancel a count that still counts (a supervisor's correction); returns the void's id. The reason is
    required. A correction itself, or an entry corrected before, is refused here."""
    require(ctx.actor, Role.SUPERVISOR)
    text = clean_reason(reason)
    with write(ctx.db):
        event = get_event(ctx, event_id)
        if event.kind == VOID_KEY:
            raise DomainError(
                QT_TRANSLATE_NOOP("Errors", "That entry is a correction, not a count: it cannot be cancelled here.")
            )
        corrected = ctx.db.conn.execute("SELECT 1 FROM events WHERE voids = ?", (event_id,)).fetchone()
        if corrected is not None:
            day = events_between(ctx, event.business_date, event.business_date, [event.kind])
            if all(e.id != event_id for e in effective(day)):
                raise Conflict(QT_TRANSLATE_NOOP("Errors", "That count was already cancelled."))
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "Errors", "That count was cancelled and restored before: it cannot be cancelled again here."
                )
            )
        return void_event(ctx, event_id, text)
