"""The lock screen (画面ロック) of the main window: the idle lock and the fast staff switch (職員交代).

`LockScreen` replaces everything the main window shows (navigation, pages, the queue with residents'
names) until a staff member logs in. The same staff member resumes where they were; another one takes
over (`Unlock.outcome`, see `desktop.security.lock`). `IdleWatcher` watches the application's key and
mouse input and says when the configured idle time has passed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.security.lock import Unlock, unlock
from desktop.ui.login_form import LoginForm
from desktop.ui.widgets import heading

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
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        self.title = heading(self.tr("Screen locked"), self, scale=1.8)
        self.title.setObjectName("lockTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain = QLabel(self)
        self.explain.setObjectName("lockExplain")
        self.explain.setWordWrap(True)
        self.explain.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.form = LoginForm(self, login_name="lockLogin", password_name="lockPassword",
                              button_name="unlockButton")  # fmt: skip
        self.form.submitted.connect(self._check)
        self.login_edit, self.password_edit = self.form.login_edit, self.form.password_edit
        self.error_label, self.unlock_button = self.form.error_label, self.form.button
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(self.form)
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

    def submit(self) -> None:
        self.form.submit()

    def _check(self, login: str, password: str) -> None:
        shell = self.shell
        ctx, current = shell.ctx, shell.actor
        shell.tasks.run(lambda: unlock(ctx, current, login, password), self._done,
                        lambda exc: self.form.failed(exc, shell.prompter), label=self.tr("Logging in…"))  # fmt: skip

    def _done(self, result: Unlock) -> None:
        self.form.succeeded()
        self.unlocked.emit(result)
