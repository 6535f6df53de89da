"""The reports on paper (Qt-free, reportlab through `desktop.printing`): A4 landscape sheets.

- `monthly_sheet_pdf`: the calendar sheet of one count kind — a row per week Monday..Sunday, the day's
  number, its note (holiday, session, venue) and its count in each cell, the week's total at the end of
  the row, the month's total under the calendar; closed days shaded with their reason.
- `all_kinds_pdf`: every count kind per day of the month (days across, kinds down).
- `plan_pdf`: the 交付円滑化計画 follow-up table of a fiscal year.
Each has the office letterhead, the period in 和暦 and 西暦, the print date and stamp boxes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from reportlab.lib.pagesizes import A4

from desktop.core.clock import to_local
from desktop.core.wareki import WEEKDAYS
from desktop.i18n import tr_text, translate
from desktop.jobs.reports import tables
from desktop.jobs.reports.domain.monthly import AllKindsSheet, MonthlyCountSheet
from desktop.jobs.reports.domain.plan import PlanTable
from desktop.printing import Document, Letterhead, PageLayout, Writer, build, mm
from desktop.printing.text import fit_size
from desktop.printing.writer import Align

# The printing base has portrait layouts only; count sheets and the follow-up table are landscape.
A4_LANDSCAPE = PageLayout(
    "a4-landscape", A4[1], A4[0], 12 * mm, 14 * mm, 18 * mm, 12 * mm, font_size=9.5
)

SHADE_CLOSED = 0.88
SHADE_HEAD = 0.92
SHADE_OUTSIDE = 0.97
FOOTNOTES_H = 25 * mm  # the notes and stamp boxes under a table


def _cell(w: Writer, x: float, y: float, width: float, height: float, text: str = "", *,
          align: Align = "center", size: float | None = None, bold: bool = False,
          fill: float | None = None, border: float = 0.5) -> None:
    """A bordered cell with one line of text, vertically centred and shrunk to fit."""
    w.rect(x, y, width, height, width=border, fill_gray=fill)
    if not text:
        return
    pad = 1.2 * mm
    size = fit_size(text, width - 2 * pad, size or w.size, bold=bold)
    top = y + (height - w.line_height(size)) / 2
    tx = {"left": x + pad, "center": x + width / 2, "right": x + width - pad}[align]
    w.text_in_line(tx, top, text, size=size, bold=bold, align=align)


def _title_block(w: Writer, title: str, period: str, subject: str = "") -> None:
    """A compact landscape header: the title, then the period at the left and the office at the right."""
    w.title = title
    small = w.size - 1.5
    if w.when is not None:
        made = tables.made_on(to_local(w.when).date())
        w.text_in_line(w.right, w.y, made, size=small, align="right")
    w.y += w.line_height(small)
    size = fit_size(title, w.width, 16, bold=True)
    w.text_in_line((w.left + w.right) / 2, w.y, title, size=size, bold=True, align="center")
    w.y += w.line_height(size)
    w.rule(weight=1.2, double=True)
    top = w.y
    left = [(period, w.size + 3, True)] + ([(subject, w.size + 0.5, False)] if subject else [])
    lh = w.letterhead
    right = [] if lh is None else [(lh.signature, w.size + 0.5, True)] + [
        (t, small, False) for t in (lh.address, lh.phone_line) if t]
    for column, align in ((left, "left"), (right, "right")):
        y = top
        for text, tsize, bold in column:
            w.text_in_line(w.left if align == "left" else w.right, y, text, size=tsize, bold=bold,
                           align=align)  # type: ignore[arg-type]
            y += w.line_height(tsize)
        w.y = max(w.y, y)
    w.space(2 * mm)


def _footnotes(w: Writer, notes: Sequence[str], *, stamps: bool = True) -> None:
    box = 15 * mm
    stamp_w = 3 * box if stamps else 0.0
    top = w.y + 2 * mm
    y = top
    for note in notes:
        size = fit_size(note, w.width - stamp_w - 4 * mm, w.size - 1.5)
        w.text_in_line(w.left, y, note, size=size)
        y += w.line_height(w.size - 1.5)
    if stamps:
        w.y = top
        w.signature_box(box=box)
    w.y = max(w.y, y)


# --- the calendar sheet of one kind ----------------------------------------------------------------


def _draw_monthly(w: Writer, sheet: MonthlyCountSheet) -> None:
    _title_block(w, tables.kind_title(sheet), sheet.month.label, translate(
        "Reports", "Count: {kind}").format(kind=tr_text(sheet.kind_label)))
    week_w, total_w = 16 * mm, 24 * mm
    day_w = (w.width - week_w - total_w) / 7
    head_h = 7 * mm
    reserved = 12 * mm + 30 * mm  # the month's total row, then notes and stamp boxes
    row_h = min(26 * mm, (w.bottom - w.y - head_h - reserved) / len(sheet.weeks))
    x0, y = w.left, w.y
    _cell(w, x0, y, week_w, head_h, translate("Reports", "Week"), bold=True, fill=SHADE_HEAD)
    for i, name in enumerate(WEEKDAYS):
        _cell(w, x0 + week_w + i * day_w, y, day_w, head_h, name, bold=True, fill=SHADE_HEAD)
    _cell(w, x0 + week_w + 7 * day_w, y, total_w, head_h, translate("Reports", "Week total"), bold=True,
          fill=SHADE_HEAD)
    y += head_h
    small = w.size - 2.5
    for n, week in enumerate(sheet.weeks, start=1):
        _cell(w, x0, y, week_w, row_h, translate("Reports", "Week {n}").format(n=n), size=w.size - 1)
        for i, c in enumerate(week.cells):
            x = x0 + week_w + i * day_w
            if c is None:
                _cell(w, x, y, day_w, row_h, fill=SHADE_OUTSIDE)
                continue
            _cell(w, x, y, day_w, row_h, fill=SHADE_CLOSED if c.closed else None)
            w.text_in_line(x + 1.2 * mm, y + 0.8 * mm, str(c.day.day), size=w.size, bold=True)
            note = tables.note_text(c)
            if note:
                nx = x + 1.2 * mm + w.text_width(str(c.day.day), w.size, bold=True) + 1.5 * mm
                size = fit_size(note, x + day_w - 1 * mm - nx, small, minimum=5.0)
                w.text_in_line(nx, y + 0.8 * mm + (w.line_height(w.size) - w.line_height(size)) / 2,
                               note, size=size)
            if c.count or not (c.closed or c.upcoming):
                big = min(20.0, row_h / mm * 1.1)
                w.text_in_line(x + day_w - 2.5 * mm, y + row_h - w.line_height(big) - 0.8 * mm,
                               f"{c.count:,}", size=big, bold=True, align="right")
        _cell(w, x0 + week_w + 7 * day_w, y, total_w, row_h, f"{week.total:,}", align="right",
              size=min(18.0, row_h / mm), bold=True, fill=SHADE_HEAD)
        y += row_h
    total_h = 11 * mm
    _cell(w, x0, y, week_w + 7 * day_w, total_h, translate("Reports", "Month total"), align="right",
          bold=True, size=w.size + 2, border=1.2)
    _cell(w, x0 + week_w + 7 * day_w, y, total_w, total_h, f"{sheet.total:,}", align="right",
          bold=True, size=w.size + 6, border=1.2)
    w.y = y + total_h
    notes = [translate("Reports", "Closed days are shaded. Counts are by business date (Japan time); "
                       "corrections are already netted.")]
    if sheet.sites:
        notes.append(translate("Reports", "By site:") + " " + "、".join(
            f"{s.name or translate('Reports', 'Office')} {s.count:,}" for s in sheet.sites))
    _footnotes(w, notes)


def monthly_sheet_pdf(sheet: MonthlyCountSheet, letterhead: Letterhead, when: datetime) -> Document:
    title = tables.kind_title(sheet)
    return build(A4_LANDSCAPE, lambda w: _draw_monthly(w, sheet), title=title,
                 file_stem=f"count-{sheet.kind}-{sheet.month.key}", when=when, letterhead=letterhead)


# --- every kind per day -----------------------------------------------------------------------------


def _draw_all_kinds(w: Writer, sheet: AllKindsSheet) -> None:
    _title_block(w, translate("Reports", "Monthly count sheet: all counts"), sheet.month.label)
    label_w, total_w = 44 * mm, 14 * mm
    day_w = (w.width - label_w - total_w) / len(sheet.days)
    head_h = 9 * mm
    # Rows share the page down to 4.2 mm (about 25 kinds fit); only more kinds than that go on a 2nd page.
    room = w.bottom - w.y - head_h - FOOTNOTES_H - 1 * mm  # 1 mm: rounding must not push the notes over
    row_h = max(4.2 * mm, min(8 * mm, room / max(1, len(sheet.rows))))
    size = w.size - 2

    def head(_: object = None) -> None:
        x, y = w.left, w.y
        _cell(w, x, y, label_w, head_h, translate("Reports", "Count"), bold=True, fill=SHADE_HEAD, size=size)
        for i, c in enumerate(sheet.days):
            cx = x + label_w + i * day_w
            w.rect(cx, y, day_w, head_h, width=0.5, fill_gray=SHADE_CLOSED if c.closed else SHADE_HEAD)
            w.text_in_line(cx + day_w / 2, y + 0.5 * mm, str(c.day.day), size=size, bold=True, align="center")
            w.text_in_line(cx + day_w / 2, y + head_h / 2, WEEKDAYS[c.day.weekday()], size=size - 0.5,
                           align="center")
        _cell(w, x + label_w + len(sheet.days) * day_w, y, total_w, head_h, translate("Reports", "Total"),
              bold=True, fill=SHADE_HEAD, size=size)
        w.y += head_h

    head()
    remove = w.on_new_page(head)
    try:
        for r in sheet.rows:
            w.ensure(row_h)
            x, y = w.left, w.y
            _cell(w, x, y, label_w, row_h, tr_text(r.label), align="left", size=size)
            for i, (n, c) in enumerate(zip(r.counts, sheet.days, strict=True)):
                _cell(w, x + label_w + i * day_w, y, day_w, row_h, f"{n}" if n else "", size=size,
                      fill=SHADE_CLOSED if c.closed else None)
            _cell(w, x + label_w + len(sheet.days) * day_w, y, total_w, row_h, f"{r.total:,}",
                  align="right", size=size, bold=True)
            w.y += row_h
    finally:
        remove()
    w.ensure(FOOTNOTES_H)
    _footnotes(w, [translate("Reports", "Closed days are shaded; an empty cell means none. Counts are by "
                             "business date (Japan time); corrections are already netted.")])


def all_kinds_pdf(sheet: AllKindsSheet, letterhead: Letterhead, when: datetime) -> Document:
    title = translate("Reports", "Monthly count sheet: all counts")
    return build(A4_LANDSCAPE, lambda w: _draw_all_kinds(w, sheet), title=title,
                 file_stem=f"counts-{sheet.month.key}", when=when, letterhead=letterhead)


# --- the follow-up table ----------------------------------------------------------------------------


def _draw_plan(w: Writer, table: PlanTable, today: date) -> None:
    _title_block(w, tables.plan_title(), table.year.label)
    grid = tables.plan_grid(table, "", today)
    label_w, unit_w, total_w = 58 * mm, 11 * mm, 19 * mm
    month_w = (w.width - label_w - unit_w - total_w) / 12
    widths = [label_w, unit_w, *([month_w] * 12), total_w]
    head_h = 8 * mm
    row_h = min(9 * mm, (w.bottom - w.y - head_h - 26 * mm) / len(grid.rows))
    size = w.size - 1
    x, y = w.left, w.y
    for i, text in enumerate(grid.header[0]):
        _cell(w, x, y, widths[i], head_h, text, bold=True, fill=SHADE_HEAD, size=size)
        x += widths[i]
    y += head_h
    for row in grid.rows:
        x = w.left
        for i, value in enumerate(row.cells):
            if i == 0:
                _cell(w, x, y, widths[i], row_h, str(value), align="left", size=size)
            elif i == 1:
                _cell(w, x, y, widths[i], row_h, str(value), size=size - 1)
            else:
                total = i == len(row.cells) - 1
                _cell(w, x, y, widths[i], row_h, _figure(value, row.decimals), align="right", size=size,
                      bold=total, fill=SHADE_HEAD if total else None)
            x += widths[i]
        y += row_h
    w.y = y
    _footnotes(w, grid.notes)


def _figure(value: tables.Value, decimals: int) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.{decimals}f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def plan_pdf(table: PlanTable, letterhead: Letterhead, when: datetime, today: date) -> Document:
    return build(A4_LANDSCAPE, lambda w: _draw_plan(w, table, today), title=tables.plan_title(),
                 file_stem=f"plan-{table.year.start_year}", when=when, letterhead=letterhead)
