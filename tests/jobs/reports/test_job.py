"""The job's registration, its selftest checks, and the sheets of the demo office."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop import demo
from desktop.core.office import OfficeProfile, Staffing, TargetRate
from desktop.core.staff import Role
from desktop.jobs import registry
from desktop.jobs.reports import service
from desktop.jobs.reports.demo import DEMO_OPENING_BALANCE
from desktop.jobs.reports.domain.figures import Mark
from desktop.jobs.reports.domain.periods import FiscalYear, Month
from desktop.jobs.reports.domain.plan import OpeningBalance
from desktop.jobs.reports.store import load_opening_balance, save_opening_balance
from desktop.store.context import Context
from desktop.store.office import (
    counters_open_on,
    set_population,
    set_staffing,
    set_target_rate,
    set_terminals_in_service,
)
from desktop.store.open import open_office
from tests.jobs.reports.kit import recount

TODAY = date(2026, 11, 24)


def test_registration() -> None:
    (job,) = registry.load(("reports",)).jobs()
    assert (job.key, job.title, job.min_role) == ("reports", "Reports", Role.COUNTER)
    assert job.migrations is None  # no tables of its own
    assert job.page is not None and job.cli is not None and job.demo is not None
    (_title, factory), = job.settings_pages
    assert factory.min_role == Role.SUPERVISOR  # type: ignore[attr-defined]
    assert len(job.selftest) == 2


def test_selftest(ctx: Context, office: OfficeProfile) -> None:
    (job,) = registry.load(("reports",)).jobs()
    opening, plan = job.selftest
    assert not opening(ctx).ok
    assert not plan(ctx).ok and "population" in plan(ctx).detail
    save_opening_balance(ctx, OpeningBalance(date(2026, 4, 1), 1))
    set_population(ctx, 2026, 1000)
    set_staffing(ctx, 2026, 11, Staffing(1, 1))
    set_terminals_in_service(ctx, 2026, 11, 1)
    set_target_rate(ctx, 2026, 11, TargetRate(1, 2))
    assert opening(ctx).ok and plan(ctx).ok


def test_demo_office_sheets(tmp_path: Path) -> None:
    demo.generate(tmp_path / "demo", 3, today=TODAY)
    ctx = open_office(tmp_path / "demo")
    try:
        start = date.fromordinal(TODAY.toordinal() - demo.DEMO_DAYS)
        assert load_opening_balance(ctx) == OpeningBalance(start, DEMO_OPENING_BALANCE)
        counted = recount(ctx)
        sheet = service.monthly_sheet(ctx, Month(2026, 10), "checkin")
        assert sheet.total == sum(n for (k, d), n in counted.items() if k == "checkin" and d.month == 10)
        assert sheet.total > 100
        for w in sheet.weeks:
            for c in w.cells:
                if c is not None and c.closed:
                    assert c.count == 0, c.day  # the demo's counter works only on open days
        table = service.plan_table(ctx, FiscalYear(2026))
        assert table.value("cumulative", Month(2026, 10)) == DEMO_OPENING_BALANCE + sum(
            n for (k, d), n in counted.items() if k in ("handover", "mail_delivered") and start <= d < date(2026, 11, 1)
        )
        assert isinstance(table.value("rate", Month(2026, 10)), float)
        assert table.value("staff_regular", Month(2026, 10)) == 3
        assert table.value("counters", Month(2026, 10)) == 2
        assert counters_open_on(ctx, start.replace(day=1)) == 2  # dated from the demo's first month
        assert table.value("weekend_sessions", Month(2026, 10)) == 2  # 第2土曜 and 最終日曜
        assert table.value("cumulative", Month(2026, 4)) is Mark.NO_RECORD  # before the demo began
        assert table.value("issued", Month(2026, 7)) is Mark.NO_RECORD
        data = service.dashboard(ctx)
        assert data.checkins > 0 and data.no_show_rate is not None
    finally:
        ctx.db.close()
