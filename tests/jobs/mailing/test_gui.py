"""The mailing screens, driven as staff do (synchronous task runner, scripted prompts): a card from its
arrival (scanned ID) through set-up, notice, a mailing batch with a scanned tracking number and the
printed list, to delivery; a returned card invited to the counter and then handed over; the settings
page and the today panel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.cases import CaseState, DeliveryMethod
from desktop.core.clock import JST
from desktop.core.office import OfficeProfile
from desktop.jobs.mailing.settings import PRESETS, LabelLayout
from desktop.jobs.mailing.store import batches, cards
from desktop.jobs.mailing.store.settings import load_settings
from desktop.jobs.mailing.ui.common import pydate, qdate
from desktop.jobs.mailing.ui.page import MailingPage
from desktop.jobs.mailing.ui.settings_page import MailingSettingsPage
from desktop.jobs.mailing.ui.today_panel import MailingTodayPanel
from desktop.store import cases as case_store
from desktop.store.context import Context
from desktop.tasks.prompt import ScriptedPrompter
from tests.jobs.mailing.kit import add_resident, app_id, applied_case, configured_postal, state_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
S = CaseState


@pytest.fixture
def shell(counter_ctx: Context, make_shell: Callable[..., Any], office_profile: OfficeProfile) -> Any:
    return make_shell(counter_ctx)


@pytest.fixture
def page(qtbot: QtBot, shell: Any) -> MailingPage:
    widget = MailingPage(shell)
    qtbot.addWidget(widget)
    widget.resize(1180, 700)
    widget.show()
    return widget


def scan(edit: Any, text: str) -> None:
    """What a barcode/QR scanner in keyboard mode does: type the characters, then Enter (kana arrive
    as an input method's commit, as from a Japanese IME)."""
    edit.clear()
    if text.isascii():
        QTest.keyClicks(edit, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(edit, event)
    QTest.keyClick(edit, Qt.Key.Key_Return)


def save_preview(flow: Any, prompter: ScriptedPrompter, path: Path) -> None:
    dialog = flow.dialog
    assert dialog is not None, "no print preview was opened"
    prompter.answers.append(str(path))
    dialog.save_pdf()
    dialog.reject()
    assert path.read_bytes().startswith(b"%PDF")


def audited(ctx: Context, action: str, document: str) -> int:
    return int(ctx.db.conn.execute(
        "SELECT count(*) FROM audit_log WHERE action = ? AND detail = ?", (action, f"document={document}")
    ).fetchone()[0])  # fmt: skip


def test_from_arrival_to_delivered(page: MailingPage, shell: Any, prompter: ScriptedPrompter,
                                   tmp_path: Path) -> None:
    ctx = shell.ctx
    posted = applied_case(ctx, add_resident(ctx, 0), application_id=app_id(5), method=DeliveryMethod.TOKUREI,
                          identity=True)  # fmt: skip
    counter = applied_case(ctx, add_resident(ctx, 1), application_id=app_id(6))  # 鈴木 花子

    # 到着: the QR code of the application form is scanned: registered at once
    arrival = page.arrival
    scan(arrival.search_edit, "0000-0000-0000-0000-0000-005")
    assert state_of(ctx, posted.id) is S.ARRIVED
    assert "佐藤 花子" in arrival.status.text()
    # the other by its furigana: Enter on the row registers it
    scan(arrival.search_edit, "すずき")
    assert arrival.results.rowCount() == 1
    arrival.results.activated.emit(arrival.results.model().index(0, 0))
    assert state_of(ctx, counter.id) is S.ARRIVED
    # the same ID scanned again says where the card is
    scan(arrival.search_edit, app_id(5))
    assert "already registered" in arrival.status.text()
    # 交付前設定 done for both
    assert arrival.pending.rowCount() == 2
    arrival.pending.selectAll()
    arrival.configure_button.click()
    assert state_of(ctx, posted.id) is state_of(ctx, counter.id) is S.CONFIGURED

    # 交付通知: the counter card gets its notice and a booking guide letter
    page.tabs.setCurrentWidget(page.notices)
    notices = page.notices
    assert notices.ready.rowCount() == 1
    notices.with_guide.setChecked(True)
    scan(notices.reservation, "abc-123")
    assert notices.error.isVisible() and state_of(ctx, counter.id) is S.CONFIGURED
    scan(notices.reservation, "abc123456")
    assert state_of(ctx, counter.id) is S.NOTIFIED
    assert notices.sent.rowCount() == 1
    save_preview(notices.print_flow, prompter, tmp_path / "guide.pdf")
    assert audited(ctx, "export", "booking_guides") == 1

    # 発送: a batch of the posted card, its tracking number scanned, the list printed, sent
    page.tabs.setCurrentWidget(page.batches)
    tab = page.batches
    assert tab.ready.rowCount() == 1
    tab.ready.selectAll()
    tab.new_button.click()
    detail = tab.detail
    assert detail.batch is not None and len(detail.batch.items) == 1
    assert tab.batches.rowCount() == 1
    detail.send_button.click()
    assert detail.error.isVisible() and state_of(ctx, posted.id) is S.CONFIGURED  # tracking missing
    scan(detail.tracking, "1234-5678")
    assert detail.error.isVisible()
    scan(detail.tracking, "1234-5678-9012")
    assert detail.batch.items[0].tracking_number == "123456789012"
    assert detail.items.item(0, 1).text() == "1234-5678-9012"
    detail.list_button.click()
    save_preview(detail.print_flow, prompter, tmp_path / "list.pdf")
    detail.labels_button.click()
    save_preview(detail.print_flow, prompter, tmp_path / "labels.pdf")
    assert audited(ctx, "export", "mailing_list") == audited(ctx, "export", "labels") == 1
    detail.send_button.click()
    assert state_of(ctx, posted.id) is S.MAILED
    assert "800" in detail.title.text()

    # 配達: the tracking number scanned, Delivered
    page.tabs.setCurrentWidget(page.results)
    results = page.results
    scan(results.tracking, "123456789012")
    assert results.item is not None and results.delivered_button.isEnabled()
    results.delivered_button.click()
    assert state_of(ctx, posted.id) is S.DELIVERED
    assert not results.delivered_button.isEnabled()
    scan(results.tracking, "99999999999")
    assert results.error.isVisible()

    # 月計
    page.tabs.setCurrentWidget(page.monthly)
    last = page.monthly.table.rowCount() - 1
    assert [page.monthly.table.item(last, c).text() for c in range(1, 7)] == ["2", "1", "1", "1", "0", "800"]
    assert prompter.texts("error") == []


def test_from_return_to_counter_handover(page: MailingPage, shell: Any, prompter: ScriptedPrompter,
                                         tmp_path: Path) -> None:
    ctx = shell.ctx
    case_id = configured_postal(ctx, 3)
    batch = batches.create_batch(ctx, [case_id])
    batches.set_tracking(ctx, batch.items[0].id, "11122233344")
    batches.send_batch(ctx, batch.id, date(2026, 11, 24))

    ctx.clock.set(datetime(2026, 11, 26, 9, 30, tzinfo=JST))  # two days later: the return was yesterday
    page.tabs.setCurrentWidget(page.results)
    results = page.results
    results.refresh()  # (what showing the tab does)
    assert pydate(results.on.date()) == date(2026, 11, 26)  # today, until staff say otherwise
    scan(results.tracking, "111-2223-3344")
    results.reason.setCurrentIndex(results.reason.findData("other"))
    results.returned_button.click()
    assert results.error.isVisible() and state_of(ctx, case_id) is S.MAILED  # other needs a note
    results.reason.setCurrentIndex(results.reason.findData("storage_expired"))
    results.on.setDate(qdate(date(2026, 11, 23)))
    results.returned_button.click()
    assert "previous step" in results.error.text() and state_of(ctx, case_id) is S.MAILED  # before it was sent
    scan(results.tracking, "111-2223-3344")
    results.on.setDate(qdate(date(2026, 11, 25)))
    results.returned_button.click()
    assert state_of(ctx, case_id) is S.RETURNED
    assert batches.get_item(ctx, batch.items[0].id).returned_on == date(2026, 11, 25)
    assert "R8.11.25" in results.status.text() and pydate(results.on.date()) == date(2026, 11, 25)  # kept

    panel = results.followups
    assert panel.returned.rowCount() == 1 and "(1)" in panel.tabs.tabText(1)
    panel.returned.selectAll()
    panel.invite_button.click()
    assert state_of(ctx, case_id) is S.RETURNED  # only a preview so far
    save_preview(panel.print_flow, prompter, tmp_path / "invitation.pdf")
    assert state_of(ctx, case_id) is S.INVITED
    assert panel.returned.rowCount() == 0 and panel.invited.rowCount() == 1

    # the handover job hands the card over at the counter: it leaves the follow-up list
    case_store.transition(ctx, case_id, S.HANDED_OVER, owner="handover")
    results.refresh()
    assert panel.invited.rowCount() == 0
    assert prompter.texts("error") == []


def test_card_applied_for_elsewhere(page: MailingPage, shell: Any) -> None:
    ctx = shell.ctx
    add_resident(ctx, 2)  # 高橋 花子, no case here
    arrival = page.arrival
    arrival.open_button.click()
    assert arrival.error.isVisible()
    scan(arrival.person_edit, "タカハシ")
    assert arrival.person_table.rowCount() == 1
    arrival.app_id_edit.setText(app_id(77))
    arrival.open_button.click()
    (row,) = cards.arrived_waiting(ctx)
    assert row.name == "高橋 花子" and row.case.opened_by == "mailing"
    assert arrival.pending.rowCount() == 1


def test_settings_page(qtbot: QtBot, shell: Any, admin_ctx: Context, make_shell: Callable[..., Any]) -> None:
    admin = make_shell(admin_ctx)
    settings = MailingSettingsPage(admin)
    qtbot.addWidget(settings)
    settings.show()
    settings.load()
    assert settings.layout_values() == LabelLayout()
    settings.preset.setCurrentIndex(settings.preset.findData("a4_24"))
    settings.preset.activated.emit(settings.preset.currentIndex())
    assert settings.layout_values() == PRESETS["a4_24"]
    settings.followup_days.setValue(10)
    settings.save()
    saved = load_settings(admin_ctx)
    assert saved.labels == PRESETS["a4_24"] and saved.followup_days == 10
    settings.spins["columns"].setValue(4)  # 4 × 70 mm does not fit on A4
    assert settings.error.isVisible()
    assert settings.preset.currentData() == ""
    settings.save()
    assert load_settings(admin_ctx).labels == PRESETS["a4_24"]
    settings.spins["columns"].setValue(3)
    settings.test_button.click()
    assert settings.print_flow.dialog is not None
    settings.print_flow.dialog.reject()


def test_today_panel(qtbot: QtBot, shell: Any) -> None:
    ctx = shell.ctx
    configured_postal(ctx, 1)
    case = applied_case(ctx, add_resident(ctx, 2))
    cards.register_arrival(ctx, case.id)
    panel = MailingTodayPanel(shell)
    qtbot.addWidget(panel)
    text = panel.label.text()
    assert "set-up pending: 1" in text and "ready for mailing: 1" in text and "notices to send: 0" in text


def test_removing_an_item_from_a_draft_batch_asks_first(page: MailingPage, shell: Any, prompter: ScriptedPrompter,
                                                        qtbot: QtBot) -> None:  # fmt: skip
    ctx = shell.ctx
    ids = [configured_postal(ctx, i) for i in range(2)]
    page.tabs.setCurrentWidget(page.batches)
    tab = page.batches
    tab.refresh()
    tab.ready.selectAll()
    tab.new_button.click()
    detail = tab.detail
    assert detail.batch is not None and len(detail.batch.items) == 2
    detail.items.setCurrentCell(0, 0)
    scan(detail.tracking, "1234-5678-9012")
    detail.tracking.setFocus()
    qtbot.keyClick(detail.tracking, Qt.Key.Key_Delete)  # Delete while typing a number: nothing else
    assert len(detail.batch.items) == 2 and prompter.asked == []
    detail.items.setFocus()
    detail.items.setCurrentCell(0, 0)
    qtbot.keyClick(detail.items, Qt.Key.Key_Delete)  # asked; the scripted answer is no
    assert [kind for kind, _, _ in prompter.asked] == ["ask"] and "tracking number is cleared" in prompter.asked[0][2]
    assert len(detail.batch.items) == 2
    prompter.answers.append(True)
    qtbot.keyClick(detail.items, Qt.Key.Key_Delete)
    assert [i.case_id for i in detail.batch.items] == [ids[1]]
    assert state_of(ctx, ids[0]) is S.CONFIGURED  # back among the cards ready for mailing


def test_each_alt_key_does_one_thing(page: MailingPage) -> None:
    from tests.kit.qt import clashing_mnemonics

    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        assert clashing_mnemonics(page) == {}, page.tabs.tabText(index)
