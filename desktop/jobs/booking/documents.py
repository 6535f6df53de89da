"""Booking paper (reportlab, Qt-free): the queue ticket (受付票, 80 mm receipt) and the call lists
(前日連絡リスト and the list of residents to call after a closure, A4).

The queue ticket never carries a name: only the queue numbers, the service, times, the estimated
wait and a QR code of the visit ids (`ticket_payload`), which the serving desk may scan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing

from desktop.core.clock import to_local
from desktop.core.office import OfficeProfile
from desktop.core.wareki import wareki, with_weekday
from desktop.i18n import translate
from desktop.jobs.booking.domain.model import BookingSummary
from desktop.printing import A4_PORTRAIT, RECEIPT_80MM, Column, Document, Letterhead, Writer, build, mm

QR_PREFIX = "MADOGUCHI-VISIT:"
QR_SIZE = 30 * mm


def letterhead_for(profile: OfficeProfile | None) -> Letterhead:
    """The office's letterhead from its profile (みどり市　市民課, TEL, 〒 and address)."""
    if profile is None:
        return Letterhead("", "")
    address = " ".join(p for p in (f"〒{profile.postal_code}" if profile.postal_code else "",
                                   profile.address) if p)  # fmt: skip
    return Letterhead(profile.municipality, profile.department, profile.phone, address)


def ticket_payload(visit_ids: Sequence[str]) -> str:
    """The QR code's text: the visit ids, comma separated (record ids only, never personal data)."""
    return QR_PREFIX + ",".join(visit_ids)


def parse_ticket_payload(text: str) -> list[str]:
    if not text.startswith(QR_PREFIX):
        return []
    return [part for part in text[len(QR_PREFIX):].split(",") if part]


@dataclass(frozen=True)
class TicketData:
    numbers: tuple[int, ...]
    visit_ids: tuple[str, ...]
    service_label: str  # translated
    checked_in_at: datetime
    slot: tuple[time, time] | None = None  # the booked time, None for a walk-in
    wait_minutes: int | None = None


def _hm(t: time) -> str:
    return f"{t.hour}:{t.minute:02d}"


def draw_qr(w: Writer, payload: str, size: float = QR_SIZE) -> None:
    widget = QrCodeWidget(payload, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    w.ensure(size + 2 * mm)
    left = (w.left + w.right - size) / 2
    renderPDF.draw(drawing, w.canvas, left, w.page_height - (w.y + size))
    w.y += size + 2 * mm


def queue_ticket(letterhead: Letterhead, data: TicketData, when: datetime) -> Document:
    """受付票 on the 80 mm roll: big queue numbers, service, times, estimated wait, QR code; no name."""
    title = translate("Booking", "Queue ticket")
    numbers = "・".join(str(n) for n in data.numbers)
    local = to_local(data.checked_in_at)

    def draw(w: Writer) -> None:
        w.header(title)
        w.emphasis(numbers, size=30, caption=translate("Booking", "Your queue number"))
        rows = [(translate("Booking", "Service"), data.service_label),
                (translate("Booking", "Checked in"), f"{wareki(local.date())} {_hm(local.time())}")]  # fmt: skip
        if data.slot is not None:
            rows.append((translate("Booking", "Booked time"), f"{_hm(data.slot[0])}–{_hm(data.slot[1])}"))
        if len(data.numbers) > 1:
            rows.append((translate("Booking", "People"), str(len(data.numbers))))
        if data.wait_minutes is not None:
            wait = (translate("Booking", "about {n} min").format(n=data.wait_minutes) if data.wait_minutes > 0
                    else translate("Booking", "you will be called soon"))  # fmt: skip
            rows.append((translate("Booking", "Estimated wait"), wait))
        w.kv_rows(rows)
        draw_qr(w, ticket_payload(data.visit_ids))
        w.rule(dashed=True)
        w.paragraph(translate("Booking", "Please wait until your number is shown on the display."),
                    size=w.size - 0.5)  # fmt: skip

    return build(RECEIPT_80MM, draw, title=title, file_stem="queue-ticket", when=when, letterhead=letterhead)


def call_list_document(
    letterhead: Letterhead,
    day: date,
    rows: Sequence[BookingSummary],
    service_labels: dict[str, str],
    when: datetime,
    *,
    closure: bool = False,
) -> Document:
    """前日連絡リスト (or the residents to call after a closure): time, names, phone, service, a column
    to tick when called and one for notes. A4, the stamp boxes at the top."""
    title = (translate("Booking", "Residents to call: bookings without a slot") if closure
             else translate("Booking", "Day-before call list"))  # fmt: skip
    columns = [
        Column(translate("Booking", "Time"), 0.8),
        Column(translate("Booking", "Name"), 1.8),
        Column(translate("Booking", "Furigana"), 2.0),
        Column(translate("Booking", "Phone"), 1.7),
        Column(translate("Booking", "Service"), 1.6),
        Column(translate("Booking", "People"), 0.8, align="right"),
        Column(translate("Booking", "Called"), 0.9),
        Column(translate("Booking", "Notes"), 1.4),
    ]
    body = []
    for r in rows:
        when_text = _hm(r.start) if not closure else f"{r.day.month}/{r.day.day} {_hm(r.start)}"
        body.append([when_text, "\n".join(r.names) or r.name, r.kana, r.phone,
                     service_labels.get(r.service, r.service), str(r.party_size), "", ""])  # fmt: skip

    def draw(w: Writer) -> None:
        w.header(title, on=None if closure else day)
        w.signature_box([translate("Printing", "Checked"), translate("Printing", "Approved")])
        w.kv_rows([
            (translate("Booking", "Bookings of") if not closure else translate("Booking", "Affected from"),
             with_weekday(day)),
            (translate("Booking", "Bookings"), str(len(rows))),
        ])  # fmt: skip
        w.table(columns, body, size=w.size - 1)

    stem = f"call-list-{day.isoformat()}" if not closure else f"closure-call-list-{day.isoformat()}"
    return build(A4_PORTRAIT, draw, title=title, file_stem=stem, when=when, letterhead=letterhead)
