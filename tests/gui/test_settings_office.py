"""Settings pages of the office model: OfficePage loads and saves, and refuses a bad local government
code; CalendarPage shows a month and adds an override; DatedSettingsPage adds a value."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from desktop.core.office import Tablet, default_profile
from desktop.store import calendar as cal
from desktop.store.context import Context
from desktop.store.office import load_profile, population_on, save_profile
from desktop.tasks import SyncTaskRunner
from desktop.tasks.prompt import ScriptedPrompter
from desktop.ui.settings.calendar import CalendarPage
from desktop.ui.settings.dated import DatedSettingsPage
from desktop.ui.settings.office import OfficePage


@dataclass
class Shell:
    ctx: Context
    prompter: ScriptedPrompter = field(default_factory=ScriptedPrompter)
    tasks: SyncTaskRunner = field(init=False)

    def __post_init__(self) -> None:
        self.tasks = SyncTaskRunner(self.prompter)


def cell(table: QTableWidget, row: int, col: int) -> QTableWidgetItem:
    item = table.item(row, col)
    assert item is not None
    return item


@pytest.fixture
def shell(ctx: Context) -> Shell:
    return Shell(ctx)


def test_office_page_first_run_then_save(qtbot: QtBot, shell: Shell) -> None:
    page = OfficePage(shell)
    qtbot.addWidget(page)
    page.load()
    assert page.department.text() == "市民課"
    assert page.counters.values() == ["窓口1"]
    page.municipality.setText("みどり市")
    QTest.keyClicks(page.local_gov_code, "131016")
    page.counters.add_item()
    page.tablets.add_row()
    cell(page.tablets.table, 0, 1).setText("tablet1@city.midori.example.jp")
    thursday, saturday = page.hours_editor.rows[3], page.hours_editor.rows[5]
    thursday[2].setTime(QTime(19, 0))
    saturday[0].setChecked(True)
    saturday[1].setTime(QTime(9, 0))
    saturday[2].setTime(QTime(12, 0))
    with qtbot.waitSignal(page.saved):
        page.save()
    assert shell.prompter.asked == []
    saved = load_profile(shell.ctx)
    assert saved is not None
    assert saved.municipality == "みどり市" and saved.local_gov_code == "131016"
    assert saved.counters == ["窓口1", "窓口2"]
    assert saved.tablets == [Tablet("1", "tablet1@city.midori.example.jp")]
    assert saved.hours[3] == (time(8, 30), time(19, 0))
    assert saved.hours[5] == (time(9, 0), time(12, 0)) and saved.hours[6] is None


def test_office_page_loads_saved_profile(qtbot: QtBot, shell: Shell) -> None:
    profile = default_profile()
    profile.municipality = "みどり市"
    profile.local_gov_code = "271004"
    profile.terminals = ["統合端末1", "統合端末2", "統合端末3"]
    save_profile(shell.ctx, profile)
    page = OfficePage(shell)
    qtbot.addWidget(page)
    page.load()
    assert page.local_gov_code.text() == "271004"
    assert page.terminals.values() == ["統合端末1", "統合端末2", "統合端末3"]
    assert page.profile() == profile


def test_office_page_refuses_bad_local_gov_code(qtbot: QtBot, shell: Shell) -> None:
    page = OfficePage(shell)
    qtbot.addWidget(page)
    page.load()
    page.municipality.setText("みどり市")
    QTest.keyClicks(page.local_gov_code, "131017")
    page.save()
    errors = shell.prompter.texts("error")
    assert len(errors) == 1 and "local government code" in errors[0]
    assert load_profile(shell.ctx) is None
    assert "Not saved" in page.status.text()
    assert "local government code" in page.error.text() and not page.error.isHidden()


def test_pages_fit_a_laptop_screen(qtbot: QtBot, shell: Shell) -> None:
    for page_class in (OfficePage, CalendarPage, DatedSettingsPage):
        page = page_class(shell)
        qtbot.addWidget(page)
        page.load()
        hint = page.minimumSizeHint()
        assert hint.width() <= 1100 and hint.height() <= 600, (page_class.__name__, hint)
        assert page.min_role.key == "admin"
        assert page.title()


def test_calendar_page_month_and_override(qtbot: QtBot, shell: Shell) -> None:
    page = CalendarPage(shell)
    qtbot.addWidget(page)
    page.load()  # the fixed clock says 2026-11-24
    assert page.days_table.rowCount() == 30
    assert page.start_month.value() == 12 and page.end_day.value() == 3
    page.month.setDate(QDate(2026, 5, 1))
    row6 = [cell(page.days_table, 5, c).text() for c in range(5)]
    assert row6[0].startswith("2026-05-06") and row6[1] == "Closed" and "振替休日" in row6[3]
    page.override_date.setDate(QDate(2026, 5, 7))
    page.override_open.setCurrentIndex(0)  # closed
    page.override_reason.setText("庁舎停電")
    page.add_override_button.click()
    assert page.overrides_table.rowCount() == 1
    assert cell(page.days_table, 6, 3).text() == "庁舎停電"
    assert not cal.is_open(shell.ctx, date(2026, 5, 7))
    page.overrides_table.selectRow(0)
    page.remove_override_button.click()
    assert page.overrides_table.rowCount() == 0 and cal.is_open(shell.ctx, date(2026, 5, 7))
    page.end_day.setValue(4)
    with qtbot.waitSignal(page.saved):
        page.save()
    assert not cal.is_open(shell.ctx, date(2027, 1, 4))
    page.start_month.setValue(2)
    page.start_day.setValue(31)
    page.save()
    assert len(shell.prompter.texts("error")) == 1


def test_dated_page_adds_population(qtbot: QtBot, shell: Shell) -> None:
    page = DatedSettingsPage(shell)
    qtbot.addWidget(page)
    page.load()
    tab = page.tabs["population"]
    assert tab.table.rowCount() == 0
    tab.valid_from.setValue(2026)  # type: ignore[union-attr]
    tab.inputs["value"].setValue(63723)
    tab.add_button.click()
    assert tab.table.rowCount() == 1 and cell(tab.table, 0, 1).text() == "63,723"
    assert population_on(shell.ctx, date(2026, 8, 1)) == 63723
    rate = page.tabs["target_rate"]
    rate.inputs["lower"].setValue(80)
    rate.inputs["upper"].setValue(70)
    rate.add_button.click()
    assert rate.table.rowCount() == 0
    assert any("lower target rate" in t for t in shell.prompter.texts("error"))
    tab.table.selectRow(0)
    shell.prompter.answers.append(True)
    tab.remove_button.click()
    assert tab.table.rowCount() == 0 and population_on(shell.ctx, date(2026, 8, 1)) is None
