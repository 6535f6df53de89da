"""The reports job (集計): monthly count sheets, the 交付円滑化計画 follow-up table, exports, a dashboard.

- Monthly count sheet (月次集計表): per count kind, a calendar of the month (a row per week, a column
  per weekday 月〜日, week totals, the month's total, closed days marked); and every kind per day.
- The 交付円滑化計画 follow-up table of a fiscal year (April–March), from the count events, the dated
  settings, the calendar's weekend sessions and an opening balance of the cumulative count.
- Exports as PDF (A4 landscape), XLSX and CSV (UTF-8 with BOM or CP932); `madoguchi report …`.
- A dashboard for supervisors: the cumulative rate against the target band, the daily load, minutes
  per assisted application, the no-show rate, outstanding mailings and unclaimed cards.

Reports read only the kernel (events, dated settings, the calendar, card cases, the office profile),
so they work whichever jobs have landed. No tables of its own: its one setting (the opening balance)
lives in the settings table.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.staff import Role
from desktop.jobs.registry import Job, Registry, SelftestResult
from desktop.store.context import Context


def _page(shell: Any) -> Any:
    from desktop.jobs.reports.ui.page import ReportsPage

    return ReportsPage(shell)


def _settings_page(shell: Any) -> Any:
    from desktop.jobs.reports.ui.settings_page import ReportsSettingsPage

    return ReportsSettingsPage(shell)


_settings_page.min_role = Role.SUPERVISOR  # type: ignore[attr-defined]


def _cli(sub: Any) -> None:
    from desktop.jobs.reports.cli import add_subcommands

    add_subcommands(sub)


def _demo(ctx: Context, rng: Any, start: date, end: date) -> None:
    from desktop.jobs.reports.demo import generate

    generate(ctx, rng, start, end)


def _check_opening_balance(ctx: Context) -> SelftestResult:
    from desktop.jobs.reports.store import load_opening_balance

    return SelftestResult(
        QT_TRANSLATE_NOOP("Selftest", "The opening balance of the cumulative card count is set"),
        load_opening_balance(ctx) is not None,
        "warning",
    )


def _check_plan_settings(ctx: Context) -> SelftestResult:
    from desktop.store.office import population_on, staffing_on, target_rate_on, terminals_in_service_on

    today = ctx.clock.today()
    missing = [
        name
        for name, value in (
            ("population", population_on(ctx, today)),
            ("staffing", staffing_on(ctx, today)),
            ("terminals_in_service", terminals_in_service_on(ctx, today)),
            ("target_rate", target_rate_on(ctx, today)),
        )
        if value is None
    ]
    return SelftestResult(
        QT_TRANSLATE_NOOP("Selftest", "This month's figures for the issuance plan follow-up are set"),
        not missing,
        "warning",
        ", ".join(missing),
    )


def register(reg: Registry) -> None:
    reg.add(
        Job(
            key="reports",
            title=QT_TRANSLATE_NOOP("Jobs", "Reports"),
            order=90,
            min_role=Role.COUNTER,
            page=_page,
            settings_pages=[(QT_TRANSLATE_NOOP("Settings", "Reports"), _settings_page)],
            cli=_cli,
            demo=_demo,
            selftest=[_check_opening_balance, _check_plan_settings],
        )
    )
