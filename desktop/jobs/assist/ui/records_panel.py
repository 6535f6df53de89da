"""The day's assisted applications (記録): who was helped, where, how, how long — with the slip again, the
ledger (申請サポート記録簿, A4) and its CSV for the supervisor (an audited export)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.clock import to_local
from desktop.core.staff import Role
from desktop.i18n import tr_error, translate
from desktop.jobs.assist.domain.records import AssistRecord, Status
from desktop.jobs.assist.ui.start_panel import fill, make_table
from desktop.printing.qt.output import DocumentOutput, Output
from desktop.ui.widgets import ErrorLabel


@dataclass(frozen=True)
class DayRecords:
    day: date
    records: list[AssistRecord]
    names: dict[str, str]
    venues: dict[str, str]  # venue session id -> venue name


def load_day(ctx: Any, day: date) -> DayRecords:
    from desktop.jobs.assist.store.records import records_between
    from desktop.jobs.assist.store.venues import venue_sessions
    from desktop.store.people import names_of

    records = records_between(ctx, day, day)
    venues = {v.id: v.name for v in venue_sessions(ctx, day, day)}
    return DayRecords(day, records, names_of(ctx, [r.person_id for r in records]), venues)


class RecordsPanel(QWidget):
    reprintRequested = Signal(str)  # noqa: N815 - record id

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.data: DayRecords | None = None
        self.output = DocumentOutput(shell, self)
        self.day = QDateEdit(self)
        self.day.setObjectName("recordsDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = shell.ctx.clock.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        label = QLabel(self.tr("&Day:"), self)
        label.setBuddy(self.day)
        self.summary = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.day)
        top.addWidget(self.summary, 1)
        self.table = make_table(self, [self.tr("Time"), self.tr("No."), self.tr("Name"), self.tr("Venue"),
                                       self.tr("Application"), self.tr("By post"), self.tr("Min."), self.tr("State")],
                                "assistRecords", stretch=2)  # fmt: skip
        self.reprint = QPushButton(self.tr("Print the &slip again"), self)
        self.ledger = QPushButton(self.tr("Print the &ledger"), self)
        self.csv = QPushButton(self.tr("Export the ledger as &CSV…"), self)
        self.csv.setVisible(shell.actor.may(Role.SUPERVISOR))
        self.error = ErrorLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reprint)
        buttons.addStretch(1)
        buttons.addWidget(self.ledger)
        buttons.addWidget(self.csv)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.reprint.clicked.connect(self.reprint_selected)
        self.table.activated.connect(lambda _i: self.reprint_selected())
        self.ledger.clicked.connect(self.print_ledger)
        self.csv.clicked.connect(self.export_csv)

    def selected_day(self) -> date:
        d = self.day.date()
        return date(d.year(), d.month(), d.day())

    def refresh(self) -> None:
        ctx, day = self.shell.ctx, self.selected_day()
        self.shell.tasks.run(lambda: load_day(ctx, day), self.show_day, label=self.tr("Loading…"), progress=False)

    def show_day(self, data: DayRecords) -> None:
        self.data = data
        rows = []
        for r in data.records:
            d = r.draft
            moment = to_local(r.finished_at or r.started_at)
            channel = translate("AssistChannel", d.channel.label) if d.channel is not None else ""
            rows.append([f"{moment:%H:%M}", str(d.queue_number or ""), data.names.get(r.person_id, "—"),
                         data.venues.get(r.venue_session_id or "", ""), channel,
                         self.tr("Yes") if d.mailed_later else "", "" if r.minutes is None else str(r.minutes),
                         translate("AssistStatus", r.status.label)])  # fmt: skip
        fill(self.table, rows)
        done = [r for r in data.records if r.status is Status.DONE]
        minutes = [r.minutes for r in done if r.minutes is not None]
        average = f"{sum(minutes) / len(minutes):.1f}" if minutes else "—"
        self.summary.setText(self.tr("{n} applied, {m} minutes on average").format(n=len(done), m=average))
        self.reprint.setEnabled(bool(done))
        self.ledger.setEnabled(bool(done))

    def selected(self) -> AssistRecord | None:
        row = self.table.currentRow()
        if self.data is None or not 0 <= row < len(self.data.records):
            return None
        return self.data.records[row]

    def reprint_selected(self) -> None:
        record = self.selected()
        if record is None or record.status is not Status.DONE:
            self.error.show_error(self.tr("Choose a finished application."))
            return
        self.error.clear_error()
        self.reprintRequested.emit(record.id)

    def _audit(self, action: str, ids: list[str]) -> None:
        from desktop.jobs.assist.store.printdata import record_output

        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: record_output(ctx, action, ids, "ledger"), progress=False)

    def print_ledger(self) -> None:
        from desktop.jobs.assist.documents import ledger
        from desktop.jobs.assist.store.printdata import ledger_rows, letterhead

        ctx, day = self.shell.ctx, self.selected_day()

        def build() -> tuple[Any, list[str]]:
            rows = ledger_rows(ctx, day, day)
            return ledger(rows, letterhead(ctx), start=day, end=day, when=ctx.clock.now()), [r.record_id for r in rows]

        def show(result: tuple[Any, list[str]]) -> None:
            doc, ids = result
            self.output.present([Output(doc, detail="ledger", on_output=lambda action: self._audit(action, ids))])

        self.shell.tasks.run(build, show, label=self.tr("Preparing the ledger…"))

    def export_csv(self) -> None:
        from desktop.jobs.assist.store.printdata import ledger_csv

        day = self.selected_day()
        path = self.shell.prompter.save_file(self.tr("Save the ledger"), Path.home() / f"assist-ledger-{day}.csv",
                                             "CSV (*.csv)")  # fmt: skip
        if path is None:
            return
        ctx = self.shell.ctx

        def work() -> int:
            data, ids = ledger_csv(ctx, day, day)
            Path(path).write_bytes(data)
            from desktop.jobs.assist.store.printdata import record_output

            record_output(ctx, "export", ids, "ledger_csv")
            return len(ids)

        def done(n: int) -> None:
            self.error.clear_error()
            self.summary.setText(self.tr("{n} line(s) written to {file}.").format(n=n, file=Path(path).name))

        self.shell.tasks.run(work, done, lambda exc: self.error.show_error(tr_error(exc)), kind="db",
                             label=self.tr("Writing the CSV…"))  # fmt: skip

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
