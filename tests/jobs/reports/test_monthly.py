"""The monthly count sheets from stored events: every figure recounted independently, closed days,
an empty month, a month with a pop-up venue, events just after midnight JST, corrections."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from desktop.core.clock import FixedClock
from desktop.core.counts import kernel_kinds
from desktop.core.errors import DomainError
from desktop.core.office import OfficeProfile
from desktop.jobs.reports import service
from desktop.jobs.reports.domain.periods import Month
from desktop.store.calendar import add_session, set_override
from desktop.store.context import Context
from desktop.store.office import add_venue
from tests.jobs.reports.kit import at, record, recount, void

NOV = Month(2026, 11)


def fill_november(ctx: Context, clock: FixedClock) -> None:
    for d in NOV.days():
        if d <= date(2026, 11, 24) and d.weekday() < 5:
            record(ctx, clock, "handover", d, n=d.day % 5, hour=9)
            record(ctx, clock, "checkin", d, n=d.day % 7 + 1, hour=8, minute=40)


def test_sheet_matches_an_independent_recount(ctx: Context, clock: FixedClock, office: OfficeProfile) -> None:
    fill_november(ctx, clock)
    first = record(ctx, clock, "handover", date(2026, 11, 2), hour=11)[0]
    void(ctx, clock, first, date(2026, 11, 20))  # corrected weeks later: still netted on the 2nd
    at(clock, date(2026, 11, 24), 10)
    sheet = service.monthly_sheet(ctx, NOV, "handover")
    expected = recount(ctx)
    for d in NOV.days():
        assert sheet.cell(d).count == expected.get(("handover", d), 0), d
    assert sheet.total == sum(n for (k, d), n in expected.items() if k == "handover" and d.month == 11)
    for week in sheet.weeks:
        assert week.total == sum(c.count for c in week.cells if c is not None)
    assert len(sheet.weeks) == 6


def test_closed_days_are_marked_with_their_reason(ctx: Context, clock: FixedClock,
                                                  office: OfficeProfile) -> None:
    add_session(ctx, date(2026, 11, 14), "weekend", time(9), time(12), label="第2土曜 休日開庁")
    set_override(ctx, date(2026, 11, 20), False, "システム停止")
    sheet = service.monthly_sheet(ctx, NOV, "handover")
    assert sheet.cell(date(2026, 11, 1)).closed  # Sunday
    assert sheet.cell(date(2026, 11, 3)).closed and sheet.cell(date(2026, 11, 3)).note == "文化の日"
    assert sheet.cell(date(2026, 11, 23)).note == "勤労感謝の日"
    assert not sheet.cell(date(2026, 11, 14)).closed
    assert sheet.cell(date(2026, 11, 14)).note == "第2土曜 休日開庁"
    assert sheet.cell(date(2026, 11, 20)).closed and sheet.cell(date(2026, 11, 20)).note == "システム停止"
    assert not sheet.cell(date(2026, 11, 24)).closed and sheet.cell(date(2026, 11, 24)).note == ""
    assert sheet.open_days == 30 - 9 - 2 - 1 + 1  # weekends, two holidays, the closure; + the session


def test_year_end_days_are_closed(ctx: Context, office: OfficeProfile) -> None:
    sheet = service.monthly_sheet(ctx, Month(2026, 12), "handover")
    assert sheet.cell(date(2026, 12, 29)).closed and sheet.cell(date(2026, 12, 29)).note == "Year-end holidays"
    assert not sheet.cell(date(2026, 12, 28)).closed


def test_empty_month(ctx: Context, office: OfficeProfile) -> None:
    sheet = service.monthly_sheet(ctx, Month(2026, 6), "assist")
    assert sheet.total == 0
    assert all(c.count == 0 for w in sheet.weeks for c in w.cells if c is not None)
    assert sheet.sites == ()
    every = service.all_kinds_sheet(ctx, Month(2026, 6))
    assert all(r.total == 0 for r in every.rows)
    assert [r.kind for r in every.rows] == [k.key for k in kernel_kinds()]


def test_a_month_with_a_pop_up_venue(ctx: Context, clock: FixedClock, office: OfficeProfile) -> None:
    venue = add_venue(ctx, "髙﨑公民館")
    add_session(ctx, date(2026, 11, 21), "extra", time(10), time(15), site_id=venue.id)
    record(ctx, clock, "popup_assist", date(2026, 11, 21), n=30, site_id=venue.id, value=5)
    record(ctx, clock, "popup_assist", date(2026, 11, 24), n=2)  # recorded at the office
    at(clock, date(2026, 11, 24), 12)
    sheet = service.monthly_sheet(ctx, NOV, "popup_assist")
    saturday = sheet.cell(date(2026, 11, 21))
    assert (saturday.count, saturday.closed, saturday.venue, saturday.note) == (30, False, True, "髙﨑公民館")
    assert sheet.total == 32
    assert [(s.name, s.count, s.venue) for s in sheet.sites] == [
        (office.office_name, 2, False), ("髙﨑公民館", 30, True)
    ]
    every = service.all_kinds_sheet(ctx, NOV)
    assert every.row("popup_assist").counts[20] == 30
    assert not every.days[20].closed


def test_events_just_after_midnight_jst_belong_to_that_day(ctx: Context, clock: FixedClock,
                                                            office: OfficeProfile) -> None:
    record(ctx, clock, "handover", date(2026, 11, 1), hour=0, minute=5)  # 2026-10-31 15:05 UTC
    record(ctx, clock, "handover", date(2026, 10, 31), hour=23, minute=59)
    record(ctx, clock, "handover", date(2026, 11, 30), hour=23, minute=59)  # still November
    record(ctx, clock, "handover", date(2026, 12, 1), hour=0, minute=0)
    at(clock, date(2026, 12, 2), 9)
    nov = service.monthly_sheet(ctx, NOV, "handover")
    assert nov.cell(date(2026, 11, 1)).count == 1
    assert nov.cell(date(2026, 11, 30)).count == 1
    assert nov.total == 2
    assert service.monthly_sheet(ctx, Month(2026, 10), "handover").total == 1
    assert service.monthly_sheet(ctx, Month(2026, 12), "handover").cell(date(2026, 12, 1)).count == 1


def test_all_kinds_sheet_matches_a_recount(ctx: Context, clock: FixedClock, office: OfficeProfile) -> None:
    fill_november(ctx, clock)
    record(ctx, clock, "cert_renewal", date(2026, 11, 5), n=3)
    ids = record(ctx, clock, "pin_reset", date(2026, 11, 6), n=2)
    void(ctx, clock, ids[0], date(2026, 11, 6))
    at(clock, date(2026, 11, 24), 10)
    every = service.all_kinds_sheet(ctx, NOV)
    expected = recount(ctx)
    for row in every.rows:
        for i, d in enumerate(NOV.days()):
            assert row.counts[i] == expected.get((row.kind, d), 0), (row.kind, d)
        assert row.total == sum(row.counts)
    assert every.row("pin_reset").total == 1
    assert [c.upcoming for c in every.days].count(True) == 6


def test_unknown_kind_is_refused(ctx: Context, office: OfficeProfile) -> None:
    with pytest.raises(DomainError):
        service.monthly_sheet(ctx, NOV, "nonsense")


def test_reports_need_the_office_profile(ctx: Context) -> None:
    with pytest.raises(service.NoOfficeProfile):
        service.letterhead(ctx)
    with pytest.raises(service.NoOfficeProfile):
        from desktop.jobs.reports.domain.periods import FiscalYear

        service.plan_table(ctx, FiscalYear(2026))


def test_every_day_of_a_long_month_once(ctx: Context, office: OfficeProfile) -> None:
    sheet = service.monthly_sheet(ctx, Month(2026, 8), "handover")
    cells = [c.day for w in sheet.weeks for c in w.cells if c is not None]
    assert cells == [date(2026, 8, 1) + timedelta(days=i) for i in range(31)]
