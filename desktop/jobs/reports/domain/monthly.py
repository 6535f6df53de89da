"""The monthly count sheets (月次集計表, the counter's own paper), as plain data (Qt-free, pure).

`MonthlyCountSheet` (one count kind): a calendar of the month, one row per week Monday..Sunday, the
day's count in each cell, the week's total at the end of its row and the month's total; closed days
are marked with their reason (土曜, a holiday's name, 年末年始 …). `AllKindsSheet`: every count kind as
a row and every day of the month as a column, with the kind's month total.

A day counts as closed when the office calendar has it closed AND no pop-up venue held a session
there that day; a venue session day is marked with the venue's name. Counts are by local business
date (Asia/Tokyo) as the events carry them. The builders take everything as arguments, so the same
sheet is built for the GUI, the CLI and the tests.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from desktop.jobs.reports.domain.periods import Month


@dataclass(frozen=True)
class DayMark:
    """What the calendar says about a day: closed or not, and a short note (holiday, session, venue)."""

    closed: bool = False
    note: str = ""  # a marked label (translate with tr_text), a holiday's or venue's name; '' normally
    venue: bool = False  # the note names the pop-up venue(s) that held a session that day


@dataclass(frozen=True)
class DayCell:
    day: date
    count: int
    closed: bool = False
    note: str = ""
    venue: bool = False
    upcoming: bool = False  # after today: nothing counted yet, printed empty


@dataclass(frozen=True)
class WeekRow:
    cells: tuple[DayCell | None, ...]  # Monday..Sunday; None outside the month
    total: int


@dataclass(frozen=True)
class SiteShare:
    """The part of the month's total recorded at one site (the office or a pop-up venue)."""

    name: str
    count: int
    venue: bool


@dataclass(frozen=True)
class MonthlyCountSheet:
    """One count kind over one month, laid out as a calendar."""

    month: Month
    kind: str  # count-kind key
    kind_label: str  # English source, context "CountKind"
    weeks: tuple[WeekRow, ...]
    total: int
    sites: tuple[SiteShare, ...] = ()  # shown when work was recorded at more than one site

    def cell(self, d: date) -> DayCell:
        for week in self.weeks:
            for c in week.cells:
                if c is not None and c.day == d:
                    return c
        raise KeyError(d)

    @property
    def open_days(self) -> int:
        return sum(1 for w in self.weeks for c in w.cells if c is not None and not c.closed)


@dataclass(frozen=True)
class KindRow:
    kind: str
    label: str  # English source, context "CountKind"
    counts: tuple[int, ...]  # one per day of the month
    total: int


@dataclass(frozen=True)
class AllKindsSheet:
    """Every count kind (rows) for every day of the month (columns)."""

    month: Month
    days: tuple[DayCell, ...]  # count = 0 here; closed and note per day
    rows: tuple[KindRow, ...] = field(default=())

    def row(self, kind: str) -> KindRow:
        for r in self.rows:
            if r.kind == kind:
                return r
        raise KeyError(kind)


def build_monthly_sheet(
    month: Month,
    kind: str,
    kind_label: str,
    daily: Mapping[date, int],
    marks: Mapping[date, DayMark],
    sites: Sequence[SiteShare] = (),
    today: date | None = None,
) -> MonthlyCountSheet:
    """The calendar sheet of one kind: `daily` holds the netted count per day (absent = 0)."""
    weeks: list[WeekRow] = []
    for row in month.weeks():
        cells: list[DayCell | None] = []
        for d in row:
            if d is None:
                cells.append(None)
                continue
            mark = marks.get(d, DayMark())
            upcoming = today is not None and d > today
            cells.append(DayCell(d, int(daily.get(d, 0)), mark.closed, mark.note, mark.venue, upcoming))
        weeks.append(WeekRow(tuple(cells), sum(c.count for c in cells if c is not None)))
    shown = tuple(sorted(sites, key=lambda s: (s.venue, -s.count, s.name))) if len(sites) > 1 else ()
    return MonthlyCountSheet(
        month, kind, kind_label, tuple(weeks), sum(w.total for w in weeks), shown
    )


def build_all_kinds_sheet(
    month: Month,
    kinds: Sequence[tuple[str, str]],
    counts: Mapping[tuple[str, date], int],
    marks: Mapping[date, DayMark],
    today: date | None = None,
) -> AllKindsSheet:
    """`kinds` = (key, English label) in display order; `counts` = netted count per (kind, day)."""
    days = month.days()
    blank = DayMark()
    columns = tuple(
        DayCell(d, 0, marks.get(d, blank).closed, marks.get(d, blank).note, marks.get(d, blank).venue,
                today is not None and d > today)
        for d in days
    )
    rows = []
    for key, label in kinds:
        values = tuple(int(counts.get((key, d), 0)) for d in days)
        rows.append(KindRow(key, label, values, sum(values)))
    return AllKindsSheet(month, columns, tuple(rows))
