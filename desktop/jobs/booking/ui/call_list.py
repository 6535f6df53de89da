"""連絡: the day-before call list (names, phone, time) and the residents to call because their booking
lost its slot (a closure, a removed session). Print it on A4 (audited per booking) or export it as
CSV (supervisors; audited).

Keyboard: Alt+D the day, Alt+L show the call list, Alt+W bookings without a slot, Ctrl+P print,
Alt+X export CSV.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.staff import Role
from desktop.i18n import tr_error, tr_text
from desktop.jobs.booking.documents import call_list_document, letterhead_for
from desktop.jobs.booking.domain.model import BookingSummary
from desktop.jobs.booking.domain.transfer import encode_csv
from desktop.jobs.booking.store.rules import horizon
from desktop.jobs.booking.store.search import bookings_without_slot, call_list
from desktop.jobs.booking.texts import short_day, span
from desktop.jobs.booking.ui.common import from_qdate, read_only_table, set_row, to_qdate
from desktop.security.permissions import require
from desktop.store import audit
from desktop.store.office import load_profile
from desktop.store.visits import configured_services
from desktop.ui.widgets import ErrorLabel


class CallListTab(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.rows: list[BookingSummary] = []
        self.closure = False
        self.services: dict[str, str] = {}
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd (ddd)")
        self.day.setDate(to_qdate(shell.ctx.clock.today() + timedelta(days=1)))
        self.show_button = QPushButton(self.tr("Ca&ll list of the day"), self)
        self.without_button = QPushButton(self.tr("Bookings &without a slot"), self)
        self.print_button = QPushButton(self.tr("Print (Ctrl+P)"), self)
        self.export_button = QPushButton(self.tr("E&xport CSV…"), self)
        self.export_button.setVisible(shell.actor.may(Role.SUPERVISOR))
        self.caption = QLabel(self)
        self.caption.setObjectName("callListCaption")
        self.error = ErrorLabel(self)
        self.table = read_only_table([self.tr("Day"), self.tr("Time"), self.tr("Name"), self.tr("Furigana"),
                                      self.tr("Phone"), self.tr("Service"), self.tr("People")], self, stretch=2)  # fmt: skip
        self.table.setObjectName("callListTable")
        top = QHBoxLayout()
        label = QLabel(self.tr("&Day"), self)
        label.setBuddy(self.day)
        for w in (label, self.day, self.show_button, self.without_button):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self.show_button.clicked.connect(self.load)
        self.without_button.clicked.connect(self.load_without_slot)
        self.print_button.clicked.connect(self.print_list)
        self.export_button.clicked.connect(self.export_csv)
        shortcut = QShortcut(QKeySequence("Ctrl+P"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.print_list)
        ctx = shell.ctx
        shell.tasks.run(lambda: {k: s.label for k, s in configured_services(ctx).items()}, self._services)
        self.load()

    def _services(self, services: dict[str, str]) -> None:
        self.services = services

    def load(self) -> None:
        ctx, day = self.shell.ctx, from_qdate(self.day.date())
        self.shell.tasks.run(lambda: call_list(ctx, day), lambda rows: self.show_rows(rows, closure=False))

    def load_without_slot(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: bookings_without_slot(ctx, ctx.clock.today(), horizon(ctx)),
                             lambda rows: self.show_rows(rows, closure=True))  # fmt: skip

    def show_rows(self, rows: list[BookingSummary], *, closure: bool) -> None:
        self.rows, self.closure = rows, closure
        self.error.clear_error()
        if closure:
            self.caption.setText(self.tr("{n} bookings have no slot any more: call these residents.").format(n=len(rows)))
        else:
            self.caption.setText(self.tr("{n} bookings on {day}.").format(
                n=len(rows), day=short_day(from_qdate(self.day.date()))))  # fmt: skip
        self.table.setRowCount(len(rows))
        for i, b in enumerate(rows):
            set_row(self.table, i, self._cells(b), b.booking_id)

    def _cells(self, b: BookingSummary) -> list[str]:
        return [short_day(b.day), span(b.start, b.end), " / ".join(b.names) or b.name, b.kana, b.phone,
                tr_text(self.services.get(b.service, b.service)), str(b.party_size)]  # fmt: skip

    def print_list(self) -> None:
        if not self.rows:
            self.error.show_error(self.tr("Show a list first."))
            return
        ctx, rows, closure = self.shell.ctx, list(self.rows), self.closure
        day = from_qdate(self.day.date()) if not closure else ctx.clock.today()
        labels = {k: tr_text(v) for k, v in self.services.items()}
        self.shell.tasks.run(
            lambda: call_list_document(letterhead_for(load_profile(ctx)), day, rows, labels, ctx.clock.now(),
                                       closure=closure),
            lambda doc: self._preview(doc, rows), lambda exc: self.error.show_error(tr_error(exc)),
        )  # fmt: skip

    def _preview(self, doc: Any, rows: list[BookingSummary]) -> None:
        from desktop.printing.qt import PrintPreviewDialog

        dialog = PrintPreviewDialog(doc, self.shell.prompter, tasks=self.shell.tasks, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.printed.connect(lambda: self._audit(rows, "print"))
        dialog.saved.connect(lambda _p: self._audit(rows, "export"))
        self.preview = dialog
        dialog.open()

    def _audit(self, rows: list[BookingSummary], action: str) -> None:
        ctx = self.shell.ctx

        def work() -> None:
            from desktop.store.db import write

            with write(ctx.db):
                for b in rows:
                    audit.record(ctx, action, "booking", b.booking_id, "call_list")

        self.shell.tasks.run(work)

    def export_csv(self) -> None:
        if not self.rows:
            self.error.show_error(self.tr("Show a list first."))
            return
        stem = "call-list" if not self.closure else "residents-to-call"
        path = self.shell.prompter.save_file(self.tr("Export the call list"),
                                             Path(f"{stem}-{from_qdate(self.day.date()).isoformat()}.csv"),
                                             "CSV (*.csv)")  # fmt: skip
        if path is None:
            return
        headers = [self.tr("Day"), self.tr("Time"), self.tr("Name"), self.tr("Furigana"), self.tr("Phone"),
                   self.tr("Service"), self.tr("People")]  # fmt: skip
        rows = list(self.rows)
        data = encode_csv(headers, [self._cells(b) for b in rows], "utf-8-sig")

        actor = self.shell.actor

        def write_file() -> None:
            require(actor, Role.SUPERVISOR)  # a file of residents' data leaves the application
            Path(path).write_bytes(data)

        self.shell.tasks.run(write_file, lambda _r: self._audit(rows, "export"),
                             lambda exc: self.error.show_error(tr_error(exc)), kind="io")  # fmt: skip
