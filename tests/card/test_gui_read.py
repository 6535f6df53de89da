"""カード読取 on the PersonForm, through the real stack (pytest-qt offscreen, synchronous tasks)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.card.reader import CardReader
from desktop.jobs.cardreader import READ_ACTION_KEY, register
from desktop.jobs.cardreader.ui import read_action
from desktop.jobs.cardreader.ui.read_action import CardReadAction
from desktop.jobs.registry import Registry
from desktop.store.context import Context
from desktop.tasks import SyncTaskRunner
from desktop.tasks.prompt import ScriptedPrompter
from desktop.ui.person_form import PersonForm
from tests.card.emulator import CardEmulator, mid_read, reading_basic_info
from tests.card.stack import PcscStack

Insert = Callable[..., CardEmulator]


class RecordingTasks(SyncTaskRunner):
    """Runs inline like SyncTaskRunner and remembers each task's kind and label."""

    def __init__(self, prompter: Any) -> None:
        super().__init__(prompter)
        self.kinds: list[tuple[str, str]] = []

    def run(self, work: Any, on_success: Any = None, on_failure: Any = None, *, label: str = "",
            kind: str = "db", progress: bool = True) -> None:  # fmt: skip
        self.kinds.append((kind, label))
        super().run(work, on_success, on_failure, label=label, kind=kind, progress=progress)


@pytest.fixture
def card_action_registered() -> Iterator[None]:
    reg = Registry()
    register(reg)
    for key, factory in reg.jobs()[0].person_actions:
        PersonForm.register_action(key, factory)
    yield
    PersonForm.unregister_action(READ_ACTION_KEY)


@pytest.fixture
def tasks(prompter: ScriptedPrompter) -> RecordingTasks:
    return RecordingTasks(prompter)


@pytest.fixture
def form(qtbot: QtBot, ctx: Context, tasks: RecordingTasks, card_action_registered: None,
         monkeypatch: pytest.MonkeyPatch) -> PersonForm:  # fmt: skip
    monkeypatch.setattr(read_action, "make_reader", lambda: CardReader(timeout=1.0))
    form = PersonForm(ctx, tasks)
    qtbot.addWidget(form)
    form.show()
    return form


def action_of(form: PersonForm) -> CardReadAction:
    action = form.actions_by_key[READ_ACTION_KEY]
    assert isinstance(action, CardReadAction)
    return action


def start_and_type(qtbot: QtBot, form: PersonForm, pin: str, *, confirm_last: bool = False) -> CardReadAction:
    action = action_of(form)
    action.trigger()
    dialog = action.pin_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.edit, pin)
    if confirm_last:
        dialog.last_try_box.setChecked(True)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(action.finished, timeout=5000):
        dialog.ok_button.click()
    return action


def audit_rows(ctx: Context) -> list[tuple[str, str, str]]:
    rows = ctx.db.conn.execute("SELECT action, entity, detail FROM audit_log WHERE action = 'read_card'")
    return [tuple(r) for r in rows]


def test_read_fills_the_form_after_the_pin(qtbot: QtBot, ctx: Context, form: PersonForm, insert_card: Insert,
                                           prompter: ScriptedPrompter, tasks: RecordingTasks) -> None:  # fmt: skip
    card = insert_card()
    form.edits["postal_code"].setText("100-0013")  # typed by staff: the card has no postal code
    prompter.answers = [True]
    with qtbot.waitSignal(action_of(form).finished) as done:
        start_and_type(qtbot, form, "1234")
    assert done.args == ["filled"]
    assert form.edits["name"].text() == "髙﨑 𠮷太郎"  # exactly as read
    assert form.edits["address"].text() == "東京都千代田区霞が関二丁目1番2号 みどりハイツ101"
    assert form.edits["birth_date"].text() == "1988-02-29"
    assert "昭和63年（1988年）2月29日" in form.birth_echo.text()
    assert form.edits["postal_code"].text() == "100-0013" and form.edits["kana"].text() == ""
    assert form.edits["kana"].hasFocus()  # フリガナ is typed by staff
    kind, title, text = prompter.asked[-1]
    assert kind == "ask" and "髙﨑 𠮷太郎" in text and "Furigana" in text and "Sex" not in text
    assert card.verifies == 1
    assert [k for k, label in tasks.kinds if "card" in label.lower() and "Recording" not in label] == ["io", "io"]
    assert ("db", "Recording the card read") in tasks.kinds
    assert audit_rows(ctx) == [("read_card", "card", "input_support")]  # that it was read, not what


def test_sex_is_offered_only_where_a_form_asks_for_it(form: PersonForm) -> None:
    from desktop.card.tlv import BasicInfo

    info = BasicInfo("山田 花子", "住所", None, "2")
    action = action_of(form)
    assert "sex" not in action.values(info) and "Sex" not in action.preview_text(info)
    form.fields_requested = (*form.fields_requested, "sex")
    assert action.values(info)["sex"] == "2" and "Sex: Female" in action.preview_text(info)


def test_declining_the_preview_leaves_the_form_as_it_was(qtbot: QtBot, ctx: Context, form: PersonForm,
                                                          insert_card: Insert, prompter: ScriptedPrompter) -> None:  # fmt: skip
    insert_card()
    form.edits["name"].setText("手入力 太郎")
    prompter.answers = [False]
    action = start_and_type(qtbot, form, "1234")
    assert form.edits["name"].text() == "手入力 太郎" and action.isEnabled()
    assert len(audit_rows(ctx)) == 1  # the card was still read


def test_wrong_pin_shows_the_tries_left_and_is_not_retried(qtbot: QtBot, ctx: Context, form: PersonForm,
                                                            insert_card: Insert, prompter: ScriptedPrompter) -> None:  # fmt: skip
    card = insert_card()
    action = action_of(form)
    action.trigger()
    assert action.pin_dialog is not None and "Tries left: 3" in action.pin_dialog.tries_label.text()
    qtbot.keyClicks(action.pin_dialog.edit, "9999")
    with qtbot.waitSignal(action.finished) as done:
        action.pin_dialog.ok_button.click()
    assert done.args == ["wrong_pin"]
    assert prompter.texts("warn")[-1].startswith("The PIN was wrong. Tries left: 2")
    assert card.verifies == 1 and form.edits["name"].text() == "" and action.isEnabled()
    assert audit_rows(ctx) == []


def test_the_pin_dialog_takes_exactly_four_digits(qtbot: QtBot, form: PersonForm, insert_card: Insert) -> None:
    card = insert_card()
    action = action_of(form)
    action.trigger()
    dialog = action.pin_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.edit, "12a3")
    assert dialog.edit.text() == "123" and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.edit, "45")
    assert dialog.edit.text() == "1234" and dialog.ok_button.isEnabled()  # at most 4
    with qtbot.waitSignal(action.finished) as done:
        dialog.reject()
    assert done.args == ["cancelled"] and card.verifies == 0  # cancel: nothing was sent


def test_the_last_try_needs_an_explicit_confirmation(qtbot: QtBot, form: PersonForm, insert_card: Insert,
                                                     prompter: ScriptedPrompter) -> None:  # fmt: skip
    card = insert_card(tries=1)
    action = action_of(form)
    action.trigger()
    dialog = action.pin_dialog
    assert dialog is not None and dialog.last_try_note.isVisible() and dialog.last_try_box.isVisible()
    assert "PIN reset" in dialog.last_try_note.text()
    qtbot.keyClicks(dialog.edit, "1234")
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # Enter without the confirmation does nothing
    assert dialog.isVisible() and card.verifies == 0
    dialog.last_try_box.setChecked(True)
    prompter.answers = [True]
    with qtbot.waitSignal(action.finished) as done:
        dialog.ok_button.click()
    assert done.args == ["filled"] and card.verifies == 1


@pytest.mark.parametrize(
    ("options", "code", "words"),
    [
        ({"tries": 0, "blocked_sw": 0x6984}, "pin_blocked", "blocked"),
        ({"tries": 0, "blocked_sw": 0x6983}, "pin_blocked", "PIN reset"),
        ({"kind": "other"}, "not_my_number_card", "not a My Number Card"),
        ({"kind": "juki"}, "not_my_number_card", "住基カード"),
    ],
)
def test_outcomes_before_the_pin(qtbot: QtBot, form: PersonForm, insert_card: Insert, prompter: ScriptedPrompter,
                                 options: dict[str, Any], code: str, words: str) -> None:  # fmt: skip
    insert_card(**options)
    action = action_of(form)
    with qtbot.waitSignal(action.finished) as done:
        action.trigger()
    assert done.args == [code] and action.pin_dialog is None
    assert words in prompter.texts("warn")[-1]


def test_no_card_and_no_service(qtbot: QtBot, form: PersonForm, pcsc: PcscStack, prompter: ScriptedPrompter) -> None:
    action = action_of(form)
    with qtbot.waitSignal(action.finished) as done:
        action.trigger()
    assert done.args == ["no_card"] and "Put the card on the reader" in prompter.texts("warn")[-1]
    pcsc.stop()
    with qtbot.waitSignal(action.finished) as done:
        action.trigger()
    assert done.args == ["no_service"] and "smart-card service" in prompter.texts("warn")[-1]


@pytest.mark.parametrize(("action_name", "code"), [("remove", "card_removed"), ("hang", "not_responding")])
def test_card_pulled_out_or_silent_during_the_read(qtbot: QtBot, form: PersonForm, insert_card: Insert,
                                                   prompter: ScriptedPrompter, action_name: str, code: str) -> None:  # fmt: skip
    card = insert_card()
    card.fail(mid_read if action_name == "remove" else reading_basic_info, action_name)
    action = action_of(form)
    action.trigger()
    assert action.pin_dialog is not None
    qtbot.keyClicks(action.pin_dialog.edit, "1234")
    with qtbot.waitSignal(action.finished, timeout=5000) as done:
        action.pin_dialog.ok_button.click()
    assert done.args == [code]
    assert form.edits["name"].text() == "" and action.isEnabled() and prompter.texts("warn")


def test_reads_run_off_the_gui_thread(qtbot: QtBot, ctx: Context, card_action_registered: None,
                                      insert_card: Insert, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    import threading

    from desktop.tasks.runner import QtTaskRunner

    threads: list[str] = []

    class Watching(CardReader):
        def open_input_support(self, reader: str | None = None) -> Any:
            threads.append(threading.current_thread().name)
            return super().open_input_support(reader)

    monkeypatch.setattr(read_action, "make_reader", lambda: Watching(timeout=1.0))
    prompter = ScriptedPrompter(answers=[True])
    runner = QtTaskRunner(prompter, progress_delay_ms=60_000)
    form = PersonForm(ctx, runner)
    qtbot.addWidget(form)
    insert_card()
    action = action_of(form)
    action.trigger()
    qtbot.waitUntil(lambda: action.pin_dialog is not None, timeout=5000)
    assert threads and threads[0] != threading.main_thread().name
    assert action.pin_dialog is not None
    qtbot.keyClicks(action.pin_dialog.edit, "1234")
    with qtbot.waitSignal(action.finished, timeout=5000) as done:
        action.pin_dialog.ok_button.click()
    assert done.args == ["filled"] and form.edits["name"].text() == "髙﨑 𠮷太郎"
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5000)
    runner.shutdown()
