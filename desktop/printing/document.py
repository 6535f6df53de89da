"""Building a document: `build(layout, draw, …) -> Document` and `build_labels(sheet, items, …)`.

A builder is a function `draw(writer)` that draws top-down with the helpers of `blocks.Writer`
(header, kv_rows, table, signature_box …). `build` calls it twice: the first pass measures (the height
of a receipt, the number of pages), the second draws for real with the total known, so the footer can
say "2 / 3" and the receipt is exactly as long as its content. A builder must therefore be a pure
function of its inputs (no clock, no database inside it).

Nothing here imports Qt: the same documents are built by the GUI, the CLI and the tests.
Never put a resident's name into `title` or `file_stem`: they become PDF metadata and a file name.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from reportlab.pdfgen.canvas import Canvas

from desktop import APP_NAME
from desktop.core.clock import to_local
from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.printing.blocks import Writer
from desktop.printing.fonts import MAIN, log_missing, register_fonts
from desktop.printing.guard import check_text
from desktop.printing.layouts import MAX_CONTINUOUS_HEIGHT, LabelSheet, PageLayout, mm
from desktop.printing.text import fit_size

T = TypeVar("T")


@dataclass(frozen=True)
class Letterhead:
    """Who issues the document: printed in the header and footer of every page."""

    office_name: str  # e.g. みどり市
    department: str  # e.g. 市民課
    phone: str = ""
    address: str = ""

    @property
    def signature(self) -> str:
        return f"{self.office_name}　{self.department}".strip("　 ")

    @property
    def phone_line(self) -> str:
        return f"TEL {self.phone}" if self.phone else ""


@dataclass(frozen=True)
class Document:
    """A finished PDF and what staff must know before printing it."""

    pdf: bytes
    page_count: int
    missing_chars: tuple[str, ...]  # characters no bundled font has: printed as 〓
    suggested_name: str  # a file name for 「PDF保存」, no personal data
    title: str = ""
    layout: str = ""
    page_sizes: tuple[tuple[float, float], ...] = field(default=())  # (width, height) in points

    @property
    def missing_code_points(self) -> str:
        return ", ".join(f"U+{ord(ch):04X}" for ch in self.missing_chars)

    def save(self, path: Path) -> Path:
        path.write_bytes(self.pdf)
        return path


_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')


def suggested_file_name(stem: str, when: datetime | None) -> str:
    safe = _UNSAFE.sub("_", stem).strip(" ._") or "document"
    if when is None:
        return f"{safe}.pdf"
    return f"{safe}-{to_local(when):%Y%m%d-%H%M}.pdf"


def _canvas(buffer: io.BytesIO, width: float, height: float, title: str, letterhead: Letterhead | None,
            ) -> Canvas:
    c = Canvas(buffer, pagesize=(width, height), invariant=True, initialFontName=MAIN, initialFontSize=10)
    c.setTitle(title)
    c.setCreator(APP_NAME)
    c.setProducer(APP_NAME)
    if letterhead is not None:
        c.setAuthor(letterhead.signature)
    return c


def _run(layout: PageLayout, draw: Callable[[Writer], None], height: float, page_count: int, *,
         title: str, letterhead: Letterhead | None, when: datetime | None) -> tuple[Writer, bytes]:
    buffer = io.BytesIO()
    canvas = _canvas(buffer, layout.width, height, title, letterhead)
    writer = Writer(canvas, layout, height, letterhead, when, page_count=page_count)
    draw(writer)
    writer.draw_footer()
    canvas.showPage()
    canvas.save()
    return writer, buffer.getvalue()


def build(layout: PageLayout, draw: Callable[[Writer], None], *, title: str, file_stem: str,
          when: datetime | None = None, letterhead: Letterhead | None = None) -> Document:
    """Draw a document on `layout`. Raises DomainError for a 個人番号 anywhere in the text."""
    check_text(title)
    check_text(file_stem)
    register_fonts()
    first_height = layout.height if layout.height is not None else MAX_CONTINUOUS_HEIGHT
    measured, _ = _run(layout, draw, first_height, 0, title=title, letterhead=letterhead, when=when)
    height = layout.height
    if height is None:
        height = measured.y + layout.margin_bottom
        if height > MAX_CONTINUOUS_HEIGHT:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Errors", "The receipt is too long to print on one roll. Print it on A4 instead."))
    writer, pdf = _run(layout, draw, height, measured.page_number,
                       title=title, letterhead=letterhead, when=when)
    missing = tuple(writer.missing)
    log_missing(missing)
    return Document(pdf, writer.page_number, missing, suggested_file_name(file_stem, when), title,
                    layout.name, ((layout.width, height),) * writer.page_number)


@dataclass
class LabelCell:
    """One label of a sheet: draw lines top-down inside it; text too wide shrinks to fit."""

    writer: Writer
    x: float
    y: float
    width: float
    height: float
    padding: float
    size: float
    cursor: float = 0.0

    def __post_init__(self) -> None:
        self.cursor = self.y + self.padding

    def line(self, text: str, *, size: float | None = None, bold: bool = False, indent: float = 0.0) -> None:
        """One line of text; a line that would leave the label is not drawn (the label is never overrun)."""
        size = size or self.size
        inner = self.width - 2 * self.padding - indent
        size = fit_size(text, inner, size, bold=bold)
        lh = self.writer.line_height(size)
        if self.cursor + lh > self.y + self.height - self.padding + 0.5:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Errors", "The text does not fit on the label. Use shorter lines or a larger label."))
        self.writer.text_in_line(self.x + self.padding + indent, self.cursor, text, size=size, bold=bold)
        self.cursor += lh

    def gap(self, height: float = 1.5 * mm) -> None:
        self.cursor += height


def build_labels(sheet: LabelSheet, items: Sequence[T], draw_label: Callable[[LabelCell, T], None], *,
                 title: str, file_stem: str, when: datetime | None = None, start: int = 0,
                 outlines: bool = False) -> Document:
    """One label per item, row by row; `start` skips labels already used on a partly used sheet."""
    check_text(title)
    check_text(file_stem)
    register_fonts()
    if not 0 <= start < sheet.per_page:
        raise ValueError(f"start must be 0..{sheet.per_page - 1}")
    if not sheet.fits():
        raise DomainError(QT_TRANSLATE_NOOP(
            "Errors", "The labels do not fit on the sheet. Check the label size and margins in the settings."))
    layout = PageLayout(sheet.name, sheet.page_width, sheet.page_height, 0, 0, 0, 0,
                        font_size=sheet.font_size, footer=False)
    pages = max(1, -(-(start + len(items)) // sheet.per_page))

    def draw(w: Writer) -> None:
        for i, item in enumerate(items):
            page, x, y = sheet.cell(start + i)
            while w.page_number - 1 < page:
                w.canvas.showPage()
                w.page_number += 1
            if outlines:
                w.rect(x, y, sheet.label_width, sheet.label_height, width=0.25)
            draw_label(LabelCell(w, x, y, sheet.label_width, sheet.label_height, sheet.padding,
                                 sheet.font_size), item)

    buffer = io.BytesIO()
    canvas = _canvas(buffer, sheet.page_width, sheet.page_height, title, None)
    writer = Writer(canvas, layout, sheet.page_height, None, when, page_count=pages)
    draw(writer)
    canvas.showPage()
    canvas.save()
    missing = tuple(writer.missing)
    log_missing(missing)
    return Document(buffer.getvalue(), writer.page_number, missing, suggested_file_name(file_stem, when),
                    title, sheet.name, ((sheet.page_width, sheet.page_height),) * writer.page_number)
