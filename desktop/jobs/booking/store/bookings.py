"""Bookings in the database: make, move, cancel, edit, open (audited) and read the history.

Every change runs in ONE transaction (BEGIN IMMEDIATE): the seat rows of `booking_slots` are taken
with the lowest free seat number below the day's capacity, and the unique index (resource, slot
start, seat) refuses a second holder of the same seat, so a slot is never over-booked even when two
desks or two processes book its last seat at the same moment (the loser gets `SlotFull`).
Audit: "create" / "update" / "view" on entity "booking" (detail: service, party size, channel,
overrides — never a name or a reason text).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date, time
from typing import Any

from desktop.core.cases import normalize_reservation_number
from desktop.core.clock import parse_utc, to_local
from desktop.core.errors import DomainError, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.ids import new_id
from desktop.core.people import Person, reject_individual_number
from desktop.jobs.booking.domain import policy
from desktop.jobs.booking.domain.model import (
    MAX_NOTES,
    Booking,
    BookingPerson,
    DayClosed,
    HistoryEntry,
    SlotFull,
)
from desktop.jobs.booking.domain.settings import BookingSettings
from desktop.jobs.booking.domain.slots import DayPlan, at_minutes, minutes, run_of, slot_key, starts_for
from desktop.jobs.booking.store.availability import day_plan, service_slots
from desktop.jobs.booking.store.settings import load_settings
from desktop.store import audit
from desktop.store import calendar as cal_store
from desktop.store.cases import find_by_reservation
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.people import add_person, update_person
from desktop.store.visits import configured_services

ENTITY = "booking"
_COLS = ("id, service, resource, day, start_time, end_time, party_size, person_id, reservation_number, "
         "case_id, notes, channel, external_id, state, created_at")  # fmt: skip


def _hm(t: time) -> str:
    return t.strftime("%H:%M")


# --- reading --------------------------------------------------------------------------------------


def _load(ctx: Context, booking_id: str) -> Booking:
    row = ctx.db.conn.execute(f"SELECT {_COLS} FROM bookings WHERE id = ?", (booking_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This booking no longer exists."))
    people = tuple(
        BookingPerson(str(r[0]), int(r[1]), str(r[2]), str(r[3]), r[4], r[5])
        for r in ctx.db.conn.execute(
            "SELECT id, position, person_id, state, visit_id, no_show_event_id FROM booking_people "
            "WHERE booking_id = ? ORDER BY position",
            (booking_id,),
        )
    )
    return Booking(
        id=str(row[0]), service=str(row[1]), resource=str(row[2]), day=date.fromisoformat(row[3]),
        start=time.fromisoformat(row[4]), end=time.fromisoformat(row[5]), party_size=int(row[6]),
        person_id=str(row[7]), reservation_number=row[8], case_id=row[9], notes=str(row[10]),
        channel=str(row[11]), external_id=row[12], state=str(row[13]), created_at=parse_utc(str(row[14])),
        people=people,
    )  # fmt: skip


def peek_booking(ctx: Context, booking_id: str) -> Booking:
    """A booking for the rules of another operation (not shown to anyone: not audited)."""
    return _load(ctx, booking_id)


def get_booking(ctx: Context, booking_id: str) -> Booking:
    """Open a booking to show it (audited "view")."""
    with write(ctx.db):
        booking = _load(ctx, booking_id)
        audit.record(ctx, "view", ENTITY, booking_id)
    return booking


def history(ctx: Context, booking_id: str) -> list[HistoryEntry]:
    rows = ctx.db.conn.execute(
        "SELECT action, at, staff_id, position, from_day, from_start, to_day, to_start, override, reason "
        "FROM booking_history WHERE booking_id = ? ORDER BY at, id",
        (booking_id,),
    ).fetchall()
    return [
        HistoryEntry(
            str(r[0]), parse_utc(str(r[1])), r[2], r[3],
            date.fromisoformat(r[4]) if r[4] else None, time.fromisoformat(r[5]) if r[5] else None,
            date.fromisoformat(r[6]) if r[6] else None, time.fromisoformat(r[7]) if r[7] else None,
            str(r[8]), str(r[9]),
        )  # fmt: skip
        for r in rows
    ]


def add_history(
    ctx: Context, booking_id: str, action: str, *, position: int | None = None,
    from_at: tuple[date, time] | None = None, to_at: tuple[date, time] | None = None,
    override: str = "", reason: str = "",
) -> None:  # fmt: skip
    now = ctx.now_text()
    ctx.db.conn.execute(
        "INSERT INTO booking_history(id, booking_id, action, position, from_day, from_start, to_day, "
        "to_start, override, reason, staff_id, at, created_at, updated_at, device_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (new_id(), booking_id, action, position,
         from_at[0].isoformat() if from_at else None, _hm(from_at[1]) if from_at else None,
         to_at[0].isoformat() if to_at else None, _hm(to_at[1]) if to_at else None,
         override, reason, ctx.actor.staff_id, now, now, now, ctx.device_id),
    )  # fmt: skip


# --- seats ----------------------------------------------------------------------------------------


def _check_slot(ctx: Context, plan: DayPlan, start: time, k: int, party: int) -> list[int]:
    """The slot starts the booking holds; DayClosed / SlotFull when it cannot."""
    if not plan.grid:
        info = cal_store.day_info(ctx, plan.day)
        raise DayClosed(
            QT_TRANSLATE_NOOP("Errors", "The office takes no bookings on {day} ({reason}). Choose another day."),
            day=plan.day.isoformat(), reason=info.reason or info.holiday or "-",
        )  # fmt: skip
    if minutes(start) not in starts_for(plan.grid, plan.slot_minutes, k):
        raise DayClosed(
            QT_TRANSLATE_NOOP("Errors", "{time} on {day} is not a bookable time. Choose one of the free slots."),
            time=_hm(start), day=plan.day.isoformat(),
        )  # fmt: skip
    run = run_of(minutes(start), k, plan.slot_minutes)
    if any(plan.used.get(m, 0) + party > plan.capacity for m in run):
        raise SlotFull(
            QT_TRANSLATE_NOOP(
                "Errors", "The slot at {time} on {day} is full. Choose another time, or use Next free slot."
            ),
            time=_hm(start), day=plan.day.isoformat(),
        )  # fmt: skip
    return run


def check_not_past(ctx: Context, day: date, start: time) -> None:
    now = to_local(ctx.clock.now())
    if day == now.date() and minutes(start) < now.hour * 60 + now.minute:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "{time} today has already passed. Choose a later time."), time=_hm(start)
        )


def _take_seats(ctx: Context, booking_person_id: str, plan: DayPlan, run: list[int]) -> None:
    now = ctx.now_text()
    for m in run:
        key = slot_key(plan.day, m)
        taken = {
            int(r[0])
            for r in ctx.db.conn.execute(
                "SELECT seat FROM booking_slots WHERE resource = ? AND slot_start = ?", (plan.resource, key)
            )
        }
        seat = next((s for s in range(plan.capacity) if s not in taken), None)
        if seat is None:
            raise SlotFull(
                QT_TRANSLATE_NOOP("Errors", "The slot at {time} on {day} is full. Choose another time."),
                time=_hm(at_minutes(m)), day=plan.day.isoformat(),
            )  # fmt: skip
        try:
            ctx.db.conn.execute(
                "INSERT INTO booking_slots(id, booking_person_id, resource, slot_start, seat, created_at, "
                "updated_at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (new_id(), booking_person_id, plan.resource, key, seat, now, now, ctx.device_id),
            )
        except sqlite3.IntegrityError as exc:  # another writer took the seat: the index keeps the rule
            raise SlotFull(
                QT_TRANSLATE_NOOP("Errors", "The slot at {time} on {day} was just taken. Choose another time."),
                time=_hm(at_minutes(m)), day=plan.day.isoformat(),
            ) from exc  # fmt: skip


def _release_seats(ctx: Context, booking_person_ids: Sequence[str]) -> None:
    for bp in booking_person_ids:
        ctx.db.conn.execute("DELETE FROM booking_slots WHERE booking_person_id = ?", (bp,))


# --- making a booking -----------------------------------------------------------------------------


def clean_notes(notes: str) -> str:
    text = notes.strip()
    reject_individual_number(text, "notes")
    if len(text) > MAX_NOTES:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Keep the notes under {max} characters."), max=MAX_NOTES)
    return text


def _bookable_service(ctx: Context, service: str) -> None:
    services = configured_services(ctx)
    if service not in services:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Unknown service {service}."), service=service)
    if services[service].walk_in_only:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "{service} is walk-in only: it cannot be booked."),
            service=services[service].label,
        )


def _party(person_ids: Sequence[str], settings: BookingSettings) -> None:
    if not person_ids:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "A booking needs at least one person."))
    if len(set(person_ids)) != len(person_ids):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The same person is listed twice in the booking."))
    if len(person_ids) > settings.max_party:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "A booking covers at most {max} people. Make a second booking."),
            max=settings.max_party,
        )


def _insert_people(ctx: Context, booking_id: str, service: str, day: date, person_ids: Sequence[str],
                   plan: DayPlan, run: list[int]) -> None:  # fmt: skip
    now = ctx.now_text()
    for position, person_id in enumerate(person_ids, start=1):
        if ctx.db.conn.execute("SELECT 1 FROM people WHERE id = ?", (person_id,)).fetchone() is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That person does not exist."))
        bp_id = new_id()
        try:
            ctx.db.conn.execute(
                "INSERT INTO booking_people(id, booking_id, position, person_id, service, day, state, "
                "created_at, updated_at, device_id) VALUES (?, ?, ?, ?, ?, ?, 'booked', ?, ?, ?)",
                (bp_id, booking_id, position, person_id, service, day.isoformat(), now, now, ctx.device_id),
            )
        except sqlite3.IntegrityError:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Person {position} already has a booking for this service on {day}. Open that booking "
                    "instead.",
                ),
                position=position, day=day.isoformat(),
            ) from None  # fmt: skip
        _take_seats(ctx, bp_id, plan, run)


def create_booking(
    ctx: Context,
    service: str,
    day: date,
    start: time,
    person_ids: Sequence[str],
    *,
    reservation_number: str | None = None,
    notes: str = "",
    channel: str = "phone",
    override_reason: str = "",
    external_id: str | None = None,
) -> Booking:
    """Book `service` at `day` `start` for the people (the booker first). Imports bypass the booking
    window (not the calendar, nor capacity); staff bypass it with `override_reason`."""
    settings = load_settings(ctx)
    imported = channel == "import"
    _bookable_service(ctx, service)
    _party(person_ids, settings)
    reason = policy.clean_reason(override_reason)
    notes = clean_notes(notes)
    resv = normalize_reservation_number(reservation_number) if reservation_number else None
    booking_id = new_id()
    with write(ctx.db):
        today = ctx.clock.today()
        override = "" if imported else policy.check_window(today, day, settings, reason)
        if imported and day < today:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "That day has passed. Choose a day from today on."))
        check_not_past(ctx, day, start)
        resource, _length, k = service_slots(ctx, service, settings)
        plan = day_plan(ctx, day, resource, settings)
        run = _check_slot(ctx, plan, start, k, len(person_ids))
        case = find_by_reservation(ctx, resv) if resv else None
        end = at_minutes(run[-1] + plan.slot_minutes)
        now = ctx.now_text()
        ctx.db.conn.execute(
            f"INSERT INTO bookings({_COLS}, created_by, updated_at, device_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?)",
            (booking_id, service, resource, day.isoformat(), _hm(start), _hm(end), len(person_ids),
             person_ids[0], resv, case.id if case else None, notes, channel, external_id, now,
             ctx.actor.staff_id, now, ctx.device_id),
        )  # fmt: skip
        _insert_people(ctx, booking_id, service, day, person_ids, plan, run)
        add_history(ctx, booking_id, "imported" if imported else "booked", to_at=(day, start),
                    override=override, reason=reason if override else "")  # fmt: skip
        detail = f"service={service} party={len(person_ids)} channel={channel}"
        audit.record(ctx, "create", ENTITY, booking_id, detail + (f" override={override}" if override else ""))
    return _load(ctx, booking_id)


def book_residents(
    ctx: Context, people: Sequence[Person], service: str, day: date, start: time, **options: Any
) -> Booking:
    """Store new residents (id None) or their edits, then book them — all in one transaction, so a
    refused booking leaves no half-entered resident behind. `options` are create_booking's."""
    with write(ctx.db):
        ids: list[str] = []
        for person in people:
            stored = add_person(ctx, person) if person.id is None else update_person(ctx, person)
            assert stored.id is not None
            ids.append(stored.id)
        return create_booking(ctx, service, day, start, ids, **options)
