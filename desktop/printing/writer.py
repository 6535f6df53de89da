"""The drawing surface under a document builder: text in the bundled fonts, a top-down cursor, pages.

Coordinates are points measured from the TOP-LEFT corner of the page (reportlab's origin is the
bottom left; the writer converts). Every string drawn passes the 個人番号 guard and the font fallback.
Flow helpers (header, key/value rows, tables, signature box…) live in `desktop.printing.blocks.Writer` and
advance `writer.y`; `ensure(height)` starts a new page when the next block does not fit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from reportlab.pdfgen.canvas import Canvas

from desktop.core.clock import to_local
from desktop.core.wareki import wareki
from desktop.i18n import translate
from desktop.printing.fonts import split_runs
from desktop.printing.guard import check_text
from desktop.printing.layouts import PageLayout, mm
from desktop.printing.text import ASCENT, text_width

if TYPE_CHECKING:
    from desktop.printing.document import Letterhead

Align = Literal["left", "center", "right"]

FOOTER_SIZE = 7.5


@dataclass
class Surface:
    """Primitives of one pass over a document (the flow helpers are in `blocks.Writer`)."""

    canvas: Canvas
    layout: PageLayout
    page_height: float
    letterhead: Letterhead | None
    when: datetime | None
    page_count: int = 0  # total pages; 0 during the measuring pass
    title: str = ""
    page_number: int = 1
    y: float = 0.0
    missing: dict[str, None] = field(default_factory=dict)  # ordered set of characters no font has
    _page_started: list[Callable[[Surface], None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.y = self.layout.margin_top

    # --- geometry -------------------------------------------------------------------------------
    @property
    def left(self) -> float:
        return self.layout.margin_left

    @property
    def right(self) -> float:
        return self.layout.width - self.layout.margin_right

    @property
    def width(self) -> float:
        return self.layout.content_width

    @property
    def bottom(self) -> float:
        """The lowest y the body may reach on this page (the footer lives below it)."""
        if self.layout.continuous:
            return float("inf")
        return self.page_height - self.layout.margin_bottom

    @property
    def size(self) -> float:
        return self.layout.font_size

    @property
    def compact(self) -> bool:
        """A narrow page (the 80 mm receipt): headers and rows take their compact form."""
        return bool(self.layout.width < 100 * mm)

    def line_height(self, size: float | None = None) -> float:
        return (size or self.size) * 1.45

    def _py(self, y: float) -> float:
        return self.page_height - y

    # --- pages ----------------------------------------------------------------------------------
    def ensure(self, height: float) -> None:
        """Start a new page unless `height` more points fit below the cursor."""
        if self.y + height > self.bottom and self.y > self.layout.margin_top + 0.5:
            self.new_page()

    def new_page(self) -> None:
        self.draw_footer()
        self.canvas.showPage()
        self.page_number += 1
        self.y = self.layout.margin_top
        if self.title:
            self.draw_text(self.left, self.y + 8, self.title, size=8)
            self.line(self.left, self.y + 11, self.right, self.y + 11, width=0.4)
            self.y += 15
        for hook in list(self._page_started):
            hook(self)

    def on_new_page(self, hook: Callable[[Surface], None]) -> Callable[[], None]:
        """Run `hook` at the top of every following page (a table repeats its header); returns 'remove'."""
        self._page_started.append(hook)
        return lambda: self._page_started.remove(hook)

    def printed_at_text(self) -> str:
        if self.when is None:
            return ""
        local = to_local(self.when)
        stamp = f"{wareki(local.date())} {local:%H:%M}"
        return translate("Printing", "Printed {when}").format(when=stamp)

    def draw_footer(self) -> None:
        if not self.layout.footer:
            return
        printed = self.printed_at_text()
        if self.layout.continuous:
            self.y += 2 * mm
            self.line(self.left, self.y, self.right, self.y, width=0.4, dash=(1.5, 1.5))
            self.y += 2 * mm
            if printed:
                self.draw_text(self.right, self.y + FOOTER_SIZE, printed, size=FOOTER_SIZE, align="right")
                self.y += self.line_height(FOOTER_SIZE)
            return
        y = self.page_height - self.layout.margin_bottom + 4 * mm
        self.line(self.left, y, self.right, y, width=0.4)
        base = y + 3.5 * mm
        if self.letterhead is not None:
            self.draw_text(self.left, base, self.letterhead.signature, size=FOOTER_SIZE)
        total = self.page_count or self.page_number
        self.draw_text((self.left + self.right) / 2, base, f"{self.page_number} / {total}",
                       size=FOOTER_SIZE, align="center")
        if printed:
            self.draw_text(self.right, base, printed, size=FOOTER_SIZE, align="right")

    # --- primitives -----------------------------------------------------------------------------
    def draw_text(self, x: float, baseline: float, text: str, *, size: float | None = None,
                  bold: bool = False, align: Align = "left", gray: float = 0.0) -> float:
        """Draw one line with its baseline at `baseline` (from the top); returns its width."""
        check_text(text)
        size = size or self.size
        width = text_width(text, size, bold=bold)
        if align == "center":
            x -= width / 2
        elif align == "right":
            x -= width
        missing: set[str] = set()
        runs = split_runs(text, bold=bold, missing=missing)
        for ch in text:
            if ch in missing:
                self.missing.setdefault(ch, None)
        obj = self.canvas.beginText(x, self._py(baseline))
        obj.setFillGray(gray)
        for run in runs:
            obj.setFont(run.font, size)
            obj.textOut(run.text)
        self.canvas.drawText(obj)
        return width

    def text_in_line(self, x: float, top: float, text: str, *, size: float | None = None,
                     bold: bool = False, align: Align = "left") -> float:
        """Draw a line whose box starts at `top` (line height 1.45 × size)."""
        size = size or self.size
        baseline = top + (self.line_height(size) - size) / 2 + size * ASCENT
        return self.draw_text(x, baseline, text, size=size, bold=bold, align=align)

    def line(self, x1: float, y1: float, x2: float, y2: float, *, width: float = 0.5,
             dash: tuple[float, float] | None = None) -> None:
        c = self.canvas
        c.saveState()
        c.setLineWidth(width)
        if dash:
            c.setDash(*dash)
        c.line(x1, self._py(y1), x2, self._py(y2))
        c.restoreState()

    def rect(self, x: float, y: float, w: float, h: float, *, width: float = 0.5,
             fill_gray: float | None = None, stroke: bool = True) -> None:
        """A rectangle with its top-left corner at (x, y)."""
        c = self.canvas
        c.saveState()
        c.setLineWidth(width)
        if fill_gray is not None:
            c.setFillGray(fill_gray)
        c.rect(x, self._py(y + h), w, h, stroke=int(stroke), fill=int(fill_gray is not None))
        c.restoreState()

    def text_width(self, text: str, size: float | None = None, *, bold: bool = False) -> float:
        return text_width(text, size or self.size, bold=bold)
