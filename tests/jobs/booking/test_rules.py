"""Session rules over 2026–2027 on top of the holiday calendar: 第2土曜 / 最終日曜 with their excepted
months, weekly evening desks skipping holidays (国民の休日 included) and year-end days, one-off extra
days and closures, written into the office calendar without duplicates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

import pytest

from desktop.core.calendar import YearEnd
from desktop.core.errors import DomainError, NotAllowed
from desktop.core.staff import Role
from desktop.jobs.booking.domain.rules import SessionRule, check_rule, last_weekday, nth_weekday, rule_dates
from desktop.jobs.booking.store import rules as store
from desktop.jobs.booking.store.bookings import create_booking
from desktop.store import calendar as cal
from desktop.store.context import Context

SAT, SUN, MON, TUE, THU = 5, 6, 0, 1, 3
SECOND_SATURDAY = SessionRule(None, "nth_weekday", time(9), time(12), weekdays=(SAT,), nth=2,
                              except_months=(4,), label="第2土曜 休日開庁")  # fmt: skip
LAST_SUNDAY = SessionRule(None, "last_weekday", time(9), time(12), weekdays=(SUN,), except_months=(3,),
                          label="最終日曜 休日開庁")  # fmt: skip
EVENING = SessionRule(None, "weekly", time(17, 15), time(19), session_kind="extra", weekdays=(TUE, THU),
                      label="夜間窓口")  # fmt: skip
Y2026_27 = (date(2026, 1, 1), date(2027, 12, 31))


def test_nth_and_last_weekday() -> None:
    assert nth_weekday(2026, 11, SAT, 2) == date(2026, 11, 14)
    assert nth_weekday(2026, 11, SUN, 5) == date(2026, 11, 29)
    assert nth_weekday(2026, 2, MON, 5) is None
    assert last_weekday(2026, 11, SUN) == date(2026, 11, 29)
    assert last_weekday(2027, 2, SUN) == date(2027, 2, 28)


def test_second_saturday_skips_april_in_both_years() -> None:
    dates = rule_dates(SECOND_SATURDAY, *Y2026_27)
    assert len(dates) == 22  # 24 months minus the two Aprils
    assert date(2026, 4, 11) not in dates and date(2027, 4, 10) not in dates
    assert date(2026, 11, 14) in dates and date(2027, 1, 9) in dates
    assert all(d.weekday() == SAT and 8 <= d.day <= 14 for d in dates)


def test_last_sunday_skips_march_and_keeps_december() -> None:
    dates = rule_dates(LAST_SUNDAY, *Y2026_27)
    assert date(2026, 3, 29) not in dates and date(2027, 3, 28) not in dates
    assert date(2026, 12, 27) in dates and date(2027, 12, 26) in dates
    assert len(dates) == 22


def test_weekly_evening_skips_holidays_and_year_end() -> None:
    dates = rule_dates(EVENING, *Y2026_27)
    assert date(2026, 9, 22) not in dates  # 国民の休日 (a Tuesday between two holidays)
    assert date(2026, 11, 3) not in dates  # 文化の日
    assert date(2027, 2, 23) not in dates  # 天皇誕生日
    assert date(2026, 12, 29) not in dates and date(2026, 12, 31) not in dates  # year-end days
    assert date(2026, 11, 24) in dates and date(2026, 11, 26) in dates


def test_monthly_rule_on_a_happy_monday_skips_the_holiday_unless_told_not_to() -> None:
    rule = SessionRule(None, "nth_weekday", time(17, 15), time(19), session_kind="extra", weekdays=(MON,), nth=2)
    dates = rule_dates(rule, *Y2026_27)
    assert date(2026, 1, 12) not in dates  # 成人の日
    assert date(2026, 10, 12) not in dates  # スポーツの日
    assert date(2026, 2, 9) in dates
    keep = SessionRule(**{**rule.__dict__, "skip_holidays": False})
    assert date(2026, 1, 12) in rule_dates(keep, *Y2026_27)


def test_year_end_setting_is_respected() -> None:
    rule = SessionRule(None, "weekly", time(9), time(12), weekdays=(SUN,))
    assert date(2027, 1, 3) not in rule_dates(rule, *Y2026_27)
    short = YearEnd(12, 30, 1, 2)
    assert date(2027, 1, 3) in rule_dates(rule, *Y2026_27, year_end=short)


def test_one_off_rules_apply_on_their_date_only() -> None:
    extra = SessionRule(None, "one_off", time(9), time(16), session_kind="extra", day=date(2027, 3, 21))
    assert rule_dates(extra, *Y2026_27) == [date(2027, 3, 21)]  # a Sunday in the March rush
    assert rule_dates(extra, date(2026, 1, 1), date(2026, 12, 31)) == []


def test_rules_that_cannot_be_right_are_refused() -> None:
    with pytest.raises(DomainError):
        check_rule(SessionRule(None, "nth_weekday", time(9), time(12), weekdays=(SAT,), nth=None))
    with pytest.raises(DomainError):
        check_rule(SessionRule(None, "weekly", time(12), time(9), weekdays=(SAT,)))
    with pytest.raises(DomainError):
        check_rule(SessionRule(None, "one_off", time(9), time(12)))
    with pytest.raises(DomainError):
        check_rule(SessionRule(None, "last_weekday", time(9), time(12), weekdays=(SAT, SUN)))


def test_applied_rules_open_the_calendar_without_duplicates(office: Context) -> None:
    for rule in (SECOND_SATURDAY, LAST_SUNDAY, EVENING):
        store.add_rule(office, rule)
    maintenance, _ = store.add_rule(
        office, SessionRule(None, "closure", time(0), time(1), day=date(2027, 1, 12), label="システム停止日")
    )
    one_off, _ = store.add_rule(
        office, SessionRule(None, "one_off", time(9), time(16), session_kind="extra", day=date(2027, 3, 21))
    )
    added = store.apply_rules(office, date(2027, 12, 31))
    again = store.apply_rules(office, date(2027, 12, 31))
    assert added > 0 and again == 0
    expected = sum(len(rule_dates(r, date(2026, 11, 24), date(2027, 12, 31)))
                   for r in (SECOND_SATURDAY, LAST_SUNDAY, EVENING)) + 2  # fmt: skip
    assert len(cal.sessions(office, date(2026, 11, 24), date(2027, 12, 31))) == expected
    days = {d.date: d for d in cal.days(office, date(2026, 11, 24), date(2027, 12, 31))}
    assert days[date(2026, 12, 12)].open and days[date(2026, 12, 12)].hours == (time(9), time(12))
    assert not days[date(2027, 4, 10)].open  # 第2土曜 in April: excepted
    assert not days[date(2027, 3, 28)].open  # 最終日曜 in March: excepted
    assert days[date(2027, 3, 21)].open  # the one-off Sunday
    assert not days[date(2027, 1, 12)].open and days[date(2027, 1, 12)].reason == "システム停止日"
    assert days[date(2026, 11, 26)].hours == (time(8, 30), time(19))  # Thursday evening desk
    assert days[date(2027, 2, 23)].open is False  # a holiday Tuesday: no evening desk opens it
    assert not days[date(2026, 12, 29)].open  # year-end
    sources = [s.source for s in cal.sessions(office, date(2026, 11, 24), date(2027, 12, 31))]
    assert len(sources) == len(set(zip(sources, [s.day for s in cal.sessions(
        office, date(2026, 11, 24), date(2027, 12, 31))], strict=True)))  # fmt: skip
    assert all(s.startswith("booking-rule:") for s in sources)
    assert maintenance.id and one_off.id


def test_a_session_written_by_hand_is_kept(office: Context) -> None:
    cal.add_session(office, date(2026, 12, 12), "weekend", time(9), time(12), label="手入力")
    store.add_rule(office, SECOND_SATURDAY)
    (session,) = cal.sessions(office, date(2026, 12, 12), date(2026, 12, 12))
    assert session.label == "手入力" and session.source == ""


def test_closing_a_day_with_bookings_lists_the_residents_to_call(
    office: Context, resident: Callable[..., str]
) -> None:
    a, b = resident("山田 太郎", "ヤマダ タロウ"), resident("佐藤 花子", "サトウ ハナコ")
    create_booking(office, "handover", date(2026, 12, 3), time(10), [a])
    create_booking(office, "assist", date(2026, 12, 3), time(14), [b])
    create_booking(office, "handover", date(2026, 12, 4), time(10), [b])
    _, affected = store.add_rule(office, SessionRule(None, "closure", time(0), time(1), day=date(2026, 12, 3)))
    assert sorted(x.name for x in affected) == ["佐藤 花子", "山田 太郎"]
    assert all(x.day == date(2026, 12, 3) for x in affected)


def test_removing_a_rule_deletes_future_sessions_and_lists_bookings(
    office: Context, resident: Callable[..., str]
) -> None:
    rule, _ = store.add_rule(office, SECOND_SATURDAY)
    create_booking(office, "handover", date(2026, 12, 12), time(9), [resident()])
    assert rule.id is not None
    affected = store.remove_rule(office, rule.id)
    assert [x.day for x in affected] == [date(2026, 12, 12)]
    assert not cal.is_open(office, date(2026, 12, 12))
    assert store.list_rules(office) == []


def test_only_administrators_change_rules(staff: dict[Role, Context]) -> None:
    with pytest.raises(NotAllowed):
        store.add_rule(staff[Role.SUPERVISOR], SECOND_SATURDAY)
    store.add_rule(staff[Role.ADMIN], SECOND_SATURDAY)


def test_ensure_sessions_extends_to_the_horizon(office: Context) -> None:
    store.add_rule(office, LAST_SUNDAY)
    office.clock.set(office.clock.now().replace(year=2027))  # type: ignore[attr-defined]
    added = store.ensure_sessions(office)
    assert added > 0
    assert store.ensure_sessions(office) == 0
