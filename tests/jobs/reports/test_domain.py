"""Pure rules: rounding, the no-show rate, the follow-up table's cells, totals and marks, the dashboard's
backlog and average."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop.core.cases import CardCase, CaseState, DeliveryMethod
from desktop.core.office import Staffing, TargetRate
from desktop.jobs.reports.domain.dashboard import MAILING_STATES, average_minutes, backlog
from desktop.jobs.reports.domain.figures import Mark, no_show_rate, percent
from desktop.jobs.reports.domain.monthly import DayMark, build_monthly_sheet
from desktop.jobs.reports.domain.periods import FiscalYear, Month
from desktop.jobs.reports.domain.plan import MonthInputs, OpeningBalance, build_plan_table


def test_percent_rounds_half_up() -> None:
    assert percent(1, 8, 2) == 12.5
    assert percent(1, 3, 2) == 33.33
    assert percent(2, 3, 2) == 66.67
    assert percent(1005, 100000, 2) == 1.01  # 1.005 rounds up (binary floats would round it down)
    with pytest.raises(ValueError):
        percent(1, 0)


def test_no_show_rate() -> None:
    assert no_show_rate(0, 0) is None
    assert no_show_rate(1, 9) == 10.0
    assert no_show_rate(1, 2) == 33.3


def _inputs(year: FiscalYear, **over: object) -> list[MonthInputs]:
    out = []
    for i, m in enumerate(year.months()):
        base = dict(
            month=m, counts={"handover": 10 + i, "mail_delivered": 1, "assist": 3, "popup_assist": 2,
                             "apply_identity": 4},
            issued_since_opening=None, population=50_000, target=TargetRate(60, 70), counters=2,
            staffing=Staffing(3, 1), terminals=2, weekend_sessions=1,
        )  # fmt: skip
        base.update(over)
        out.append(MonthInputs(**base))  # type: ignore[arg-type]
    return out


def test_plan_rows_figures_and_totals() -> None:
    year = FiscalYear(2026)
    months = _inputs(year)
    months = [
        MonthInputs(**{**m.__dict__, "issued_since_opening": sum(11 + j for j in range(i + 1))})
        for i, m in enumerate(months)
    ]
    table = build_plan_table(year, months, OpeningBalance(date(2026, 4, 1), 30_000), date(2026, 11, 24))
    nov = Month(2026, 11)
    assert table.value("issued", nov) == 17 + 1
    assert table.value("assist", nov) == 5
    assert table.value("popup", nov) == 2
    assert table.value("apply_identity", nov) == 4
    cum = 30_000 + sum(11 + j for j in range(8))
    assert table.value("cumulative", nov) == cum
    assert table.value("rate", nov) == percent(cum, 50_000)
    assert table.value("issued", Month(2026, 12)) is Mark.FUTURE
    assert table.value("cumulative", Month(2027, 3)) is Mark.FUTURE
    assert table.value("target_lower", Month(2027, 3)) == 60  # settings show for months to come
    issued = table.row("issued")
    assert issued.total == sum(11 + j for j in range(8))
    assert table.row("cumulative").total == cum
    assert table.row("rate").total == percent(cum, 50_000)
    assert table.row("population").total is None
    assert table.row("weekend_sessions").total == 8


def test_plan_marks_missing_settings_not_set() -> None:
    year = FiscalYear(2026)
    months = _inputs(year, population=None, target=None, staffing=None, terminals=None)
    table = build_plan_table(year, months, None, date(2027, 6, 1))
    m = Month(2026, 6)
    for key in ("cumulative", "rate", "population", "target_lower", "target_upper", "staff_regular",
                "staff_temporary", "terminals"):
        assert table.value(key, m) is Mark.NOT_SET, key
    assert table.value("counters", m) == 2
    assert table.value("issued", m) == 12 + 1  # June: handover 12, mail_delivered 1


def test_plan_cumulative_unknown_before_the_opening_date() -> None:
    year = FiscalYear(2026)
    months = [MonthInputs(**{**m.__dict__, "issued_since_opening": 0}) for m in _inputs(year)]
    table = build_plan_table(year, months, OpeningBalance(date(2026, 9, 15), 100), date(2027, 6, 1))
    for key in ("issued", "cumulative", "rate", "assist", "weekend_sessions"):
        assert table.value(key, Month(2026, 8)) is Mark.NO_RECORD, key  # the app was not used yet
    assert table.value("population", Month(2026, 8)) == 50_000
    assert table.value("cumulative", Month(2026, 9)) == 100
    assert table.value("issued", Month(2026, 9)) == 16
    assert table.row("issued").total == sum(10 + i + 1 for i in range(5, 12))  # September..March


def test_plan_needs_the_twelve_months() -> None:
    with pytest.raises(ValueError):
        build_plan_table(FiscalYear(2026), _inputs(FiscalYear(2026))[:11], None, date(2026, 5, 1))


def test_monthly_sheet_weeks_and_totals() -> None:
    month = Month(2026, 11)
    daily = {d: d.day for d in month.days()}
    marks = {date(2026, 11, 3): DayMark(True, "文化の日")}
    sheet = build_monthly_sheet(month, "handover", "Cards handed over", daily, marks, today=date(2026, 11, 24))
    assert len(sheet.weeks) == 6
    assert sheet.weeks[0].total == 1
    assert sheet.weeks[1].total == sum(range(2, 9))
    assert sheet.total == sum(range(1, 31))
    assert sum(w.total for w in sheet.weeks) == sheet.total
    assert sheet.cell(date(2026, 11, 3)).closed
    assert sheet.cell(date(2026, 11, 25)).upcoming
    assert not sheet.cell(date(2026, 11, 24)).upcoming


def _case(state: CaseState, at: datetime, method: DeliveryMethod = DeliveryMethod.TOKUREI, *,
          checked: bool = True) -> CardCase:  # fmt: skip
    return CardCase(id="c", person_id=None, application_id=None, reservation_number=None,
                    delivery_method=method, identity_checked_at_application=checked, identity_result=None,
                    photo_ref=None, state=state, state_at=at, opened_by="assist", created_at=at,
                    updated_at=at)  # fmt: skip


def test_backlog_counts_posted_cards_and_the_longest_wait() -> None:
    cases = [
        _case(CaseState.CONFIGURED, datetime(2026, 11, 20, 1, tzinfo=UTC)),
        _case(CaseState.CONFIGURED, datetime(2026, 11, 1, 1, tzinfo=UTC), DeliveryMethod.COUNTER),
        # by post chosen, but no identity check at application: collected at the counter (the mailing
        # job's route), so not waiting for a mailing batch
        _case(CaseState.CONFIGURED, datetime(2026, 11, 2, 1, tzinfo=UTC), checked=False),
        _case(CaseState.MAILED, datetime(2026, 11, 10, 1, tzinfo=UTC)),
        _case(CaseState.RETURNED, datetime(2026, 10, 25, 16, tzinfo=UTC)),  # 10/26 01:00 JST
    ]
    b = backlog(cases, MAILING_STATES, date(2026, 11, 24), posted_only=True)
    assert b.count == 3
    assert b.oldest_days == 29
    assert dict(b.by_state) == {CaseState.CONFIGURED: 1, CaseState.MAILED: 1, CaseState.RETURNED: 1}
    assert backlog([], MAILING_STATES, date(2026, 11, 24)).oldest_days is None


def test_average_minutes_skips_events_without_a_value() -> None:
    assert average_minutes([5, None, 7, 6]) == (6.0, 3)
    assert average_minutes([None]) == (None, 0)
