"""The login window: header, Enter logs in, failures inline (never a dialog), DEMO badge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.office import OfficeProfile
from desktop.core.staff import Actor, Role
from desktop.store.context import Context
from desktop.store.office import mark_office_kind
from desktop.tasks import SyncTaskRunner
from desktop.tasks.prompt import ScriptedPrompter
from desktop.ui.login import LoginWindow
from tests.kit.staff import LOGINS, PASSWORD

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(
    qtbot: QtBot,
    ctx: Context,
    office_profile: OfficeProfile,
    staff_users: dict[Role, Actor],
    sync_tasks: SyncTaskRunner,
    prompter: ScriptedPrompter,
) -> LoginWindow:
    w = LoginWindow(ctx, sync_tasks, prompter)
    qtbot.addWidget(w)
    w.show()
    return w


def test_header_shows_office_and_wareki_date(window: LoginWindow) -> None:
    assert window.office_label.text() == "みどり市 市民課"
    assert window.date_label.text().startswith("令和8年11月24日")
    assert "2026年11月24日" in window.date_label.text()
    assert window.demo_badge is None  # made only for a demo office


def test_enter_logs_in(qtbot: QtBot, window: LoginWindow, staff_users: dict[Role, Actor]) -> None:
    qtbot.keyClicks(window.login_edit, LOGINS[Role.SUPERVISOR])
    qtbot.keyClick(window.login_edit, Qt.Key.Key_Return)
    assert window.password_edit.hasFocus() or window.focusWidget() is window.password_edit
    qtbot.keyClicks(window.password_edit, PASSWORD)
    with qtbot.waitSignal(window.loggedIn, timeout=1000) as signal:
        qtbot.keyClick(window.password_edit, Qt.Key.Key_Return)
    assert signal.args == [staff_users[Role.SUPERVISOR]]
    assert window.password_edit.text() == ""


def test_wrong_password_is_said_inline(qtbot: QtBot, window: LoginWindow, prompter: ScriptedPrompter) -> None:
    fired: list[object] = []
    window.loggedIn.connect(fired.append)
    qtbot.keyClicks(window.login_edit, LOGINS[Role.COUNTER])
    qtbot.keyClicks(window.password_edit, "wrong-password")
    qtbot.keyClick(window.password_edit, Qt.Key.Key_Return)
    assert fired == []
    assert window.error_label.isVisibleTo(window)
    assert window.error_label.text().startswith("Login failed.")
    assert window.password_edit.text() == ""
    assert prompter.asked == [], "a failed login never opens a dialog"


def test_unknown_login_gets_the_same_message(qtbot: QtBot, window: LoginWindow) -> None:
    qtbot.keyClicks(window.login_edit, "counter1")
    qtbot.keyClicks(window.password_edit, "wrong-password")
    window.login_button.click()
    known = window.error_label.text()
    window.login_edit.clear()
    qtbot.keyClicks(window.login_edit, "nobody")
    qtbot.keyClicks(window.password_edit, "wrong-password")
    window.login_button.click()
    assert window.error_label.text() == known


def test_empty_fields_ask_for_both(window: LoginWindow, prompter: ScriptedPrompter) -> None:
    window.login_button.click()
    assert "login name and password" in window.error_label.text()
    assert window.focusWidget() is window.login_edit
    assert prompter.asked == []


def test_demo_office_shows_demo(
    qtbot: QtBot, data_dir: object, ctx: Context, sync_tasks: SyncTaskRunner, prompter: ScriptedPrompter
) -> None:
    mark_office_kind(ctx, "demo")
    window = LoginWindow(ctx, sync_tasks, prompter)
    qtbot.addWidget(window)
    window.show()
    assert window.demo_badge is not None and window.demo_badge.isVisible()
    assert window.demo_badge.text() == "DEMO"
    assert "DEMO" in window.windowTitle()


def test_closing_the_login_window_ends_the_application(qtbot: QtBot, window: LoginWindow) -> None:
    with qtbot.waitSignal(window.closed, timeout=1000):
        window.close()


# -- shown before the office database is open (the bootstrap's order) ---------------------------------


@pytest.fixture
def early(qtbot: QtBot, office_profile: OfficeProfile, staff_users: dict[Role, Actor],
          sync_tasks: SyncTaskRunner, prompter: ScriptedPrompter) -> LoginWindow:  # fmt: skip
    """A login window shown before the office opened (as the bootstrap shows it)."""
    window = LoginWindow(None, sync_tasks, prompter)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_login_entered_before_the_office_opens_is_checked_when_it_does(
    qtbot: QtBot, early: LoginWindow, ctx: Context, staff_users: dict[Role, Actor], prompter: ScriptedPrompter
) -> None:
    window = early
    assert window.office_label.text().strip() == ""  # no office yet: nothing invented meanwhile
    fired: list[object] = []
    window.loggedIn.connect(fired.append)
    qtbot.keyClicks(window.login_edit, LOGINS[Role.COUNTER])
    qtbot.keyClicks(window.password_edit, PASSWORD)
    qtbot.keyClick(window.password_edit, Qt.Key.Key_Return)
    assert fired == [] and not window.login_button.isEnabled()  # waiting, busy: a second Enter is ignored
    qtbot.keyClick(window.password_edit, Qt.Key.Key_Return)
    window.set_office(ctx)
    assert fired == [staff_users[Role.COUNTER]]  # checked once, as soon as the office was open
    assert window.office_label.text() == "みどり市 市民課"
    assert window.login_button.isEnabled() and prompter.asked == []


def test_a_wrong_password_entered_early_is_said_inline_once_open(
    qtbot: QtBot, early: LoginWindow, ctx: Context
) -> None:
    window = early
    qtbot.keyClicks(window.login_edit, LOGINS[Role.COUNTER])
    qtbot.keyClicks(window.password_edit, "wrong-password")
    window.login_button.click()
    assert not window.error_label.isVisibleTo(window)
    window.set_office(ctx)
    assert window.error_label.isVisibleTo(window) and window.error_label.text().startswith("Login failed.")
    assert window.login_button.isEnabled()
