"""Card cases in the database: the transition table enforced, history, audit, lookups, validation."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from desktop.core.cases import TRANSITIONS, CaseState, IdentityResult, WrongOwner
from desktop.core.clock import FixedClock
from desktop.core.errors import Conflict, DomainError, InvalidTransition, NotAllowed, NotFound
from desktop.core.ids import new_id
from desktop.core.staff import Actor, Role
from desktop.store import cases as cs
from desktop.store.context import Context

S = CaseState
SUPERVISOR = Actor(staff_id=None, login="super1", role=Role.SUPERVISOR)
COUNTER = Actor(staff_id=None, login="counter1", role=Role.COUNTER)
APP_ID = "12345678901234567890123"

# A path to reach each state, as (to_state, owner) moves after opening.
PATHS: dict[CaseState, list[tuple[CaseState, str]]] = {
    S.RECEIVED: [],
    S.APPLIED: [(S.APPLIED, "assist")],
    S.SUSPENDED: [(S.SUSPENDED, "assist")],
    S.ARRIVED: [(S.APPLIED, "assist"), (S.ARRIVED, "mailing")],
}
PATHS[S.CONFIGURED] = [*PATHS[S.ARRIVED], (S.CONFIGURED, "mailing")]
PATHS[S.NOTIFIED] = [*PATHS[S.CONFIGURED], (S.NOTIFIED, "mailing")]
PATHS[S.MAILED] = [*PATHS[S.CONFIGURED], (S.MAILED, "mailing")]
PATHS[S.DELIVERED] = [*PATHS[S.MAILED], (S.DELIVERED, "mailing")]
PATHS[S.RETURNED] = [*PATHS[S.MAILED], (S.RETURNED, "mailing")]
PATHS[S.INVITED] = [*PATHS[S.RETURNED], (S.INVITED, "mailing")]
PATHS[S.HANDED_OVER] = [*PATHS[S.NOTIFIED], (S.HANDED_OVER, "handover")]
PATHS[S.DISPOSED] = [*PATHS[S.INVITED], (S.DISPOSED, "handover")]


def add_person(ctx: Context) -> str:
    person_id = new_id()
    now = ctx.now_text()
    ctx.db.conn.execute(
        "INSERT INTO people(id, name, kana, kana_key, birth_date, phone, postal_code, address, created_at, "
        "updated_at, device_id) VALUES (?, '佐藤 花子', 'サトウ ハナコ', 'サトウハナコ', '1975-02-03', '', '', '', "
        "?, ?, ?)",
        (person_id, now, now, ctx.device_id),
    )
    return person_id


def case_in(ctx: Context, state: CaseState) -> str:
    case = cs.open_case(ctx, add_person(ctx), owner="assist")
    for to_state, owner in PATHS[state]:
        cs.transition(ctx.as_actor(SUPERVISOR), case.id, to_state, owner=owner)
    assert cs.get_case(ctx, case.id).state is state
    return case.id


@pytest.mark.parametrize(("src", "dst"), sorted(TRANSITIONS, key=str))
def test_store_makes_every_allowed_move(
    ctx: Context, clock: FixedClock, src: CaseState, dst: CaseState
) -> None:
    case_id = case_in(ctx, src)
    clock.advance(timedelta(minutes=5))
    moved = cs.transition(
        ctx.as_actor(SUPERVISOR), case_id, dst, owner=TRANSITIONS[(src, dst)].owner, note="ok"
    )
    assert moved.state is dst and moved.state_at == clock.now()
    last = cs.history(ctx, case_id)[-1]
    assert (last.from_state, last.to_state, last.note) == (src, dst, "ok")


@pytest.mark.parametrize("src", list(CaseState))
def test_store_refuses_every_move_not_in_the_table(ctx: Context, src: CaseState) -> None:
    case_id = case_in(ctx, src)
    before = len(cs.history(ctx, case_id))
    for dst in CaseState:
        for owner in ("assist", "photo", "mailing", "handover"):
            move = TRANSITIONS.get((src, dst))
            if move is not None and move.owner == owner:
                continue
            with pytest.raises(InvalidTransition):
                cs.transition(ctx.as_actor(SUPERVISOR), case_id, dst, owner=owner)
    assert cs.get_case(ctx, case_id).state is src
    assert len(cs.history(ctx, case_id)) == before


def test_disposal_needs_a_supervisor(ctx: Context) -> None:
    case_id = case_in(ctx, S.NOTIFIED)
    with pytest.raises(NotAllowed):
        cs.transition(ctx.as_actor(COUNTER), case_id, S.DISPOSED, owner="handover")
    assert cs.get_case(ctx, case_id).state is S.NOTIFIED
    cs.transition(ctx.as_actor(COUNTER), case_id, S.HANDED_OVER, owner="handover")


def test_open_case_and_history_and_audit(ctx: Context) -> None:
    person = add_person(ctx)
    case = cs.open_case(
        ctx.as_actor(COUNTER), person, owner="photo", application_id="1234 5678 9012 3456 7890 123"
    )
    assert (case.state, case.opened_by, case.person_id, case.application_id) == (
        S.RECEIVED,
        "photo",
        person,
        APP_ID,
    )
    assert case.delivery_method.value == "counter" and not case.identity_checked_at_application
    cs.transition(ctx, case.id, S.SUSPENDED, owner="assist", note="写真撮り直し")
    cs.transition(ctx, case.id, S.RECEIVED, owner="assist")
    assert [(h.from_state, h.to_state, h.owner) for h in cs.history(ctx, case.id)] == [
        (None, S.RECEIVED, "photo"), (S.RECEIVED, S.SUSPENDED, "assist"), (S.SUSPENDED, S.RECEIVED, "assist"),
    ]  # fmt: skip
    rows = ctx.db.conn.execute(
        "SELECT action, detail FROM audit_log WHERE entity = 'card_case' AND entity_id = ? ORDER BY seq",
        (case.id,),
    ).fetchall()
    assert [tuple(r) for r in rows] == [
        ("create", "state=received"), ("update", "state=received->suspended"),
        ("update", "state=suspended->received"),
    ]  # fmt: skip


def test_cases_open_as_arrived_only_by_mailing(ctx: Context) -> None:
    person = add_person(ctx)
    case = cs.open_case(ctx, person, owner="mailing", state="arrived", delivery_method="tokurei")
    assert case.state is S.ARRIVED and case.delivery_method.value == "tokurei"
    with pytest.raises(WrongOwner):
        cs.open_case(ctx, person, owner="assist", state="arrived")
    with pytest.raises(InvalidTransition):
        cs.open_case(ctx, person, owner="mailing", state="notified")
    with pytest.raises(NotFound):
        cs.open_case(ctx, "nobody", owner="assist")
    with pytest.raises(ValueError):
        cs.open_case(ctx, person, owner="assist", delivery_method="pigeon")


def test_reservation_numbers_unique_and_found(ctx: Context) -> None:
    a = cs.open_case(ctx, add_person(ctx), owner="mailing", state="arrived", reservation_number="abc-123456")
    assert a.reservation_number == "ABC123456"
    found = cs.find_by_reservation(ctx, "ＡＢＣ１２３４５６")
    assert found is not None and found.id == a.id
    assert cs.find_by_reservation(ctx, "XYZ000000") is None
    with pytest.raises(Conflict, match="another card case"):
        cs.open_case(ctx, add_person(ctx), owner="mailing", state="arrived", reservation_number="ABC123456")
    b = cs.open_case(ctx, add_person(ctx), owner="assist")
    with pytest.raises(Conflict):
        cs.update_case(ctx, b.id, reservation_number="ABC123456")
    assert cs.update_case(ctx, b.id, reservation_number="ABD123456").reservation_number == "ABD123456"
    assert cs.update_case(ctx, b.id, reservation_number=None).reservation_number is None
    with pytest.raises(DomainError, match="3 letters or digits"):
        cs.find_by_reservation(ctx, "12")


def test_application_id_lookup_and_validation(ctx: Context) -> None:
    with pytest.raises(DomainError, match="exactly 23 digits"):
        cs.open_case(ctx, add_person(ctx), owner="assist", application_id="123")
    a = cs.open_case(ctx, add_person(ctx), owner="assist")
    assert cs.find_by_application_id(ctx, APP_ID) == []
    updated = cs.update_case(ctx, a.id, application_id=APP_ID, delivery_method="kan_i_kakitome")
    assert updated.application_id == APP_ID and updated.delivery_method.value == "kan_i_kakitome"
    assert [c.id for c in cs.find_by_application_id(ctx, APP_ID)] == [a.id]
    with pytest.raises(sqlite3.IntegrityError):  # the schema refuses a malformed id written around the store
        ctx.db.conn.execute("UPDATE card_cases SET application_id = '12' WHERE id = ?", (a.id,))


def test_identity_result_and_photo(ctx: Context) -> None:
    case = cs.open_case(ctx, add_person(ctx), owner="assist")
    result = IdentityResult("a_plus_b", ("drivers_license", "health_insurance"))
    stored = cs.set_identity_result(ctx, case.id, result)
    assert stored.identity_result == result and stored.identity_checked_at_application
    assert cs.attach_photo(ctx, case.id, "photos/2026/abc.jpg").photo_ref == "photos/2026/abc.jpg"
    with pytest.raises(DomainError):
        cs.attach_photo(ctx, case.id, "  ")
    cleared = cs.set_identity_result(ctx, case.id, None)
    assert cleared.identity_result is None and not cleared.identity_checked_at_application
    details = [r[0] for r in ctx.db.conn.execute(
        "SELECT detail FROM audit_log WHERE entity = 'card_case' AND action = 'update' ORDER BY seq")]  # fmt: skip
    assert details == ["identity_result", "photo_ref", "identity_result"]


def test_cases_in_states_oldest_first(ctx: Context, clock: FixedClock) -> None:
    first = case_in(ctx, S.NOTIFIED)
    clock.advance(timedelta(hours=1))
    second = case_in(ctx, S.INVITED)
    case_in(ctx, S.APPLIED)
    assert [c.id for c in cs.cases_in(ctx, [S.NOTIFIED, "invited"])] == [first, second]
    assert cs.cases_in(ctx, []) == []
    person = cs.get_case(ctx, first).person_id
    assert person is not None and [c.id for c in cs.cases_of(ctx, person)] == [first]
    with pytest.raises(NotFound):
        cs.history(ctx, "nope")
