"""月計: the mailing job's figures per month — cards arrived, handover notices, items sent, delivered,
returned and the postage spent — with the total of the period. Counts are the netted count events of
the day each step was recorded (the reports job reads the same events)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.wareki import era_year
from desktop.jobs.mailing.domain import MonthFigures, month_start
from desktop.jobs.mailing.store.figures import monthly
from desktop.jobs.mailing.ui.common import fill_table, make_table, pydate, qdate


def month_label(m: date) -> str:
    era, year = era_year(m)
    return f"{era}{'元' if year == 1 else year}年{m.month}月（{m.year}）"


class MonthlyTab(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.figures: list[MonthFigures] = []
        self.first = self._month_edit(self.tr("First month"))
        self.last = self._month_edit(self.tr("Last month"))
        self.show_button = QPushButton(self.tr("&Show"), self)
        self.show_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        for label, edit in ((self.tr("&From:"), self.first), (self.tr("&To:"), self.last)):
            lab = QLabel(label, self)
            lab.setBuddy(edit)
            top.addWidget(lab)
            top.addWidget(edit)
        top.addWidget(self.show_button)
        top.addStretch(1)
        self.table = make_table(self, [self.tr("Month"), self.tr("Cards arrived"), self.tr("Notices sent"),
                                       self.tr("Items mailed"), self.tr("Delivered"), self.tr("Returned"),
                                       self.tr("Postage (yen)")], name=self.tr("Figures per month"))  # fmt: skip
        note = QLabel(self.tr("Each figure counts on the day it was recorded; corrections are netted."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        today = shell.ctx.clock.today()
        last = month_start(today)
        first = date(last.year, last.month - 5, 1) if last.month > 5 else date(last.year - 1, last.month + 7, 1)
        self.first.setDate(qdate(first))
        self.last.setDate(qdate(last))

    def _month_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setDisplayFormat("yyyy-MM")
        edit.setAccessibleName(name)
        return edit

    def refresh(self) -> None:
        first, last = pydate(self.first.date()), pydate(self.last.date())
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: monthly(ctx, first, last), self._show, progress=False)

    def _show(self, figures: list[MonthFigures]) -> None:
        self.figures = figures
        rows = [[month_label(f.month), str(f.arrived), str(f.notices), str(f.sent), str(f.delivered),
                 str(f.returned), f"{f.postage_yen:,}"] for f in figures]  # fmt: skip
        if figures:
            rows.append([self.tr("Total"), *(str(sum(getattr(f, k) for f in figures)) for k in (
                "arrived", "notices", "sent", "delivered", "returned")),
                f"{sum(f.postage_yen for f in figures):,}"])  # fmt: skip
        fill_table(self.table, rows, [str(i) for i in range(len(rows))], right=(1, 2, 3, 4, 5, 6))
