"""Small widgets and helpers shared by the booking screens."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.core.services import Service
from desktop.i18n import tr_text

DATA_ROLE = Qt.ItemDataRole.UserRole

STATUS_COLORS = {
    "booked": "#ffffff",
    "no_show": "#f3d6d6",
    "waiting": "#fff4cc",
    "serving": "#d7ecff",
    "done": "#e3f1e3",
    "absent": "#eeeeee",
    "checked_in": "#fff4cc",
    "cancelled": "#eeeeee",
}


def read_only_table(headers: Sequence[str], parent: QWidget | None = None, *, stretch: int | None = None) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch if stretch is not None else len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def set_row(table: QTableWidget, row: int, cells: Sequence[str], data: Any = None, *, color: str | None = None,
            right: Sequence[int] = ()) -> None:  # fmt: skip
    for col, text in enumerate(cells):
        item = QTableWidgetItem(text)
        if col == 0 and data is not None:
            item.setData(DATA_ROLE, data)
        if col in right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if color:
            item.setBackground(QBrush(QColor(color)))
        table.setItem(row, col, item)


def row_data(table: QTableWidget, row: int | None = None) -> Any:
    row = table.currentRow() if row is None else row
    item = table.item(row, 0) if row >= 0 else None
    return None if item is None else item.data(DATA_ROLE)


class ServiceCombo(QComboBox):
    """The services of the office (translated names); `key()` is the chosen service key."""

    def set_services(self, services: dict[str, Service], *, bookable_only: bool) -> None:
        current = self.key()
        self.blockSignals(True)
        self.clear()
        for key, service in services.items():
            if bookable_only and service.walk_in_only:
                continue
            self.addItem(tr_text(service.label), key)
        index = self.findData(current) if current else 0
        self.setCurrentIndex(max(0, index))
        self.blockSignals(False)

    def key(self) -> str:
        value = self.currentData()
        return str(value) if value else ""

    def select(self, key: str) -> None:
        index = self.findData(key)
        if index >= 0:
            self.setCurrentIndex(index)


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())
