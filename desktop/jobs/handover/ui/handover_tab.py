"""The 交付 tab: find (board and search, with today's handovers and their receipts) ↔ the checklist.

Starting a handover opens the resident (the audited view) and calls the visit (a resident found by a
search is checked in as a walk-in); completing it prints the 受領書 and the 控え through the preview (or
straight to the printer, per the setting) and returns to the board.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import to_local
from desktop.i18n import translate
from desktop.jobs.handover.domain.proxy import ProxyReason
from desktop.jobs.handover.domain.records import Candidate, Handover, HandoverSession
from desktop.jobs.handover.ui.checklist import HandoverChecklist
from desktop.jobs.handover.ui.find_panel import FindPanel
from desktop.printing.qt.output import DocumentOutput, Output


def load_today_handovers(ctx: Any) -> tuple[list[Handover], dict[str, str]]:
    from desktop.jobs.handover.store.handovers import handovers_between
    from desktop.store.people import names_of

    today = ctx.clock.today()
    rows = handovers_between(ctx, today, today)
    return rows, names_of(ctx, [h.person_id or "" for h in rows])


def load_outputs(ctx: Any, handover_id: str) -> tuple[list[Output], bool]:
    from desktop.jobs.handover.store.printdata import handover_documents
    from desktop.jobs.handover.store.settings import load_print_settings

    docs = handover_documents(ctx, handover_id)
    return [Output(doc, "handover", (handover_id,), detail) for doc, detail in docs], load_print_settings(
        ctx
    ).preview


class HandoverTab(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.output = DocumentOutput(shell, self)
        self.today_rows: list[Handover] = []
        self.finder = FindPanel(shell, self)
        self.finder.chosen.connect(self.begin)
        self.today = QTableWidget(0, 3, self)
        self.today.setObjectName("handedOverToday")
        self.today.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Name"), self.tr("Received by")])
        self.today.verticalHeader().setVisible(False)
        self.today.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.today.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.today.setTabKeyNavigation(False)
        self.today.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.reprint = QPushButton(self.tr("Print the receipt a&gain"), self)
        self.reprint.clicked.connect(self.reprint_current)
        today_box = QGroupBox(self.tr("Handed over today"), self)
        today_layout = QVBoxLayout(today_box)
        today_layout.addWidget(self.today, 1)
        today_layout.addWidget(self.reprint, 0, Qt.AlignmentFlag.AlignRight)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.finder)
        split.addWidget(today_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)

        self.checklist = HandoverChecklist(shell, self)
        self.checklist.completed.connect(self.completed)
        self.checklist.cancelled.connect(self.back_to_board)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(split)
        self.stack.addWidget(self.checklist)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def refresh(self) -> None:
        if self.stack.currentWidget() is self.checklist:
            return  # never reload under a checklist being filled in
        self.finder.refresh()
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: load_today_handovers(ctx), self._show_today, progress=False)

    def _show_today(self, data: tuple[list[Handover], dict[str, str]]) -> None:
        rows, names = data
        self.today_rows = list(reversed(rows))
        self.today.setRowCount(len(self.today_rows))
        for r, h in enumerate(self.today_rows):
            who = (translate("Handover", "Proxy: {reason}").format(
                reason=translate("ProxyReason", ProxyReason(h.proxy_reason).label))
                if h.proxy_reason else translate("Handover", "Resident"))  # fmt: skip
            for col, text in enumerate(
                (f"{to_local(h.handed_at):%H:%M}", names.get(h.person_id or "", "—"), who)
            ):
                self.today.setItem(r, col, QTableWidgetItem(text))
        self.reprint.setEnabled(bool(self.today_rows))

    # --- the flow ----------------------------------------------------------------------------------
    def begin(self, candidate: Candidate) -> None:
        from desktop.jobs.handover.store.handovers import begin_handover

        assert candidate.case is not None
        ctx = self.shell.ctx
        visit_id = candidate.visit.id if candidate.visit is not None else None
        self.shell.tasks.run(lambda: begin_handover(ctx, candidate.person_id, candidate.case.id, visit_id),
                             self._opened, label=self.tr("Opening the resident…"))  # fmt: skip

    def _opened(self, session: HandoverSession) -> None:
        self.stack.setCurrentWidget(self.checklist)
        self.checklist.start(session)
        self.shell.refresh_today()

    def completed(self, handover: Handover) -> None:
        self.back_to_board()
        self.print_receipts(handover.id)

    def print_receipts(self, handover_id: str) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: load_outputs(ctx, handover_id),
                             lambda result: self.output.present(result[0], preview=result[1]),
                             label=self.tr("Preparing the receipt…"))  # fmt: skip

    def reprint_current(self) -> None:
        row = self.today.currentRow()
        if 0 <= row < len(self.today_rows):
            self.print_receipts(self.today_rows[row].id)

    def back_to_board(self) -> None:
        self.stack.setCurrentIndex(0)
        self.finder.clear_search()
        self.refresh()
        self.shell.refresh_today()
        self.finder.focus_board()
