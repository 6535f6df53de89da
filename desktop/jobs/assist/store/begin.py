"""Starting or continuing an assisted application: the visit, the resident, the card case, the record.

- `begin_visit(ctx, visit_id)`: a visit from the day's board (checked in, booked or walk-in) — it is
  called (待ち → 対応中); its ticket was printed at check-in.
- `begin_person(ctx, person_id)`: a stored resident found by a search — today's visit for 申請サポート is
  used, or a walk-in visit is checked in here (its 受付番号 ticket is then still to be printed).
- `begin_walk_in(ctx, person)`: a new resident typed in at the desk: stored, then as `begin_person`.
- `open_record(ctx, record_id)`: continue an application in progress, or resume a suspended one
  (中断 → 受付中): on another day the resident gets today's visit (one number per resident per day).
Each opens the resident's record (the audited view) and opens or continues the resident's card case:
a case already in 受付中 (opened by the photo screen, say) or 中断 is continued, otherwise one is opened in
受付中 (owner "assist"). At a pop-up venue (`venue_session_id`) the visit is numbered at the venue's site.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.core.cases import ASSIST as OWNER
from desktop.core.cases import CardCase, CaseState
from desktop.core.errors import Conflict, DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.ids import new_id
from desktop.core.people import Person
from desktop.core.visits import Visit, VisitState
from desktop.jobs.assist.domain.flow import FlowFacts, contact_name
from desktop.jobs.assist.domain.records import AssistRecord, AssistSession, Status
from desktop.jobs.assist.domain.venues import VenueSession
from desktop.jobs.assist.store.records import ENTITY, get_record, unfinished_of
from desktop.jobs.assist.store.settings import last_tablet, load_settings
from desktop.jobs.assist.store.venues import get_venue_session
from desktop.store import audit
from desktop.store import cases as case_store
from desktop.store import visits as visit_store
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.events import site_of
from desktop.store.identity import load_identity
from desktop.store.office import load_profile
from desktop.store.people import add_person, get_person, update_person

SERVICE = "assist"


def _venue(ctx: Context, venue_session_id: str | None) -> VenueSession | None:
    return None if venue_session_id is None else get_venue_session(ctx, venue_session_id)


def _here(ctx: Context, venue: VenueSession | None) -> Context:
    return ctx.at_site(venue.site_id) if venue is not None else ctx


def flow_facts(ctx: Context, person: Person, venue_session_id: str | None) -> FlowFacts:
    catalogue, rules = load_identity(ctx)
    profile = load_profile(ctx)
    office_tablets = tuple(t.number for t in profile.tablets) if profile is not None else ()
    venue = _venue(ctx, venue_session_id)
    tablets = tuple(t for t in venue.tablets if t in office_tablets) if venue and venue.tablets else office_tablets
    return FlowFacts(today=ctx.clock.today(), birth_date=person.birth_date, has_postal_code=bool(person.postal_code),
                     has_address=bool(person.address.strip()), tablets=tablets, rules=rules,
                     catalogue=catalogue)  # fmt: skip


def todays_visit(ctx: Context, person_id: str) -> Visit | None:
    """The resident's 申請サポート visit today (at any site: one per resident per day)."""
    return next((v for v in visit_store.visits_on(ctx, ctx.clock.today())
                 if v.person_id == person_id and v.service == SERVICE), None)  # fmt: skip


def _serve(ctx: Context, visit: Visit) -> Visit:
    if visit.service != SERVICE:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Errors", "Queue number {number} is for another service. Open it on that service's screen."),
            number=visit.number)  # fmt: skip
    if visit.state is VisitState.WAITING:
        return visit_store.start_serving(ctx, visit.id)
    if visit.state is VisitState.ABSENT:
        raise Conflict(QT_TRANSLATE_NOOP(
            "Errors", "Queue number {number} was marked absent. Check the resident in again on the board."),
            number=visit.number)  # fmt: skip
    return visit  # being served, or done earlier today (an application resumed the same day)


def _visit_today(ctx: Context, person_id: str, venue: VenueSession | None) -> tuple[Visit, bool]:
    """Today's visit for the resident (called), or a walk-in checked in here; True = checked in now."""
    visit = todays_visit(ctx, person_id)
    if visit is not None:
        return _serve(ctx, visit), False
    (visit,) = visit_store.check_in(_here(ctx, venue), [person_id], SERVICE)
    return visit_store.start_serving(ctx, visit.id), True


def _case_for(ctx: Context, person_id: str) -> CardCase:
    """The resident's case in 受付中 or 中断 without a finished record, or a new one in 受付中."""
    for case in case_store.cases_of(ctx, person_id):
        if case.state in (CaseState.RECEIVED, CaseState.SUSPENDED):
            if case.state is CaseState.SUSPENDED:
                case = case_store.transition(ctx, case.id, CaseState.RECEIVED, owner=OWNER, note="resumed")
            return case
    return case_store.open_case(ctx, person_id, owner=OWNER)


def _new_record(ctx: Context, case: CardCase, person: Person, visit: Visit, venue: VenueSession | None,
                department: str) -> str:  # fmt: skip
    now = ctx.now_text()
    record_id = new_id()
    ctx.db.conn.execute(
        "INSERT INTO assist_records(id, case_id, person_id, visit_id, site_id, venue_session_id, business_date, "
        "queue_number, phone, contact_name, status, started_at, segment_started_at, active_seconds, staff_id, "
        "created_at, updated_at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, 0, ?, ?, ?, ?)",
        (record_id, case.id, person.id, visit.id, visit.site_id or site_of(ctx), None if venue is None else venue.id,
         visit.business_date.isoformat(), visit.number, person.phone, contact_name(department, visit.number),
         now, now, ctx.actor.staff_id, now, now, ctx.device_id),
    )  # fmt: skip
    audit.record(ctx, "create", ENTITY, record_id, f"case={case.id}")
    return record_id


def _reopen(ctx: Context, record: AssistRecord, visit: Visit, venue: VenueSession | None, department: str) -> None:
    """Continue (open) or resume (suspended) on today's visit, at the place where work goes on now."""
    if record.status is Status.SUSPENDED:
        case = case_store.get_case(ctx, record.case_id)
        if case.state is CaseState.SUSPENDED:
            case_store.transition(ctx, record.case_id, CaseState.RECEIVED, owner=OWNER, note="resumed")
    now = ctx.now_text()
    ctx.db.conn.execute(
        "UPDATE assist_records SET status = 'open', segment_started_at = ?, visit_id = ?, queue_number = ?, "
        "site_id = ?, venue_session_id = ?, contact_name = CASE WHEN queue_number = ? THEN contact_name ELSE ? END, "
        "staff_id = ?, updated_at = ?, device_id = ? WHERE id = ?",
        (now, visit.id, visit.number, visit.site_id or site_of(ctx), None if venue is None else venue.id,
         visit.number, contact_name(department, visit.number), ctx.actor.staff_id, now, ctx.device_id, record.id),
    )  # fmt: skip
    detail = "resumed" if record.status is Status.SUSPENDED else "continued"
    audit.record(ctx, "update", ENTITY, record.id, detail)


def _session(ctx: Context, record_id: str, visit: Visit, venue: VenueSession | None, *, checked_in: bool,
             resumed: bool) -> AssistSession:  # fmt: skip
    record = get_record(ctx, record_id)
    person = get_person(ctx, record.person_id)  # the audited view of the resident's record
    profile = load_profile(ctx)
    facts = flow_facts(ctx, person, record.venue_session_id)
    mails = {t.number: t.mail for t in profile.tablets} if profile is not None else {}
    remembered = record.draft.tablet or last_tablet(ctx)
    default = remembered if remembered in facts.tablets else (facts.tablets[0] if facts.tablets else "")
    draft = record.draft
    if not draft.phone and person.phone:
        draft = replace(draft, phone=person.phone)
    return AssistSession(
        record=replace(record, draft=draft), person=person, case=case_store.get_case(ctx, record.case_id),
        visit=visit, facts=facts, department=profile.department if profile is not None else "",
        tablet_mails=mails, default_tablet=default, settings=load_settings(ctx),
        ticket_needed=checked_in and not record.ticket_printed, venue=venue, resumed=resumed,
    )  # fmt: skip


def _start(ctx: Context, person_id: str, visit: Visit | None, venue: VenueSession | None) -> AssistSession:
    with write(ctx.db):
        person = get_person(ctx, person_id)
        profile = load_profile(ctx)
        department = profile.department if profile is not None else ""
        checked_in = False
        if visit is None:
            visit, checked_in = _visit_today(ctx, person_id, venue)
        else:
            visit = _serve(ctx, visit)
        open_record = unfinished_of(ctx, person_id)
        if open_record is not None:
            resumed = open_record.status is Status.SUSPENDED
            _reopen(ctx, open_record, visit, venue, department)
            return _session(ctx, open_record.id, visit, venue, checked_in=checked_in, resumed=resumed)
        case = _case_for(ctx, person_id)
        record_id = _new_record(ctx, case, person, visit, venue, department)
        return _session(ctx, record_id, visit, venue, checked_in=checked_in, resumed=False)


def begin_visit(ctx: Context, visit_id: str, *, venue_session_id: str | None = None) -> AssistSession:
    """Open a visit from the board (its ticket was printed at check-in)."""
    visit = visit_store.get_visit(ctx, visit_id)
    return _start(ctx, visit.person_id, visit, _venue(ctx, venue_session_id))


def begin_person(ctx: Context, person_id: str, *, venue_session_id: str | None = None) -> AssistSession:
    """A stored resident found by a search: today's visit, or a walk-in checked in here."""
    return _start(ctx, person_id, None, _venue(ctx, venue_session_id))


def begin_walk_in(ctx: Context, person: Person, *, venue_session_id: str | None = None) -> AssistSession:
    """A resident typed in at the desk (stored or updated first), checked in as a walk-in here."""
    with write(ctx.db):
        stored = update_person(ctx, person) if person.id is not None else add_person(ctx, person)
        assert stored.id is not None
        return begin_person(ctx, stored.id, venue_session_id=venue_session_id)


def open_record(ctx: Context, record_id: str, *, venue_session_id: str | None = None) -> AssistSession:
    """Continue an application in progress or resume a suspended one, on today's visit."""
    record = get_record(ctx, record_id)
    if record.status is Status.DONE:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "This application was already finished."))
    venue = _venue(ctx, venue_session_id)
    with write(ctx.db):
        visit = None
        if record.draft.visit_id is not None:
            current = visit_store.get_visit(ctx, record.draft.visit_id)
            if current.business_date == ctx.clock.today():
                visit = current
        return _start(ctx, record.person_id, visit, venue)
