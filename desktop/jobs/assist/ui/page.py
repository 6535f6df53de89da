"""申請サポート page: three tabs — the assistance (start screen ↔ the guided flow), the day's records (the
ledger, slips again) and pop-up venues. F5 (the main window) reloads the visible tab; a flow being
filled in is never reloaded under the staff member's hands."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from desktop.jobs.assist.domain.records import AssistRecord, AssistSession
from desktop.jobs.assist.ui import printouts
from desktop.jobs.assist.ui.board_link import link_booking_board
from desktop.jobs.assist.ui.flow import AssistFlow
from desktop.jobs.assist.ui.records_panel import RecordsPanel
from desktop.jobs.assist.ui.start_panel import StartPanel
from desktop.jobs.assist.ui.venues_panel import VenuesPanel


class AssistTab(QWidget):
    """The start screen and the flow, one at a time."""

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.start_panel = StartPanel(shell, self)
        self.flow = AssistFlow(shell, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.start_panel)
        self.stack.addWidget(self.flow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.start_panel.visitChosen.connect(self.open_visit)
        self.start_panel.recordChosen.connect(self.open_record)
        self.start_panel.personChosen.connect(self.open_person)
        self.start_panel.newResident.connect(self.new_walk_in)
        self.flow.finished.connect(self._finished)
        self.flow.closed.connect(self.back_to_start)

    def in_flow(self) -> bool:
        return self.stack.currentWidget() is self.flow

    def refresh(self) -> None:
        if not self.in_flow():
            self.start_panel.refresh()

    def _run(self, work: Any) -> None:
        self.shell.tasks.run(work, self._opened, label=self.tr("Opening the resident…"))

    def open_visit(self, visit_id: str) -> None:
        from desktop.jobs.assist.store.begin import begin_visit

        if self.in_flow() and self.flow.session is not None:
            return  # finish or stop the application on screen first
        ctx, venue = self.shell.ctx, self.start_panel.venue_session_id()
        self._run(lambda: begin_visit(ctx, visit_id, venue_session_id=venue))

    def open_record(self, record_id: str) -> None:
        from desktop.jobs.assist.store.begin import open_record

        ctx, venue = self.shell.ctx, self.start_panel.venue_session_id()
        self._run(lambda: open_record(ctx, record_id, venue_session_id=venue))

    def open_person(self, person_id: str) -> None:
        from desktop.jobs.assist.store.begin import begin_person

        ctx, venue = self.shell.ctx, self.start_panel.venue_session_id()
        self._run(lambda: begin_person(ctx, person_id, venue_session_id=venue))

    def new_walk_in(self) -> None:
        self.stack.setCurrentWidget(self.flow)
        self.flow.start_new(self.start_panel.venue_session_id())

    def _opened(self, session: AssistSession) -> None:
        self.stack.setCurrentWidget(self.flow)
        self.flow.start(session)
        self.shell.refresh_today()

    def _finished(self, record: AssistRecord) -> None:
        self.back_to_start()
        printouts.print_slip(self.shell, self.flow.output, record.id)

    def back_to_start(self) -> None:
        self.stack.setCurrentWidget(self.start_panel)
        self.start_panel.clear_search()
        self.start_panel.refresh()
        self.shell.refresh_today()
        self.start_panel.focus_queue()


class AssistPage(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setObjectName("assistPage")
        link_booking_board()
        self.assist = AssistTab(shell, self)
        self.records = RecordsPanel(shell, self)
        self.venues = VenuesPanel(shell, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("assistTabs")
        # no mnemonics on the tabs: Alt+letters belong to the steps of the flow (Ctrl+Tab switches tabs)
        self.tabs.addTab(self.assist, self.tr("Assistance"))
        self.tabs.addTab(self.records, self.tr("Records"))
        self.tabs.addTab(self.venues, self.tr("Pop-up venues"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.venues.sessionsChanged.connect(self.assist.start_panel.refresh)
        self.records.reprintRequested.connect(
            lambda record_id: printouts.print_slip(shell, self.assist.flow.output, record_id)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.refresh()

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if hasattr(current, "refresh"):
            current.refresh()

    def open_visit(self, visit_id: str) -> None:
        """Start a visit opened from the booking job's board."""
        self.tabs.setCurrentWidget(self.assist)
        self.assist.open_visit(visit_id)
