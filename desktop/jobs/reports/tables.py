"""The reports as tables of cells (Qt-free): what the CSV and XLSX exports write, in the staff's language.

A `Grid` is a title, lines about it (office, period, when made), header rows, body rows and notes.
Body cells are numbers (int, or float with the row's decimals), text, or empty. A figure whose setting
is missing is the text 「未設定」 (source "Not set"); a month still to come is empty. The layout
follows the paper: the calendar sheet has a date row and a count row per week, then the month's total.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.core.wareki import WEEKDAYS, wareki
from desktop.i18n import tr_text, translate
from desktop.jobs.reports.domain.figures import Cell, Mark
from desktop.jobs.reports.domain.monthly import AllKindsSheet, DayCell, MonthlyCountSheet
from desktop.jobs.reports.domain.plan import PlanTable

Value = int | float | str | None


@dataclass(frozen=True)
class GridRow:
    cells: tuple[Value, ...]
    style: str = "body"  # "body" | "dates" | "total"
    decimals: int = 0
    shaded: frozenset[int] = frozenset()  # columns of closed days on this row


@dataclass
class Grid:
    title: str
    sheet_name: str  # the XLSX sheet's name (no personal data, at most 31 characters)
    meta: list[str]
    header: list[list[str]]
    rows: list[GridRow]
    notes: list[str] = field(default_factory=list)
    label_columns: int = 1  # leading text columns (frozen in the XLSX)
    column_widths: list[float] = field(default_factory=list)  # characters, per column (XLSX)
    screen_header_rows: int = 0  # header rows the on-screen table joins into its headings (0 = all)
    stretch: bool = False  # on screen, share the width equally between the figure columns


def not_set() -> str:
    return translate("Reports", "Not set")


NO_RECORD = "―"  # U+2015, which CP932 holds (U+2014 it does not)


def cell_value(cell: Cell) -> Value:
    if cell is Mark.NOT_SET:
        return not_set()
    if cell is Mark.NO_RECORD:
        return NO_RECORD
    if cell is Mark.FUTURE or cell is None:
        return None
    return cell


def note_text(cell: DayCell) -> str:
    if not cell.note:
        return ""
    if cell.venue:
        return translate("Reports", "Pop-up: {venue}").format(venue=cell.note)
    return tr_text(cell.note)


def made_on(today: date) -> str:
    return translate("Reports", "Made on {date}").format(date=wareki(today))


def kind_title(sheet: MonthlyCountSheet) -> str:
    return translate("Reports", "Monthly count sheet: {kind}").format(kind=tr_text(sheet.kind_label))


def monthly_grid(sheet: MonthlyCountSheet, office: str, today: date) -> Grid:
    weekdays = list(WEEKDAYS)
    header = [[translate("Reports", "Week"), *weekdays, translate("Reports", "Week total")]]
    rows: list[GridRow] = []
    for n, week in enumerate(sheet.weeks, start=1):
        shaded = frozenset(i + 1 for i, c in enumerate(week.cells) if c is not None and c.closed)
        dates: list[Value] = [translate("Reports", "Week {n}").format(n=n)]
        counts: list[Value] = [translate("Reports", "Count")]
        for c in week.cells:
            if c is None:
                dates.append(None)
                counts.append(None)
                continue
            note = note_text(c)
            dates.append(f"{c.day.month}/{c.day.day}" + (f" {note}" if note else ""))
            counts.append(None if c.upcoming and not c.count else c.count)
        rows.append(GridRow((*dates, None), "dates", shaded=shaded))
        rows.append(GridRow((*counts, week.total), shaded=shaded))
    rows.append(GridRow((translate("Reports", "Month total"), *([None] * 7), sheet.total), "total"))
    notes = [
        translate("Reports", "Closed days are shaded. Counts are by business date (Japan time); "
                  "corrections are already netted.")
    ]
    if sheet.sites:
        notes.append(translate("Reports", "By site:") + " " + "、".join(
            f"{s.name or translate('Reports', 'Office')} {s.count}" for s in sheet.sites))
    return Grid(
        title=kind_title(sheet),
        sheet_name=sheet.month.key,
        meta=[office, sheet.month.label, made_on(today)],
        header=header,
        rows=rows,
        notes=notes,
        column_widths=[12, *([14] * 7), 10],
        stretch=True,
    )


def all_kinds_grid(sheet: AllKindsSheet, office: str, today: date) -> Grid:
    days = sheet.days
    header = [
        [translate("Reports", "Count"), *[str(c.day.day) for c in days], translate("Reports", "Total")],
        ["", *[WEEKDAYS[c.day.weekday()] for c in days], ""],
        [translate("Reports", "Closed"), *[translate("Reports", "closed") if c.closed else "" for c in days],
         ""],
    ]
    shaded = frozenset(i + 1 for i, c in enumerate(days) if c.closed)
    rows = [
        GridRow((tr_text(r.label), *[None if c.upcoming and not n else n for n, c in zip(r.counts, days, strict=True)],
                 r.total), shaded=shaded)
        for r in sheet.rows
    ]
    return Grid(
        title=translate("Reports", "Monthly count sheet: all counts"),
        sheet_name=sheet.month.key,
        meta=[office, sheet.month.label, made_on(today)],
        header=header,
        rows=rows,
        notes=[translate("Reports", "Counts are by business date (Japan time); corrections are already netted.")],
        column_widths=[26, *([4.5] * len(days)), 7],
        screen_header_rows=2,
    )


def plan_title() -> str:
    return translate("Reports", "My Number Card issuance plan: follow-up")


def plan_grid(table: PlanTable, office: str, today: date) -> Grid:
    header = [[
        translate("Reports", "Item"), translate("Reports", "Unit"),
        *[translate("Reports", "{year}/{month}").format(month=m.month, year=m.year) for m in table.months],
        translate("Reports", "Year total"),
    ]]  # fmt: skip
    rows = [
        GridRow(
            (tr_text(r.label), tr_text(r.unit), *[cell_value(c) for c in r.cells], cell_value(r.total)),
            decimals=r.decimals,
        )
        for r in table.rows
    ]
    notes = [opening_note(table)]
    notes.append(translate("Reports", "Year total: sums of the counted rows; the cumulative count and the "
                           "rate of the latest month."))
    return Grid(
        title=plan_title(),
        sheet_name=table.year.era_label,
        meta=[office, table.year.label, made_on(today)],
        header=header,
        rows=rows,
        notes=notes,
        label_columns=2,
        column_widths=[30, 6, *([9] * 12), 10],
        stretch=True,
    )


def opening_note(table: PlanTable) -> str:
    if table.opening is None:
        return translate("Reports", "Opening balance of the cumulative count: not set (設定 › 集計).")
    return translate(
        "Reports", "Cumulative count from {count} cards issued before {date}; ― = before Madoguchi was used."
    ).format(count=f"{table.opening.count:,}", date=wareki(table.opening.on))
