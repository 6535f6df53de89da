"""住民: find a resident by フリガナ, phone number or birth date, open the record, edit it, add a new one.

The search box works out what was typed (`desktop.core.people.search_terms`): a date form is a birth
date, digits are a phone number (or its last digits), kana is a フリガナ prefix. The results are a
list (searching is not audited); opening one is the audited view. Keyboard: Enter searches, Enter
or double-click on a result opens it, Ctrl+F goes to the search box, Ctrl+N starts a new person,
Ctrl+S saves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.people import InvalidField, Person, search_terms
from desktop.core.wareki import wareki
from desktop.i18n import tr_error
from desktop.store import people as store
from desktop.tasks.prompt import report_failure
from desktop.ui.person_form import PersonForm
from desktop.ui.widgets import ErrorLabel

ID_ROLE = Qt.ItemDataRole.UserRole


class ResidentsPage(QWidget):
    """The 住民 page: search on the left, the selected or new resident's form on the right."""

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self._last_terms: dict[str, Any] = {}
        self.results: list[Person] = []

        # search side
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Furigana, phone number or birth date"))
        self.search_edit.setAccessibleName(self.tr("Search residents"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.search)
        search_label = QLabel(self.tr("Sea&rch"), self)
        search_label.setBuddy(self.search_edit)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.clicked.connect(self.search)
        self.search_error = ErrorLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Furigana"), self.tr("Birth date"), self.tr("Phone")]
        )
        self.table.setAccessibleName(self.tr("Residents found"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self.open_row(index.row()))

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.search_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.search_error)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.status)

        # form side
        self.form = PersonForm(shell.ctx, shell.tasks, self)
        self.form.person_loaded.connect(self._opened_from_notice)
        self.heading = QLabel(self)
        self.new_button = QPushButton(self.tr("Ne&w person"), self)
        self.new_button.setToolTip(self.tr("Start an empty form for a new resident (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_person)
        self.save_button = QPushButton(self.tr("Sa&ve"), self)
        self.save_button.setToolTip(self.tr("Save this resident (Ctrl+S)"))
        self.save_button.setDefault(False)
        self.save_button.clicked.connect(self.save)
        self.form_status = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.form_status, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.form, 1)
        right_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        for keys, slot in (
            (QKeySequence.StandardKey.Find, self.focus_search),
            (QKeySequence.StandardKey.New, self.new_person),
            (QKeySequence.StandardKey.Save, self.save),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        QWidget.setTabOrder(self.search_edit, self.search_button)
        QWidget.setTabOrder(self.search_button, self.table)
        QWidget.setTabOrder(self.table, self.form.edits["name"])
        QWidget.setTabOrder(self.form.edits["address"], self.new_button)
        QWidget.setTabOrder(self.new_button, self.save_button)
        self._show_heading()

    # --- search ------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def search(self) -> None:
        self.search_error.clear_error()
        try:
            terms = search_terms(self.search_edit.text())
        except DomainError as err:
            self.search_error.show_error(tr_error(err))
            return
        self._last_terms = terms
        if not terms:
            self._fill([])
            self.status.setText("")
            return
        self._run_search(terms)

    def _run_search(self, terms: dict[str, Any]) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(
            lambda: store.search_people(ctx, **terms),
            self._show_results,
            self._failed,
            label=self.tr("Searching"),
        )

    def _show_results(self, found: list[Person]) -> None:
        self._fill(found)
        if found:
            self.status.setText(self.tr("{n} found. Press Enter on a row to open it.").format(n=len(found)))
            self.table.setFocus()
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("No one found. Check what was typed, or add a new person."))

    def _fill(self, found: list[Person]) -> None:
        self.results = list(found)
        self.table.setRowCount(len(found))
        for row, p in enumerate(found):
            cells = [p.name, p.kana, wareki(p.birth_date) if p.birth_date else "", p.phone]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, p.id)
                self.table.setItem(row, col, item)

    # --- open, new, save ---------------------------------------------------------------------------

    def _may_discard(self) -> bool:
        if not self.form.is_modified():
            return True
        return bool(
            self.shell.prompter.ask_yes_no(
                self.tr("Unsaved changes"),
                self.tr("The changes to this resident are not saved. Discard them?"),
            )
        )

    def open_row(self, row: int) -> None:
        if not 0 <= row < len(self.results):
            return
        person_id = self.results[row].id
        if person_id is None or not self._may_discard():
            return
        ctx = self.shell.ctx
        self.shell.tasks.run(
            lambda: store.get_person(ctx, person_id),
            self._opened,
            self._failed,
            label=self.tr("Opening the record"),
        )

    def _opened(self, p: Person) -> None:
        self.form.set_person(p)
        self._show_heading()
        self._set_status("")
        self.form.edits["name"].setFocus()

    def _opened_from_notice(self, _p: Person) -> None:
        self._show_heading()
        self._set_status(self.tr("The stored record is open; what was typed was not saved."))

    def new_person(self) -> None:
        if not self._may_discard():
            return
        self.form.clear()
        if "kana" in self._last_terms and not self.results:
            self.form.fill({"kana": self._last_terms["kana"]})
        self._show_heading()
        self._set_status("")
        self.form.edits["name"].setFocus()

    def save(self) -> None:
        self._set_status("")
        if self.form.validate():
            return
        person = self.form.person()
        ctx = self.shell.ctx
        if person.id is None:
            self.shell.tasks.run(lambda: store.add_person(ctx, person), self._saved, self._failed,
                                 label=self.tr("Saving"))  # fmt: skip
        else:
            self.shell.tasks.run(lambda: store.update_person(ctx, person), self._saved, self._failed,
                                 label=self.tr("Saving"))  # fmt: skip

    def _saved(self, p: Person) -> None:
        self.form.mark_saved(p)
        self._show_heading()
        self._set_status(self.tr("Saved."))
        if self._last_terms:
            self._run_search(self._last_terms)
            self.form.edits["name"].setFocus()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, InvalidField) and exc.field in self.form.errors:
            self.form.show_error(exc.field, tr_error(exc))
            self.form.edits[exc.field].setFocus()
            return
        report_failure(self.shell.prompter, exc)

    def _show_heading(self) -> None:
        if self.form.person_id() is None:
            self.heading.setText(self.tr("New resident"))
        else:
            self.heading.setText(self.tr("Resident record"))

    def _set_status(self, text: str) -> None:
        self.form_status.setText(text)
