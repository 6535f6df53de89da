"""The day at the counter: check-in creates kernel visits (a family gets consecutive numbers), walk-ins
queue behind booked residents, call next, no-shows marked after the grace time with a set clock and
corrected with a void event, and the call display's numbers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

import pytest

from desktop.core.clock import JST, FixedClock
from desktop.core.errors import DomainError
from desktop.jobs.booking.store import board
from desktop.jobs.booking.store.bookings import create_booking, history, peek_booking
from desktop.store.context import Context
from desktop.store.events import counts, events_for
from desktop.store.visits import mark_absent

DAY = date(2026, 11, 25)
R = Callable[..., str]


def at(clock: FixedClock, h: int, m: int = 0, day: date = DAY) -> None:
    clock.set(datetime(day.year, day.month, day.day, h, m, tzinfo=JST))


def test_a_family_checks_in_as_two_consecutive_numbers(office: Context, clock: FixedClock, resident: R) -> None:
    walk_in_person = resident()
    family = create_booking(office, "handover", DAY, time(9), [resident(), resident()])
    at(clock, 8, 40)
    (walk_in,) = board.check_in_walk_in(office, [walk_in_person], "pin_reset")
    visits = board.check_in_booking(office, family.id)
    assert [v.number for v in visits] == [2, 3] and walk_in.number == 1
    assert {v.booking_id for v in visits} == {family.id}
    assert counts(office, DAY, DAY, ["checkin"]) == {("checkin", DAY): 3}
    assert [p.state for p in peek_booking(office, family.id).people] == ["checked_in", "checked_in"]
    with pytest.raises(DomainError):
        board.check_in_booking(office, family.id)


def test_walk_ins_are_called_after_booked_residents(office: Context, clock: FixedClock, resident: R) -> None:
    booked = create_booking(office, "handover", DAY, time(9), [resident()])
    at(clock, 8, 55)
    (walk_in,) = board.check_in_walk_in(office, [resident()], "handover")
    (mine,) = board.check_in_booking(office, booked.id)
    rows = {r.visit_id: r for r in board.load_board(office).rows["terminal"]}
    assert rows[mine.id].queue_position == 1 and rows[walk_in.id].queue_position == 2
    called = board.call_next(office, "terminal")
    assert called is not None and called.id == mine.id and called.state.value == "serving"
    called = board.call_next(office, "terminal")
    assert called is not None and called.id == walk_in.id
    assert board.call_next(office, "terminal") is None


def test_no_show_after_the_grace_time(office: Context, clock: FixedClock, resident: R) -> None:
    booking = create_booking(office, "handover", DAY, time(9), [resident()])
    at(clock, 9, 44)  # the slot ended at 9:30; grace 15 minutes
    assert board.mark_no_shows(office) == 0
    at(clock, 9, 45)
    assert board.mark_no_shows(office) == 1
    assert board.mark_no_shows(office) == 0
    (person,) = peek_booking(office, booking.id).people
    assert person.state == "no_show"
    assert counts(office, DAY, DAY, ["no_show"]) == {("no_show", DAY): 1}
    statuses = [r.status for r in board.load_board(office).rows["terminal"]]
    assert statuses == ["no_show"]


def test_a_no_show_marked_the_next_morning_counts_on_its_own_day(
    office: Context, clock: FixedClock, resident: R
) -> None:
    create_booking(office, "assist", DAY, time(16, 30), [resident()])
    at(clock, 8, 30, date(2026, 11, 26))
    assert board.mark_no_shows(office) == 1
    assert counts(office, DAY, date(2026, 11, 26), ["no_show"]) == {("no_show", DAY): 1}


def test_a_correction_voids_the_count_and_is_not_undone(office: Context, clock: FixedClock, resident: R) -> None:
    booking = create_booking(office, "handover", DAY, time(9), [resident()])
    at(clock, 10)
    board.mark_no_shows(office)
    (person,) = peek_booking(office, booking.id).people
    with pytest.raises(DomainError):
        board.correct_no_show(office, person.id, "")
    board.correct_no_show(office, person.id, "来庁済み（窓口で確認）")
    assert counts(office, DAY, DAY, ["no_show"]) == {}
    kinds = [e.kind for e in events_for(office, person.id)]
    assert kinds == ["no_show", "void"]
    at(clock, 11)
    assert board.mark_no_shows(office) == 0
    assert history(office, booking.id)[-1].action == "no_show_corrected"


def test_a_late_arrival_checks_in_and_voids_the_no_show(office: Context, clock: FixedClock, resident: R) -> None:
    booking = create_booking(office, "handover", DAY, time(9), [resident()])
    at(clock, 10)
    board.mark_no_shows(office)
    (visit,) = board.check_in_booking(office, booking.id)
    assert visit.number == 1
    assert counts(office, DAY, DAY, ["no_show", "checkin"]) == {("checkin", DAY): 1}


def test_called_but_not_there_is_absent_on_the_visit(office: Context, clock: FixedClock, resident: R) -> None:
    booking = create_booking(office, "handover", DAY, time(9), [resident()])
    at(clock, 9)
    (visit,) = board.check_in_booking(office, booking.id)
    board.call_next(office, "terminal")
    mark_absent(office, visit.id)
    (row,) = board.load_board(office).rows["terminal"]
    assert row.status == "absent"


def test_check_in_only_on_the_booking_day(office: Context, resident: R) -> None:
    booking = create_booking(office, "handover", DAY, time(9), [resident()])
    with pytest.raises(DomainError, match="2026-11-25"):
        board.check_in_booking(office, booking.id)


def test_the_display_lists_numbers_called_and_waiting(office: Context, clock: FixedClock, resident: R) -> None:
    booking = create_booking(office, "handover", DAY, time(9), [resident("山田 太郎"), resident("山田 花子")])
    at(clock, 9)
    board.check_in_booking(office, booking.id)
    board.call_next(office, "terminal")
    state = board.display(office)
    assert (state.calling, state.waiting) == ((1,), (2,))
    assert all(r.name == "" for r in board.load_board(office, mark=False, with_names=False).all_rows())
