"""The office calendar for 2026–2027: holidays, 振替休日, 国民の休日, 年末年始, weekends, overrides, sessions."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from desktop.core.calendar import (
    Override,
    Session,
    YearEnd,
    day_info,
    days,
    holiday_name,
)
from desktop.core.errors import DomainError
from desktop.core.office import default_hours

HOURS = default_hours()
DAY = (time(8, 30), time(17, 15))


def info(d: date, **kw: object):  # type: ignore[no-untyped-def]
    return day_info(d, hours=HOURS, **kw)  # type: ignore[arg-type]


def session(d: date, kind: str, start: time, end: time, label: str = "") -> Session:
    return Session(id=f"{d}-{kind}-{start}", day=d, kind=kind, start=start, end=end, label=label)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("day", "reason_part"),
    [
        (date(2026, 1, 12), "成人の日"),
        (date(2026, 2, 11), "建国記念の日"),
        (date(2026, 2, 23), "天皇誕生日"),
        (date(2026, 3, 20), "春分の日"),
        (date(2026, 4, 29), "昭和の日"),
        (date(2026, 5, 4), "みどりの日"),
        (date(2026, 5, 5), "こどもの日"),
        (date(2026, 5, 6), "振替休日"),  # 憲法記念日 5/3 falls on a Sunday
        (date(2026, 7, 20), "海の日"),
        (date(2026, 8, 11), "山の日"),
        (date(2026, 9, 21), "敬老の日"),
        (date(2026, 9, 22), "国民の休日"),  # between 敬老の日 and 秋分の日
        (date(2026, 9, 23), "秋分の日"),
        (date(2026, 10, 12), "スポーツの日"),
        (date(2026, 11, 3), "文化の日"),
        (date(2026, 11, 23), "勤労感謝の日"),
        (date(2027, 3, 22), "振替休日"),  # 春分の日 3/21 falls on a Sunday
    ],
)
def test_national_holidays_closed(day: date, reason_part: str) -> None:
    result = info(day)
    assert not result.open
    assert reason_part in result.reason
    assert result.holiday == result.reason
    assert result.hours is None


def test_equinox_2027_is_sunday_and_substitute_monday() -> None:
    assert date(2027, 3, 21).weekday() == 6
    assert holiday_name(date(2027, 3, 21)) == "春分の日"
    assert holiday_name(date(2027, 3, 22)) is not None


@pytest.mark.parametrize("offset", range(6))
def test_year_end_closed(offset: int) -> None:
    d = date(2026, 12, 29) + timedelta(days=offset)
    result = info(d)
    assert not result.open
    assert result.reason == "Year-end holidays"
    if d == date(2027, 1, 1):
        assert result.holiday == "元日"


def test_days_around_year_end() -> None:
    assert info(date(2026, 12, 28)).open  # Monday, last working day
    assert info(date(2027, 1, 4)).open  # Monday, first working day


def test_year_end_setting_changes_the_days() -> None:
    short = YearEnd(12, 30, 1, 2)
    assert info(date(2026, 12, 29), year_end=short).open
    assert not info(date(2026, 12, 30), year_end=short).open
    assert not info(date(2027, 1, 2), year_end=short).open
    no_wrap = YearEnd(12, 28, 12, 31)
    assert info(date(2027, 1, 1), year_end=no_wrap).reason == "元日"
    assert not info(date(2026, 12, 28), year_end=no_wrap).open
    with pytest.raises(DomainError):
        YearEnd(13, 1, 1, 3)
    assert YearEnd.from_json(YearEnd().to_json()) == YearEnd()


def test_ordinary_tuesday_open() -> None:
    result = info(date(2026, 11, 24))
    assert result.open and result.reason == "" and result.hours == DAY and result.holiday == ""


def test_weekend_closed_unless_a_weekend_session() -> None:
    saturday, sunday = date(2026, 11, 14), date(2026, 11, 29)
    assert info(saturday).reason == "Saturday" and not info(saturday).open
    assert info(sunday).reason == "Sunday" and not info(sunday).open
    # a 'regular' session does not open a closed day
    assert not info(saturday, sessions=[session(saturday, "regular", time(9), time(12))]).open
    s = session(saturday, "weekend", time(9), time(12), label="休日開庁")
    opened = info(saturday, sessions=[s])
    assert opened.open and opened.hours == (time(9), time(12)) and opened.reason == "休日開庁"
    assert opened.sessions == [s]
    unlabelled = info(sunday, sessions=[session(sunday, "extra", time(10), time(15))])
    assert unlabelled.open and unlabelled.reason == "Extra session"


def test_session_on_other_day_ignored() -> None:
    saturday = date(2026, 11, 14)
    assert not info(
        saturday, sessions=[session(saturday + timedelta(days=7), "weekend", time(9), time(12))]
    ).open


def test_evening_session_extends_hours() -> None:
    thursday = date(2026, 11, 26)
    result = info(thursday, sessions=[session(thursday, "extra", time(17, 15), time(19, 0))])
    assert result.open and result.hours == (time(8, 30), time(19, 0))


def test_closure_session_closes_a_weekday() -> None:
    d = date(2026, 11, 25)
    result = info(d, sessions=[session(d, "closure", time(0), time(23, 59), label="システム停止")])
    assert not result.open and result.reason == "システム停止" and result.hours is None
    unlabelled = info(d, sessions=[session(d, "closure", time(0), time(23, 59))])
    assert unlabelled.reason == "Special closure"
    # a closure also beats a weekend session of the same day
    sat = date(2026, 11, 14)
    both = [session(sat, "weekend", time(9), time(12)), session(sat, "closure", time(9), time(12))]
    assert not info(sat, sessions=both).open


def test_overrides() -> None:
    tuesday, holiday, saturday = date(2026, 11, 24), date(2026, 11, 23), date(2026, 11, 14)
    closed = info(tuesday, override=Override(tuesday, False, "庁舎停電"))
    assert not closed.open and closed.reason == "庁舎停電"
    assert info(tuesday, override=Override(tuesday, False)).reason == "Closed by the administrator"
    opened = info(holiday, override=Override(holiday, True, ""))
    assert opened.open and opened.hours == DAY and opened.reason == "Opened by the administrator"
    assert opened.holiday == "勤労感謝の日"
    weekend = info(saturday, override=Override(saturday, True, "臨時開庁"))
    assert weekend.open and weekend.hours == DAY
    # an override beats a closure session
    closure = [session(tuesday, "closure", time(0), time(23))]
    assert info(tuesday, override=Override(tuesday, True), sessions=closure).open


def test_profile_saturday_hours_open_every_saturday() -> None:
    hours = dict(HOURS)
    hours[5] = (time(9), time(12))
    assert day_info(date(2026, 11, 14), hours=hours).hours == (time(9), time(12))
    wednesday_closed = dict(HOURS)
    wednesday_closed[2] = None
    result = day_info(date(2026, 11, 25), hours=wednesday_closed)
    assert not result.open and result.reason == "No opening hours on this weekday"


def test_days_range_2026_2027_counts() -> None:
    year = days(date(2026, 1, 1), date(2026, 12, 31), hours=HOURS)
    assert len(year) == 365
    open_days = [d for d in year if d.open]
    # 261 weekdays in 2026, minus the 16 weekday holidays besides 元日, minus the weekday year-end days
    # (1/1–1/2 and 12/29–12/31)
    assert len(open_days) == 261 - 16 - 5
    assert all(d.date.weekday() < 5 for d in open_days)
    overrides = {date(2027, 3, 22): Override(date(2027, 3, 22), True, "")}
    month = days(date(2027, 3, 1), date(2027, 3, 31), hours=HOURS, overrides=overrides)
    assert next(d for d in month if d.date == date(2027, 3, 22)).open
