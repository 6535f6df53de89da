"""交付 page: three tabs — the handover (board, search, checklist), counter services (walk-ins) and
unclaimed cards. F5 (the main window) reloads the visible tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.jobs.handover.ui.handover_tab import HandoverTab
from desktop.jobs.handover.ui.unclaimed_panel import UnclaimedPanel
from desktop.jobs.handover.ui.walkin_panel import WalkInPanel


class HandoverPage(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setObjectName("handoverPage")
        self.handover = HandoverTab(shell, self)
        self.walkins = WalkInPanel(shell, self)
        self.unclaimed = UnclaimedPanel(shell, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("handoverTabs")
        self.tabs.addTab(self.handover, self.tr("&Handover"))
        self.tabs.addTab(self.walkins, self.tr("Counter ser&vices"))
        self.tabs.addTab(self.unclaimed, self.tr("&Unclaimed cards"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.refresh()

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if hasattr(current, "refresh"):
            current.refresh()
