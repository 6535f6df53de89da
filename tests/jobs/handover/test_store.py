"""The handover store on a real SQLite file: completing a handover (visit, case, record, events, audit —
all or nothing), finding cards, walk-in services, unclaimed letters, retention, selftest, and that no
PIN or 個人番号 can be stored."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import date

import pytest

from desktop.core.cases import CaseState
from desktop.core.clock import FixedClock
from desktop.core.errors import Conflict, DomainError, NotFound
from desktop.core.people import InvalidField
from desktop.core.visits import VisitState
from desktop.jobs.handover.domain import (
    HandoverDraft,
    ProxyDraft,
    ProxyProof,
    ProxyReason,
    WalkInDraft,
    WalkInService,
)
from desktop.jobs.handover.store import finder
from desktop.jobs.handover.store.handovers import (
    begin_handover,
    cancel_handover,
    complete_handover,
    get_handover,
)
from desktop.jobs.handover.store.retention import purge_handover_records
from desktop.jobs.handover.store.unclaimed import letters_of, record_reminders, record_return, unclaimed_cards
from desktop.jobs.handover.store.walkins import record_walkin
from desktop.store import visits as visit_store
from desktop.store.cases import get_case, history
from desktop.store.context import Context
from desktop.store.events import counts, events_for
from tests.jobs.handover.conftest import Resident, jst, make_person

TODAY = date(2026, 11, 24)
APP_ID = "12345678901234567890123"


def kinds(ctx: Context, day: date = TODAY) -> dict[str, int]:
    return {k: n for (k, d), n in counts(ctx, day, day).items()}


def audit_rows(ctx: Context, entity: str) -> list[tuple[str, str]]:
    rows = ctx.db.conn.execute(
        "SELECT action, detail FROM audit_log WHERE entity = ? ORDER BY seq", (entity,)
    )
    return [(str(a), str(d)) for a, d in rows]


def simple(r: Resident, visit_id: str | None = None, **kw: object) -> HandoverDraft:
    values: dict[str, object] = dict(documents=("driving_licence",), pins_set=True, terminal="統合端末1")
    values.update(kw)
    return HandoverDraft(r.case.id, r.id, visit_id, **values)  # type: ignore[arg-type]


def test_booked_resident_handover_completes_visit_case_record_and_events(
    counter_ctx: Context, clock: FixedClock, resident: Callable[..., Resident]
) -> None:
    ctx = counter_ctx
    r = resident(reservation="ABC123456")
    (visit,) = visit_store.check_in(ctx, [r.id], "handover")
    session = begin_handover(ctx, r.id, r.case.id, visit.id)
    assert session.visit.state is VisitState.SERVING and session.default_terminal == "統合端末1"
    clock.set(jst(2026, 11, 24, 10, 25))
    h = complete_handover(ctx, simple(r, visit.id, collected_notice_card=True, terminal="統合端末2"))

    assert visit_store.get_visit(ctx, visit.id).state is VisitState.DONE
    case = get_case(ctx, r.case.id)
    assert case.state is CaseState.HANDED_OVER
    assert [(e.from_state, e.to_state, e.owner) for e in history(ctx, r.case.id)][-1] == (
        CaseState.NOTIFIED, CaseState.HANDED_OVER, "handover")  # fmt: skip
    assert (h.identity_rule, h.identity_documents, h.visit_id, h.person_id) == (
        "A",
        ("driving_licence",),
        visit.id,
        r.id,
    )
    assert h.collected_notice_card and not h.collected_juki_card and h.pins_set and h.terminal == "統合端末2"
    assert h.staff_id == ctx.actor.staff_id and h.business_date == TODAY
    assert kinds(ctx) == {"checkin": 1, "handover": 1, "notice_card_collected": 1}
    (event,) = [e for e in events_for(ctx, h.id) if e.kind == "handover"]
    assert event.value == 25  # minutes from calling the visit to the handover
    assert audit_rows(ctx, "handover") == [("create", f"case={r.case.id} rule=A proxy=0")]
    assert ("view", "") in audit_rows(ctx, "person")  # opening the resident is the audited view
    # the terminal used is offered first next time on this PC
    r2 = resident("佐藤 花子", "サトウ ハナコ")
    assert begin_handover(ctx, r2.id, r2.case.id).default_terminal == "統合端末2"


def test_walk_in_handover_checks_the_resident_in(
    counter_ctx: Context, resident: Callable[..., Resident]
) -> None:
    r = resident(state=CaseState.INVITED)
    h = complete_handover(counter_ctx, simple(r))
    visit = visit_store.get_visit(counter_ctx, h.visit_id or "")
    assert (visit.service, visit.state, visit.person_id) == ("handover", VisitState.DONE, r.id)
    assert get_case(counter_ctx, r.case.id).state is CaseState.HANDED_OVER
    assert kinds(counter_ctx) == {"checkin": 1, "handover": 1}


def test_proxy_handover_is_stored_with_reason_proof_and_both_identities(
    counter_ctx: Context, resident: Callable[..., Resident]
) -> None:
    r = resident("髙橋 和子", "タカハシ カズコ", date(1948, 1, 2))
    proxy = ProxyDraft(
        ProxyReason.AGE_75, ProxyProof.REGISTER, ("driving_licence", "health_insurance_card"), True
    )
    h = complete_handover(counter_ctx, simple(r, documents=("passport", "pension_book"), proxy=proxy,
                                              collected_juki_card=True))  # fmt: skip
    assert (h.proxy_reason, h.proxy_proof, h.proxy_identity_rule) == ("age_75", "register", "A+B")
    assert h.proxy_documents == ("driving_licence", "health_insurance_card")
    assert h.identity_rule == "A+B" and h.power_of_attorney and h.is_proxy
    assert kinds(counter_ctx) == {"checkin": 1, "handover": 1, "handover_proxy": 1, "juki_card_collected": 1}


def test_an_incomplete_checklist_writes_nothing(
    counter_ctx: Context, resident: Callable[..., Resident]
) -> None:
    ctx = counter_ctx
    r = resident()
    (visit,) = visit_store.check_in(ctx, [r.id], "handover")
    begin_handover(ctx, r.id, r.case.id, visit.id)
    before = ctx.db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    for bad in (simple(r, visit.id, documents=("pension_book",)), simple(r, visit.id, pins_set=False),
                simple(r, visit.id, proxy=ProxyDraft(ProxyReason.HOSPITAL, None, (), False))):  # fmt: skip
        with pytest.raises(InvalidField):
            complete_handover(ctx, bad)
    assert visit_store.get_visit(ctx, visit.id).state is VisitState.SERVING
    assert get_case(ctx, r.case.id).state is CaseState.NOTIFIED
    assert ctx.db.conn.execute("SELECT count(*) FROM handovers").fetchone()[0] == 0
    assert kinds(ctx) == {"checkin": 1}
    # each refused attempt only read the resident (audited views), nothing else
    added = ctx.db.conn.execute("SELECT action FROM audit_log ORDER BY seq").fetchall()[before:]
    assert {a for (a,) in added} <= {"view"}


def test_refusals_not_ready_other_resident_twice(
    counter_ctx: Context, resident: Callable[..., Resident]
) -> None:
    from desktop.store.cases import open_case

    ctx = counter_ctx
    r = resident()
    other = resident("鈴木 一郎", "スズキ イチロウ")
    with pytest.raises(DomainError, match="another resident"):
        complete_handover(ctx, HandoverDraft(r.case.id, other.id, documents=("passport",), pins_set=True,
                                             terminal="統合端末1"))  # fmt: skip
    applied = open_case(ctx, r.id, owner="assist")
    with pytest.raises(DomainError, match="only a card whose notice"):
        begin_handover(ctx, r.id, applied.id)
    complete_handover(ctx, simple(r))
    with pytest.raises(DomainError):  # the case is 交付済 now
        complete_handover(ctx, simple(r))
    assert ctx.db.conn.execute("SELECT count(*) FROM handovers").fetchone()[0] == 1


def test_cancelling_returns_the_visit_to_the_queue(
    counter_ctx: Context, resident: Callable[..., Resident]
) -> None:
    r = resident()
    (visit,) = visit_store.check_in(counter_ctx, [r.id], "handover")
    session = begin_handover(counter_ctx, r.id, r.case.id, visit.id)
    assert cancel_handover(counter_ctx, session.visit.id).state is VisitState.WAITING
    # a walk-in begun twice reuses today's visit
    s1 = begin_handover(counter_ctx, r.id, r.case.id)
    assert s1.visit.id == visit.id


def test_finder_board_reservation_kana_application(ctx: Context, resident: Callable[..., Resident]) -> None:
    a = resident(
        "山田 太郎", "ヤマダ タロウ", date(1980, 5, 1), reservation="ABC123456", application_id=APP_ID
    )
    b = resident("山本 花子", "ヤマモト ハナコ", date(1990, 2, 3), state=CaseState.INVITED)
    nobody = make_person(ctx, "山中 茂", "ヤマナカ シゲル", date(1950, 1, 1))
    visit_store.check_in(ctx, [b.id, a.id], "handover")
    assert [(c.name, c.case.id if c.case else None) for c in finder.board(ctx)] == [
        ("山本 花子", b.case.id), ("山田 太郎", a.case.id)]  # fmt: skip
    found = finder.by_reservation(ctx, "abc-123456", date(1980, 5, 1))
    assert (found.person_id, found.case and found.case.id) == (a.id, a.case.id)
    with pytest.raises(NotFound):
        finder.by_reservation(ctx, "ABC123456", date(1980, 5, 2))  # wrong birth date: as if no such card
    with pytest.raises(NotFound):
        finder.by_reservation(ctx, "XYZ999999", date(1980, 5, 1))
    with pytest.raises(DomainError):
        finder.by_reservation(ctx, "12", date(1980, 5, 1))
    by_kana = {c.name: c.case for c in finder.by_kana(ctx, "やま")}
    assert set(by_kana) == {"山田 太郎", "山本 花子", "山中 茂"}
    assert by_kana["山中 茂"] is None and nobody.id
    (c,) = finder.by_application_id(ctx, "1234 5678 9012 3456 7890 123")
    assert c.person_id == a.id
    assert [x.case_id for x in unclaimed_cards(ctx)] == [a.case.id, b.case.id]
    # nothing above is an audited view: listings only
    assert ctx.db.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'view'").fetchone()[0] == 0


@pytest.mark.parametrize("service", list(WalkInService))
def test_walk_in_services_each_their_own_count(
    counter_ctx: Context, office: object, service: WalkInService
) -> None:
    person = make_person(counter_ctx)
    assert person.id
    record = record_walkin(counter_ctx, WalkInDraft(person.id, service))
    visit = visit_store.get_visit(counter_ctx, record.visit_id or "")
    assert (visit.service, visit.state) == (service.value, VisitState.DONE)
    assert record.identity_rule == "A" and record.identity_documents == ("my_number_card",)
    assert kinds(counter_ctx) == {"checkin": 1, service.value: 1}
    with pytest.raises(Conflict):  # one visit per person, service and day: a second ticket is refused
        visit_store.check_in(counter_ctx, [person.id], service.value)


def test_walk_in_refusals(counter_ctx: Context, office: object) -> None:
    person = make_person(counter_ctx)
    assert person.id
    with pytest.raises(InvalidField):
        record_walkin(counter_ctx, WalkInDraft(person.id, WalkInService.PIN_RESET, documents=()))
    with pytest.raises(DomainError):
        record_walkin(counter_ctx, WalkInDraft(person.id, WalkInService.PIN_RESET, detail="address"))
    with pytest.raises(InvalidField):
        record_walkin(
            counter_ctx, WalkInDraft(person.id, WalkInService.PIN_CHANGE, note="新しい暗証番号 4321")
        )
    assert counter_ctx.db.conn.execute("SELECT count(*) FROM walkin_services").fetchone()[0] == 0
    assert visit_store.visits_on(counter_ctx, TODAY) == []


def test_reminders_and_returned_letters(
    counter_ctx: Context, clock: FixedClock, resident: Callable[..., Resident]
) -> None:
    ctx = counter_ctx
    r = resident(notified_at=jst(2026, 6, 1))
    (reminder,) = record_reminders(ctx, [r.case.id])
    with pytest.raises(Conflict):
        record_reminders(ctx, [r.case.id])
    back = record_return(ctx, r.case.id, reminder.id)
    assert back.returned_on == TODAY
    with pytest.raises(Conflict):
        record_return(ctx, r.case.id, reminder.id)
    notice = record_return(ctx, r.case.id, None, date(2026, 6, 10))
    assert (notice.kind, notice.sent_on, notice.returned_on) == (
        "notice",
        date(2026, 6, 1),
        date(2026, 6, 10),
    )
    assert {x.kind for x in letters_of(ctx, [r.case.id])[r.case.id]} == {"notice", "reminder"}
    assert kinds(ctx) == {"unclaimed_reminder": 1, "unclaimed_returned": 2}
    complete_handover(ctx, simple(r))
    with pytest.raises(DomainError, match="no longer waiting"):
        record_reminders(ctx, [r.case.id])


def test_no_pin_and_no_individual_number_can_be_stored(
    counter_ctx: Context, resident: Callable[..., Resident]
) -> None:
    ctx = counter_ctx
    r = resident()
    for note in ("123456789012", "暗証番号 1234"):
        with pytest.raises(InvalidField):
            complete_handover(ctx, simple(r, note=note))
    h = complete_handover(ctx, simple(r, note="通知カード回収済"))
    conn = ctx.db.conn
    # the database refuses them too, whatever writes: a 12-digit run in a note, a PIN in the tick column
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE handovers SET note = 'x 123456789012' WHERE id = ?", (h.id,))
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE handovers SET pins_set = 1234 WHERE id = ?", (h.id,))
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE handovers SET pins_set = '1234' WHERE id = ?", (h.id,))
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO walkin_services(id, service, detail, business_date, done_at, identity_rule, "
            "identity_documents, note, created_at, updated_at, device_id) VALUES ('x', 'pin_reset', 'all', "
            "'2026-11-24', 'now', 'A', '[]', 'no. 123456789012', 'n', 'n', 'd')"
        )
    # no column of the job's tables could hold a PIN: every text column is an id, key, date, JSON list of
    # document keys, the office's terminal name or the guarded remarks
    allowed = {"id", "case_id", "visit_id", "person_id", "business_date", "handed_at", "notice_absence",
               "identity_rule", "identity_documents", "proxy_reason", "proxy_proof", "proxy_identity_rule",
               "proxy_documents", "terminal", "note", "staff_id", "created_at", "updated_at", "device_id",
               "service", "detail", "done_at", "kind", "sent_on", "returned_on", "batch_id", "disposed_on",
               "due_on", "first_notice_on", "last_reminder_on"}  # fmt: skip
    for table in ("handovers", "walkin_services", "handover_letters", "handover_disposals"):
        for _cid, name, col_type, *_ in conn.execute(f"PRAGMA table_info({table})"):
            if col_type == "TEXT":
                assert name in allowed, (table, name)
    stored = conn.execute("SELECT identity_documents FROM handovers").fetchone()[0]
    assert json.loads(stored) == ["driving_licence"]


def test_retention_unlinks_old_records(
    counter_ctx: Context, clock: FixedClock, resident: Callable[..., Resident]
) -> None:
    r = resident()
    h = complete_handover(counter_ctx, simple(r, note="メモ"))
    assert purge_handover_records(counter_ctx, TODAY) == 0  # not older than the cutoff
    assert purge_handover_records(counter_ctx, date(2026, 11, 25)) == 1
    kept = get_handover(counter_ctx, h.id)
    assert (kept.person_id, kept.visit_id, kept.note, kept.identity_rule) == (None, None, "", "A")
    assert kinds(counter_ctx)["handover"] == 1  # counts survive


def test_selftest(ctx: Context, resident: Callable[..., Resident]) -> None:
    from desktop.jobs.handover.selftest import SELFTEST

    results = {f.__name__: f(ctx) for f in SELFTEST}
    assert all(r.ok for r in results.values()), results


def test_the_waiting_time_counts_from_the_notice_date_staff_entered(ctx: Context, clock: FixedClock) -> None:
    """A 交付通知書 sent on the 20th but recorded on the 24th: the card has waited since the 20th (the
    disposal rule counts from there), not since the day it was recorded."""
    from datetime import datetime as dt

    from desktop.core.clock import JST
    from desktop.jobs.handover.store.handovers import first_notice_on
    from desktop.jobs.mailing.store import cards
    from tests.jobs.mailing.kit import add_resident, app_id, applied_case

    clock.set(dt(2026, 11, 18, 10, tzinfo=JST))
    case = applied_case(ctx, add_resident(ctx, 1), application_id=app_id(1))
    cards.register_arrival(ctx, case.id)
    cards.mark_configured(ctx, case.id)
    clock.set(dt(2026, 11, 24, 10, tzinfo=JST))
    cards.record_notice(ctx, case.id, "ABC123456", date(2026, 11, 20))
    assert first_notice_on(ctx, case.id) == date(2026, 11, 20)
    [card] = [u for u in unclaimed_cards(ctx) if u.case_id == case.id]
    assert card.first_notice_on == date(2026, 11, 20)
