"""発送: choose set-up cards going by post, make or extend a batch, and work on it (`BatchDetail`).

Left: the cards ready for mailing (select several; 「新しい発送」 or 「選択中の発送に追加」) and the list of
batches (drafts first). Right: the chosen batch.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.i18n import tr_text
from desktop.jobs.mailing.domain import BatchState, CardRow, MailBatch, method_short
from desktop.jobs.mailing.store import batches, cards
from desktop.jobs.mailing.ui.batch_detail import BatchDetail, yen_text
from desktop.jobs.mailing.ui.common import (
    error_text,
    fill_table,
    make_table,
    row_id,
    select_id,
    selected_ids,
    short_date,
)
from desktop.tasks.prompt import report_failure
from desktop.ui.widgets import ErrorLabel, heading


class BatchesTab(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.batch_list: list[MailBatch] = []

        self.ready_title = heading(self.tr("Ready for mailing"), self, scale=1.15)
        self.ready = make_table(self, [self.tr("Name"), self.tr("Address"), self.tr("Method"), self.tr("Set up")],
                                name=self.tr("Cards ready for mailing"), multi=True, stretch=1)  # fmt: skip
        self.select_all_button = QPushButton(self.tr("Select &all"), self)
        self.select_all_button.clicked.connect(self.ready.selectAll)
        self.new_button = QPushButton(self.tr("&New batch"), self)
        self.new_button.setToolTip(self.tr("Make a new mailing batch of the selected cards"))
        self.new_button.clicked.connect(self.new_batch)
        self.add_button = QPushButton(self.tr("Add to &batch"), self)
        self.add_button.setToolTip(self.tr("Add the selected cards to the batch being prepared"))
        self.add_button.clicked.connect(self.add_to_batch)
        self.error = ErrorLabel(self)
        self.batches_title = heading(self.tr("Batches"), self, scale=1.15)
        self.batches = make_table(self, [self.tr("No."), self.tr("State"), self.tr("Date"), self.tr("Items"),
                                         self.tr("No number"), self.tr("Yen")],
                                  name=self.tr("Mailing batches"), stretch=5)  # fmt: skip
        self.batches.itemSelectionChanged.connect(self._batch_chosen)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.addWidget(self.ready_title)
        ll.addWidget(self.ready, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.select_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.add_button)
        ll.addLayout(buttons)
        ll.addWidget(self.error)
        ll.addWidget(self.batches_title)
        ll.addWidget(self.batches, 2)

        self.detail = BatchDetail(shell, self)
        self.detail.changed.connect(lambda: self.refresh())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([470, 700])
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(splitter)
        for a, b in ((self.ready, self.select_all_button), (self.select_all_button, self.new_button),
                     (self.new_button, self.add_button), (self.add_button, self.batches),
                     (self.batches, self.detail.items)):  # fmt: skip
            QWidget.setTabOrder(a, b)

    def refresh(self, select: str | None = None) -> None:
        """Reload both lists; keep the chosen batch (or choose `select`)."""
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: (cards.ready_for_mailing(ctx), batches.list_batches(ctx)),
                             lambda data: self._show(data, select), progress=False)  # fmt: skip

    def _show(self, data: tuple[list[CardRow], list[MailBatch]], select: str | None = None) -> None:
        ready, batch_list = data
        fill_table(self.ready, [[r.name, r.address, tr_text(method_short(r.case.delivery_method)),
                                 short_date(r.configured_on)] for r in ready], [r.case_id for r in ready])  # fmt: skip
        self.ready_title.setText(self.tr("Ready for mailing ({n})").format(n=len(ready)))
        chosen = select or self.chosen_batch_id() or (self.detail.batch.id if self.detail.batch else None)
        self.batch_list = batch_list
        states = {BatchState.DRAFT: self.tr("Being prepared"), BatchState.SENT: self.tr("Sent")}
        self.batches.blockSignals(True)
        fill_table(self.batches, [[str(b.number), states[b.state], short_date(b.sent_on), str(len(b.items)),
                                   str(b.missing_tracking) if b.state is BatchState.DRAFT else "",
                                   yen_text(b.postage_total) if b.sent_on else ""] for b in batch_list],
                   [b.id for b in batch_list], right=(0, 3, 4, 5))  # fmt: skip
        self.add_button.setEnabled(any(b.state is BatchState.DRAFT for b in batch_list))
        found = select_id(self.batches, chosen)
        if not found:
            self.batches.clearSelection()
        self.batches.blockSignals(False)
        self.detail.load(chosen if found else None)

    def chosen_batch_id(self) -> str | None:
        row = self.batches.currentRow()
        return row_id(self.batches, row) if row >= 0 and self.batches.selectionModel().hasSelection() else None

    def _batch_chosen(self) -> None:
        self.detail.load(self.chosen_batch_id())

    def _failed(self, exc: BaseException) -> None:
        message = error_text(exc)
        if message is None:
            report_failure(self.shell.prompter, exc)
        else:
            self.error.show_error(message)

    def new_batch(self) -> None:
        self.error.clear_error()
        ids = selected_ids(self.ready)
        if not ids:
            self.error.show_error(self.tr("Select the cards to mail (Ctrl+A selects them all)."))
            return
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: batches.create_batch(ctx, ids), self._made, self._failed,
                             label=self.tr("Saving"))  # fmt: skip

    def add_to_batch(self) -> None:
        self.error.clear_error()
        ids = selected_ids(self.ready)
        target = self.detail.batch if self.detail.batch and self.detail.batch.state is BatchState.DRAFT else next(
            (b for b in self.batch_list if b.state is BatchState.DRAFT), None)  # fmt: skip
        if not ids or target is None:
            self.error.show_error(self.tr("Select the cards, and a batch being prepared to add them to."))
            return
        ctx, batch_id = self.shell.ctx, target.id
        self.shell.tasks.run(lambda: batches.add_to_batch(ctx, batch_id, ids), self._made, self._failed,
                             label=self.tr("Saving"))  # fmt: skip

    def _made(self, batch: MailBatch) -> None:
        self.detail.show_batch(batch)
        self.refresh(select=batch.id)
        self.detail.tracking.setFocus()
