"""集計 (the reports job's page): tabs for the monthly count sheet, the 交付円滑化計画 follow-up table
and, for supervisors, the dashboard and the count corrections (件数の訂正). Each tab loads when first shown; F5 (the shell's reload) reloads
the tab in front. Ctrl+Tab / Ctrl+Shift+Tab move between the tabs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.core.staff import Role
from desktop.jobs.reports.ui.monthly_tab import MonthlyTab
from desktop.jobs.reports.ui.plan_tab import PlanTab


class ReportsPage(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setObjectName("reportsPage")
        self.tabs = QTabWidget(self)
        self.monthly = MonthlyTab(shell, self)
        self.plan = PlanTab(shell, self)
        self.tabs.addTab(self.monthly, self.tr("&Monthly count sheet"))
        self.tabs.addTab(self.plan, self.tr("Issuance p&lan follow-up"))
        self.dashboard: Any = None
        self.corrections: Any = None
        if shell.actor.may(Role.SUPERVISOR):
            from desktop.jobs.reports.ui.corrections_tab import CorrectionsTab
            from desktop.jobs.reports.ui.dashboard import DashboardTab

            self.dashboard = DashboardTab(shell, self)
            self.tabs.addTab(self.dashboard, self.tr("&Dashboard"))
            self.corrections = CorrectionsTab(shell, self)
            self.tabs.addTab(self.corrections, self.tr("Count c&orrections"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        self._loaded: set[int] = set()
        self.tabs.currentChanged.connect(self._shown)
        self._shown(self.tabs.currentIndex())

    def _shown(self, index: int) -> None:
        if index >= 0 and index not in self._loaded:
            self._loaded.add(index)
            tab: Any = self.tabs.widget(index)
            tab.refresh()

    def refresh(self) -> None:
        """Reload the tab in front (F5)."""
        tab: Any = self.tabs.currentWidget()
        if tab is not None:
            tab.refresh()
