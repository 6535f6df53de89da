"""The assistance job's paper, built on the printing base (Qt-free): the 受付番号 ticket (80 mm roll), the
handover guidance slip for the resident (申請サポートのご案内: what was done, what happens next and when,
what to bring, the office's phone; A5 or 80 mm) and the ledger of assisted applications
(申請サポート記録簿, A4 landscape) kept for inquiries.

Every document carries the office's letterhead and dates in 和暦. Nothing here can print a 個人番号 (the
printing base refuses 12-digit numbers) or a PIN (there is none). Titles and file stems hold no name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.pagesizes import A4

from desktop.core.cases import DeliveryMethod
from desktop.core.clock import to_local
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.office import OfficeProfile
from desktop.core.wareki import both, wareki, wareki_short
from desktop.i18n import translate
from desktop.jobs.assist.domain.application_form import grouped
from desktop.jobs.assist.domain.records import LedgerRow
from desktop.jobs.assist.domain.settings import DEFAULT_BRING
from desktop.printing import (
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

A4_LANDSCAPE = PageLayout("a4-landscape", A4[1], A4[0], 12 * mm, 14 * mm, 15 * mm, 12 * mm, font_size=8.5)
LAYOUTS = {"a5": A5_PORTRAIT, "receipt": RECEIPT_80MM}


def letterhead_for(profile: OfficeProfile | None) -> Letterhead:
    """The office's letterhead from its profile (みどり市　市民課, TEL, 〒 and address)."""
    if profile is None:
        return Letterhead("", "")
    address = " ".join(p for p in (f"〒{profile.postal_code}" if profile.postal_code else "",
                                   profile.address) if p)  # fmt: skip
    return Letterhead(profile.municipality, profile.department, profile.phone, address)


# --- the 受付番号 ticket ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TicketData:
    number: int
    checked_in_at: datetime
    venue: str = ""  # the pop-up venue's name; "" at the office


def queue_ticket(data: TicketData, letterhead: Letterhead, *, when: datetime) -> Document:
    """受付票 on the 80 mm roll: the big 受付番号, the service and time; never a name."""
    title = translate("AssistPrint", "Queue ticket")
    local = to_local(data.checked_in_at)

    def draw(w: Writer) -> None:
        w.header(title)
        w.emphasis(str(data.number), size=34, caption=translate("AssistPrint", "Your queue number"))
        rows = [(translate("AssistPrint", "Service"), translate("AssistPrint", "Application support")),
                (translate("AssistPrint", "Checked in"), f"{wareki(local.date())} {local:%H:%M}")]  # fmt: skip
        if data.venue:
            rows.append((translate("AssistPrint", "Venue"), data.venue))
        w.kv_rows(rows)
        w.rule(dashed=True)
        w.paragraph(translate("AssistPrint", "Please keep this ticket until the application is done."), size=w.size - 0.5)

    return build(RECEIPT_80MM, draw, title=title, file_stem="assist-ticket", when=when, letterhead=letterhead)


# --- the guidance slip --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SlipData:
    """What the guidance slip shows (built by `store.printdata.slip_data`)."""

    name: str
    applied_on: date
    queue_number: int | None
    application_id: str | None
    channel_text: str  # translated
    cert_wanted: bool
    braille: bool
    face_auth: bool
    mailed_later: bool
    delivery: DeliveryMethod
    weeks_min: int
    weeks_max: int
    bring: tuple[str, ...]  # the office's own lines, or () for the translated defaults
    paper_application: bool = False
    venue: str = ""
    office_phone: str = ""


def _yes_no(flag: bool) -> str:
    return translate("AssistPrint", "Yes") if flag else translate("AssistPrint", "No")


def next_steps(data: SlipData) -> list[str]:
    """What happens next, in the resident's order of events (translated sentences)."""
    weeks = translate("AssistPrint", "about {min} to {max} weeks").format(min=data.weeks_min, max=data.weeks_max)
    out: list[str] = []
    if data.paper_application:
        out.append(translate("AssistPrint", "Post the application form with your photo in the return envelope (no stamp needed)."))
    if data.mailed_later and data.delivery is DeliveryMethod.TOKUREI:
        out.append(translate("AssistPrint", "Your card will be sent by restricted-recipient post (本人限定受取郵便・特例型) in {weeks}.")
                   .format(weeks=weeks))  # fmt: skip
        out.append(translate("AssistPrint", "The post office first leaves an arrival notice. Take the notice and one photo ID to the "
                      "post office within about 10 days, or the card returns to the city office."))  # fmt: skip
    elif data.mailed_later and data.delivery is DeliveryMethod.KAN_I_KAKITOME:
        out.append(translate("AssistPrint", "Your card will be sent by simple registered post (簡易書留) in {weeks}: it is handed to you "
                      "at your address.").format(weeks=weeks))  # fmt: skip
    elif data.mailed_later:
        out.append(translate("AssistPrint", "Your identity was checked today. In {weeks} a handover notice (交付通知書) arrives: come to "
                      "the counter with it.").format(weeks=weeks))  # fmt: skip
    else:
        out.append(translate("AssistPrint", "In {weeks} a handover notice (交付通知書) postcard arrives. Book a time as written on it "
                      "and come to the counter with the things below.").format(weeks=weeks))  # fmt: skip
    out.append(translate("AssistPrint", "Think of your PINs before you come: never write them on this paper."))
    return out


def things_to_bring(data: SlipData) -> list[str]:
    if data.mailed_later and data.delivery is not DeliveryMethod.COUNTER:
        return [translate("AssistPrint", "For the post office: the arrival notice and one photo ID")]
    items = list(data.bring) if data.bring else [translate("AssistSlip", t) for t in DEFAULT_BRING]
    if data.mailed_later:
        items = items[:1]  # identity was checked today: the notice is enough
    return items


def _slip_rows(data: SlipData) -> list[tuple[str, str]]:
    applied = both(data.applied_on)
    if data.queue_number is not None:
        applied += translate("AssistPrint", " (No. {number})").format(number=data.queue_number)
    rows = [(translate("AssistPrint", "Name"), data.name), (translate("AssistPrint", "Applied on"), applied)]
    if data.venue:
        rows.append((translate("AssistPrint", "Venue"), data.venue))
    application = data.channel_text
    if data.application_id:
        application += "\n" + translate("AssistPrint", "Form ID {id}").format(id=grouped(data.application_id))
    rows.append((translate("AssistPrint", "Application"), application))
    options = translate("AssistPrint", "Certificates: {cert} / Braille: {braille} / Face recognition card: {face}")
    rows.append((translate("AssistPrint", "Options"), options.format(
        cert=_yes_no(data.cert_wanted), braille=_yes_no(data.braille), face=_yes_no(data.face_auth))))  # fmt: skip
    if data.mailed_later:
        rows.append((translate("AssistPrint", "Identity"), translate("AssistPrint", "Checked at application")))
    return rows


def guidance_slip(data: SlipData, letterhead: Letterhead, *, when: datetime, paper: str = "a5") -> Document:
    """申請サポートのご案内 for the resident to take home (A5 sheet or the 80 mm roll)."""
    title = translate("AssistPrint", "Your card application")
    layout = LAYOUTS.get(paper, A5_PORTRAIT)

    def draw(w: Writer) -> None:
        w.header(title)
        w.kv_rows(_slip_rows(data))
        w.heading(translate("AssistPrint", "What happens next"))
        for line in next_steps(data):
            w.paragraph("・" + line, indent=0)
        w.space(1.5 * mm)
        w.heading(translate("AssistPrint", "What to bring"))
        for line in things_to_bring(data):
            w.paragraph("□ " + line)
        w.space(1.5 * mm)
        phone = data.office_phone or letterhead.phone
        if phone:
            w.rule(dashed=True)
            w.paragraph(translate("AssistPrint", "Questions: {office}, TEL {phone}").format(office=letterhead.signature, phone=phone),
                        bold=True)  # fmt: skip

    return build(layout, draw, title=title, file_stem="assist-guidance", when=when, letterhead=letterhead)


# --- the ledger ---------------------------------------------------------------------------------------

LEDGER_COLUMNS = (
    (QT_TRANSLATE_NOOP("AssistPrint", "Applied on"), 0.9), (QT_TRANSLATE_NOOP("AssistPrint", "Venue"), 1.0),
    (QT_TRANSLATE_NOOP("AssistPrint", "No."), 0.45), (QT_TRANSLATE_NOOP("AssistPrint", "Name"), 1.3),
    (QT_TRANSLATE_NOOP("AssistPrint", "Birth date"), 1.0), (QT_TRANSLATE_NOOP("AssistPrint", "Phone"), 1.2),
    (QT_TRANSLATE_NOOP("AssistPrint", "Tablet"), 0.7), (QT_TRANSLATE_NOOP("AssistPrint", "Contact name"), 0.9),
    (QT_TRANSLATE_NOOP("AssistPrint", "Application form ID"), 2.3),
    (QT_TRANSLATE_NOOP("AssistPrint", "Channel"), 0.7), (QT_TRANSLATE_NOOP("AssistPrint", "Cert."), 0.5),
    (QT_TRANSLATE_NOOP("AssistPrint", "Braille"), 0.7), (QT_TRANSLATE_NOOP("AssistPrint", "By post"), 0.6),
    (QT_TRANSLATE_NOOP("AssistPrint", "Min."), 0.45), (QT_TRANSLATE_NOOP("AssistPrint", "Staff"), 1.0),
)  # fmt: skip
RIGHT_ALIGNED = (2, 13)


def ledger_cells(row: LedgerRow) -> list[str]:
    return [
        wareki_short(row.business_date), row.venue,
        "" if row.queue_number is None else str(row.queue_number),
        row.name or "—",
        row.birth_date.isoformat() if row.birth_date else "—",  # 西暦, as the online application asks
        row.phone, row.tablet, row.contact_name,
        grouped(row.application_id) if row.application_id else translate("AssistPrint", "reissued"),
        row.channel, _yes_no(row.cert_wanted), _yes_no(row.braille), _yes_no(row.mailed_later),
        "" if row.minutes is None else str(row.minutes), row.staff,
    ]  # fmt: skip


def ledger(rows: Sequence[LedgerRow], letterhead: Letterhead, *, start: date, end: date, when: datetime) -> Document:
    """申請サポート記録簿: one line per finished application of the period (A4 landscape)."""
    title = translate("AssistPrint", "Application support ledger")
    period = f"{wareki(start)} – {wareki(end)}"

    def draw(w: Writer) -> None:
        if start == end:
            w.header(title, on=start)
        else:
            w.header(title, reference=period)
        columns = [Column(translate("AssistPrint", name), weight, "right" if i in RIGHT_ALIGNED else "left")
                   for i, (name, weight) in enumerate(LEDGER_COLUMNS)]  # fmt: skip
        w.table(columns, [ledger_cells(r) for r in rows])
        minutes = [r.minutes for r in rows if r.minutes is not None]
        average = f"{sum(minutes) / len(minutes):.1f}" if minutes else "—"
        w.paragraph(translate("AssistPrint", "{n} application(s); {m} minutes on average.").format(n=len(rows), m=average), bold=True)
        w.signature_box()

    return build(A4_LANDSCAPE, draw, title=title, file_stem="assist-ledger", when=when, letterhead=letterhead)
