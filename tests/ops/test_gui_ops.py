"""The operations screens: audit browser (filter, more, check, export), backup dialog (back up now,
write an encrypted copy, restore with refusals, passphrase), security settings page; role gating."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.clock import FixedClock
from desktop.core.office import OfficeProfile
from desktop.core.staff import Actor, Role
from desktop.ops import backups, crypto
from desktop.security.auth import lockout_policy
from desktop.security.lock import idle_lock_minutes
from desktop.store import audit
from desktop.store.context import Context
from desktop.tasks.prompt import ScriptedPrompter
from desktop.ui import audit_browser
from desktop.ui.audit_browser import AuditBrowser
from desktop.ui.backup_dialog import BackupDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings.security import SecurityPage
from tests.ops.conftest import PASSPHRASE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def shell_for(office: Context, office_profile: OfficeProfile, staff_users: dict[Role, Actor],
              make_shell: Any) -> Any:  # fmt: skip
    return lambda role: make_shell(office.as_actor(staff_users[role]))


def test_entries_by_role(qtbot: QtBot, shell_for: Any) -> None:
    counter = MainWindow(shell_for(Role.COUNTER))
    qtbot.addWidget(counter)
    assert counter.nav.keys()[-1] != "audit" and counter.backup_button is None
    counter.open_backups()
    assert counter.backup_dialog is None
    admin = MainWindow(shell_for(Role.ADMIN))
    qtbot.addWidget(admin)
    assert admin.nav.keys()[-1] == "audit"
    admin.open_backups()
    assert isinstance(admin.backup_dialog, BackupDialog)
    assert [admin.backup_dialog.tabs.tabText(i) for i in range(admin.backup_dialog.tabs.count())] == [
        "On this PC", "Write a backup", "Restore", "Passphrase"]  # fmt: skip


def test_audit_browser_filters_pages_and_checks(qtbot: QtBot, shell_for: Any, office: Context,
                                                monkeypatch: pytest.MonkeyPatch,
                                                prompter: ScriptedPrompter) -> None:  # fmt: skip
    monkeypatch.setattr(audit_browser, "PAGE", 3)
    page = AuditBrowser(shell_for(Role.SUPERVISOR))
    qtbot.addWidget(page)
    total = audit.count(office, audit.AuditFilter())
    assert page.table.rowCount() == 3 and page.total == total
    assert page.status.text() == f"3 of {total} entries shown" and page.more_button.isEnabled()
    page.more_button.click()
    assert page.table.rowCount() == min(6, total)
    assert page.table.item(0, 2).text() == "Viewed" and page.table.item(0, 3).text() == "Audit trail"
    page.staff_combo.setCurrentIndex(page.staff_combo.findData("counter1"))
    page.action_combo.setCurrentIndex(page.action_combo.findData("view"))
    page.search_button.click()
    assert page.total == 5 and {page.table.item(r, 4).text() for r in range(3)} <= {f"p{n}" for n in range(5)}
    page.record_edit.setText("p3")
    page.search()
    assert page.total == 1 and page.table.item(0, 1).text() == "counter1"
    assert not page.more_button.isEnabled()

    page.verify_button.click()
    assert "No tampering found" in page.chain_label.text()
    office.db.conn.execute("DELETE FROM audit_log WHERE seq = 2")
    page.verify_button.click()
    assert "Entry 2 of PC" in page.chain_label.text()
    assert prompter.asked[-1][:2] == ("error", "Audit trail broken")


def test_audit_browser_export(qtbot: QtBot, shell_for: Any, office: Context, prompter: ScriptedPrompter,
                              tmp_path: Path) -> None:  # fmt: skip
    page = AuditBrowser(shell_for(Role.SUPERVISOR))
    qtbot.addWidget(page)
    page.action_combo.setCurrentIndex(page.action_combo.findData("view"))
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("person"))
    out = tmp_path / "audit.csv"
    prompter.answers = [str(out)]
    page.export_button.click()
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 6 and {r[6] for r in rows[1:]} == {f"p{n}" for n in range(5)}
    assert prompter.asked[-1][:2] == ("info", "Audit trail exported")
    entry = audit.search(office, audit.AuditFilter(action="export"))[0]
    assert (entry.login, entry.entity, entry.detail) == ("super1", "audit_log", "rows=5")


def test_backup_dialog_back_up_now_and_export(qtbot: QtBot, shell_for: Any, office: Context, admin_ctx: Context,
                                              prompter: ScriptedPrompter, tmp_path: Path) -> None:  # fmt: skip
    dialog = BackupDialog(shell_for(Role.SUPERVISOR))
    qtbot.addWidget(dialog)
    assert dialog.tabs.count() == 2
    assert not dialog.export_button.isEnabled() and "No office backup passphrase" in dialog.export_state.text()
    dialog.backup_now.click()
    assert dialog.backup_table.rowCount() == 1 and dialog.backup_table.item(0, 1).text() == "by hand"

    backups.set_passphrase(admin_ctx, PASSPHRASE)
    dialog.reload()
    assert dialog.export_button.isEnabled()
    dialog.export_button.click()
    assert "Enter the office backup passphrase" in dialog.export_error.text()
    out = tmp_path / "copy.mdgbackup"
    dialog.export_passphrase.setText("a wrong passphrase")
    prompter.answers = [str(out)]
    dialog.export_button.click()
    assert "not the office backup passphrase" in dialog.export_error.text() and not out.exists()
    dialog.export_passphrase.setText(PASSPHRASE)
    prompter.answers = [str(out)]
    dialog.export_button.click()
    assert crypto.is_encrypted(out) and prompter.asked[-1][:2] == ("info", "Backup written")
    assert dialog.export_passphrase.text() == ""


def test_backup_dialog_restore(qtbot: QtBot, shell_for: Any, office: Context, clock: FixedClock,
                               prompter: ScriptedPrompter, tmp_path: Path) -> None:  # fmt: skip
    info = backups.make_backup(office.data_dir, clock)
    audit.record(office, "view", "person", "later")
    dialog = BackupDialog(shell_for(Role.ADMIN))
    qtbot.addWidget(dialog)
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database", encoding="utf-8")
    prompter.answers = [str(junk)]
    dialog.restore_button.click()
    assert "is not a Madoguchi backup" in dialog.restore_error.text()
    prompter.answers = [str(info.path), False]  # chosen, then "no" at the confirmation
    dialog.restore_button.click()
    assert prompter.asked[-1][0] == "ask" and "later" in {e.entity_id for e in audit.search(office, audit.AuditFilter())}
    prompter.answers = [str(info.path), True]
    with qtbot.waitSignal(dialog.restored, timeout=1000):
        dialog.restore_button.click()
    assert "later" not in {e.entity_id for e in audit.search(office, audit.AuditFilter(), limit=1000)}
    assert prompter.asked[-1][:2] == ("info", "Backup restored")


def test_backup_dialog_sets_the_passphrase(qtbot: QtBot, shell_for: Any, office: Context) -> None:
    dialog = BackupDialog(shell_for(Role.ADMIN))
    qtbot.addWidget(dialog)
    dialog.new_passphrase.setText(PASSPHRASE)
    dialog.new_passphrase2.setText(PASSPHRASE + "!")
    dialog.passphrase_button.click()
    assert "differ" in dialog.passphrase_error.text() and not backups.passphrase_is_set(office)
    dialog.new_passphrase.setText("short")
    dialog.new_passphrase2.setText("short")
    dialog.passphrase_button.click()
    assert "at least 12 characters" in dialog.passphrase_error.text()
    dialog.new_passphrase.setText(PASSPHRASE)
    dialog.new_passphrase2.setText(PASSPHRASE)
    dialog.passphrase_button.click()
    assert backups.passphrase_is_set(office) and "was set on 2026-11-24 10:00" in dialog.passphrase_state.text()


def test_restore_from_the_main_window_returns_to_login(qtbot: QtBot, shell_for: Any, office: Context,
                                                       clock: FixedClock, prompter: ScriptedPrompter) -> None:  # fmt: skip
    info = backups.make_backup(office.data_dir, clock)
    window = MainWindow(shell_for(Role.ADMIN))
    qtbot.addWidget(window)
    window.open_backups()
    prompter.answers = [str(info.path), True]
    with qtbot.waitSignal(window.logoutRequested, timeout=1000):
        window.backup_dialog.restore_button.click()


def test_security_page(qtbot: QtBot, shell_for: Any, office: Context) -> None:
    page = SecurityPage(shell_for(Role.ADMIN))
    qtbot.addWidget(page)
    page.load()
    assert (page.idle_spin.value(), page.after_spin.value(), page.minutes_spin.value(), page.keep_spin.value()) == (
        5, 5, 15, 14)  # fmt: skip
    page.idle_spin.setValue(10)
    page.after_spin.setValue(3)
    page.minutes_spin.setValue(30)
    page.keep_spin.setValue(30)
    page.save()
    assert idle_lock_minutes(office) == 10 and lockout_policy(office) == (3, 30)
    assert backups.configured_keep_days(office) == 30
    assert page.status.text().startswith("Saved.")
    kinds = {e.entity_id for e in audit.search(office, audit.AuditFilter(action="settings"))}
    assert {"security.idle_lock_minutes", "login.lockout", "backup.keep_days"} <= kinds
