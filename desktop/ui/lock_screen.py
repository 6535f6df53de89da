"""The lock screen (画面ロック) of the main window: the idle lock and the fast staff switch (職員交代).

`LockScreen` replaces everything the main window shows (navigation, pages, the queue with residents'
names) until a staff member logs in. The same staff member resumes where they were; another one takes
over (`Unlock.outcome`, see `desktop.security.lock`). `IdleWatcher` watches the application's key and
mouse input and says when the configured idle time has passed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr_error
from desktop.security.lock import Unlock, unlock
from desktop.tasks.prompt import report_failure
from desktop.ui.widgets import ErrorLabel, heading

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})  # fmt: skip


class IdleWatcher(QObject):
    """Emits `idle` after `minutes` without key or mouse input anywhere in the application."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.minutes = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle.emit)
        self._installed = False

    def set_minutes(self, minutes: int) -> None:
        """0 switches the idle lock off."""
        self.minutes = max(0, int(minutes))
        if self.minutes:
            self.timer.setInterval(self.minutes * 60_000)
            self.start()
        else:
            self.stop()

    def start(self) -> None:
        if not self.minutes:
            return
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()  # restart the countdown
        return False


class LockScreen(QWidget):
    """Emits `unlocked(Unlock)` after a successful login on the lock screen."""

    unlocked = Signal(object)

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self._busy = False
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        self.title = heading(self.tr("Screen locked"), self, scale=1.8)
        self.title.setObjectName("lockTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain = QLabel(self)
        self.explain.setObjectName("lockExplain")
        self.explain.setWordWrap(True)
        self.explain.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("lockLogin")
        self.login_edit.setAccessibleName(self.tr("Login name"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("lockPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.error_label = ErrorLabel(self)
        self.unlock_button = QPushButton(self.tr("&Log in"), self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.login_edit.returnPressed.connect(self._login_enter)
        self.password_edit.returnPressed.connect(self.submit)

        form = QFormLayout()
        form.addRow(self.tr("Login &name"), self.login_edit)
        form.addRow(self.tr("&Password"), self.password_edit)
        box = QFrame(self)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addWidget(self.error_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        inner.addLayout(row)
        box.setMinimumWidth(380)
        box.setMaximumWidth(480)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(box)
        centre.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        explain_row = QHBoxLayout()  # a readable line length, centred
        explain_row.addStretch(1)
        explain_row.addWidget(self.explain, 3)
        explain_row.addStretch(1)
        layout.addLayout(explain_row)
        layout.addSpacing(16)
        layout.addLayout(centre)
        layout.addStretch(2)
        self.setTabOrder(self.login_edit, self.password_edit)
        self.setTabOrder(self.password_edit, self.unlock_button)

    def prepare(self, reason: str) -> None:
        """Reset for a new lock: "idle" (login prefilled: the same staff member resumes) or "switch"."""
        shell = self.shell
        name = getattr(shell.info, "staff_name", "") or shell.actor.login
        self.error_label.clear_error()
        self.password_edit.clear()
        if reason == "switch":
            self.title.setText(self.tr("Switch staff"))
            self.explain.setText(
                self.tr(
                    "The next staff member logs in here. {name} can also log in again to carry on."
                ).format(name=name)
            )
            self.login_edit.clear()
            self.login_edit.setFocus()
        else:
            self.title.setText(self.tr("Screen locked"))
            self.explain.setText(
                self.tr(
                    "The screen was locked after a while without use, so residents' data is hidden. {name}: "
                    "enter your password to carry on. Another staff member may log in to take over."
                ).format(name=name)
            )
            self.login_edit.setText(shell.actor.login)
            self.password_edit.setFocus()

    def _login_enter(self) -> None:
        if self.password_edit.text():
            self.submit()
        else:
            self.password_edit.setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        if not login or not password:
            self.error_label.show_error(self.tr("Enter your login name and password."))
            (self.login_edit if not login else self.password_edit).setFocus()
            return
        shell = self.shell
        ctx, current = shell.ctx, shell.actor
        self._busy = True
        self.unlock_button.setEnabled(False)
        shell.tasks.run(
            lambda: unlock(ctx, current, login, password), self._done, self._failed, label=self.tr("Logging in…")
        )

    def _done(self, result: Unlock) -> None:
        self._busy = False
        self.unlock_button.setEnabled(True)
        self.password_edit.clear()
        self.error_label.clear_error()
        self.unlocked.emit(result)

    def _failed(self, exc: BaseException) -> None:
        from desktop.security.auth import LoginFailed

        self._busy = False
        self.unlock_button.setEnabled(True)
        self.password_edit.clear()
        if isinstance(exc, LoginFailed):
            self.error_label.show_error(tr_error(exc))
            self.password_edit.setFocus()
        else:
            report_failure(self.shell.prompter, exc)
