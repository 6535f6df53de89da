"""設定 › 安全: the idle lock, the login protection and how many days of backups are kept (administrators).

Each value is a plain setting read by the kernel: `security.idle_lock_minutes` (desktop.security.lock),
`login.lockout_after` / `login.lockout_minutes` (desktop.security.auth), `backup.keep_days`
(desktop.ops.backups). Every change is audited as a settings change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop.core.staff import Role
from desktop.store.context import Context
from desktop.ui.settings.base import SettingsPage
from desktop.ui.widgets import ErrorLabel


@dataclass(frozen=True)
class SecuritySettings:
    idle_minutes: int
    lockout_after: int
    lockout_minutes: int
    keep_days: int


def load_security(ctx: Context) -> SecuritySettings:
    from desktop.ops.backups import configured_keep_days
    from desktop.security.auth import lockout_policy
    from desktop.security.lock import idle_lock_minutes

    after, minutes = lockout_policy(ctx)
    return SecuritySettings(idle_lock_minutes(ctx), after, minutes, configured_keep_days(ctx))


def save_security(ctx: Context, old: SecuritySettings, new: SecuritySettings) -> None:
    from desktop.ops.backups import set_keep_days
    from desktop.security.auth import set_lockout_policy
    from desktop.security.lock import set_idle_lock_minutes
    from desktop.store.db import write

    with write(ctx.db):
        if new.idle_minutes != old.idle_minutes:
            set_idle_lock_minutes(ctx, new.idle_minutes)
        if (new.lockout_after, new.lockout_minutes) != (old.lockout_after, old.lockout_minutes):
            set_lockout_policy(ctx, new.lockout_after, new.lockout_minutes)
        if new.keep_days != old.keep_days:
            set_keep_days(ctx, new.keep_days)


class SecurityPage(SettingsPage):
    min_role = Role.ADMIN

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.setObjectName("securitySettings")
        self.loaded: SecuritySettings | None = None
        self.idle_spin = self._spin("idleLockMinutes", 0, 120, self.tr(" min"), self.tr("Never"))
        self.after_spin = self._spin("lockoutAfter", 0, 20, self.tr(" failures"), self.tr("Never lock"))
        self.minutes_spin = self._spin("lockoutMinutes", 1, 1440, self.tr(" min"))
        self.keep_spin = self._spin("backupKeepDays", 1, 365, self.tr(" days"))
        intro = QLabel(
            self.tr(
                "The screen locks after the idle time so residents' data is not left on show; staff log "
                "in again to carry on. After the number of wrong passwords a staff account is locked for "
                "the lock time (an administrator can unlock it at once by resetting the password)."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Lock the screen after &idle"), self.idle_spin)
        form.addRow(self.tr("Lock an &account after"), self.after_spin)
        form.addRow(self.tr("Account lock &time"), self.minutes_spin)
        form.addRow(self.tr("Keep &backups of the last"), self.keep_spin)
        self.error_label = ErrorLabel(self)
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _spin(self, name: str, low: int, high: int, suffix: str, special: str = "") -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        if special:
            spin.setSpecialValueText(special)
        return spin

    def title(self) -> str:
        return self.tr("Security")

    def load(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: load_security(ctx), self._show, progress=False)

    def _show(self, values: SecuritySettings) -> None:
        self.loaded = values
        self.idle_spin.setValue(values.idle_minutes)
        self.after_spin.setValue(values.lockout_after)
        self.minutes_spin.setValue(values.lockout_minutes)
        self.keep_spin.setValue(values.keep_days)

    def current(self) -> SecuritySettings:
        return SecuritySettings(
            self.idle_spin.value(), self.after_spin.value(), self.minutes_spin.value(), self.keep_spin.value()
        )

    def save(self) -> None:
        old, new = self.loaded, self.current()
        if old is None or old == new:
            return
        ctx = self.shell.ctx
        self.error_label.clear_error()
        self.shell.tasks.run(lambda: save_security(ctx, old, new), self._saved, self._failed)

    def _saved(self, _result: object) -> None:
        self.status.setText(self.tr("Saved. The idle lock time applies from the next login."))
        self.load()

    def _failed(self, exc: BaseException) -> None:
        from desktop.core.errors import DomainError
        from desktop.i18n import tr_error
        from desktop.tasks.prompt import report_failure

        if isinstance(exc, DomainError):
            self.error_label.show_error(tr_error(exc))
        else:
            report_failure(self.shell.prompter, exc)
