"""The login window (ログイン): office name and today's date in 和暦 at the top, login and password.

The window can open before the office database does (the bootstrap shows it first, and opens the
database on the database thread meanwhile): it is made without a context and given one with
`set_office(ctx)`; a login entered before then waits (the form stays busy) and is checked at once.

Enter logs in. A failed login shows one plain inline message (no dialog), the same for an unknown
login, a wrong password and a locked or disabled account (`desktop.security.auth.LoginFailed`).
A demo office shows a large DEMO badge so nobody mistakes it for the real office.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.labels import DemoBadge, heading
from desktop.ui.login_form import LoginForm

if TYPE_CHECKING:  # not imported at start: the window shows before the database layer loads
    from datetime import date

    from PySide6.QtGui import QCloseEvent

    from desktop.core.staff import Actor
    from desktop.store.context import Context
    from desktop.tasks import TaskRunner
    from desktop.tasks.prompt import Prompter


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
        self, ctx: Context | None, tasks: TaskRunner, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx: Context | None = None
        self.tasks = tasks
        self.prompter = prompter
        self._quiet = False
        self._waiting: tuple[str, str] | None = None  # a login entered before the office was open
        self.setObjectName("loginWindow")
        self.setWindowTitle(self.tr("Madoguchi — Log in"))

        # Centred by stretches, not by alignment flags: the `Qt` namespace is not imported before the
        # window shows (desktop.ui.labels says why). The date and the office name come with the
        # office (`set_office`); the DEMO badge only for a demo office.
        self.office_label = heading(" ", self, scale=1.6)  # (a space: its line's height from the start)
        self.office_label.setObjectName("officeName")
        self.office_label.setWordWrap(False)
        self.date_label = QLabel(" ", self)
        self.date_label.setObjectName("todayDate")
        self.demo_badge: DemoBadge | None = None
        self.app_label = QLabel(self.tr("Madoguchi — My Number Card counter"), self)

        self.form = LoginForm(self, login_name="login", password_name="password", button_name="loginButton")
        self.form.submitted.connect(self._check)
        self.login_edit, self.password_edit = self.form.login_edit, self.form.password_edit
        self.error_label, self.login_button = self.form.error_label, self.form.button

        self._badge_row = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addStretch(1)
        layout.addLayout(self._badge_row)
        for row in (self.office_label, self.date_label):
            layout.addLayout(_centred(row))
        layout.addSpacing(16)
        layout.addLayout(_centred(self.form))
        layout.addSpacing(16)
        layout.addLayout(_centred(self.app_label))
        layout.addStretch(2)
        self.resize(720, 520)
        self.login_edit.setFocus()
        if ctx is not None:
            self.set_office(ctx)

    def set_office(self, ctx: Context) -> None:
        """The office database is open: show its name, and check a login entered meanwhile."""
        self.ctx = ctx
        self.tasks.run(lambda: load_header(ctx), self._show_header, label=self.tr("Opening the office…"))
        if self._waiting is not None:
            login, password = self._waiting
            self._waiting = None
            self._check(login, password)

    # -- header --------------------------------------------------------------------------------------
    def _show_header(self, header: LoginHeader) -> None:
        from desktop.core.wareki import seireki, wareki, weekday_kanji

        self.office_label.setText(header.office_name or self.tr("Madoguchi"))
        d = header.today
        self.date_label.setText(
            self.tr("{wareki} ({weekday}) / {seireki}").format(
                wareki=wareki(d), weekday=weekday_kanji(d), seireki=seireki(d)
            )
        )
        demo = header.office_kind == "demo"
        if demo and self.demo_badge is None:
            self.demo_badge = DemoBadge(self, large=True)
            self._badge_row.addLayout(_centred(self.demo_badge))
        if self.demo_badge is not None:
            self.demo_badge.setVisible(demo)
        if demo:
            self.setWindowTitle(self.tr("Madoguchi — Log in (DEMO)"))

    # -- logging in ----------------------------------------------------------------------------------
    def submit(self) -> None:
        self.form.submit()

    def _check(self, login: str, password: str) -> None:
        from desktop.security.auth import login as check_login

        ctx = self.ctx
        if ctx is None:  # the office is still opening: checked by `set_office` (the form stays busy)
            self._waiting = (login, password)
            return
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


def _centred(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    return row
