"""設定 › 本人確認書類: the ID-document catalogue (lists A and B) and the municipality's rule choices.

Edits stay on the page until 保存: moving a type between lists A and B, deactivating it (space on
the 有効 cell), adding a type; then the catalogue and the rules are written together (audited).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import identity as core
from desktop.core.errors import DomainError
from desktop.core.identity import Catalogue, IdentityRules
from desktop.core.staff import Role
from desktop.i18n import tr_error, translate
from desktop.store import identity as store
from desktop.ui.settings.base import SettingsPage
from desktop.ui.widgets import ErrorLabel

COL_LABEL, COL_OFFICIAL, COL_LIST, COL_ACTIVE = range(4)


class IdentityPage(SettingsPage):
    min_role = Role.ADMIN
    saved = Signal()

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.catalogue = Catalogue()

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Official name"), self.tr("List"), self.tr("Active")]
        )
        self.table.setAccessibleName(self.tr("Identity documents"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_OFFICIAL, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._active_changed)

        self.to_a = QPushButton(self.tr("Move to list &A"), self)
        self.to_b = QPushButton(self.tr("Move to list &B"), self)
        self.to_a.clicked.connect(lambda: self.move_selected(core.LIST_A))
        self.to_b.clicked.connect(lambda: self.move_selected(core.LIST_B))
        self.new_name = QLineEdit(self)
        self.new_name.setPlaceholderText(self.tr("Official name, e.g. 町民カード（写真付き）"))
        self.new_name.setAccessibleName(self.tr("Name of the new document type"))
        self.new_kind = QComboBox(self)
        self.new_kind.addItem(translate("IdDocument", core.KIND_LABELS[core.LIST_A]), core.LIST_A)
        self.new_kind.addItem(translate("IdDocument", core.KIND_LABELS[core.LIST_B]), core.LIST_B)
        self.new_kind.setAccessibleName(self.tr("List of the new document type"))
        self.add_button = QPushButton(self.tr("A&dd type"), self)
        self.add_button.clicked.connect(self.add_type)
        self.new_name.returnPressed.connect(self.add_type)
        new_label = QLabel(self.tr("&New type"), self)
        new_label.setBuddy(self.new_name)

        row = QHBoxLayout()
        row.addWidget(self.to_a)
        row.addWidget(self.to_b)
        row.addSpacing(24)
        row.addWidget(new_label)
        row.addWidget(self.new_name, 1)
        row.addWidget(self.new_kind)
        row.addWidget(self.add_button)

        # the rules
        self.handover_two = QCheckBox(self.tr("Handover: always ask for two documents"), self)
        self.apply_pin = QCheckBox(
            self.tr("One document of list A, with the resident typing a PIN on the national terminal"), self
        )
        self.apply_two_a = QCheckBox(self.tr("Two documents of list A"), self)
        self.apply_a_b = QCheckBox(self.tr("One document of list A and one of list B"), self)
        self.apply_notice = QCheckBox(self.tr("The notification card and two documents of list B"), self)
        apply_box = QGroupBox(self.tr("Identity check when the resident applies (card mailed later)"), self)
        apply_layout = QVBoxLayout(apply_box)
        for box in (self.apply_pin, self.apply_two_a, self.apply_a_b, self.apply_notice):
            apply_layout.addWidget(box)
        self.photo_allowed = QCheckBox(
            self.tr("Accept the photo certificate signed by a facility head, with documents of list B"), self
        )
        self.photo_b_items = QSpinBox(self)
        self.photo_b_items.setRange(1, 3)
        self.photo_b_items.setAccessibleName(self.tr("Documents of list B with the photo certificate"))
        self.photo_allowed.toggled.connect(self.photo_b_items.setEnabled)
        photo_form = QFormLayout()
        photo_form.addRow(self.photo_allowed)
        photo_form.addRow(self.tr("Documents of list B with it"), self.photo_b_items)
        photo_note = QLabel(self.tr("A proxy's own ID is always two documents: A+A or A+B."), self)
        photo_note.setWordWrap(True)
        rules_box = QGroupBox(self.tr("Rules"), self)
        rules_layout = QVBoxLayout(rules_box)
        rules_layout.addWidget(self.handover_two)
        rules_layout.addWidget(apply_box)
        rules_layout.addLayout(photo_form)
        rules_layout.addWidget(photo_note)

        self.error = ErrorLabel(self)
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(rules_box)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        self._set_rules(IdentityRules())

    def title(self) -> str:
        return self.tr("Identity documents")

    # --- load ----------------------------------------------------------------------------------------

    def load(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: store.load_identity(ctx), self._fill, label=self.tr("Loading"))

    def _fill(self, loaded: tuple[Catalogue, IdentityRules]) -> None:
        catalogue, rules = loaded
        self.catalogue = catalogue
        self._fill_table()
        self._set_rules(rules)
        self.error.clear_error()

    def _fill_table(self) -> None:
        current = self.table.currentRow()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.catalogue.documents))
        for r, doc in enumerate(self.catalogue.documents):
            cells = [
                translate("IdDocument", doc.label),
                doc.official_name_ja,
                translate("IdDocument", core.KIND_LABELS[doc.kind]),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, doc.key)
                self.table.setItem(r, c, item)
            active = QTableWidgetItem()
            active.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            )
            active.setCheckState(Qt.CheckState.Checked if doc.active else Qt.CheckState.Unchecked)
            active.setData(Qt.ItemDataRole.UserRole, doc.key)
            active.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Active"))
            self.table.setItem(r, COL_ACTIVE, active)
        self.table.blockSignals(False)
        if 0 <= current < self.table.rowCount():
            self.table.setCurrentCell(current, COL_ACTIVE)

    def _set_rules(self, rules: IdentityRules) -> None:
        self.handover_two.setChecked(rules.handover_always_two)
        self.apply_pin.setChecked(rules.apply_a_with_pin)
        self.apply_two_a.setChecked(rules.apply_two_a)
        self.apply_a_b.setChecked(rules.apply_a_and_b)
        self.apply_notice.setChecked(rules.apply_notice_card_two_b)
        self.photo_allowed.setChecked(rules.photo_certificate_allowed)
        self.photo_b_items.setValue(rules.photo_certificate_b_items)
        self.photo_b_items.setEnabled(rules.photo_certificate_allowed)

    # --- edits ---------------------------------------------------------------------------------------

    def rules(self) -> IdentityRules:
        return IdentityRules(
            handover_always_two=self.handover_two.isChecked(),
            apply_a_with_pin=self.apply_pin.isChecked(),
            apply_two_a=self.apply_two_a.isChecked(),
            apply_a_and_b=self.apply_a_b.isChecked(),
            apply_notice_card_two_b=self.apply_notice.isChecked(),
            photo_certificate_allowed=self.photo_allowed.isChecked(),
            photo_certificate_b_items=self.photo_b_items.value(),
        )

    def _selected_key(self) -> str | None:
        item = self.table.item(self.table.currentRow(), COL_LABEL)
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _active_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != COL_ACTIVE:
            return
        key = str(item.data(Qt.ItemDataRole.UserRole))
        self.catalogue = self.catalogue.activated(key, item.checkState() == Qt.CheckState.Checked)

    def move_selected(self, kind: str) -> None:
        key = self._selected_key()
        if key is None:
            self.error.show_error(self.tr("Select a document type in the list first."))
            return
        try:
            self.catalogue = self.catalogue.moved(key, kind)
        except DomainError as err:
            self.error.show_error(tr_error(err))
            return
        self.error.clear_error()
        self._fill_table()

    def add_type(self) -> None:
        try:
            doc = store.new_document(self.catalogue, self.new_name.text(), str(self.new_kind.currentData()))
        except DomainError as err:
            self.error.show_error(tr_error(err))
            return
        self.error.clear_error()
        self.catalogue = self.catalogue.with_document(doc)
        self.new_name.clear()
        self._fill_table()
        self.table.setCurrentCell(self.table.rowCount() - 1, COL_LABEL)
        self.status.setText(self.tr("Added. Save to keep it."))

    # --- save ----------------------------------------------------------------------------------------

    def save(self) -> None:
        rules = self.rules()
        catalogue = self.catalogue
        try:
            rules.check()
            catalogue.check()
        except DomainError as err:
            text = tr_error(err)
            self.error.show_error(text)
            self.status.setText(self.tr("Not saved: correct the entries and save again."))
            self.shell.prompter.error(self.tr("Identity documents not saved"), text)
            return
        self.error.clear_error()
        ctx = self.shell.ctx
        self.shell.tasks.run(
            lambda: store.save_identity(ctx, catalogue, rules), self._saved, label=self.tr("Saving")
        )

    def _saved(self, saved: tuple[Catalogue, IdentityRules]) -> None:
        self._fill(saved)
        self.status.setText(self.tr("Saved."))
        self.saved.emit()
