"""集計 › Count corrections offscreen: supervisors only; a day's entries with staff and netted state;
select, reason, confirm → cancelled and the month drops by one; no confirmation → nothing; a refusal
shows inline; each Alt key does one thing on the tab."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.core.clock import FixedClock
from desktop.core.office import OfficeProfile
from desktop.jobs.reports.ui.page import ReportsPage
from desktop.store import events as ev
from desktop.store.context import Context
from desktop.tasks.prompt import ScriptedPrompter
from tests.jobs.reports.kit import at, record

NOV24 = date(2026, 11, 24)
MONTH = (date(2026, 11, 1), date(2026, 11, 30))


def fill(counter_ctx: Context, clock: FixedClock) -> list[str]:
    ids = record(counter_ctx, clock, "handover", NOV24, hour=9, minute=5, n=2)
    ids += record(counter_ctx, clock, "assist", NOV24, hour=11, minute=40, value=25)
    record(counter_ctx, clock, "handover", date(2026, 11, 20), hour=9)
    at(clock, NOV24, 16)
    return ids


def open_tab(qtbot: QtBot, make_shell: Callable[..., Any], ctx: Context) -> Any:
    page = ReportsPage(make_shell(ctx))
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.corrections)
    return page


def cells(tab: Any, row: int) -> list[str]:
    return [tab.table.item(row, c).text() for c in range(tab.table.columnCount())]


def test_only_supervisors_get_the_tab(qtbot: QtBot, make_shell: Callable[..., Any], counter_ctx: Context,
                                      office: OfficeProfile) -> None:  # fmt: skip
    page = ReportsPage(make_shell(counter_ctx))
    qtbot.addWidget(page)
    assert page.corrections is None
    assert "Count c&orrections" not in [page.tabs.tabText(i) for i in range(page.tabs.count())]


def test_cancel_a_count_after_confirming(qtbot: QtBot, make_shell: Callable[..., Any], counter_ctx: Context,
                                         supervisor_ctx: Context, clock: FixedClock, office: OfficeProfile,
                                         prompter: ScriptedPrompter) -> None:  # fmt: skip
    ids = fill(counter_ctx, clock)
    page = open_tab(qtbot, make_shell, supervisor_ctx)
    tab = page.corrections
    assert tab.selected_day() == NOV24
    assert tab.table.rowCount() == 3
    assert cells(tab, 0) == ["09:05", "Cards handed over", "窓口 一郎", "", "Counted"]
    assert cells(tab, 2) == ["11:40", "Application support", "窓口 一郎", "25", "Counted"]
    assert tab.summary.text() == "3 counted, 0 cancelled"
    assert not tab.cancel_button.isEnabled()

    tab.table.selectRow(1)
    assert not tab.cancel_button.isEnabled()  # no reason yet
    qtbot.keyClicks(tab.reason, "entered twice")
    assert tab.cancel_button.isEnabled()

    prompter.answers = [False]  # the supervisor says no
    tab.cancel_button.click()
    assert len(prompter.texts("ask")) == 1 and "entered twice" in prompter.texts("ask")[0]
    assert ev.counts(supervisor_ctx, *MONTH, ["handover"])[("handover", NOV24)] == 2
    assert cells(tab, 1)[4] == "Counted"

    prompter.answers = [True]
    tab.cancel_button.click()
    assert ev.counts(supervisor_ctx, *MONTH, ["handover"])[("handover", NOV24)] == 1
    assert ev.get_event(supervisor_ctx, ids[1]).id == ids[1]  # nothing deleted
    assert cells(tab, 1)[4] == "Cancelled by 監督 花子: entered twice"
    assert tab.summary.text() == "2 counted, 1 cancelled"
    assert tab.reason.text() == "" and tab.status.text() == "The count was cancelled."
    assert tab.selected_entry() is not None and tab.selected_entry().event.id == ids[1]
    tab.reason.setText("again")
    assert not tab.cancel_button.isEnabled()  # a cancelled entry is not offered again
    assert not prompter.texts("error")


def test_a_refusal_shows_inline(qtbot: QtBot, make_shell: Callable[..., Any], counter_ctx: Context,
                                supervisor_ctx: Context, clock: FixedClock, office: OfficeProfile,
                                prompter: ScriptedPrompter) -> None:  # fmt: skip
    ids = fill(counter_ctx, clock)
    page = open_tab(qtbot, make_shell, supervisor_ctx)
    tab = page.corrections
    tab.table.selectRow(0)
    tab.reason.setText("counted on the wrong day")
    ev.correct_count(supervisor_ctx, ids[0], "someone else was quicker")
    prompter.answers = [True]
    tab.reason.returnPressed.emit()  # Enter in the reason does the same as the button
    assert tab.error.isVisibleTo(tab) and "already cancelled" in tab.error.text()
    assert not prompter.texts("error")

    tab.reason.setText("番号 123456789012 を誤入力")
    tab.table.selectRow(1)
    prompter.answers = [True]
    tab.cancel_selected()
    assert "Individual Number" in tab.error.text()
    assert ev.counts(supervisor_ctx, *MONTH, ["handover"])[("handover", NOV24)] == 1


def test_day_and_kind_filters(qtbot: QtBot, make_shell: Callable[..., Any], counter_ctx: Context,
                              supervisor_ctx: Context, clock: FixedClock, office: OfficeProfile) -> None:
    fill(counter_ctx, clock)
    page = open_tab(qtbot, make_shell, supervisor_ctx)
    tab = page.corrections
    tab.kind.setCurrentIndex(tab.kind.findData("assist"))
    assert tab.table.rowCount() == 1 and cells(tab, 0)[1] == "Application support"
    tab.kind.setCurrentIndex(tab.kind.findData(""))
    tab.step(-4)
    assert tab.selected_day() == date(2026, 11, 20)
    assert tab.table.rowCount() == 1 and cells(tab, 0)[0] == "09:00"
    tab.step(-1)
    assert tab.table.rowCount() == 0 and tab.summary.text() == "0 counted, 0 cancelled"


def test_each_alt_key_does_one_thing_on_the_tab(qtbot: QtBot, make_shell: Callable[..., Any],
                                                supervisor_ctx: Context, office: OfficeProfile) -> None:
    from tests.kit.qt import clashing_mnemonics

    page = open_tab(qtbot, make_shell, supervisor_ctx)
    page.show()
    assert page.tabs.currentWidget() is page.corrections
    assert clashing_mnemonics(page) == {}
