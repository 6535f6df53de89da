"""The card-case transition table: every allowed and every refused move, for every owner."""

from __future__ import annotations

import itertools

import pytest

from desktop.core.cases import (
    CLOSED_STATES,
    OWNERS,
    TRANSITIONS,
    CaseState,
    IdentityResult,
    WrongOwner,
    check_open,
    check_transition,
    normalize_application_id,
    normalize_reservation_number,
)
from desktop.core.errors import DomainError, InvalidTransition, NotAllowed
from desktop.core.staff import Role

# The table as the issue states it, written out independently of the code: (from, to) -> owner.
EXPECTED = {
    ("received", "applied"): "assist",
    ("received", "suspended"): "assist",
    ("suspended", "received"): "assist",
    ("applied", "arrived"): "mailing",
    ("arrived", "configured"): "mailing",
    ("configured", "notified"): "mailing",
    ("configured", "mailed"): "mailing",
    ("mailed", "delivered"): "mailing",
    ("mailed", "returned"): "mailing",
    ("returned", "invited"): "mailing",
    ("notified", "handed_over"): "handover",
    ("invited", "handed_over"): "handover",
    ("notified", "disposed"): "handover",
    ("invited", "disposed"): "handover",
}
SUPERVISOR_ONLY = {("notified", "disposed"), ("invited", "disposed")}

STATES = [s.value for s in CaseState]
ALL_MOVES = list(itertools.product(STATES, STATES, OWNERS))


def test_code_table_is_the_issue_table() -> None:
    assert {(a.value, b.value): m.owner for (a, b), m in TRANSITIONS.items()} == EXPECTED
    assert {(a.value, b.value) for (a, b), m in TRANSITIONS.items() if m.min_role == Role.SUPERVISOR} == (
        SUPERVISOR_ONLY
    )


@pytest.mark.parametrize(("src", "dst", "owner"), ALL_MOVES)
def test_every_move_for_every_owner(src: str, dst: str, owner: str) -> None:
    expected_owner = EXPECTED.get((src, dst))
    if expected_owner is None:
        with pytest.raises(InvalidTransition) as info:
            check_transition(src, dst, owner, Role.ADMIN)
        assert not isinstance(info.value, WrongOwner)
    elif expected_owner != owner:
        with pytest.raises(WrongOwner):
            check_transition(src, dst, owner, Role.ADMIN)
    else:
        check_transition(src, dst, owner, Role.SUPERVISOR)
        if (src, dst) in SUPERVISOR_ONLY:
            with pytest.raises(NotAllowed):
                check_transition(src, dst, owner, Role.COUNTER)
        else:
            check_transition(src, dst, owner, Role.COUNTER)


def test_nothing_leaves_a_closed_state() -> None:
    for closed, dst, owner in itertools.product(CLOSED_STATES, CaseState, OWNERS):
        with pytest.raises(InvalidTransition):
            check_transition(closed, dst, owner, Role.ADMIN)


def test_unknown_state_key_is_refused() -> None:
    with pytest.raises(ValueError):
        check_transition("lost", "applied", "assist", Role.ADMIN)


@pytest.mark.parametrize(("state", "owner"), list(itertools.product(STATES, OWNERS)))
def test_openings(state: str, owner: str) -> None:
    allowed = {("received", "assist"), ("received", "photo"), ("arrived", "mailing")}
    if (state, owner) in allowed:
        check_open(state, owner)
    else:
        with pytest.raises(InvalidTransition):
            check_open(state, owner)


def test_messages_name_states_by_label_not_personal_data() -> None:
    with pytest.raises(InvalidTransition) as info:
        check_transition("received", "handed_over", "handover", Role.ADMIN)
    assert info.value.params == {"from_state": "Received", "to_state": "Handed over"}


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("12345678901234567890123", "12345678901234567890123"),
        ("1234 5678 9012 3456 7890 123", "12345678901234567890123"),
        ("１２３４５６７８９０１２３４５６７８９０１２３", "12345678901234567890123"),
        ("12345-67890-12345-67890-123", "12345678901234567890123"),
    ],
)
def test_application_id_accepted(typed: str, stored: str) -> None:
    assert normalize_application_id(typed) == stored


@pytest.mark.parametrize(
    "typed", ["", "1234567890123456789012", "123456789012345678901234", "1234567890123456789012A"]
)
def test_application_id_refused_with_count(typed: str) -> None:
    with pytest.raises(DomainError, match="exactly 23 digits") as info:
        normalize_application_id(typed)
    assert info.value.params["count"] == len(typed)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("ABC123456", "ABC123456"), ("abc123456", "ABC123456"), ("1A2-123456", "1A2123456"),
     ("ＡＢＣ１２３４５６", "ABC123456"), ("999 000001", "999000001")],
)  # fmt: skip
def test_reservation_number_accepted(typed: str, stored: str) -> None:
    assert normalize_reservation_number(typed) == stored


@pytest.mark.parametrize(
    "typed", ["", "AB123456", "ABCD123456", "ABC12345", "ABC1234567", "ABC12345X", "AB-C12345"]
)
def test_reservation_number_refused(typed: str) -> None:
    with pytest.raises(DomainError, match="3 letters or digits followed by 6 digits"):
        normalize_reservation_number(typed)


def test_identity_result_keeps_keys_only() -> None:
    result = IdentityResult("a_plus_b", ("drivers_license", "health_insurance"))
    assert IdentityResult.from_json(result.to_json()) == result
    for bad in ("AB1234567", "運転免許証", "123456789012", "drivers license"):
        with pytest.raises(DomainError, match="never its number"):
            IdentityResult("a_plus_b", (bad,))


def test_identity_result_takes_the_evaluators_rule_keys() -> None:
    from desktop.core.cases import IdentityResult
    from desktop.core.identity import DEFAULT_DOCUMENTS, IdentityRules, evaluate

    keys = [d.key for d in DEFAULT_DOCUMENTS if d.kind == "A"][:2]
    ev = evaluate(IdentityRules(), "apply_identity", keys)
    assert ev.ok and ev.rule_met
    result = IdentityResult(ev.rule_met, tuple(keys))
    assert IdentityResult.from_json(result.to_json()) == result
    for rule in ("A", "B+B", "A+PIN", "notice+B+B", "photo+B"):
        IdentityResult(rule, ())
    with pytest.raises(DomainError):
        IdentityResult("123456789012", ())
    with pytest.raises(DomainError):
        IdentityResult("A", ("AB12 3456",))
