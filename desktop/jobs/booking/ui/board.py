"""本日の受付: today's board per resource — booked residents in time order, then walk-ins — with
check-in (受付, prints the queue ticket), call next, absent, no-show correction and the call display.

Keyboard: F6 check in the selected booking, F7 call the next number, F8 mark the selected visit absent,
Enter (or F9) opens the selected visit being served in the job that serves it, F11 opens the call
display; Ctrl+Tab switches resources. The board reloads every 30 seconds and with F5.

Other jobs open the visit they serve from here (see README.md): `register_visit_opener(service,
opener)` makes Enter call `opener(shell, visit_id)`; the board also emits `visitOpened(visit_id,
service)`. The board's objectName is "bookingBoard"; `select_visit(visit_id)` selects a visit's row.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.visits import Visit
from desktop.core.wareki import with_weekday
from desktop.i18n import tr_error, tr_text, translate
from desktop.jobs.booking.documents import TicketData, letterhead_for, queue_ticket
from desktop.jobs.booking.domain.queue import STATUS_LABELS, BoardRow
from desktop.jobs.booking.domain.settings import RESOURCES
from desktop.jobs.booking.store import board as store
from desktop.jobs.booking.texts import hm, resource_label
from desktop.jobs.booking.ui.common import STATUS_COLORS, read_only_table, row_data, set_row
from desktop.jobs.booking.ui.walk_in import WalkInPanel
from desktop.printing.document import Document
from desktop.store.office import load_profile
from desktop.store.visits import mark_absent
from desktop.ui.widgets import ErrorLabel

REFRESH_MS = 30_000
VisitOpener = Callable[[Any, str], None]


def register_visit_opener(service: str, opener: VisitOpener) -> None:
    """Let Enter on a visit of `service` being served open it in another job: opener(shell, visit_id)."""
    BoardWidget.openers[service] = opener


class BoardWidget(QWidget):
    visitOpened = Signal(str, str)  # noqa: N815 - (visit id, service key)
    ticketPrinted = Signal(object)  # noqa: N815 - the queue ticket Document
    openers: ClassVar[dict[str, VisitOpener]] = {}

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setObjectName("bookingBoard")
        self.board: store.Board | None = None
        self.last_ticket: Document | None = None
        self.display_window: Any = None
        self.title = QLabel(self)
        self.title.setObjectName("boardTitle")
        self.tabs = QTabWidget(self)
        self.tables: dict[str, QTableWidget] = {}
        headers = [self.tr("Time"), self.tr("No."), self.tr("Name"), self.tr("Service"), self.tr("People"),
                   self.tr("Status"), self.tr("Wait"), self.tr("Order")]  # fmt: skip
        for resource in RESOURCES:
            table = read_only_table(headers, self, stretch=2)
            table.setObjectName(f"board-{resource}")
            table.setAccessibleName(resource_label(resource))
            table.activated.connect(lambda _i: self.open_selected())  # Enter or double-click
            self.tables[resource] = table
            self.tabs.addTab(table, resource_label(resource))
        self.check_in_button = QPushButton(self.tr("Check in (F6)"), self)
        self.call_button = QPushButton(self.tr("Call next (F7)"), self)
        self.absent_button = QPushButton(self.tr("Absent (F8)"), self)
        self.open_button = QPushButton(self.tr("Open visit (Enter)"), self)
        self.reprint_button = QPushButton(self.tr("Print ticket again"), self)
        self.display_button = QPushButton(self.tr("Call display (F11)"), self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Reason for a no-show correction"))
        self.reason.setMinimumWidth(220)
        self.correct_button = QPushButton(self.tr("Correct no-show"), self)
        self.error = ErrorLabel(self)
        self.walk_in = WalkInPanel(shell, self)
        actions = QVBoxLayout()
        for button in (self.check_in_button, self.call_button, self.absent_button, self.open_button,
                       self.reprint_button, self.display_button):  # fmt: skip
            actions.addWidget(button)
        actions.addSpacing(8)
        actions.addWidget(self.reason)
        actions.addWidget(self.correct_button)
        actions.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.tabs, 1)
        top.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.walk_in)

        self.check_in_button.clicked.connect(self.check_in)
        self.call_button.clicked.connect(self.call_next)
        self.absent_button.clicked.connect(self.absent)
        self.open_button.clicked.connect(self.open_selected)
        self.reprint_button.clicked.connect(self.reprint)
        self.display_button.clicked.connect(self.open_display)
        self.correct_button.clicked.connect(self.correct_no_show)
        self.walk_in.checkedIn.connect(self._checked_in)
        for keys, slot in (("F6", self.check_in), ("F7", self.call_next), ("F8", self.absent),
                           ("F9", self.open_selected), ("F11", self.open_display)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    # --- loading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: store.load_board(ctx), self.show_board, self._quiet_failure,
                             label=self.tr("Loading today's board…"), progress=False)  # fmt: skip

    def _quiet_failure(self, exc: BaseException) -> None:
        self.error.show_error(tr_error(exc))

    def show_board(self, board: store.Board) -> None:
        self.board = board
        self.error.clear_error()
        waiting = sum(1 for r in board.all_rows() if r.status == "waiting")
        self.title.setText(self.tr("{day} — {waiting} waiting").format(day=with_weekday(board.day), waiting=waiting))
        for resource, table in self.tables.items():
            selected = row_data(table)
            rows = board.rows.get(resource, [])
            table.setRowCount(len(rows))
            for i, row in enumerate(rows):
                set_row(table, i, self._cells(row), row, color=STATUS_COLORS.get(row.status), right=(1, 6, 7))
                if selected is not None and _same(selected, row):
                    table.selectRow(i)
            if selected is None:  # first load: show where the day is now
                current = next((i for i, r in enumerate(rows) if r.status in ("waiting", "serving", "booked")), None)
                item = table.item(current, 0) if current is not None else None
                if item is not None:
                    table.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtTop)
            index = self.tabs.indexOf(table)
            self.tabs.setTabText(index, self.tr("{name} ({units} on duty, {n})").format(
                name=resource_label(resource), units=board.capacity.get(resource, 0), n=len(rows)))  # fmt: skip

    def _cells(self, row: BoardRow) -> list[str]:
        service = board_service_label(self.board, row.service)
        time_text = f"{hm_min(row.slot_start)}–{hm_min(row.slot_end)}" if row.slot_start is not None else self.tr("Walk-in")
        party = f"{row.position}/{row.party_size}" if row.party_size > 1 else ""
        wait = self.tr("{n} min").format(n=row.wait) if row.wait is not None else ""
        return [time_text, str(row.number or ""), row.name, service, party,
                translate("Booking", STATUS_LABELS[row.status]) if row.status in STATUS_LABELS else row.status,
                wait, str(row.queue_position or "")]  # fmt: skip

    def current_resource(self) -> str:
        return RESOURCES[self.tabs.currentIndex()]

    def selected(self) -> BoardRow | None:
        data = row_data(self.tables[self.current_resource()])
        return data if isinstance(data, BoardRow) else None

    def select_visit(self, visit_id: str) -> bool:
        for resource, table in self.tables.items():
            for i in range(table.rowCount()):
                data = row_data(table, i)
                if isinstance(data, BoardRow) and data.visit_id == visit_id:
                    self.tabs.setCurrentIndex(RESOURCES.index(resource))
                    table.selectRow(i)
                    return True
        return False

    # --- actions --------------------------------------------------------------------------------
    def _run(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None, label: str = "") -> None:
        def ok(result: Any) -> None:
            if done is not None:
                done(result)
            self.refresh()
            self.shell.refresh_today()

        self.error.clear_error()
        self.shell.tasks.run(work, ok, self._quiet_failure, label=label)

    def check_in(self) -> None:
        row = self.selected()
        if row is None or row.booking_id is None or row.status not in ("booked", "no_show"):
            self.error.show_error(self.tr("Select a booked resident who has not checked in yet."))
            return
        ctx, booking_id = self.shell.ctx, row.booking_id
        self._run(lambda: store.check_in_booking(ctx, booking_id), self._checked_in, self.tr("Checking in…"))

    def _checked_in(self, visits: list[Visit]) -> None:
        if not visits:
            return
        ctx = self.shell.ctx
        ids = [v.id for v in visits]

        def build() -> Document:
            board = store.load_board(ctx, mark=False, with_names=False)
            rows = [board.row_of_visit(i) for i in ids]
            first = rows[0]
            slot = None
            if first is not None and first.slot_start is not None and first.slot_end is not None:
                slot = (hm_time(first.slot_start), hm_time(first.slot_end))
            service = board_service_label(board, visits[0].service)
            data = TicketData(tuple(v.number for v in visits), tuple(ids), service, visits[0].checked_in_at, slot,
                              first.wait if first is not None else None)  # fmt: skip
            return queue_ticket(letterhead_for(load_profile(ctx)), data, ctx.clock.now())

        self.shell.tasks.run(build, self.show_ticket, self._quiet_failure, label=self.tr("Preparing the ticket…"))

    def show_ticket(self, doc: Document) -> None:
        self.last_ticket = doc
        self.ticketPrinted.emit(doc)
        self.preview(doc)

    def preview(self, doc: Document) -> None:
        from desktop.printing.qt import PrintPreviewDialog

        dialog = PrintPreviewDialog(doc, self.shell.prompter, tasks=self.shell.tasks, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def reprint(self) -> None:
        row = self.selected()
        if row is None or row.visit_id is None:
            self.error.show_error(self.tr("Select a resident who has checked in."))
            return
        visit_id = row.visit_id
        from desktop.store.visits import get_visit

        self.shell.tasks.run(lambda: [get_visit(self.shell.ctx, visit_id)], self._checked_in, self._quiet_failure)

    def call_next(self) -> None:
        ctx, resource = self.shell.ctx, self.current_resource()

        def called(visit: Visit | None) -> None:
            if visit is None:
                self.error.show_error(self.tr("Nobody is waiting for {resource}.").format(
                    resource=resource_label(resource)))  # fmt: skip
                return
            self.select_visit(visit.id)

        self._run(lambda: store.call_next(ctx, resource), called, self.tr("Calling the next number…"))

    def absent(self) -> None:
        row = self.selected()
        if row is None or row.visit_id is None or row.status not in ("waiting", "serving"):
            self.error.show_error(self.tr("Select a resident who was called and is not here."))
            return
        ctx, visit_id = self.shell.ctx, row.visit_id
        self._run(lambda: mark_absent(ctx, visit_id), label=self.tr("Marking absent…"))

    def correct_no_show(self) -> None:
        row = self.selected()
        if row is None or row.status != "no_show" or row.booking_person_id is None:
            self.error.show_error(self.tr("Select a resident marked as a no-show."))
            return
        ctx, bp_id, reason = self.shell.ctx, row.booking_person_id, self.reason.text()
        self._run(lambda: store.correct_no_show(ctx, bp_id, reason), lambda _r: self.reason.clear(),
                  self.tr("Correcting…"))  # fmt: skip

    def open_selected(self) -> None:
        row = self.selected()
        if row is None or row.visit_id is None or row.status != "serving":
            self.error.show_error(self.tr("Select a resident being served (call them with F7 first)."))
            return
        self.visitOpened.emit(row.visit_id, row.service)
        opener = self.openers.get(row.service)
        if opener is not None:
            opener(self.shell, row.visit_id)

    def open_display(self) -> None:
        from desktop.jobs.booking.ui.call_display import CallDisplay

        if self.display_window is None:
            self.display_window = CallDisplay(self.shell)
        self.display_window.show_on_second_screen()


def _same(a: Any, b: BoardRow) -> bool:
    return isinstance(a, BoardRow) and (a.visit_id or a.booking_person_id) == (b.visit_id or b.booking_person_id)


def hm_min(m: int | None) -> str:
    return "" if m is None else hm(hm_time(m))


def hm_time(m: int) -> Any:
    from datetime import time

    return time(m // 60, m % 60)


def board_service_label(board: store.Board | None, key: str) -> str:
    if board is not None and key in board.services:
        return tr_text(board.services[key].label)
    return key
