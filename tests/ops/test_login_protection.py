"""Login protection (5 failures lock for a configurable time) with a set clock; the unlock time shown
in the login window; the idle lock hiding data; resuming; the fast staff switch."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.clock import FixedClock
from desktop.core.errors import DomainError, NotAllowed
from desktop.core.office import OfficeProfile
from desktop.core.staff import Actor, Role
from desktop.jobs.registry import Job
from desktop.security import lock
from desktop.security.auth import AccountLocked, LoginFailed, login, set_lockout_policy
from desktop.store import audit
from desktop.store.context import Context
from desktop.tasks import SyncTaskRunner
from desktop.tasks.prompt import ScriptedPrompter
from desktop.tasks.qt_prompter import QtPrompter
from desktop.ui.lock_screen import IdleWatcher
from desktop.ui.login import LoginWindow
from desktop.ui.main_window import MainWindow
from desktop.ui.shell import Launcher
from tests.kit.staff import LOGINS, PASSWORD

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_five_failures_lock_until_the_time_said(ctx: Context, clock: FixedClock,
                                                staff_users: dict[Role, Actor]) -> None:  # fmt: skip
    for _ in range(4):
        with pytest.raises(LoginFailed) as plain:
            login(ctx, "counter1", "wrong-horse-9")
        assert not isinstance(plain.value, AccountLocked)
    with pytest.raises(AccountLocked) as locked:
        login(ctx, "counter1", "wrong-horse-9")  # the fifth
    assert "locked until 10:15" in str(locked.value)  # 10:00 JST + 15 minutes
    clock.advance(timedelta(minutes=10))
    with pytest.raises(AccountLocked) as still:
        login(ctx, "counter1", PASSWORD)  # even the right password
    assert "until 10:15" in str(still.value)
    clock.advance(timedelta(minutes=5, seconds=1))
    assert login(ctx, "counter1", PASSWORD).login == "counter1"


def test_lock_time_is_configurable_and_spans_midnight(admin_ctx: Context, counter_ctx: Context,
                                                      clock: FixedClock) -> None:  # fmt: skip
    with pytest.raises(NotAllowed):
        set_lockout_policy(counter_ctx, 3, 60)
    with pytest.raises(DomainError):
        set_lockout_policy(admin_ctx, 3, 0)
    set_lockout_policy(admin_ctx, 3, 180)
    assert audit.search(admin_ctx, audit.AuditFilter(action="settings"))[0].entity_id == "login.lockout"
    from datetime import datetime

    from desktop.core.clock import JST

    clock.set(datetime(2026, 11, 24, 23, 0, tzinfo=JST))
    for _ in range(2):
        with pytest.raises(LoginFailed):
            login(admin_ctx, "super1", "wrong-horse-9")
    with pytest.raises(AccountLocked) as locked:
        login(admin_ctx, "super1", "wrong-horse-9")
    assert "until 2026-11-25 02:00" in str(locked.value)
    with pytest.raises(AccountLocked):
        login(admin_ctx, "super1", PASSWORD)
    clock.advance(timedelta(hours=3))
    assert login(admin_ctx, "super1", PASSWORD).login == "super1"


def test_unknown_logins_never_lock_and_say_nothing(ctx: Context, staff_users: dict[Role, Actor]) -> None:
    for _ in range(8):
        with pytest.raises(LoginFailed) as err:
            login(ctx, "nobody", "wrong-horse-9")
        assert not isinstance(err.value, AccountLocked)


def test_login_window_shows_the_unlock_time(qtbot: QtBot, ctx: Context, office_profile: OfficeProfile,
                                            staff_users: dict[Role, Actor], sync_tasks: SyncTaskRunner,
                                            prompter: ScriptedPrompter) -> None:  # fmt: skip
    window = LoginWindow(ctx, sync_tasks, prompter)
    qtbot.addWidget(window)
    for _ in range(5):
        window.login_edit.setText("counter1")
        window.password_edit.setText("wrong-horse-9")
        window.submit()
    assert window.error_label.isVisibleTo(window)
    assert "locked until 10:15" in window.error_label.text()
    assert window.password_edit.text() == ""


# -- idle lock and staff switch ----------------------------------------------------------------------------


class ResidentPage(QLabel):
    def __init__(self, shell: Any) -> None:
        super().__init__("山田 太郎 (a resident's name)")


def jobs() -> list[Job]:
    return [Job("booking", "Booking", order=10, page=ResidentPage)]


@pytest.fixture
def counter_window(qtbot: QtBot, ctx: Context, office_profile: OfficeProfile, staff_users: dict[Role, Actor],
                   make_shell: Any) -> MainWindow:  # fmt: skip
    window = MainWindow(make_shell(ctx.as_actor(staff_users[Role.COUNTER]), jobs=jobs()))
    qtbot.addWidget(window)
    window.show()
    return window


def test_idle_setting_reaches_the_window(admin_ctx: Context, counter_ctx: Context, counter_window: MainWindow) -> None:
    assert lock.idle_lock_minutes(admin_ctx) == 5
    assert counter_window.idle.minutes == 5 and counter_window.idle.active
    with pytest.raises(NotAllowed):
        lock.set_idle_lock_minutes(counter_ctx, 1)
    lock.set_idle_lock_minutes(admin_ctx, 0)
    assert lock.idle_lock_minutes(admin_ctx) == 0


def test_input_restarts_the_idle_countdown(qtbot: QtBot) -> None:
    watcher = IdleWatcher()
    watcher.set_minutes(5)
    starts: list[int] = []

    class Timer:
        def isActive(self) -> bool:  # noqa: N802 - Qt naming
            return True

        def start(self) -> None:
            starts.append(1)

    real = watcher.timer
    watcher.timer = Timer()  # type: ignore[assignment]
    target = QWidget()
    qtbot.addWidget(target)
    watcher.eventFilter(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier))
    watcher.eventFilter(target, QEvent(QEvent.Type.Paint))  # not input
    assert starts == [1]
    watcher.timer = real
    watcher.set_minutes(0)
    assert not watcher.active


def test_idle_lock_hides_everything_until_login(qtbot: QtBot, counter_window: MainWindow, ctx: Context) -> None:
    window = counter_window
    window.show_page(1)
    page = window.stack.currentWidget()
    dialog = QDialog(window)
    dialog.show()
    question = QMessageBox(QMessageBox.Icon.Question, "予約の取消", "山田 太郎さんの予約を取り消しますか？",
                           QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)  # fmt: skip
    question.show()
    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    theirs = QDialog(elsewhere)  # another window's dialog (none in the application; the rule is "ours")
    theirs.show()
    window.open_settings()
    assert window.idle.timer.interval() == 5 * 60_000 and window.idle.timer.isSingleShot()
    # a message (through the prompter: whichever window is active, even none) is up when the lock comes
    open_message: list[QWidget | None] = []

    def idle_now() -> None:
        open_message.append(QApplication.activeModalWidget())
        window.idle.idle.emit()  # what the timer does after 5 minutes without input

    QTimer.singleShot(0, idle_now)
    QtPrompter().info("保存", "山田 太郎さんの記録を保存しました。")  # returns: the lock closed it
    assert window.locked and window.screens.currentWidget() is window.lock_screen
    assert not window.content.isVisible() and not page.isVisible()
    assert not dialog.isVisible() and not window.settings_dialog.isVisible()
    assert not question.isVisible() and question.result() != QMessageBox.StandardButton.Yes
    [message] = open_message
    assert message is not None and message.parentWidget() is window and not message.isVisible()
    assert theirs.isVisible()
    theirs.close()
    assert window.lock_screen.login_edit.text() == "counter1"
    texts = " ".join(w.text() for w in window.findChildren(QLabel) if w.isVisible())
    assert "山田" not in texts

    screen = window.lock_screen
    screen.password_edit.setText("wrong-horse-9")
    screen.submit()
    assert window.locked and "Login failed" in screen.error_label.text()
    qtbot.keyClicks(screen.password_edit, PASSWORD)
    qtbot.keyClick(screen.password_edit, Qt.Key.Key_Return)
    assert not window.locked and window.stack.currentWidget() is page and page.isVisible()
    assert window.idle.active
    actions = [e.action for e in audit.search(ctx, audit.AuditFilter(login="counter1"))][:2]
    assert actions == ["login", "login_failed"]


def test_shortcuts_are_off_while_locked(counter_window: MainWindow) -> None:
    from PySide6.QtGui import QShortcut

    counter_window.lock("switch")
    assert all(not s.isEnabled() for s in counter_window.findChildren(QShortcut))
    counter_window.lock("idle")  # already locked: nothing changes
    assert counter_window.lock_screen.title.text() == "Switch staff"
    counter_window.open_backups()
    assert counter_window.backup_dialog is None


def test_fast_staff_switch(qtbot: QtBot, ctx: Context, office_profile: OfficeProfile,
                           staff_users: dict[Role, Actor], sync_tasks: SyncTaskRunner,
                           prompter: ScriptedPrompter) -> None:  # fmt: skip
    launcher = Launcher(ctx, sync_tasks, prompter, jobs=jobs)
    launcher._logged_in(staff_users[Role.COUNTER])
    first = launcher.main_window
    assert isinstance(first, MainWindow)
    qtbot.addWidget(first)
    assert first.nav.keys() == ["today", "residents", "booking"]
    first.switch_button.click()
    screen = first.lock_screen
    assert screen.login_edit.text() == "" and screen.title.text() == "Switch staff"
    qtbot.keyClicks(screen.login_edit, LOGINS[Role.SUPERVISOR])
    qtbot.keyClicks(screen.password_edit, PASSWORD)
    qtbot.keyClick(screen.password_edit, Qt.Key.Key_Return)
    second = launcher.main_window
    assert isinstance(second, MainWindow) and second is not first
    qtbot.addWidget(second)
    assert second.shell.actor == staff_users[Role.SUPERVISOR] and second.isVisible() and not second.locked
    assert second.nav.keys()[-1] == "audit" and second.backup_button is not None
    assert not first.isVisible() and launcher.login_window is None
    entries = [(e.login, e.action) for e in audit.search(ctx, audit.AuditFilter())][:2]
    assert entries == [("counter1", "logout"), ("super1", "login")]  # newest first: the new login, then
    # the previous session's end
