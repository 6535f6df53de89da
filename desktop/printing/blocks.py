"""Flow helpers for documents: letterhead header, headings, key/value rows, grid tables, signature box.

Each helper draws at the cursor (`writer.y`, points from the top of the page) and moves it down. On a
paged layout a block that does not fit starts a new page (a table repeats its header row there); on
the continuous receipt roll the page simply grows. Narrow pages (the 80 mm receipt) get the compact
form of each block.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from desktop.core.wareki import wareki
from desktop.i18n import translate
from desktop.printing.layouts import mm
from desktop.printing.text import fit_size, text_width, wrap
from desktop.printing.writer import Align, Surface

LABEL_GRAY = 0.92  # fill of label cells and table headers: visible on a laser, not toner-hungry
CELL_PAD = 1.6 * mm


@dataclass(frozen=True)
class DigitGroups:
    """A structured number that a job has VALIDATED against its own format (a tracking number of 11–13
    digits …), printed as hyphen-joined groups, one text run per group. The 個人番号 guard checks every
    run, so no run can carry 12 digits; this is the one sanctioned way to print such a number and never
    for free text."""

    groups: tuple[str, ...]

    def __post_init__(self) -> None:
        if not self.groups or any(not g.isdigit() or len(g) > 8 for g in self.groups):
            raise ValueError("DigitGroups takes short groups of ASCII digits")


@dataclass(frozen=True)
class Column:
    """A table column: its heading, relative width and alignment."""

    title: str
    weight: float = 1.0
    align: Align = "left"


class Writer(Surface):
    """What a document builder draws with (see `desktop.printing.document.build`)."""

    def space(self, height: float) -> None:
        self.y += height

    def rule(self, *, weight: float = 0.5, double: bool = False, dashed: bool = False) -> None:
        self.ensure(3 * mm)
        self.y += 1.5 * mm
        dash = (2.0, 2.0) if dashed else None
        self.line(self.left, self.y, self.right, self.y, width=weight, dash=dash)
        if double:
            self.y += 1.2
            self.line(self.left, self.y, self.right, self.y, width=weight / 2)
        self.y += 1.5 * mm

    # --- header ---------------------------------------------------------------------------------
    def header(self, title: str, *, on: date | None = None, reference: str = "") -> None:
        """The office header, the document title and its date in 和暦 (`on`, default: the print date)."""
        self.title = title
        when = on if on is not None else (self.when.date() if self.when else None)
        if self.compact:
            self._header_compact(title, when, reference)
        else:
            self._header_paged(title, when, reference)

    def _header_compact(self, title: str, on: date | None, reference: str) -> None:
        lh = self.letterhead
        mid = (self.left + self.right) / 2
        if lh is not None:
            name_size = fit_size(lh.signature, self.width, 11.5, bold=True)
            self.text_in_line(mid, self.y, lh.signature, size=name_size, bold=True, align="center")
            self.y += self.line_height(name_size)
            for extra in (lh.address, lh.phone_line):
                if extra:
                    size = fit_size(extra, self.width, 7.5)
                    self.text_in_line(mid, self.y, extra, size=size, align="center")
                    self.y += self.line_height(size)
        self.rule(dashed=True)
        size = fit_size(title, self.width - 4 * mm, 14, bold=True)
        box_h = self.line_height(size) + 2 * mm
        self.rect(self.left, self.y, self.width, box_h, width=1.0)
        self.text_in_line(mid, self.y + 1 * mm, title, size=size, bold=True, align="center")
        self.y += box_h + 1.5 * mm
        if on is not None:
            self.text_in_line(self.right, self.y, wareki(on), align="right")
            self.y += self.line_height()
        if reference:
            self.text_in_line(self.right, self.y, reference, size=self.size - 1, align="right")
            self.y += self.line_height(self.size - 1)
        self.y += 1 * mm

    def _header_paged(self, title: str, on: date | None, reference: str) -> None:
        small = self.size - 1.5
        top = self.y
        if reference:
            self.text_in_line(self.right, self.y, reference, size=small, align="right")
            self.y += self.line_height(small)
        if on is not None:
            self.text_in_line(self.right, self.y, wareki(on), align="right")
            self.y += self.line_height()
        self.y = max(self.y, top + self.line_height()) + 3 * mm
        size = fit_size(title, self.width, 18 if self.layout.width > 160 * mm else 15, bold=True)
        self.text_in_line((self.left + self.right) / 2, self.y, title, size=size, bold=True, align="center")
        self.y += self.line_height(size) + 1 * mm
        self.rule(weight=1.2, double=True)
        lh = self.letterhead
        if lh is not None:
            self.text_in_line(self.right, self.y, lh.signature, size=self.size + 0.5, bold=True, align="right")
            self.y += self.line_height(self.size + 0.5)
            for extra in (lh.address, lh.phone_line):
                if extra:
                    self.text_in_line(self.right, self.y, extra, size=small, align="right")
                    self.y += self.line_height(small)
        self.y += 4 * mm

    # --- text -----------------------------------------------------------------------------------
    def heading(self, text: str) -> None:
        """A section heading: bold, with a dark bar at its left."""
        size = self.size + (0.5 if self.compact else 1.0)
        lh = self.line_height(size)
        self.ensure(lh * 3)
        self.y += 1 * mm
        self.rect(self.left, self.y + lh * 0.18, 1.2 * mm, lh * 0.64, width=0, fill_gray=0.25, stroke=False)
        self.text_in_line(self.left + 2.6 * mm, self.y, text, size=size, bold=True)
        self.y += lh + 0.8 * mm

    def paragraph(self, text: str, *, size: float | None = None, bold: bool = False,
                  align: Align = "left", indent: float = 0.0) -> None:
        size = size or self.size
        lh = self.line_height(size)
        x = {"left": self.left + indent, "center": (self.left + self.right) / 2, "right": self.right}[align]
        for line in wrap(text, self.width - indent, size, bold=bold):
            self.ensure(lh)
            self.text_in_line(x, self.y, line, size=size, bold=bold, align=align)
            self.y += lh

    def emphasis(self, text: str, *, size: float = 26, caption: str = "") -> None:
        """A large boxed value in the middle (a queue number, a reservation time)."""
        cap = self.size - 1
        height = self.line_height(size) + (self.line_height(cap) if caption else 0) + 3 * mm
        self.ensure(height)
        box_w = min(self.width, max(40 * mm, self.text_width(text, size, bold=True) + 12 * mm))
        x = (self.left + self.right - box_w) / 2
        self.rect(x, self.y, box_w, height, width=1.2)
        y = self.y + 1.5 * mm
        mid = (self.left + self.right) / 2
        if caption:
            self.text_in_line(mid, y, caption, size=cap, align="center")
            y += self.line_height(cap)
        self.text_in_line(mid, y, text, size=fit_size(text, box_w - 4 * mm, size, bold=True),
                          bold=True, align="center")
        self.y += height + 2 * mm

    # --- key/value rows -------------------------------------------------------------------------
    def kv_rows(self, rows: Sequence[tuple[str, str]], *, label_width: float | None = None,
                grid: bool | None = None) -> None:
        """Label / value rows: a bordered form with shaded labels on paper, plain lines on a receipt."""
        grid = (not self.compact) if grid is None else grid
        if not grid:
            self._kv_plain(rows, label_width or 22 * mm)
            return
        label_w = label_width or min(45 * mm, self.width * 0.3)
        size, lh = self.size, self.line_height()
        first = True
        for label, value in rows:
            labels = wrap(label, label_w - 2 * CELL_PAD, size)
            values = wrap(value, self.width - label_w - 2 * CELL_PAD, size)
            h = max(len(labels), len(values)) * lh + 2 * CELL_PAD
            self.ensure(h)
            self.rect(self.left, self.y, label_w, h, width=0.5, fill_gray=LABEL_GRAY)
            self.rect(self.left + label_w, self.y, self.width - label_w, h, width=0.5)
            if first:
                self.line(self.left, self.y, self.right, self.y, width=1.0)
                first = False
            for i, line in enumerate(labels):
                self.text_in_line(self.left + CELL_PAD, self.y + CELL_PAD + i * lh, line)
            for i, line in enumerate(values):
                self.text_in_line(self.left + label_w + CELL_PAD, self.y + CELL_PAD + i * lh, line)
            self.y += h
        if not first:
            self.line(self.left, self.y, self.right, self.y, width=1.0)
        self.y += 3 * mm

    def _kv_plain(self, rows: Sequence[tuple[str, str]], label_w: float) -> None:
        lh = self.line_height()
        for label, value in rows:
            lw = max(label_w, self.text_width(label) + 2 * mm)
            values = wrap(value, self.width - lw, self.size)
            self.ensure(lh * len(values))
            self.text_in_line(self.left, self.y, label, bold=True)
            for i, line in enumerate(values):
                self.text_in_line(self.left + lw, self.y + i * lh, line)
            self.y += lh * len(values)
        self.y += 1 * mm

    # --- tables ---------------------------------------------------------------------------------
    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[str | DigitGroups]], *,
              size: float | None = None) -> None:
        """A grid table; its header row is shaded and repeated at the top of each new page. A cell may be
        `DigitGroups` (a validated structured number, drawn on one line)."""
        size = size or (self.size - 1 if self.compact else self.size)
        lh = self.line_height(size)
        total = sum(c.weight for c in columns) or 1.0
        widths = [self.width * c.weight / total for c in columns]

        def draw_row(cells: Sequence[str | DigitGroups], *, head: bool) -> None:
            wrapped = [c if isinstance(c, DigitGroups) else wrap(c, w - 2 * CELL_PAD, size, bold=head)
                       for c, w in zip(cells, widths, strict=False)]  # fmt: skip
            h = max((1 if isinstance(c, DigitGroups) else len(c) for c in wrapped), default=1) * lh + 2 * CELL_PAD
            if not head:
                self.ensure(h)
            x = self.left
            for col, w, lines in zip(columns, widths, wrapped, strict=False):
                self.rect(x, self.y, w, h, width=0.5, fill_gray=LABEL_GRAY if head else None)
                align: Align = "center" if head else col.align
                if isinstance(lines, DigitGroups):
                    self.digit_groups(x + CELL_PAD, self.y + CELL_PAD, lines, size=size, align=align,
                                      width=w - 2 * CELL_PAD)  # fmt: skip
                    x += w
                    continue
                tx = {"left": x + CELL_PAD, "center": x + w / 2, "right": x + w - CELL_PAD}[align]
                for i, line in enumerate(lines):
                    self.text_in_line(tx, self.y + CELL_PAD + i * lh, line, size=size, bold=head, align=align)
                x += w
            self.y += h

        def head(_: Surface) -> None:
            draw_row([c.title for c in columns], head=True)

        self.ensure(3 * (lh + 2 * CELL_PAD))
        head(self)
        remove = self.on_new_page(head)
        try:
            for row in rows:
                draw_row(list(row) + [""] * (len(columns) - len(row)), head=False)
        finally:
            remove()
        self.y += 3 * mm

    def digit_groups(self, x: float, top: float, number: DigitGroups, *, size: float, align: Align = "left",
                     width: float = 0.0) -> None:
        """Draw 1234-5678-9012 as one run per group, shrunk to fit `width` (see `DigitGroups`)."""
        parts = [g + ("-" if i < len(number.groups) - 1 else "") for i, g in enumerate(number.groups)]
        if width:
            size = fit_size("".join(parts), width, size)
        total = sum(text_width(p, size) for p in parts)
        if align == "center":
            x += (width - total) / 2
        elif align == "right":
            x += width - total
        for part in parts:
            self.text_in_line(x, top, part, size=size)
            x += text_width(part, size)

    # --- signature box --------------------------------------------------------------------------
    def signature_box(self, labels: Sequence[str] | None = None, *, box: float = 18 * mm) -> None:
        """A row of stamp boxes at the right (受付・確認・交付 …): a shaded label over an empty square."""
        if labels is None:
            labels = [
                translate("Printing", "Received"),
                translate("Printing", "Checked"),
                translate("Printing", "Approved"),
            ]
        size = self.size - 1.5
        label_h = self.line_height(size) + 1 * mm
        self.ensure(label_h + box + 2 * mm)
        x = self.right - box * len(labels)
        for label in labels:
            self.rect(x, self.y, box, label_h, width=0.6, fill_gray=LABEL_GRAY)
            self.rect(x, self.y + label_h, box, box, width=0.6)
            self.text_in_line(x + box / 2, self.y + 0.5 * mm, label,
                              size=fit_size(label, box - 2 * mm, size), align="center")
            x += box
        self.y += label_h + box + 3 * mm
