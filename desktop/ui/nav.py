"""The left navigation of the main window: one entry per page, then 設定 and ログアウト at the bottom."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget


@dataclass(frozen=True)
class NavEntry:
    """A page of the main window: a stable key, the (translated) title and a factory of its widget."""

    key: str
    title: str
    factory: Callable[[], QWidget]


class NavBar(QWidget):
    pageChosen = Signal(int)  # noqa: N815 - Qt naming; row in the list
    settingsRequested = Signal()  # noqa: N815
    logoutRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nav")
        self.list = QListWidget(self)
        self.list.setObjectName("navList")
        self.list.setAccessibleName(self.tr("Pages"))
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(self._row_changed)
        self.settings_button = QPushButton(self.tr("Settings"), self)
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.setToolTip(self.tr("Settings (Ctrl+,)"))
        self.settings_button.clicked.connect(self.settingsRequested.emit)
        self.logout_button = QPushButton(self.tr("Log out"), self)
        self.logout_button.setObjectName("logoutButton")
        self.logout_button.setToolTip(self.tr("Log out (Ctrl+L)"))
        self.logout_button.clicked.connect(self.logoutRequested.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.settings_button)
        layout.addWidget(self.logout_button)
        self.setMinimumWidth(170)
        self.setMaximumWidth(240)

    def set_entries(self, entries: list[NavEntry]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for index, entry in enumerate(entries):
            item = QListWidgetItem(entry.title)
            item.setData(256, entry.key)  # Qt.UserRole
            item.setSizeHint(QSize(0, self.fontMetrics().height() * 2 + 4))
            if index < 9:
                item.setToolTip(self.tr("{title} (Ctrl+{n})").format(title=entry.title, n=index + 1))
            self.list.addItem(item)
        self.list.blockSignals(False)

    def keys(self) -> list[str]:
        return [str(self.list.item(i).data(256)) for i in range(self.list.count())]

    def titles(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def select(self, row: int) -> None:
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.pageChosen.emit(row)
