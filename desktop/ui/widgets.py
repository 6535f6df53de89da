"""Small widgets shared by the shell's screens: editable lists, opening hours and tablets (the setup
wizard and 設定 › 窓口 both edit the office profile with them); and, from `desktop.ui.labels`, headings,
inline errors and the DEMO badge."""

from __future__ import annotations

from datetime import time
from typing import Any

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.labels import DemoBadge, ErrorLabel, heading

__all__ = ["DemoBadge", "EditableList", "ErrorLabel", "HoursEditor", "TabletsEditor", "heading"]


class EditableList(QWidget):
    """A list of names staff can edit in place, add to and remove from (counters, terminals …)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def _item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def set_values(self, values: list[str]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for value in values:
            self.list.addItem(self._item(value))
        self.list.blockSignals(False)
        self.changed.emit()

    def values(self) -> list[str]:
        return [self.list.item(i).text().strip() for i in range(self.list.count())]

    def next_name(self) -> str:
        """The next name in the list's own numbering: 統合端末3 → 統合端末4 (just a number if none)."""
        values = self.values()
        stem = values[-1].rstrip("0123456789０１２３４５６７８９") if values else ""
        n = len(values) + 1
        while f"{stem}{n}" in values:
            n += 1
        return f"{stem}{n}"

    def append(self, name: str) -> None:
        self.list.addItem(self._item(name))
        self.changed.emit()

    def add_item(self) -> None:
        item = self._item(self.next_name())
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        self.list.editItem(item)
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()


class HoursEditor(QWidget):
    """Opening hours per weekday: a check box (open) and from/to times for 月 … 日."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.core.office import WEEKDAY_LABELS
        from desktop.i18n import translate

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Open"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("From"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("To"), self), 0, 2)
        self.rows: list[tuple[QCheckBox, QTimeEdit, QTimeEdit]] = []
        for day, label in enumerate(WEEKDAY_LABELS):
            check = QCheckBox(translate("Weekday", label), self)
            start, end = QTimeEdit(self), QTimeEdit(self)
            for edit in (start, end):
                edit.setDisplayFormat("HH:mm")
                edit.timeChanged.connect(lambda _t: self.changed.emit())
            start.setAccessibleName(self.tr("{day}: opens at").format(day=check.text()))
            end.setAccessibleName(self.tr("{day}: closes at").format(day=check.text()))
            check.toggled.connect(start.setEnabled)
            check.toggled.connect(end.setEnabled)
            check.toggled.connect(lambda _on: self.changed.emit())
            grid.addWidget(check, day + 1, 0)
            grid.addWidget(start, day + 1, 1)
            grid.addWidget(end, day + 1, 2)
            self.rows.append((check, start, end))
        grid.setColumnStretch(3, 1)

    def set_hours(self, hours: dict[int, tuple[time, time] | None]) -> None:
        for day, (check, start, end) in enumerate(self.rows):
            span = hours.get(day)
            usual = span or (time(8, 30), time(17, 15))
            start.setTime(QTime(usual[0].hour, usual[0].minute))
            end.setTime(QTime(usual[1].hour, usual[1].minute))
            check.setChecked(span is not None)
            start.setEnabled(span is not None)
            end.setEnabled(span is not None)

    def hours(self) -> dict[int, tuple[time, time] | None]:
        out: dict[int, tuple[time, time] | None] = {}
        for day, (check, start, end) in enumerate(self.rows):
            a, b = start.time(), end.time()
            out[day] = (time(a.hour(), a.minute()), time(b.hour(), b.minute())) if check.isChecked() else None
        return out


class TabletsEditor(QWidget):
    """The office's tablets for online applications: number and its own mail address, one per row."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Tablet number"), self.tr("Mail address")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(self.tr("Add tablet"), self)
        self.remove_button = QPushButton(self.tr("Remove tablet"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_tablets(self, tablets: list[Any]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for tablet in tablets:
            self._append(tablet.number, tablet.mail)
        self.table.blockSignals(False)
        self.changed.emit()

    def _append(self, number: str, mail: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(number))
        self.table.setItem(row, 1, QTableWidgetItem(mail))
        return row

    def add_row(self) -> None:
        row = self._append(str(self.table.rowCount() + 1), "")
        self.table.setCurrentCell(row, 1)
        item = self.table.item(row, 1)
        if item is not None:
            self.table.editItem(item)
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def tablets(self) -> list[Any]:
        from desktop.core.office import Tablet

        out = []
        for row in range(self.table.rowCount()):
            number, mail = self.table.item(row, 0), self.table.item(row, 1)
            out.append(
                Tablet((number.text() if number else "").strip(), (mail.text() if mail else "").strip())
            )
        return out
