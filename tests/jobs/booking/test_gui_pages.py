"""GUI: finding a booking and changing it (audited view, cancel with a reason, move), the week and month
views, the call lists (print audited, CSV export by supervisors), the settings and session-rule pages,
the today panel and the page's tabs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from pytestqt.qtbot import QtBot

from desktop.core.staff import Role
from desktop.jobs.booking.domain.settings import BookingSettings
from desktop.jobs.booking.store import rules as rules_store
from desktop.jobs.booking.store.bookings import create_booking, history, peek_booking
from desktop.jobs.booking.store.settings import capacity_rows, load_settings
from desktop.jobs.booking.ui.call_list import CallListTab
from desktop.jobs.booking.ui.page import BookingPage
from desktop.jobs.booking.ui.rules_page import SessionRulesPage
from desktop.jobs.booking.ui.search import SearchTab
from desktop.jobs.booking.ui.settings_page import BookingSettingsPage
from desktop.jobs.booking.ui.today_panel import BookingTodayPanel
from desktop.jobs.booking.ui.views import FullnessView
from desktop.store.context import Context
from desktop.tasks.prompt import ScriptedPrompter

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
Shell = Callable[..., Any]


@pytest.fixture
def booked(office: Context, resident: Callable[..., str]) -> str:
    people = [resident("青木 一郎", "アオキ イチロウ", date(1970, 1, 2)), resident("青木 花子", "アオキ ハナコ")]
    create_booking(office, "assist", date(2026, 11, 25), time(10), [resident("上田 修", "ウエダ オサム")])
    return create_booking(office, "handover", date(2026, 11, 25), time(9), people, reservation_number="ABC123456").id


def test_find_by_kana_open_and_cancel_with_a_reason(qtbot: QtBot, staff: dict[Role, Context], make_shell: Shell,
                                                    office: Context, booked: str) -> None:  # fmt: skip
    tab = SearchTab(make_shell(staff[Role.COUNTER]))
    qtbot.addWidget(tab)
    tab.query.setText("あおき")
    tab.search()
    assert tab.results.rowCount() == 1 and tab.results.item(0, 2).text() == "青木 一郎 / 青木 花子"
    tab.open_selected()
    views = office.db.conn.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'view' AND entity = 'booking' "
                                   "AND entity_id = ?", (booked,)).fetchone()[0]  # fmt: skip
    assert views == 1
    tab.detail.cancel(None)
    assert "reason" in tab.detail.error.text()  # tomorrow: past the cancellation deadline
    tab.detail.reason.setText("本人より電話")
    tab.detail.cancel(None)
    assert not peek_booking(office, booked).active
    assert history(office, booked)[-1].reason == "本人より電話"


def test_find_by_reservation_number_needs_the_birth_date(qtbot: QtBot, staff: dict[Role, Context],
                                                         make_shell: Shell, booked: str) -> None:  # fmt: skip
    tab = SearchTab(make_shell(staff[Role.COUNTER]))
    qtbot.addWidget(tab)
    tab.query.setText("abc123456")
    tab.search()
    assert tab.error.text() and tab.results.rowCount() == 0
    tab.birth.setText("S45.1.2")
    tab.search()
    assert tab.results.rowCount() == 1


def test_move_a_booking_to_another_day(qtbot: QtBot, staff: dict[Role, Context], make_shell: Shell,
                                       office: Context, booked: str) -> None:  # fmt: skip
    tab = SearchTab(make_shell(staff[Role.COUNTER]))
    qtbot.addWidget(tab)
    tab.open_day(date(2026, 11, 25))
    assert tab.results.rowCount() == 2
    tab.detail.open_booking(booked)
    tab.detail.reason.setText("都合が悪くなった")
    tab.detail.move_day.setDate(tab.detail.move_day.date().addDays(2))
    tab.detail.move_slots.setCurrentRow(3)
    tab.detail.move_booking()
    moved = peek_booking(office, booked)
    assert (moved.day, moved.start) == (date(2026, 11, 27), time(10))
    assert "→" in tab.detail.history.item(1).text()


def test_month_and_week_views_show_seats_taken(qtbot: QtBot, staff: dict[Role, Context], make_shell: Shell,
                                               booked: str) -> None:  # fmt: skip
    view = FullnessView(make_shell(staff[Role.COUNTER]))
    qtbot.addWidget(view)
    days = {view.table.item(r, c).data(Qt.ItemDataRole.UserRole): view.table.item(r, c).text()
            for r in range(6) for c in range(7)}  # fmt: skip
    assert "2/51" in days[date(2026, 11, 25)] and "1/70" in days[date(2026, 11, 25)]
    assert "closed" in days[date(2026, 11, 28)]
    view.mode.setCurrentIndex(1)
    assert view.table.columnCount() == 7 and "2/51" in view.table.horizontalHeaderItem(2).text()
    chosen: list[date] = []
    view.daySelected.connect(chosen.append)
    view.table.activated.emit(view.table.model().index(1, 2))
    assert chosen == [date(2026, 11, 25)]


def test_call_list_print_is_audited_and_export_is_for_supervisors(
    qtbot: QtBot, staff: dict[Role, Context], make_shell: Shell, prompter: ScriptedPrompter, office: Context,
    booked: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    counter_tab = CallListTab(make_shell(staff[Role.COUNTER]))
    qtbot.addWidget(counter_tab)
    assert counter_tab.table.rowCount() == 2 and not counter_tab.export_button.isVisibleTo(counter_tab)
    monkeypatch.setattr(CallListTab, "_preview", lambda self, doc, rows: (self._audit(rows, "print"),
                                                                            setattr(self, "doc", doc)))  # fmt: skip
    counter_tab.print_list()
    from tests.kit.pdf import pdf_text

    assert "上田 修" in pdf_text(counter_tab.doc.pdf)  # type: ignore[attr-defined]
    prints = office.db.conn.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'print'").fetchone()[0]
    assert prints == 2
    supervisor_tab = CallListTab(make_shell(staff[Role.SUPERVISOR]))
    qtbot.addWidget(supervisor_tab)
    out = tmp_path / "calls.csv"
    prompter.answers.append(str(out))
    supervisor_tab.export_csv()
    assert "青木 一郎 / 青木 花子" in out.read_bytes().decode("utf-8-sig")
    exports = office.db.conn.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'export'").fetchone()[0]
    assert exports == 2


def test_settings_page_saves_rules_and_capacity(qtbot: QtBot, staff: dict[Role, Context], make_shell: Shell,
                                                office: Context) -> None:  # fmt: skip
    page = BookingSettingsPage(make_shell(staff[Role.ADMIN]))
    qtbot.addWidget(page)
    page.load()
    assert page.open_days.value() == 45 and page.service_boxes["assist"].currentData() == "desk"
    page.open_days.setValue(31)
    page.cancel_days.setValue(3)
    page.slot_boxes["desk"].setCurrentIndex(page.slot_boxes["desk"].findData(20))
    page.save()
    assert load_settings(office) == BookingSettings(open_days_ahead=31, cancel_days_before=3,
                                                    slot_minutes={"terminal": 30, "desk": 20})  # fmt: skip
    page.capacity_units.setValue(2)
    page.add_capacity()
    assert capacity_rows(office, "terminal") == [(date(2026, 11, 24), 2)]
    page.capacity_table.selectRow(0)
    page.remove_capacity()
    assert capacity_rows(office, "terminal") == []


def test_rules_page_adds_and_removes_a_rule(qtbot: QtBot, staff: dict[Role, Context], make_shell: Shell,
                                            prompter: ScriptedPrompter, office: Context, booked: str) -> None:  # fmt: skip
    page = SessionRulesPage(make_shell(staff[Role.ADMIN]))
    qtbot.addWidget(page)
    page.load()
    page.kind.setCurrentIndex(page.kind.findData("nth_weekday"))
    page.weekdays[5].setChecked(True)
    page.nth.setValue(2)
    page.except_months.setText("4")
    page.label.setText("第2土曜 休日開庁")
    page.add()
    assert page.table.rowCount() == 1 and "except months 4" in page.table.item(0, 0).text()
    page.kind.setCurrentIndex(page.kind.findData("closure"))
    page.day.setDate(page.day.date().addDays(1))
    page.add()
    assert prompter.texts("warn") and "2 bookings" in prompter.texts("warn")[0]
    assert len(rules_store.list_rules(office)) == 2
    page.table.selectRow(0)
    page.remove()
    assert len(rules_store.list_rules(office)) == 1


def test_today_panel_and_page_tabs(qtbot: QtBot, staff: dict[Role, Context], make_shell: Shell, booked: str) -> None:
    shell = make_shell(staff[Role.COUNTER])
    panel = BookingTodayPanel(shell)
    qtbot.addWidget(panel)
    assert "Next free handover slot" in panel.summary.text()
    page = BookingPage(shell)
    qtbot.addWidget(page)
    page.show()
    # the offscreen platform does not map Alt+digit key events to shortcuts: trigger the shortcut itself
    (alt3,) = [s for s in page.findChildren(QShortcut) if s.key() == QKeySequence("Alt+3")]
    alt3.activated.emit()
    assert page.tabs.currentWidget() is page.search
    page.show_board()
    assert page.tabs.currentWidget() is page.board
    page.book_on(date(2026, 12, 1))
    assert page.tabs.currentWidget() is page.book and page.book.day() == date(2026, 12, 1)
