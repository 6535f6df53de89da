"""The assistance job's store on a real SQLite file: begin from a visit / walk-in / search, save at each
step, finish (case 申請済, events with minutes, visit 完了), suspend and resume (also on another day), the
申請時来庁 identity result on the case, pop-up venues and their counts, retention."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

import pytest

from desktop.core.cases import CaseState, DeliveryMethod
from desktop.core.clock import FixedClock
from desktop.core.errors import Conflict, DomainError
from desktop.core.office import OfficeProfile
from desktop.core.people import InvalidField
from desktop.core.visits import VisitState
from desktop.jobs.assist.domain.apply_identity import ApplyIdentityDraft
from desktop.jobs.assist.domain.flow import AssistDraft, Channel, FormSource, PhotoChoice, Step
from desktop.jobs.assist.domain.records import Status, SuspendReason
from desktop.jobs.assist.domain.venues import VenueSessionDraft, VenueType
from desktop.jobs.assist.store import begin, records, venues
from desktop.jobs.assist.store.retention import purge_records
from desktop.store import cases as case_store
from desktop.store import visits as visit_store
from desktop.store.context import Context
from desktop.store.events import counts, events_for
from tests.jobs.assist.conftest import APP_ID, APP_ID_2, jst, make_person

TODAY = date(2026, 11, 24)


def complete_draft(draft: AssistDraft, **changes: object) -> AssistDraft:
    """Everything a straightforward application records (online, photo brought)."""
    values: dict[str, object] = dict(
        form=FormSource.SCANNER, application_id=APP_ID, photo=PhotoChoice.BROUGHT, terms_explained=True,
        tablet="1", tablet_mail="tablet1@city.example.jp", channel=Channel.ONLINE,
        applied_at=jst(2026, 11, 24, 10, 4), guidance_explained=True, step=Step.GUIDANCE,
    )  # fmt: skip
    values.update(changes)
    return replace(draft, **values)  # type: ignore[arg-type]


def test_walk_in_begins_numbered_and_finishes_with_minutes(
    counter_ctx: Context, office: OfficeProfile, clock: FixedClock
) -> None:
    person = make_person(counter_ctx)
    session = begin.begin_person(counter_ctx, person.id or "")
    assert session.ticket_needed and session.visit is not None and session.visit.number == 1
    assert session.visit.state is VisitState.SERVING
    assert session.case.state is CaseState.RECEIVED and session.case.opened_by == "assist"
    assert session.draft.contact_name == "市民課1" and session.draft.phone == "090-1234-5678"
    assert session.default_tablet == "1" and session.facts.tablets == ("1", "2")
    clock.set(jst(2026, 11, 24, 10, 3))
    saved = records.save_draft(counter_ctx, replace(session.draft, form=FormSource.TYPED, application_id=APP_ID,
                                                    step=Step.FORM))  # fmt: skip
    assert saved.draft.application_id == APP_ID and saved.active_seconds == 180
    assert case_store.get_case(counter_ctx, session.case.id).application_id == APP_ID
    clock.set(jst(2026, 11, 24, 10, 5, ))
    done = records.finish(counter_ctx, complete_draft(saved.draft))
    assert done.status is Status.DONE and done.minutes == 5
    assert case_store.get_case(counter_ctx, session.case.id).state is CaseState.APPLIED
    assert visit_store.get_visit(counter_ctx, session.visit.id).state is VisitState.DONE
    (event,) = [e for e in events_for(counter_ctx, done.id) if e.kind == "assist"]
    assert event.value == 5 and event.venue_session_id is None
    assert counts(counter_ctx, TODAY, TODAY).get(("apply_identity", TODAY)) is None


def test_finish_refuses_what_is_missing(counter_ctx: Context, office: OfficeProfile) -> None:
    person = make_person(counter_ctx)
    session = begin.begin_person(counter_ctx, person.id or "")
    with pytest.raises(InvalidField) as err:
        records.finish(counter_ctx, complete_draft(session.draft, terms_explained=False))
    assert err.value.field == "terms"
    assert case_store.get_case(counter_ctx, session.case.id).state is CaseState.RECEIVED
    assert not [e for e in events_for(counter_ctx, session.record.id) if e.kind == "assist"]


def test_suspend_and_resume_the_same_day_keeps_the_number(
    counter_ctx: Context, office: OfficeProfile, clock: FixedClock
) -> None:
    person = make_person(counter_ctx)
    session = begin.begin_person(counter_ctx, person.id or "")
    clock.set(jst(2026, 11, 24, 10, 2))
    stopped = records.suspend(counter_ctx, replace(session.draft, step=Step.PHOTO), SuspendReason.PHOTO)
    assert stopped.status is Status.SUSPENDED and stopped.active_seconds == 120
    assert case_store.get_case(counter_ctx, session.case.id).state is CaseState.SUSPENDED
    assert visit_store.get_visit(counter_ctx, session.visit.id).state is VisitState.DONE  # type: ignore[union-attr]
    clock.set(jst(2026, 11, 24, 11, 0))  # back with the photo an hour later: not counted
    again = begin.open_record(counter_ctx, stopped.id)
    assert again.resumed and again.visit is not None and again.visit.number == 1 and not again.ticket_needed
    assert case_store.get_case(counter_ctx, session.case.id).state is CaseState.RECEIVED
    assert [h.to_state for h in case_store.history(counter_ctx, session.case.id)] == [
        CaseState.RECEIVED, CaseState.SUSPENDED, CaseState.RECEIVED]  # fmt: skip
    clock.set(jst(2026, 11, 24, 11, 3))
    done = records.finish(counter_ctx, complete_draft(again.draft))
    assert done.minutes == 5 and len(visit_store.visits_on(counter_ctx, TODAY)) == 1


def test_resume_on_another_day_gets_that_days_visit(
    counter_ctx: Context, office: OfficeProfile, clock: FixedClock
) -> None:
    person = make_person(counter_ctx)
    first = begin.begin_person(counter_ctx, person.id or "")
    records.suspend(counter_ctx, first.draft, SuspendReason.OTHER, "家族と相談")
    with pytest.raises(InvalidField):
        records.suspend(counter_ctx, first.draft, SuspendReason.OTHER, "")
    clock.set(jst(2026, 11, 26, 9, 0))
    other = make_person(counter_ctx, "佐藤 花子", "サトウ ハナコ")
    visit_store.check_in(counter_ctx, [other.id or ""], "assist")
    again = begin.begin_person(counter_ctx, person.id or "")  # found by a search: the open record continues
    assert again.record.id == first.record.id and again.resumed and again.ticket_needed
    assert again.visit is not None and again.visit.number == 2 and again.draft.contact_name == "市民課2"
    assert again.record.business_date == date(2026, 11, 24)


def test_case_opened_by_the_photo_screen_is_continued(counter_ctx: Context, office: OfficeProfile) -> None:
    person = make_person(counter_ctx)
    photo_case = case_store.open_case(counter_ctx, person.id or "", owner="photo")
    session = begin.begin_person(counter_ctx, person.id or "")
    assert session.case.id == photo_case.id


def test_application_id_of_another_case_is_refused(counter_ctx: Context, office: OfficeProfile) -> None:
    a = begin.begin_person(counter_ctx, make_person(counter_ctx).id or "")
    records.save_draft(counter_ctx, replace(a.draft, form=FormSource.TYPED, application_id=APP_ID))
    b = begin.begin_person(counter_ctx, make_person(counter_ctx, "佐藤 花子", "サトウ ハナコ").id or "")
    with pytest.raises(Conflict):
        records.save_draft(counter_ctx, replace(b.draft, form=FormSource.TYPED, application_id=APP_ID))
    records.save_draft(counter_ctx, replace(b.draft, form=FormSource.TYPED, application_id=APP_ID_2))


def test_mailed_later_records_identity_and_delivery(counter_ctx: Context, office: OfficeProfile) -> None:
    person = make_person(counter_ctx)
    session = begin.begin_person(counter_ctx, person.id or "")
    identity = ApplyIdentityDraft(("health_insurance_card", "driving_licence"), id_copy_consent=True,
                                  pin_request_received=True, delivery=DeliveryMethod.TOKUREI, name_confirmed=True,
                                  kana_confirmed=True, postal_confirmed=True, address_confirmed=True)  # fmt: skip
    done = records.finish(counter_ctx, complete_draft(session.draft, mailed_later=True, identity=identity))
    case = case_store.get_case(counter_ctx, session.case.id)
    assert case.state is CaseState.APPLIED and case.delivery_method is DeliveryMethod.TOKUREI
    assert case.identity_checked_at_application and case.identity_result is not None
    assert case.identity_result.rule == "A+B"
    assert case.identity_result.documents == ("driving_licence", "health_insurance_card")
    assert done.draft.identity.documents == ("driving_licence", "health_insurance_card")
    assert counts(counter_ctx, TODAY, TODAY)[("apply_identity", TODAY)] == 1


def test_venue_session_numbers_visits_there_and_counts_popup(
    counter_ctx: Context, supervisor_ctx: Context, office: OfficeProfile, staff_users: dict
) -> None:
    session = venues.add_venue_session(supervisor_ctx, VenueSessionDraft(
        "みどり電機 本社", VenueType.COMPANY, TODAY, time(13, 0), time(16, 0), address="みどり市工業団地1",
        staff_ids=tuple(a.staff_id for a in staff_users.values())[:1], tablets=("2",)))  # fmt: skip
    assert session.venue_type is VenueType.COMPANY and session.tablets == ("2",)
    from desktop.store.calendar import sessions

    (cal,) = sessions(counter_ctx, TODAY, TODAY, site_id=session.site_id)
    assert cal.id == session.id and cal.kind == "extra"
    visit_store.check_in(counter_ctx, [make_person(counter_ctx, "佐藤 花子", "サトウ ハナコ").id or ""], "assist")
    person = make_person(counter_ctx)
    s = begin.begin_person(counter_ctx, person.id or "", venue_session_id=session.id)
    assert s.visit is not None and s.visit.number == 1 and s.visit.site_id == session.site_id
    assert s.facts.tablets == ("2",) and s.default_tablet == "2"
    done = records.finish(counter_ctx, complete_draft(s.draft, tablet="2", tablet_mail="tablet2@city.example.jp"))
    (event,) = [e for e in events_for(counter_ctx, done.id) if e.kind == "popup_assist"]
    assert event.site_id == session.site_id and event.venue_session_id == session.id
    figures = venues.popup_figures(counter_ctx, TODAY, TODAY)
    assert figures.by_venue == {"みどり電機 本社": 1} and figures.by_type == {VenueType.COMPANY: 1}
    assert venues.get_venue_session(counter_ctx, session.id).assisted == 1
    with pytest.raises(Conflict):
        venues.remove_venue_session(supervisor_ctx, session.id)


def test_venue_session_refuses_bad_input(supervisor_ctx: Context, office: OfficeProfile) -> None:
    with pytest.raises(DomainError):
        venues.add_venue_session(supervisor_ctx, VenueSessionDraft(
            "公民館", VenueType.COMMUNITY_CENTRE, TODAY, time(13, 0), time(12, 0)))  # fmt: skip
    with pytest.raises(DomainError):
        venues.add_venue_session(supervisor_ctx, VenueSessionDraft(
            "公民館", VenueType.COMMUNITY_CENTRE, TODAY, time(9, 0), time(12, 0), tablets=("9",)))  # fmt: skip
    s = venues.add_venue_session(supervisor_ctx, VenueSessionDraft(
        "公民館", VenueType.COMMUNITY_CENTRE, TODAY, time(9, 0), time(12, 0)))  # fmt: skip
    again = venues.add_venue_session(supervisor_ctx, VenueSessionDraft(
        "公民館", VenueType.COMMUNITY_CENTRE, TODAY + timedelta(days=7), time(9, 0), time(12, 0)))  # fmt: skip
    assert again.site_id == s.site_id
    venues.remove_venue_session(supervisor_ctx, s.id)
    assert [v.id for v in venues.venue_sessions(supervisor_ctx, TODAY, TODAY + timedelta(days=7))] == [again.id]


def test_retention_clears_personal_parts(counter_ctx: Context, office: OfficeProfile, clock: FixedClock) -> None:
    person = make_person(counter_ctx)
    s = begin.begin_person(counter_ctx, person.id or "")
    done = records.finish(counter_ctx, complete_draft(s.draft, questions="写真のサイズについて"))
    clock.set(jst(2028, 12, 1))
    assert purge_records(counter_ctx, date(2027, 1, 1)) == 1
    after = records.get_record(counter_ctx, done.id)
    assert (after.draft.person_id, after.draft.visit_id, after.draft.phone, after.draft.questions) == ("", None, "", "")
    assert after.minutes == done.minutes
