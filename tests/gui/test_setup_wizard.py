"""First run: the launcher shows the setup wizard; completing it saves the profile and the administrator."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desktop.core.staff import Role
from desktop.security.auth import login
from desktop.store.context import Context
from desktop.store.office import load_profile, office_kind
from desktop.store.staff import add_staff, has_admin, list_staff
from desktop.tasks import SyncTaskRunner
from desktop.tasks.prompt import ScriptedPrompter
from desktop.ui.login import LoginWindow
from desktop.ui.setup_wizard import SetupWizard
from desktop.ui.shell import Launcher

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def launcher(qtbot: QtBot, ctx: Context, sync_tasks: SyncTaskRunner, prompter: ScriptedPrompter) -> Launcher:
    launcher = Launcher(ctx, sync_tasks, prompter, jobs=lambda: [])
    launcher.start()
    return launcher


def fill_office(wizard: SetupWizard, qtbot: QtBot, code: str = "131016") -> None:
    page = wizard.office_page
    page.municipality.setText("みどり市")  # QTest types ASCII only
    page.code.clear()
    qtbot.keyClicks(page.code, code)


def go_to_admin_page(wizard: SetupWizard, qtbot: QtBot) -> None:
    wizard.next()  # welcome → office
    fill_office(wizard, qtbot)
    wizard.next()  # → hours
    wizard.next()  # → counters
    wizard.next()  # → tablets
    tablets = wizard.tablets_page.editor
    tablets.add_row()
    tablets.table.item(0, 1).setText("tablet1@city.example.jp")
    wizard.next()  # → admin
    assert wizard.currentPage() is wizard.admin_page


def fill_admin(wizard: SetupWizard, qtbot: QtBot, password2: str = "kanri-pass-1") -> None:
    page = wizard.admin_page
    qtbot.keyClicks(page.login, "kanri")
    page.name.setText("管理 太郎")
    qtbot.keyClicks(page.password, "kanri-pass-1")
    qtbot.keyClicks(page.password2, password2)


def test_first_run_shows_the_wizard(launcher: Launcher) -> None:
    assert isinstance(launcher.wizard, SetupWizard)
    assert launcher.wizard.isVisible()
    assert launcher.login_window is None


def test_completing_the_wizard_creates_profile_and_admin(
    qtbot: QtBot, launcher: Launcher, ctx: Context, prompter: ScriptedPrompter
) -> None:
    wizard = launcher.wizard
    assert isinstance(wizard, SetupWizard)
    assert wizard.counters_page.terminals.values() == ["統合端末1", "統合端末2", "統合端末3"]
    assert wizard.counters_page.counters.values() == ["窓口1"]
    go_to_admin_page(wizard, qtbot)
    fill_admin(wizard, qtbot)
    wizard.button(QWizard.WizardButton.FinishButton).click()

    profile = load_profile(ctx)
    assert profile is not None
    assert profile.municipality == "みどり市" and profile.local_gov_code == "131016"
    assert profile.hours[0] == (time(8, 30), time(17, 15)) and profile.hours[6] is None
    assert profile.terminals == ["統合端末1", "統合端末2", "統合端末3"]
    assert [(t.number, t.mail) for t in profile.tablets] == [("1", "tablet1@city.example.jp")]
    assert office_kind(ctx) == "real"
    assert [(m.login, m.display_name, m.role) for m in list_staff(ctx)] == [
        ("kanri", "管理 太郎", Role.ADMIN)
    ]
    assert login(ctx, "kanri", "kanri-pass-1").role is Role.ADMIN
    assert prompter.asked == []
    assert launcher.wizard is None
    assert isinstance(launcher.login_window, LoginWindow) and launcher.login_window.isVisible()


def test_wrong_check_digit_is_shown_inline_and_blocks_next(qtbot: QtBot, launcher: Launcher) -> None:
    wizard = launcher.wizard
    wizard.next()
    fill_office(wizard, qtbot, code="131017")
    page = wizard.office_page
    assert page.error_label.isVisibleTo(page)
    assert "check digit" in page.error_label.text()
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.code.clear()
    qtbot.keyClicks(page.code, "131016")
    assert page.isComplete() and not page.error_label.isVisibleTo(page)


def test_bad_tablet_mail_is_refused_inline(qtbot: QtBot, launcher: Launcher) -> None:
    wizard = launcher.wizard
    wizard.next()
    fill_office(wizard, qtbot)
    wizard.next()
    wizard.next()
    wizard.next()
    page = wizard.tablets_page
    page.editor.add_row()
    page.editor.table.item(0, 1).setText("not-a-mail")
    wizard.next()
    assert wizard.currentPage() is page
    assert "tablet 1" in page.error_label.text()


def test_opening_hours_must_end_after_they_start(qtbot: QtBot, launcher: Launcher) -> None:
    wizard = launcher.wizard
    wizard.next()
    fill_office(wizard, qtbot)
    wizard.next()
    page = wizard.hours_page
    _check, start, end = page.editor.rows[0]
    end.setTime(start.time().addSecs(-3600))
    wizard.next()
    assert wizard.currentPage() is page
    assert page.error_label.text()


def test_password_mismatch_is_shown_inline(qtbot: QtBot, launcher: Launcher, ctx: Context) -> None:
    wizard = launcher.wizard
    go_to_admin_page(wizard, qtbot)
    fill_admin(wizard, qtbot, password2="something-else")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert "differ" in wizard.admin_page.error_label.text()
    assert load_profile(ctx) is None and not has_admin(ctx)
    assert wizard.isVisible()


def test_short_password_is_refused_inline(qtbot: QtBot, launcher: Launcher, ctx: Context) -> None:
    wizard = launcher.wizard
    go_to_admin_page(wizard, qtbot)
    page = wizard.admin_page
    page.name.setText("管理")
    for edit, text in ((page.login, "kanri"), (page.password, "short"), (page.password2, "short")):
        qtbot.keyClicks(edit, text)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert "at least 8" in page.error_label.text()
    assert load_profile(ctx) is None


def test_existing_admin_is_kept(
    qtbot: QtBot, ctx: Context, sync_tasks: SyncTaskRunner, prompter: ScriptedPrompter
) -> None:
    add_staff(ctx, "first", "最初の管理者", Role.ADMIN, "first-pass-1")
    launcher = Launcher(ctx, sync_tasks, prompter, jobs=lambda: [])
    launcher.start()
    wizard = launcher.wizard
    wizard.next()
    fill_office(wizard, qtbot)
    for _ in range(4):
        wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    assert wizard.admin_page.isComplete() and not wizard.admin_page.login.isEnabled()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert [m.login for m in list_staff(ctx)] == ["first"]
    assert load_profile(ctx) is not None


def test_cancelling_the_wizard_ends_the_application(qtbot: QtBot, launcher: Launcher) -> None:
    with qtbot.waitSignal(launcher.finished, timeout=1000):
        launcher.wizard.reject()


def test_demo_office_from_the_welcome_page(
    qtbot: QtBot, launcher: Launcher, ctx: Context, prompter: ScriptedPrompter
) -> None:
    pytest.importorskip("desktop.demo")
    wizard = launcher.wizard
    button = wizard.welcome.demo_button
    assert button is not None and button.isVisibleTo(wizard)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert office_kind(ctx) == "demo"
    assert load_profile(ctx) is not None
    assert [kind for kind, _, _ in prompter.asked] == ["info"]
    assert "demo-admin" in prompter.texts("info")[0]
    assert isinstance(launcher.login_window, LoginWindow)
    badge = launcher.login_window.demo_badge
    assert badge is not None and badge.isVisibleTo(launcher.login_window)


def test_refused_demo_is_said_inline(
    qtbot: QtBot,
    launcher: Launcher,
    ctx: Context,
    prompter: ScriptedPrompter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    demo = pytest.importorskip("desktop.demo")
    monkeypatch.setattr(demo, "run", lambda data_dir, seed=1, out=None: 3)
    wizard = launcher.wizard
    assert wizard.welcome.demo_button is not None
    wizard.welcome.demo_button.click()
    assert "No demo office" in wizard.welcome.error_label.text()
    assert wizard.isVisible() and wizard.welcome.demo_button.isEnabled()
    assert prompter.asked == [] and office_kind(ctx) is None
