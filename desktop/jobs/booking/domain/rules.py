"""Session rules (Qt-free, pure): which dates a weekend, evening or one-off session falls on.

A rule is turned into sessions of the office calendar (`desktop.core.calendar`) by the booking store,
with `source = "booking-rule:<id>"`; the calendar's unique index keeps a re-run from duplicating them.

- `nth_weekday`: the n-th given weekday of each month, e.g. 「第2土曜 9:00–12:00、4月を除く」;
- `last_weekday`: the last given weekday of each month, e.g. 「最終日曜 9:00–12:00、3月を除く」;
- `weekly`: given weekdays of every week, e.g. an evening desk on Tuesdays and Thursdays 17:15–19:00;
- `one_off`: one extra day (a Sunday in the March rush) or an extra session on one date;
- `closure`: one day closed (臨時閉庁, the national system's maintenance day).

Recurring rules never fall on the 条例 year-end days, skip the months listed in `except_months`, and
by default (`skip_holidays`) skip national holidays (振替休日 and 国民の休日 included). One-off rules
apply on their date whatever it is: staff chose it.
"""

from __future__ import annotations

import calendar as pycal
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Literal

from desktop.core.calendar import YearEnd, holiday_name
from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP

RuleKind = Literal["nth_weekday", "last_weekday", "weekly", "one_off", "closure"]
RULE_KINDS: tuple[RuleKind, ...] = ("nth_weekday", "last_weekday", "weekly", "one_off", "closure")
RULE_KIND_LABELS = {
    "nth_weekday": QT_TRANSLATE_NOOP("Booking", "Nth weekday of the month"),
    "last_weekday": QT_TRANSLATE_NOOP("Booking", "Last weekday of the month"),
    "weekly": QT_TRANSLATE_NOOP("Booking", "Every week"),
    "one_off": QT_TRANSLATE_NOOP("Booking", "One extra day"),
    "closure": QT_TRANSLATE_NOOP("Booking", "One-off closure"),
}
SOURCE_PREFIX = "booking-rule:"
WHOLE_DAY = (time(0, 0), time(23, 59))


def source_of(rule_id: str) -> str:
    return SOURCE_PREFIX + rule_id


@dataclass(frozen=True)
class SessionRule:
    id: str | None
    kind: RuleKind
    start: time
    end: time
    session_kind: str = "weekend"  # 'weekend' | 'extra' | 'closure' (calendar session kinds)
    weekdays: tuple[int, ...] = ()  # 0 = Monday
    nth: int | None = None  # 1..5 for nth_weekday
    day: date | None = None  # one_off / closure
    except_months: tuple[int, ...] = ()
    skip_holidays: bool = True
    label: str = ""
    valid_from: date | None = None
    valid_to: date | None = None
    active: bool = True

    @property
    def source(self) -> str:
        if self.id is None:
            raise ValueError("an unsaved rule has no source")
        return source_of(self.id)

    @property
    def one_off(self) -> bool:
        return self.kind in ("one_off", "closure")


def check_rule(rule: SessionRule) -> None:
    """Refuse a rule that cannot be right, with a message that says what to fix."""
    if rule.kind not in RULE_KINDS:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Unknown kind of session rule."))
    if not rule.start < rule.end:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "A session must end after it starts."))
    if rule.kind == "closure":
        if rule.session_kind != "closure":
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "A closure rule writes a closure."))
    elif rule.session_kind not in ("weekend", "extra"):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose a weekend or an extra session."))
    if rule.one_off:
        if rule.day is None:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the date of the session."))
        return
    if not rule.weekdays or any(not 0 <= w <= 6 for w in rule.weekdays):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the weekday of the session."))
    if rule.kind in ("nth_weekday", "last_weekday") and len(rule.weekdays) != 1:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "A monthly rule is for one weekday."))
    if rule.kind == "nth_weekday" and (rule.nth is None or not 1 <= rule.nth <= 5):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose which week of the month (1st to 5th)."))
    if any(not 1 <= m <= 12 for m in rule.except_months):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Excepted months are 1 to 12."))
    if rule.valid_from and rule.valid_to and rule.valid_to < rule.valid_from:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The rule must end after it starts."))


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    """The n-th `weekday` (0 = Monday) of a month, None when the month has no such day (a 5th)."""
    first = date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    d = first + timedelta(days=offset + 7 * (n - 1))
    return d if d.month == month else None


def last_weekday(year: int, month: int, weekday: int) -> date:
    last = date(year, month, pycal.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def rule_dates(
    rule: SessionRule,
    start: date,
    end: date,
    *,
    year_end: YearEnd | None = None,
    is_holiday: Callable[[date], bool] | None = None,
) -> list[date]:
    """The dates from start to end inclusive on which the rule puts a session."""
    year_end = year_end or YearEnd()
    is_holiday = is_holiday or (lambda d: holiday_name(d) is not None)
    lo = max(start, rule.valid_from) if rule.valid_from else start
    hi = min(end, rule.valid_to) if rule.valid_to else end
    if not rule.active or lo > hi:
        return []
    if rule.one_off:
        return [rule.day] if rule.day is not None and lo <= rule.day <= hi else []
    candidates: list[date] = []
    if rule.kind == "weekly":
        d = lo
        while d <= hi:
            if d.weekday() in rule.weekdays:
                candidates.append(d)
            d += timedelta(days=1)
    else:
        year, month = lo.year, lo.month
        while (year, month) <= (hi.year, hi.month):
            weekday = rule.weekdays[0]
            if rule.kind == "nth_weekday":
                found = nth_weekday(year, month, weekday, rule.nth or 1)
            else:
                found = last_weekday(year, month, weekday)
            if found is not None and lo <= found <= hi:
                candidates.append(found)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return [
        d
        for d in candidates
        if d.month not in rule.except_months
        and not year_end.contains(d)
        and not (rule.skip_holidays and is_holiday(d))
    ]

