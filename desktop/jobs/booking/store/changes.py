"""Changing a booking: cancel (the whole party or some of it), move to another time, edit the details.

Cancelling and moving follow the cancellation deadline (`policy.check_cancel`); moving also follows
the booking window of the new day. Staff override either with a reason, which is kept in the
history together with the old and new time. Nothing is ever deleted from the history.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date, time

from desktop.core.cases import normalize_reservation_number
from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.jobs.booking.domain import policy
from desktop.jobs.booking.domain.model import Booking
from desktop.jobs.booking.domain.slots import at_minutes
from desktop.jobs.booking.store.availability import day_plan, service_slots
from desktop.jobs.booking.store.bookings import (
    ENTITY,
    _check_slot,
    _hm,
    _load,
    _release_seats,
    _take_seats,
    add_history,
    check_not_past,
    clean_notes,
)
from desktop.jobs.booking.store.settings import load_settings
from desktop.store import audit
from desktop.store.cases import find_by_reservation
from desktop.store.context import Context
from desktop.store.db import write

_UNSET = object()


def _active(booking: Booking) -> None:
    if not booking.active:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "This booking was cancelled; make a new one."))


def cancel_booking(
    ctx: Context, booking_id: str, *, positions: Sequence[int] | None = None, reason: str = ""
) -> Booking:
    """Cancel the residents at `positions` (None: everyone still booked). Their seats are freed; the
    booking is cancelled as a whole when nobody is left on it."""
    settings = load_settings(ctx)
    text = policy.clean_reason(reason)
    with write(ctx.db):
        booking = _load(ctx, booking_id)
        _active(booking)
        wanted = set(positions) if positions is not None else {p.position for p in booking.people}
        targets = [p for p in booking.people if p.position in wanted and p.state == "booked"]
        if not targets:
            raise DomainError(
                QT_TRANSLATE_NOOP("Errors", "Nobody on this booking can be cancelled: they have checked in.")
            )
        override = policy.check_cancel(ctx.clock.today(), booking.day, settings, text)
        now = ctx.now_text()
        for p in targets:
            ctx.db.conn.execute(
                "UPDATE booking_people SET state = 'cancelled', updated_at = ?, device_id = ? WHERE id = ?",
                (now, ctx.device_id, p.id),
            )
        _release_seats(ctx, [p.id for p in targets])
        remaining = [p for p in booking.people if p not in targets and p.state != "cancelled"]
        whole = not remaining
        if whole:
            ctx.db.conn.execute(
                "UPDATE bookings SET state = 'cancelled', updated_at = ?, device_id = ? WHERE id = ?",
                (now, ctx.device_id, booking_id),
            )
        else:
            ctx.db.conn.execute(
                "UPDATE bookings SET party_size = ?, updated_at = ?, device_id = ? WHERE id = ?",
                (len(remaining), now, ctx.device_id, booking_id),
            )
        positions_done: list[int | None] = [None] if whole else [p.position for p in targets]
        for position in positions_done:
            add_history(ctx, booking_id, "cancelled", position=position,
                        from_at=(booking.day, booking.start), override=override, reason=text)  # fmt: skip
        detail = f"cancelled={len(targets)}" + (f" override={override}" if override else "")
        audit.record(ctx, "update", ENTITY, booking_id, detail)
    return _load(ctx, booking_id)


def reschedule_booking(ctx: Context, booking_id: str, day: date, start: time, *, reason: str = "") -> Booking:
    """Move a booking (everyone on it) to another time; the old time stays in the history."""
    settings = load_settings(ctx)
    text = policy.clean_reason(reason)
    with write(ctx.db):
        booking = _load(ctx, booking_id)
        _active(booking)
        live = booking.live_people()
        if any(p.state != "booked" for p in live):
            raise DomainError(
                QT_TRANSLATE_NOOP("Errors", "Someone on this booking has checked in or not come; it cannot move.")
            )
        if (day, start) == (booking.day, booking.start):
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose a different time to move the booking to."))
        today = ctx.clock.today()
        overrides = [policy.check_cancel(today, booking.day, settings, text),
                     policy.check_window(today, day, settings, text)]  # fmt: skip
        check_not_past(ctx, day, start)
        _release_seats(ctx, [p.id for p in live])
        resource, _length, k = service_slots(ctx, booking.service, settings)
        plan = day_plan(ctx, day, resource, settings)
        run = _check_slot(ctx, plan, start, k, len(live))
        now = ctx.now_text()
        for p in live:
            try:
                ctx.db.conn.execute(
                    "UPDATE booking_people SET day = ?, updated_at = ?, device_id = ? WHERE id = ?",
                    (day.isoformat(), now, ctx.device_id, p.id),
                )
            except sqlite3.IntegrityError:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Person {position} already has a booking for this service on {day}."
                    ),
                    position=p.position, day=day.isoformat(),
                ) from None  # fmt: skip
            _take_seats(ctx, p.id, plan, run)
        end = at_minutes(run[-1] + plan.slot_minutes)
        ctx.db.conn.execute(
            "UPDATE bookings SET day = ?, start_time = ?, end_time = ?, resource = ?, updated_at = ?, "
            "device_id = ? WHERE id = ?",
            (day.isoformat(), _hm(start), _hm(end), resource, now, ctx.device_id, booking_id),
        )
        override = ",".join(o for o in overrides if o)
        add_history(ctx, booking_id, "rescheduled", from_at=(booking.day, booking.start), to_at=(day, start),
                    override=override, reason=text)  # fmt: skip
        audit.record(ctx, "update", ENTITY, booking_id, "rescheduled" + (f" override={override}" if override else ""))
    return _load(ctx, booking_id)


def update_booking(
    ctx: Context, booking_id: str, *, notes: str | None = None, reservation_number: object = _UNSET
) -> Booking:
    """Change the notes and/or the 交付通知書 reservation number (None or '' removes it)."""
    with write(ctx.db):
        booking = _load(ctx, booking_id)
        _active(booking)
        changed: list[str] = []
        now = ctx.now_text()
        if notes is not None and clean_notes(notes) != booking.notes:
            ctx.db.conn.execute(
                "UPDATE bookings SET notes = ?, updated_at = ?, device_id = ? WHERE id = ?",
                (clean_notes(notes), now, ctx.device_id, booking_id),
            )
            changed.append("notes")
        if reservation_number is not _UNSET:
            raw = str(reservation_number or "").strip()
            resv = normalize_reservation_number(raw) if raw else None
            if resv != booking.reservation_number:
                case = find_by_reservation(ctx, resv) if resv else None
                ctx.db.conn.execute(
                    "UPDATE bookings SET reservation_number = ?, case_id = ?, updated_at = ?, device_id = ? "
                    "WHERE id = ?",
                    (resv, case.id if case else None, now, ctx.device_id, booking_id),
                )
                changed.append("reservation_number")
        if changed:
            add_history(ctx, booking_id, "edited")
            audit.record(ctx, "update", ENTITY, booking_id, ",".join(changed))
    return _load(ctx, booking_id)
