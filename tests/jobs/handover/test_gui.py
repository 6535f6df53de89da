"""The handover screens offscreen (pytest-qt, synchronous tasks, scripted prompts): a booked resident
with the keyboard only (the keystrokes README.md states), a walk-in found by reservation number, a
proxy, walk-in services, unclaimed cards (reminders, returned letter, disposal), settings, today."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core.cases import CaseState
from desktop.core.clock import FixedClock
from desktop.core.visits import VisitState
from desktop.jobs.handover.domain import ProxyProof, ProxyReason
from desktop.jobs.handover.store.handovers import handovers_between
from desktop.jobs.handover.ui.page import HandoverPage
from desktop.store import visits as visit_store
from desktop.store.cases import get_case
from desktop.store.context import Context
from desktop.store.events import counts
from desktop.tasks.prompt import ScriptedPrompter
from tests.jobs.handover.conftest import Resident, jst, make_person

TODAY = date(2026, 11, 24)
STRAIGHTFORWARD_KEYSTROKES = 5  # stated in desktop/jobs/handover/README.md


def typed(edit: QLineEdit, text: str) -> None:
    """Type like an input method commits (kana and kanji cannot be typed key by key)."""
    from PySide6.QtGui import QInputMethodEvent

    edit.clear()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


@pytest.fixture
def page_for(qtbot: QtBot, make_shell: Callable[..., Any]) -> Callable[[Context], HandoverPage]:
    def make(ctx: Context) -> HandoverPage:
        page = HandoverPage(make_shell(ctx))
        qtbot.addWidget(page)
        page.resize(1140, 690)
        return page

    return make


def close_previews(page_part: Any) -> list[str]:
    """Close each print preview the output opened (the next one then opens); the documents' details."""
    output = page_part.output
    while output.dialog is not None:
        output.dialog.reject()
    return [o.detail for o in output.shown]


def test_booked_resident_with_the_keyboard_only(
    qtbot: QtBot, counter_ctx: Context, clock: FixedClock, resident: Callable[..., Resident],
    page_for: Callable[[Context], HandoverPage],
) -> None:  # fmt: skip
    r = resident("𠮷田 太郎", "ヨシダ タロウ", reservation="ABC123456")
    visit_store.check_in(counter_ctx, [r.id], "handover")
    page = page_for(counter_ctx)
    tab = page.handover
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    assert tab.finder.board.rowCount() == 1 and tab.finder.board.item(0, 1).text() == "𠮷田 太郎"
    tab.finder.focus_board()
    keys = 0

    def key(widget: Any, k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        nonlocal keys
        keys += 1
        qtbot.keyClick(widget, k, mod)

    key(tab.finder.board, Qt.Key.Key_Return)  # start the handover of the first in the queue
    checklist = tab.checklist
    assert tab.stack.currentWidget() is checklist
    assert visit_store.visits_on(counter_ctx, TODAY)[0].state is VisitState.SERVING
    assert not checklist.complete_button.isEnabled()
    clock.set(jst(2026, 11, 24, 10, 20))
    key(checklist.picker.list, Qt.Key.Key_Down)  # マイナンバーカード → 運転免許証
    key(checklist.picker.list, Qt.Key.Key_Space)  # tick it
    assert checklist.picker.keys() == ("driving_licence",) and checklist.picker.evaluation.rule_met == "A"
    key(page, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # PINs set on the terminal (a tick)
    qtbot.waitUntil(checklist.pins.isChecked)  # a mnemonic clicks with a short animation
    assert checklist.complete_button.isEnabled()
    key(checklist.picker.list, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # complete
    assert keys == STRAIGHTFORWARD_KEYSTROKES

    assert get_case(counter_ctx, r.case.id).state is CaseState.HANDED_OVER
    assert visit_store.visits_on(counter_ctx, TODAY)[0].state is VisitState.DONE
    (h,) = handovers_between(counter_ctx, TODAY, TODAY)
    assert (h.identity_documents, h.pins_set, h.terminal) == (("driving_licence",), True, "統合端末1")
    assert counts(counter_ctx, TODAY, TODAY)[("handover", TODAY)] == 1
    assert tab.stack.currentIndex() == 0 and tab.finder.board.rowCount() == 0
    assert tab.today.rowCount() == 1 and tab.today.item(0, 1).text() == "𠮷田 太郎"
    # the 受領書 opened in the print preview (Enter prints), then the 80 mm slip
    dialog = tab.output.dialog
    assert dialog is not None and dialog.isVisible() and dialog.print_button.isDefault()
    assert dialog.document.layout == "a5-portrait"
    assert close_previews(tab) == ["receipt_a5", "slip"]
    # reprint from today's list
    tab.today.setCurrentCell(0, 0)
    tab.reprint.click()
    assert close_previews(tab) == ["receipt_a5", "slip", "receipt_a5", "slip"]


def test_walk_in_found_by_reservation_number_and_birth_date(
    counter_ctx: Context, resident: Callable[..., Resident], page_for: Callable[[Context], HandoverPage],
) -> None:  # fmt: skip
    r = resident(
        "山田 花子", "ヤマダ ハナコ", date(1985, 4, 3), reservation="XYZ654321", state=CaseState.INVITED
    )
    page = page_for(counter_ctx)
    finder = page.handover.finder
    typed(finder.reservation, "xyz-654321")
    typed(finder.birth, "S60.4.4")  # wrong day
    finder.find_reservation()
    assert finder.error.isVisibleTo(page) and finder.found.rowCount() == 0
    typed(finder.birth, "昭和60年4月3日")
    finder.find_reservation()
    assert finder.found.rowCount() == 1 and finder.found.item(0, 1).text() == "山田 花子"
    finder.found_start.click()
    checklist = page.handover.checklist
    assert page.handover.stack.currentWidget() is checklist
    (visit,) = visit_store.visits_on(counter_ctx, TODAY)  # checked in as a walk-in
    assert (visit.person_id, visit.state) == (r.id, VisitState.SERVING)
    # the notice was forgotten: a declaration and two documents
    checklist.notice.setChecked(False)
    checklist.picker.tick("driving_licence")
    checklist.pins.setChecked(True)
    assert not checklist.complete_button.isEnabled()
    assert "two" in checklist.picker.result.text() or "2" in checklist.picker.result.text()
    checklist.absence.setCurrentIndex(2)
    checklist.declared.setChecked(True)
    checklist.picker.tick("health_insurance_card")
    assert checklist.complete_button.isEnabled(), checklist.problems.text()
    checklist.complete_button.click()
    (h,) = handovers_between(counter_ctx, TODAY, TODAY)
    assert (h.notice_brought, h.notice_absence, h.identity_rule) == (False, "forgotten", "A+B")
    close_previews(page.handover)


def test_proxy_case(counter_ctx: Context, resident: Callable[..., Resident],
                    page_for: Callable[[Context], HandoverPage]) -> None:  # fmt: skip
    r = resident("佐藤 清", "サトウ キヨシ", date(1960, 1, 1))
    visit_store.check_in(counter_ctx, [r.id], "handover")
    page = page_for(counter_ctx)
    page.handover.finder.start_board(0)
    c = page.handover.checklist
    c.picker.tick("driving_licence")
    c.pins.setChecked(True)
    assert c.complete_button.isEnabled()
    c.proxy.setChecked(True)
    assert not c.complete_button.isEnabled()
    assert c.proxy.body.isVisibleTo(c)
    c.proxy.set_reason(ProxyReason.AGE_75)  # he is 66: refused
    assert "66" in c.problems.text()
    c.proxy.set_reason(ProxyReason.HOSPITAL)
    assert [c.proxy.proof.itemData(i) for i in range(c.proxy.proof.count())] == [
        "admission_cert",
        "medical_cert",
    ]
    c.proxy.picker.tick("passport")
    c.proxy.picker.tick("pension_book")
    c.picker.tick("insurance_qualification_cert")  # the resident's: A + B
    assert not c.complete_button.isEnabled()  # the 委任状 is still to be checked
    c.proxy.power.setChecked(True)
    assert c.complete_button.isEnabled(), c.problems.text()
    c.complete_button.click()
    (h,) = handovers_between(counter_ctx, TODAY, TODAY)
    assert (h.proxy_reason, h.proxy_proof, h.proxy_identity_rule, h.identity_rule) == (
        "hospital", ProxyProof.ADMISSION_CERT.value, "A+B", "A+B")  # fmt: skip
    close_previews(page.handover)


def test_escape_cancels_and_the_visit_waits_again(
    qtbot: QtBot, counter_ctx: Context, resident: Callable[..., Resident], page_for: Callable[[Context], HandoverPage],
) -> None:  # fmt: skip
    r = resident()
    visit_store.check_in(counter_ctx, [r.id], "handover")
    page = page_for(counter_ctx)
    page.handover.finder.start_board(0)
    page.handover.checklist.cancel()
    assert page.handover.stack.currentIndex() == 0
    assert visit_store.visits_on(counter_ctx, TODAY)[0].state is VisitState.WAITING
    assert get_case(counter_ctx, r.case.id).state is CaseState.NOTIFIED


def test_walk_in_services(
    counter_ctx: Context, office: object, page_for: Callable[[Context], HandoverPage]
) -> None:
    queued = make_person(counter_ctx, "森 和子", "モリ カズコ")
    assert queued.id
    visit_store.check_in(counter_ctx, [queued.id], "pin_reset")
    page = page_for(counter_ctx)
    page.tabs.setCurrentIndex(1)
    panel = page.walkins
    assert panel.queue.rowCount() == 1 and panel.service.currentData() == "pin_reset"
    assert panel.picker.keys() == ("my_number_card",)
    panel.record_button.click()
    assert counts(counter_ctx, TODAY, TODAY)[("pin_reset", TODAY)] == 1
    assert close_previews(panel) == ["slip"]
    # a walk-in found by kana: checked in when recorded
    make_person(counter_ctx, "林 蓮", "ハヤシ レン")
    typed(panel.kana, "はやし")
    panel.search()
    assert panel.queue.rowCount() == 1
    panel.service.setCurrentIndex(panel.service.findData("card_update"))
    assert panel.detail.currentData() == "address"
    panel.record_button.click()
    assert counts(counter_ctx, TODAY, TODAY)[("card_update", TODAY)] == 1
    close_previews(panel)


def test_unclaimed_reminders_return_and_disposal(
    supervisor_ctx: Context, clock: FixedClock, resident: Callable[..., Resident],
    page_for: Callable[[Context], HandoverPage], prompter: ScriptedPrompter,
) -> None:  # fmt: skip
    old = resident("加藤 清", "カトウ キヨシ", notified_at=jst(2025, 9, 1))
    resident("木村 節子", "キムラ セツコ", notified_at=jst(2026, 10, 1))
    page = page_for(supervisor_ctx)
    page.tabs.setCurrentIndex(2)
    panel = page.unclaimed
    assert panel.table.rowCount() == 2 and "2 card(s) waiting, 0 due" in panel.count.text()
    panel.select_rows([0])
    panel.remind_button.click()
    dialog = panel.output.dialog
    assert dialog is not None
    dialog.saved.emit(None)  # saved as PDF: the reminder counts as sent
    dialog.printed.emit()  # and printed too: still one reminder
    dialog.reject()
    assert "R8.11.24" in panel.table.item(0, 4).text()
    # a returned letter: the prompt offers the notice and the reminder
    prompter.answers.append(1)
    panel.select_rows([0])
    panel.return_button.click()
    assert panel.table.item(0, 5).text() == "1"
    # three months later the first card is due; the supervisor confirms
    clock.set(jst(2027, 2, 24, 9, 0))
    panel.refresh()
    assert "1 due" in panel.count.text()
    panel.select_rows([0, 1])
    panel.dispose_button.click()
    assert "not yet due" in panel.error.text()
    panel.filter.setCurrentIndex(2)  # due only
    panel.select_rows([0])
    prompter.answers.append(True)
    panel.dispose_button.click()
    assert get_case(supervisor_ctx, old.case.id).state is CaseState.DISPOSED
    assert close_previews(panel) == ["reminder", "disposal_list"]
    assert panel.batches.count() == 1


def test_disposal_is_hidden_from_counter_staff(counter_ctx: Context, office: object,
                                                page_for: Callable[[Context], HandoverPage]) -> None:  # fmt: skip
    page = page_for(counter_ctx)
    assert not page.unclaimed.dispose_button.isVisibleTo(page.unclaimed)


def test_settings_page(qtbot: QtBot, admin_ctx: Context, make_shell: Callable[..., Any]) -> None:
    from desktop.jobs.handover.store.settings import load_disposal_rule, load_print_settings
    from desktop.jobs.handover.ui.settings_page import HandoverSettingsPage

    page = HandoverSettingsPage(make_shell(admin_ctx))
    qtbot.addWidget(page)
    page.load()
    assert page.dispose.isChecked() and page.after_notice.value() == 12 and page.after_reminder.value() == 3
    page.after_notice.setValue(0)
    page.after_reminder.setValue(0)
    page.save()
    assert page.error.isVisibleTo(page)
    page.after_reminder.setValue(6)
    page.paper.setCurrentIndex(1)
    page.preview.setChecked(False)
    page.save()
    rule = load_disposal_rule(admin_ctx)
    assert (rule.months_after_notice, rule.months_after_reminder) == (None, 6)
    assert (load_print_settings(admin_ctx).paper, load_print_settings(admin_ctx).preview) == ("a4", False)


def test_today_panel_and_fit_on_a_laptop(
    counter_ctx: Context, resident: Callable[..., Resident], make_shell: Callable[..., Any], qtbot: QtBot,
    page_for: Callable[[Context], HandoverPage],
) -> None:  # fmt: skip
    from desktop.jobs.handover.ui.today_panel import HandoverTodayPanel

    r = resident()
    visit_store.check_in(counter_ctx, [r.id], "handover")
    panel = HandoverTodayPanel(make_shell(counter_ctx))
    qtbot.addWidget(panel)
    assert panel.labels["waiting"].text() == "1" and panel.labels["unclaimed"].text() == "1"
    page = page_for(counter_ctx)
    page.handover.finder.start_board(0)
    hint = page.minimumSizeHint()
    assert hint.width() <= 1366 - 220 and hint.height() <= 768 - 90, hint


def test_each_alt_key_does_one_thing(supervisor_ctx: Context, page_for: Callable[[Context], HandoverPage]) -> None:
    from tests.kit.qt import clashing_mnemonics

    page = page_for(supervisor_ctx)
    page.show()
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        assert clashing_mnemonics(page) == {}, page.tabs.tabText(index)
