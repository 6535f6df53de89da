"""The unclaimed-card disposal rule at its date boundaries (pure), and in the store with a set clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from desktop.core.cases import CaseState
from desktop.core.clock import FixedClock
from desktop.core.errors import DomainError, NotAllowed
from desktop.jobs.handover.domain import DisposalRule, add_months, disposal_status
from desktop.jobs.handover.store.settings import load_disposal_rule, save_disposal_rule
from desktop.jobs.handover.store.unclaimed import dispose, due_for_disposal, record_reminders, unclaimed_cards
from desktop.store.cases import get_case
from desktop.store.context import Context
from tests.jobs.handover.conftest import Resident, jst

DEFAULT = DisposalRule()  # 12 months after the notice / 3 months after the last reminder, reminder required


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
        (date(2025, 12, 15), 12, date(2026, 12, 15)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2025, 5, 31), 1, date(2025, 6, 30)),
    ],
)
def test_calendar_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_the_later_of_twelve_months_after_the_notice_and_three_after_the_reminder() -> None:
    notice = date(2025, 4, 10)
    # the notice part decides: 2026-04-10 (reminder + 3 months = 2025-12-01)
    early = disposal_status(DEFAULT, notice, [date(2025, 9, 1)], date(2026, 4, 9))
    assert (early.due_on, early.due) == (date(2026, 4, 10), False)
    assert disposal_status(DEFAULT, notice, [date(2025, 9, 1)], date(2026, 4, 10)).due
    # the reminder part decides: reminder 2026-03-01 → 2026-06-01
    late = [date(2025, 9, 1), date(2026, 3, 1)]
    assert not disposal_status(DEFAULT, notice, late, date(2026, 5, 31)).due
    status = disposal_status(DEFAULT, notice, late, date(2026, 6, 1))
    assert (status.due_on, status.due) == (date(2026, 6, 1), True)


def test_no_reminder_no_disposal_when_required() -> None:
    status = disposal_status(DEFAULT, date(2024, 1, 1), [], date(2026, 11, 24))
    assert (status.due_on, status.due, status.needs_reminder) == (None, False, True)
    relaxed = DisposalRule(reminder_required=False)
    assert disposal_status(relaxed, date(2024, 1, 1), [], date(2026, 11, 24)).due_on == date(2025, 1, 1)


def test_never_and_single_parts() -> None:
    assert (
        disposal_status(
            DisposalRule(never=True), date(2020, 1, 1), [date(2020, 6, 1)], date(2026, 1, 1)
        ).due_on
        is None
    )
    only_notice = DisposalRule(months_after_reminder=None, reminder_required=False)
    assert disposal_status(
        only_notice, date(2025, 1, 1), [date(2025, 12, 1)], date(2026, 1, 1)
    ).due_on == date(2026, 1, 1)
    only_reminder = DisposalRule(months_after_notice=None)
    assert disposal_status(only_reminder, date(2025, 1, 1), [date(2025, 2, 1)], date(2025, 5, 1)).due
    assert (
        disposal_status(only_reminder, date(2025, 1, 1), [date(2025, 2, 1)], date(2025, 4, 30)).due is False
    )


@pytest.mark.parametrize(
    "rule",
    [
        DisposalRule(months_after_notice=0),
        DisposalRule(months_after_reminder=121),
        DisposalRule(months_after_notice=None, months_after_reminder=None),
    ],  # fmt: skip
)
def test_invalid_rules_are_refused(rule: DisposalRule) -> None:
    with pytest.raises(DomainError):
        rule.check()


def test_a_damaged_setting_keeps_every_card() -> None:
    assert DisposalRule.from_json({"months_after_notice": "twelve"}).keeps_everything
    assert DisposalRule.from_json({"months_after_notice": 0}).keeps_everything
    assert DisposalRule.from_json("garbage") == DisposalRule()
    rule = DisposalRule(months_after_notice=6, months_after_reminder=None, reminder_required=False)
    assert DisposalRule.from_json(rule.to_json()) == rule


# --- in the store, with the clock set at the boundaries ----------------------------------------------


def test_disposal_at_the_boundary_with_a_set_clock(
    ctx: Context, clock: FixedClock, resident: Callable[..., Resident], supervisor_ctx: Context,
    counter_ctx: Context,
) -> None:  # fmt: skip
    clock.set(jst(2025, 10, 1))
    card = resident(notified_at=jst(2025, 10, 1, 9))
    clock.set(jst(2026, 8, 20))
    record_reminders(counter_ctx, [card.case.id])  # → the later of 2026-10-01 and 2026-11-20
    (u,) = unclaimed_cards(ctx)
    assert (u.first_notice_on, u.status.due_on) == (date(2025, 10, 1), date(2026, 11, 20))

    clock.set(jst(2026, 11, 19, 23, 59))
    assert due_for_disposal(ctx) == []
    with pytest.raises(DomainError, match="not yet due"):
        dispose(supervisor_ctx, [card.case.id])
    assert get_case(ctx, card.case.id).state is CaseState.NOTIFIED

    clock.set(jst(2026, 11, 20, 0, 0))  # midnight JST: the due day has begun (15:00 UTC the day before)
    assert [c.case_id for c in due_for_disposal(ctx)] == [card.case.id]
    with pytest.raises(NotAllowed):
        dispose(counter_ctx, [card.case.id])
    batch = dispose(supervisor_ctx, [card.case.id])
    assert get_case(ctx, card.case.id).state is CaseState.DISPOSED
    assert batch
    assert unclaimed_cards(ctx) == []


def test_the_rule_is_a_setting_for_administrators(
    ctx: Context, counter_ctx: Context, admin_ctx: Context
) -> None:
    assert load_disposal_rule(ctx) == DisposalRule()
    with pytest.raises(NotAllowed):
        save_disposal_rule(counter_ctx, DisposalRule(never=True))
    save_disposal_rule(admin_ctx, DisposalRule(months_after_notice=6, months_after_reminder=None))
    assert load_disposal_rule(ctx).months_after_notice == 6
    entries = ctx.db.conn.execute(
        "SELECT action, entity_id FROM audit_log WHERE entity_id = 'handover.disposal_rule'"
    ).fetchall()
    assert entries == [("settings", "handover.disposal_rule")]
