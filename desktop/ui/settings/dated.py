"""設定 › 年月日別の設定: values that change over time, one tab per key — population on 1 January,
staff and terminals per month, postage per delivery method, the national target rates.

Each tab lists the values with the date they apply from and adds (or replaces) one at a time; a
value is written as soon as it is added, so `save()` has nothing pending.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.office import DATED_KEYS, DatedKey
from desktop.core.staff import Role
from desktop.i18n import translate
from desktop.store.office import dated_rows, remove_dated_value, set_dated_value
from desktop.ui.settings.base import SettingsPage

Rows = list[tuple[date, dict[str, float]]]


class DatedKeyTab(QWidget):
    """The values of one dated setting (a table, newest first) and a row to add one."""

    def __init__(self, page: DatedSettingsPage, spec: DatedKey) -> None:
        super().__init__()
        self.page = page
        self.spec = spec
        today = page.shell.ctx.clock.today()
        headers = [self.tr("Valid from")] + [translate("Office", p.label) for p in spec.parts]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(translate("Office", spec.label))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.valid_from: QSpinBox | QDateEdit
        if spec.period == "year":
            year = QSpinBox()
            year.setRange(2000, 2100)
            year.setValue(today.year)
            year.setAccessibleName(self.tr("Year (as of 1 January)"))
            self.valid_from = year
            from_label = self.tr("Year (as of 1 January)")
        else:
            edit = QDateEdit(QDate(today.year, today.month, 1 if spec.period == "month" else today.day))
            edit.setDisplayFormat("yyyy-MM" if spec.period == "month" else "yyyy-MM-dd")
            edit.setCalendarPopup(spec.period == "day")
            from_label = self.tr("Month") if spec.period == "month" else self.tr("Valid from")
            edit.setAccessibleName(from_label)
            self.valid_from = edit
        self.inputs: dict[str, QSpinBox | QDoubleSpinBox] = {}
        form = QHBoxLayout()
        form.addWidget(QLabel(from_label))
        form.addWidget(self.valid_from)
        for part in spec.parts:
            spin: QSpinBox | QDoubleSpinBox
            if part.decimals:
                spin = QDoubleSpinBox()
                spin.setDecimals(part.decimals)
                spin.setRange(0, part.maximum)
            else:
                spin = QSpinBox()
                spin.setRange(0, int(part.maximum))
                spin.setGroupSeparatorShown(True)
            spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
            spin.setAccessibleName(translate("Office", part.label))
            label = QLabel(translate("Office", part.label))
            label.setBuddy(spin)
            form.addWidget(label)
            form.addWidget(spin)
            self.inputs[part.name] = spin
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add)
        form.addWidget(self.add_button)
        form.addStretch(1)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.clicked.connect(self.remove)
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(bottom)

    def fill(self, rows: Rows) -> None:
        self.table.setRowCount(len(rows))
        for row, (valid_from, parts) in enumerate(reversed(rows)):  # newest first
            first = QTableWidgetItem(valid_from.isoformat())
            first.setData(Qt.ItemDataRole.UserRole, valid_from.isoformat())
            self.table.setItem(row, 0, first)
            for col, part in enumerate(self.spec.parts, start=1):
                number = parts[part.name]
                text = f"{number:,.{part.decimals}f}" if part.decimals else f"{int(number):,}"
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        if rows:  # start the next entry from the value now in force
            for name, number in rows[-1][1].items():
                spin = self.inputs[name]
                if isinstance(spin, QDoubleSpinBox):
                    spin.setValue(number)
                else:
                    spin.setValue(int(number))

    def entered_valid_from(self) -> date:
        if isinstance(self.valid_from, QSpinBox):
            return date(self.valid_from.value(), 1, 1)
        chosen = self.valid_from.date()
        return date(chosen.year(), chosen.month(), 1 if self.spec.period == "month" else chosen.day())

    def entered_parts(self) -> dict[str, float]:
        return {name: float(spin.value()) for name, spin in self.inputs.items()}

    def add(self) -> None:
        ctx, key = self.page.shell.ctx, self.spec.key
        valid_from, parts = self.entered_valid_from(), self.entered_parts()

        def work() -> Rows:
            set_dated_value(ctx, key, valid_from, parts)
            return dated_rows(ctx, key)

        self.page.shell.tasks.run(work, self.fill)

    def remove(self) -> None:
        row = self.table.currentRow()
        prompter = self.page.shell.prompter
        if row < 0:
            prompter.info(self.tr("Remove a value"), self.tr("Select a value in the list first."))
            return
        item = self.table.item(row, 0)
        if item is None:
            return
        valid_from = date.fromisoformat(str(item.data(Qt.ItemDataRole.UserRole)))
        if not prompter.ask_yes_no(
            self.tr("Remove a value"),
            self.tr("Remove the value valid from {date}?").format(date=valid_from.isoformat()),
        ):
            return
        ctx, key = self.page.shell.ctx, self.spec.key

        def work() -> Rows:
            remove_dated_value(ctx, key, valid_from)
            return dated_rows(ctx, key)

        self.page.shell.tasks.run(work, self.fill)


class DatedSettingsPage(SettingsPage):
    min_role = Role.ADMIN

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.keys = QListWidget()
        self.keys.setAccessibleName(self.tr("Values"))
        self.keys.setMaximumWidth(300)
        self.keys.setWordWrap(True)
        self.keys.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.tabs: dict[str, DatedKeyTab] = {}
        for spec in DATED_KEYS:
            tab = DatedKeyTab(self, spec)
            self.tabs[spec.key] = tab
            self.keys.addItem(translate("Office", spec.label))
            self.stack.addWidget(tab)
        self.keys.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.keys.setCurrentRow(0)
        layout = QHBoxLayout(self)
        layout.addWidget(self.keys)
        layout.addWidget(self.stack, 1)

    def title(self) -> str:
        return self.tr("Values by date")

    def load(self) -> None:
        ctx = self.shell.ctx
        keys = list(self.tabs)
        self.shell.tasks.run(lambda: {k: dated_rows(ctx, k) for k in keys}, self._fill)

    def _fill(self, rows: dict[str, Rows]) -> None:
        for key, tab in self.tabs.items():
            tab.fill(rows.get(key, []))

    def save(self) -> None:
        """Nothing pending: each value is written when it is added."""
