"""設定 › 集計 (supervisors): the opening balance of the cumulative card count.

The follow-up table's cumulative count (累計交付枚数) starts from the number of cards the office had
issued before it started using Madoguchi, as of that date. Without it the cumulative count and the
rate show 「未設定」. Population, staff, terminals, counters and target rates are dated values in
設定 › 年月日別の設定.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop.core.staff import Role
from desktop.jobs.reports.domain.plan import OpeningBalance
from desktop.jobs.reports.store import MAX_OPENING_BALANCE, load_opening_balance, save_opening_balance
from desktop.ui.settings.base import SettingsPage


class ReportsSettingsPage(SettingsPage):
    min_role = Role.SUPERVISOR

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.setObjectName("reportsSettings")
        self.enabled = QCheckBox(self.tr("&Count cards issued before Madoguchi was used"), self)
        self.enabled.setObjectName("openingEnabled")
        self.since = QDateEdit(self)
        self.since.setObjectName("openingDate")
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setCalendarPopup(True)
        self.count = QSpinBox(self)
        self.count.setObjectName("openingCount")
        self.count.setRange(0, MAX_OPENING_BALANCE)
        self.count.setGroupSeparatorShown(True)
        self.count.setSuffix(self.tr(" cards"))
        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(self.tr("Madoguchi used &since"), self.since)
        form.addRow(self.tr("Cards &issued before that day"), self.count)
        note = QLabel(self.tr(
            "The cumulative count of the issuance plan follow-up starts from this number. Take it from the "
            "office's own records as of the day before. Population, staff, terminals, counters and the "
            "national target rates are set in Settings › Values by date."), self)
        note.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("reportsSettingsStatus")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.enabled.toggled.connect(self._enable)
        today = shell.ctx.clock.today()
        self.since.setDate(QDate(today.year, today.month, 1))
        self._enable(False)

    def title(self) -> str:
        return self.tr("Reports")

    def _enable(self, on: bool) -> None:
        self.since.setEnabled(on)
        self.count.setEnabled(on)

    def load(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: load_opening_balance(ctx), self._show, progress=False)

    def _show(self, balance: OpeningBalance | None) -> None:
        self.enabled.setChecked(balance is not None)
        if balance is not None:
            self.since.setDate(QDate(balance.on.year, balance.on.month, balance.on.day))
            self.count.setValue(balance.count)
        self._enable(balance is not None)

    def balance(self) -> OpeningBalance | None:
        if not self.enabled.isChecked():
            return None
        d = self.since.date()
        return OpeningBalance(date(d.year(), d.month(), d.day()), int(self.count.value()))

    def save(self) -> None:
        ctx, balance = self.shell.ctx, self.balance()
        self.shell.tasks.run(lambda: save_opening_balance(ctx, balance), self._saved, progress=False)

    def _saved(self, _result: object) -> None:
        self.status.setText(self.tr("Saved."))
