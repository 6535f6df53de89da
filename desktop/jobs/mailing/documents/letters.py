"""Letters to residents, one A4 page each: the cover letter that goes in the envelope with the card
(送付のご案内), the booking guide sent with or after the 交付通知書 (交付予約のご案内), and the invitation to
collect a card the post office returned (来庁のご案内).

Each page: reference and date at the right, the addressee at the top left (where a window envelope
shows it), the office under it at the right, the title, the body, a numbered list, and the contact box.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from desktop.core.cases import DeliveryMethod
from desktop.core.wareki import wareki
from desktop.i18n import tr_text, translate
from desktop.jobs.mailing.documents.common import LETTER, contact_box, letter_title, letter_top, numbered
from desktop.jobs.mailing.domain import MailItem
from desktop.printing import Document, Letterhead, Writer, build, mm


@dataclass(frozen=True)
class Addressee:
    reference: str
    on: date
    postal_code: str
    address: str
    name: str


def _pages(w: Writer, people: Sequence[Addressee], body: Callable[[Writer, Addressee], None]) -> None:
    for i, person in enumerate(people):
        if i:
            w.new_page()
        body(w, person)


def _reference(item: MailItem) -> str:
    return translate("MailingDocuments", "Ref. {batch}-{position}").format(
        batch=item.batch_number, position=item.position)


def _method_name(method: DeliveryMethod) -> str:
    if method is DeliveryMethod.TOKUREI:
        return translate("MailingDocuments", "restricted-recipient post (special type)")
    return translate("MailingDocuments", "simple registered post")


def build_cover_letters(letterhead: Letterhead, items: Sequence[MailItem], *, on: date, when: datetime,
                        hours: str) -> Document:
    """送付のご案内: one letter per item, to go in the envelope with the card."""
    title = translate("MailingDocuments", "Your My Number Card")
    people = [Addressee(_reference(item), on, item.postal_code, item.address, item.name)
              for item in items]  # fmt: skip
    methods = {p.reference: item.method for p, item in zip(people, items, strict=True)}
    checks = [
        translate("MailingDocuments", "Check that the name, address, date of birth and sex on the card are right."),
        translate("MailingDocuments", "The PINs are the ones you wrote on the PIN request form when you applied. "
                                      "Keep them secret and never write them on the card."),  # fmt: skip
        translate("MailingDocuments", "If you hold a notification card or a Basic Resident Register card, "
                                      "return it to the counter."),  # fmt: skip
        translate("MailingDocuments", "If anything on the card is wrong, or you did not apply for a card, "
                                      "call us at the number below."),  # fmt: skip
    ]

    def body(w: Writer, p: Addressee) -> None:
        letter_top(w, letterhead, on=p.on, reference=p.reference, postal_code=p.postal_code,
                   address=p.address, name=p.name)  # fmt: skip
        letter_title(w, title)
        w.paragraph(translate(
            "MailingDocuments",
            "Thank you for applying for a My Number Card. We are sending you your card by {method}. When you "
            "receive it, please check the following.").format(method=_method_name(methods[p.reference])))
        w.space(4 * mm)
        w.paragraph(translate("MailingDocuments", "Please check"), bold=True, align="center")
        w.space(2 * mm)
        numbered(w, checks)
        w.space(3 * mm)
        w.paragraph(translate("MailingDocuments", "Enclosed: your My Number Card (1) and this letter."))
        contact_box(w, letterhead, hours)

    return build(LETTER, lambda w: _pages(w, people, body), title=title, file_stem="cover-letters",
                 when=when, letterhead=letterhead)  # fmt: skip


@dataclass(frozen=True)
class GuideInfo:
    reference: str  # shown at the top right
    on: date
    postal_code: str
    address: str
    name: str
    reservation_number: str


def build_booking_guides(letterhead: Letterhead, guides: Sequence[GuideInfo], *, when: datetime,
                         hours: str) -> Document:
    """交付予約のご案内: the card is ready; how to book the handover with the reservation number."""
    title = translate("MailingDocuments", "Booking the handover of your My Number Card")
    bring = [
        translate("MailingDocuments", "The handover notice (postcard) we sent you."),
        translate("MailingDocuments", "Identity documents: one with your photo (such as a driving licence or "
                                      "passport), or two without a photo (such as a health insurance "
                                      "certificate and a pension book)."),  # fmt: skip
        translate("MailingDocuments", "Your notification card or Basic Resident Register card, if you have one."),
    ]

    def body(w: Writer, g: Addressee) -> None:
        info = by_ref[g.reference]
        letter_top(w, letterhead, on=g.on, reference=g.reference, postal_code=g.postal_code,
                   address=g.address, name=g.name)  # fmt: skip
        letter_title(w, title)
        w.paragraph(translate(
            "MailingDocuments",
            "Your My Number Card is ready. The card is handed over at the counter in person, by appointment. "
            "Please book a time by phone or at the counter, giving the reservation number below and your "
            "date of birth."))  # fmt: skip
        w.space(3 * mm)
        w.emphasis(info.reservation_number, size=22,
                   caption=translate("MailingDocuments", "Reservation number"))
        w.paragraph(translate("MailingDocuments", "What to bring"), bold=True)
        w.space(1 * mm)
        numbered(w, bring)
        w.space(2 * mm)
        w.paragraph(translate(
            "MailingDocuments",
            "You will set your PINs at the counter: decide them before you come. The handover takes about "
            "30 minutes."))  # fmt: skip
        contact_box(w, letterhead, hours)

    by_ref = {g.reference: g for g in guides}
    people = [Addressee(g.reference, g.on, g.postal_code, g.address, g.name) for g in guides]
    return build(LETTER, lambda w: _pages(w, people, body), title=title, file_stem="booking-guides",
                 when=when, letterhead=letterhead)  # fmt: skip


def build_invitations(letterhead: Letterhead, items: Sequence[MailItem], *, on: date, when: datetime,
                      hours: str, collect_by: date | None) -> Document:
    """来庁のご案内: the mailed card came back; please collect it at the counter (by `collect_by`)."""
    title = translate("MailingDocuments", "Please collect your My Number Card at the counter")
    people = [Addressee(_reference(item), on, item.postal_code, item.address, item.name)
              for item in items]  # fmt: skip
    by_ref = {p.reference: item for p, item in zip(people, items, strict=True)}
    bring = [
        translate("MailingDocuments", "This letter."),
        translate("MailingDocuments", "Identity documents: one with your photo (such as a driving licence or "
                                      "passport), or two without a photo (such as a health insurance "
                                      "certificate and a pension book)."),  # fmt: skip
    ]

    def body(w: Writer, p: Addressee) -> None:
        item = by_ref[p.reference]
        letter_top(w, letterhead, on=p.on, reference=p.reference, postal_code=p.postal_code,
                   address=p.address, name=p.name)  # fmt: skip
        letter_title(w, title)
        reason = tr_text(item.return_reason.label) if item.return_reason else ""
        sent = wareki(item.sent_on) if item.sent_on else ""
        w.paragraph(translate(
            "MailingDocuments",
            "The My Number Card we mailed to you on {sent} came back to us ({reason}). We keep it at the "
            "counter: please come and collect it in person.").format(sent=sent, reason=reason))  # fmt: skip
        if collect_by is not None:
            w.space(3 * mm)
            w.emphasis(wareki(collect_by), size=16,
                       caption=translate("MailingDocuments", "Please come by"))
        w.space(3 * mm)
        w.paragraph(translate("MailingDocuments", "What to bring"), bold=True)
        w.space(1 * mm)
        numbered(w, bring)
        w.space(2 * mm)
        w.paragraph(translate(
            "MailingDocuments",
            "If you cannot come yourself, call us first: in some cases a representative may collect the card."))
        contact_box(w, letterhead, hours)

    return build(LETTER, lambda w: _pages(w, people, body), title=title, file_stem="invitations",
                 when=when, letterhead=letterhead)  # fmt: skip
