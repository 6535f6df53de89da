"""Assisted applications in the database: read back, save the draft at every step, finish, suspend.

`save_draft` keeps what staff entered so far (nothing is lost if the PC stops) and the time taken up to
that moment. `finish` is the one way an assisted application is done: in ONE transaction it saves the
draft, re-checks every step (`all_problems`), records on the card case the identity result (document
KEYS and the rule met only) and the delivery method, moves the case 受付中 → 申請済 (owner "assist"),
appends the `assist` event — `popup_assist` at a venue — with the minutes taken as its value (and
`apply_identity` for 申請時来庁), and completes the visit. `suspend` moves the case to 中断 with a reason.
Everything is audited (entity "assist"); the audit detail never holds personal data.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from desktop.core.cases import ASSIST as OWNER
from desktop.core.cases import CaseState, DeliveryMethod
from desktop.core.clock import business_date, iso_utc, parse_utc
from desktop.core.errors import Conflict, DomainError, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.people import InvalidField, Person, contains_individual_number
from desktop.core.visits import VisitState
from desktop.jobs.assist.domain.apply_identity import ApplyIdentityDraft, document_keys
from desktop.jobs.assist.domain.flow import (
    AssistDraft,
    Channel,
    FlowFacts,
    FormSource,
    PhotoChoice,
    Step,
    all_problems,
    check_text,
    delivery_of,
    identity_result,
    minutes_of,
)
from desktop.jobs.assist.domain.records import AssistRecord, Status, SuspendReason
from desktop.jobs.assist.store.settings import remember_tablet
from desktop.store import audit
from desktop.store import cases as case_store
from desktop.store import visits as visit_store
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.events import record_event
from desktop.store.identity import load_identity
from desktop.store.people import update_person

ENTITY = "assist"
_COLUMNS = (
    "id, case_id, person_id, visit_id, site_id, venue_session_id, business_date, queue_number, "
    "ticket_printed, questions, form, photo, terms_explained, cert_wanted, braille, face_auth, mailed_later, "
    "identity_documents, pin_typed, id_copy_consent, pin_request_received, delivery_method, name_confirmed, "
    "kana_confirmed, postal_confirmed, address_confirmed, phone, tablet, tablet_mail, contact_name, channel, "
    "applied_at, guidance_explained, slip_printed, step, status, suspend_reason, started_at, "
    "segment_started_at, active_seconds, finished_at, minutes, staff_id"
)


def _opt(value: Any) -> str | None:
    return None if value is None else str(value)


def _row(r: Any) -> AssistRecord:
    (id_, case_id, person_id, visit_id, site_id, venue, bdate, number, ticket, questions, form, photo, terms,
     cert, braille, face, mailed, docs, pin_typed, consent, pin_request, delivery, name_ok, kana_ok, postal_ok,
     address_ok, phone, tablet, mail, contact, channel, applied_at, guidance, slip, step, status, reason,
     started, segment, seconds, finished, minutes, staff) = r  # fmt: skip
    identity = ApplyIdentityDraft(
        documents=tuple(json.loads(str(docs))), pin_typed=bool(pin_typed), id_copy_consent=bool(consent),
        pin_request_received=bool(pin_request), delivery=None if delivery is None else DeliveryMethod(str(delivery)),
        name_confirmed=bool(name_ok), kana_confirmed=bool(kana_ok), postal_confirmed=bool(postal_ok),
        address_confirmed=bool(address_ok),
    )  # fmt: skip
    draft = AssistDraft(
        record_id=str(id_), case_id=str(case_id), person_id=str(person_id or ""), visit_id=_opt(visit_id),
        queue_number=None if number is None else int(number), questions=str(questions),
        form=None if form is None else FormSource(str(form)), application_id=None,
        photo=None if photo is None else PhotoChoice(str(photo)), terms_explained=bool(terms),
        cert_wanted=bool(cert), braille=bool(braille), face_auth=bool(face), mailed_later=bool(mailed),
        identity=identity, phone=str(phone), tablet=str(tablet), tablet_mail=str(mail), contact_name=str(contact),
        channel=None if channel is None else Channel(str(channel)),
        applied_at=None if applied_at is None else parse_utc(str(applied_at)),
        guidance_explained=bool(guidance), step=Step(str(step)),
    )  # fmt: skip
    return AssistRecord(
        id=str(id_), draft=draft, site_id=_opt(site_id), venue_session_id=_opt(venue),
        business_date=date.fromisoformat(str(bdate)), ticket_printed=bool(ticket), slip_printed=bool(slip),
        status=Status(str(status)), suspend_reason=str(reason), started_at=parse_utc(str(started)),
        active_seconds=int(seconds), segment_started_at=None if segment is None else parse_utc(str(segment)),
        finished_at=None if finished is None else parse_utc(str(finished)),
        minutes=None if minutes is None else int(minutes), staff_id=_opt(staff),
    )  # fmt: skip


def _with_case(ctx: Context, record: AssistRecord) -> AssistRecord:
    """The 申請書ID lives on the card case (the kernel's record); put it into the draft."""
    from dataclasses import replace

    case = case_store.get_case(ctx, record.case_id)
    return replace(record, draft=replace(record.draft, application_id=case.application_id))


def get_record(ctx: Context, record_id: str) -> AssistRecord:
    row = ctx.db.conn.execute(f"SELECT {_COLUMNS} FROM assist_records WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That assisted application does not exist."))
    return _with_case(ctx, _row(row))


def record_of_case(ctx: Context, case_id: str) -> AssistRecord | None:
    row = ctx.db.conn.execute(f"SELECT {_COLUMNS} FROM assist_records WHERE case_id = ?", (case_id,)).fetchone()
    return None if row is None else _with_case(ctx, _row(row))


def unfinished(ctx: Context) -> list[AssistRecord]:
    """Applications in progress or suspended (中断), oldest first: to continue or resume."""
    rows = ctx.db.conn.execute(
        f"SELECT {_COLUMNS} FROM assist_records WHERE status <> 'done' ORDER BY started_at, id"
    ).fetchall()
    return [_with_case(ctx, _row(r)) for r in rows]


def unfinished_of(ctx: Context, person_id: str) -> AssistRecord | None:
    row = ctx.db.conn.execute(
        f"SELECT {_COLUMNS} FROM assist_records WHERE person_id = ? AND status <> 'done' "
        "ORDER BY started_at DESC, id DESC LIMIT 1",
        (person_id,),
    ).fetchone()
    return None if row is None else _with_case(ctx, _row(row))


def records_between(ctx: Context, start: date, end: date, *, done_only: bool = False) -> list[AssistRecord]:
    """Applications dated start..end (申請日), in the order they were begun."""
    sql = f"SELECT {_COLUMNS} FROM assist_records WHERE business_date BETWEEN ? AND ?"
    if done_only:
        sql += " AND status = 'done'"
    rows = ctx.db.conn.execute(sql + " ORDER BY started_at, id", (start.isoformat(), end.isoformat())).fetchall()
    return [_with_case(ctx, _row(r)) for r in rows]


# --- saving -----------------------------------------------------------------------------------------


def _check_application_id(ctx: Context, draft: AssistDraft) -> None:
    if draft.application_id is None:
        return
    others = [c for c in case_store.find_by_application_id(ctx, draft.application_id) if c.id != draft.case_id]
    if others:
        raise Conflict(QT_TRANSLATE_NOOP(
            "Errors", "This application form ID is already recorded for another application. Check the "
            "form: each form belongs to one resident."))  # fmt: skip


def _phone_text(text: str) -> str:
    if contains_individual_number(text):
        raise InvalidField("phone", QT_TRANSLATE_NOOP(
            "Errors", "This looks like a 12-digit Individual Number (個人番号). The Individual Number must "
            "never be recorded: remove it."))  # fmt: skip
    return text.strip()[:20]


def save_draft(ctx: Context, draft: AssistDraft, *, person: Person | None = None) -> AssistRecord:
    """Store what the flow holds now (and the resident's corrected record, if given)."""
    catalogue, _rules = load_identity(ctx)
    now = ctx.clock.now()
    with write(ctx.db):
        record = get_record(ctx, draft.record_id)
        if record.status is not Status.OPEN:
            raise Conflict(QT_TRANSLATE_NOOP(
                "Errors", "This application is {status}: resume it before changing it."),
                status=record.status.label)  # fmt: skip
        if draft.case_id != record.case_id or draft.person_id != record.person_id:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "This form belongs to another application."))
        if person is not None:
            if person.id != record.person_id:
                raise DomainError(QT_TRANSLATE_NOOP("Errors", "This form belongs to another resident."))
            update_person(ctx, person)
        questions = check_text(draft.questions, "questions")
        documents = document_keys(draft.identity.documents, catalogue)
        _check_application_id(ctx, draft)
        if draft.application_id != record.draft.application_id:
            case_store.update_case(ctx, record.case_id, application_id=draft.application_id)
        i = draft.identity
        delivery = (i.delivery.value if draft.mailed_later and i.delivery is not None else None)
        stamp = iso_utc(now)
        ctx.db.conn.execute(
            "UPDATE assist_records SET questions = ?, form = ?, photo = ?, terms_explained = ?, cert_wanted = ?, "
            "braille = ?, face_auth = ?, mailed_later = ?, identity_documents = ?, pin_typed = ?, "
            "id_copy_consent = ?, pin_request_received = ?, delivery_method = ?, name_confirmed = ?, "
            "kana_confirmed = ?, postal_confirmed = ?, address_confirmed = ?, phone = ?, tablet = ?, "
            "tablet_mail = ?, contact_name = ?, channel = ?, applied_at = ?, guidance_explained = ?, step = ?, "
            "segment_started_at = ?, active_seconds = ?, staff_id = ?, updated_at = ?, device_id = ? WHERE id = ?",
            (questions, _opt(draft.form), _opt(draft.photo), int(draft.terms_explained), int(draft.cert_wanted),
             int(draft.braille), int(draft.face_auth), int(draft.mailed_later), json.dumps(list(documents)),
             int(i.pin_typed), int(i.id_copy_consent), int(i.pin_request_received), delivery,
             int(i.name_confirmed), int(i.kana_confirmed), int(i.postal_confirmed), int(i.address_confirmed),
             _phone_text(draft.phone), draft.tablet.strip(), draft.tablet_mail.strip(), draft.contact_name.strip(),
             _opt(draft.channel), None if draft.applied_at is None else iso_utc(draft.applied_at),
             int(draft.guidance_explained), draft.step.value, stamp, record.seconds_at(now),
             ctx.actor.staff_id, stamp, ctx.device_id, record.id),
        )  # fmt: skip
        audit.record(ctx, "update", ENTITY, record.id, f"step={draft.step.value}")
    return get_record(ctx, record.id)


def facts_for(ctx: Context, record: AssistRecord) -> FlowFacts:
    """The facts the rules need, read from the database (the resident, the tablets, the rules)."""
    from desktop.jobs.assist.store.begin import flow_facts
    from desktop.store.people import get_person

    return flow_facts(ctx, get_person(ctx, record.person_id), record.venue_session_id)


def finish(ctx: Context, draft: AssistDraft, *, person: Person | None = None) -> AssistRecord:
    """The application is done: case 申請済, events, visit 完了 — all or nothing (see the module doc)."""
    with write(ctx.db):
        record = save_draft(ctx, draft, person=person)
        facts = facts_for(ctx, record)
        problems = all_problems(record.draft, facts)
        if problems:
            raise problems[0][1]
        case = case_store.get_case(ctx, record.case_id)
        if case.state is not CaseState.RECEIVED:
            raise Conflict(QT_TRANSLATE_NOOP(
                "Errors", "This card case is {state}, not received: it cannot be applied for again."),
                state=case.state.label)  # fmt: skip
        result = identity_result(record.draft, facts)
        if result is not None or case.identity_result is not None:
            case_store.set_identity_result(ctx, case.id, result)
        case_store.update_case(ctx, case.id, delivery_method=delivery_of(record.draft))
        case_store.transition(ctx, case.id, CaseState.APPLIED, owner=OWNER)
        now = ctx.clock.now()
        minutes = minutes_of(record.seconds_at(now))
        here = ctx.at_site(record.site_id)
        kind = "popup_assist" if record.venue_session_id else "assist"
        record_event(here, kind, record.id, value=minutes, venue_session_id=record.venue_session_id)
        if record.draft.mailed_later:
            record_event(here, "apply_identity", record.id, venue_session_id=record.venue_session_id)
        _complete_visit(ctx, record)
        stamp = iso_utc(now)
        ctx.db.conn.execute(
            "UPDATE assist_records SET status = 'done', finished_at = ?, minutes = ?, active_seconds = ?, "
            "segment_started_at = NULL, business_date = ?, staff_id = ?, updated_at = ?, device_id = ? WHERE id = ?",
            (stamp, minutes, record.seconds_at(now), business_date(now).isoformat(), ctx.actor.staff_id, stamp,
             ctx.device_id, record.id),
        )  # fmt: skip
        if record.draft.tablet:
            remember_tablet(ctx, record.draft.tablet)
        audit.record(ctx, "update", ENTITY, record.id,
                     f"finished minutes={minutes} mailed_later={int(record.draft.mailed_later)}")  # fmt: skip
    return get_record(ctx, record.id)


def _complete_visit(ctx: Context, record: AssistRecord) -> None:
    if record.draft.visit_id is None:
        return
    visit = visit_store.get_visit(ctx, record.draft.visit_id)
    if visit.state is VisitState.WAITING:
        visit = visit_store.start_serving(ctx, visit.id)
    if visit.state is VisitState.SERVING:
        visit_store.complete(ctx, visit.id)


def suspend(ctx: Context, draft: AssistDraft, reason: SuspendReason, note: str = "") -> AssistRecord:
    """Stop the application (中断) with a reason; the resident may come back and staff resume it."""
    text = check_text(note, "suspend_reason")
    if reason is SuspendReason.OTHER and not text:
        raise InvalidField("suspend_reason", QT_TRANSLATE_NOOP("Errors", "Say briefly why the application stops."))
    with write(ctx.db):
        record = save_draft(ctx, draft)
        case_store.transition(ctx, record.case_id, CaseState.SUSPENDED, owner=OWNER, note=reason.value)
        now = ctx.clock.now()
        _complete_visit(ctx, record)  # the resident was served and left; a return today reuses the number
        stamp = iso_utc(now)
        ctx.db.conn.execute(
            "UPDATE assist_records SET status = 'suspended', suspend_reason = ?, active_seconds = ?, "
            "segment_started_at = NULL, updated_at = ?, device_id = ? WHERE id = ?",
            (f"{reason.value}: {text}" if text else reason.value, record.seconds_at(now), stamp, ctx.device_id,
             record.id),
        )  # fmt: skip
        audit.record(ctx, "update", ENTITY, record.id, f"suspended reason={reason.value}")
    return get_record(ctx, record.id)


def mark_printed(ctx: Context, record_id: str, what: str, action: str = "print") -> None:
    """The 受付番号 ticket or the guidance slip went to the printer (or a PDF): remember it, audit it."""
    if what not in ("ticket", "slip") or action not in ("print", "export"):
        raise ValueError(what)
    column = "ticket_printed" if what == "ticket" else "slip_printed"
    with write(ctx.db):
        get_record(ctx, record_id)
        ctx.db.conn.execute(f"UPDATE assist_records SET {column} = 1, updated_at = ?, device_id = ? WHERE id = ?",
                            (ctx.now_text(), ctx.device_id, record_id))  # fmt: skip
        audit.record(ctx, action, ENTITY, record_id, what)
