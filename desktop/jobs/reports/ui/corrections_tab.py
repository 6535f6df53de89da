"""件数の訂正 (supervisors): review one business day's count entries and cancel a wrong one.

A handover entered twice or a count on the wrong day is cancelled with a reason: the kernel appends a
correction (`desktop.store.events.correct_count`, audited) and every report nets it, so the month's
figures drop by one. The entries carry only ids, times, kinds and staff: no resident is looked up here.

Keyboard: Alt+A day (PageUp / PageDown or ◀ ▶ step a day), Alt+T count kind, Alt+N the entries,
Alt+R the reason, Alt+S (or Enter in the reason) cancels the selected entry after a confirmation.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
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

from desktop.core.clock import to_local
from desktop.i18n import tr_error, tr_text
from desktop.jobs.reports.ui.base import step_buttons
from desktop.store.events import MAX_REASON, CountEntry
from desktop.ui.labels import ErrorLabel

ALL = ""
CANCELLED_COLOR = QColor("#777777")


class CorrectionsTab(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setObjectName("correctionsTab")
        self.entries: list[CountEntry] = []
        today = shell.ctx.clock.today()
        self.day = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.day.setObjectName("correctionDay")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.day.setMinimumDate(QDate(1989, 1, 1))
        day_label = QLabel(self.tr("D&ay:"), self)
        day_label.setBuddy(self.day)
        self.previous_button, self.next_button = step_buttons(
            self, self.step, (self.tr("Previous day"), self.tr("Previous day (PageUp)")),
            (self.tr("Next day"), self.tr("Next day (PageDown)")))  # fmt: skip
        for b in (self.previous_button, self.next_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.kind = QComboBox(self)
        self.kind.setObjectName("correctionKind")
        self.kind.addItem(self.tr("All counts"), ALL)
        self.labels = self._kind_labels()
        for key, label in self.labels.items():
            self.kind.addItem(label, key)
        kind_label = QLabel(self.tr("Coun&t:"), self)
        kind_label.setBuddy(self.kind)
        self.summary = QLabel(self)
        top = QHBoxLayout()
        for w in (day_label, self.previous_button, self.day, self.next_button, kind_label, self.kind):
            top.addWidget(w)
        top.addWidget(self.summary, 1)

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("correctionEntries")
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Count"), self.tr("Staff"),
                                              self.tr("Value"), self.tr("Status")])  # fmt: skip
        self.table.setAccessibleName(self.tr("Count entries of the day"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table_label = QLabel(self.tr("E&ntries:"), self)
        table_label.setBuddy(self.table)

        self.reason = QLineEdit(self)
        self.reason.setObjectName("correctionReason")
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText(self.tr("e.g. entered twice, counted on the wrong day"))
        reason_label = QLabel(self.tr("&Reason:"), self)
        reason_label.setBuddy(self.reason)
        self.cancel_button = QPushButton(self.tr("Cancel thi&s count…"), self)
        self.cancel_button.setObjectName("cancelCount")
        self.cancel_button.setToolTip(self.tr("Cancel the selected count: the monthly figures drop by one"))
        actions = QHBoxLayout()
        actions.addWidget(reason_label)
        actions.addWidget(self.reason, 1)
        actions.addWidget(self.cancel_button)
        self.error = ErrorLabel(self)
        self.status = QLabel(self)
        self.status.setObjectName("correctionStatus")
        note = QLabel(self.tr("Cancelling a count adds a correction with your name and the reason; every report "
                              "then leaves the count out. Nothing is deleted."), self)  # fmt: skip
        note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(self.status)

        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.itemSelectionChanged.connect(self._update_button)
        self.reason.textChanged.connect(lambda _t: self._update_button())
        self.reason.returnPressed.connect(self.cancel_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.setTabOrder(self.day, self.kind)
        self.setTabOrder(self.kind, self.table)
        self.setTabOrder(self.table, self.reason)
        self.setTabOrder(self.reason, self.cancel_button)
        self._update_button()

    def _kind_labels(self) -> dict[str, str]:
        from desktop.store.events import known_kinds

        return {k.key: tr_text(k.label) for k in known_kinds()}

    # --- loading --------------------------------------------------------------------------------
    def selected_day(self) -> date:
        d = self.day.date()
        return date(d.year(), d.month(), d.day())

    def step(self, days: int) -> None:
        self.day.setDate(self.day.date().addDays(days))

    def refresh(self) -> None:
        from desktop.store.events import day_entries

        ctx, day = self.shell.ctx, self.selected_day()
        kind = str(self.kind.currentData()) or None
        self.error.clear_error()
        self.shell.tasks.run(lambda: day_entries(ctx, day, kind), self.show_entries, self._failed,
                             label=self.tr("Loading…"), progress=False)  # fmt: skip

    def show_entries(self, entries: list[CountEntry]) -> None:
        keep = self.selected_entry()
        self.entries = entries
        self.table.setRowCount(len(entries))
        grey = QBrush(CANCELLED_COLOR)
        for row, entry in enumerate(entries):
            e = entry.event
            if entry.counts:
                state = self.tr("Counted")
            elif entry.cancelled_by:
                state = self.tr("Cancelled by {name}: {reason}").format(name=entry.cancelled_by, reason=entry.reason)
            else:
                state = self.tr("Cancelled: {reason}").format(reason=entry.reason)
            cells = [to_local(e.at).strftime("%H:%M"), self.labels.get(e.kind, e.kind), entry.staff_name or "—",
                     "" if e.value is None else f"{e.value:,}", state]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not entry.counts:
                    item.setForeground(grey)
                self.table.setItem(row, column, item)
        counted = sum(1 for e in entries if e.counts)
        self.summary.setText(self.tr("{counted} counted, {cancelled} cancelled").format(
            counted=counted, cancelled=len(entries) - counted))  # fmt: skip
        if keep is not None:
            for row, entry in enumerate(entries):
                if entry.event.id == keep.event.id:
                    self.table.selectRow(row)
        self._update_button()

    def selected_entry(self) -> CountEntry | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _update_button(self) -> None:
        entry = self.selected_entry()
        self.cancel_button.setEnabled(entry is not None and entry.counts and bool(self.reason.text().strip()))

    # --- cancelling -----------------------------------------------------------------------------
    def cancel_selected(self) -> None:
        from desktop.store.events import correct_count

        entry = self.selected_entry()
        if entry is None or not self.cancel_button.isEnabled():
            return
        e = entry.event
        reason = self.reason.text()
        question = self.tr("Cancel this count?\n\n{day} {time}  {kind}  {staff}\nReason: {reason}\n\n"
                           "The monthly figures drop by one. The correction is recorded with your name.").format(
            day=e.business_date.isoformat(), time=to_local(e.at).strftime("%H:%M"),
            kind=self.labels.get(e.kind, e.kind), staff=entry.staff_name or "—",
            reason=" ".join(reason.split()))  # fmt: skip
        if not self.shell.prompter.ask_yes_no(self.tr("Cancel a count"), question):
            return
        ctx = self.shell.ctx
        self.error.clear_error()
        self.shell.tasks.run(lambda: correct_count(ctx, e.id, reason), lambda _void: self._cancelled(),
                             self._failed, label=self.tr("Saving…"))  # fmt: skip

    def _cancelled(self) -> None:
        self.reason.clear()
        self.status.setText(self.tr("The count was cancelled."))
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        from desktop.core.errors import DomainError
        from desktop.tasks.prompt import report_failure

        if isinstance(exc, DomainError):
            self.error.show_error(tr_error(exc))
        else:
            report_failure(self.shell.prompter, exc)
