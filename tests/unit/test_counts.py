"""Count kinds and netting with `void` (pure, no database)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop.core.counts import VOID, VOID_KEY, CountKind, Event, all_kinds, effective, kernel_kinds, net

D1 = date(2026, 11, 24)
D2 = date(2026, 11, 25)
AT = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)

REQUIRED = [
    "checkin", "handover", "assist", "popup_assist", "apply_identity", "card_arrived", "notice_sent",
    "mail_sent", "mail_delivered", "mail_returned", "cert_renewal", "pin_reset", "pin_change",
    "card_update", "no_show",
]  # fmt: skip


def ev(id_: str, kind: str = "handover", day: date = D1, voids: str | None = None) -> Event:
    return Event(id=id_, kind=kind, business_date=day, at=AT, voids=voids)


def void(id_: str, target: str, day: date = D1) -> Event:
    return ev(id_, VOID_KEY, day, voids=target)


def test_kernel_kinds_cover_the_issue_list_with_ascii_keys() -> None:
    keys = [k.key for k in kernel_kinds()]
    assert keys == REQUIRED
    for kind in kernel_kinds():
        assert kind.key.isascii() and kind.label and kind.label.isascii()
    assert VOID.key == "void" and "void" not in keys


def test_all_kinds_appends_job_kinds_and_refuses_redefinitions() -> None:
    extra = CountKind("photo_taken", "Photos taken")
    assert [k.key for k in all_kinds([extra])] == [*REQUIRED, "photo_taken"]
    assert [k.key for k in all_kinds([extra, extra])][-1] == "photo_taken"
    with pytest.raises(ValueError, match="defined twice"):
        all_kinds([CountKind("handover", "Something else")])
    with pytest.raises(ValueError, match="defined twice"):
        all_kinds([CountKind("void", "Mine")])
    with pytest.raises(ValueError, match="lower-case ASCII"):
        all_kinds([CountKind("Photo Taken", "x")])


def test_net_counts_per_kind_and_business_date() -> None:
    events = [ev("a"), ev("b"), ev("c", day=D2), ev("d", kind="assist")]
    assert net(events) == {("handover", D1): 2, ("handover", D2): 1, ("assist", D1): 1}


def test_void_cancels_the_event_it_names_and_is_not_counted() -> None:
    events = [ev("a"), ev("b"), void("v1", "a")]
    assert net(events) == {("handover", D1): 1}
    assert [e.id for e in effective(events)] == ["b"]


def test_void_made_on_a_later_day_cancels_the_original_day() -> None:
    events = [ev("a", day=D1), ev("b", day=D1), void("v1", "a", day=D2)]
    assert net(events) == {("handover", D1): 1}


def test_voiding_a_void_restores_and_a_third_void_cancels_again() -> None:
    assert net([ev("a"), void("v1", "a"), void("v2", "v1")]) == {("handover", D1): 1}
    assert net([ev("a"), void("v1", "a"), void("v2", "v1"), void("v3", "v2")]) == {}


def test_netting_to_zero_leaves_no_key() -> None:
    assert net([ev("a"), void("v", "a")]) == {}


def test_void_of_an_event_outside_the_set_is_ignored() -> None:
    assert net([ev("a"), void("v", "elsewhere")]) == {("handover", D1): 1}


def test_long_void_chain_needs_no_recursion() -> None:
    events = [ev("e0")]
    prev = "e0"
    for i in range(5001):
        events.append(void(f"v{i}", prev))
        prev = f"v{i}"
    assert net(events) == {}  # an odd number of voids: cancelled


def test_two_voids_of_one_event_cancel_while_either_stands() -> None:
    # the store refuses a second void; netting still gives a defined answer for imported data
    assert net([ev("a"), void("v1", "a"), void("v2", "a")]) == {}
    assert net([ev("a"), void("v1", "a"), void("v2", "a"), void("w", "v1")]) == {}
    assert net([ev("a"), void("v1", "a"), void("v2", "a"), void("w1", "v1"), void("w2", "v2")]) == {
        ("handover", D1): 1
    }
