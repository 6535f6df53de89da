"""Selftest checks of the assistance job (run by the kernel's selftest through the registry)."""

from __future__ import annotations

from collections.abc import Callable

from desktop.jobs.registry import SelftestResult
from desktop.store.context import Context


def tablets_set_up(ctx: Context) -> SelftestResult:
    """Online applications need the office's tablets (each with its own mail address)."""
    from desktop.store.office import load_profile

    profile = load_profile(ctx)
    ok = profile is not None and bool(profile.tablets)
    return SelftestResult("assist.tablets", ok, "warning", "" if ok else "no tablet in the office profile")


def applied_cases_match(ctx: Context) -> SelftestResult:
    """Every finished application's card case has left 受付中 / 中断 (a case moved back by hand breaks counts)."""
    row = ctx.db.conn.execute(
        "SELECT count(*) FROM assist_records r JOIN card_cases c ON c.id = r.case_id "
        "WHERE r.status = 'done' AND c.state IN ('received', 'suspended')"
    ).fetchone()
    bad = int(row[0])
    return SelftestResult("assist.cases", bad == 0, "error",
                          "" if bad == 0 else f"{bad} finished application(s) with a case not applied")  # fmt: skip


def left_open(ctx: Context) -> SelftestResult:
    """Applications left in progress on an earlier day: finish or suspend them (a reminder, not an error)."""
    row = ctx.db.conn.execute(
        "SELECT count(*) FROM assist_records WHERE status = 'open' AND business_date < ?",
        (ctx.clock.today().isoformat(),),
    ).fetchone()
    n = int(row[0])
    return SelftestResult("assist.left_open", n == 0, "warning",
                          "" if n == 0 else f"{n} application(s) left in progress on an earlier day")  # fmt: skip


SELFTEST: tuple[Callable[[Context], SelftestResult], ...] = (tablets_set_up, applied_cases_match, left_open)
