"""The handover job's paper, built on the printing base (Qt-free): 受領書 (A5 or A4, for the resident or
proxy to sign), the 80 mm 控え for the resident, the walk-in service slip, the reminder letter (再通知)
and the disposal list (廃棄一覧).

Every document carries the office's letterhead and its dates in 和暦. Nothing here can print a
個人番号 (the printing base refuses 12-digit numbers) or a PIN (there is none to print: only whether the
resident set them on the terminal). Titles and file stems never hold a resident's name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.core.office import OfficeProfile
from desktop.core.wareki import both, wareki, wareki_short
from desktop.i18n import translate
from desktop.printing import (
    A4_PORTRAIT,
    A5_PORTRAIT,
    RECEIPT_80MM,
    Column,
    Document,
    Letterhead,
    PageLayout,
    Writer,
    build,
    mm,
)


def letterhead_for(profile: OfficeProfile | None) -> Letterhead:
    """The office's letterhead from its profile (みどり市　市民課, TEL, 〒 and address)."""
    if profile is None:
        return Letterhead("", "")
    address = " ".join(p for p in (f"〒{profile.postal_code}" if profile.postal_code else "",
                                   profile.address) if p)  # fmt: skip
    return Letterhead(profile.municipality, profile.department, profile.phone, address)


@dataclass(frozen=True)
class ReceiptData:
    """What the 受領書 and the 控え show (built by `store.printdata.receipt_data`)."""

    name: str
    kana: str
    birth_date: date | None
    handed_at: datetime  # local (JST) moment of the handover
    queue_number: int | None
    proxy_reason_ja: str = ""  # "" = the resident collected it
    proxy_proof_ja: str = ""
    documents_ja: tuple[str, ...] = ()
    rule_text: str = ""  # translated text of the identity rule met
    proxy_documents_ja: tuple[str, ...] = ()
    proxy_rule_text: str = ""
    collected_ja: tuple[str, ...] = ()  # 通知カード, 住基カード
    face_auth: bool = False
    pins_set: bool = False
    cert_signature: bool = False
    cert_user: bool = False
    card_valid_until: date | None = None
    cert_valid_until: date | None = None
    terminal: str = ""
    staff_name: str = ""
    notice_absent_text: str = ""  # translated reason when the notice was not brought


def _yes_no(flag: bool) -> str:
    return translate("HandoverPrint", "Issued") if flag else translate("HandoverPrint", "Not issued")


def _recipient(data: ReceiptData) -> str:
    if data.proxy_reason_ja:
        return translate("HandoverPrint", "Proxy ({reason})").format(reason=data.proxy_reason_ja)
    return translate("HandoverPrint", "The resident")


def _identity_line(names: Sequence[str], rule: str) -> str:
    docs = "・".join(names) if names else "—"
    return f"{docs}（{rule}）" if rule else docs


def _certificates(data: ReceiptData) -> str:
    return translate("HandoverPrint", "Signature: {signature} / User: {user}").format(
        signature=_yes_no(data.cert_signature), user=_yes_no(data.cert_user)
    )


def _validity(data: ReceiptData) -> str:
    parts = []
    if data.card_valid_until is not None:
        parts.append(translate("HandoverPrint", "card {date}").format(date=wareki(data.card_valid_until)))
    if data.cert_valid_until is not None and (data.cert_signature or data.cert_user):
        parts.append(
            translate("HandoverPrint", "certificates {date}").format(date=wareki(data.cert_valid_until))
        )
    return " / ".join(parts)


def _receipt_rows(data: ReceiptData) -> list[tuple[str, str]]:
    name = f"{data.name}（{data.kana}）" if data.kana else data.name
    handed = f"{wareki(data.handed_at.date())} {data.handed_at:%H:%M}"
    if data.queue_number is not None:
        handed += translate("HandoverPrint", " (No. {number})").format(number=data.queue_number)
    rows = [
        (translate("HandoverPrint", "Name"), name),
        (translate("HandoverPrint", "Date of birth"), both(data.birth_date) if data.birth_date else "—"),
        (translate("HandoverPrint", "Handed over on"), handed),
        (translate("HandoverPrint", "Received by"), _recipient(data)),
    ]
    if data.notice_absent_text:
        rows.append(
            (
                translate("HandoverPrint", "Handover notice"),
                translate("HandoverPrint", "Not brought ({reason})").format(reason=data.notice_absent_text),
            )
        )
    rows.append(
        (translate("HandoverPrint", "Identity checked"), _identity_line(data.documents_ja, data.rule_text))
    )
    if data.proxy_reason_ja:
        rows.append((translate("HandoverPrint", "Proof of the reason"), data.proxy_proof_ja or "—"))
        rows.append(
            (
                translate("HandoverPrint", "Proxy's identity"),
                _identity_line(data.proxy_documents_ja, data.proxy_rule_text),
            )
        )
    pins = (translate("HandoverPrint", "Face recognition card: no PINs") if data.face_auth
            else (translate("HandoverPrint", "PINs set by the resident on the terminal") if data.pins_set else "—"))  # fmt: skip
    rows += [
        (
            translate("HandoverPrint", "Cards returned"),
            "・".join(data.collected_ja) if data.collected_ja else translate("HandoverPrint", "None"),
        ),
        (translate("HandoverPrint", "PINs"), pins),
        (translate("HandoverPrint", "Certificates"), _certificates(data)),
    ]
    validity = _validity(data)
    if validity:
        rows.append((translate("HandoverPrint", "Valid until"), validity))
    rows.append(
        (
            translate("HandoverPrint", "Terminal / staff"),
            " / ".join(p for p in (data.terminal, data.staff_name) if p) or "—",
        )
    )
    return rows


def _signature_line(w: Writer, label: str, *, height: float = 14 * mm) -> None:
    """A labelled box for a handwritten signature, full width."""
    label_w = min(40 * mm, w.width * 0.3)
    w.ensure(height + 4 * mm)
    w.rect(w.left, w.y, label_w, height, width=0.6, fill_gray=0.92)
    w.rect(w.left + label_w, w.y, w.width - label_w, height, width=0.6)
    w.text_in_line(w.left + 1.6 * mm, w.y + (height - w.line_height()) / 2, label)
    w.y += height + 3 * mm


def handover_receipt(
    data: ReceiptData, letterhead: Letterhead, *, when: datetime, layout: PageLayout = A5_PORTRAIT
) -> Document:
    """The 受領書 (A5 or A4) the resident or the proxy signs; kept by the office."""
    title = translate("HandoverPrint", "Receipt for the My Number Card")

    def draw(w: Writer) -> None:
        w.header(title, on=data.handed_at.date())
        intro = (translate("HandoverPrint", "As the proxy of the resident below, I have received their My Number Card.")
                 if data.proxy_reason_ja else translate("HandoverPrint", "I have received my My Number Card as below."))  # fmt: skip
        w.paragraph(intro)
        w.space(2 * mm)
        w.kv_rows(_receipt_rows(data))
        if data.proxy_reason_ja:
            _signature_line(w, translate("HandoverPrint", "Proxy's signature"))
            _signature_line(w, translate("HandoverPrint", "Relationship to the resident"), height=9 * mm)
        else:
            _signature_line(w, translate("HandoverPrint", "Signature"))
        w.signature_box(
            [
                translate("HandoverPrint", "Received"),
                translate("HandoverPrint", "Checked"),
                translate("HandoverPrint", "Handed over"),
            ],
            box=15 * mm,
        )

    return build(layout, draw, title=title, file_stem="handover-receipt", when=when, letterhead=letterhead)


def handover_slip(data: ReceiptData, letterhead: Letterhead, *, when: datetime) -> Document:
    """The 80 mm 控え the resident takes home."""
    title = translate("HandoverPrint", "Handover slip (your copy)")

    def draw(w: Writer) -> None:
        w.header(title, on=data.handed_at.date())
        rows = [
            (translate("HandoverPrint", "Name"), data.name),
            (translate("HandoverPrint", "Time"), f"{data.handed_at:%H:%M}"),
        ]
        if data.queue_number is not None:
            rows.append((translate("HandoverPrint", "No."), str(data.queue_number)))
        rows.append((translate("HandoverPrint", "Received by"), _recipient(data)))
        if data.collected_ja:
            rows.append((translate("HandoverPrint", "Returned"), "・".join(data.collected_ja)))
        rows.append((translate("HandoverPrint", "Certificates"), "・".join(
            n for n, on in ((translate("HandoverPrint", "signature"), data.cert_signature), (translate("HandoverPrint", "user"), data.cert_user)) if on
        ) or translate("HandoverPrint", "none")))  # fmt: skip
        if data.card_valid_until is not None:
            rows.append((translate("HandoverPrint", "Card until"), wareki(data.card_valid_until)))
        if data.cert_valid_until is not None and (data.cert_signature or data.cert_user):
            rows.append((translate("HandoverPrint", "Cert. until"), wareki(data.cert_valid_until)))
        w.kv_rows(rows)
        w.rule(dashed=True)
        w.paragraph(translate("HandoverPrint", "Only you know your PINs: the office never records them. If you forget one, "
                       "come to the counter with your card."), size=w.size - 1)  # fmt: skip

    return build(RECEIPT_80MM, draw, title=title, file_stem="handover-slip", when=when, letterhead=letterhead)


@dataclass(frozen=True)
class WalkInSlipData:
    name: str
    done_at: datetime  # local
    service_ja: str
    detail_ja: str
    queue_number: int | None = None
    staff_name: str = ""


def walkin_slip(data: WalkInSlipData, letterhead: Letterhead, *, when: datetime) -> Document:
    """An 80 mm slip for a walk-in service (what was done, never a PIN)."""
    title = translate("HandoverPrint", "Service slip")

    def draw(w: Writer) -> None:
        w.header(title, on=data.done_at.date())
        rows = [(translate("HandoverPrint", "Name"), data.name), (translate("HandoverPrint", "Time"), f"{data.done_at:%H:%M}"),
                (translate("HandoverPrint", "Service"), data.service_ja), (translate("HandoverPrint", "Details"), data.detail_ja)]  # fmt: skip
        if data.queue_number is not None:
            rows.insert(2, (translate("HandoverPrint", "No."), str(data.queue_number)))
        w.kv_rows(rows)
        w.rule(dashed=True)
        w.paragraph(
            translate("HandoverPrint", "Only you know your PINs: the office never records them."),
            size=w.size - 1,
        )

    return build(RECEIPT_80MM, draw, title=title, file_stem="service-slip", when=when, letterhead=letterhead)


@dataclass(frozen=True)
class ReminderData:
    """One reminder letter (再通知): the address block for a window envelope and the dates."""

    name: str
    postal_code: str
    address: str
    first_notice_on: date
    reservation_number: str | None = None
    deadline: date | None = None  # the disposal date under the rule, when there is one


def reminder_letters(items: Sequence[ReminderData], letterhead: Letterhead, *, when: datetime) -> Document:
    """再通知: one A4 page per card, addressed for a window envelope."""
    title = translate("HandoverPrint", "Your My Number Card is waiting (reminder)")
    today = when.date()

    def page(w: Writer, item: ReminderData) -> None:
        if item.postal_code:
            w.text_in_line(w.left + 5 * mm, w.y, f"〒{item.postal_code}")
            w.y += w.line_height()
        w.paragraph(item.address, indent=5 * mm)
        w.text_in_line(
            w.left + 5 * mm,
            w.y,
            translate("HandoverPrint", "{name} 様").format(name=item.name),
            size=w.size + 3,
            bold=True,
        )
        w.y += w.line_height(w.size + 3) + 8 * mm
        w.header(title, on=today)
        w.paragraph(translate("HandoverPrint", "Your My Number Card has been ready at our counter since {date}, but it has not "
                       "been collected yet.").format(date=wareki(item.first_notice_on)))  # fmt: skip
        w.space(2 * mm)
        if item.deadline is not None:
            w.paragraph(translate("HandoverPrint", "Please collect it by {date}. A card not collected by then may be disposed of "
                           "under the municipality's rule; you would then need to apply again.")
                        .format(date=wareki(item.deadline)), bold=True)  # fmt: skip
        else:
            w.paragraph(translate("HandoverPrint", "Please collect it as soon as you can."), bold=True)
        w.space(3 * mm)
        w.heading(translate("HandoverPrint", "What to bring"))
        rows = [
            ("1", translate("HandoverPrint", "This letter, and the handover notice if you still have it")),
            ("2", translate("HandoverPrint", "Identity documents: one photo ID (such as a driving licence or passport), or two "
                     "documents such as a health insurance card and a pension book")),
            ("3", translate("HandoverPrint", "Your notification card and Basic Resident Registration card, if you have them")),
        ]  # fmt: skip
        w.kv_rows(rows, label_width=10 * mm)
        if item.reservation_number:
            w.kv_rows([(translate("HandoverPrint", "Reservation number"), item.reservation_number)])
        w.paragraph(translate("HandoverPrint", "If someone must collect the card for you, please contact us first: a proxy needs "
                       "a power of attorney and proof of the reason you cannot come."), size=w.size - 0.5)  # fmt: skip

    def draw(w: Writer) -> None:
        for index, item in enumerate(items):
            if index:
                w.title = ""  # no running title: each letter starts with its address block
                w.new_page()
            page(w, item)

    return build(A4_PORTRAIT, draw, title=title, file_stem="reminder", when=when, letterhead=letterhead)


@dataclass(frozen=True)
class DisposalRow:
    name: str
    birth_date: date | None
    first_notice_on: date
    last_reminder_on: date | None
    due_on: date
    returned: bool


@dataclass(frozen=True)
class DisposalListData:
    disposed_on: date
    supervisor: str
    rule_text: str
    rows: tuple[DisposalRow, ...] = field(default=())


def disposal_list(data: DisposalListData, letterhead: Letterhead, *, when: datetime) -> Document:
    """廃棄一覧: the cards a supervisor confirmed for disposal, with the stamp boxes for the decision."""
    title = translate("HandoverPrint", "Disposal list of unclaimed My Number Cards")

    def draw(w: Writer) -> None:
        w.header(title, on=data.disposed_on)
        w.kv_rows([
            (translate("HandoverPrint", "Disposal date"), wareki(data.disposed_on)),
            (translate("HandoverPrint", "Confirmed by"), data.supervisor or "—"),
            (translate("HandoverPrint", "Rule"), data.rule_text),
            (translate("HandoverPrint", "Number of cards"), str(len(data.rows))),
        ])  # fmt: skip
        w.signature_box(
            [
                translate("HandoverPrint", "Staff"),
                translate("HandoverPrint", "Checked"),
                translate("HandoverPrint", "Approved"),
            ]
        )
        columns = [
            Column(translate("HandoverPrint", "No."), 0.5, "right"), Column(translate("HandoverPrint", "Name"), 2.2), Column(translate("HandoverPrint", "Date of birth"), 1.2),
            Column(translate("HandoverPrint", "Notice sent"), 1.2), Column(translate("HandoverPrint", "Last reminder"), 1.2), Column(translate("HandoverPrint", "Due"), 1.2),
            Column(translate("HandoverPrint", "Returned"), 0.8, "center"),
        ]  # fmt: skip
        body = [
            [str(i), r.name, wareki_short(r.birth_date) if r.birth_date else "—", wareki_short(r.first_notice_on),
             wareki_short(r.last_reminder_on) if r.last_reminder_on else "—", wareki_short(r.due_on),
             "○" if r.returned else ""]
            for i, r in enumerate(data.rows, start=1)
        ]  # fmt: skip
        w.table(columns, body)

    return build(A4_PORTRAIT, draw, title=title, file_stem="disposal-list", when=when, letterhead=letterhead)


LAYOUTS = {"a5": A5_PORTRAIT, "a4": A4_PORTRAIT}
