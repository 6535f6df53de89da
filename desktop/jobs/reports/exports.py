"""Writing a report `Grid` as CSV or XLSX (Qt-free). Staff open both in Excel.

- CSV: UTF-8 with a BOM (`utf-8-sig`, so Excel reads it as UTF-8) or CP932 (Shift_JIS as Windows has
  it, for older tools), chosen by staff; CRLF line ends. A character CP932 cannot hold is refused
  with a message naming it (choose UTF-8 then), never replaced silently.
- XLSX (openpyxl): laid out like a municipal table — title, office and period, shaded header rows,
  units, thin borders, totals in bold, the label column(s) and header rows frozen, closed days shaded,
  A4 landscape fitted to the page width when printed from Excel.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desktop import APP_NAME
from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.jobs.reports.tables import Grid, Value

ENCODINGS = ("utf-8-sig", "cp932")
FORMATS = ("pdf", "csv", "xlsx")


def _text(value: Value, decimals: int) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.{decimals}f}"
    return str(value)


def grid_rows(grid: Grid) -> list[list[str]]:
    """The grid as the lines of text a CSV holds (title, about-lines, blank, header, body, blank, notes)."""
    out: list[list[str]] = [[grid.title], *[[m] for m in grid.meta], []]
    out += [list(h) for h in grid.header]
    out += [[_text(v, row.decimals) for v in row.cells] for row in grid.rows]
    if grid.notes:
        out.append([])
        out += [[n] for n in grid.notes]
    return out


def to_csv(grid: Grid, encoding: str = "utf-8-sig") -> bytes:
    if encoding not in ENCODINGS:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "Choose the encoding utf-8-sig or cp932."),
        )
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(grid_rows(grid))
    text = buffer.getvalue()
    try:
        return text.encode(encoding)
    except UnicodeEncodeError as err:
        bad = text[err.start : err.end]
        raise CannotEncode(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The character {char} ({code}) cannot be written in Shift_JIS (CP932). "
                "Export the CSV as UTF-8 instead.",
            ),
            char=bad,
            code=", ".join(f"U+{ord(c):04X}" for c in bad),
        ) from None


class CannotEncode(DomainError):
    """The chosen CSV encoding cannot hold a character of the report."""


_THIN = Side(style="thin", color="808080")
_MEDIUM = Side(style="medium", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_TOTAL_BORDER = Border(left=_THIN, right=_THIN, top=_MEDIUM, bottom=_MEDIUM)
_HEAD_FILL = PatternFill("solid", fgColor="D9D9D9")
_CLOSED_FILL = PatternFill("solid", fgColor="EDEDED")
_FONT = "BIZ UDゴシック"


def _number_format(decimals: int) -> str:
    return "#,##0" if decimals == 0 else "0." + "0" * decimals


def to_xlsx(grid: Grid, when: datetime | None = None) -> bytes:
    """The grid as a one-sheet workbook (bytes of the .xlsx file)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = grid.sheet_name[:31] or "report"
    wb.properties.creator = APP_NAME
    wb.properties.title = grid.title
    if when is not None:
        wb.properties.created = when.replace(tzinfo=None)
        wb.properties.modified = when.replace(tzinfo=None)
    width = max(len(r.cells) for r in grid.rows) if grid.rows else len(grid.header[0])
    ws.cell(row=1, column=1, value=grid.title).font = Font(name=_FONT, bold=True, size=14)
    r = 2
    for line in grid.meta:
        ws.cell(row=r, column=1, value=line).font = Font(name=_FONT, size=10)
        r += 1
    r += 1
    header_top = r
    for head in grid.header:
        for c, text in enumerate(head, start=1):
            cell = ws.cell(row=r, column=c, value=text or None)
            cell.font = Font(name=_FONT, bold=True, size=10)
            cell.fill = _HEAD_FILL
            cell.border = _BORDER
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        r += 1
    body_top = r
    for row in grid.rows:
        for c, value in enumerate(row.cells, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            total = row.style == "total"
            cell.font = Font(name=_FONT, bold=total or c <= grid.label_columns, size=10)
            cell.border = _TOTAL_BORDER if total else _BORDER
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                cell.number_format = _number_format(row.decimals)
                cell.alignment = Alignment(horizontal="right", vertical="center")
            elif c > grid.label_columns:
                horizontal = "left" if row.style == "dates" else "right"
                cell.alignment = Alignment(horizontal=horizontal, vertical="center", shrink_to_fit=True)
            if c - 1 in row.shaded:
                cell.fill = _CLOSED_FILL
        r += 1
    r += 1
    for note in grid.notes:
        ws.cell(row=r, column=1, value=note).font = Font(name=_FONT, size=9)
        r += 1
    for i, w in enumerate(grid.column_widths or [12] * width, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = ws.cell(row=body_top, column=grid.label_columns + 1)
    ws.print_title_rows = f"{header_top}:{body_top - 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


class CannotWrite(DomainError):
    """The chosen file cannot be written."""


def write_file(out: Path, data: bytes) -> None:
    """Write the whole file or nothing: a temporary file beside it, then an atomic replace."""
    folder = out.parent if str(out.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".madoguchi-", suffix=".part", dir=folder)
    except OSError as err:
        raise _cannot_write(out, err) from err
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise _cannot_write(out, err) from err


def _cannot_write(out: Path, err: OSError) -> CannotWrite:
    return CannotWrite(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Cannot write {file} ({reason}). Check that the folder exists and that you may write there.",
        ),
        file=str(out),
        reason=err.strerror or err.__class__.__name__,
    )
