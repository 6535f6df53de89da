"""Shared pieces of the mailing documents: the letterhead, tracking-number cells, the address block,
the letter layout.

Tracking numbers (お問い合わせ番号, 11–13 digits) are a validated structured field, never free text.
The printing base refuses any 12-digit run as a possible 個人番号, so a tracking number goes into
`Writer.table` as `DigitGroups` (groups of four, one run each), as on the post office's label.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from desktop.core.office import OfficeProfile
from desktop.core.wareki import wareki
from desktop.i18n import translate
from desktop.jobs.mailing.domain import tracking_groups
from desktop.printing import A4_PORTRAIT, DigitGroups, Letterhead, Writer, mm
from desktop.printing.text import fit_size, text_width, wrap

# Letters to residents: no page numbers or print stamp in the footer (each page is its own letter).
LETTER = replace(A4_PORTRAIT, name="a4-letter", footer=False, margin_top=18 * mm, margin_left=22 * mm,
                 margin_right=20 * mm)  # fmt: skip


def tracking_cell(number: str) -> DigitGroups:
    """A validated tracking number as a table cell (see the module docstring)."""
    return DigitGroups(tuple(tracking_groups(number)))


def letterhead_of(profile: OfficeProfile | None) -> Letterhead:
    if profile is None:
        return Letterhead("", "")
    address = " ".join(p for p in (f"〒{profile.postal_code}" if profile.postal_code else "", profile.address) if p)
    return Letterhead(profile.municipality, profile.department, profile.phone, address)


def yen(amount: int | None) -> str:
    return "" if amount is None else translate("MailingDocuments", "{amount} yen").format(amount=f"{amount:,}")


def postal(code: str) -> str:
    return f"〒{code}" if code else ""


def honorific(name: str) -> str:
    """氏名 様 (the honorific stays Japanese in every language: it is part of the address)."""
    return f"{name}　様" if name else ""


def letter_top(w: Writer, lh_: Letterhead, *, on: date, reference: str, postal_code: str, address: str,
               name: str) -> None:
    """The head of a letter to a resident: reference and date at the right, the addressee at the left
    (where a window envelope shows it), the sender at the right under them."""
    small = w.size - 1
    top = w.y
    w.text_in_line(w.right, w.y, reference, size=small, align="right")
    w.y += w.line_height(small)
    w.text_in_line(w.right, w.y, wareki(on), align="right")
    w.y = top + 8 * mm
    box_w = 95 * mm
    if postal_code:
        w.text_in_line(w.left, w.y, postal(postal_code), size=w.size + 0.5)
        w.y += w.line_height(w.size + 0.5)
    for line in wrap(address, box_w, w.size + 0.5)[:3]:
        w.text_in_line(w.left, w.y, line, size=w.size + 0.5)
        w.y += w.line_height(w.size + 0.5)
    w.y += 2 * mm
    name_size = fit_size(honorific(name), box_w, 15, bold=True)
    w.text_in_line(w.left, w.y, honorific(name), size=name_size, bold=True)
    w.y += w.line_height(name_size) + 6 * mm
    w.text_in_line(w.right, w.y, lh_.signature, size=w.size + 0.5, bold=True, align="right")
    w.y += w.line_height(w.size + 0.5)
    for extra in (lh_.address, lh_.phone_line):
        if extra:
            w.text_in_line(w.right, w.y, extra, size=small, align="right")
            w.y += w.line_height(small)
    w.y += 8 * mm


def letter_title(w: Writer, title: str) -> None:
    size = fit_size(title, w.width, 15, bold=True)
    w.text_in_line((w.left + w.right) / 2, w.y, title, size=size, bold=True, align="center")
    w.y += w.line_height(size) + 6 * mm


def numbered(w: Writer, items: Sequence[str], *, size: float | None = None) -> None:
    """(1) … (n) items with a hanging indent."""
    size = size or w.size
    for i, text in enumerate(items, start=1):
        mark = f"（{i}）"
        indent = text_width(mark, size) + 1 * mm
        lines = wrap(text, w.width - indent - 4 * mm, size)
        w.ensure(w.line_height(size) * len(lines))
        w.text_in_line(w.left + 4 * mm, w.y, mark, size=size)
        for line in lines:
            w.text_in_line(w.left + 4 * mm + indent, w.y, line, size=size)
            w.y += w.line_height(size)
        w.y += 1 * mm


def contact_box(w: Writer, lh_: Letterhead, hours: str) -> None:
    """「お問い合わせ先」: a framed box at the foot of the letter with the office, phone and hours."""
    lines = [lh_.signature, lh_.phone_line, hours]
    lines = [line for line in lines if line]
    size = w.size - 0.5
    height = (len(lines) + 1) * w.line_height(size) + 3 * mm
    w.y = max(w.y + 4 * mm, w.bottom - height)
    x = w.left + w.width * 0.45
    w.rect(x, w.y, w.right - x, height, width=0.8)
    y = w.y + 1.5 * mm
    w.text_in_line(x + 3 * mm, y, translate("MailingDocuments", "Contact"), size=size, bold=True)
    y += w.line_height(size)
    for line in lines:
        w.text_in_line(x + 3 * mm, y, line, size=size)
        y += w.line_height(size)
    w.y += height


def office_hours(profile: OfficeProfile | None) -> str:
    """「受付時間 平日 8:30～17:15」 when every weekday has the same hours, else the first open day's."""
    if profile is None:
        return ""
    spans = {profile.hours_on(d) for d in range(5)}
    spans.discard(None)
    if len(spans) != 1:
        return ""
    (start, end), = spans  # type: ignore[misc]
    return translate("MailingDocuments", "Hours: weekdays {start}–{end}").format(
        start=f"{start.hour}:{start.minute:02d}", end=f"{end.hour}:{end.minute:02d}")
