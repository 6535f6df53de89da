"""Handovers (交付) in the database: begin (call the visit), complete, read back.

`complete_handover` is the one way a card becomes 交付済: in ONE transaction it re-checks the whole
checklist (`check_handover`), completes the visit (checking a walk-in in first), moves the card case
to 交付済 through the kernel's transition table (owner "handover"), stores the record (document KEYS
and the rule met only) and appends the `handover` event (value = minutes served) plus the job's own
counts (old cards collected, proxy). Everything is audited; the audit detail never holds personal data.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import Any

from desktop.core.cases import HANDOVER as OWNER
from desktop.core.cases import CardCase, CaseState
from desktop.core.clock import business_date, parse_utc
from desktop.core.errors import Conflict, DomainError, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.ids import new_id
from desktop.core.visits import Visit, VisitState
from desktop.jobs.handover.domain.checklist import (
    HandoverDraft,
    check_handover,
    check_note,
    document_keys,
    ensure_ok,
)
from desktop.jobs.handover.domain.records import Handover, HandoverSession
from desktop.jobs.handover.store.settings import last_terminal, remember_terminal
from desktop.store import audit
from desktop.store import cases as case_store
from desktop.store import visits as visit_store
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.events import record_event
from desktop.store.identity import load_identity
from desktop.store.office import load_profile
from desktop.store.people import get_person

SERVICE = "handover"
READY_STATES = (CaseState.NOTIFIED, CaseState.INVITED)
ENTITY = "handover"

_COLUMNS = (
    "id, case_id, visit_id, person_id, business_date, handed_at, notice_brought, notice_absence, "
    "identity_rule, identity_documents, proxy_reason, proxy_proof, proxy_identity_rule, proxy_documents, "
    "power_of_attorney, collected_notice_card, collected_juki_card, face_auth, pins_set, cert_signature, "
    "cert_user, terminal, note, staff_id"
)


def _row(r: Any) -> Handover:
    return Handover(
        id=str(r[0]), case_id=str(r[1]),
        visit_id=None if r[2] is None else str(r[2]),
        person_id=None if r[3] is None else str(r[3]),
        business_date=date.fromisoformat(str(r[4])), handed_at=parse_utc(str(r[5])),
        notice_brought=bool(r[6]), notice_absence=None if r[7] is None else str(r[7]),
        identity_rule=str(r[8]), identity_documents=tuple(json.loads(str(r[9]))),
        proxy_reason=None if r[10] is None else str(r[10]),
        proxy_proof=None if r[11] is None else str(r[11]),
        proxy_identity_rule=None if r[12] is None else str(r[12]),
        proxy_documents=tuple(json.loads(str(r[13]))) if r[13] is not None else (),
        power_of_attorney=bool(r[14]), collected_notice_card=bool(r[15]), collected_juki_card=bool(r[16]),
        face_auth=bool(r[17]), pins_set=bool(r[18]), cert_signature=bool(r[19]), cert_user=bool(r[20]),
        terminal=str(r[21]), note=str(r[22]), staff_id=None if r[23] is None else str(r[23]),
    )  # fmt: skip


def get_handover(ctx: Context, handover_id: str) -> Handover:
    row = ctx.db.conn.execute(f"SELECT {_COLUMNS} FROM handovers WHERE id = ?", (handover_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That handover record does not exist."))
    return _row(row)


def handover_of_case(ctx: Context, case_id: str) -> Handover | None:
    row = ctx.db.conn.execute(f"SELECT {_COLUMNS} FROM handovers WHERE case_id = ?", (case_id,)).fetchone()
    return None if row is None else _row(row)


def handovers_between(ctx: Context, start: date, end: date) -> list[Handover]:
    """Handovers of start..end (local dates), in the order they were made."""
    rows = ctx.db.conn.execute(
        f"SELECT {_COLUMNS} FROM handovers WHERE business_date BETWEEN ? AND ? ORDER BY handed_at, id",
        (start.isoformat(), end.isoformat()),
    ).fetchall()
    return [_row(r) for r in rows]


def _ready_case(ctx: Context, case_id: str, person_id: str) -> CardCase:
    case = case_store.get_case(ctx, case_id)
    if case.person_id != person_id:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Errors", "This card belongs to another resident. Check the name and birth date."))  # fmt: skip
    if case.state not in READY_STATES:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Errors", "This card is {state}: only a card whose notice or invitation was sent can be "
            "handed over."), state=case.state.label)  # fmt: skip
    return case


def todays_visit(ctx: Context, person_id: str, service: str) -> Visit | None:
    """The resident's visit for `service` today, if they were checked in."""
    today = ctx.clock.today()
    return next(
        (v for v in visit_store.visits_on(ctx, today) if v.person_id == person_id and v.service == service),
        None,
    )


def serving_visit(ctx: Context, person_id: str, service: str, visit_id: str | None) -> Visit:
    """The visit being served for this resident and service: called (待ち → 対応中), or a walk-in checked in."""
    with write(ctx.db):
        visit = (visit_store.get_visit(ctx, visit_id) if visit_id is not None
                 else todays_visit(ctx, person_id, service))  # fmt: skip
        if visit is None:
            (visit,) = visit_store.check_in(ctx, [person_id], service)
        if visit.person_id != person_id or visit.service != service:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Errors", "That queue ticket is for another resident or service. Choose the right one."))  # fmt: skip
        if visit.state is VisitState.WAITING:
            visit = visit_store.start_serving(ctx, visit.id)
        if visit.state is not VisitState.SERVING:
            raise Conflict(QT_TRANSLATE_NOOP(
                "Errors", "Queue number {number} is already {state}. Check the board."),
                number=visit.number, state=visit.state.label)  # fmt: skip
        return visit


def first_notice_on(ctx: Context, case_id: str) -> date | None:
    """The day the resident was first told the card is ready: the 交付通知書's date sent or the
    invitation's date as the mailing job recorded them (staff may enter those a few days late), else the
    local date the case first became 通知済 or 来庁案内済 in the kernel's case history."""
    from desktop.jobs.mailing.store.cards import arrival_dates
    from desktop.jobs.mailing.store.results import invitation_date

    recorded = [d for d in (arrival_dates(ctx, case_id)[2], invitation_date(ctx, case_id)) if d is not None]
    if recorded:
        return min(recorded)
    for entry in case_store.history(ctx, case_id):
        if entry.to_state in READY_STATES:
            return business_date(entry.at)
    return None


def begin_handover(
    ctx: Context, person_id: str, case_id: str, visit_id: str | None = None
) -> HandoverSession:
    """Open the resident (audited view) and call the visit (a walk-in is checked in): the checklist starts."""
    catalogue, rules = load_identity(ctx)
    profile = load_profile(ctx)
    terminals = list(profile.terminals) if profile is not None else []
    with write(ctx.db):
        case = _ready_case(ctx, case_id, person_id)
        person = get_person(ctx, person_id)
        visit = serving_visit(ctx, person_id, SERVICE, visit_id)
    remembered = last_terminal(ctx)
    default = remembered if remembered in terminals else (terminals[0] if terminals else "")
    return HandoverSession(person, case, visit, catalogue, rules, terminals, default,
                          first_notice_on(ctx, case_id))  # fmt: skip


def cancel_handover(ctx: Context, visit_id: str) -> Visit:
    """The checklist was closed without a handover: the visit goes back to the queue."""
    visit = visit_store.get_visit(ctx, visit_id)
    if visit.state is VisitState.SERVING:
        return visit_store.return_to_waiting(ctx, visit_id)
    return visit


def complete_handover(ctx: Context, draft: HandoverDraft, *, visit_already_done: bool = False) -> Handover:
    """Hand the card over: visit 完了, case 交付済, the record, the `handover` event — all or nothing.

    `visit_already_done` is for records of visits closed elsewhere (the demo generator, imports): the
    visit must then already be 完了 and is left as it is.
    """
    catalogue, rules = load_identity(ctx)
    profile = load_profile(ctx)
    terminals = list(profile.terminals) if profile is not None else []
    now = ctx.clock.now()
    today = business_date(now)
    with write(ctx.db):
        case = _ready_case(ctx, draft.case_id, draft.person_id)
        person = get_person(ctx, draft.person_id)
        check = check_handover(draft, rules=rules, catalogue=catalogue, birth_date=person.birth_date,
                               today=today, terminals=terminals)  # fmt: skip
        ensure_ok(check)
        documents = document_keys(draft.documents, catalogue)
        proxy_documents = (document_keys(draft.proxy.documents, catalogue)
                           if draft.proxy is not None else None)  # fmt: skip
        note = check_note(draft.note)
        visit, minutes = _finish_visit(ctx, draft, visit_already_done)
        case_store.transition(ctx, case.id, CaseState.HANDED_OVER, owner=OWNER)
        handover_id = new_id()
        stamp = ctx.now_text()
        proxy = draft.proxy
        try:
            ctx.db.conn.execute(
                f"INSERT INTO handovers({_COLUMNS}, created_at, updated_at, device_id) "
                f"VALUES ({', '.join('?' * 27)})",
                (handover_id, case.id, visit.id, draft.person_id, today.isoformat(), stamp,
                 int(draft.notice_brought), None if draft.notice_brought else str(draft.notice_absence),
                 check.resident.rule_met, json.dumps(list(documents)),
                 None if proxy is None else str(proxy.reason),
                 None if proxy is None else str(proxy.proof),
                 None if check.proxy is None else check.proxy.rule_met,
                 None if proxy_documents is None else json.dumps(list(proxy_documents)),
                 int(proxy is not None and proxy.power_of_attorney),
                 int(draft.collected_notice_card), int(draft.collected_juki_card), int(draft.face_auth),
                 int(draft.pins_set and not draft.face_auth), int(draft.cert_signature), int(draft.cert_user),
                 draft.terminal, note, ctx.actor.staff_id, stamp, stamp, ctx.device_id),
            )  # fmt: skip
        except sqlite3.IntegrityError as exc:
            if "handovers.case_id" in str(exc):
                raise Conflict(QT_TRANSLATE_NOOP(
                    "Errors", "This card was already handed over.")) from exc  # fmt: skip
            raise
        record_event(ctx, "handover", handover_id, value=minutes)
        if draft.collected_notice_card:
            record_event(ctx, "notice_card_collected", handover_id)
        if draft.collected_juki_card:
            record_event(ctx, "juki_card_collected", handover_id)
        if proxy is not None:
            record_event(ctx, "handover_proxy", handover_id)
        if draft.face_auth:
            record_event(ctx, "face_auth_card", handover_id)
        audit.record(ctx, "create", ENTITY, handover_id,
                     f"case={case.id} rule={check.resident.rule_met} proxy={int(proxy is not None)}")  # fmt: skip
        remember_terminal(ctx, draft.terminal)
    return get_handover(ctx, handover_id)


def _finish_visit(ctx: Context, draft: HandoverDraft, already_done: bool) -> tuple[Visit, int | None]:
    if already_done:
        if draft.visit_id is None:
            raise ValueError("visit_already_done needs the visit")
        visit = visit_store.get_visit(ctx, draft.visit_id)
        if visit.state is not VisitState.DONE or visit.person_id != draft.person_id:
            raise DomainError(
                QT_TRANSLATE_NOOP("Errors", "That visit is not a finished visit of this resident.")
            )
        return visit, served_minutes(visit)
    visit = serving_visit(ctx, draft.person_id, SERVICE, draft.visit_id)
    done = visit_store.complete(ctx, visit.id)
    return done, served_minutes(done)


def served_minutes(visit: Visit) -> int | None:
    if visit.started_at is None or visit.finished_at is None:
        return None
    return max(0, round((visit.finished_at - visit.started_at).total_seconds() / 60))
