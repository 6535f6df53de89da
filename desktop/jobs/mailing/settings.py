"""The mailing job's settings (Qt-free): the address-label sheet, the follow-up period, the invitation's
collection period. Stored as JSON settings by `desktop.jobs.mailing.store.settings`.

The label sheet is described in millimetres as printed on the stock's package (ラベル用紙: 面数, label
size, top and left margins, gaps) plus the printer's own feed error (offsets). The default is the common
A4 12-up sheet (2 × 6 labels of 86.4 × 42.3 mm).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.jobs.mailing.domain import DEFAULT_FOLLOWUP_DAYS
from desktop.printing.layouts import LabelSheet, mm

LABEL_SHEET_KEY = "mailing.label_sheet"
FOLLOWUP_DAYS_KEY = "mailing.followup_days"
COLLECT_DAYS_KEY = "mailing.invitation_collect_days"

A4_WIDTH_MM, A4_HEIGHT_MM = 210.0, 297.0


@dataclass(frozen=True)
class LabelLayout:
    """An A4 label sheet in millimetres (font size in points)."""

    columns: int = 2
    rows: int = 6
    label_width: float = 86.4
    label_height: float = 42.3
    margin_top: float = 21.6
    margin_left: float = 18.6
    gap_x: float = 0.0
    gap_y: float = 0.0
    offset_x: float = 0.0
    offset_y: float = 0.0
    font_size: float = 10.0

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def sheet(self) -> LabelSheet:
        return LabelSheet(
            name=f"labels-a4-{self.per_page}",
            columns=self.columns, rows=self.rows,
            label_width=self.label_width * mm, label_height=self.label_height * mm,
            margin_top=self.margin_top * mm, margin_left=self.margin_left * mm,
            gap_x=self.gap_x * mm, gap_y=self.gap_y * mm,
            offset_x=self.offset_x * mm, offset_y=self.offset_y * mm,
            padding=min(4 * mm, self.label_height * mm / 8), font_size=self.font_size,
        )  # fmt: skip

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> LabelLayout:
        if not isinstance(data, dict):
            return cls()
        known = {f.name: f.type for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known or isinstance(value, bool) or not isinstance(value, int | float):
                continue
            values[key] = int(value) if key in ("columns", "rows") else float(value)
        return replace(cls(), **values)

    def problems(self) -> list[DomainError]:
        """Everything wrong with the layout (empty when it may be saved and printed)."""
        out: list[DomainError] = []
        if not (1 <= self.columns <= 5 and 1 <= self.rows <= 15):
            out.append(DomainError(QT_TRANSLATE_NOOP(
                "Errors", "A label sheet has 1 to 5 columns and 1 to 15 rows.")))  # fmt: skip
        if self.label_width < 30 or self.label_height < 15:
            out.append(DomainError(QT_TRANSLATE_NOOP(
                "Errors", "A label must be at least 30 mm wide and 15 mm high to hold an address.")))  # fmt: skip
        if min(self.margin_top, self.margin_left, self.gap_x, self.gap_y) < 0:
            out.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Margins and gaps cannot be negative.")))
        if max(abs(self.offset_x), abs(self.offset_y)) > 10:
            out.append(DomainError(QT_TRANSLATE_NOOP(
                "Errors", "A printer offset above 10 mm is a wrong setting: check the sheet instead.")))  # fmt: skip
        if not 6 <= self.font_size <= 16:
            out.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The label text size must be 6 to 16 points.")))
        right = self.margin_left + self.columns * self.label_width + (self.columns - 1) * self.gap_x
        bottom = self.margin_top + self.rows * self.label_height + (self.rows - 1) * self.gap_y
        if not out and (right > A4_WIDTH_MM + 0.05 or bottom > A4_HEIGHT_MM + 0.05):
            out.append(DomainError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The labels do not fit on A4 ({width} × {height} mm needed). Check the sizes and margins.",
                ),
                width=f"{right:.1f}", height=f"{bottom:.1f}",
            ))  # fmt: skip
        return out


# Common A4 sheets sold in Japan (面数: label size, margins as printed on the package).
PRESETS: dict[str, LabelLayout] = {
    "a4_12": LabelLayout(),
    "a4_10": LabelLayout(columns=2, rows=5, label_width=86.4, label_height=50.8, margin_top=21.5, margin_left=18.6),
    "a4_24": LabelLayout(columns=3, rows=8, label_width=70.0, label_height=33.9, margin_top=12.9, margin_left=0.0,
                         font_size=8.5),
}  # fmt: skip
PRESET_LABELS = {
    "a4_12": QT_TRANSLATE_NOOP("MailingSettings", "A4, 12 labels (86.4 × 42.3 mm)"),
    "a4_10": QT_TRANSLATE_NOOP("MailingSettings", "A4, 10 labels (86.4 × 50.8 mm)"),
    "a4_24": QT_TRANSLATE_NOOP("MailingSettings", "A4, 24 labels (70 × 33.9 mm)"),
}


def check_days(value: object, *, minimum: int, maximum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "Enter a whole number of days from {min} to {max}."),
            min=minimum, max=maximum,
        )  # fmt: skip
    return value


@dataclass(frozen=True)
class MailingSettings:
    labels: LabelLayout = LabelLayout()
    followup_days: int = DEFAULT_FOLLOWUP_DAYS  # chase items sent this many days ago with no news
    collect_days: int = 0  # invitation: "please come by <date>" this many days ahead (0 = no date)

    def check(self) -> None:
        problems = self.labels.problems()
        if problems:
            raise problems[0]
        check_days(self.followup_days, minimum=1, maximum=120)
        check_days(self.collect_days, minimum=0, maximum=730)
