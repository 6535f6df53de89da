"""Shared page layouts: the 80 mm receipt roll, A4 and A5 portrait, and A4 label sheets.

Sizes are in points (1/72 inch) as reportlab uses them; build them from millimetres with `mm`.
A continuous layout (the receipt roll) has no fixed height: the document is as long as its content.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4 as _A4
from reportlab.lib.pagesizes import A5 as _A5
from reportlab.lib.units import mm

__all__ = [
    "mm",
    "PageLayout",
    "LabelSheet",
    "RECEIPT_80MM",
    "A4_PORTRAIT",
    "A5_PORTRAIT",
    "LABELS_12_A4",
    "MAX_CONTINUOUS_HEIGHT",
]

# The largest page a PDF viewer and Qt accept (200 inches); a receipt longer than this is refused.
MAX_CONTINUOUS_HEIGHT = 14400.0


@dataclass(frozen=True)
class PageLayout:
    """A page: its size, margins, the body text size and whether it flows as one continuous page."""

    name: str
    width: float
    height: float | None  # None: continuous (receipt roll), height computed from the content
    margin_top: float
    margin_bottom: float
    margin_left: float
    margin_right: float
    font_size: float = 10.0
    footer: bool = True  # page number and print time at the foot of every page

    @property
    def continuous(self) -> bool:
        return self.height is None

    @property
    def content_width(self) -> float:
        return self.width - self.margin_left - self.margin_right


# 80 mm thermal roll: about 72 mm is printable, hence 4 mm on each side.
RECEIPT_80MM = PageLayout(
    "receipt-80mm", 80 * mm, None, 5 * mm, 6 * mm, 4 * mm, 4 * mm, font_size=9.0
)
# Official A4/A5 paper: a wider left margin leaves room for a binder's holes (とじしろ).
A4_PORTRAIT = PageLayout("a4-portrait", _A4[0], _A4[1], 15 * mm, 15 * mm, 20 * mm, 15 * mm, font_size=10.5)
A5_PORTRAIT = PageLayout("a5-portrait", _A5[0], _A5[1], 12 * mm, 12 * mm, 15 * mm, 10 * mm, font_size=9.5)


@dataclass(frozen=True)
class LabelSheet:
    """A sheet of equal labels in a grid, filled row by row from the top left.

    Default: the common A4 12-up sheet (2 columns × 6 rows of 86.4 × 42.3 mm, no gaps), centred
    vertically (21.6 mm top) with 18.6 mm left margin. Adjust margins and gaps to the stock the office
    buys, and `offset_x`/`offset_y` to the printer's own feed error.
    """

    name: str = "labels-a4-12"
    page_width: float = _A4[0]
    page_height: float = _A4[1]
    columns: int = 2
    rows: int = 6
    label_width: float = 86.4 * mm
    label_height: float = 42.3 * mm
    margin_top: float = 21.6 * mm
    margin_left: float = 18.6 * mm
    gap_x: float = 0.0
    gap_y: float = 0.0
    padding: float = 4 * mm  # inside each label, where its text starts
    offset_x: float = 0.0
    offset_y: float = 0.0
    font_size: float = 10.0

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def cell(self, index: int) -> tuple[int, float, float]:
        """(page index, x from the left edge, y from the top edge) of the label at `index`."""
        page, slot = divmod(index, self.per_page)
        row, col = divmod(slot, self.columns)
        x = self.margin_left + self.offset_x + col * (self.label_width + self.gap_x)
        y = self.margin_top + self.offset_y + row * (self.label_height + self.gap_y)
        return page, x, y

    def fits(self) -> bool:
        right = self.margin_left + self.columns * self.label_width + (self.columns - 1) * self.gap_x
        bottom = self.margin_top + self.rows * self.label_height + (self.rows - 1) * self.gap_y
        return right <= self.page_width + 0.01 and bottom <= self.page_height + 0.01


LABELS_12_A4 = LabelSheet()
