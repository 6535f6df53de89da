"""設定 › 窓口: the office profile — municipality, 地方公共団体コード, contact, opening hours per weekday,
named counters (窓口), handover terminals (統合端末) and the tablets for online applications."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, QTime, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.office import WEEKDAY_LABELS, OfficeProfile, Tablet, default_profile
from desktop.core.staff import Role
from desktop.i18n import tr_error, translate
from desktop.store.office import load_profile, save_profile
from desktop.ui.settings.base import SettingsPage


class NameListEditor(QGroupBox):
    """An editable list of names (counters, terminals): Add appends 「<prefix><n>」 and edits it (F2 edits)."""

    def __init__(self, title: str, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.prefix = prefix
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.setMaximumHeight(110)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add to {title}").format(title=title))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove from {title}").format(title=title))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def set_names(self, names: list[str]) -> None:
        self.list.clear()
        for name in names:
            self._append(name)

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _append(self, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def add(self) -> None:
        existing = set(self.names())
        n = self.list.count() + 1
        while f"{self.prefix}{n}" in existing:
            n += 1
        item = self._append(f"{self.prefix}{n}")
        self.list.setCurrentItem(item)
        self.list.setFocus()
        self.list.editItem(item)

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)


class TabletEditor(QGroupBox):
    """Tablets for online applications: number and the tablet's own mail address."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Tablets for online applications"))
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(self.title())
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Mail address")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setMaximumHeight(150)
        self.add_button = QPushButton(self.tr("Add tablet"))
        self.remove_button = QPushButton(self.tr("Remove tablet"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_tablets(self, tablets: list[Tablet]) -> None:
        self.table.setRowCount(0)
        for tablet in tablets:
            self._append(tablet.number, tablet.mail)

    def tablets(self) -> list[Tablet]:
        out = []
        for row in range(self.table.rowCount()):
            number, mail = self.table.item(row, 0), self.table.item(row, 1)
            out.append(
                Tablet(
                    number.text().strip() if number else "",
                    mail.text().strip() if mail else "",
                )
            )
        return out

    def _append(self, number: str, mail: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(number))
        self.table.setItem(row, 1, QTableWidgetItem(mail))
        return row

    def add(self) -> None:
        numbers = {t.number for t in self.tablets()}
        n = self.table.rowCount() + 1
        while str(n) in numbers:
            n += 1
        row = self._append(str(n), "")
        self.table.setFocus()
        self.table.setCurrentCell(row, 1)
        item = self.table.item(row, 1)
        if item is not None:
            self.table.editItem(item)

    def remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)


class HoursEditor(QGroupBox):
    """Opening hours per weekday: a check box (open on that day) and the start and end times."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Opening hours"))
        grid = QGridLayout(self)
        self.open_boxes: list[QCheckBox] = []
        self.starts: list[QTimeEdit] = []
        self.ends: list[QTimeEdit] = []
        for day, label in enumerate(WEEKDAY_LABELS):
            box = QCheckBox(translate("Weekday", label))
            start, end = QTimeEdit(), QTimeEdit()
            for edit, what in ((start, self.tr("opens at")), (end, self.tr("closes at"))):
                edit.setDisplayFormat("HH:mm")
                edit.setAccessibleName(f"{translate('Weekday', label)} {what}")
            box.toggled.connect(start.setEnabled)
            box.toggled.connect(end.setEnabled)
            grid.addWidget(box, day, 0)
            grid.addWidget(start, day, 1)
            grid.addWidget(QLabel("–"), day, 2)
            grid.addWidget(end, day, 3)
            self.open_boxes.append(box)
            self.starts.append(start)
            self.ends.append(end)
        grid.setColumnStretch(4, 1)

    def set_hours(self, profile: OfficeProfile) -> None:
        for day in range(7):
            span = profile.hours.get(day)
            self.open_boxes[day].setChecked(span is not None)
            self.starts[day].setEnabled(span is not None)
            self.ends[day].setEnabled(span is not None)
            start, end = span if span is not None else (None, None)
            self.starts[day].setTime(QTime(start.hour, start.minute) if start else QTime(8, 30))
            self.ends[day].setTime(QTime(end.hour, end.minute) if end else QTime(17, 15))

    def hours(self) -> dict[int, Any]:
        out: dict[int, Any] = {}
        for day in range(7):
            if self.open_boxes[day].isChecked():
                out[day] = (self.starts[day].time().toPython(), self.ends[day].time().toPython())
            else:
                out[day] = None
        return out


class OfficePage(SettingsPage):
    """The office profile. `save()` validates first; problems are shown through the prompt seam."""

    min_role = Role.ADMIN
    saved = Signal()

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.municipality = QLineEdit()
        self.department = QLineEdit()
        self.local_gov_code = QLineEdit()
        self.local_gov_code.setMaxLength(6)
        self.local_gov_code.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,6}"), self.local_gov_code)
        )
        self.local_gov_code.setPlaceholderText("131016")
        self.phone = QLineEdit()
        self.postal_code = QLineEdit()
        self.postal_code.setPlaceholderText("123-4567")
        self.address = QLineEdit()
        profile_box = QGroupBox(self.tr("Office"))
        form = QFormLayout(profile_box)
        form.addRow(self.tr("&Municipality"), self.municipality)
        form.addRow(self.tr("&Department"), self.department)
        form.addRow(self.tr("Local government &code (6 digits)"), self.local_gov_code)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("P&ostal code"), self.postal_code)
        form.addRow(self.tr("&Address"), self.address)
        self.hours_editor = HoursEditor()
        self.counters = NameListEditor(self.tr("Counters"), "窓口")
        self.terminals = NameListEditor(self.tr("Handover terminals"), "統合端末")
        self.tablets = TabletEditor()
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))

        left = QVBoxLayout()
        left.addWidget(profile_box)
        left.addWidget(self.hours_editor)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.counters)
        right.addWidget(self.terminals)
        right.addWidget(self.tablets)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        content = QWidget()
        outer = QVBoxLayout(content)
        outer.addLayout(columns)
        outer.addWidget(self.status)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def title(self) -> str:
        return self.tr("Office")

    def load(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(
            lambda: load_profile(ctx), self._fill, label=self.tr("Loading the office profile")
        )

    def _fill(self, profile: OfficeProfile | None) -> None:
        if profile is None:
            profile = default_profile()
            self.status.setText(self.tr("The office profile has not been saved yet."))
        else:
            self.status.clear()
        self.municipality.setText(profile.municipality)
        self.department.setText(profile.department)
        self.local_gov_code.setText(profile.local_gov_code)
        self.phone.setText(profile.phone)
        self.postal_code.setText(profile.postal_code)
        self.address.setText(profile.address)
        self.hours_editor.set_hours(profile)
        self.counters.set_names(profile.counters)
        self.terminals.set_names(profile.terminals)
        self.tablets.set_tablets(profile.tablets)

    def profile(self) -> OfficeProfile:
        """The profile as entered (not yet validated)."""
        return OfficeProfile(
            municipality=self.municipality.text().strip(),
            department=self.department.text().strip(),
            local_gov_code=self.local_gov_code.text().strip(),
            phone=self.phone.text().strip(),
            postal_code=self.postal_code.text().strip(),
            address=self.address.text().strip(),
            hours=self.hours_editor.hours(),
            counters=[n.strip() for n in self.counters.names()],
            terminals=[n.strip() for n in self.terminals.names()],
            tablets=self.tablets.tablets(),
        )

    def save(self) -> None:
        profile = self.profile()
        errors = profile.validate()
        if errors:
            self.status.setText(self.tr("Not saved: correct the entries and save again."))
            self.shell.prompter.error(
                self.tr("Office profile not saved"), "\n".join(tr_error(e) for e in errors)
            )
            return
        ctx = self.shell.ctx
        self.shell.tasks.run(
            lambda: save_profile(ctx, profile), self._saved, label=self.tr("Saving the office profile")
        )

    def _saved(self, _site: object) -> None:
        self.status.setText(self.tr("Saved."))
        self.saved.emit()
