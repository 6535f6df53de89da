"""設定 › 保存期間: how many days each kind of residents' personal data is kept (administrators).

One row per retention rule (the kernel's and the jobs', `desktop.store.retention.all_rules()`), stored
in the setting `retention.<key>`. 0 days means "keep": the rule then never purges. The purge itself
runs elsewhere (maintenance); this page only sets the periods, each change audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop.core.retention import MAX_DAYS, RetentionRule
from desktop.core.staff import Role
from desktop.i18n import translate
from desktop.store.context import Context
from desktop.ui.settings.base import SettingsPage
from desktop.ui.widgets import ErrorLabel


@dataclass(frozen=True)
class RulePeriod:
    rule: RetentionRule
    days: int | None  # None = keep


def load_periods(ctx: Context) -> list[RulePeriod]:
    from desktop.store.retention import all_rules, period_days

    return [RulePeriod(rule, period_days(ctx, rule)) for rule in all_rules()]


def save_periods(ctx: Context, changes: list[tuple[RetentionRule, int | None]]) -> None:
    from desktop.store.db import write
    from desktop.store.retention import set_period

    with write(ctx.db):
        for rule, days in changes:
            set_period(ctx, rule, days)


class RetentionPage(SettingsPage):
    min_role = Role.ADMIN

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.setObjectName("retentionSettings")
        self.periods: list[RulePeriod] = []
        self.spins: dict[str, QSpinBox] = {}
        intro = QLabel(
            self.tr(
                "Personal data older than these periods is removed by the retention run. Counts are "
                "always kept. 0 days keeps the data."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.form = QFormLayout()
        self.error_label = ErrorLabel(self)
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Retention")

    def load(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: load_periods(ctx), self._show, progress=False)

    def _show(self, periods: list[RulePeriod]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.spins.clear()
        self.periods = periods
        for period in periods:
            spin = QSpinBox(self)
            spin.setObjectName(f"retention_{period.rule.key}")
            spin.setRange(0, MAX_DAYS)
            spin.setSuffix(self.tr(" days"))
            spin.setSpecialValueText(self.tr("Keep"))
            spin.setValue(period.days or 0)
            label = translate("Retention", period.rule.label)
            spin.setAccessibleName(label)
            self.form.addRow(label, spin)
            self.spins[period.rule.key] = spin

    def changes(self) -> list[tuple[RetentionRule, int | None]]:
        out: list[tuple[RetentionRule, int | None]] = []
        for period in self.periods:
            value = self.spins[period.rule.key].value()
            days = value or None
            if days != period.days:
                out.append((period.rule, days))
        return out

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            return
        ctx = self.shell.ctx
        self.error_label.clear_error()
        self.shell.tasks.run(lambda: save_periods(ctx, changes), self._saved, self._failed)

    def _saved(self, _result: object) -> None:
        self.status.setText(self.tr("Saved."))
        self.load()

    def _failed(self, exc: BaseException) -> None:
        from desktop.core.errors import DomainError
        from desktop.i18n import tr_error
        from desktop.tasks.prompt import report_failure

        if isinstance(exc, DomainError):
            self.error_label.show_error(tr_error(exc))
        else:
            report_failure(self.shell.prompter, exc)
