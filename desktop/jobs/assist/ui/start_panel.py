"""The start of an assisted application: where staff work today (the office or a pop-up venue session),
today's 申請サポート queue (checked in at the board, booked or walk-in), the applications to continue or
resume (中断), and a walk-in — a stored resident found by フリガナ, or a new one.

Keyboard: the queue has the focus; Enter starts the selected visit. Alt+K jumps to the kana search
(Enter searches, Enter on a result starts); Alt+W starts a new walk-in; Enter in "continue" resumes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import to_local
from desktop.core.errors import DomainError
from desktop.core.people import Person, is_kana
from desktop.core.wareki import wareki, wareki_short
from desktop.i18n import tr_error, translate
from desktop.jobs.assist.domain.flow import Step
from desktop.jobs.assist.domain.records import QueueRow, Status
from desktop.jobs.assist.store.queue import StartData
from desktop.ui.widgets import ErrorLabel


def make_table(parent: QWidget, headers: list[str], name: str, stretch: int = 1) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    if rows and table.currentRow() < 0:
        table.setCurrentCell(0, 0)


class StartPanel(QWidget):
    visitChosen = Signal(str)  # noqa: N815 - visit id
    recordChosen = Signal(str)  # noqa: N815 - assist record id
    personChosen = Signal(str)  # noqa: N815 - a stored resident (walk-in)
    newResident = Signal()  # noqa: N815
    placeChanged = Signal()  # noqa: N815

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.data: StartData | None = None
        self.found: list[Person] = []
        self.place = QComboBox(self)
        self.place.setObjectName("assistPlace")
        self.place.addItem(self.tr("The office"), None)
        place_label = QLabel(self.tr("Working &at:"), self)
        place_label.setBuddy(self.place)
        top = QHBoxLayout()
        top.addWidget(place_label)
        top.addWidget(self.place, 1)

        self.queue = make_table(self, [self.tr("No."), self.tr("Name"), self.tr("Checked in"), self.tr("State")],
                                "assistQueue")  # fmt: skip
        self.queue.setAccessibleName(self.tr("Today's application support queue"))
        self.queue.activated.connect(lambda index: self.start_visit(index.row()))
        self.queue_start = QPushButton(self.tr("&Start (Enter)"), self)
        self.queue_start.clicked.connect(lambda: self.start_visit(self.queue.currentRow()))
        queue_box = QGroupBox(self.tr("Today's queue"), self)
        queue_layout = QVBoxLayout(queue_box)
        queue_layout.addWidget(self.queue, 1)
        queue_layout.addWidget(self.queue_start, 0, Qt.AlignmentFlag.AlignRight)

        self.later = make_table(self, [self.tr("Name"), self.tr("Since"), self.tr("State"), self.tr("Step"),
                                       self.tr("Reason")], "assistUnfinished", stretch=0)  # fmt: skip
        self.later.setAccessibleName(self.tr("Applications to continue or resume"))
        self.later.activated.connect(lambda index: self.resume(index.row()))
        self.later_start = QPushButton(self.tr("&Resume"), self)
        self.later_start.clicked.connect(lambda: self.resume(self.later.currentRow()))
        later_box = QGroupBox(self.tr("Continue or resume"), self)
        later_layout = QVBoxLayout(later_box)
        later_layout.addWidget(self.later, 1)
        later_layout.addWidget(self.later_start, 0, Qt.AlignmentFlag.AlignRight)

        self.kana = QLineEdit(self)
        self.kana.setObjectName("assistKanaSearch")
        self.kana.setPlaceholderText(self.tr("Furigana of a stored resident"))
        kana_label = QLabel(self.tr("&Kana:"), self)
        kana_label.setBuddy(self.kana)
        self.results = make_table(self, [self.tr("Name"), self.tr("Furigana"), self.tr("Birth date")],
                                  "assistResults", stretch=0)  # fmt: skip
        self.results.activated.connect(lambda index: self.start_person(index.row()))
        self.new_button = QPushButton(self.tr("New &walk-in resident"), self)
        self.new_button.setObjectName("newWalkIn")
        self.error = ErrorLabel(self)
        search = QHBoxLayout()
        search.addWidget(kana_label)
        search.addWidget(self.kana, 1)
        walk_box = QGroupBox(self.tr("Walk-in"), self)
        walk_layout = QVBoxLayout(walk_box)
        walk_layout.addLayout(search)
        walk_layout.addWidget(self.results, 1)
        walk_layout.addWidget(self.error)
        walk_layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignRight)

        right = QVBoxLayout()
        right.addWidget(later_box, 1)
        right.addWidget(walk_box, 1)
        columns = QHBoxLayout()
        columns.addWidget(queue_box, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        self.kana.returnPressed.connect(self.search)
        self.new_button.clicked.connect(self.newResident.emit)
        self.place.currentIndexChanged.connect(lambda _i: self._place_changed())
        QWidget.setTabOrder(self.place, self.queue)

    def venue_session_id(self) -> str | None:
        value = self.place.currentData()
        return None if value is None else str(value)

    def _place_changed(self) -> None:
        self.placeChanged.emit()
        self.refresh()

    # --- loading -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        from desktop.jobs.assist.store.queue import start_data

        ctx, venue = self.shell.ctx, self.venue_session_id()
        self.shell.tasks.run(lambda: start_data(ctx, venue), self.show_data, label=self.tr("Loading the queue…"),
                             progress=False)  # fmt: skip

    def show_data(self, data: StartData) -> None:
        self.data = data
        chosen = self.venue_session_id()
        self.place.blockSignals(True)
        while self.place.count() > 1:
            self.place.removeItem(1)
        for v in data.venues:
            self.place.addItem(self.tr("Pop-up: {name} {start}–{end}").format(
                name=v.name, start=f"{v.start:%H:%M}", end=f"{v.end:%H:%M}"), v.id)  # fmt: skip
        index = self.place.findData(chosen) if chosen is not None else 0
        self.place.setCurrentIndex(max(0, index))
        self.place.blockSignals(False)
        fill(self.queue, [[str(r.visit.number), r.name, f"{to_local(r.visit.checked_in_at):%H:%M}",
                           translate("VisitState", r.visit.state.label)
                           + (self.tr(" (to resume)") if r.record_id else "")]
                          for r in data.visits if r.visit is not None])  # fmt: skip
        fill(self.later, [self._later_cells(r) for r in data.unfinished])
        self.queue_start.setEnabled(bool(data.visits))
        self.later_start.setEnabled(bool(data.unfinished))

    def _later_cells(self, row: QueueRow) -> list[str]:
        status = translate("AssistStatus", row.status.label) if row.status is not None else ""
        step = translate("AssistStep", Step(row.step).label) if row.step else ""
        reason = row.suspend_reason.split(":", 1)
        from desktop.jobs.assist.domain.records import SuspendReason

        try:
            text = translate("SuspendReason", SuspendReason(reason[0]).label) if reason[0] else ""
        except ValueError:
            text = ""
        if len(reason) > 1:
            text += "：" + reason[1].strip()
        since = wareki_short(row.business_date) if row.business_date else ""
        return [row.name, since, status, step, text if row.status is Status.SUSPENDED else ""]

    def focus_queue(self) -> None:
        self.queue.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- choosing ----------------------------------------------------------------------------------
    def start_visit(self, row: int) -> None:
        if self.data is not None and 0 <= row < len(self.data.visits):
            visit = self.data.visits[row].visit
            if visit is not None:
                self.visitChosen.emit(visit.id)

    def resume(self, row: int) -> None:
        if self.data is not None and 0 <= row < len(self.data.unfinished):
            record_id = self.data.unfinished[row].record_id
            if record_id is not None:
                self.recordChosen.emit(record_id)

    def search(self) -> None:
        from desktop.store.people import search_people

        text = self.kana.text().strip()
        self.error.clear_error()
        if not text or not is_kana(text):
            self.error.show_error(self.tr("Type the furigana in kana."))
            return
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: search_people(ctx, kana=text), self.show_found, self._failed,
                             label=self.tr("Searching…"), progress=False)  # fmt: skip

    def show_found(self, people: list[Person]) -> None:
        self.found = people
        fill(self.results, [[p.name, p.kana, wareki(p.birth_date) if p.birth_date else ""] for p in people])
        if people:
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.error.show_error(self.tr("Nobody found: check the spelling, or start a new walk-in."))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self.error.show_error(tr_error(exc))
        else:
            from desktop.tasks.prompt import report_failure

            report_failure(self.shell.prompter, exc)

    def start_person(self, row: int) -> None:
        if 0 <= row < len(self.found) and self.found[row].id is not None:
            self.personChosen.emit(str(self.found[row].id))

    def clear_search(self) -> None:
        self.kana.clear()
        self.found = []
        self.results.setRowCount(0)
        self.error.clear_error()
