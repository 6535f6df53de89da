"""交付通知: set-up cards collected at the counter get their 交付通知書 recorded (date sent and the
reservation number printed on it), optionally with a booking guide letter (交付予約のご案内).

Left: the cards ready for a notice. Right: the chosen card, its reservation number (typed or scanned),
the date sent (today by default) and 「記録」; below, the notices recorded today, whose booking guides
can be printed (again) for the selected rows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.jobs.mailing.domain import CardRow
from desktop.jobs.mailing.printouts import Printout, booking_guides
from desktop.jobs.mailing.store import cards
from desktop.jobs.mailing.ui.common import (
    PrintFlow,
    date_edit,
    error_text,
    fill_table,
    make_table,
    pydate,
    qdate,
    refresh_today,
    row_id,
    scan_field,
    selected_ids,
    short_date,
)
from desktop.tasks.prompt import report_failure
from desktop.ui.widgets import ErrorLabel, heading


class NoticesTab(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.print_flow = PrintFlow(shell, self)
        self.ready_rows: list[CardRow] = []

        self.ready_title = heading(self.tr("Ready for a handover notice"), self, scale=1.15)
        self.ready = make_table(self, [self.tr("Name"), self.tr("Furigana"), self.tr("Arrived"),
                                       self.tr("Set up")], name=self.tr("Cards ready for a notice"),
                                stretch=1)  # fmt: skip
        self.ready.itemSelectionChanged.connect(self._chosen)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.addWidget(self.ready_title)
        ll.addWidget(self.ready, 1)

        form_box = QGroupBox(self.tr("Handover notice"), self)
        self.chosen = QLabel(self.tr("Choose a card on the left."), form_box)
        self.chosen.setWordWrap(True)
        self.reservation = scan_field(form_box, self.tr("e.g. ABC123456"), self.tr("Reservation number"))
        self.reservation.returnPressed.connect(self.record)
        self.sent_on = date_edit(form_box, self.tr("Date the notice was sent"))
        self.with_guide = QCheckBox(self.tr("Print the booking guide letter"), form_box)
        self.record_button = QPushButton(self.tr("&Record notice"), form_box)
        self.record_button.clicked.connect(self.record)
        self.error = ErrorLabel(form_box)
        form = QFormLayout(form_box)
        form.addRow(self.chosen)
        form.addRow(self.tr("Reservation &number:"), self.reservation)
        form.addRow(self.tr("&Date sent:"), self.sent_on)
        form.addRow(self.with_guide)
        form.addRow(self.error)
        form.addRow(self.record_button)

        self.sent_title = heading(self.tr("Notices recorded today"), self, scale=1.15)
        self.sent = make_table(self, [self.tr("Name"), self.tr("Reservation number"), self.tr("Date sent")],
                               name=self.tr("Notices recorded today"), multi=True, stretch=0)  # fmt: skip
        self.guide_button = QPushButton(self.tr("Print &booking guides…"), self)
        self.guide_button.clicked.connect(self.print_selected_guides)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.addWidget(form_box)
        rl.addWidget(self.sent_title)
        rl.addWidget(self.sent, 1)
        gb = QHBoxLayout()
        gb.addStretch(1)
        gb.addWidget(self.guide_button)
        rl.addLayout(gb)
        rl.addWidget(self.status)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(splitter)
        for a, b in ((self.ready, self.reservation), (self.reservation, self.sent_on),
                     (self.sent_on, self.with_guide), (self.with_guide, self.record_button),
                     (self.record_button, self.sent), (self.sent, self.guide_button)):  # fmt: skip
            QWidget.setTabOrder(a, b)

    def refresh(self) -> None:
        ctx = self.shell.ctx
        self.sent_on.setDate(qdate(ctx.clock.today()))
        self.shell.tasks.run(
            lambda: (cards.ready_for_notice(ctx), cards.notices_sent_on(ctx, ctx.clock.today())),
            self._show, progress=False,
        )  # fmt: skip

    def _show(self, data: tuple[list[CardRow], list[CardRow]]) -> None:
        ready, sent = data
        current = row_id(self.ready, self.ready.currentRow())
        self.ready_rows = ready
        fill_table(self.ready, [[r.name, r.kana, short_date(r.arrived_on), short_date(r.configured_on)]
                                for r in ready], [r.case_id for r in ready])  # fmt: skip
        self.ready_title.setText(self.tr("Ready for a handover notice ({n})").format(n=len(ready)))
        fill_table(self.sent, [[r.name, r.case.reservation_number or "", short_date(r.notice_sent_on)]
                               for r in sent], [r.case_id for r in sent])  # fmt: skip
        ids = [r.case_id for r in ready]
        if current in ids:
            self.ready.selectRow(ids.index(current))
        elif ready:
            self.ready.selectRow(0)
        self._chosen()

    def _chosen(self) -> None:
        case_id = row_id(self.ready, self.ready.currentRow()) if self.ready.currentRow() >= 0 else None
        row = next((r for r in self.ready_rows if r.case_id == case_id), None)
        self.record_button.setEnabled(row is not None)
        self.chosen.setText(self.tr("Choose a card on the left.") if row is None
                            else self.tr("{name} ({kana})").format(name=row.name, kana=row.kana))  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        message = error_text(exc)
        if message is None:
            report_failure(self.shell.prompter, exc)
        else:
            self.error.show_error(message)

    def record(self) -> None:
        self.error.clear_error()
        case_id = row_id(self.ready, self.ready.currentRow()) if self.ready.currentRow() >= 0 else None
        if case_id is None:
            self.error.show_error(self.tr("Choose the card on the left first."))
            return
        number, on, guide = self.reservation.text(), pydate(self.sent_on.date()), self.with_guide.isChecked()
        ctx = self.shell.ctx

        def work() -> tuple[CardRow, Printout | None]:
            row = cards.record_notice(ctx, case_id, number, on)
            return row, (booking_guides(ctx, [case_id]) if guide else None)

        self.shell.tasks.run(work, self._recorded, self._failed, label=self.tr("Saving"))

    def _recorded(self, result: tuple[CardRow, Printout | None]) -> None:
        row, printout = result
        self.reservation.clear()
        self.status.setText(self.tr("Notice recorded: {name}, reservation number {number}.").format(
            name=row.name, number=row.case.reservation_number))
        self.refresh()
        refresh_today(self.shell)
        if printout is not None:
            self.print_flow.show(printout)
        self.ready.setFocus()

    def print_selected_guides(self) -> None:
        ids = selected_ids(self.sent)
        if not ids:
            self.status.setText(self.tr("Select the notices whose booking guide to print."))
            return
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: booking_guides(ctx, ids), self.print_flow.show, self._failed,
                             label=self.tr("Preparing the letters"))  # fmt: skip
