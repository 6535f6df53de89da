"""発送一覧: the list of a mailing batch, handed to the post office with the items and kept on file.

One row per item in batch order: number, tracking number, 〒, address, name, delivery method, postage;
the totals per method and overall under the table; stamp boxes for who prepared, checked and approved.
A pure function of the batch (its documents are dated by the batch, so a reprint is identical).
"""

from __future__ import annotations

from datetime import date, datetime

from desktop.core.cases import DeliveryMethod
from desktop.core.wareki import wareki
from desktop.i18n import tr_text, translate
from desktop.jobs.mailing.documents.common import postal, tracking_cell, yen
from desktop.jobs.mailing.domain import MailBatch, method_short
from desktop.printing import A4_PORTRAIT, Column, DigitGroups, Document, Letterhead, Writer, build


def build_mailing_list(letterhead: Letterhead, batch: MailBatch, postage: dict[str, int | None], *,
                       on: date, when: datetime) -> Document:
    """`postage`: yen per item id (stored for a sent batch, the price in force on `on` otherwise)."""
    title = translate("MailingDocuments", "Mailing list")
    reference = translate("MailingDocuments", "Batch No. {number}").format(number=batch.number)
    sent = batch.sent_on is not None
    date_label = (translate("MailingDocuments", "Date sent") if sent
                  else translate("MailingDocuments", "Planned date"))  # fmt: skip
    by_method: dict[DeliveryMethod, list[int]] = {}
    for item in batch.items:
        by_method.setdefault(item.method, []).append(postage.get(item.id) or 0)
    total = sum(sum(v) for v in by_method.values())
    unpriced = sum(1 for item in batch.items if postage.get(item.id) is None)
    summary = [
        (translate("MailingDocuments", "Batch"), reference),
        (date_label, wareki(on)),
        (translate("MailingDocuments", "Items"), translate("MailingDocuments", "{n} item(s)").format(
            n=len(batch.items))),
    ]
    for method, prices in sorted(by_method.items()):
        summary.append((tr_text(method.label), translate("MailingDocuments", "{n} item(s), {amount}").format(
            n=len(prices), amount=yen(sum(prices)))))
    summary.append((translate("MailingDocuments", "Postage total"), yen(total) + (
        translate("MailingDocuments", " ({n} item(s) without a price)").format(n=unpriced) if unpriced else "")))
    columns = [
        Column(translate("MailingDocuments", "No."), 0.45, "right"),
        Column(translate("MailingDocuments", "Tracking number"), 1.85, "left"),
        Column(translate("MailingDocuments", "Postal code"), 1.35),
        Column(translate("MailingDocuments", "Address"), 3.0),
        Column(translate("MailingDocuments", "Name"), 1.6),
        Column(translate("MailingDocuments", "Method"), 1.3),
        Column(translate("MailingDocuments", "Postage"), 0.95, "right"),
    ]
    rows: list[list[str | DigitGroups]] = []
    for item in batch.items:
        rows.append([
            str(item.position),
            tracking_cell(item.tracking_number) if item.tracking_number else "",
            postal(item.postal_code),
            item.address,
            item.name,
            tr_text(method_short(item.method)),
            yen(postage.get(item.id)),
        ])  # fmt: skip
    stamps = [
        translate("MailingDocuments", "Prepared"),
        translate("MailingDocuments", "Checked"),
        translate("MailingDocuments", "Approved"),
    ]

    def draw(w: Writer) -> None:
        w.header(title, on=on, reference=reference)
        w.kv_rows(summary)
        w.signature_box(stamps)
        w.table(columns, rows, size=w.size - 1.5)
        w.paragraph(translate(
            "MailingDocuments",
            "Record the tracking numbers before handing the items to the post office. Keep this list with "
            "the post office's receipt."), size=w.size - 1.5)  # fmt: skip

    return build(A4_PORTRAIT, draw, title=f"{title} {reference}", file_stem=f"mailing-list-{batch.number}",
                 when=when, letterhead=letterhead)  # fmt: skip
