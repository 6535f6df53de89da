"""設定 › 交付 (administrators): the disposal rule for unclaimed cards and the receipt printing.

The disposal rule is the municipality's (e.g. 12 months after the first notice or invitation, or 3
months after the reminder, whichever is later; or never). 0 months leaves that part out.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.staff import Role
from desktop.jobs.handover.domain.unclaimed import MAX_MONTHS, DisposalRule
from desktop.ui.settings.base import SettingsPage
from desktop.ui.widgets import ErrorLabel


def load_all(ctx: Any) -> tuple[DisposalRule, Any]:
    from desktop.jobs.handover.store.settings import load_disposal_rule, load_print_settings

    return load_disposal_rule(ctx), load_print_settings(ctx)


def save_all(ctx: Any, rule: DisposalRule, printing: Any) -> None:
    from desktop.jobs.handover.store.settings import save_disposal_rule, save_print_settings
    from desktop.store.db import write

    with write(ctx.db):
        save_disposal_rule(ctx, rule)
        save_print_settings(ctx, printing)


class HandoverSettingsPage(SettingsPage):
    min_role = Role.ADMIN

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.setObjectName("handoverSettings")
        self.loaded = False
        self.dispose = QCheckBox(self.tr("Dispose of unclaimed cards under this rule"), self)
        self.after_notice = QSpinBox(self)
        self.after_reminder = QSpinBox(self)
        for spin in (self.after_notice, self.after_reminder):
            spin.setRange(0, MAX_MONTHS)
            spin.setSuffix(self.tr(" months"))
            spin.setSpecialValueText(self.tr("not used"))
        self.after_notice.setObjectName("monthsAfterNotice")
        self.after_reminder.setObjectName("monthsAfterReminder")
        self.reminder_required = QCheckBox(self.tr("Only after a reminder was sent"), self)
        rule_box = QGroupBox(self.tr("Unclaimed cards"), self)
        rule_form = QFormLayout(rule_box)
        rule_form.addRow(self.dispose)
        rule_form.addRow(self.tr("After the first notice or invitation:"), self.after_notice)
        rule_form.addRow(self.tr("After the last reminder:"), self.after_reminder)
        rule_form.addRow(self.reminder_required)
        hint = QLabel(self.tr("A card may be disposed of from the later of the two dates, after a supervisor "
                              "confirms it."), self)  # fmt: skip
        hint.setWordWrap(True)
        rule_form.addRow(hint)
        self.paper = QComboBox(self)
        self.paper.addItem("A5", "a5")
        self.paper.addItem("A4", "a4")
        self.slip = QCheckBox(self.tr("Also print the 80 mm slip for the resident"), self)
        self.preview = QCheckBox(self.tr("Show the print preview first"), self)
        print_box = QGroupBox(self.tr("Receipts"), self)
        print_form = QFormLayout(print_box)
        print_form.addRow(self.tr("Receipt paper:"), self.paper)
        print_form.addRow(self.slip)
        print_form.addRow(self.preview)
        self.error = ErrorLabel(self)
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(rule_box)
        layout.addWidget(print_box)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.dispose.toggled.connect(self._enable)

    def title(self) -> str:
        return self.tr("Handover")

    def _enable(self, on: bool) -> None:
        for w in (self.after_notice, self.after_reminder, self.reminder_required):
            w.setEnabled(on)

    def load(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: load_all(ctx), self._show, progress=False)

    def _show(self, data: tuple[DisposalRule, Any]) -> None:
        rule, printing = data
        self.dispose.setChecked(not rule.never)
        self.after_notice.setValue(rule.months_after_notice or 0)
        self.after_reminder.setValue(rule.months_after_reminder or 0)
        self.reminder_required.setChecked(rule.reminder_required)
        self._enable(not rule.never)
        self.paper.setCurrentIndex(self.paper.findData(printing.paper))
        self.slip.setChecked(printing.slip)
        self.preview.setChecked(printing.preview)
        self.loaded = True

    def values(self) -> tuple[DisposalRule, Any]:
        from desktop.jobs.handover.store.settings import PrintSettings

        rule = DisposalRule(
            never=not self.dispose.isChecked(),
            months_after_notice=self.after_notice.value() or None,
            months_after_reminder=self.after_reminder.value() or None,
            reminder_required=self.reminder_required.isChecked(),
        )
        return rule, PrintSettings(
            str(self.paper.currentData()), self.slip.isChecked(), self.preview.isChecked()
        )

    def save(self) -> None:
        from desktop.core.errors import DomainError
        from desktop.i18n import tr_error

        if not self.loaded:
            return
        rule, printing = self.values()
        self.error.clear_error()
        try:
            rule.check()
        except DomainError as err:
            self.error.show_error(tr_error(err))
            return
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: save_all(ctx, rule, printing),
                             lambda _r: self.status.setText(self.tr("Saved.")), self._failed)  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        from desktop.core.errors import DomainError
        from desktop.i18n import tr_error
        from desktop.tasks.prompt import report_failure

        if isinstance(exc, DomainError):
            self.error.show_error(tr_error(exc))
        else:
            report_failure(self.shell.prompter, exc)
