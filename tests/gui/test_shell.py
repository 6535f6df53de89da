"""The shell: main window navigation by role and job, keyboard, status bar, today view, settings dialog
pages by role, the launcher's login → main → logout flow."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.office import OfficeProfile
from desktop.core.people import Person
from desktop.core.staff import Actor, Role
from desktop.jobs.registry import Job, Registry
from desktop.store.context import Context
from desktop.store.office import mark_office_kind
from desktop.store.people import add_person
from desktop.store.visits import check_in
from desktop.tasks import SyncTaskRunner
from desktop.tasks.prompt import ScriptedPrompter
from desktop.ui.main_window import MainWindow
from desktop.ui.settings.dialog import SettingsDialog
from desktop.ui.settings.general import GeneralPage
from desktop.ui.settings.retention import RetentionPage
from desktop.ui.settings.users import UsersPage
from desktop.ui.shell import Launcher, Shell
from desktop.ui.today import TodayView
from tests.kit.staff import LOGINS, PASSWORD

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class JobPage(QLabel):
    def __init__(self, shell: Any) -> None:
        super().__init__("booking page")
        self.refreshed = 0

    def refresh(self) -> None:
        self.refreshed += 1


def test_registry() -> Registry:
    reg = Registry()
    reg.add(
        Job(
            "booking", "Booking", order=10, page=JobPage, today_panel=lambda shell: QLabel("3 bookings today"),
            status_widgets=[lambda shell: QLabel("Card reader: ready")],
        )
    )  # fmt: skip
    reg.add(
        Job("reports", "Reports", order=90, min_role=Role.SUPERVISOR, page=lambda shell: QLabel("reports"))
    )
    reg.add(Job("mailing", "Mailing", order=50))  # no page: not shown
    return reg


test_registry.__test__ = False  # type: ignore[attr-defined]


@pytest.fixture
def window_for(
    qtbot: QtBot, ctx: Context, office_profile: OfficeProfile, staff_users: dict[Role, Actor],
    make_shell: Callable[..., Shell],
) -> Callable[[Role], MainWindow]:  # fmt: skip
    def make(role: Role) -> MainWindow:
        shell = make_shell(ctx.as_actor(staff_users[role]), jobs=test_registry().jobs())
        window = MainWindow(shell)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def test_counter_sees_today_residents_and_its_jobs(window_for: Callable[[Role], MainWindow]) -> None:
    window = window_for(Role.COUNTER)
    assert window.nav.keys() == ["today", "residents", "booking"]
    assert window.nav.titles() == ["Today", "Residents", "Booking"]
    assert isinstance(window.stack.currentWidget(), TodayView)
    assert window.staff_label.text() == "窓口 一郎 (Counter staff)"
    assert window.office_label.text() == "みどり市 市民課"
    assert window.device_label.text().startswith("PC: ")
    assert not window.demo_badge.isVisibleTo(window)
    assert "Card reader: ready" in [w.text() for w in window.statusBar().findChildren(QLabel)]


def test_supervisor_sees_the_supervisor_job(window_for: Callable[[Role], MainWindow]) -> None:
    assert window_for(Role.SUPERVISOR).nav.keys() == ["today", "residents", "booking", "reports", "audit"]


def test_keyboard_switches_refreshes_and_logs_out(
    qtbot: QtBot, window_for: Callable[[Role], MainWindow]
) -> None:
    window = window_for(Role.ADMIN)
    with qtbot.waitActive(window):  # window shortcuts need the active window
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.stack.currentWidget()
    assert isinstance(page, JobPage) and window.current_key() == "booking"
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert page.refreshed == 1
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "residents"
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)  # no 9th page: nothing
    assert window.current_key() == "residents"
    with qtbot.waitSignal(window.logoutRequested, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_today_view_shows_date_open_queue_counts_and_job_panels(
    qtbot: QtBot, ctx: Context, window_for: Callable[[Role], MainWindow]
) -> None:
    person = add_person(ctx, Person(id="", name="𠮷田 花子", kana="ヨシダ ハナコ", birth_date=None))
    check_in(ctx, [person.id], "handover")
    window = window_for(Role.COUNTER)
    today = window.page("today")
    assert isinstance(today, TodayView)
    assert today.date_label.text() == "令和8年11月24日（火）"
    assert today.seireki_label.text() == "2026年11月24日"
    assert today.open_label.text().startswith("Open today, 8:30–17:15")
    assert today.queue.rowCount() == 1
    assert today.queue.item(0, 0).text() == "1"
    assert today.queue.item(0, 1).text() == "𠮷田 花子"
    assert today.queue.item(0, 2).text() == "Card handover"
    assert today.queue.item(0, 3).text() == "Waiting"
    counts = {
        today.counts.item(r, 0).text(): today.counts.item(r, 1).text() for r in range(today.counts.rowCount())
    }
    assert counts["Check-ins"] == "1" and counts["Cards handed over"] == "0"
    panel_texts = [w.text() for w in today.panels.findChildren(QLabel)]
    assert "3 bookings today" in panel_texts


def test_today_view_on_a_holiday(
    qtbot: QtBot, ctx: Context, window_for: Callable[[Role], MainWindow]
) -> None:
    ctx.clock.set(ctx.clock.now().replace(day=23))  # type: ignore[attr-defined] # 勤労感謝の日
    today = window_for(Role.COUNTER).page("today")
    assert isinstance(today, TodayView)
    assert today.open_label.text() == "Closed today — 勤労感謝の日"


def test_demo_office_is_marked(
    qtbot: QtBot, ctx: Context, staff_users: dict[Role, Actor], make_shell: Callable[..., Shell]
) -> None:
    mark_office_kind(ctx, "demo")
    window = MainWindow(make_shell(ctx.as_actor(staff_users[Role.COUNTER])))
    qtbot.addWidget(window)
    window.show()
    assert window.demo_badge.isVisible()
    assert "[DEMO]" in window.windowTitle()


# -- settings by role --------------------------------------------------------------------------------


def settings_for(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    window.open_settings()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.addWidget(dialog)
    return dialog


def test_counter_gets_only_the_display_settings(
    qtbot: QtBot, window_for: Callable[[Role], MainWindow]
) -> None:
    dialog = settings_for(qtbot, window_for(Role.COUNTER))
    assert isinstance(dialog.pages[0], GeneralPage)
    assert all(page.min_role is Role.COUNTER for page in dialog.pages)
    assert dialog.page_of(UsersPage) is None and dialog.page_of(RetentionPage) is None


def test_admin_gets_users_and_retention(qtbot: QtBot, window_for: Callable[[Role], MainWindow]) -> None:
    dialog = settings_for(qtbot, window_for(Role.ADMIN))
    assert "Staff" in dialog.titles() and "Retention" in dialog.titles() and "Display" in dialog.titles()
    users = dialog.page_of(UsersPage)
    assert users is not None and [m.login for m in users.members] == ["admin1", "counter1", "super1"]


def test_job_settings_pages_follow_roles(
    qtbot: QtBot, ctx: Context, staff_users: dict[Role, Actor], office_profile: OfficeProfile,
    make_shell: Callable[..., Shell],
) -> None:  # fmt: skip
    from desktop.ui.settings.base import SettingsPage

    class BookingRules(SettingsPage):
        min_role = Role.SUPERVISOR

        def title(self) -> str:
            return "Booking rules"

    reg = Registry()
    reg.add(Job("booking", "Booking", settings_pages=[("Booking rules", BookingRules)]))
    for role, expected in ((Role.COUNTER, False), (Role.SUPERVISOR, True)):
        shell = make_shell(ctx.as_actor(staff_users[role]), jobs=reg.jobs())
        dialog = SettingsDialog(shell)
        qtbot.addWidget(dialog)
        assert ("Booking rules" in dialog.titles()) is expected


# -- the launcher flow ---------------------------------------------------------------------------------


def test_login_then_main_window_then_logout(
    qtbot: QtBot, ctx: Context, office_profile: OfficeProfile, staff_users: dict[Role, Actor],
    sync_tasks: SyncTaskRunner, prompter: ScriptedPrompter,
) -> None:  # fmt: skip
    launcher = Launcher(ctx, sync_tasks, prompter, jobs=lambda: test_registry().jobs())
    launcher.start()
    login = launcher.login_window
    assert login is not None and login.isVisible() and launcher.wizard is None
    qtbot.keyClicks(login.login_edit, LOGINS[Role.ADMIN])
    qtbot.keyClicks(login.password_edit, PASSWORD)
    qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    window = launcher.main_window
    assert isinstance(window, MainWindow) and window.isVisible()
    qtbot.addWidget(window)
    assert launcher.login_window is None
    assert window.shell.actor == staff_users[Role.ADMIN]
    assert window.shell.info.staff_name == "管理 太郎"

    window.logoutRequested.emit()
    assert launcher.main_window is None
    assert launcher.login_window is not None and launcher.login_window.isVisible()
    actions = [r[0] for r in ctx.db.conn.execute("SELECT action FROM audit_log ORDER BY seq")]
    assert actions[-2:] == ["login", "logout"]
    with qtbot.waitSignal(launcher.finished, timeout=1000):
        launcher.login_window.close()


def test_closing_the_main_window_ends_the_session(
    qtbot: QtBot, ctx: Context, office_profile: OfficeProfile, staff_users: dict[Role, Actor],
    sync_tasks: SyncTaskRunner, prompter: ScriptedPrompter,
) -> None:  # fmt: skip
    launcher = Launcher(ctx, sync_tasks, prompter, jobs=lambda: [])
    launcher.start()
    launcher.login_window.loggedIn.emit(staff_users[Role.COUNTER])
    window = launcher.main_window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    with qtbot.waitSignal(launcher.finished, timeout=1000):
        window.close()
    assert [r[0] for r in ctx.db.conn.execute("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")] == [
        "logout"
    ]


# -- the bootstrap's order: the login window first, the office database opened meanwhile -------------


def _gone(widget: QWidget) -> bool:
    import shiboken6

    return not shiboken6.isValid(widget) or not widget.isVisible()


def _opened(qtbot: QtBot, launcher: Launcher) -> list[Context]:
    opened: list[Context] = []
    launcher.opened.connect(opened.append)
    launcher.start()
    return opened


def test_the_login_window_shows_before_the_office_database_opens(
    qtbot: QtBot, ctx: Context, office_profile: OfficeProfile, staff_users: dict[Role, Actor],
    sync_tasks: SyncTaskRunner, prompter: ScriptedPrompter,
) -> None:  # fmt: skip
    launcher = Launcher(None, sync_tasks, prompter, ctx.data_dir, jobs=lambda: [])
    opened = _opened(qtbot, launcher)
    login = launcher.login_window
    assert login is not None and login.isVisible() and login.ctx is None and opened == []
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)  # on the next turn of the event loop
    try:
        assert launcher.ctx is opened[0] and login.ctx is opened[0]
        assert login.office_label.text() == "みどり市 市民課" and launcher.wizard is None
        qtbot.keyClicks(login.login_edit, LOGINS[Role.COUNTER])
        qtbot.keyClicks(login.password_edit, PASSWORD)
        qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
        window = launcher.main_window
        assert isinstance(window, MainWindow) and window.shell.actor == staff_users[Role.COUNTER]
        qtbot.addWidget(window)
        with qtbot.waitSignal(launcher.finished, timeout=1000):
            window.close()
    finally:
        opened[0].db.close()


def test_a_first_run_opens_the_wizard_and_no_login_window(
    qtbot: QtBot, tmp_path: Path, sync_tasks: SyncTaskRunner, prompter: ScriptedPrompter
) -> None:
    launcher = Launcher(None, sync_tasks, prompter, tmp_path / "fresh", jobs=lambda: [])
    opened = _opened(qtbot, launcher)
    assert launcher.login_window is None  # no office yet: nobody could log in
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    try:
        assert launcher.wizard is not None and launcher.wizard.isVisible()
        with qtbot.waitSignal(launcher.finished, timeout=1000):
            launcher.wizard.reject()
    finally:
        opened[0].db.close()


def test_an_unfinished_setup_replaces_the_login_window_by_the_wizard(
    qtbot: QtBot, ctx: Context, sync_tasks: SyncTaskRunner, prompter: ScriptedPrompter
) -> None:
    launcher = Launcher(None, sync_tasks, prompter, ctx.data_dir, jobs=lambda: [])
    opened = _opened(qtbot, launcher)
    login = launcher.login_window
    assert login is not None and login.isVisible()  # the database file exists: an office, presumably
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    try:
        assert launcher.login_window is None and _gone(login)
        assert launcher.wizard is not None and launcher.wizard.isVisible()
        launcher.wizard.reject()
    finally:
        opened[0].db.close()


def test_a_database_that_does_not_open_closes_the_login_window_and_says_why(
    qtbot: QtBot, data_dir: Path, sync_tasks: SyncTaskRunner, prompter: ScriptedPrompter
) -> None:
    import sqlite3

    from desktop.store.migrate import DatabaseTooNew

    conn = sqlite3.connect(data_dir / "madoguchi.sqlite3")
    conn.execute("PRAGMA user_version = 9999")
    conn.close()
    launcher = Launcher(None, sync_tasks, prompter, data_dir, jobs=lambda: [])
    failed: list[BaseException] = []
    launcher.openFailed.connect(failed.append)
    launcher.start()
    login = launcher.login_window
    assert login is not None and login.isVisible()
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert isinstance(failed[0], DatabaseTooNew)
    assert launcher.login_window is None and _gone(login) and launcher.ctx is None
    assert prompter.asked == []  # the bootstrap says it (tests/ops/test_bootstrap.py)


def test_main_window_fits_a_laptop_screen(window_for: Callable[[Role], MainWindow]) -> None:
    window = window_for(Role.ADMIN)
    hint = window.minimumSizeHint()
    assert window.minimumWidth() <= 1024 and window.minimumHeight() <= 640
    assert hint.width() <= 1366 and hint.height() <= 768
    assert isinstance(window.nav, QWidget)


# -- settings pages of the shell -----------------------------------------------------------------------


@pytest.fixture
def admin_shell(
    ctx: Context, office_profile: OfficeProfile, admin_ctx: Context, make_shell: Callable[..., Shell]
) -> Shell:
    return make_shell(admin_ctx)


def test_users_page_adds_disables_and_resets(qtbot: QtBot, admin_shell: Shell, ctx: Context) -> None:
    from desktop.security.auth import LoginFailed, login

    page = UsersPage(admin_shell)
    qtbot.addWidget(page)
    page.load()
    qtbot.keyClicks(page.new_login, "clerk2")
    page.new_name.setText("窓口 二郎")
    qtbot.keyClicks(page.new_password, "clerk2-pass")
    qtbot.keyClicks(page.new_password2, "clerk2-pass")
    page.add_button.click()
    assert [m.login for m in page.members] == ["admin1", "clerk2", "counter1", "super1"]
    assert page.new_login.text() == "" and not page.error_label.isVisibleTo(page)
    assert login(ctx, "clerk2", "clerk2-pass").role is Role.COUNTER

    page.select_login("clerk2")
    page.toggle_button.click()
    assert page.table.item(1, 3).text() == "Disabled" and page.toggle_button.text() == "&Enable"
    with pytest.raises(LoginFailed):
        login(ctx, "clerk2", "clerk2-pass")
    page.toggle_button.click()
    qtbot.keyClicks(page.reset_password, "new-pass-22")
    qtbot.keyClicks(page.reset_password2, "new-pass-22")
    page.reset_button.click()
    assert login(ctx, "clerk2", "new-pass-22").login == "clerk2"


def test_users_page_says_problems_inline(qtbot: QtBot, admin_shell: Shell) -> None:
    page = UsersPage(admin_shell)
    qtbot.addWidget(page)
    page.load()
    qtbot.keyClicks(page.new_login, "x")
    page.new_name.setText("X")
    qtbot.keyClicks(page.new_password, "password-1")
    qtbot.keyClicks(page.new_password2, "password-2")
    page.add_button.click()
    assert "differ" in page.error_label.text()
    page.select_login("admin1")
    page.toggle_button.click()
    assert "last active administrator" in page.error_label.text()
    assert admin_shell.prompter.asked == []  # type: ignore[attr-defined]


def test_retention_page_sets_periods(qtbot: QtBot, admin_shell: Shell, ctx: Context) -> None:
    from desktop.store.retention import kernel_rules, period_days

    page = RetentionPage(admin_shell)
    qtbot.addWidget(page)
    page.load()
    assert page.spins["visit_notes"].value() == 90
    page.spins["visit_notes"].setValue(30)
    page.spins["people"].setValue(0)  # keep
    assert [rule.key for rule, _ in page.changes()] == ["visit_notes", "people"]
    page.save()
    rules = {r.key: r for r in kernel_rules()}
    assert period_days(ctx, rules["visit_notes"]) == 30
    assert period_days(ctx, rules["people"]) is None
    assert page.changes() == [] and page.status.text() == "Saved."


def test_general_page_saves_language_and_scale_for_this_pc(qtbot: QtBot, admin_shell: Shell) -> None:
    from desktop.platform.prefs import UiPrefs, load_ui_prefs

    page = GeneralPage(admin_shell)
    qtbot.addWidget(page)
    page.load()
    assert page.prefs() == UiPrefs("ja", 100)
    page.language.setCurrentIndex(page.language.findData("en"))
    page.scale.setCurrentIndex(page.scale.findData(125))
    page.save()
    assert load_ui_prefs(admin_shell.data_dir) == UiPrefs("en", 125)
    assert "Restart" in page.status.text()


# -- the bootstrap (desktop/__main__.py) in a process of its own ---------------------------------------

BOOT = r"""
import sys
from PySide6.QtCore import QTimer
import desktop.ui.shell as shell
import desktop.tasks.qt_prompter as qt_prompter

def login(self, _show=shell.Launcher.show_login):
    _show(self)
    window, seen = self.login_window, []

    def header_loaded():  # the real runner: the header arrives from the database thread
        if not seen:
            seen.append(1)
            print("LOGIN", window.office_label.text(), flush=True)
            QTimer.singleShot(0, window.close)  # the last window closes: the application ends

    self.tasks.idle.connect(header_loaded)

def wizard(self, _show=shell.Launcher.show_wizard):
    _show(self)
    print("WIZARD", flush=True)
    QTimer.singleShot(0, self.wizard.reject)

shell.Launcher.show_login, shell.Launcher.show_wizard = login, wizard
qt_prompter.QtPrompter.warn = lambda self, title, text: print("WARN", title, flush=True)
qt_prompter.QtPrompter.error = lambda self, title, text, details="": print("ERROR", title, text, flush=True)
from desktop.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def boot(tmp_path: Path, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "boot.py"
    script.write_text(BOOT, encoding="utf-8")
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(tmp_path / "cache")
    )
    return subprocess.run(
        [sys.executable, str(script), "--data-dir", str(data_dir), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_bootstrap_first_run_then_login(tmp_path: Path, ctx: Context, office_profile: OfficeProfile) -> None:
    fresh = tmp_path / "fresh"
    first = boot(tmp_path, fresh, "--lang", "en")
    assert (first.returncode, first.stdout.split()) == (0, ["WIZARD"]), first.stderr
    assert (fresh / "madoguchi.sqlite3").exists() and (fresh / "logs" / "madoguchi.log").exists()
    again = boot(tmp_path, ctx.data_dir)
    assert again.returncode == 0, again.stderr
    assert again.stdout.split() == ["LOGIN", "みどり市", "市民課"]


def test_second_start_on_the_same_data_folder_is_refused(tmp_path: Path, data_dir: Path) -> None:
    from desktop.platform.single_instance import SingleInstance

    with SingleInstance(data_dir) as running:
        assert running.acquire()
        assert not SingleInstance(data_dir).acquire()
        second = boot(tmp_path, data_dir, "--lang", "en")
    assert second.returncode == 1, second.stderr
    assert second.stdout.strip() == "WARN Madoguchi is already running"
    assert SingleInstance(data_dir).acquire(), "released when the first one ends"


def test_newer_database_is_refused_with_exit_3(tmp_path: Path, data_dir: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(data_dir / "madoguchi.sqlite3")
    conn.execute("PRAGMA user_version = 9999")
    conn.close()
    result = boot(tmp_path, data_dir, "--lang", "en")
    assert result.returncode == 3, result.stderr
    assert result.stdout.startswith(
        "ERROR The database cannot be opened This database was written by a newer"
    )


def test_crash_hook_shows_and_logs(prompter: ScriptedPrompter, caplog: pytest.LogCaptureFixture) -> None:
    from desktop.__main__ import CrashHook

    hook = CrashHook()
    hook.prompter = prompter
    try:
        raise KeyError("boom")
    except KeyError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert prompter.texts("error")[0].startswith("An unexpected error occurred.")
    assert "KeyError: 'boom'" in prompter.details[0]
    assert "unhandled exception" in caplog.text


def test_bootstrap_options_leave_the_rest_to_qt() -> None:
    from desktop.__main__ import parse_args

    args, rest = parse_args(["--data-dir", "/tmp/x", "--lang", "en", "-platform", "offscreen"])
    assert (args.data_dir, args.lang, rest) == ("/tmp/x", "en", ["-platform", "offscreen"])
