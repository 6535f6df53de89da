"""当日受付 (walk-ins) on the board: find the resident (フリガナ, phone or birth date) or enter a new one,
choose the service, check in. A family is checked in together by selecting several residents.

Keyboard: F4 goes to the search box, Enter searches, Tab to the results (Shift/Ctrl+click or
Shift+arrows to select several), Alt+W checks in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.people import Person, search_terms
from desktop.core.wareki import wareki_short
from desktop.i18n import tr_error
from desktop.jobs.booking.store import board as store
from desktop.jobs.booking.ui.common import ServiceCombo
from desktop.store.people import add_person, search_people
from desktop.store.visits import configured_services
from desktop.ui.person_form import PersonForm
from desktop.ui.widgets import ErrorLabel


class WalkInPanel(QGroupBox):
    checkedIn = Signal(object)  # noqa: N815 - list[Visit]

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Walk-in"))
        self.setObjectName("walkIn")
        self.shell = shell
        self.search = QLineEdit(self)
        self.search.setObjectName("walkInSearch")
        self.search.setPlaceholderText(self.tr("Furigana, phone or birth date (F4)"))
        self.search.setAccessibleName(self.tr("Find the walk-in resident"))
        self.results = QListWidget(self)
        self.results.setObjectName("walkInResults")
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.setMaximumHeight(self.results.fontMetrics().height() * 4 + 8)
        self.new_button = QPushButton(self.tr("New resident…"), self)
        self.new_button.setCheckable(True)
        self.form = PersonForm(shell.ctx, shell.tasks, self)
        self.form.setVisible(False)
        self.service = ServiceCombo(self)
        self.service.setAccessibleName(self.tr("Service"))
        self.check_in_button = QPushButton(self.tr("Check in &walk-in"), self)
        self.check_in_button.setObjectName("checkInWalkIn")
        self.error = ErrorLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.new_button)
        top.addWidget(self.service, 2)
        top.addWidget(self.check_in_button)
        body = QHBoxLayout()
        body.addWidget(self.results, 2)
        body.addWidget(self.form, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body)
        layout.addWidget(self.error)
        self.search.returnPressed.connect(self.find_people)
        self.new_button.toggled.connect(self._toggle_form)
        self.check_in_button.clicked.connect(self.check_in)
        shortcut = QShortcut(QKeySequence("F4"), parent or self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.search.setFocus)
        ctx = shell.ctx
        shell.tasks.run(lambda: configured_services(ctx),
                        lambda services: self.service.set_services(services, bookable_only=False))  # fmt: skip

    def _toggle_form(self, on: bool) -> None:
        self.form.setVisible(on)
        if on:
            self.form.clear()
            self.form.edits["name"].setFocus()

    def find_people(self) -> None:
        self.error.clear_error()
        try:
            terms = search_terms(self.search.text())
        except DomainError as err:
            self.error.show_error(tr_error(err))
            return
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: search_people(ctx, **terms, limit=30), self._show_results)

    def _show_results(self, people: list[Person]) -> None:
        self.results.clear()
        for p in people:
            birth = wareki_short(p.birth_date) if p.birth_date else ""
            item = QListWidgetItem("  ".join(x for x in (p.name, p.kana, birth) if x))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.results.addItem(item)
        if people:
            self.results.setCurrentRow(0)
            self.results.setFocus()
        else:
            self.error.show_error(self.tr("Nobody found. Use New resident to enter them."))

    def check_in(self) -> None:
        self.error.clear_error()
        ids = [str(i.data(Qt.ItemDataRole.UserRole)) for i in self.results.selectedItems()]
        new: Person | None = None
        if self.new_button.isChecked():
            if self.form.validate():
                return
            new = self.form.person()
        if not ids and new is None:
            self.error.show_error(self.tr("Find the resident or enter a new one first."))
            return
        ctx, service = self.shell.ctx, self.service.key()

        def work() -> Any:
            from desktop.store.db import write

            with write(ctx.db):
                people = list(ids)
                if new is not None:
                    stored = add_person(ctx, new) if new.id is None else new
                    people.append(str(stored.id))
                return store.check_in_walk_in(ctx, people, service)

        self.shell.tasks.run(work, self._done, lambda exc: self.error.show_error(tr_error(exc)),
                             label=self.tr("Checking in…"))  # fmt: skip

    def _done(self, visits: list[Any]) -> None:
        self.results.clear()
        self.search.clear()
        self.new_button.setChecked(False)
        self.checkedIn.emit(visits)
        parent = self.parent()
        if parent is not None and hasattr(parent, "refresh"):
            parent.refresh()
