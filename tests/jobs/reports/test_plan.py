"""The follow-up table from stored events and settings: the fiscal-year boundary, the cumulative count
from the opening balance, rates against the 1 January population, 「未設定」, weekend sessions held."""

from __future__ import annotations

from datetime import date, time

from desktop.core.clock import FixedClock
from desktop.core.office import OfficeProfile, Staffing, TargetRate
from desktop.jobs.reports import service
from desktop.jobs.reports.domain.figures import Mark, percent
from desktop.jobs.reports.domain.periods import FiscalYear, Month
from desktop.jobs.reports.domain.plan import OpeningBalance
from desktop.jobs.reports.store import save_opening_balance
from desktop.store.calendar import add_session
from desktop.store.context import Context
from desktop.store.office import (
    add_venue,
    set_population,
    set_staffing,
    set_target_rate,
    set_terminals_in_service,
)
from tests.jobs.reports.kit import at, record, recount, total, void

FY = FiscalYear(2026)
ISSUED = ("handover", "mail_delivered")


def test_fiscal_year_boundary(ctx: Context, clock: FixedClock, office: OfficeProfile) -> None:
    record(ctx, clock, "handover", date(2026, 3, 31), hour=23, minute=59)  # FY2025
    record(ctx, clock, "handover", date(2026, 4, 1), hour=0, minute=1)  # FY2026, April
    record(ctx, clock, "mail_delivered", date(2027, 3, 31), hour=17)  # FY2026, March
    record(ctx, clock, "handover", date(2027, 4, 1), hour=8, minute=45)  # FY2027
    at(clock, date(2027, 4, 2), 9)
    table = service.plan_table(ctx, FY)
    assert table.value("issued", Month(2026, 4)) == 1
    assert table.value("issued", Month(2027, 3)) == 1
    assert table.row("issued").total == 2
    assert service.plan_table(ctx, FiscalYear(2025)).row("issued").total == 1
    assert service.plan_table(ctx, FiscalYear(2027)).value("issued", Month(2027, 4)) == 1


def test_figures_match_a_recount(ctx: Context, clock: FixedClock, office: OfficeProfile) -> None:
    save_opening_balance(ctx, OpeningBalance(date(2025, 10, 1), 40_000))
    set_population(ctx, 2026, 63_723)
    set_population(ctx, 2027, 63_500)
    for d, kind, n in [
        (date(2025, 9, 30), "handover", 7),  # before the opening date: not in the cumulative count
        (date(2025, 11, 4), "handover", 20),
        (date(2026, 2, 2), "mail_delivered", 5),
        (date(2026, 4, 6), "handover", 12),
        (date(2026, 4, 7), "assist", 6),
        (date(2026, 4, 8), "popup_assist", 4),
        (date(2026, 5, 11), "apply_identity", 3),
        (date(2026, 5, 12), "mail_delivered", 2),
        (date(2027, 1, 12), "handover", 9),
        (date(2027, 2, 1), "handover", 1),
    ]:
        ids = record(ctx, clock, kind, d, n=n)
    void(ctx, clock, ids[0], date(2027, 2, 3))  # the last one corrected: nothing in February
    at(clock, date(2027, 3, 15), 10)
    table = service.plan_table(ctx, FY)
    counts = recount(ctx)
    running = 40_000 + total(counts, ISSUED, date(2025, 10, 1), date(2026, 3, 31))
    assert running == 40_025
    for m in FY.months():
        issued = total(counts, ISSUED, m.first, m.last)
        running += issued
        assert table.value("issued", m) == issued
        assert table.value("cumulative", m) == running
        population = 63_500 if m.year == 2027 else 63_723
        assert table.value("population", m) == population
        assert table.value("rate", m) == percent(running, population)
        assert table.value("assist", m) == total(counts, ("assist", "popup_assist"), m.first, m.last)
        assert table.value("popup", m) == total(counts, ("popup_assist",), m.first, m.last)
        assert table.value("apply_identity", m) == total(counts, ("apply_identity",), m.first, m.last)
        assert table.value("counters", m) == 2
    assert table.value("issued", Month(2027, 2)) == 0
    assert table.row("cumulative").total == running
    assert table.value("rate", Month(2026, 4)) == percent(40_037, 63_723)


def test_missing_settings_show_not_set(ctx: Context, clock: FixedClock, office: OfficeProfile) -> None:
    set_population(ctx, 2026, 60_000)
    set_staffing(ctx, 2026, 10, Staffing(4, 2))
    set_terminals_in_service(ctx, 2026, 12, 3)
    set_target_rate(ctx, 2026, 6, TargetRate(70.0, 80.0))
    table = service.plan_table(ctx, FY)
    assert table.value("cumulative", Month(2026, 5)) is Mark.NOT_SET  # no opening balance
    assert table.value("rate", Month(2026, 5)) is Mark.NOT_SET
    assert table.value("population", Month(2026, 5)) == 60_000
    assert table.value("staff_regular", Month(2026, 9)) is Mark.NOT_SET
    assert table.value("staff_regular", Month(2026, 10)) == 4
    assert table.value("staff_temporary", Month(2027, 3)) == 2
    assert table.value("terminals", Month(2026, 11)) is Mark.NOT_SET
    assert table.value("terminals", Month(2026, 12)) == 3
    assert table.value("target_lower", Month(2026, 5)) is Mark.NOT_SET
    assert table.value("target_upper", Month(2026, 6)) == 80.0
    assert table.value("issued", Month(2026, 12)) is Mark.FUTURE  # today is 2026-11-24


def test_counters_follow_the_dated_setting_month_by_month(ctx: Context, office: OfficeProfile) -> None:
    from desktop.store.office import set_counters_open

    set_counters_open(ctx, 2026, 10, 3)  # a third counter from October
    set_counters_open(ctx, 2027, 2, 1)  # one for the renovation in February
    table = service.plan_table(ctx, FY)
    assert [table.value("counters", m) for m in FY.months()] == [2] * 6 + [3] * 4 + [1] * 2
    # (before October: the profile's two counters; a sheet re-made later keeps each month's number)


def test_rate_not_set_without_population(ctx: Context, office: OfficeProfile) -> None:
    save_opening_balance(ctx, OpeningBalance(date(2026, 4, 1), 100))
    table = service.plan_table(ctx, FY)
    assert table.value("cumulative", Month(2026, 4)) == 100
    assert table.value("rate", Month(2026, 4)) is Mark.NOT_SET


def test_weekend_sessions_held(ctx: Context, clock: FixedClock, office: OfficeProfile) -> None:
    venue = add_venue(ctx, "ショッピングモール")
    sessions = {
        "held": add_session(ctx, date(2026, 5, 9), "weekend", time(9), time(12)),
        "empty": add_session(ctx, date(2026, 5, 31), "weekend", time(9), time(12)),
        "voided": add_session(ctx, date(2026, 6, 13), "weekend", time(9), time(12)),
        "evening": add_session(ctx, date(2026, 6, 17), "extra", time(17), time(19)),  # a Wednesday
        "holiday": add_session(ctx, date(2026, 7, 20), "extra", time(9), time(12)),  # 海の日
        "venue": add_session(ctx, date(2026, 7, 25), "extra", time(10), time(16), site_id=venue.id),
        "venue_empty": add_session(ctx, date(2026, 8, 1), "extra", time(10), time(16), site_id=venue.id),
    }
    record(ctx, clock, "handover", date(2026, 5, 9), n=3)
    gone = record(ctx, clock, "handover", date(2026, 6, 13))[0]
    void(ctx, clock, gone, date(2026, 6, 15))
    record(ctx, clock, "checkin", date(2026, 6, 17), hour=18)
    record(ctx, clock, "assist", date(2026, 7, 20))
    record(ctx, clock, "popup_assist", date(2026, 7, 25), site_id=venue.id, n=5)
    record(ctx, clock, "handover", date(2026, 8, 1))  # at the office, not at the venue
    at(clock, date(2026, 11, 24), 10)
    held = {s.id for s in service.weekend_sessions_held(ctx, FY.first, FY.last)}
    assert held == {sessions["held"].id, sessions["holiday"].id, sessions["venue"].id}
    table = service.plan_table(ctx, FY)
    assert [table.value("weekend_sessions", m) for m in FY.months()[:5]] == [0, 1, 0, 2, 0]
