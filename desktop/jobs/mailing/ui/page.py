"""The 到着・郵送 page: one tab per step of the card's way from J-LIS to the resident.

到着受付 (arrival and set-up) · 交付通知 (notices) · 発送 (mailing batches) · 配達・返戻 (results and
follow-ups) · 月計 (monthly figures). Each tab loads when shown; F5 reloads the current one.
Ctrl+Tab / Ctrl+Shift+Tab (or Ctrl+PgDown / Ctrl+PgUp) move between tabs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.jobs.mailing.ui.arrival import ArrivalTab
from desktop.jobs.mailing.ui.batches import BatchesTab
from desktop.jobs.mailing.ui.monthly import MonthlyTab
from desktop.jobs.mailing.ui.notices import NoticesTab
from desktop.jobs.mailing.ui.results import ResultsTab


class MailingPage(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setObjectName("mailingPage")
        self.arrival = ArrivalTab(shell, self)
        self.notices = NoticesTab(shell, self)
        self.batches = BatchesTab(shell, self)
        self.results = ResultsTab(shell, self)
        self.monthly = MonthlyTab(shell, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.arrival, self.tr("Arrival && set-up"))
        self.tabs.addTab(self.notices, self.tr("Notices"))
        self.tabs.addTab(self.batches, self.tr("Mailing batches"))
        self.tabs.addTab(self.results, self.tr("Delivered && returned"))
        self.tabs.addTab(self.monthly, self.tr("Monthly figures"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        self.refresh()

    def refresh(self) -> None:
        tab = self.tabs.currentWidget()
        if hasattr(tab, "refresh"):
            tab.refresh()
