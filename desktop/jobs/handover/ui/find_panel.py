"""Finding the resident and the waiting card: today's board (the visit from check-in), or a search by
reservation number + birth date (from the 交付通知書), フリガナ, or 申請書ID — a resident found by a search
who has no visit yet is checked in as a walk-in when the handover starts.

Keyboard: the board has the focus; Enter on a row starts the handover. Alt+R / Alt+K / Alt+A jump
to the reservation, kana and application-ID boxes; Enter in a box searches. Results: Enter starts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
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

from desktop.core.cases import CaseState
from desktop.core.clock import to_local
from desktop.core.errors import DomainError
from desktop.core.people import is_kana
from desktop.core.visits import VisitState
from desktop.core.wareki import parse_date, wareki
from desktop.i18n import tr_error, translate
from desktop.jobs.handover.domain.records import Candidate
from desktop.ui.widgets import ErrorLabel

READY = (CaseState.NOTIFIED, CaseState.INVITED)


def make_table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return table


def card_text(candidate: Candidate) -> str:
    case = candidate.case
    if case is None:
        return translate("Handover", "No card waiting")
    return translate("CaseState", case.state.label)


class FindPanel(QWidget):
    chosen = Signal(object)  # Candidate

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.board_rows: list[Candidate] = []
        self.results: list[Candidate] = []

        self.board = make_table(self, [self.tr("No."), self.tr("Name"), self.tr("Checked in"), self.tr("State"),
                                   self.tr("Card")], "handoverBoard")  # fmt: skip
        self.board.setAccessibleName(self.tr("Today's handover queue"))
        self.board.activated.connect(lambda index: self.start_board(index.row()))
        self.board_start = QPushButton(self.tr("&Start handover"), self)
        self.board_start.clicked.connect(lambda: self.start_board(self.board.currentRow()))
        board_box = QGroupBox(self.tr("Today's handover queue"), self)
        board_layout = QVBoxLayout(board_box)
        board_layout.addWidget(self.board, 1)
        board_layout.addWidget(self.board_start, 0, Qt.AlignmentFlag.AlignRight)

        self.reservation = QLineEdit(self)
        self.reservation.setObjectName("reservationNumber")
        self.reservation.setPlaceholderText("ABC123456")
        self.birth = QLineEdit(self)
        self.birth.setObjectName("birthDate")
        self.birth.setPlaceholderText(self.tr("S55.5.1 or 1980-05-01"))
        self.kana = QLineEdit(self)
        self.kana.setObjectName("kanaSearch")
        self.kana.setPlaceholderText(self.tr("Furigana"))
        self.application = QLineEdit(self)
        self.application.setObjectName("applicationId")
        self.application.setPlaceholderText(self.tr("23 digits"))
        grid = QGridLayout()
        labels = [(self.tr("&Reservation no.:"), self.reservation), (self.tr("Birth date:"), self.birth),
                  (self.tr("&Kana:"), self.kana), (self.tr("&Application form ID:"), self.application)]  # fmt: skip
        for row, (text, edit) in enumerate(labels):
            label = QLabel(text, self)
            label.setBuddy(edit)
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
        for edit, slot in ((self.reservation, self.find_reservation), (self.birth, self.find_reservation),
                           (self.kana, self.find_kana), (self.application, self.find_application)):  # fmt: skip
            edit.returnPressed.connect(slot)
        self.error = ErrorLabel(self)
        self.found = make_table(self, [self.tr("No."), self.tr("Name"), self.tr("Furigana"), self.tr("Birth date"),
                                   self.tr("Card")], "handoverResults")  # fmt: skip
        self.found.setAccessibleName(self.tr("Residents found"))
        self.found.activated.connect(lambda index: self.start_found(index.row()))
        self.found_start = QPushButton(self.tr("Start &walk-in handover"), self)
        self.found_start.clicked.connect(lambda: self.start_found(self.found.currentRow()))
        search_box = QGroupBox(self.tr("Find a card"), self)
        search_layout = QVBoxLayout(search_box)
        search_layout.addLayout(grid)
        search_layout.addWidget(self.error)
        search_layout.addWidget(self.found, 1)
        search_layout.addWidget(self.found_start, 0, Qt.AlignmentFlag.AlignRight)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(board_box, 1)
        layout.addWidget(search_box, 1)
        QWidget.setTabOrder(self.board, self.board_start)
        QWidget.setTabOrder(self.board_start, self.reservation)

    # --- the board ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        from desktop.jobs.handover.store.finder import board

        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: board(ctx), self.show_board, label=self.tr("Loading the queue…"),
                             progress=False)  # fmt: skip

    def show_board(self, rows: list[Candidate]) -> None:
        self.board_rows = rows
        self.board.setRowCount(len(rows))
        for r, c in enumerate(rows):
            assert c.visit is not None
            cells = [str(c.visit.number), c.name, f"{to_local(c.visit.checked_in_at):%H:%M}",
                     translate("VisitState", VisitState(c.visit.state).label), card_text(c)]  # fmt: skip
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.board.setItem(r, col, item)
        if rows and self.board.currentRow() < 0:
            self.board.setCurrentCell(0, 0)
        self.board_start.setEnabled(bool(rows))

    def focus_board(self) -> None:
        self.board.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_board(self, row: int) -> None:
        if 0 <= row < len(self.board_rows):
            self._start(self.board_rows[row])

    # --- searching ---------------------------------------------------------------------------------
    def _run(self, work: Any) -> None:
        self.error.clear_error()
        self.shell.tasks.run(work, self.show_found, self._failed, label=self.tr("Searching…"), progress=False)

    def find_reservation(self) -> None:
        from desktop.jobs.handover.store.finder import by_reservation

        number, birth_text = self.reservation.text().strip(), self.birth.text().strip()
        if not number or not birth_text:
            self.error.show_error(self.tr("Type the reservation number and the birth date."))
            (self.reservation if not number else self.birth).setFocus()
            return
        try:
            birth = parse_date(birth_text)
        except DomainError as err:
            self.error.show_error(tr_error(err))
            return
        ctx = self.shell.ctx
        self._run(lambda: [by_reservation(ctx, number, birth)])

    def find_kana(self) -> None:
        from desktop.jobs.handover.store.finder import by_kana

        text = self.kana.text().strip()
        if not text or not is_kana(text):
            self.error.show_error(self.tr("Type the furigana in kana."))
            return
        ctx = self.shell.ctx
        self._run(lambda: by_kana(ctx, text))

    def find_application(self) -> None:
        from desktop.jobs.handover.store.finder import by_application_id

        text, ctx = self.application.text(), self.shell.ctx
        self._run(lambda: by_application_id(ctx, text))

    def show_found(self, rows: list[Candidate]) -> None:
        self.results = rows
        self.found.setRowCount(len(rows))
        for r, c in enumerate(rows):
            cells = ["" if c.visit is None else str(c.visit.number), c.name, c.kana,
                     wareki(c.birth_date) if c.birth_date else "", card_text(c)]  # fmt: skip
            for col, text in enumerate(cells):
                self.found.setItem(r, col, QTableWidgetItem(text))
        if not rows:
            self.error.show_error(self.tr("Nobody found. Check the spelling or search another way."))
        else:
            self.found.setCurrentCell(0, 1)
            self.found.setFocus()

    def _failed(self, exc: BaseException) -> None:
        from desktop.tasks.prompt import report_failure

        if isinstance(exc, DomainError):
            self.show_found_quietly()
            self.error.show_error(tr_error(exc))
        else:
            report_failure(self.shell.prompter, exc)

    def show_found_quietly(self) -> None:
        self.results = []
        self.found.setRowCount(0)

    def start_found(self, row: int) -> None:
        if 0 <= row < len(self.results):
            self._start(self.results[row])

    def _start(self, candidate: Candidate) -> None:
        case = candidate.case
        if case is None:
            self.error.show_error(self.tr("No card is waiting for this resident."))
            return
        if case.state not in READY:
            self.error.show_error(self.tr("This card is {state}: it cannot be handed over yet.").format(
                state=translate("CaseState", case.state.label)))  # fmt: skip
            return
        self.error.clear_error()
        self.chosen.emit(candidate)

    def clear_search(self) -> None:
        for edit in (self.reservation, self.birth, self.kana, self.application):
            edit.clear()
        self.show_found_quietly()
        self.error.clear_error()
