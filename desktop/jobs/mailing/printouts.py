"""Printouts of the mailing job (Qt-free): load the data, build the document, audit it.

Preparing a printout (for the preview or a file) is audited as a "view" of each resident's case; when
it is printed or saved, `record_output` audits "print" or "export" per case and, for invitations
(来庁のご案内), moves each returned case to 来庁案内済 — the invitation counts as sent once it is on paper.

Batch documents are dated by the batch (its prepared moment; the date sent once sent), so printing
the same batch again gives the same PDF byte for byte.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop.core.cases import CaseState
from desktop.core.clock import business_date
from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.jobs.mailing.documents import (
    GuideInfo,
    build_address_labels,
    build_booking_guides,
    build_cover_letters,
    build_invitations,
    build_mailing_list,
    letterhead_of,
    office_hours,
)
from desktop.jobs.mailing.store import batches, results
from desktop.jobs.mailing.store.common import audit_cases, card_row
from desktop.jobs.mailing.store.settings import load_settings
from desktop.printing import Document
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.office import load_profile


class DocKind(StrEnum):
    MAILING_LIST = "mailing_list"  # 発送一覧
    LABELS = "labels"  # 宛名ラベル
    COVER_LETTERS = "cover_letters"  # 送付のご案内
    BOOKING_GUIDES = "booking_guides"  # 交付予約のご案内
    INVITATIONS = "invitations"  # 来庁のご案内

    @property
    def label(self) -> str:
        """English source; translate in context "MailingDocKind"."""
        return DOC_LABELS[self]


DOC_LABELS = {
    DocKind.MAILING_LIST: QT_TRANSLATE_NOOP("MailingDocKind", "Mailing list"),
    DocKind.LABELS: QT_TRANSLATE_NOOP("MailingDocKind", "Address labels"),
    DocKind.COVER_LETTERS: QT_TRANSLATE_NOOP("MailingDocKind", "Cover letters"),
    DocKind.BOOKING_GUIDES: QT_TRANSLATE_NOOP("MailingDocKind", "Booking guide letters"),
    DocKind.INVITATIONS: QT_TRANSLATE_NOOP("MailingDocKind", "Invitations to the counter"),
}
BATCH_KINDS = (DocKind.MAILING_LIST, DocKind.LABELS, DocKind.COVER_LETTERS)


@dataclass(frozen=True)
class Printout:
    kind: DocKind
    document: Document
    case_ids: tuple[str, ...]
    item_ids: tuple[str, ...] = ()


def batch_printout(ctx: Context, batch_id: str, kind: DocKind, *, start: int = 0,
                   outlines: bool = False) -> Printout:
    """The mailing list, the address labels or the cover letters of a batch (`start`: labels to skip
    on a partly used sheet; `outlines`: draw the label edges, for a test print on plain paper)."""
    batch = batches.get_batch(ctx, batch_id)
    if not batch.items:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The batch is empty: there is nothing to print."))
    profile = load_profile(ctx)
    letterhead = letterhead_of(profile)
    on = batch.sent_on or business_date(batch.prepared_at)
    when = batch.prepared_at
    if kind is DocKind.MAILING_LIST:
        doc = build_mailing_list(letterhead, batch, batches.expected_postage(ctx, batch, on), on=on, when=when)
    elif kind is DocKind.LABELS:
        doc = build_address_labels(load_settings(ctx).labels, batch.items, when=when, start=start,
                                   outlines=outlines)  # fmt: skip
    elif kind is DocKind.COVER_LETTERS:
        doc = build_cover_letters(letterhead, batch.items, on=on, when=when, hours=office_hours(profile))
    else:
        raise ValueError(f"{kind} is not a batch document")
    case_ids = tuple(i.case_id for i in batch.items)
    audit_cases(ctx, "view", case_ids, f"document={kind.value}")
    return Printout(kind, doc, case_ids, tuple(i.id for i in batch.items))


def booking_guides(ctx: Context, case_ids: Sequence[str]) -> Printout:
    """交付予約のご案内 for cards whose 交付通知書 was sent (they carry a reservation number)."""
    guides: list[GuideInfo] = []
    for case_id in dict.fromkeys(case_ids):
        row = card_row(ctx, case_id)
        if row.case.reservation_number is None or row.notice_sent_on is None:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Errors", "A booking guide needs the handover notice first: record the notice and its "
                "reservation number."))  # fmt: skip
        guides.append(GuideInfo(row.case.reservation_number, row.notice_sent_on, row.postal_code, row.address,
                                row.name, row.case.reservation_number))  # fmt: skip
    if not guides:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose at least one card."))
    profile = load_profile(ctx)
    doc = build_booking_guides(letterhead_of(profile), guides, when=ctx.clock.now(), hours=office_hours(profile))
    ids = tuple(dict.fromkeys(case_ids))
    audit_cases(ctx, "view", ids, f"document={DocKind.BOOKING_GUIDES.value}")
    return Printout(DocKind.BOOKING_GUIDES, doc, ids)


def invitations(ctx: Context, item_ids: Sequence[str]) -> Printout:
    """来庁のご案内 for returned items (or a reprint for items already invited)."""
    items = [batches.get_item(ctx, i) for i in dict.fromkeys(item_ids)]
    if not items:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose at least one returned card."))
    for item in items:
        if item.case_state not in (CaseState.RETURNED, CaseState.INVITED):
            raise DomainError(QT_TRANSLATE_NOOP(
                "Errors", "Only a card returned by the post office gets an invitation to the counter."))  # fmt: skip
    profile = load_profile(ctx)
    settings = load_settings(ctx)
    today = ctx.clock.today()
    dated = [item.invited_on or today for item in items]
    collect_by = None if not settings.collect_days else max(dated) + timedelta(days=settings.collect_days)
    doc = build_invitations(letterhead_of(profile), items, on=_common_date(dated, today), when=ctx.clock.now(),
                            hours=office_hours(profile), collect_by=collect_by)  # fmt: skip
    case_ids = tuple(i.case_id for i in items)
    audit_cases(ctx, "view", case_ids, f"document={DocKind.INVITATIONS.value}")
    return Printout(DocKind.INVITATIONS, doc, case_ids, tuple(i.id for i in items))


def _common_date(dates: list[date], today: date) -> date:
    return dates[0] if len(set(dates)) == 1 else today


def record_output(ctx: Context, printout: Printout, action: str) -> int:
    """After a printout was printed ("print") or saved as a file ("export"): audit it per case, and for
    invitations move every returned case to 来庁案内済. Returns how many cases were invited."""
    if action not in ("print", "export"):
        raise ValueError(action)
    invited = 0
    with write(ctx.db):
        audit_cases(ctx, action, printout.case_ids, f"document={printout.kind.value}")
        if printout.kind is DocKind.INVITATIONS:
            for item_id in printout.item_ids:
                if batches.get_item(ctx, item_id).case_state is CaseState.RETURNED:
                    results.record_invited(ctx, item_id)
                    invited += 1
    return invited
