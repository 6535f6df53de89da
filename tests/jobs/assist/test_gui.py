"""The assistance screens offscreen (pytest-qt, synchronous tasks, scripted prompts): a straightforward
application with the keyboard only (the keystrokes README.md states), interruption and resumption, a
申請時来庁 case, a new walk-in with its ticket, the form step's messages and QR image, a pop-up venue,
the records tab and its CSV, settings and the today panel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core.cases import CaseState, DeliveryMethod
from desktop.core.clock import FixedClock
from desktop.core.office import OfficeProfile
from desktop.core.visits import VisitState
from desktop.jobs.assist.domain.flow import Channel, FormSource, PhotoChoice, Step
from desktop.jobs.assist.domain.records import Status
from desktop.jobs.assist.store import records, venues
from desktop.jobs.assist.ui.page import AssistPage
from desktop.store import cases as case_store
from desktop.store import visits as visit_store
from desktop.store.context import Context
from desktop.store.events import counts
from desktop.tasks.prompt import ScriptedPrompter
from tests.jobs.assist.conftest import APP_ID, jst, make_person

TODAY = date(2026, 11, 24)
STRAIGHTFORWARD_KEYSTROKES = 11  # stated in desktop/jobs/assist/README.md (plus one scan of the QR code)
QR_TEXT = f"https://net.kojinbango-card.go.jp/apply?shinseiId={APP_ID}"


def typed(edit: QLineEdit, text: str) -> None:
    """Type like an input method commits (kana and kanji cannot be typed key by key)."""
    from PySide6.QtGui import QInputMethodEvent

    edit.clear()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


@pytest.fixture
def page_for(qtbot: QtBot, make_shell: Callable[..., Any]) -> Callable[[Context], AssistPage]:
    def make(ctx: Context) -> AssistPage:
        page = AssistPage(make_shell(ctx))
        qtbot.addWidget(page)
        page.resize(1180, 700)
        return page

    return make


def close_previews(output: Any) -> list[str]:
    while output.dialog is not None:
        output.dialog.reject()
    return [o.detail for o in output.shown]


def test_straightforward_application_with_the_keyboard_only(
    qtbot: QtBot, counter_ctx: Context, office: OfficeProfile, clock: FixedClock,
    page_for: Callable[[Context], AssistPage],
) -> None:  # fmt: skip
    person = make_person(counter_ctx, "𠮷田 太郎", "ヨシダ タロウ")
    visit_store.check_in(counter_ctx, [person.id or ""], "assist")  # at the board: its ticket was printed there
    page = page_for(counter_ctx)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    tab = page.assist
    start, flow = tab.start_panel, tab.flow
    assert start.queue.rowCount() == 1 and start.queue.item(0, 1).text() == "𠮷田 太郎"
    start.focus_queue()
    keys = 0

    def key(widget: Any, k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        nonlocal keys
        keys += 1
        qtbot.keyClick(widget, k, mod)

    ctrl = Qt.KeyboardModifier.ControlModifier
    key(start.queue, Qt.Key.Key_Return)  # start the first in the queue
    assert tab.stack.currentWidget() is flow and flow.current is Step.RECEPTION
    assert flow.output.shown == []  # the ticket was printed at check-in: no second ticket
    assert visit_store.visits_on(counter_ctx, TODAY)[0].state is VisitState.SERVING
    key(QApplication.focusWidget(), Qt.Key.Key_Return, ctrl)  # reception checked
    assert flow.current is Step.FORM
    form = flow.steps[Step.FORM]
    assert QApplication.focusWidget() is form.edit
    qtbot.keyClicks(form.edit, QR_TEXT)  # the USB scanner types the QR's text …
    key(form.edit, Qt.Key.Key_Return)  # … and its Enter: the ID is taken out of it and the flow moves on
    assert flow.current is Step.PHOTO
    key(QApplication.focusWidget(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # photo brought
    qtbot.waitUntil(lambda: flow.steps[Step.PHOTO].buttons[PhotoChoice.BROUGHT].isChecked())
    key(QApplication.focusWidget(), Qt.Key.Key_Return, ctrl)
    assert flow.current is Step.EXPLAIN
    clock.set(jst(2026, 11, 24, 10, 2))
    key(QApplication.focusWidget(), Qt.Key.Key_Space)  # terms explained (focus starts there)
    key(QApplication.focusWidget(), Qt.Key.Key_Return, ctrl)
    assert flow.current is Step.CONTACT
    contact = flow.steps[Step.CONTACT]
    assert (contact.tablet.currentText(), contact.mail.text(), contact.contact.text()) == (
        "1", "tablet1@city.example.jp", "市民課1")  # fmt: skip
    key(QApplication.focusWidget(), Qt.Key.Key_Return, ctrl)  # phone and tablet as offered
    assert flow.current is Step.APPLY
    clock.set(jst(2026, 11, 24, 10, 4))
    key(QApplication.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # online application sent
    qtbot.waitUntil(lambda: flow.current is Step.GUIDANCE)
    clock.set(jst(2026, 11, 24, 10, 5))
    key(QApplication.focusWidget(), Qt.Key.Key_Space)  # explained what to bring
    key(QApplication.focusWidget(), Qt.Key.Key_Return, ctrl)  # finish
    assert keys == STRAIGHTFORWARD_KEYSTROKES

    assert tab.stack.currentWidget() is start
    (record,) = records.records_between(counter_ctx, TODAY, TODAY)
    d = record.draft
    assert record.status is Status.DONE and record.minutes == 5
    assert (d.form, d.application_id, d.photo, d.channel, d.tablet, d.contact_name) == (
        FormSource.SCANNER, APP_ID, PhotoChoice.BROUGHT, Channel.ONLINE, "1", "市民課1")  # fmt: skip
    assert d.applied_at == jst(2026, 11, 24, 10, 4)
    assert case_store.get_case(counter_ctx, record.case_id).state is CaseState.APPLIED
    assert visit_store.visits_on(counter_ctx, TODAY)[0].state is VisitState.DONE
    assert counts(counter_ctx, TODAY, TODAY)[("assist", TODAY)] == 1
    # the guidance slip is in the print preview (Enter prints it)
    dialog = flow.output.dialog
    assert dialog is not None and dialog.isVisible() and dialog.print_button.isDefault()
    assert close_previews(flow.output) == ["slip"]
    assert start.queue.rowCount() == 0


def test_interruption_and_resumption(
    qtbot: QtBot, counter_ctx: Context, office: OfficeProfile, clock: FixedClock,
    page_for: Callable[[Context], AssistPage],
) -> None:  # fmt: skip
    person = make_person(counter_ctx)
    visit_store.check_in(counter_ctx, [person.id or ""], "assist")
    page = page_for(counter_ctx)
    tab = page.assist
    flow = tab.flow
    tab.start_panel.start_visit(0)
    flow.go_next()
    form = flow.steps[Step.FORM]
    typed(form.edit, "1234567890123456789012")
    assert form.echo.text() == "22 of 23 digits"
    form.edit.returnPressed.emit()
    assert "22 were entered (1 missing)" in form.error.text() and flow.current is Step.FORM
    typed(form.edit, APP_ID)
    form.edit.returnPressed.emit()
    assert flow.current is Step.PHOTO
    clock.set(jst(2026, 11, 24, 10, 3))
    flow.open_stop()  # Esc
    assert flow.stop_panel.isVisibleTo(flow)
    flow.stop_panel.reason.setCurrentIndex(flow.stop_panel.reason.findData("photo"))
    flow.stop_panel.stop_button.click()
    assert tab.stack.currentWidget() is tab.start_panel
    (stopped,) = records.unfinished(counter_ctx)
    assert stopped.status is Status.SUSPENDED and stopped.draft.step is Step.PHOTO
    assert stopped.draft.application_id == APP_ID
    assert case_store.get_case(counter_ctx, stopped.case_id).state is CaseState.SUSPENDED
    later = tab.start_panel.later
    assert later.rowCount() == 1 and later.item(0, 2).text() == "Suspended"
    assert later.item(0, 4).text() == "Photo to be brought or retaken"

    clock.set(jst(2026, 11, 24, 14, 0))  # back in the afternoon with the photo
    later.setCurrentCell(0, 0)
    tab.start_panel.later_start.click()
    assert tab.stack.currentWidget() is flow and flow.current is Step.PHOTO and flow.session is not None
    assert flow.session.resumed and "Resumed" in flow.subtitle.text()
    assert case_store.get_case(counter_ctx, stopped.case_id).state is CaseState.RECEIVED
    flow.steps[Step.PHOTO].buttons[PhotoChoice.BROUGHT].setChecked(True)
    flow.go_next()
    flow.steps[Step.EXPLAIN].terms.setChecked(True)
    flow.go_next()
    flow.go_next()
    flow.steps[Step.APPLY].paper.click()  # a paper application this time
    flow.go_next()
    flow.steps[Step.GUIDANCE].explained.setChecked(True)
    clock.set(jst(2026, 11, 24, 14, 2))
    flow.go_next()
    done = records.get_record(counter_ctx, stopped.id)
    assert done.status is Status.DONE and done.draft.channel is Channel.PAPER and done.minutes == 5
    assert [h.to_state for h in case_store.history(counter_ctx, done.case_id)] == [
        CaseState.RECEIVED, CaseState.SUSPENDED, CaseState.RECEIVED, CaseState.APPLIED]  # fmt: skip
    assert len(visit_store.visits_on(counter_ctx, TODAY)) == 1  # the same 受付番号 all day
    close_previews(flow.output)


def test_identity_checked_at_application_card_mailed_later(
    counter_ctx: Context, office: OfficeProfile, page_for: Callable[[Context], AssistPage],
) -> None:  # fmt: skip
    person = make_person(counter_ctx)
    visit_store.check_in(counter_ctx, [person.id or ""], "assist")
    page = page_for(counter_ctx)
    flow = page.assist.flow
    page.assist.start_panel.start_visit(0)
    flow.go_next()
    typed(flow.steps[Step.FORM].edit, APP_ID)
    flow.go_next()
    flow.steps[Step.PHOTO].buttons[PhotoChoice.TAKEN].setChecked(True)
    flow.go_next()
    explain = flow.steps[Step.EXPLAIN]
    explain.terms.setChecked(True)
    explain.by_post.setChecked(True)
    assert "Identity check (card by post)" in flow.checklist.item(4).text()
    flow.go_next()
    assert flow.current is Step.IDENTITY
    identity = flow.steps[Step.IDENTITY]
    identity.picker.tick("driving_licence")
    assert not identity.picker.evaluation.ok and "PIN" in identity.picker.result.text()
    flow.go_next()
    assert flow.current is Step.IDENTITY  # not enough yet: the missing things are listed
    assert "not enough for a card sent by post" in flow.problems.text()
    identity.pin_typed.setChecked(True)  # the resident typed a PIN on the terminal: a tick only
    assert identity.picker.evaluation.rule_met == "A+PIN"
    identity.consent.setChecked(True)
    identity.pin_request.setChecked(True)
    identity.delivery[DeliveryMethod.TOKUREI].setChecked(True)
    identity.confirm_all.click()
    assert "Address: みどり市本町1-2-3" in identity.confirm["address"].text()
    flow.go_next()
    assert flow.current is Step.CONTACT
    flow.go_next()
    flow.steps[Step.APPLY].online.click()
    guidance = flow.steps[Step.GUIDANCE]
    assert "本人限定受取郵便・特例型" in guidance.next.text()
    guidance.explained.setChecked(True)
    flow.go_next()
    (record,) = records.records_between(counter_ctx, TODAY, TODAY)
    case = case_store.get_case(counter_ctx, record.case_id)
    assert case.state is CaseState.APPLIED and case.delivery_method is DeliveryMethod.TOKUREI
    assert case.identity_result is not None and case.identity_result.rule == "A+PIN"
    assert case.identity_result.documents == ("driving_licence",)
    assert counts(counter_ctx, TODAY, TODAY)[("apply_identity", TODAY)] == 1
    assert close_previews(flow.output) == ["slip"]


def test_new_walk_in_is_checked_in_and_gets_a_ticket(
    counter_ctx: Context, office: OfficeProfile, page_for: Callable[[Context], AssistPage],
) -> None:  # fmt: skip
    page = page_for(counter_ctx)
    tab = page.assist
    tab.start_panel.new_button.click()
    flow = tab.flow
    assert flow.current is Step.RECEPTION and flow.session is None
    form = flow.reception.form
    flow.go_next()  # nothing typed: the form says what is missing, nothing is stored
    assert form.errors["name"].text() and flow.session is None
    for field, text in (("name", "髙橋 花子"), ("kana", "タカハシ ハナコ"), ("birth_date", "H2.4.1"),
                        ("phone", "080-1111-2222")):  # fmt: skip
        typed(form.edits[field], text)
    typed(flow.reception.questions, "写真の撮り方を知りたい")
    flow.go_next()
    assert flow.session is not None and flow.current is Step.FORM
    assert flow.session.visit is not None and flow.session.visit.number == 1
    assert flow.output.shown[0].detail == "ticket"  # 受付番号 ticket for the walk-in
    close_previews(flow.output)
    record = records.get_record(counter_ctx, flow.session.record.id)
    assert record.draft.questions == "写真の撮り方を知りたい" and record.ticket_printed is False
    flow.steps[Step.FORM].reissue.setChecked(True)  # no form: reissued on the terminal
    flow.go_next()
    assert flow.current is Step.PHOTO


class NoCameraHere:
    """cv2.VideoCapture on a PC without a camera."""

    def __init__(self, _index: int) -> None:
        pass

    def isOpened(self) -> bool:  # noqa: N802 - OpenCV's name
        return False

    def release(self) -> None:
        pass


def test_form_step_reads_a_qr_image_and_says_when_there_is_no_camera(
    qtbot: QtBot, tmp_path: Path, counter_ctx: Context, office: OfficeProfile, prompter: ScriptedPrompter,
    page_for: Callable[[Context], AssistPage], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    import cv2

    monkeypatch.setattr(cv2, "VideoCapture", NoCameraHere)

    person = make_person(counter_ctx)
    visit_store.check_in(counter_ctx, [person.id or ""], "assist")
    page = page_for(counter_ctx)
    flow = page.assist.flow
    page.assist.start_panel.start_visit(0)
    flow.go_next()
    form = flow.steps[Step.FORM]
    image = tmp_path / "form.png"
    code = cv2.QRCodeEncoder.create().encode(QR_TEXT)
    cv2.imwrite(str(image), cv2.resize(code, None, fx=8, fy=8, interpolation=cv2.INTER_NEAREST))
    prompter.answers.append(str(image))
    form.image.click()
    assert form.application_id == APP_ID and form.source is FormSource.QR and form.edit.text() == APP_ID
    form.edit.selectAll()
    qtbot.keyClick(form.edit, Qt.Key.Key_Backspace)
    assert form.application_id is None
    form.scan_camera()  # no camera on this machine: a plain message, the flow goes on
    assert "camera" in form.error.text().lower() and form.camera.isEnabled()
    flow.go_next()
    assert flow.current is Step.FORM  # no ID yet


def test_pop_up_venue_session_and_an_application_there(
    counter_ctx: Context, supervisor_ctx: Context, office: OfficeProfile,
    page_for: Callable[[Context], AssistPage],
) -> None:  # fmt: skip
    admin_page = page_for(supervisor_ctx)
    panel = admin_page.venues
    admin_page.tabs.setCurrentWidget(panel)
    panel.venue.setCurrentText("みどり市民センター")
    panel.address.setText("みどり市緑町2-1")
    panel.type.setCurrentIndex(panel.type.findData("community_centre"))
    panel.tablets.item(1).setCheckState(Qt.CheckState.Checked)
    panel.add.click()
    assert panel.table.rowCount() == 1 and panel.table.item(0, 2).text() == "みどり市民センター"
    (session,) = venues.venue_sessions(counter_ctx, TODAY, TODAY)
    assert session.tablets == ("2",) and session.start == time(13, 0)

    page = page_for(counter_ctx)
    assert not page.venues.add.isVisibleTo(page)  # counter staff see the sessions, supervisors plan them
    start = page.assist.start_panel
    start.place.setCurrentIndex(start.place.findData(session.id))
    make_person(counter_ctx, "佐藤 花子", "サトウ ハナコ")
    typed(start.kana, "さとう")
    start.search()
    start.start_person(0)
    flow = page.assist.flow
    assert flow.session is not None and flow.session.venue is not None
    assert "Pop-up: みどり市民センター" in flow.subtitle.text()
    assert flow.output.shown[0].detail == "ticket"
    close_previews(flow.output)
    record = flow.session.record
    draft = flow.collect()
    assert draft is not None and draft.tablet == "2"  # the session's tablet
    records.finish(counter_ctx, replace(draft, form=FormSource.TYPED, application_id=APP_ID, photo=PhotoChoice.BROUGHT,
                                        terms_explained=True, channel=Channel.PAPER, guidance_explained=True,
                                        applied_at=jst(2026, 11, 24, 13, 10)))  # fmt: skip
    assert counts(counter_ctx, TODAY, TODAY)[("popup_assist", TODAY)] == 1
    panel.refresh()
    assert panel.table.item(0, 6).text() == "1"
    assert "Community centre 1" in panel.figures.text()
    assert records.get_record(counter_ctx, record.id).site_id == session.site_id


def test_records_tab_reprints_and_exports_the_ledger(
    tmp_path: Path, supervisor_ctx: Context, office: OfficeProfile, prompter: ScriptedPrompter,
    page_for: Callable[[Context], AssistPage],
) -> None:  # fmt: skip
    from desktop.jobs.assist.store.begin import begin_person
    from tests.jobs.assist.test_store import complete_draft

    s = begin_person(supervisor_ctx, make_person(supervisor_ctx).id or "")
    records.finish(supervisor_ctx, complete_draft(s.draft))
    page = page_for(supervisor_ctx)
    panel = page.records
    page.tabs.setCurrentWidget(panel)
    assert panel.table.rowCount() == 1 and panel.table.item(0, 2).text() == "山田 太郎"
    panel.table.setCurrentCell(0, 0)
    panel.reprint.click()
    assert close_previews(page.assist.flow.output) == ["slip"]
    panel.ledger.click()
    assert close_previews(panel.output) == ["ledger"]
    target = tmp_path / "ledger.csv"
    prompter.answers.append(str(target))
    panel.csv.click()
    text = target.read_bytes().decode("utf-8-sig")
    assert "山田 太郎" in text and "1980-05-01" in text and APP_ID in text
    exports = supervisor_ctx.db.conn.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'export' AND entity = 'assist' AND detail = 'ledger_csv'"
    ).fetchone()[0]
    assert exports == 1


def test_settings_page_and_today_panel(
    admin_ctx: Context, office: OfficeProfile, qtbot: QtBot, make_shell: Callable[..., Any]
) -> None:
    from desktop.jobs.assist.store.settings import load_settings
    from desktop.jobs.assist.ui.settings_page import AssistSettingsPage
    from desktop.jobs.assist.ui.today_panel import AssistTodayPanel

    shell = make_shell(admin_ctx)
    settings = AssistSettingsPage(shell)
    qtbot.addWidget(settings)
    settings.load()
    settings.weeks_min.setValue(3)
    settings.paper.setCurrentIndex(settings.paper.findData("receipt"))
    settings.bring.setPlainText("交付通知書\n本人確認書類")
    settings.save()
    assert settings.status.text() == "Saved."
    stored = load_settings(admin_ctx)
    assert (stored.weeks_min, stored.paper, stored.bring) == (3, "receipt", ("交付通知書", "本人確認書類"))
    person = make_person(admin_ctx)
    visit_store.check_in(admin_ctx, [person.id or ""], "assist")
    today = AssistTodayPanel(shell)
    qtbot.addWidget(today)
    assert today.labels["waiting"].text() == "1" and today.labels["applied"].text().startswith("0")


def test_a_visit_opened_on_the_booking_board_opens_here(
    qtbot: QtBot, counter_ctx: Context, office: OfficeProfile, make_shell: Callable[..., Any]
) -> None:
    from desktop.jobs import registry
    from desktop.jobs.assist.ui.board_link import link_booking_board, open_visit
    from desktop.ui.main_window import MainWindow

    board = pytest.importorskip("desktop.jobs.booking.ui.board")
    person = make_person(counter_ctx)
    (visit,) = visit_store.check_in(counter_ctx, [person.id or ""], "assist")
    visit_store.start_serving(counter_ctx, visit.id)  # called on the board (F7)
    window = MainWindow(make_shell(counter_ctx, jobs=registry.load(("booking", "assist")).jobs()))
    qtbot.addWidget(window)
    assert link_booking_board() and board.BoardWidget.openers["assist"] is open_visit
    board.BoardWidget.openers["assist"](window.shell, visit.id)  # what Enter on the board calls
    page = window.page("assist")
    assert isinstance(page, AssistPage) and window.current_key() == "assist"
    assert page.assist.in_flow() and page.assist.flow.session is not None
    assert page.assist.flow.session.visit is not None and page.assist.flow.session.visit.id == visit.id
