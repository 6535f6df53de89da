"""Months, fiscal years and their labels: week rows, the era change, parsing what staff type."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.errors import DomainError
from desktop.jobs.reports.domain.periods import FiscalYear, Month, parse_fiscal_year, parse_month


@pytest.mark.parametrize(
    ("month", "rows"),
    [
        (Month(2021, 2), 4),  # starts on a Monday, 28 days
        (Month(2026, 4), 5),
        (Month(2026, 11), 6),  # starts on a Sunday, 30 days
        (Month(2020, 8), 6),  # starts on a Saturday, 31 days
        (Month(2024, 2), 5),  # leap year
    ],
)
def test_weeks_rows_run_monday_to_sunday(month: Month, rows: int) -> None:
    weeks = month.weeks()
    assert len(weeks) == rows
    assert all(len(w) == 7 for w in weeks)
    days = [d for w in weeks for d in w if d is not None]
    assert days == month.days()
    for w in weeks:
        for i, d in enumerate(w):
            assert d is None or d.weekday() == i


def test_month_bounds_and_steps() -> None:
    assert Month(2024, 2).last == date(2024, 2, 29)
    assert Month(2026, 12).next() == Month(2027, 1)
    assert Month(2027, 1).previous() == Month(2026, 12)
    assert Month.of(date(2026, 11, 24)).key == "2026-11"


def test_month_labels_follow_the_era_change() -> None:
    assert Month(2019, 4).label == "平成31年（2019年）4月"
    assert Month(2019, 5).label == "令和元年（2019年）5月"
    assert Month(2019, 5).wareki_label == "令和元年5月"
    assert Month(2026, 11).label == "令和8年（2026年）11月"


def test_fiscal_years() -> None:
    fy = FiscalYear(2026)
    assert (fy.first, fy.last) == (date(2026, 4, 1), date(2027, 3, 31))
    assert [m.key for m in fy.months()][0] == "2026-04"
    assert [m.key for m in fy.months()][-1] == "2027-03"
    assert FiscalYear.of(date(2027, 3, 31)) == fy
    assert FiscalYear.of(date(2027, 4, 1)) == FiscalYear(2027)
    assert fy.label == "令和8年度（2026年度）"
    assert FiscalYear(2019).era_label == "令和元年度"
    assert FiscalYear(2018).era_label == "平成30年度"
    assert FiscalYear(1988).era_label == "昭和63年度"


@pytest.mark.parametrize(
    ("text", "year"),
    [("2026", 2026), ("２０２６", 2026), ("2026年度", 2026), ("R8", 2026), ("r8", 2026), ("令和8", 2026),
     ("令和8年度", 2026), ("令和元年度", 2019), ("R1", 2019), ("H31", 2019), ("平成30年度", 2018)],
)  # fmt: skip
def test_parse_fiscal_year(text: str, year: int) -> None:
    assert parse_fiscal_year(text) == FiscalYear(year)


@pytest.mark.parametrize("text", ["", "26", "R0", "H32", "2026-27", "FY2026", "1900", "令和"])
def test_parse_fiscal_year_refuses(text: str) -> None:
    with pytest.raises(DomainError):
        parse_fiscal_year(text)


def test_parse_month() -> None:
    assert parse_month("2026-11") == Month(2026, 11)
    assert parse_month(" 2026-1 ") == Month(2026, 1)
    for bad in ("2026-13", "2026-00", "2026/11", "11-2026", "R8-11", "", "1900-01"):
        with pytest.raises(DomainError):
            parse_month(bad)
