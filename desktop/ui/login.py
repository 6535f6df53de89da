"""The login window (ログイン): office name and today's date in 和暦 at the top, login and password.

Enter logs in. A failed login shows one plain inline message (no dialog), the same for an unknown
login, a wrong password and a locked or disabled account (`desktop.security.auth.LoginFailed`).
A demo office shows a large DEMO badge so nobody mistakes it for the real office.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.staff import Actor
from desktop.core.wareki import seireki, wareki, weekday_kanji
from desktop.i18n import tr_error
from desktop.store.context import Context
from desktop.tasks import TaskRunner
from desktop.tasks.prompt import Prompter, report_failure
from desktop.ui.widgets import DemoBadge, ErrorLabel, heading


@dataclass(frozen=True)
class LoginHeader:
    office_name: str
    today: date
    office_kind: str | None


def load_header(ctx: Context) -> LoginHeader:
    from desktop.store.office import load_profile, office_kind

    profile = load_profile(ctx)
    return LoginHeader(
        office_name=profile.office_name if profile is not None else "",
        today=ctx.clock.today(),
        office_kind=office_kind(ctx),
    )


class LoginWindow(QWidget):
    """Emits `loggedIn(actor)` after a successful login; `closed` when staff close the window."""

    loggedIn = Signal(object)  # noqa: N815 - Qt naming; an Actor
    closed = Signal()

    def __init__(
        self, ctx: Context, tasks: TaskRunner, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self.prompter = prompter
        self._quiet = False
        self._busy = False
        self.setObjectName("loginWindow")
        self.setWindowTitle(self.tr("Madoguchi — Log in"))

        self.office_label = heading("", self, scale=1.6)
        self.office_label.setObjectName("officeName")
        self.office_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.date_label = QLabel(self)
        self.date_label.setObjectName("todayDate")
        self.date_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_badge = DemoBadge(self, large=True)
        self.demo_badge.setVisible(False)
        self.app_label = QLabel(self.tr("Madoguchi — My Number Card counter"), self)
        self.app_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("login")
        self.login_edit.setAccessibleName(self.tr("Login name"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.error_label = ErrorLabel(self)
        self.login_button = QPushButton(self.tr("&Log in"), self)
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.submit)
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
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.login_button)
        inner.addLayout(buttons)
        box.setMaximumWidth(480)
        box.setMinimumWidth(380)

        badge_row = QHBoxLayout()
        badge_row.addStretch(1)
        badge_row.addWidget(self.demo_badge)
        badge_row.addStretch(1)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(box)
        centre.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addStretch(1)
        layout.addLayout(badge_row)
        layout.addWidget(self.office_label)
        layout.addWidget(self.date_label)
        layout.addSpacing(16)
        layout.addLayout(centre)
        layout.addSpacing(16)
        layout.addWidget(self.app_label)
        layout.addStretch(2)
        self.setTabOrder(self.login_edit, self.password_edit)
        self.setTabOrder(self.password_edit, self.login_button)
        self.resize(720, 520)
        self.login_edit.setFocus()
        self.tasks.run(lambda: load_header(ctx), self._show_header, label=self.tr("Opening the office…"))

    # -- header --------------------------------------------------------------------------------------
    def _show_header(self, header: LoginHeader) -> None:
        self.office_label.setText(header.office_name or self.tr("Madoguchi"))
        d = header.today
        self.date_label.setText(
            self.tr("{wareki} ({weekday}) / {seireki}").format(
                wareki=wareki(d), weekday=weekday_kanji(d), seireki=seireki(d)
            )
        )
        self.demo_badge.setVisible(header.office_kind == "demo")
        if header.office_kind == "demo":
            self.setWindowTitle(self.tr("Madoguchi — Log in (DEMO)"))

    # -- logging in ----------------------------------------------------------------------------------
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
        from desktop.security.auth import login as check_login

        self._set_busy(True)
        ctx = self.ctx
        self.tasks.run(lambda: check_login(ctx, login, password), self._succeeded, self._failed,
                       label=self.tr("Logging in…"))  # fmt: skip

    def _succeeded(self, actor: Actor) -> None:
        self._set_busy(False)
        self.error_label.clear_error()
        self.password_edit.clear()
        self.loggedIn.emit(actor)

    def _failed(self, exc: BaseException) -> None:
        from desktop.security.auth import LoginFailed

        self._set_busy(False)
        self.password_edit.clear()
        if isinstance(exc, LoginFailed):
            self.error_label.show_error(tr_error(exc))
            self.password_edit.setFocus()
        else:
            report_failure(self.prompter, exc)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.login_button.setEnabled(not busy)

    # -- closing -------------------------------------------------------------------------------------
    def close_quietly(self) -> None:
        """Close without telling the launcher to quit (after a login)."""
        self._quiet = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        super().closeEvent(event)
        if not self._quiet:
            self.closed.emit()
