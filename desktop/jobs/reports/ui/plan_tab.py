"""交付円滑化計画 実施状況: choose a fiscal year, see the follow-up table, print it or save it.

Keyboard: Alt+Y the fiscal year, PageUp / PageDown the previous / next year, F5 reloads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop.jobs.reports.domain.periods import FiscalYear
from desktop.jobs.reports.ui.base import Loaded, ReportTab
from desktop.store.context import Context

YEARS_BACK = 10


@dataclass(frozen=True)
class PlanParams:
    year: FiscalYear


def build_plan(ctx: Context, params: PlanParams) -> Loaded:
    from desktop.jobs.reports import documents, service, tables

    head = service.letterhead(ctx)
    today, now = ctx.clock.today(), ctx.clock.now()
    table = service.plan_table(ctx, params.year)
    return Loaded(tables.plan_grid(table, head.signature, today),
                  lambda: documents.plan_pdf(table, head, now, today),
                  f"plan-{params.year.start_year}", f"plan {params.year.start_year}")  # fmt: skip


class PlanTab(ReportTab):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.setObjectName("planTab")
        current = FiscalYear.of(shell.ctx.clock.today())
        self.year = QComboBox(self)
        self.year.setObjectName("fiscalYear")
        for start in range(current.start_year + 1, current.start_year - YEARS_BACK - 1, -1):
            self.year.addItem(FiscalYear(start).label, start)
        self.year.setCurrentIndex(self.year.findData(current.start_year))
        label = QLabel(self.tr("Fiscal &year:"), self)
        label.setBuddy(self.year)
        self.controls.addWidget(label)
        self.controls.addWidget(self.year)
        self.controls.addStretch(1)
        QShortcut(QKeySequence("PgUp"), self).activated.connect(lambda: self.step(-1))
        QShortcut(QKeySequence("PgDown"), self).activated.connect(lambda: self.step(1))
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.setTabOrder(self.year, self.preview_button)

    def step(self, years: int) -> None:
        # The list runs from the newest year down: an earlier year is further down the list.
        index = self.year.currentIndex() - years
        if 0 <= index < self.year.count():
            self.year.setCurrentIndex(index)

    def params(self) -> PlanParams:
        return PlanParams(FiscalYear(int(self.year.currentData())))

    def build(self, ctx: Context, params: Any) -> Loaded:
        return build_plan(ctx, params)
