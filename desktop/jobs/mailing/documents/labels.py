"""Address labels (宛名ラベル) on an A4 label sheet, one per item in batch order.

Each label: 〒, the address (wrapped, up to three lines, smaller when long), the name with 様 in bold, and
at its foot the delivery method in bold (本人限定受取郵便（特例型）must be shown on the envelope) and the
item's batch reference (e.g. 12-3) so an envelope can be matched with the mailing list. `start` skips
labels already used on a partly used sheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from desktop.core.cases import DeliveryMethod
from desktop.i18n import tr_text, translate
from desktop.jobs.mailing.documents.common import honorific, postal
from desktop.jobs.mailing.domain import MailItem
from desktop.jobs.mailing.settings import LabelLayout
from desktop.printing import Document, LabelCell, build_labels
from desktop.printing.text import fit_size, wrap


def _method_mark(method: DeliveryMethod) -> str:
    if method is DeliveryMethod.TOKUREI:
        return translate("MailingDocuments", "Restricted-recipient post (special type)")
    if method is DeliveryMethod.KAN_I_KAKITOME:
        return translate("MailingDocuments", "Simple registered post")
    return tr_text(method.label)


def build_address_labels(layout: LabelLayout, items: Sequence[MailItem], *, when: datetime, start: int = 0,
                         outlines: bool = False) -> Document:
    sheet = layout.sheet()
    marks = {m: _method_mark(m) for m in DeliveryMethod}

    def draw(cell: LabelCell, item: MailItem) -> None:
        w = cell.writer
        inner = cell.width - 2 * cell.padding
        size = cell.size
        bottom = cell.y + cell.height - cell.padding
        # foot: method mark (bold) at the left, batch reference at the right
        foot_size = max(6.0, size - 2.5)
        foot_top = bottom - w.line_height(foot_size)
        reference = f"{item.batch_number}-{item.position}"
        ref_w = w.text_width(reference, foot_size) + 2
        mark = marks[item.method]
        w.text_in_line(cell.x + cell.padding, foot_top, mark,
                       size=fit_size(mark, inner - ref_w - 4, foot_size, bold=True), bold=True)  # fmt: skip
        w.text_in_line(cell.x + cell.width - cell.padding, foot_top, reference, size=foot_size, align="right")
        # top: postal code, address, name
        cell.line(postal(item.postal_code), size=size)
        addr_size = size
        lines = wrap(item.address, inner - 2, addr_size)
        while len(lines) > 2 and addr_size > 7:
            addr_size -= 0.5
            lines = wrap(item.address, inner - 2, addr_size)
        for line in lines[:3]:
            cell.line(line, size=addr_size, indent=2)
        name = honorific(item.name)
        name_size = fit_size(name, inner - 6, size + 3, bold=True)
        room = foot_top - cell.cursor - w.line_height(name_size)
        cell.cursor += max(0.0, min(room / 2, w.line_height(size) * 0.6))
        cell.line(name, size=name_size, bold=True, indent=6)

    title = translate("MailingDocuments", "Address labels")
    stem = f"labels-{items[0].batch_number}" if items else "labels"
    return build_labels(sheet, items, draw, title=title, file_stem=stem, when=when, start=start, outlines=outlines)
