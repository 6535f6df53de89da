"""One mailing batch: its items, tracking numbers (scan or type; Enter moves to the next item without a
number), the printouts (発送一覧, address labels, cover letters) and 「発送済にする」 with the date sent.

Keyboard: the scan field keeps the focus while numbers are scanned one after the other; Delete removes
the selected item from a draft.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr_text
from desktop.jobs.mailing.domain import BatchState, MailBatch, MailItem, format_tracking, method_short
from desktop.jobs.mailing.printouts import DocKind, batch_printout
from desktop.jobs.mailing.store import batches
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
    select_id,
    short_date,
)
from desktop.tasks.prompt import report_failure
from desktop.ui.widgets import ErrorLabel, heading


def yen_text(amount: int | None) -> str:
    return "" if amount is None else f"{amount:,}"


class BatchDetail(QWidget):
    changed = Signal()  # the batch or its cards changed: reload the lists

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.batch: MailBatch | None = None
        self._shown_id: str | None = None
        self.print_flow = PrintFlow(shell, self)

        self.title = heading(self.tr("Choose or make a batch"), self, scale=1.15)
        self.items = make_table(self, [self.tr("No."), self.tr("Tracking number"), self.tr("Name"),
                                       self.tr("Address"), self.tr("Method"), self.tr("Postage (yen)"),
                                       self.tr("State")], name=self.tr("Items of the batch"), stretch=3)  # fmt: skip
        self.tracking = scan_field(self, self.tr("Scan or type the tracking number of the selected item"),
                                   self.tr("Tracking number"))  # fmt: skip
        self.tracking.returnPressed.connect(self.enter_tracking)
        tracking_label = QLabel(self.tr("&Tracking number:"), self)
        tracking_label.setBuddy(self.tracking)
        self.remove_button = QPushButton(self.tr("Remove from batch"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.items, self.remove_selected)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)  # Delete in the item list only

        self.list_button = QPushButton(self.tr("&Mailing list…"), self)
        self.list_button.clicked.connect(lambda: self.print_document(DocKind.MAILING_LIST))
        self.labels_button = QPushButton(self.tr("&Labels…"), self)
        self.labels_button.clicked.connect(lambda: self.print_document(DocKind.LABELS))
        self.skip = QSpinBox(self)
        self.skip.setRange(0, 60)
        self.skip.setPrefix(self.tr("skip "))
        self.skip.setAccessibleName(self.tr("Labels already used on the first sheet"))
        self.skip.setToolTip(self.tr("Labels already used on the first sheet (a partly used sheet)"))
        self.letters_button = QPushButton(self.tr("C&over letters…"), self)
        self.letters_button.clicked.connect(lambda: self.print_document(DocKind.COVER_LETTERS))

        self.sent_on = date_edit(self, self.tr("Date the batch was sent"))
        sent_label = QLabel(self.tr("Date &sent:"), self)
        sent_label.setBuddy(self.sent_on)
        self.send_button = QPushButton(self.tr("Record as s&ent"), self)
        self.send_button.clicked.connect(self.send)
        self.discard_button = QPushButton(self.tr("Discard draft"), self)
        self.discard_button.clicked.connect(self.discard)
        self.error = ErrorLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.items, 1)
        row = QHBoxLayout()
        row.addWidget(tracking_label)
        row.addWidget(self.tracking, 1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        prints = QHBoxLayout()
        prints.addWidget(QLabel(self.tr("Print:"), self))
        for w in (self.list_button, self.labels_button, self.skip, self.letters_button):
            prints.addWidget(w)
        prints.addStretch(1)
        layout.addLayout(prints)
        send = QHBoxLayout()
        send.addWidget(sent_label)
        send.addWidget(self.sent_on)
        send.addWidget(self.send_button)
        send.addStretch(1)
        send.addWidget(self.discard_button)
        layout.addLayout(send)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        for a, b in ((self.items, self.tracking), (self.tracking, self.remove_button),
                     (self.remove_button, self.list_button), (self.list_button, self.labels_button),
                     (self.labels_button, self.skip), (self.skip, self.letters_button),
                     (self.letters_button, self.sent_on), (self.sent_on, self.send_button),
                     (self.send_button, self.discard_button)):  # fmt: skip
            QWidget.setTabOrder(a, b)
        self.show_batch(None)

    # --- showing -------------------------------------------------------------------------------
    def load(self, batch_id: str | None) -> None:
        if batch_id is None:
            self.show_batch(None)
            return
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: batches.get_batch(ctx, batch_id), self.show_batch, self._failed,
                             progress=False)  # fmt: skip

    def show_batch(self, batch: MailBatch | None) -> None:
        current = row_id(self.items, self.items.currentRow()) if self.items.currentRow() >= 0 else None
        self.batch = batch
        if batch is None or self._shown_id != batch.id:
            current = None
        draft = batch is not None and batch.state is BatchState.DRAFT
        widgets: tuple[QWidget, ...] = (self.remove_button, self.send_button, self.discard_button, self.sent_on)
        for w in widgets:
            w.setEnabled(draft)
        widgets = (self.list_button, self.labels_button, self.skip, self.letters_button, self.tracking)
        for w in widgets:
            w.setEnabled(batch is not None and bool(batch.items))
        if batch is None:
            self.title.setText(self.tr("Choose or make a batch"))
            self.items.setRowCount(0)
            self._shown_id = None
            return
        if draft:
            self.title.setText(self.tr("Batch No. {number}: being prepared, {n} item(s), {missing} without a "
                                       "tracking number").format(number=batch.number, n=len(batch.items),
                                                                 missing=batch.missing_tracking))  # fmt: skip
            if self._shown_id != batch.id:
                self.sent_on.setDate(qdate(self.shell.ctx.clock.today()))
        else:
            if batch.sent_on is not None:
                self.sent_on.setDate(qdate(batch.sent_on))
            self.title.setText(self.tr("Batch No. {number}: sent on {date}, {n} item(s), {yen} yen").format(
                number=batch.number, date=short_date(batch.sent_on), n=len(batch.items),
                yen=f"{batch.postage_total:,}"))  # fmt: skip
        fill_table(self.items, [self._cells(i) for i in batch.items], [i.id for i in batch.items], right=(0, 5))
        self._shown_id = batch.id
        if not select_id(self.items, current) and batch.items:
            self.select_next_without_number()

    def _cells(self, item: MailItem) -> list[str]:
        return [str(item.position), format_tracking(item.tracking_number), item.name, item.address,
                tr_text(method_short(item.method)), yen_text(item.postage_yen),
                tr_text(item.case_state.label) if item.case_state else ""]  # fmt: skip

    def select_next_without_number(self, after: int = -1) -> None:
        if self.batch is None:
            return
        items = list(self.batch.items)
        order = items[after + 1 :] + items[: after + 1]
        target = next((i for i in order if not i.tracking_number), None)
        if target is not None:
            select_id(self.items, target.id)
        elif self.items.currentRow() < 0 and items:
            self.items.selectRow(0)

    def _failed(self, exc: BaseException) -> None:
        message = error_text(exc)
        if message is None:
            report_failure(self.shell.prompter, exc)
        else:
            self.error.show_error(message)

    def _current_item(self) -> str | None:
        return row_id(self.items, self.items.currentRow()) if self.items.currentRow() >= 0 else None

    # --- tracking numbers ----------------------------------------------------------------------
    def enter_tracking(self) -> None:
        self.error.clear_error()
        item_id = self._current_item()
        if item_id is None:
            self.error.show_error(self.tr("Select the item the tracking number belongs to."))
            return
        text, ctx = self.tracking.text(), self.shell.ctx
        row = self.items.currentRow()
        self.shell.tasks.run(lambda: batches.set_tracking(ctx, item_id, text),
                             lambda item: self._tracked(item, row), self._tracking_failed)  # fmt: skip

    def _tracked(self, item: MailItem, row: int) -> None:
        self.tracking.clear()
        self.status.setText(self.tr("Item {position}: {number}").format(
            position=item.position, number=format_tracking(item.tracking_number)))
        ctx = self.shell.ctx
        batch_id = item.batch_id

        def shown(batch: MailBatch) -> None:
            self.show_batch(batch)
            self.select_next_without_number(row)
            self.tracking.setFocus()

        self.shell.tasks.run(lambda: batches.get_batch(ctx, batch_id), shown, self._failed, progress=False)

    def _tracking_failed(self, exc: BaseException) -> None:
        self._failed(exc)
        self.tracking.selectAll()
        self.tracking.setFocus()

    def remove_selected(self) -> None:
        item_id = self._current_item()
        if self.batch is None or item_id is None or self.batch.state is not BatchState.DRAFT:
            return
        item = next((i for i in self.batch.items if i.id == item_id), None)
        if item is None:
            return
        question = self.tr("Remove item {position} ({name}) from batch No. {batch}?").format(
            position=item.position, name=item.name, batch=self.batch.number)
        if item.tracking_number:
            question += "\n" + self.tr("Its tracking number is cleared; the label printed for it is not used.")
        if not self.shell.prompter.ask_yes_no(self.tr("Remove from batch"), question):
            return
        ctx, batch_id = self.shell.ctx, self.batch.id
        self.shell.tasks.run(lambda: batches.remove_from_batch(ctx, batch_id, item_id), self._changed,
                             self._failed)  # fmt: skip

    def _changed(self, batch: MailBatch | None) -> None:
        self.error.clear_error()
        self.show_batch(batch)
        self.changed.emit()
        refresh_today(self.shell)

    # --- printing, sending ---------------------------------------------------------------------
    def print_document(self, kind: DocKind) -> None:
        if self.batch is None:
            return
        self.error.clear_error()
        ctx, batch_id, start = self.shell.ctx, self.batch.id, self.skip.value()
        self.shell.tasks.run(lambda: batch_printout(ctx, batch_id, kind, start=start),
                             self.print_flow.show, self._failed, label=self.tr("Preparing the document"))  # fmt: skip

    def send(self) -> None:
        if self.batch is None:
            return
        self.error.clear_error()
        ctx, batch_id, on = self.shell.ctx, self.batch.id, pydate(self.sent_on.date())
        self.shell.tasks.run(lambda: batches.send_batch(ctx, batch_id, on), self._sent, self._failed,
                             label=self.tr("Saving"))  # fmt: skip

    def _sent(self, batch: MailBatch) -> None:
        self._changed(batch)
        self.status.setText(self.tr("Batch No. {number} recorded as sent: {n} item(s), {yen} yen.").format(
            number=batch.number, n=len(batch.items), yen=f"{batch.postage_total:,}"))

    def discard(self) -> None:
        if self.batch is None or self.batch.state is not BatchState.DRAFT:
            return
        if not self.shell.prompter.ask_yes_no(
            self.tr("Discard the batch"),
            self.tr("Discard batch No. {number}? Its cards go back to the list of cards ready for mailing.").format(
                number=self.batch.number),
        ):  # fmt: skip
            return
        ctx, batch_id = self.shell.ctx, self.batch.id
        self.shell.tasks.run(lambda: batches.discard_batch(ctx, batch_id), lambda _r: self._changed(None),
                             self._failed)  # fmt: skip
