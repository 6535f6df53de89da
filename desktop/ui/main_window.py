"""The main window: composition only. Navigation on the left, the chosen page on the right, who and
where in the status bar. Pages are created when first shown.

Entries: 本日 (today), 住民 (residents), one per registered job whose `page` exists and whose
`min_role` the staff member has (集計 is the reports job's entry), 監査ログ (the audit trail, supervisors),
then 職員交代 (staff switch), バックアップ (supervisors), 設定 and ログアウト at the bottom.
Keyboard: Ctrl+1 … Ctrl+9 switch pages, F5 reloads the page, Ctrl+, opens the settings, Ctrl+L logs out,
Ctrl+Shift+L locks the screen for the next staff member, Ctrl+Shift+B opens the backups.

The idle lock: after `security.idle_lock_minutes` without input (default 5) the window shows only the
lock screen (`desktop/ui/lock_screen.py`); open dialogs and messages are closed without saving, shortcuts are off.
The same staff member resumes where they were; another one takes over (`switchRequested`).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.staff import Role
from desktop.i18n import translate
from desktop.ui.nav import NavBar, NavEntry
from desktop.ui.widgets import DemoBadge

log = logging.getLogger(__name__)

MIN_SIZE = (1024, 640)
PREFERRED_SIZE = (1280, 760)


class MainWindow(QMainWindow):
    logoutRequested = Signal()  # noqa: N815 - Qt naming
    switchRequested = Signal(object)  # noqa: N815 - an Actor: another staff member logged in to take over
    closed = Signal()

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        shell.main_window = self
        self._quiet = False
        self.setObjectName("mainWindow")
        info = shell.info
        title = self.tr("Madoguchi — {office}").format(office=info.office_name or self.tr("office"))
        self.setWindowTitle(title + (" [DEMO]" if info.demo else ""))
        self.setMinimumSize(*MIN_SIZE)

        self._person_actions()
        self.entries = self._entries()
        self.pages: dict[int, QWidget] = {}
        self.nav = NavBar(self)
        self.nav.set_entries(self.entries)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.content = central
        self.screens = QStackedWidget(self)  # the content, or the lock screen hiding it
        self.screens.setObjectName("screens")
        self.screens.addWidget(central)
        self.setCentralWidget(self.screens)
        self.lock_screen: Any = None
        self.locked = False
        self.backup_dialog: Any = None
        self._status_bar()
        self._ops_buttons()

        self.nav.pageChosen.connect(self.show_page)
        self.nav.settingsRequested.connect(self.open_settings)
        self.nav.logoutRequested.connect(self.logoutRequested.emit)
        for n in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{n}"), self)
            shortcut.activated.connect(lambda row=n - 1: self.nav.select(row))
        QShortcut(QKeySequence("F5"), self).activated.connect(self.refresh_page)
        QShortcut(QKeySequence("Ctrl+L"), self).activated.connect(self.logoutRequested.emit)
        QShortcut(QKeySequence("Ctrl+,"), self).activated.connect(self.open_settings)
        QShortcut(QKeySequence("Ctrl+Shift+L"), self).activated.connect(lambda: self.lock("switch"))
        if self.backup_button is not None:
            QShortcut(QKeySequence("Ctrl+Shift+B"), self).activated.connect(self.open_backups)
        self.settings_dialog: Any = None
        self.nav.select(0)
        self._start_idle_lock()

    # -- composition ---------------------------------------------------------------------------------
    def _entries(self) -> list[NavEntry]:
        shell = self.shell
        from desktop.ui.today import TodayView

        entries = [NavEntry("today", self.tr("Today"), lambda: TodayView(shell))]
        residents = _optional("desktop.ui.residents", "ResidentsPage")
        if residents is not None:
            entries.append(NavEntry("residents", self.tr("Residents"), lambda: residents(shell)))
        for job in shell.jobs():
            if job.page is not None and shell.actor.may(job.min_role):
                entries.append(NavEntry(job.key, translate("Jobs", job.title), _factory(job.page, shell)))
        if shell.actor.may(Role.SUPERVISOR):
            from desktop.ui.audit_browser import AuditBrowser

            entries.append(NavEntry("audit", self.tr("Audit trail"), lambda: AuditBrowser(shell)))
        return entries

    def _ops_buttons(self) -> None:
        """職員交代 for everyone, バックアップ for supervisors, above 設定 in the navigation."""
        layout = self.nav.layout()
        assert isinstance(layout, QVBoxLayout)
        at = layout.indexOf(self.nav.settings_button)
        # (no Alt letters on these four buttons: every page's controls need them; each has its Ctrl key)
        self.switch_button = QPushButton(self.tr("Switch staff"), self.nav)
        self.switch_button.setObjectName("switchStaffButton")
        self.switch_button.setToolTip(self.tr("Lock the screen for the next staff member (Ctrl+Shift+L)"))
        self.switch_button.clicked.connect(lambda: self.lock("switch"))
        layout.insertWidget(at, self.switch_button)
        self.backup_button: QPushButton | None = None
        if self.shell.actor.may(Role.SUPERVISOR):
            self.backup_button = QPushButton(self.tr("Backups…"), self.nav)
            self.backup_button.setObjectName("backupButton")
            self.backup_button.setToolTip(self.tr("Backups and encrypted copies (Ctrl+Shift+B)"))
            self.backup_button.clicked.connect(self.open_backups)
            layout.insertWidget(at + 1, self.backup_button)

    def _person_actions(self) -> None:
        """Jobs' actions on every PersonForm made from now on (e.g. the card reader's カード読取)."""
        from desktop.ui.person_form import PersonForm

        for job in self.shell.jobs():
            if self.shell.actor.may(job.min_role):
                for key, factory in job.person_actions:
                    PersonForm.register_action(key, factory)

    def _status_bar(self) -> None:
        from desktop.core.staff import ROLE_LABELS

        info, actor = self.shell.info, self.shell.actor
        bar = self.statusBar()
        self.staff_label = QLabel(
            self.tr("{name} ({role})").format(
                name=info.staff_name or actor.login, role=translate("Role", ROLE_LABELS[actor.role])
            ),
            self,
        )
        self.staff_label.setObjectName("statusStaff")
        self.office_label = QLabel(info.office_name, self)
        self.office_label.setObjectName("statusOffice")
        self.device_label = QLabel(self.tr("PC: {name}").format(name=info.device_name), self)
        self.device_label.setObjectName("statusDevice")
        self.demo_badge = DemoBadge(self)
        self.demo_badge.setVisible(info.demo)
        for index, label in enumerate((self.staff_label, self.office_label, self.device_label)):
            if index:
                bar.addWidget(_separator(self))
            label.setContentsMargins(6, 0, 6, 0)
            bar.addWidget(label)
        for job in self.shell.jobs():  # e.g. the card reader's indicator
            if actor.may(job.min_role):
                for factory in job.status_widgets:
                    bar.addPermanentWidget(factory(self.shell))
        bar.addPermanentWidget(self.demo_badge)

    # -- pages ---------------------------------------------------------------------------------------
    def show_page(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        page = self.pages.get(row)
        if page is None:
            page = self.entries[row].factory()
            page.setProperty("navKey", self.entries[row].key)
            self.pages[row] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        if self.nav.list.currentRow() != row:
            self.nav.select(row)

    def current_key(self) -> str:
        row = self.nav.list.currentRow()
        return self.entries[row].key if 0 <= row < len(self.entries) else ""

    def page(self, key: str) -> QWidget | None:
        for row, entry in enumerate(self.entries):
            if entry.key == key:
                return self.pages.get(row)
        return None

    def refresh_page(self) -> None:
        page = self.stack.currentWidget()
        if page is not None and hasattr(page, "refresh"):
            page.refresh()

    def refresh_today(self) -> None:
        today = self.page("today")
        if today is not None and hasattr(today, "refresh"):
            today.refresh()

    def open_settings(self) -> None:
        from desktop.ui.settings.dialog import SettingsDialog

        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.raise_()
            return
        self.settings_dialog = SettingsDialog(self.shell, self)
        self.settings_dialog.open()  # window-modal, no nested event loop

    def open_backups(self) -> None:
        from desktop.ui.backup_dialog import BackupDialog

        if self.locked or not self.shell.actor.may(Role.SUPERVISOR):
            return
        if self.backup_dialog is not None and self.backup_dialog.isVisible():
            self.backup_dialog.raise_()
            return
        self.backup_dialog = BackupDialog(self.shell, self)
        self.backup_dialog.restored.connect(self._restored)
        self.backup_dialog.open()

    def _restored(self) -> None:
        """The database was replaced: every page shows stale data, so start over at the login window."""
        if self.backup_dialog is not None:
            self.backup_dialog.close()
        self.logoutRequested.emit()

    # -- idle lock and staff switch -------------------------------------------------------------------
    def _start_idle_lock(self) -> None:
        from desktop.security.lock import idle_lock_minutes
        from desktop.ui.lock_screen import IdleWatcher

        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: idle_lock_minutes(ctx), self.idle.set_minutes)

    def lock(self, reason: str = "idle") -> None:
        """Hide everything behind the lock screen ("idle" or "switch") until a staff member logs in."""
        if self.locked:
            return
        from desktop.ui.lock_screen import LockScreen

        if self.lock_screen is None:
            self.lock_screen = LockScreen(self.shell, self)
            self.lock_screen.unlocked.connect(self._unlocked)
            self.screens.addWidget(self.lock_screen)
        self.locked = True
        self.idle.stop()
        # This window's dialogs may show residents' data (a message box too: 「山田 太郎さんの予約を取り消し
        # ますか？」; the prompter gives this window the ones opened while another application had the
        # focus): they are closed, and a question closed this way is answered "no".
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and _owned_by(widget, self):
                widget.reject()
        for shortcut in self.findChildren(QShortcut):
            shortcut.setEnabled(False)
        self.screens.setCurrentWidget(self.lock_screen)
        self.lock_screen.prepare(reason)
        log.info("screen locked (%s)", reason)

    def _unlocked(self, result: Any) -> None:
        from desktop.security.lock import Outcome

        if result.outcome is Outcome.SWITCH:
            self.switchRequested.emit(result.actor)
            return
        self.locked = False
        for shortcut in self.findChildren(QShortcut):
            shortcut.setEnabled(True)
        self.screens.setCurrentWidget(self.content)
        self.nav.list.setFocus()
        self.idle.start()

    # -- window --------------------------------------------------------------------------------------
    def show_sized(self) -> None:
        """Maximised on a laptop-sized screen (1366×768), a comfortable window on a larger one."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        if available is not None and (available.width() <= 1440 or available.height() <= 900):
            self.showMaximized()
        else:
            self.resize(*PREFERRED_SIZE)
            self.show()

    def close_quietly(self) -> None:
        """Close for a logout (the launcher shows the login window; the application keeps running)."""
        self._quiet = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        super().closeEvent(event)
        self.idle.stop()
        for dialog in (self.settings_dialog, self.backup_dialog):
            if dialog is not None:
                dialog.close()
        if not self._quiet:
            self.closed.emit()


def _owned_by(widget: QWidget, owner: QWidget) -> bool:
    """True when `owner` is among `widget`'s parents (across windows, unlike QWidget.isAncestorOf)."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent is owner:
            return True
        parent = parent.parentWidget()
    return False


def _separator(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def _factory(page: Callable[[Any], QWidget], shell: Any) -> Callable[[], QWidget]:
    return lambda: page(shell)


def _optional(module: str, name: str) -> Any | None:
    """A page class from a module that may not be installed yet (logged, never fatal)."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        log.warning("page %s.%s not available", module, name)
        return None
