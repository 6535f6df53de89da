"""月次集計表: choose a month and a count kind (or every kind), see the sheet, print it or save it.

Keyboard: Alt+M month, Alt+K count kind, PageUp / PageDown the previous / next month, F5 reloads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget

from desktop.i18n import tr_text
from desktop.jobs.reports.domain.periods import Month
from desktop.jobs.reports.ui.base import Loaded, ReportTab, step_buttons
from desktop.store.context import Context

ALL = ""


@dataclass(frozen=True)
class MonthlyParams:
    month: Month
    kind: str  # '' = every kind


def build_monthly(ctx: Context, params: MonthlyParams) -> Loaded:
    from desktop.jobs.reports import documents, service, tables

    head = service.letterhead(ctx)
    today, now = ctx.clock.today(), ctx.clock.now()
    month = params.month
    if params.kind == ALL:
        every = service.all_kinds_sheet(ctx, month)
        return Loaded(tables.all_kinds_grid(every, head.signature, today),
                      lambda: documents.all_kinds_pdf(every, head, now),
                      f"counts-{month.key}", f"monthly {month.key} all")  # fmt: skip
    sheet = service.monthly_sheet(ctx, month, params.kind)
    return Loaded(tables.monthly_grid(sheet, head.signature, today),
                  lambda: documents.monthly_sheet_pdf(sheet, head, now),
                  f"count-{params.kind}-{month.key}", f"monthly {month.key} {params.kind}")  # fmt: skip


class MonthlyTab(ReportTab):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.setObjectName("monthlyTab")
        today = shell.ctx.clock.today()
        self.month = QDateEdit(QDate(today.year, today.month, 1), self)
        self.month.setObjectName("month")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(False)
        self.month.setMinimumDate(QDate(1989, 1, 1))
        month_label = QLabel(self.tr("Mont&h:"), self)
        month_label.setBuddy(self.month)
        self.previous_button, self.next_button = step_buttons(
            self, self.step, (self.tr("Previous month"), self.tr("Previous month (PageUp)")),
            (self.tr("Next month"), self.tr("Next month (PageDown)")))  # fmt: skip
        self.kind = QComboBox(self)
        self.kind.setObjectName("countKind")
        self.kind.addItem(self.tr("All counts (per day)"), ALL)
        for k in self._kinds():
            self.kind.addItem(tr_text(k.label), k.key)
        handover = self.kind.findData("handover")
        self.kind.setCurrentIndex(max(0, handover))
        kind_label = QLabel(self.tr("Coun&t:"), self)
        kind_label.setBuddy(self.kind)
        self.wareki = QLabel(self)
        self.wareki.setObjectName("monthLabel")
        for w in (month_label, self.previous_button, self.month, self.next_button, self.wareki, kind_label,
                  self.kind):
            self.controls.addWidget(w)
        self.controls.addStretch(1)
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.setTabOrder(self.month, self.kind)
        self.setTabOrder(self.kind, self.preview_button)

    def _kinds(self) -> list[Any]:
        from desktop.store.events import known_kinds

        return known_kinds()

    def step(self, months: int) -> None:
        self.month.setDate(self.month.date().addMonths(months))

    def params(self) -> MonthlyParams:
        d = self.month.date()
        month = Month(d.year(), d.month())
        self.wareki.setText(month.wareki_label)
        return MonthlyParams(month, str(self.kind.currentData()))

    def build(self, ctx: Context, params: Any) -> Loaded:
        return build_monthly(ctx, params)
