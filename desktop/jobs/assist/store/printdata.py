"""What the assistance documents print, read from the database (audited), and the audit of outputs.

Reading a resident's record for a slip or the ledger is a "view" (one audit entry per record);
putting it on paper is a "print", a PDF or CSV written to a folder an "export" (`record_output`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.staff import Role
from desktop.i18n import translate
from desktop.jobs.assist.documents import SlipData, TicketData, letterhead_for
from desktop.jobs.assist.domain.flow import Channel, delivery_of
from desktop.jobs.assist.domain.records import LedgerRow, Status
from desktop.jobs.assist.store.records import ENTITY, get_record, records_between
from desktop.jobs.assist.store.settings import load_settings
from desktop.jobs.assist.store.venues import get_or_none
from desktop.printing import Letterhead
from desktop.security.permissions import require
from desktop.store import audit
from desktop.store import staff as staff_store
from desktop.store import visits as visit_store
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.office import load_profile
from desktop.store.people import get_person

CHANNEL_SHORT = {
    Channel.ONLINE: QT_TRANSLATE_NOOP("AssistChannel", "Online"),
    Channel.PAPER: QT_TRANSLATE_NOOP("AssistChannel", "Paper"),
}
CHANNEL_TEXTS = {
    Channel.ONLINE: QT_TRANSLATE_NOOP("AssistChannel", "Online application"),
    Channel.PAPER: QT_TRANSLATE_NOOP("AssistChannel", "Paper application to be posted"),
}


def letterhead(ctx: Context) -> Letterhead:
    return letterhead_for(load_profile(ctx))


def ticket_data(ctx: Context, record_id: str) -> TicketData:
    record = get_record(ctx, record_id)
    if record.draft.visit_id is None or record.draft.queue_number is None:
        raise ValueError("the application has no visit")
    visit = visit_store.get_visit(ctx, record.draft.visit_id)
    venue = get_or_none(ctx, record.venue_session_id) if record.venue_session_id else None
    return TicketData(visit.number, visit.checked_in_at, venue.name if venue is not None else "")


def slip_data(ctx: Context, record_id: str) -> SlipData:
    """The guidance slip of one application (opening the resident's record is an audited view)."""
    record = get_record(ctx, record_id)
    settings = load_settings(ctx)
    profile = load_profile(ctx)
    with write(ctx.db):
        person = get_person(ctx, record.person_id)
    d = record.draft
    venue = get_or_none(ctx, record.venue_session_id) if record.venue_session_id else None
    channel = translate("AssistChannel", CHANNEL_TEXTS[d.channel]) if d.channel is not None else "—"
    return SlipData(
        name=person.name, applied_on=record.business_date, queue_number=d.queue_number,
        application_id=d.application_id, channel_text=channel, cert_wanted=d.cert_wanted, braille=d.braille,
        face_auth=d.face_auth, mailed_later=d.mailed_later, delivery=delivery_of(d),
        weeks_min=settings.weeks_min, weeks_max=settings.weeks_max, bring=settings.bring,
        paper_application=d.channel is Channel.PAPER, venue=venue.name if venue is not None else "",
        office_phone=profile.phone if profile is not None else "",
    )  # fmt: skip


def record_output(ctx: Context, action: str, record_ids: Iterable[str], detail: str) -> None:
    """Audit a print ("print") or a file written ("export") of these applications, one entry each."""
    with write(ctx.db):
        for record_id in record_ids:
            audit.record(ctx, action, ENTITY, record_id, detail)


def ledger_rows(ctx: Context, start: date, end: date) -> list[LedgerRow]:
    """The finished applications of start..end for the ledger (a listing of names: audited per record
    when it is printed or exported, by the caller through `record_output`)."""
    rows = records_between(ctx, start, end, done_only=True)
    people = {str(r[0]): (str(r[1]), r[2]) for r in ctx.db.conn.execute(
        "SELECT id, name, birth_date FROM people WHERE id IN (SELECT person_id FROM assist_records "
        "WHERE business_date BETWEEN ? AND ? AND person_id IS NOT NULL)", (start.isoformat(), end.isoformat()))}  # fmt: skip
    staff = {m.id: m.display_name for m in staff_store.list_staff(ctx, include_inactive=True)}
    out: list[LedgerRow] = []
    for r in rows:
        d = r.draft
        name, birth = people.get(d.person_id, ("", None))
        venue = get_or_none(ctx, r.venue_session_id) if r.venue_session_id else None
        out.append(LedgerRow(
            record_id=r.id, business_date=r.business_date, venue=venue.name if venue is not None else "",
            queue_number=d.queue_number, name=name, birth_date=None if birth is None else date.fromisoformat(str(birth)),
            phone=d.phone, tablet=d.tablet if d.channel is Channel.ONLINE else "",
            contact_name=d.contact_name if d.channel is Channel.ONLINE else "", application_id=d.application_id,
            channel=translate("AssistChannel", CHANNEL_SHORT[d.channel]) if d.channel is not None else "",
            cert_wanted=d.cert_wanted, braille=d.braille, face_auth=d.face_auth, mailed_later=d.mailed_later,
            delivery_method=delivery_of(d).value, minutes=r.minutes, staff=staff.get(r.staff_id or "", ""),
            status=Status.DONE,
        ))  # fmt: skip
    return out


CSV_HEADERS = (
    "applied_on", "venue", "queue_number", "name", "birth_date", "phone", "tablet", "contact_name",
    "application_id", "channel", "cert_wanted", "braille", "face_auth", "mailed_later", "delivery_method",
    "minutes", "staff", "record_id",
)  # fmt: skip


def ledger_csv(ctx: Context, start: date, end: date) -> tuple[bytes, list[str]]:
    """The ledger as CSV (UTF-8 with BOM, for Excel) — supervisors only; the caller audits the export."""
    require(ctx.actor, Role.SUPERVISOR)
    rows = ledger_rows(ctx, start, end)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_HEADERS)
    for r in rows:
        writer.writerow([
            r.business_date.isoformat(), r.venue, r.queue_number or "", r.name,
            r.birth_date.isoformat() if r.birth_date else "", r.phone, r.tablet, r.contact_name,
            r.application_id or "", r.channel, int(r.cert_wanted), int(r.braille), int(r.face_auth),
            int(r.mailed_later), r.delivery_method, "" if r.minutes is None else r.minutes, r.staff, r.record_id,
        ])  # fmt: skip
    return ("\ufeff" + buffer.getvalue()).encode("utf-8"), [r.record_id for r in rows]
