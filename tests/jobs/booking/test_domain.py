"""Pure rules: windows and slot grids, free starts, settings, the queue order and estimated waits."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from desktop.core.calendar import DayInfo, Session
from desktop.core.clock import JST
from desktop.core.errors import DomainError
from desktop.jobs.booking.domain.policy import NeedsOverride, check_cancel, check_window
from desktop.jobs.booking.domain.queue import BoardRow, display_state, next_to_call, with_estimates
from desktop.jobs.booking.domain.settings import BookingSettings
from desktop.jobs.booking.domain.slots import free_starts, grid, merge, open_windows, slots_needed, starts_for

D = date(2026, 11, 24)


def hm(h: int, m: int = 0) -> int:
    return h * 60 + m


def test_windows_merge_the_evening_desk_into_the_day() -> None:
    evening = Session("s", D, "extra", time(17, 15), time(19))
    info = DayInfo(D, True, "", [evening])
    assert open_windows(info, (time(8, 30), time(17, 15))) == [(time(8, 30), time(19))]
    assert open_windows(DayInfo(D, False, "x", [evening]), (time(8, 30), time(17, 15))) == []
    assert merge([(time(9), time(12)), (time(13), time(15))]) == [(time(9), time(12)), (time(13), time(15))]


def test_grid_is_anchored_at_midnight_and_stops_at_the_last_handover_time() -> None:
    windows = [(time(8, 30), time(19, 45))]
    g30 = grid(windows, 30, time(19, 30))
    assert g30[0] == hm(8, 30) and g30[-1] == hm(19)
    g20 = grid(windows, 20)
    assert g20[0] == hm(8, 40)  # 8:20 would start before the window opens
    assert all(m % 20 == 0 for m in g20)


def test_a_run_never_jumps_a_lunch_gap() -> None:
    g = grid([(time(9), time(12)), (time(13), time(15))], 30)
    assert hm(11, 30) not in starts_for(g, 30, 2)
    assert hm(11) in starts_for(g, 30, 2)
    assert slots_needed(30, 15) == 2 and slots_needed(20, 15) == 2 and slots_needed(15, 15) == 1


def test_free_starts_need_room_for_the_whole_party_in_every_slot() -> None:
    g = [hm(9), hm(9, 15), hm(9, 30)]
    used = {hm(9, 15): 2}
    assert free_starts(g, 15, 2, used, 3, 1) == [hm(9), hm(9, 15)]
    assert free_starts(g, 15, 2, used, 3, 2) == []
    assert free_starts(g, 15, 1, used, 3, 2, not_before=hm(9, 10)) == [hm(9, 30)]


def test_settings_round_trip_and_refuse_nonsense() -> None:
    s = BookingSettings(open_days_ahead=31, cancel_days_before=3, slot_minutes={"terminal": 20, "desk": 15})
    assert BookingSettings.from_json(s.to_json()) == s
    assert BookingSettings.from_json({"open_days_ahead": "x", "slot_minutes": {"terminal": 17}}) == BookingSettings()
    with pytest.raises(DomainError):
        BookingSettings(max_party=0).ensure_valid()
    with pytest.raises(DomainError):
        BookingSettings(slot_minutes={"terminal": 25, "desk": 15}).ensure_valid()
    assert BookingSettings().resource_of("assist") == "desk"


def test_window_and_deadline_boundaries() -> None:
    s = BookingSettings()
    assert check_window(D, date(2026, 11, 25), s) == ""
    assert check_window(D, date(2027, 1, 8), s) == ""
    with pytest.raises(NeedsOverride):
        check_window(D, date(2027, 1, 9), s)
    assert check_window(D, date(2027, 1, 9), s, "理由") == "window"
    assert check_cancel(D, date(2026, 11, 26), s) == ""
    with pytest.raises(NeedsOverride):
        check_cancel(D, date(2026, 11, 25), s)
    with pytest.raises(DomainError):
        check_cancel(D, date(2026, 11, 23), s, "理由")


def row(number: int, status: str = "waiting", slot: int | None = None, minutes: int = 30,
        started: datetime | None = None) -> BoardRow:  # fmt: skip
    return BoardRow("terminal", "handover", f"p{number}", f"名前{number}", status, minutes,
                    booking_id=f"b{number}" if slot is not None else None, slot_start=slot,
                    visit_id=f"v{number}", number=number, started_at=started)  # fmt: skip


def test_walk_ins_wait_behind_booked_residents_whose_slot_has_come() -> None:
    now = datetime(2026, 11, 24, 10, 0, tzinfo=JST)
    walk_in = row(1)
    booked_now = row(2, slot=hm(10))
    early = row(3, slot=hm(11))
    assert next_to_call([walk_in, booked_now, early], now) == booked_now
    rows = with_estimates([walk_in, booked_now, early], 1, now)
    order = {r.number: r.queue_position for r in rows}
    assert order == {2: 1, 1: 2, 3: 3}
    waits = {r.number: r.wait for r in rows}
    assert waits == {2: 0, 1: 30, 3: 60}


def test_waits_count_the_units_on_duty_and_who_is_being_served() -> None:
    now = datetime(2026, 11, 24, 10, 0, tzinfo=JST)
    serving = row(1, "serving", started=datetime(2026, 11, 24, 9, 50, tzinfo=JST))
    rows = with_estimates([serving, row(2), row(3), row(4)], 2, now)
    waits = {r.number: r.wait for r in rows if r.status == "waiting"}
    assert waits == {2: 0, 3: 20, 4: 30}


def test_the_display_shows_numbers_only() -> None:
    now = datetime(2026, 11, 24, 10, 0, tzinfo=JST)
    state = display_state([row(5, "serving", started=now), row(6), row(7, "done")], now)
    assert (state.calling, state.waiting) == ((5,), (6,))
