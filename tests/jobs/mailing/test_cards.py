"""The mailing job's stretch of the card case: every move allowed and refused, arrival routing, notices,
finding the case of an arrived card, and the audit/event trail of each move."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, datetime

import pytest

from desktop.core.cases import CaseState, DeliveryMethod
from desktop.core.clock import JST, FixedClock
from desktop.core.errors import Conflict, DomainError, NotFound
from desktop.core.people import IndividualNumberRefused
from desktop.core.staff import Actor, Role
from desktop.jobs.mailing.domain import Route
from desktop.jobs.mailing.store import batches, cards, results
from desktop.store import cases as case_store
from desktop.store.context import Context
from desktop.store.events import events_for
from tests.jobs.mailing.kit import add_resident, app_id, applied_case, state_of, tracking

S = CaseState
TODAY = date(2026, 11, 24)
SUPERVISOR = Actor(staff_id=None, login="super1", role=Role.SUPERVISOR)
_serial = itertools.count(1)


def _mail(ctx: Context, case_id: str) -> None:
    batch = batches.create_batch(ctx, [case_id])
    batches.set_tracking(ctx, batch.items[0].id, tracking(next(_serial)))
    batches.send_batch(ctx, batch.id, TODAY)


def _item(ctx: Context, case_id: str) -> str:
    item = batches.item_of_case(ctx, case_id)
    if item is None:
        raise NotFound("no mailed item")
    return item.id


ACTIONS: dict[str, Callable[[Context, str], object]] = {
    "arrive": lambda ctx, c: cards.register_arrival(ctx, c),
    "configure": lambda ctx, c: cards.mark_configured(ctx, c),
    "notice": lambda ctx, c: cards.record_notice(ctx, c, f"ABC{next(_serial):06d}", TODAY),
    "mail": _mail,
    "deliver": lambda ctx, c: results.record_delivered(ctx, _item(ctx, c)),
    "return": lambda ctx, c: results.record_returned(ctx, _item(ctx, c), "storage_expired"),
    "invite": lambda ctx, c: results.record_invited(ctx, _item(ctx, c)),
}
ALLOWED = {
    (S.APPLIED, "arrive"): (S.ARRIVED, "card_arrived"),
    (S.ARRIVED, "configure"): (S.CONFIGURED, None),
    (S.CONFIGURED, "notice"): (S.NOTIFIED, "notice_sent"),
    (S.CONFIGURED, "mail"): (S.MAILED, "mail_sent"),
    (S.MAILED, "deliver"): (S.DELIVERED, "mail_delivered"),
    (S.MAILED, "return"): (S.RETURNED, "mail_returned"),
    (S.RETURNED, "invite"): (S.INVITED, None),
}
STEPS: dict[CaseState, tuple[CaseState | None, Callable[[Context, str], object]]] = {
    S.APPLIED: (None, lambda ctx, c: None),
    S.SUSPENDED: (None, lambda ctx, c: None),
    S.ARRIVED: (S.APPLIED, ACTIONS["arrive"]),
    S.CONFIGURED: (S.ARRIVED, ACTIONS["configure"]),
    S.NOTIFIED: (S.CONFIGURED, ACTIONS["notice"]),
    S.MAILED: (S.CONFIGURED, ACTIONS["mail"]),
    S.DELIVERED: (S.MAILED, ACTIONS["deliver"]),
    S.RETURNED: (S.MAILED, ACTIONS["return"]),
    S.INVITED: (S.RETURNED, ACTIONS["invite"]),
    S.HANDED_OVER: (S.NOTIFIED, lambda ctx, c: case_store.transition(ctx, c, S.HANDED_OVER, owner="handover")),
    S.DISPOSED: (S.INVITED, lambda ctx, c: case_store.transition(
        ctx.as_actor(SUPERVISOR), c, S.DISPOSED, owner="handover")),
}


def reach(ctx: Context, state: CaseState, *, by_post: bool) -> str:
    """A case in `state`, made through the mailing job's own API where the job owns the moves."""
    person = add_resident(ctx, next(_serial))
    method = DeliveryMethod.TOKUREI if by_post else DeliveryMethod.COUNTER
    if state is S.RECEIVED:
        return case_store.open_case(ctx, person, owner="assist", delivery_method=method).id
    if state is S.SUSPENDED:
        case = case_store.open_case(ctx, person, owner="assist", delivery_method=method)
        return case_store.transition(ctx, case.id, S.SUSPENDED, owner="assist").id
    if state is S.APPLIED:
        return applied_case(ctx, person, method=method, identity=by_post).id
    before, step = STEPS[state]
    assert before is not None
    case_id = reach(ctx, before, by_post=by_post)
    step(ctx, case_id)
    assert state_of(ctx, case_id) is state
    return case_id


POST_ONLY = {S.MAILED, S.DELIVERED, S.RETURNED, S.INVITED, S.DISPOSED}
COUNTER_ONLY = {S.NOTIFIED, S.HANDED_OVER}


def by_post(state: CaseState, action: str) -> bool:
    """Reach the state on the route it needs; otherwise on the route the action needs."""
    return state in POST_ONLY or (state not in COUNTER_ONLY and action != "notice")


@pytest.mark.parametrize(("state", "action"), list(itertools.product(list(CaseState), list(ACTIONS))),
                         ids=lambda v: str(v))  # fmt: skip
def test_every_move_allowed_or_refused(ctx: Context, state: CaseState, action: str) -> None:
    case_id = reach(ctx, state, by_post=by_post(state, action))
    events_before = len(events_for(ctx, case_id))
    history_before = len(case_store.history(ctx, case_id))
    expected = ALLOWED.get((state, action))
    if expected is None:
        with pytest.raises(DomainError):
            ACTIONS[action](ctx, case_id)
        assert state_of(ctx, case_id) is state
        assert len(events_for(ctx, case_id)) == events_before
        assert len(case_store.history(ctx, case_id)) == history_before
        return
    ACTIONS[action](ctx, case_id)
    to_state, kind = expected
    assert state_of(ctx, case_id) is to_state
    entry = case_store.history(ctx, case_id)[-1]
    assert (entry.from_state, entry.to_state, entry.owner) == (state, to_state, "mailing")
    new_events = [e.kind for e in events_for(ctx, case_id)][events_before:]
    assert new_events == ([kind] if kind else [])
    audited = ctx.db.conn.execute(
        "SELECT count(*) FROM audit_log WHERE entity = 'card_case' AND entity_id = ? AND detail = ?",
        (case_id, f"state={state.value}->{to_state.value}"),
    ).fetchone()[0]
    assert audited == 1


def test_refusal_messages_say_what_to_do(ctx: Context) -> None:
    postal = reach(ctx, S.CONFIGURED, by_post=True)
    with pytest.raises(DomainError, match="mailed to the resident"):
        cards.record_notice(ctx, postal, "ABC123456", TODAY)
    counter = reach(ctx, S.CONFIGURED, by_post=False)
    with pytest.raises(DomainError, match="collected at the counter"):
        batches.create_batch(ctx, [counter])
    arrived = reach(ctx, S.ARRIVED, by_post=True)
    with pytest.raises(Conflict, match="already registered as arrived on 2026-11-24"):
        cards.register_arrival(ctx, arrived)


@pytest.mark.parametrize(
    ("method", "identity", "route"),
    [
        (DeliveryMethod.COUNTER, False, Route.COUNTER),
        (DeliveryMethod.COUNTER, True, Route.COUNTER),
        (DeliveryMethod.TOKUREI, True, Route.POST),
        (DeliveryMethod.KAN_I_KAKITOME, True, Route.POST),
        (DeliveryMethod.TOKUREI, False, Route.COUNTER),
    ],
)
def test_arrival_routing(ctx: Context, method: DeliveryMethod, identity: bool, route: Route) -> None:
    case = applied_case(ctx, add_resident(ctx, 1), application_id=app_id(7), method=method, identity=identity)
    cards.register_arrival(ctx, case.id)
    assert [r.case_id for r in cards.arrived_waiting(ctx)] == [case.id]
    row = cards.mark_configured(ctx, case.id)
    assert row.route is route
    assert row.arrived_on == row.configured_on == TODAY
    notice = [r.case_id for r in cards.ready_for_notice(ctx)]
    mailing = [r.case_id for r in cards.ready_for_mailing(ctx)]
    assert (notice, mailing) == (([case.id], []) if route is Route.COUNTER else ([], [case.id]))


def test_notice_keeps_the_reservation_number_for_booking_and_handover(ctx: Context, clock: FixedClock) -> None:
    clock.set(datetime(2026, 11, 18, 9, 0, tzinfo=JST))
    case_id = reach(ctx, S.CONFIGURED, by_post=False)
    clock.set(datetime(2026, 11, 24, 9, 0, tzinfo=JST))
    row = cards.record_notice(ctx, case_id, "abc-123456", date(2026, 11, 20))
    assert row.state is S.NOTIFIED
    assert row.notice_sent_on == date(2026, 11, 20)
    found = case_store.find_by_reservation(ctx, "ABC123456")
    assert found is not None and found.id == case_id
    other = reach(ctx, S.CONFIGURED, by_post=False)
    with pytest.raises(Conflict):
        cards.record_notice(ctx, other, "ABC123456", TODAY)
    assert state_of(ctx, other) is S.CONFIGURED  # nothing half-done
    with pytest.raises(DomainError):
        cards.record_notice(ctx, other, "AB12345", TODAY)
    with pytest.raises(DomainError, match="future"):
        cards.record_notice(ctx, other, "XYZ000001", date(2026, 11, 25))
    with pytest.raises(DomainError, match="previous step"):
        cards.record_notice(ctx, other, "XYZ000001", date(2026, 11, 23))  # set up on the 24th
    assert [e.kind for e in events_for(ctx, other)] == ["card_arrived"]


def test_find_the_case_of_an_arrived_card(ctx: Context) -> None:
    hanako = applied_case(ctx, add_resident(ctx, 0), application_id=app_id(11))  # 佐藤 花子
    taro = applied_case(ctx, add_resident(ctx, 10), application_id=app_id(12))  # 佐藤 太郎
    suzuki = applied_case(ctx, add_resident(ctx, 1))  # 鈴木 花子
    assert [r.case_id for r in cards.find_for_arrival(ctx, "0000 0000 0000 0000 0000 011")] == [hanako.id]
    assert {r.case_id for r in cards.find_for_arrival(ctx, "さとう")} == {hanako.id, taro.id}
    assert {r.case_id for r in cards.find_for_arrival(ctx, "ｻﾄｳ ﾀﾛｳ")} == {taro.id}
    assert {r.case_id for r in cards.find_for_arrival(ctx, "花子")} == {hanako.id, suzuki.id}
    assert {r.case_id for r in cards.find_for_arrival(ctx, "鈴木花子")} == {suzuki.id}
    assert cards.find_for_arrival(ctx, "  ") == []
    assert cards.find_for_arrival(ctx, "100%") == []
    with pytest.raises(DomainError, match="23 digits"):
        cards.find_for_arrival(ctx, "1234567890123456")
    with pytest.raises(IndividualNumberRefused):
        cards.find_for_arrival(ctx, "1234 5678 9012")
    # once arrived, the name search no longer lists it; the ID still finds it, with its state
    cards.register_arrival(ctx, hanako.id)
    assert {r.case_id for r in cards.find_for_arrival(ctx, "サトウ")} == {taro.id}
    (row,) = cards.find_for_arrival(ctx, app_id(11))
    assert row.state is S.ARRIVED


def test_card_applied_for_elsewhere_opens_in_arrived(ctx: Context) -> None:
    person = add_resident(ctx, 3)
    row = cards.register_elsewhere(ctx, person, application_id=app_id(99))
    assert row.state is S.ARRIVED
    assert row.case.opened_by == "mailing"
    assert row.route is Route.COUNTER
    assert [e.kind for e in events_for(ctx, row.case_id)] == ["card_arrived"]
    with pytest.raises(Conflict):
        cards.register_elsewhere(ctx, person, application_id=app_id(99))
    assert cards.register_elsewhere(ctx, person).case.application_id is None
    assert len(cards.arrivals_on(ctx, TODAY)) == 2
