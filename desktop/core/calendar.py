"""The office calendar (Qt-free, pure): is the office open on a day, when, and why not.

Inputs, all passed in so the rules stay pure and testable:
- the profile's opening hours per weekday (Mon–Fri 8:30–17:15 by default, Saturday/Sunday None);
- national holidays from `jpholiday` (振替休日, 国民の休日 and the equinox days included);
- the 条例 year-end days (`YearEnd`, default 12/29–1/3);
- an administrator's override for the date (forced open or closed, with a reason);
- the stored SESSIONS of the date: 'regular' (ordinary hours, written by the booking rules),
  'weekend' (休日開庁) and 'extra' (e.g. an evening desk or a pop-up venue day), 'closure' (a one-off
  closure, 臨時閉庁).

Precedence, strongest first:
1. an override decides (open → the weekday's hours or the sessions' span; closed → closed);
2. a 'closure' session closes the day;
3. a 'weekend' or 'extra' session opens the day even on a weekend, holiday or year-end day;
4. year-end days, then national holidays, close the day;
5. otherwise the day is open when the profile has hours for its weekday (so a weekend day is open
   only through a session, unless the office sets regular Saturday hours in its profile).
The hours of an open day span the weekday's hours and every non-closure session of the day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Literal

import jpholiday

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.office import SATURDAY, SUNDAY, Hours

SessionKind = Literal["regular", "weekend", "extra", "closure"]
SESSION_KINDS: tuple[SessionKind, ...] = ("regular", "weekend", "extra", "closure")
OPENING_KINDS = frozenset({"weekend", "extra"})

SESSION_KIND_LABELS = {
    "regular": QT_TRANSLATE_NOOP("Calendar", "Regular hours"),
    "weekend": QT_TRANSLATE_NOOP("Calendar", "Weekend session"),
    "extra": QT_TRANSLATE_NOOP("Calendar", "Extra session"),
    "closure": QT_TRANSLATE_NOOP("Calendar", "Special closure"),
}

# Reasons shown for a day (translate in context "Calendar"; holiday names come in Japanese from jpholiday).
YEAR_END = QT_TRANSLATE_NOOP("Calendar", "Year-end holidays")
SATURDAY_CLOSED = QT_TRANSLATE_NOOP("Calendar", "Saturday")
SUNDAY_CLOSED = QT_TRANSLATE_NOOP("Calendar", "Sunday")
NO_HOURS = QT_TRANSLATE_NOOP("Calendar", "No opening hours on this weekday")
SPECIAL_CLOSURE = QT_TRANSLATE_NOOP("Calendar", "Special closure")
OPENED_BY_ADMIN = QT_TRANSLATE_NOOP("Calendar", "Opened by the administrator")
CLOSED_BY_ADMIN = QT_TRANSLATE_NOOP("Calendar", "Closed by the administrator")


def holiday_name(d: date) -> str | None:
    """The national holiday's Japanese name (e.g. 「憲法記念日 振替休日」, 「国民の休日」), None on other days."""
    return jpholiday.is_holiday_name(d)


@dataclass(frozen=True)
class Session:
    """A stored opening session of one date at a site (None = the main office)."""

    id: str
    day: date
    kind: SessionKind
    start: time
    end: time
    site_id: str | None = None
    label: str = ""
    source: str = ""  # who wrote it: '' = by hand, else a rule's key (the booking job's rules)


@dataclass(frozen=True)
class Override:
    """An administrator's decision for one date: forced open or closed, with a reason."""

    day: date
    open: bool
    reason: str = ""


@dataclass(frozen=True)
class YearEnd:
    """The 条例 year-end closure: from (start_month, start_day) to (end_month, end_day) inclusive,
    wrapping over the new year when the start is after the end (default 12/29–1/3)."""

    start_month: int = 12
    start_day: int = 29
    end_month: int = 1
    end_day: int = 3

    def __post_init__(self) -> None:
        for month, day in ((self.start_month, self.start_day), (self.end_month, self.end_day)):
            try:
                date(2000, month, day)  # a leap year: 2/29 is a valid month-day
            except (TypeError, ValueError):
                raise DomainError(
                    QT_TRANSLATE_NOOP("Errors", "The year-end days need a valid month and day.")
                ) from None

    def contains(self, d: date) -> bool:
        md = (d.month, d.day)
        start, end = (self.start_month, self.start_day), (self.end_month, self.end_day)
        if start <= end:
            return start <= md <= end
        return md >= start or md <= end

    def to_json(self) -> dict[str, str]:
        return {
            "start": f"{self.start_month:02d}-{self.start_day:02d}",
            "end": f"{self.end_month:02d}-{self.end_day:02d}",
        }

    @classmethod
    def from_json(cls, data: Mapping[str, str]) -> YearEnd:
        sm, sd = (int(x) for x in data["start"].split("-"))
        em, ed = (int(x) for x in data["end"].split("-"))
        return cls(sm, sd, em, ed)


@dataclass
class DayInfo:
    """What the calendar says about one date (at one site)."""

    date: date
    open: bool
    reason: str  # why not an ordinary open weekday ('' if it is): translate in context "Calendar"
    sessions: list[Session] = field(default_factory=list)
    hours: Hours | None = None  # opening span of an open day; None when closed
    holiday: str = ""  # the national holiday's name, also when the day is opened anyway

    @property
    def weekend(self) -> bool:
        return self.date.weekday() in (SATURDAY, SUNDAY)


def check_session_times(start: time, end: time) -> None:
    if not start < end:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "A session must end after it starts."))


def day_info(
    d: date,
    *,
    hours: Mapping[int, Hours | None],
    year_end: YearEnd | None = None,
    override: Override | None = None,
    sessions: Sequence[Session] = (),
) -> DayInfo:
    """The calendar's verdict for one date (see the module docstring for the precedence)."""
    year_end = YearEnd() if year_end is None else year_end
    todays = sorted((s for s in sessions if s.day == d), key=lambda s: (s.start, s.end, s.kind))
    holiday = holiday_name(d) or ""
    weekday_hours = hours.get(d.weekday())
    working = [s for s in todays if s.kind != "closure"]
    info = DayInfo(date=d, open=False, reason="", sessions=todays, holiday=holiday)

    if override is not None:
        if override.open:
            base = weekday_hours if weekday_hours is not None else _usual_hours(hours)
            info.open = True
            info.reason = override.reason or OPENED_BY_ADMIN
            info.hours = _span(base, working)
        else:
            info.reason = override.reason or CLOSED_BY_ADMIN
        return info

    closures = [s for s in todays if s.kind == "closure"]
    if closures:
        info.reason = closures[0].label or SPECIAL_CLOSURE
        return info

    calendar_reason = _closed_reason(d, holiday, year_end, weekday_hours)
    if calendar_reason is None:
        info.open = True
        info.hours = _span(weekday_hours, working)
        return info

    opening = [s for s in todays if s.kind in OPENING_KINDS]
    if opening:
        info.open = True
        info.reason = opening[0].label or SESSION_KIND_LABELS[opening[0].kind]
        info.hours = _span(None, opening)
        return info

    info.reason = calendar_reason
    return info


def days(
    start: date,
    end: date,
    *,
    hours: Mapping[int, Hours | None],
    year_end: YearEnd | None = None,
    overrides: Mapping[date, Override] | None = None,
    sessions: Iterable[Session] = (),
) -> list[DayInfo]:
    """`day_info` for every date from start to end inclusive."""
    by_day: dict[date, list[Session]] = {}
    for s in sessions:
        by_day.setdefault(s.day, []).append(s)
    overrides = overrides or {}
    out: list[DayInfo] = []
    d = start
    while d <= end:
        out.append(
            day_info(
                d,
                hours=hours,
                year_end=year_end,
                override=overrides.get(d),
                sessions=by_day.get(d, ()),
            )
        )
        d += timedelta(days=1)
    return out


def _closed_reason(d: date, holiday: str, year_end: YearEnd, weekday_hours: Hours | None) -> str | None:
    if year_end.contains(d):
        return YEAR_END
    if holiday:
        return holiday
    if weekday_hours is None:
        if d.weekday() == SATURDAY:
            return SATURDAY_CLOSED
        if d.weekday() == SUNDAY:
            return SUNDAY_CLOSED
        return NO_HOURS
    return None


def _usual_hours(hours: Mapping[int, Hours | None]) -> Hours | None:
    for weekday in range(7):
        span = hours.get(weekday)
        if span is not None:
            return span
    return None


def _span(base: Hours | None, sessions: Sequence[Session]) -> Hours | None:
    starts = [s.start for s in sessions]
    ends = [s.end for s in sessions]
    if base is not None:
        starts.append(base[0])
        ends.append(base[1])
    if not starts:
        return None
    return (min(starts), max(ends))
