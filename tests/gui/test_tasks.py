"""The tasks bridge: the threaded runner, the delayed progress dialog and the real prompter."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, QThread, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.errors import DomainError
from desktop.tasks.error_dialog import ErrorDialog
from desktop.tasks.progress import DelayedProgress
from desktop.tasks.prompt import ScriptedPrompter
from desktop.tasks.qt_prompter import QtPrompter
from desktop.tasks.runner import QtTaskRunner

# The offscreen platform cannot pass a shown window's size hints on; that is not our bug.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def runner(qtbot: QtBot, prompter: ScriptedPrompter) -> Iterator[QtTaskRunner]:
    tasks = QtTaskRunner(prompter)
    yield tasks
    assert tasks.shutdown(5000)


def gui_thread() -> QThread:
    app = QApplication.instance()
    assert app is not None
    return app.thread()


def test_result_comes_back_on_the_gui_thread(qtbot: QtBot, runner: QtTaskRunner) -> None:
    seen: dict[str, Any] = {}

    def work() -> int:
        seen["work_thread"] = QThread.currentThread()
        seen["work_on_gui"] = QThread.currentThread() is gui_thread()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback_on_gui"] = QThread.currentThread() is gui_thread()

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.run(work, done)
    assert seen == {
        "work_thread": seen["work_thread"],
        "work_on_gui": False,
        "value": 42,
        "callback_on_gui": True,
    }
    assert runner.pending() == 0


def test_database_work_runs_on_one_thread_in_order(qtbot: QtBot, runner: QtTaskRunner) -> None:
    threads: list[int] = []
    order: list[int] = []
    for n in range(8):
        runner.run(lambda n=n: (threads.append(threading.get_ident()), n)[1], order.append)
    qtbot.waitUntil(lambda: len(order) == 8, timeout=5000)
    assert order == list(range(8))
    assert len(set(threads)) == 1
    assert threads[0] != threading.get_ident()


def test_io_work_does_not_wait_for_the_database_thread(qtbot: QtBot, runner: QtTaskRunner) -> None:
    release = threading.Event()
    results: list[str] = []
    try:
        runner.run(lambda: release.wait(5) and "db", results.append)
        runner.run(lambda: "io", results.append, kind="io")
        qtbot.waitUntil(lambda: results == ["io"], timeout=5000)
    finally:
        release.set()
    qtbot.waitUntil(lambda: results == ["io", "db"], timeout=5000)


def test_failure_without_handler_goes_to_the_prompt_seam(
    qtbot: QtBot, runner: QtTaskRunner, prompter: ScriptedPrompter
) -> None:
    def refuse() -> None:
        raise DomainError("Slot {time} is already full.", time="10:30")

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.run(refuse, lambda _r: pytest.fail("no success expected"))
    assert prompter.texts("error") == ["Slot 10:30 is already full."]


def test_unexpected_failure_has_details(
    qtbot: QtBot, runner: QtTaskRunner, prompter: ScriptedPrompter
) -> None:
    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.run(lambda: 1 / 0)
    assert len(prompter.texts("error")) == 1
    assert "ZeroDivisionError" in prompter.details[0]


def test_failure_handler_replaces_the_dialog(
    qtbot: QtBot, runner: QtTaskRunner, prompter: ScriptedPrompter
) -> None:
    failures: list[BaseException] = []
    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.run(lambda: [][1], on_failure=failures.append)
    assert isinstance(failures[0], IndexError)
    assert prompter.asked == []


def test_failing_callback_is_reported(qtbot: QtBot, runner: QtTaskRunner, prompter: ScriptedPrompter) -> None:
    def broken(_value: object) -> None:
        raise RuntimeError("callback broke")

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.run(lambda: 1, broken)
    assert "RuntimeError: callback broke" in prompter.details[0]


def test_run_refuses_a_worker_thread(qtbot: QtBot, runner: QtTaskRunner) -> None:
    failures: list[BaseException] = []
    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.run(lambda: runner.run(lambda: None), on_failure=failures.append)
    assert isinstance(failures[0], RuntimeError)


# -- the delayed progress dialog -----------------------------------------------------------------------


class FakeTimer:
    """A single-shot timer the test fires by hand: no waiting at all."""

    def __init__(self, owner: QObject) -> None:
        self.owner = owner
        self.active = False
        self.interval = -1

    def start(self, msec: int) -> None:
        self.active, self.interval = True, msec

    def stop(self) -> None:
        self.active = False

    def isActive(self) -> bool:  # noqa: N802
        return self.active

    def fire(self) -> None:
        assert self.active
        self.active = False
        assert isinstance(self.owner, DelayedProgress)
        self.owner.delay_elapsed()


def test_progress_shows_only_after_the_delay(qtbot: QtBot) -> None:
    timers: list[FakeTimer] = []

    def factory(owner: QObject) -> FakeTimer:
        timers.append(FakeTimer(owner))
        return timers[-1]

    progress = DelayedProgress(delay_ms=600, timer_factory=factory)
    progress.started(1, "Saving…")
    assert timers[0].active and timers[0].interval == 600
    assert not progress.is_showing()
    timers[0].fire()
    assert progress.is_showing()
    assert progress.dialog is not None and progress.dialog.label.text() == "Saving…"
    progress.started(2, "Printing…")
    assert progress.dialog.label.text() == "Printing…"
    progress.finished(2)
    assert progress.is_showing() and progress.dialog.label.text() == "Saving…"
    progress.finished(1)
    assert not progress.is_showing()
    assert not timers[0].active
    progress.close()


def test_quick_work_never_shows_progress(qtbot: QtBot) -> None:
    timers: list[FakeTimer] = []
    progress = DelayedProgress(timer_factory=lambda owner: timers.append(FakeTimer(owner)) or timers[-1])
    progress.started(1, "Quick")
    progress.finished(1)
    assert not timers[0].active
    progress.delay_elapsed()  # a timeout already queued when the work ended does nothing
    assert not progress.is_showing()
    assert progress.dialog is None


def test_runner_shows_progress_for_slow_work_then_hides_it(qtbot: QtBot, prompter: ScriptedPrompter) -> None:
    tasks = QtTaskRunner(prompter, progress_delay_ms=30)
    release = threading.Event()
    results: list[str] = []
    try:
        tasks.run(lambda: release.wait(10) and "done", results.append, label="Slow work")
        assert not tasks.progress.is_showing()
        qtbot.waitUntil(tasks.progress.is_showing, timeout=5000)
        dialog = tasks.progress.dialog
        assert dialog is not None and dialog.label.text() == "Slow work"
    finally:
        release.set()
    qtbot.waitUntil(lambda: results == ["done"], timeout=5000)
    assert not tasks.progress.is_showing()
    assert tasks.shutdown(5000)


def test_progress_can_be_turned_off(qtbot: QtBot, runner: QtTaskRunner) -> None:
    release = threading.Event()
    try:
        runner.run(lambda: release.wait(10), progress=False)
        assert runner.progress.running() == 0
    finally:
        release.set()
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5000)


# -- the real prompter -----------------------------------------------------------------------------------


def test_worker_asks_through_the_gui_thread(qtbot: QtBot, runner: QtTaskRunner) -> None:
    real = QtPrompter()
    asked_on_gui: list[bool] = []

    def fake_ask(title: str, text: str, default_yes: bool) -> bool:
        asked_on_gui.append(QThread.currentThread() is gui_thread())
        return True

    real._ask = fake_ask  # type: ignore[method-assign]
    answers: list[bool] = []
    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.run(lambda: real.ask_yes_no("Title", "Continue?"), answers.append)
    assert answers == [True]
    assert asked_on_gui == [True]


def test_error_dialog_copies_details(qtbot: QtBot) -> None:
    dialog = ErrorDialog("Unexpected error", "Something failed.", "Madoguchi 0.1.0\nTraceback …")
    qtbot.addWidget(dialog)
    assert not dialog.details_box.isVisibleTo(dialog)
    dialog.toggle_button.click()
    assert dialog.details_box.isVisibleTo(dialog)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Madoguchi 0.1.0\nTraceback …"


def test_error_with_details_opens_the_error_dialog(qtbot: QtBot) -> None:
    real = QtPrompter()
    shown: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ErrorDialog)
        shown.append(dialog.details)
        dialog.reject()

    QTimer.singleShot(0, close_it)
    real.error("Unexpected error", "Something failed.", "details here")
    assert shown == ["details here"]


def test_ask_yes_no_defaults_to_no(qtbot: QtBot) -> None:
    real = QtPrompter()

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None
        qtbot.keyClick(box, "\r")

    QTimer.singleShot(0, press_enter)
    assert real.ask_yes_no("Delete", "Delete it?") is False


def test_a_message_opened_without_an_active_window_belongs_to_the_main_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMainWindow

    import desktop.tasks.qt_prompter as qt_prompter

    class NoneActive:  # another application has the focus: no window of ours is active
        activeWindow = staticmethod(lambda: None)  # noqa: N815 - Qt's name
        topLevelWidgets = staticmethod(QApplication.topLevelWidgets)  # noqa: N815

    monkeypatch.setattr(qt_prompter, "QApplication", NoneActive)
    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    parents: list[object] = []

    def close_it() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None
        parents.append(box.parentWidget())
        box.reject()

    QTimer.singleShot(0, close_it)
    QtPrompter().info("Saved", "The record was saved.")
    assert parents == [main]
