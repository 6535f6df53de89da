"""配達・返戻: record what became of a mailed card, found by its tracking number.

Scan or type the tracking number (Enter); the item is shown with its resident, batch and date sent;
then 「配達済」 (Ctrl+D) or 「返戻」 with the post office's reason (and a note for 「その他」). The
follow-up lists below (`FollowUpPanel`) show what still needs chasing and print the invitations.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.cases import CaseState
from desktop.i18n import tr_text
from desktop.jobs.mailing.domain import MailItem, ReturnReason, format_tracking
from desktop.jobs.mailing.store import batches, results
from desktop.jobs.mailing.ui.common import (
    date_edit,
    error_text,
    pydate,
    qdate,
    refresh_today,
    scan_field,
    short_date,
)
from desktop.jobs.mailing.ui.followups import FollowUpPanel
from desktop.tasks.prompt import report_failure
from desktop.ui.widgets import ErrorLabel


class ResultsTab(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.item: MailItem | None = None

        box = QGroupBox(self.tr("Delivered or returned"), self)
        self.tracking = scan_field(box, self.tr("Scan or type the tracking number, then Enter"),
                                   self.tr("Tracking number of the mailed card"))  # fmt: skip
        self.tracking.returnPressed.connect(self.find_item)
        # the day of the delivery or return (the post office's tracking says when): today unless staff
        # enter an earlier one; kept for the next items, back to today when the tab is shown again
        self.on = date_edit(box, self.tr("Date of the delivery or return"))
        self.on.setDate(qdate(shell.ctx.clock.today()))
        self.found = QLabel(self.tr("No item chosen."), box)
        self.found.setWordWrap(True)
        self.found.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.delivered_button = QPushButton(self.tr("&Delivered"), box)
        self.delivered_button.setToolTip(self.tr("The resident received the card (Ctrl+D)"))
        self.delivered_button.clicked.connect(self.delivered)
        self.reason = QComboBox(box)
        self.reason.setAccessibleName(self.tr("Reason for the return"))
        for reason in ReturnReason:
            self.reason.addItem(tr_text(reason.label), reason.value)
        self.note = QLineEdit(box)
        self.note.setPlaceholderText(self.tr("Note (needed for Other)"))
        self.note.setAccessibleName(self.tr("Note on the return"))
        self.note.setMaxLength(200)
        self.returned_button = QPushButton(self.tr("&Returned"), box)
        self.returned_button.setToolTip(self.tr("The post office sent the card back"))
        self.returned_button.clicked.connect(self.returned)
        self.error = ErrorLabel(box)
        self.status = QLabel(box)
        self.status.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(self.tr("&Tracking number:"), self.tracking)
        on_row = QHBoxLayout()
        on_row.addWidget(self.on)
        on_row.addWidget(QLabel(self.tr("(the day in the post office's tracking; today unless it was earlier)"), box), 1)
        on_label = QLabel(self.tr("D&ate:"), box)
        on_label.setBuddy(self.on)  # Alt+A (a row of a layout gets no buddy by itself)
        form.addRow(on_label, on_row)
        form.addRow(self.found)
        ret = QHBoxLayout()
        ret.addWidget(self.delivered_button)
        ret.addSpacing(24)
        ret.addWidget(QLabel(self.tr("or returned because:"), box))
        ret.addWidget(self.reason)
        ret.addWidget(self.note, 1)
        ret.addWidget(self.returned_button)
        form.addRow(ret)
        form.addRow(self.error)
        form.addRow(self.status)

        self.followups = FollowUpPanel(shell, self)
        self.followups.itemChosen.connect(self.show_item_id)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.followups, 1)
        # Enter on a focused button records too (after the scanner's own Enter, a second Enter is natural;
        # outside a dialog a button answers only Space unless it is auto-default)
        for button in (self.delivered_button, self.returned_button):
            button.setAutoDefault(True)
        shortcut = QShortcut(QKeySequence("Ctrl+D"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.delivered)
        for a, b in ((self.tracking, self.on), (self.on, self.delivered_button), (self.delivered_button, self.reason),
                     (self.reason, self.note), (self.note, self.returned_button)):  # fmt: skip
            QWidget.setTabOrder(a, b)
        self.show_item(None)

    def refresh(self) -> None:
        """The tab is shown: the date back to today, the follow-up lists reloaded."""
        self.on.setDate(qdate(self.shell.ctx.clock.today()))
        self.followups.refresh()

    def _failed(self, exc: BaseException) -> None:
        message = error_text(exc)
        if message is None:
            report_failure(self.shell.prompter, exc)
        else:
            self.error.show_error(message)
        self.tracking.selectAll()
        self.tracking.setFocus()

    def find_item(self) -> None:
        self.error.clear_error()
        text, ctx = self.tracking.text(), self.shell.ctx
        self.shell.tasks.run(lambda: batches.find_by_tracking(ctx, text), self._found, self._failed)

    def _found(self, item: MailItem | None) -> None:
        if item is None:
            self.show_item(None)
            self.error.show_error(self.tr("No mailed card has this tracking number. Check the number."))
            self.tracking.selectAll()
            return
        self.show_item(item)
        (self.delivered_button if self.delivered_button.isEnabled() else self.tracking).setFocus()

    def show_item_id(self, item_id: str) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: batches.get_item(ctx, item_id), self.show_item, self._failed, progress=False)

    def show_item(self, item: MailItem | None) -> None:
        self.item = item
        mailed = item is not None and item.case_state is CaseState.MAILED
        for w in (self.delivered_button, self.returned_button, self.reason, self.note):
            w.setEnabled(mailed)
        if item is None:
            self.found.setText(self.tr("No item chosen."))
            return
        self.tracking.setText(format_tracking(item.tracking_number))
        text = self.tr("{name}, {address} — batch No. {batch}, item {position}, sent {sent}: {state}").format(
            name=item.name, address=item.address, batch=item.batch_number, position=item.position,
            sent=short_date(item.sent_on), state=tr_text(item.case_state.label) if item.case_state else "")  # fmt: skip
        if item.return_reason is not None:
            text += " (" + tr_text(item.return_reason.label) + (f": {item.return_note}" if item.return_note else "") + ")"
        self.found.setText(text)

    def delivered(self) -> None:
        if self.item is None or not self.delivered_button.isEnabled():
            return
        self.error.clear_error()
        ctx, item_id, on = self.shell.ctx, self.item.id, pydate(self.on.date())
        self.shell.tasks.run(lambda: results.record_delivered(ctx, item_id, on), self._recorded, self._failed)

    def returned(self) -> None:
        if self.item is None:
            return
        self.error.clear_error()
        ctx, item_id, on = self.shell.ctx, self.item.id, pydate(self.on.date())
        reason, note = str(self.reason.currentData()), self.note.text()
        self.shell.tasks.run(lambda: results.record_returned(ctx, item_id, reason, note, on), self._recorded,
                             self._failed)  # fmt: skip

    def _recorded(self, item: MailItem) -> None:
        on = item.delivered_on or item.returned_on
        self.status.setText(self.tr("Recorded: {name} — {state} ({date}).").format(
            name=item.name, state=tr_text(item.case_state.label) if item.case_state else "",
            date=short_date(on)))  # fmt: skip
        self.note.clear()
        self.show_item(item)
        self.tracking.clear()
        self.tracking.setFocus()
        self.followups.refresh()
        refresh_today(self.shell)
