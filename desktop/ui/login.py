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
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.staff import Actor
from desktop.core.wareki import seireki, wareki, weekday_kanji
from desktop.store.context import Context
from desktop.tasks import TaskRunner
from desktop.tasks.prompt import Prompter
from desktop.ui.login_form import LoginForm
from desktop.ui.widgets import DemoBadge, heading


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

        self.form = LoginForm(self, login_name="login", password_name="password", button_name="loginButton")
        self.form.submitted.connect(self._check)
        self.login_edit, self.password_edit = self.form.login_edit, self.form.password_edit
        self.error_label, self.login_button = self.form.error_label, self.form.button

        badge_row = QHBoxLayout()
        badge_row.addStretch(1)
        badge_row.addWidget(self.demo_badge)
        badge_row.addStretch(1)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(self.form)
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
    def submit(self) -> None:
        self.form.submit()

    def _check(self, login: str, password: str) -> None:
        from desktop.security.auth import login as check_login

        ctx = self.ctx
        self.tasks.run(lambda: check_login(ctx, login, password), self._succeeded,
                       lambda exc: self.form.failed(exc, self.prompter), label=self.tr("Logging in…"))  # fmt: skip

    def _succeeded(self, actor: Actor) -> None:
        self.form.succeeded()
        self.loggedIn.emit(actor)

    # -- closing -------------------------------------------------------------------------------------
    def close_quietly(self) -> None:
        """Close without telling the launcher to quit (after a login)."""
        self._quiet = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        super().closeEvent(event)
        if not self._quiet:
            self.closed.emit()
