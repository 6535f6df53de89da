"""The 集計 page offscreen: the sheet on screen, saving XLSX/CSV through the prompt seam (audited), the
print preview, the follow-up table, the dashboard (supervisors only) and the settings page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import Any

import openpyxl
from pytestqt.qtbot import QtBot

from desktop.core.clock import FixedClock
from desktop.core.office import OfficeProfile, TargetRate
from desktop.jobs.reports.domain.periods import FiscalYear, Month
from desktop.jobs.reports.domain.plan import OpeningBalance
from desktop.jobs.reports.store import load_opening_balance, save_opening_balance
from desktop.jobs.reports.ui.page import ReportsPage
from desktop.jobs.reports.ui.settings_page import ReportsSettingsPage
from desktop.store.calendar import add_session
from desktop.store.context import Context
from desktop.store.office import set_population, set_target_rate
from desktop.tasks.prompt import ScriptedPrompter
from tests.jobs.reports.kit import at, record


def fill(ctx: Context, clock: FixedClock) -> None:
    record(ctx, clock, "handover", date(2026, 11, 2), n=4)
    record(ctx, clock, "handover", date(2026, 11, 16), n=2)
    record(ctx, clock, "assist", date(2026, 11, 16), n=3, value=6)
    record(ctx, clock, "checkin", date(2026, 11, 16), n=9)
    record(ctx, clock, "no_show", date(2026, 11, 16), n=1)
    add_session(ctx, date(2026, 11, 14), "weekend", time(9), time(12))
    at(clock, date(2026, 11, 24), 10)


def audits(ctx: Context) -> list[tuple[str, str]]:
    rows = ctx.db.conn.execute("SELECT action, detail FROM audit_log WHERE entity = 'report' ORDER BY seq")
    return [(str(a), str(d)) for a, d in rows]


def test_monthly_tab_shows_and_saves(qtbot: QtBot, make_shell: Callable[..., Any], counter_ctx: Context,
                                     clock: FixedClock, office: OfficeProfile, prompter: ScriptedPrompter,
                                     tmp_path: Path) -> None:
    fill(counter_ctx, clock)
    page = ReportsPage(make_shell(counter_ctx))
    qtbot.addWidget(page)
    assert page.dashboard is None  # counters see no dashboard
    assert page.tabs.count() == 2
    tab = page.monthly
    assert tab.loaded is not None and tab.kind.currentData() == "handover"
    assert tab.wareki.text() == "令和8年11月"
    assert "Cards handed over" in tab.title_label.text()
    view = tab.view
    assert view.rowCount() == 2 * 6 + 1
    assert view.cell_text(3, 0) == "4"  # week 2, Monday the 2nd
    assert view.cell_text(view.rowCount() - 1, view.columnCount() - 1) == "6"
    assert tab.xlsx_button.isEnabled()

    out = tmp_path / "sheet"
    prompter.answers = [str(out)]
    tab.save("xlsx")
    saved = tmp_path / "sheet.xlsx"
    assert saved.exists() and "sheet.xlsx" in tab.status.text()
    values = [v for r in openpyxl.load_workbook(saved).active.iter_rows(values_only=True) for v in r]
    assert "Month total" in values and 6 in values

    tab.encoding.setCurrentIndex(tab.encoding.findData("cp932"))
    prompter.answers = [str(tmp_path / "sheet.csv")]
    tab.save("csv")
    assert "Month total" in (tmp_path / "sheet.csv").read_bytes().decode("cp932")
    prompter.answers = []
    tab.save("csv")  # cancelled: nothing written, nothing audited
    assert audits(counter_ctx) == [("export", "monthly 2026-11 handover xlsx"),
                                   ("export", "monthly 2026-11 handover csv cp932")]

    tab.kind.setCurrentIndex(tab.kind.findData(""))
    assert "all counts" in tab.title_label.text()
    assert view.columnCount() == 30 + 1
    assert view.horizontalHeaderItem(0).text() == "1\n日"

    tab.step(-1)
    assert tab.loaded.grid.meta[1] == Month(2026, 10).label
    assert not prompter.texts("error")


def test_print_preview_opens_and_a_saved_pdf_is_audited(qtbot: QtBot, make_shell: Callable[..., Any],
                                                        counter_ctx: Context, clock: FixedClock,
                                                        office: OfficeProfile, prompter: ScriptedPrompter,
                                                        tmp_path: Path) -> None:
    fill(counter_ctx, clock)
    page = ReportsPage(make_shell(counter_ctx))
    qtbot.addWidget(page)
    page.monthly.open_preview()
    dialog = page.monthly.preview
    assert dialog is not None and dialog.document.page_count == 1
    prompter.answers = [str(tmp_path / "sheet.pdf")]
    dialog.save_pdf()
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    assert audits(counter_ctx)[-1] == ("export", "monthly 2026-11 handover pdf")
    dialog.reject()


def test_plan_tab(qtbot: QtBot, make_shell: Callable[..., Any], counter_ctx: Context, clock: FixedClock,
                  office: OfficeProfile) -> None:
    fill(counter_ctx, clock)
    page = ReportsPage(make_shell(counter_ctx))
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.plan)
    tab = page.plan
    assert tab.loaded is not None
    assert tab.year.currentData() == 2026
    view = tab.view
    assert view.verticalHeaderItem(0).text() == "Cards issued  cards"
    assert view.cell_text(0, 7) == "6"  # November
    assert view.cell_text(0, 8) == ""  # December: still to come
    assert view.cell_text(1, 7) == "Not set"  # no opening balance
    tab.step(-1)
    assert tab.loaded.grid.meta[1] == FiscalYear(2025).label


def test_dashboard_for_supervisors(qtbot: QtBot, make_shell: Callable[..., Any], supervisor_ctx: Context,
                                   clock: FixedClock, office: OfficeProfile) -> None:
    fill(supervisor_ctx, clock)
    save_opening_balance(supervisor_ctx, OpeningBalance(date(2026, 4, 1), 40_000))
    set_population(supervisor_ctx, 2026, 63_723)
    for m in range(4, 13):
        set_target_rate(supervisor_ctx, 2026, m, TargetRate(60.0, 70.0))
    page = ReportsPage(make_shell(supervisor_ctx))
    qtbot.addWidget(page)
    assert page.dashboard is not None
    page.tabs.setCurrentWidget(page.dashboard)
    data = page.dashboard.data
    assert data is not None
    assert data.average_minutes == 6.0
    assert (data.no_shows, data.checkins, data.no_show_rate) == (1, 9, 10.0)
    assert "6.0" in page.dashboard.minutes.value.text()
    assert page.dashboard.no_show.value.text() == "10.0 %"
    rate_chart = page.dashboard.rate_view.chart()
    assert [s.name() for s in rate_chart.series()] == ["National target band", "Cumulative issue rate"]
    line = rate_chart.series()[1]
    assert line.count() == 8  # April..November
    assert line.at(7).y() == data.plan.value("rate", Month(2026, 11))
    load = page.dashboard.load_view.chart()
    assert [s.name() for s in load.series()][-1] == "Check-ins"
    page.refresh()  # F5 reloads the tab in front
    assert page.dashboard.data is not None


def test_settings_page(qtbot: QtBot, make_shell: Callable[..., Any], supervisor_ctx: Context,
                       office: OfficeProfile) -> None:
    page = ReportsSettingsPage(make_shell(supervisor_ctx))
    qtbot.addWidget(page)
    page.load()
    assert not page.enabled.isChecked() and not page.count.isEnabled()
    page.enabled.setChecked(True)
    page.since.setDate(page.since.date().addMonths(-7))
    page.count.setValue(41_250)
    page.save()
    assert load_opening_balance(supervisor_ctx) == OpeningBalance(date(2026, 4, 1), 41_250)
    assert page.status.text() == "Saved."
    again = ReportsSettingsPage(make_shell(supervisor_ctx))
    qtbot.addWidget(again)
    again.load()
    assert again.enabled.isChecked() and again.count.value() == 41_250
    again.enabled.setChecked(False)
    again.save()
    assert load_opening_balance(supervisor_ctx) is None


def test_each_alt_key_does_one_thing(qtbot: QtBot, make_shell: Callable[..., Any], supervisor_ctx: Context,
                                     clock: FixedClock, office: OfficeProfile) -> None:  # fmt: skip
    from tests.kit.qt import clashing_mnemonics

    page = ReportsPage(make_shell(supervisor_ctx))
    qtbot.addWidget(page)
    page.show()
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        assert clashing_mnemonics(page) == {}, page.tabs.tabText(index)
