"""Whose photo: pick a card case waiting for a photo, or find the resident and use or open their case.

Left: cases in 受付中 / 中断 with no photo yet (longest waiting first). Right: a search by フリガナ,
phone number or birth date (as on the 住民 page); choosing a resident opens their record (audited
view) and uses their received case; when they have none, the photo job opens one in 受付中 as the
photo is saved (so a look-up never leaves an empty case).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.people import Person, search_terms
from desktop.core.wareki import wareki
from desktop.i18n import tr_error
from desktop.store.context import Context
from desktop.ui.widgets import ErrorLabel

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class CaseChoice:
    case_id: str | None  # None: the resident has no open case yet; one is opened when the photo is saved
    person_id: str
    name: str
    birth_date: date | None


def waiting_cases(ctx: Context) -> list[tuple[str, str, str]]:
    """(case id, person id, name) of cases waiting for a photo."""
    from desktop.jobs.photo.store import cases_without_photo
    from desktop.store.cases import get_case
    from desktop.store.people import names_of

    cases = [get_case(ctx, cid) for cid in cases_without_photo(ctx)]
    cases = [c for c in cases if c.person_id is not None]
    names = names_of(ctx, [c.person_id for c in cases if c.person_id])
    return [(c.id, str(c.person_id), names.get(str(c.person_id), "")) for c in cases]


def choose_person(ctx: Context, person_id: str) -> CaseChoice:
    """Open the resident (audited view) and find their received case (none yet: opened on saving)."""
    from desktop.jobs.photo.intake import open_case_of
    from desktop.store.people import get_person

    person = get_person(ctx, person_id)
    return CaseChoice(open_case_of(ctx, person_id), person_id, person.name, person.birth_date)


class CasePicker(QWidget):
    caseChosen = Signal(object)  # noqa: N815 - CaseChoice

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.waiting = QListWidget(self)
        self.waiting.setObjectName("waitingCases")
        self.waiting.setAccessibleName(self.tr("Card cases waiting for a photo"))
        self.waiting.itemActivated.connect(lambda item: self._choose(str(item.data(ID_ROLE))))
        self.use_waiting = QPushButton(self.tr("Take the photo"), self)
        self.use_waiting.setMinimumHeight(44)
        self.use_waiting.clicked.connect(self._use_waiting)
        self.use_waiting.setEnabled(False)
        left = QGroupBox(self.tr("Waiting for a photo"), self)
        self.none_waiting = QLabel(self.tr("No card case is waiting for a photo. Find the resident on the right."), left)
        self.none_waiting.setWordWrap(True)
        lv = QVBoxLayout(left)
        lv.addWidget(self.none_waiting)
        lv.addWidget(self.waiting, 1)
        lv.addWidget(self.use_waiting)

        self.search = QLineEdit(self)
        self.search.setObjectName("photoSearch")
        self.search.setPlaceholderText(self.tr("Furigana, phone number or birth date"))
        self.search.setAccessibleName(self.tr("Search residents"))
        self.search.returnPressed.connect(self.run_search)
        search_button = QPushButton(self.tr("Search"), self)
        search_button.clicked.connect(self.run_search)
        self.error = ErrorLabel(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("photoResidents")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Furigana"), self.tr("Birth date")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self._choose_row(index.row()))
        self.use_person = QPushButton(self.tr("Use this resident"), self)
        self.use_person.setMinimumHeight(44)
        self.use_person.clicked.connect(lambda: self._choose_row(self.table.currentRow()))
        right = QGroupBox(self.tr("Find a resident"), self)
        rv = QVBoxLayout(right)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(search_button)
        rv.addLayout(row)
        rv.addWidget(self.error)
        rv.addWidget(self.table, 1)
        rv.addWidget(self.use_person)
        self.note = QLabel(self.tr("The photo goes on the resident's received card case; one is opened when there is none."), self)
        self.note.setWordWrap(True)
        rv.addWidget(self.note)

        layout = QHBoxLayout(self)
        layout.addWidget(left, 1)
        layout.addWidget(right, 2)
        self.people: list[Person] = []

    def refresh(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: waiting_cases(ctx), self._show_waiting, label=self.tr("Loading…"))

    def _show_waiting(self, rows: list[tuple[str, str, str]]) -> None:
        self.waiting.clear()
        for _case_id, person_id, name in rows:
            item = QListWidgetItem(name or self.tr("(no name)"))
            item.setData(ID_ROLE, person_id)
            self.waiting.addItem(item)
        if rows:
            self.waiting.setCurrentRow(0)
        self.use_waiting.setEnabled(bool(rows))
        self.none_waiting.setVisible(not rows)

    def _use_waiting(self) -> None:
        item = self.waiting.currentItem()
        if item is not None:
            self._choose(str(item.data(ID_ROLE)))

    def run_search(self) -> None:
        self.error.clear_error()
        try:
            terms = search_terms(self.search.text())
        except DomainError as err:
            self.error.show_error(tr_error(err))
            return
        if not terms:
            self.error.show_error(self.tr("Type a furigana, a phone number or a birth date."))
            return
        from desktop.store.people import search_people

        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: search_people(ctx, **terms), self._show_people, label=self.tr("Searching…"))

    def _show_people(self, people: list[Person]) -> None:
        self.people = people
        self.table.setRowCount(len(people))
        for r, p in enumerate(people):
            for c, text in enumerate((p.name, p.kana, wareki(p.birth_date) if p.birth_date else "")):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if people:
            self.table.selectRow(0)
            self.table.setFocus()
        else:
            self.error.show_error(self.tr("No resident found. Register the resident on the Residents page first."))

    def _choose_row(self, row: int) -> None:
        if 0 <= row < len(self.people) and self.people[row].id:
            self._choose(str(self.people[row].id))

    def _choose(self, person_id: str) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: choose_person(ctx, person_id), self.caseChosen.emit,
                             label=self.tr("Opening the card case…"))  # fmt: skip
