"""Bookings: the booking window, the cancellation deadline, capacity boundaries per resource, families,
cancel / move history, reservation numbers and the audit trail. Today is Tue 2026-11-24 10:00 JST."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, time

import pytest

from desktop.core.errors import DomainError
from desktop.core.people import IndividualNumberRefused
from desktop.jobs.booking.domain.model import DayClosed, SlotFull
from desktop.jobs.booking.domain.policy import NeedsOverride
from desktop.jobs.booking.domain.settings import BookingSettings
from desktop.jobs.booking.store import availability, changes
from desktop.jobs.booking.store.bookings import create_booking, get_booking, history
from desktop.jobs.booking.store.settings import save_settings, set_capacity
from desktop.store.cases import open_case
from desktop.store.context import Context

TOMORROW = date(2026, 11, 25)
R = Callable[..., str]


def seats(ctx: Context, resource: str, key: str) -> int:
    return int(ctx.db.conn.execute(
        "SELECT COUNT(*) FROM booking_slots WHERE resource = ? AND slot_start = ?", (resource, key)).fetchone()[0])  # fmt: skip


# --- the booking window ---------------------------------------------------------------------------


def test_bookings_open_45_days_ahead_and_close_the_day_before(office: Context, resident: R) -> None:
    create_booking(office, "handover", TOMORROW, time(9), [resident()])
    create_booking(office, "handover", date(2027, 1, 8), time(9), [resident()])  # today + 45 (a Friday)
    with pytest.raises(NeedsOverride) as late:
        create_booking(office, "handover", date(2027, 1, 11), time(9), [resident()])
    assert late.value.rule == "window" and "2026-11-27" in str(late.value)
    with pytest.raises(NeedsOverride) as same_day:
        create_booking(office, "handover", date(2026, 11, 24), time(15), [resident()])
    assert same_day.value.rule == "window"
    with pytest.raises(DomainError):
        create_booking(office, "handover", date(2026, 11, 20), time(9), [resident()], override_reason="x")


def test_staff_override_the_window_with_a_reason_kept_in_the_history(office: Context, resident: R) -> None:
    booking = create_booking(office, "handover", date(2026, 11, 24), time(15), [resident()],
                             override_reason="窓口で当日受付")  # fmt: skip
    (entry,) = history(office, booking.id)
    assert (entry.action, entry.override, entry.reason) == ("booked", "window", "窓口で当日受付")
    with pytest.raises(DomainError):  # a slot already past today is never offered
        create_booking(office, "handover", date(2026, 11, 24), time(9), [resident()], override_reason="x")
    assert availability.free_slots(office, "handover", date(2026, 11, 24))[0].start >= time(10)


def test_reasons_and_notes_never_hold_an_individual_number(office: Context, resident: R) -> None:
    with pytest.raises(IndividualNumberRefused):
        create_booking(office, "handover", TOMORROW, time(9), [resident()], notes="番号 1234 5678 9012")
    with pytest.raises(IndividualNumberRefused):
        create_booking(office, "handover", date(2026, 11, 24), time(15), [resident()],
                       override_reason="123456789012")  # fmt: skip


# --- capacity per resource ------------------------------------------------------------------------


def test_terminals_take_as_many_as_are_on_duty(office: Context, resident: R) -> None:
    for _ in range(3):
        create_booking(office, "handover", TOMORROW, time(9), [resident()])
    with pytest.raises(SlotFull):
        create_booking(office, "handover", TOMORROW, time(9), [resident()])
    with pytest.raises(SlotFull):  # renewal uses the same terminals
        create_booking(office, "cert_renewal", TOMORROW, time(9), [resident()])
    create_booking(office, "assist", TOMORROW, time(9), [resident()])  # desks are another resource
    assert seats(office, "terminal", "2026-11-25T09:00") == 3


def test_desks_follow_their_dated_capacity(office: Context, resident: R) -> None:
    set_capacity(office, "desk", date(2026, 11, 26), 1)
    for _ in range(2):
        create_booking(office, "assist", TOMORROW, time(9), [resident()])
    with pytest.raises(SlotFull):
        create_booking(office, "assist", TOMORROW, time(9), [resident()])
    create_booking(office, "assist", date(2026, 11, 26), time(9), [resident()])
    with pytest.raises(SlotFull):
        create_booking(office, "assist", date(2026, 11, 26), time(9), [resident()])
    assert availability.capacity_on(office, "desk", TOMORROW) == 2


def test_a_family_needs_a_seat_each(office: Context, resident: R) -> None:
    create_booking(office, "handover", TOMORROW, time(10), [resident(), resident()])
    with pytest.raises(SlotFull):
        create_booking(office, "handover", TOMORROW, time(10), [resident(), resident()])
    create_booking(office, "handover", TOMORROW, time(10), [resident()])  # the last seat
    assert availability.next_free_slot(office, "handover", 2, from_day=TOMORROW, after=time(10)) is not None
    with pytest.raises(DomainError):
        create_booking(office, "handover", TOMORROW, time(11), [resident(), resident(), resident()])


def test_a_long_service_holds_consecutive_slots(office: Context, resident: R) -> None:
    save_settings(office, BookingSettings(slot_minutes={"terminal": 15, "desk": 15}))
    booking = create_booking(office, "handover", TOMORROW, time(16, 30), [resident()])
    assert (booking.start, booking.end) == (time(16, 30), time(17))
    assert seats(office, "terminal", "2026-11-25T16:30") == 1 and seats(office, "terminal", "2026-11-25T16:45") == 1
    with pytest.raises(DayClosed):  # 17:00–17:30 runs past closing (17:15)
        create_booking(office, "handover", TOMORROW, time(17), [resident()])


def test_the_slot_length_cannot_change_under_future_bookings(office: Context, resident: R) -> None:
    create_booking(office, "handover", TOMORROW, time(9), [resident()])
    with pytest.raises(DomainError):
        save_settings(office, BookingSettings(slot_minutes={"terminal": 15, "desk": 15}))
    save_settings(office, BookingSettings(slot_minutes={"terminal": 30, "desk": 20}))


def test_closed_days_and_walk_in_only_services_are_refused(office: Context, resident: R) -> None:
    with pytest.raises(DayClosed):
        create_booking(office, "handover", date(2026, 11, 28), time(10), [resident()])  # a Saturday
    with pytest.raises(DayClosed):
        create_booking(office, "handover", date(2026, 12, 29), time(10), [resident()], override_reason="x")
    with pytest.raises(DomainError, match="walk-in"):
        create_booking(office, "pin_reset", TOMORROW, time(10), [resident()])


def test_the_database_refuses_a_second_holder_of_a_seat(office: Context, resident: R) -> None:
    booking = create_booking(office, "handover", TOMORROW, time(9), [resident()])
    with pytest.raises(sqlite3.IntegrityError):
        office.db.conn.execute(
            "INSERT INTO booking_slots(id, booking_person_id, resource, slot_start, seat, created_at, "
            "updated_at, device_id) VALUES ('x', ?, 'terminal', '2026-11-25T09:00', 0, '', '', '')",
            (booking.people[0].id,),
        )


def test_next_free_slot_skips_full_and_closed_times(office: Context, resident: R) -> None:
    assert availability.next_free_slot(office, "handover").start == time(8, 30)  # type: ignore[union-attr]
    for _ in range(3):
        create_booking(office, "handover", TOMORROW, time(8, 30), [resident()])
    found = availability.next_free_slot(office, "handover")
    assert found is not None and (found.day, found.start, found.free) == (TOMORROW, time(9), 3)


# --- cancel and move ------------------------------------------------------------------------------


def test_cancel_until_two_days_before_then_only_with_a_reason(office: Context, resident: R) -> None:
    early = create_booking(office, "handover", date(2026, 11, 26), time(9), [resident()])
    late = create_booking(office, "handover", TOMORROW, time(9), [resident()])
    assert not changes.cancel_booking(office, early.id).active
    with pytest.raises(NeedsOverride) as refused:
        changes.cancel_booking(office, late.id)
    assert refused.value.rule == "cancel_deadline"
    changes.cancel_booking(office, late.id, reason="本人より電話（入院）")
    entry = history(office, late.id)[-1]
    assert (entry.action, entry.override, entry.reason) == ("cancelled", "cancel_deadline", "本人より電話（入院）")
    assert seats(office, "terminal", "2026-11-25T09:00") == 0


def test_cancelling_one_of_a_family_keeps_the_other(office: Context, resident: R) -> None:
    booking = create_booking(office, "handover", date(2026, 12, 1), time(9), [resident(), resident()])
    after = changes.cancel_booking(office, booking.id, positions=[2])
    assert after.active and after.party_size == 1
    assert [p.state for p in after.people] == ["booked", "cancelled"]
    assert seats(office, "terminal", "2026-12-01T09:00") == 1


def test_moving_keeps_the_history_and_frees_the_old_seats(office: Context, resident: R) -> None:
    booking = create_booking(office, "handover", date(2026, 12, 1), time(9), [resident(), resident()])
    moved = changes.reschedule_booking(office, booking.id, date(2026, 12, 2), time(14))
    assert (moved.day, moved.start) == (date(2026, 12, 2), time(14))
    entry = history(office, booking.id)[-1]
    assert (entry.from_day, entry.from_start, entry.to_day, entry.to_start) == (
        date(2026, 12, 1), time(9), date(2026, 12, 2), time(14))  # fmt: skip
    assert seats(office, "terminal", "2026-12-01T09:00") == 0
    assert seats(office, "terminal", "2026-12-02T14:00") == 2


def test_a_move_into_a_full_slot_changes_nothing(office: Context, resident: R) -> None:
    booking = create_booking(office, "handover", date(2026, 12, 1), time(9), [resident()])
    for _ in range(3):
        create_booking(office, "handover", date(2026, 12, 2), time(9), [resident()])
    with pytest.raises(SlotFull):
        changes.reschedule_booking(office, booking.id, date(2026, 12, 2), time(9))
    assert get_booking(office, booking.id).day == date(2026, 12, 1)
    assert seats(office, "terminal", "2026-12-01T09:00") == 1
    assert [e.action for e in history(office, booking.id)] == ["booked"]


def test_one_live_booking_per_resident_service_and_day(office: Context, resident: R) -> None:
    person = resident()
    create_booking(office, "handover", TOMORROW, time(9), [person])
    with pytest.raises(DomainError, match="already has a booking"):
        create_booking(office, "handover", TOMORROW, time(14), [person])
    create_booking(office, "assist", TOMORROW, time(14), [person])


# --- details, reservation numbers, audit ----------------------------------------------------------


def test_reservation_number_links_the_card_case(office: Context, resident: R) -> None:
    person = resident()
    case = open_case(office, person, owner="assist", reservation_number="ABC123456")
    booking = create_booking(office, "handover", TOMORROW, time(9), [person], reservation_number="abc-123456")
    assert (booking.reservation_number, booking.case_id) == ("ABC123456", case.id)
    with pytest.raises(DomainError):
        changes.update_booking(office, booking.id, reservation_number="AB12345")
    edited = changes.update_booking(office, booking.id, reservation_number="", notes="車椅子")
    assert (edited.reservation_number, edited.case_id, edited.notes) == (None, None, "車椅子")
    assert history(office, booking.id)[-1].action == "edited"


def test_every_change_and_view_is_audited_without_personal_data(office: Context, resident: R) -> None:
    booking = create_booking(office, "handover", date(2026, 12, 1), time(9), [resident("𠮷田 一")])
    get_booking(office, booking.id)
    changes.reschedule_booking(office, booking.id, date(2026, 12, 2), time(9))
    changes.cancel_booking(office, booking.id, reason="都合")
    rows = office.db.conn.execute(
        "SELECT action, detail FROM audit_log WHERE entity = 'booking' AND entity_id = ? ORDER BY seq",
        (booking.id,),
    ).fetchall()
    assert [r[0] for r in rows] == ["create", "view", "update", "update"]
    assert not any("𠮷田" in r[1] or "都合" in r[1] for r in rows)
