"""Selftest checks of the handover job (run by the kernel's selftest through the registry)."""

from __future__ import annotations

from collections.abc import Callable

from desktop.jobs.registry import SelftestResult
from desktop.store.context import Context


def disposal_rule_readable(ctx: Context) -> SelftestResult:
    """The stored disposal rule decodes; a damaged one is read as "keep every card" (safe, but say so)."""
    from desktop.jobs.handover.domain.unclaimed import DisposalRule
    from desktop.jobs.handover.store.settings import DISPOSAL_KEY
    from desktop.store.meta import get_setting

    stored = get_setting(ctx, DISPOSAL_KEY, None)
    if stored is None:
        return SelftestResult("handover.disposal_rule", True, "warning", "default rule")
    rule = DisposalRule.from_json(stored)
    ok = not (rule.never and not (isinstance(stored, dict) and stored.get("never")))
    return SelftestResult("handover.disposal_rule", ok, "warning",
                          "" if ok else "the stored disposal rule is damaged: cards are kept")  # fmt: skip


def handed_over_cases_match(ctx: Context) -> SelftestResult:
    """Every handover record's card case is 交付済 (a case moved back by hand would break the counts)."""
    row = ctx.db.conn.execute(
        "SELECT count(*) FROM handovers h JOIN card_cases c ON c.id = h.case_id WHERE c.state <> 'handed_over'"
    ).fetchone()
    bad = int(row[0])
    return SelftestResult("handover.cases", bad == 0, "error",
                          "" if bad == 0 else f"{bad} handover record(s) with a case not handed over")  # fmt: skip


def overdue_disposals(ctx: Context) -> SelftestResult:
    """Unclaimed cards past their disposal date are a reminder for the supervisor, not an error."""
    from desktop.jobs.handover.store.unclaimed import due_for_disposal

    due = len(due_for_disposal(ctx))
    return SelftestResult("handover.unclaimed_due", due == 0, "warning",
                          "" if due == 0 else f"{due} unclaimed card(s) due for disposal")  # fmt: skip


SELFTEST: tuple[Callable[[Context], SelftestResult], ...] = (
    disposal_rule_readable,
    handed_over_cases_match,
    overdue_disposals,
)
