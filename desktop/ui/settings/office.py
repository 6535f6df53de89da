"""設定 › 窓口: the office profile — municipality, 地方公共団体コード, contact, opening hours per weekday,
named counters (窓口), handover terminals (統合端末) and the tablets for online applications.

The editors are the shared ones of `desktop.ui.widgets`, which the setup wizard uses too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.office import OfficeProfile, default_profile
from desktop.core.staff import Role
from desktop.i18n import tr_error
from desktop.store.office import load_profile, save_profile
from desktop.ui.settings.base import SettingsPage
from desktop.ui.widgets import EditableList, ErrorLabel, HoursEditor, TabletsEditor


def _boxed(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(widget)
    return box


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
        self.counters = EditableList()
        self.counters.list.setMaximumHeight(110)
        self.terminals = EditableList()
        self.terminals.list.setMaximumHeight(110)
        self.tablets = TabletsEditor()
        self.tablets.table.setMaximumHeight(150)
        self.counters.list.setAccessibleName(self.tr("Counters"))
        self.terminals.list.setAccessibleName(self.tr("Handover terminals"))
        self.tablets.table.setAccessibleName(self.tr("Tablets for online applications"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))
        self.error = ErrorLabel()

        left = QVBoxLayout()
        left.addWidget(profile_box)
        left.addWidget(_boxed(self.tr("Opening hours"), self.hours_editor))
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(_boxed(self.tr("Counters"), self.counters))
        right.addWidget(_boxed(self.tr("Handover terminals"), self.terminals))
        right.addWidget(_boxed(self.tr("Tablets for online applications"), self.tablets))
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        content = QWidget()
        outer = QVBoxLayout(content)
        outer.addLayout(columns)
        outer.addWidget(self.error)
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
        self.error.clear_error()
        self.hours_editor.set_hours(profile.hours)
        self.counters.set_values(profile.counters)
        self.terminals.set_values(profile.terminals)
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
            counters=self.counters.values(),
            terminals=self.terminals.values(),
            tablets=self.tablets.tablets(),
        )

    def save(self) -> None:
        profile = self.profile()
        errors = profile.validate()
        if errors:
            text = "\n".join(tr_error(e) for e in errors)
            self.error.show_error(text)
            self.status.setText(self.tr("Not saved: correct the entries and save again."))
            self.shell.prompter.error(self.tr("Office profile not saved"), text)
            return
        self.error.clear_error()
        ctx = self.shell.ctx
        self.shell.tasks.run(
            lambda: save_profile(ctx, profile), self._saved, label=self.tr("Saving the office profile")
        )

    def _saved(self, _site: object) -> None:
        self.status.setText(self.tr("Saved."))
        self.saved.emit()
