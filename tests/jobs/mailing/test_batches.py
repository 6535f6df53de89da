"""Mailing batches: choosing cards, tracking numbers (validation, duplicates), sending with the postage
of the date sent (boundaries of the dated price), delivery and returns, follow-up lists, monthly
figures and the retention of return notes."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desktop.core.cases import CaseState, DeliveryMethod
from desktop.core.clock import JST, FixedClock
from desktop.core.errors import Conflict, DomainError
from desktop.jobs.mailing.domain import BatchIncomplete, BatchState, PostageNotSet, ReturnReason
from desktop.jobs.mailing.store import batches, cards, figures, results
from desktop.store import cases as case_store
from desktop.store import office as office_store
from desktop.store.context import Context
from desktop.store.events import events_for, void_event
from tests.jobs.mailing.kit import configured_postal, state_of, tracking

S = CaseState


def at(clock: FixedClock, day: date, hour: int = 10) -> None:
    clock.set(datetime(day.year, day.month, day.day, hour, 0, tzinfo=JST))


def sent_batch(ctx: Context, case_ids: list[str], on: date, first: int = 0) -> batches.MailBatch:
    batch = batches.create_batch(ctx, case_ids)
    for i, item in enumerate(batch.items):
        batches.set_tracking(ctx, item.id, tracking(first + i))
    return batches.send_batch(ctx, batch.id, on)


def test_a_draft_batch_is_numbered_and_editable(ctx: Context) -> None:
    ids = [configured_postal(ctx, i) for i in range(4)]
    batch = batches.create_batch(ctx, ids[:3])
    assert batch.number == 1 and batch.state is BatchState.DRAFT
    assert [(i.position, i.case_id) for i in batch.items] == [(1, ids[0]), (2, ids[1]), (3, ids[2])]
    assert [r.case_id for r in cards.ready_for_mailing(ctx)] == [ids[3]]
    with pytest.raises(Conflict, match="already in mailing batch 1"):
        batches.create_batch(ctx, [ids[1]])
    batch = batches.remove_from_batch(ctx, batch.id, batch.items[0].id)
    assert [(i.position, i.case_id) for i in batch.items] == [(1, ids[1]), (2, ids[2])]
    batch = batches.add_to_batch(ctx, batch.id, [ids[0], ids[3]])
    assert [i.case_id for i in batch.items] == [ids[1], ids[2], ids[0], ids[3]]
    assert cards.ready_for_mailing(ctx) == []
    second = batches.create_batch(ctx, [configured_postal(ctx, 9)])
    assert second.number == 2
    batches.discard_batch(ctx, second.id)
    assert len(cards.ready_for_mailing(ctx)) == 1
    assert [b.number for b in batches.list_batches(ctx)] == [1]
    with pytest.raises(DomainError):
        batches.create_batch(ctx, [])


def test_tracking_numbers(ctx: Context) -> None:
    ids = [configured_postal(ctx, i) for i in range(3)]
    batch = batches.create_batch(ctx, ids)
    first, second, third = batch.items
    assert batches.set_tracking(ctx, first.id, "1234-5678-9012").tracking_number == "123456789012"
    assert batches.set_tracking(ctx, first.id, "1234 5678 9012").tracking_number == "123456789012"  # same item
    with pytest.raises(Conflict, match="1234-5678-9012 is already used for item 1 of batch 1"):
        batches.set_tracking(ctx, second.id, "123456789012")
    for bad in ("1234-5678-90", "12345678901234", "1234-5678-901X"):
        with pytest.raises(DomainError):
            batches.set_tracking(ctx, second.id, bad)
    assert batches.get_item(ctx, second.id).tracking_number is None
    assert batches.set_tracking(ctx, second.id, "１２３４５６７８９０１").tracking_number == "12345678901"
    assert batches.set_tracking(ctx, third.id, "1234567890123").tracking_number == "1234567890123"
    assert batches.set_tracking(ctx, third.id, "").tracking_number is None  # cleared in a draft
    found = batches.find_by_tracking(ctx, "1234-5678-901")
    assert found is not None and found.id == second.id
    assert batches.find_by_tracking(ctx, "99999999999") is None
    # a duplicate in another batch is refused too
    other = batches.create_batch(ctx, [configured_postal(ctx, 5)])
    with pytest.raises(Conflict, match="batch 1"):
        batches.set_tracking(ctx, other.items[0].id, "123456789012")


def test_send_needs_every_tracking_number_and_a_sane_date(ctx: Context) -> None:
    ids = [configured_postal(ctx, i) for i in range(2)]
    batch = batches.create_batch(ctx, ids)
    batches.set_tracking(ctx, batch.items[0].id, tracking(1))
    with pytest.raises(BatchIncomplete) as info:
        batches.send_batch(ctx, batch.id, date(2026, 11, 24))
    assert info.value.params == {"count": 1}
    batches.set_tracking(ctx, batch.items[1].id, tracking(2))
    with pytest.raises(DomainError, match="future"):
        batches.send_batch(ctx, batch.id, date(2026, 11, 25))
    with pytest.raises(DomainError, match="previous step"):
        batches.send_batch(ctx, batch.id, date(2026, 11, 23))  # set up on the 24th
    assert all(state_of(ctx, c) is S.CONFIGURED for c in ids)
    sent = batches.send_batch(ctx, batch.id, date(2026, 11, 24))
    assert sent.state is BatchState.SENT and sent.sent_on == date(2026, 11, 24)
    assert all(state_of(ctx, c) is S.MAILED for c in ids)
    with pytest.raises(Conflict, match="already sent"):
        batches.send_batch(ctx, batch.id, date(2026, 11, 24))
    with pytest.raises(Conflict):
        batches.add_to_batch(ctx, batch.id, [configured_postal(ctx, 7)])
    with pytest.raises(DomainError):
        batches.set_tracking(ctx, sent.items[0].id, "")  # a mailed item keeps its number
    corrected = batches.set_tracking(ctx, sent.items[0].id, tracking(40))  # a typo may be corrected
    assert corrected.tracking_number == tracking(40)
    results.record_delivered(ctx, sent.items[0].id)
    with pytest.raises(Conflict):
        batches.set_tracking(ctx, sent.items[0].id, tracking(41))
    empty = batches.create_batch(ctx, [configured_postal(ctx, 8)])
    batches.remove_from_batch(ctx, empty.id, empty.items[0].id)
    with pytest.raises(BatchIncomplete, match="empty"):
        batches.send_batch(ctx, empty.id, date(2026, 11, 24))


def test_postage_is_the_price_of_the_date_sent(ctx: Context, clock: FixedClock) -> None:
    """492 yen (the model town's budget) until 2024-09-30, 800 yen list price from 2024-10-01."""
    at(clock, date(2024, 9, 20))
    early = [configured_postal(ctx, i) for i in range(2)]
    late = [configured_postal(ctx, i) for i in range(2, 5)]
    kan_i = configured_postal(ctx, 5, DeliveryMethod.KAN_I_KAKITOME)
    at(clock, date(2024, 9, 30), 16)
    sep = sent_batch(ctx, early, date(2024, 9, 30))
    at(clock, date(2024, 10, 1), 9)
    oct_ = sent_batch(ctx, [*late, kan_i], date(2024, 10, 1), first=10)
    assert [i.postage_yen for i in sep.items] == [492, 492]
    assert [i.postage_yen for i in oct_.items] == [800, 800, 800, 460]
    assert [e.value for c in early for e in events_for(ctx, c) if e.kind == "mail_sent"] == [492, 492]
    # a later change of the price does not touch what was sent
    office_store.set_postage(ctx, date(2024, 9, 1), "tokurei", 999)
    assert [i.postage_yen for i in batches.get_batch(ctx, sep.id).items] == [492, 492]
    sep_fig, oct_fig = figures.monthly(ctx, date(2024, 9, 1), date(2024, 10, 31))
    assert (sep_fig.sent, sep_fig.postage_yen) == (2, 984)
    assert (oct_fig.sent, oct_fig.postage_yen) == (4, 2860)
    assert (sep_fig.arrived, oct_fig.arrived) == (6, 0)


def test_no_postage_set_refuses_sending(ctx: Context) -> None:
    office_store.remove_dated_value(ctx, "postage.kan_i_kakitome", date(2020, 4, 1))
    office_store.remove_dated_value(ctx, "postage.kan_i_kakitome", date(2024, 10, 1))
    case_id = configured_postal(ctx, 1, DeliveryMethod.KAN_I_KAKITOME)
    batch = batches.create_batch(ctx, [case_id])
    batches.set_tracking(ctx, batch.items[0].id, tracking(1))
    with pytest.raises(PostageNotSet):
        batches.send_batch(ctx, batch.id, date(2026, 11, 24))
    assert state_of(ctx, case_id) is S.CONFIGURED
    assert [e.kind for e in events_for(ctx, case_id)] == ["card_arrived"]
    assert batches.expected_postage(ctx, batch, date(2026, 11, 24)) == {batch.items[0].id: None}


def test_delivered_returned_invited(ctx: Context) -> None:
    ids = [configured_postal(ctx, i) for i in range(3)]
    sent = sent_batch(ctx, ids, date(2026, 11, 24))
    a, b, c = sent.items
    assert results.record_delivered(ctx, a.id).delivered_on == date(2026, 11, 24)
    returned = results.record_returned(ctx, b.id, ReturnReason.ADDRESS_UNKNOWN)
    assert (returned.return_reason, returned.case_state) == (ReturnReason.ADDRESS_UNKNOWN, S.RETURNED)
    with pytest.raises(DomainError, match="why"):
        results.record_returned(ctx, c.id, "other")
    assert state_of(ctx, c.case_id) is S.MAILED
    assert results.record_returned(ctx, c.id, "other", "家族が受取を拒否").return_note == "家族が受取を拒否"
    assert results.invitation_date(ctx, b.case_id) is None
    results.record_invited(ctx, b.id)
    assert results.invitation_date(ctx, b.case_id) == date(2026, 11, 24)
    with pytest.raises(DomainError):
        results.record_invited(ctx, a.id)  # delivered: nothing to invite
    with pytest.raises(ValueError):
        results.record_returned(ctx, a.id, "lost")


def test_acts_recorded_later_count_in_the_month_they_happened(ctx: Context, clock: FixedClock) -> None:
    at(clock, date(2026, 10, 30))
    ids = [configured_postal(ctx, i) for i in range(3)]
    at(clock, date(2026, 11, 2))  # Monday: Friday's batch, and the post office's tracking, entered now
    sent = sent_batch(ctx, ids, date(2026, 10, 30))
    a, b, c = sent.items
    assert results.record_delivered(ctx, a.id, on=date(2026, 10, 31)).delivered_on == date(2026, 10, 31)
    assert results.record_returned(ctx, b.id, "refused", on=date(2026, 11, 1)).returned_on == date(2026, 11, 1)
    with pytest.raises(DomainError, match="before the card's previous step"):
        results.record_delivered(ctx, c.id, on=date(2026, 10, 29))  # before it was sent
    with pytest.raises(DomainError, match="future"):
        results.record_delivered(ctx, c.id, on=date(2026, 11, 3))
    assert state_of(ctx, c.case_id) is S.MAILED  # nothing happened to it
    octo, nov = figures.monthly(ctx, date(2026, 10, 1), date(2026, 11, 30))
    assert (octo.sent, octo.delivered, octo.returned) == (3, 1, 0)  # on the days of the acts
    assert (nov.sent, nov.delivered, nov.returned) == (0, 0, 1)
    at(clock, date(2026, 11, 20))
    with pytest.raises(DomainError, match="more than 14 days ago"):
        results.record_delivered(ctx, c.id, on=date(2026, 11, 5))
    assert results.record_delivered(ctx, c.id).delivered_on == date(2026, 11, 20)  # default: today


def test_follow_up_lists(ctx: Context, clock: FixedClock) -> None:
    at(clock, date(2026, 11, 2))
    old = sent_batch(ctx, [configured_postal(ctx, i) for i in range(3)], date(2026, 11, 2))
    at(clock, date(2026, 11, 20))
    recent = sent_batch(ctx, [configured_postal(ctx, 10)], date(2026, 11, 20), first=10)
    results.record_delivered(ctx, old.items[0].id)
    results.record_returned(ctx, old.items[1].id, "storage_expired")
    at(clock, date(2026, 11, 24))
    due = figures.followups(ctx, 14)
    assert [(i.id, days) for i, days in due.unconfirmed] == [(old.items[2].id, 22)]
    assert [(i.id, days) for i, days in due.returned_not_invited] == [(old.items[1].id, 4)]
    assert due.invited_not_collected == ()
    assert [i.id for i, _ in figures.followups(ctx, 4).unconfirmed] == [old.items[2].id, recent.items[0].id]
    results.record_invited(ctx, old.items[1].id)
    due = figures.followups(ctx, 14)
    assert due.returned_not_invited == ()
    assert [i.id for i, _ in due.invited_not_collected] == [old.items[1].id]
    # the handover job hands the card over at the counter: it leaves the list
    case_store.transition(ctx, old.items[1].case_id, S.HANDED_OVER, owner="handover")
    assert figures.followups(ctx, 14).invited_not_collected == ()
    assert figures.followups(ctx, 14).total == 1


def test_monthly_figures_net_corrections(ctx: Context, clock: FixedClock) -> None:
    at(clock, date(2026, 10, 30))
    sent = sent_batch(ctx, [configured_postal(ctx, i) for i in range(2)], date(2026, 10, 30))
    at(clock, date(2026, 11, 5))
    results.record_delivered(ctx, sent.items[0].id)
    results.record_returned(ctx, sent.items[1].id, "refused")
    mail_sent = [e for e in events_for(ctx, sent.items[1].case_id) if e.kind == "mail_sent"][0]
    void_event(ctx, mail_sent.id, "entered twice")
    octo, nov = figures.monthly(ctx, date(2026, 10, 1), date(2026, 11, 30))
    assert (octo.arrived, octo.sent, octo.postage_yen) == (2, 1, 800)  # the void counts on the original day
    assert (nov.delivered, nov.returned, nov.sent) == (1, 1, 0)


def test_retention_blanks_old_return_notes(ctx: Context, clock: FixedClock) -> None:
    from desktop.jobs.mailing.store.results import purge_return_notes

    sent = sent_batch(ctx, [configured_postal(ctx, i) for i in range(2)], date(2026, 11, 24))
    results.record_returned(ctx, sent.items[0].id, "other", "転居済み")
    assert purge_return_notes(ctx, date(2026, 11, 24)) == 0
    at(clock, date(2026, 11, 24) + timedelta(days=800))
    assert purge_return_notes(ctx, date(2026, 11, 25)) == 1
    assert batches.get_item(ctx, sent.items[0].id).return_note == ""
