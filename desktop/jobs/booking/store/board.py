"""The day at the counter: today's board per resource, check-in, walk-ins, "call next", no-shows and
what the public call display shows.

- Check-in (受付) of a booking creates the kernel's visits — one per resident, consecutive queue
  numbers — through `desktop.store.visits.check_in` (which records the `checkin` events).
- A booked resident not checked in `no_show_grace_minutes` after the end of their slot is marked
  no-show by `mark_no_shows` and a `no_show` event is recorded on the booking's day (the event is
  stamped with the moment the grace time ran out, so a mark made later still counts on that day).
  A correction appends a `void` event (`correct_no_show`); a late arrival checks in and voids it too.
- A checked-in resident called but not there is marked absent on the visit (`mark_absent`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from desktop.core.clock import JST, FixedClock, to_local
from desktop.core.errors import DomainError, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.services import Service
from desktop.core.visits import Visit
from desktop.jobs.booking.domain import policy
from desktop.jobs.booking.domain.queue import (
    BoardRow,
    DisplayState,
    board_order,
    display_state,
    next_to_call,
    with_estimates,
)
from desktop.jobs.booking.domain.settings import RESOURCES
from desktop.jobs.booking.domain.slots import minutes
from desktop.jobs.booking.store.availability import capacity_on
from desktop.jobs.booking.store.bookings import ENTITY, _load, add_history
from desktop.jobs.booking.store.settings import load_settings
from desktop.store import audit
from desktop.store import visits as visit_store
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.events import record_event, site_of, void_event
from desktop.store.people import names_of


@dataclass
class Board:
    day: date
    now: datetime  # local (Japan) time the board was read
    rows: dict[str, list[BoardRow]]  # resource -> rows in board order
    capacity: dict[str, int]
    services: dict[str, Service]

    def all_rows(self) -> list[BoardRow]:
        return [r for rows in self.rows.values() for r in rows]

    def row_of_visit(self, visit_id: str) -> BoardRow | None:
        return next((r for r in self.all_rows() if r.visit_id == visit_id), None)


# --- no-shows -------------------------------------------------------------------------------------


def mark_no_shows(ctx: Context) -> int:
    """Mark every booked resident whose slot ended more than the grace time ago (today or earlier)."""
    settings = load_settings(ctx)
    now = ctx.clock.now()
    grace = timedelta(minutes=settings.no_show_grace_minutes)
    marked = 0
    with write(ctx.db):
        rows = ctx.db.conn.execute(
            "SELECT bp.id, bp.booking_id, bp.position, b.day, b.end_time FROM booking_people bp "
            "JOIN bookings b ON b.id = bp.booking_id WHERE bp.day <= ? AND bp.state = 'booked' "
            "AND bp.no_show_exempt = 0 AND b.state = 'active'",
            (to_local(now).date().isoformat(),),
        ).fetchall()
        for bp_id, booking_id, position, day, end in rows:
            due = datetime.combine(date.fromisoformat(day), time.fromisoformat(end), tzinfo=JST) + grace
            if due > now:
                continue
            at_due = replace(ctx, clock=FixedClock(due))  # the count belongs to the booking's day
            event_id = record_event(at_due, "no_show", str(bp_id))
            ctx.db.conn.execute(
                "UPDATE booking_people SET state = 'no_show', no_show_event_id = ?, updated_at = ?, "
                "device_id = ? WHERE id = ?",
                (event_id, ctx.now_text(), ctx.device_id, bp_id),
            )
            add_history(ctx, str(booking_id), "no_show", position=int(position))
            audit.record(ctx, "update", ENTITY, str(booking_id), f"no_show position={position}")
            marked += 1
    return marked


def _booking_person(ctx: Context, booking_person_id: str) -> tuple[str, int, str, str | None]:
    row = ctx.db.conn.execute(
        "SELECT booking_id, position, state, no_show_event_id FROM booking_people WHERE id = ?",
        (booking_person_id,),
    ).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This booking no longer exists."))
    return str(row[0]), int(row[1]), str(row[2]), row[3]


def correct_no_show(ctx: Context, booking_person_id: str, reason: str) -> None:
    """Take back a no-show (wrongly marked): a `void` event cancels the count, the resident is booked
    again and never marked automatically again. The reason is required and kept in the history."""
    text = policy.clean_reason(reason)
    if not text:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Give the reason for the correction."))
    with write(ctx.db):
        booking_id, position, state, event_id = _booking_person(ctx, booking_person_id)
        if state != "no_show" or event_id is None:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "This resident is not marked as a no-show."))
        void_event(ctx, str(event_id), text)
        ctx.db.conn.execute(
            "UPDATE booking_people SET state = 'booked', no_show_event_id = NULL, no_show_exempt = 1, "
            "updated_at = ?, device_id = ? WHERE id = ?",
            (ctx.now_text(), ctx.device_id, booking_person_id),
        )
        add_history(ctx, booking_id, "no_show_corrected", position=position, reason=text)
        audit.record(ctx, "update", ENTITY, booking_id, f"no_show corrected position={position}")


# --- check-in -------------------------------------------------------------------------------------


def check_in_booking(
    ctx: Context, booking_id: str, positions: Sequence[int] | None = None, *, note: str = ""
) -> list[Visit]:
    """受付: today's visits for the residents of a booking (all not yet checked in, or `positions`),
    with consecutive queue numbers. A resident marked no-show who arrives late is checked in and the
    no-show count is voided."""
    with write(ctx.db):
        booking = _load(ctx, booking_id)
        if not booking.active:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "This booking was cancelled; check in as a walk-in."))
        today = ctx.clock.today()
        if booking.day != today:
            raise DomainError(
                QT_TRANSLATE_NOOP("Errors", "This booking is for {day}. Check in on that day, or move it."),
                day=booking.day.isoformat(),
            )
        wanted = set(positions) if positions is not None else {p.position for p in booking.people}
        targets = [p for p in booking.people if p.position in wanted and p.state in ("booked", "no_show")]
        if not targets:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "Everyone on this booking has checked in already."))
        for p in targets:
            if p.state == "no_show" and p.no_show_event_id:
                void_event(ctx, p.no_show_event_id, "arrived late")
        visits = visit_store.check_in(ctx, [p.person_id for p in targets], booking.service,
                                      booking_id=booking.id, note=note)  # fmt: skip
        now = ctx.now_text()
        for p, visit in zip(targets, visits, strict=True):
            ctx.db.conn.execute(
                "UPDATE booking_people SET state = 'checked_in', visit_id = ?, no_show_event_id = NULL, "
                "updated_at = ?, device_id = ? WHERE id = ?",
                (visit.id, now, ctx.device_id, p.id),
            )
            add_history(ctx, booking.id, "checked_in", position=p.position)
        audit.record(ctx, "update", ENTITY, booking.id, f"checked_in={len(targets)}")
    return visits


def check_in_walk_in(ctx: Context, person_ids: Sequence[str], service: str, *, note: str = "") -> list[Visit]:
    """A resident (or family) without a booking: queued behind the booked residents."""
    return visit_store.check_in(ctx, list(person_ids), service, note=note)


# --- the board ------------------------------------------------------------------------------------


def load_board(ctx: Context, day: date | None = None, *, mark: bool = True, with_names: bool = True) -> Board:
    """Everything the board shows for `day` (default today); `mark` first marks due no-shows;
    `with_names` False leaves every name empty (the public call display)."""
    if mark:
        mark_no_shows(ctx)
    settings = load_settings(ctx)
    services = visit_store.configured_services(ctx)
    now = to_local(ctx.clock.now())
    day = day or now.date()
    visits = {v.id: v for v in visit_store.visits_on(ctx, day, site_of(ctx))}
    booked = ctx.db.conn.execute(
        "SELECT bp.id, bp.booking_id, bp.position, bp.person_id, bp.state, bp.visit_id, b.service, "
        "b.resource, b.start_time, b.end_time, b.party_size FROM booking_people bp "
        "JOIN bookings b ON b.id = bp.booking_id WHERE bp.day = ? AND bp.state <> 'cancelled' "
        "AND b.state = 'active'",
        (day.isoformat(),),
    ).fetchall()
    rows: list[BoardRow] = []
    seen_visits: set[str] = set()
    for bp_id, booking_id, position, person_id, state, visit_id, service, resource, start, end, party in booked:
        visit = visits.get(str(visit_id)) if visit_id else None
        if visit is not None:
            seen_visits.add(visit.id)
        rows.append(_row(str(person_id), str(service), str(resource), services, visit, str(state),
                         booking_id=str(booking_id), booking_person_id=str(bp_id), position=int(position),
                         party_size=int(party), slot_start=minutes(time.fromisoformat(start)),
                         slot_end=minutes(time.fromisoformat(end))))  # fmt: skip
    for visit in visits.values():
        if visit.id not in seen_visits:
            rows.append(_row(visit.person_id, visit.service, settings.resource_of(visit.service), services,
                             visit, "checked_in", booking_id=visit.booking_id))  # fmt: skip
    names = names_of(ctx, [r.person_id for r in rows]) if with_names else {}
    rows = [replace(r, name=names.get(r.person_id, "")) for r in rows]
    capacity = {res: capacity_on(ctx, res, day) for res in RESOURCES}
    by_resource: dict[str, list[BoardRow]] = {}
    for res in RESOURCES:
        mine = [r for r in rows if r.resource == res]
        by_resource[res] = board_order(with_estimates(mine, capacity[res], now))
    return Board(day, now, by_resource, capacity, services)


def _row(person_id: str, service: str, resource: str, services: dict[str, Service], visit: Visit | None,
         state: str, **extra: object) -> BoardRow:  # fmt: skip
    minutes_ = services[service].minutes if service in services else 30
    if visit is None:
        return BoardRow(resource, service, person_id, "", state, minutes_, **extra)  # type: ignore[arg-type]
    return BoardRow(
        resource, service, person_id, "", visit.state.value, minutes_, visit_id=visit.id, number=visit.number,
        checked_in_at=visit.checked_in_at, started_at=visit.started_at, staff_id=visit.staff_id,
        **extra,  # type: ignore[arg-type]
    )  # fmt: skip


def call_next(ctx: Context, resource: str) -> Visit | None:
    """Call the next resident of a resource's queue (待ち → 対応中 by the acting staff member); None
    when nobody is waiting. One transaction, so two desks never call the same number."""
    with write(ctx.db):
        board = load_board(ctx, mark=False)
        row = next_to_call(board.rows.get(resource, []), board.now)
        if row is None or row.visit_id is None:
            return None
        return visit_store.start_serving(ctx, row.visit_id)


def display(ctx: Context) -> DisplayState:
    """Today's call display: queue numbers being called and waiting (read only; never a name)."""
    board = load_board(ctx, mark=False, with_names=False)
    return display_state(board.all_rows(), board.now)
