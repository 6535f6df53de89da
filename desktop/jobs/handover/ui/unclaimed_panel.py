"""未受取カード: cards waiting in 通知済 / 来庁案内済, with their notice date, reminders, returned letters
and the date the municipality's rule allows disposal.

Actions on the selected rows: print reminder letters (再通知; the reminders are recorded once the
letters are printed or saved), record a returned letter, and — supervisors only — dispose of cards
the rule says are due (廃棄: confirmed, then the disposal list is printed; earlier lists reprint).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.cases import CaseState
from desktop.core.staff import Role
from desktop.core.wareki import wareki_short
from desktop.i18n import translate
from desktop.jobs.handover.domain.unclaimed import UnclaimedCard
from desktop.jobs.handover.ui.find_panel import make_table
from desktop.printing.qt.output import DocumentOutput, Output
from desktop.ui.widgets import ErrorLabel

FILTERS = ("all", "remind", "due", "returned")


def load(ctx: Any) -> tuple[list[UnclaimedCard], str, list[tuple[str, Any, int]]]:
    from desktop.jobs.handover.store.printdata import rule_summary
    from desktop.jobs.handover.store.settings import load_disposal_rule
    from desktop.jobs.handover.store.unclaimed import disposal_batches, unclaimed_cards

    return unclaimed_cards(ctx), rule_summary(load_disposal_rule(ctx)), disposal_batches(ctx)


class UnclaimedPanel(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.output = DocumentOutput(shell, self)
        self.cards: list[UnclaimedCard] = []
        self.shown: list[UnclaimedCard] = []
        self.rule = QLabel(self)
        self.rule.setObjectName("disposalRule")
        self.rule.setWordWrap(True)
        self.filter = QComboBox(self)
        self.filter.setObjectName("unclaimedFilter")
        for key, text in zip(FILTERS, (self.tr("All waiting cards"), self.tr("Reminder not sent yet"),
                                       self.tr("Due for disposal"), self.tr("With returned letters")),
                             strict=True):  # fmt: skip
            self.filter.addItem(text, key)
        self.filter.currentIndexChanged.connect(lambda _i: self._fill())
        self.count = QLabel(self)
        self.table = make_table(self, [self.tr("Name"), self.tr("State"), self.tr("Notice / invitation"),
                                       self.tr("Days"), self.tr("Reminders"), self.tr("Returned"),
                                       self.tr("Disposal from")], "unclaimedCards")  # fmt: skip
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAccessibleName(self.tr("Unclaimed cards"))
        self.error = ErrorLabel(self)
        self.status = QLabel(self)
        self.remind_button = QPushButton(self.tr("Print &reminders…"), self)
        self.return_button = QPushButton(self.tr("Record a returned &letter…"), self)
        self.dispose_button = QPushButton(self.tr("&Dispose of the selected cards…"), self)
        self.dispose_button.setObjectName("disposeCards")
        supervisor = shell.actor.may(Role.SUPERVISOR)
        self.dispose_button.setVisible(supervisor)
        self.batches = QComboBox(self)
        self.batches.setObjectName("disposalBatches")
        self.batches.setAccessibleName(self.tr("Earlier disposal lists"))
        self.reprint_button = QPushButton(self.tr("Print the list again"), self)
        for w in (self.batches, self.reprint_button):
            w.setVisible(supervisor)
        self.remind_button.clicked.connect(self.remind)
        self.return_button.clicked.connect(self.record_return)
        self.dispose_button.clicked.connect(self.dispose)
        self.reprint_button.clicked.connect(self.reprint_list)

        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addWidget(self.count, 1)
        buttons = QHBoxLayout()
        for w in (self.remind_button, self.return_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        for w in (self.dispose_button, self.batches, self.reprint_button):
            buttons.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rule)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    # --- loading -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: load(ctx), self._loaded, label=self.tr("Loading unclaimed cards…"),
                             progress=False)  # fmt: skip

    def _loaded(self, data: tuple[list[UnclaimedCard], str, list[tuple[str, Any, int]]]) -> None:
        self.cards, rule, batches = data
        self.rule.setText(self.tr("Disposal rule: {rule}").format(rule=rule))
        self.batches.clear()
        for batch_id, day, n in batches:
            self.batches.addItem(self.tr("{date}: {n} card(s)").format(date=wareki_short(day), n=n), batch_id)
        self.reprint_button.setEnabled(bool(batches))
        self._fill()

    def _fill(self) -> None:
        key = self.filter.currentData()
        cards = self.cards
        if key == "remind":
            cards = [c for c in cards if not c.reminders]
        elif key == "due":
            cards = [c for c in cards if c.status.due]
        elif key == "returned":
            cards = [c for c in cards if c.returned]
        self.shown = cards
        today = self.shell.ctx.clock.today()
        self.table.setRowCount(len(cards))
        for r, c in enumerate(cards):
            if c.status.due_on is not None:
                due = wareki_short(c.status.due_on) + (self.tr(" (due)") if c.status.due else "")
            elif c.status.needs_reminder:
                due = self.tr("after a reminder")
            else:
                due = self.tr("kept")
            cells = [c.name or "—", translate("CaseState", CaseState(c.state).label), wareki_short(c.first_notice_on),
                     str(c.waiting_days(today)), ", ".join(wareki_short(x.sent_on) for x in c.reminders),
                     str(len(c.returned)) if c.returned else "", due]  # fmt: skip
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c.status.due:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, col, item)
        n_due = sum(1 for c in self.cards if c.status.due)
        self.count.setText(
            self.tr("{n} card(s) waiting, {due} due for disposal").format(n=len(self.cards), due=n_due)
        )

    def selected(self) -> list[UnclaimedCard]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.shown[r] for r in rows if 0 <= r < len(self.shown)]

    def select_rows(self, rows: list[int]) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for r in rows:
            self.table.selectRow(r)
        self.table.setSelectionMode(mode)

    def _need_selection(self) -> list[UnclaimedCard] | None:
        chosen = self.selected()
        if not chosen:
            self.error.show_error(self.tr("Select one or more cards in the list first."))
            return None
        self.error.clear_error()
        return chosen

    def _failed(self, exc: BaseException) -> None:
        from desktop.core.errors import DomainError
        from desktop.i18n import tr_error
        from desktop.tasks.prompt import report_failure

        if isinstance(exc, DomainError):
            self.error.show_error(tr_error(exc))
        else:
            report_failure(self.shell.prompter, exc)
        self.refresh()

    # --- reminders ---------------------------------------------------------------------------------
    def remind(self) -> None:
        from desktop.jobs.handover.store.printdata import reminder_document

        chosen = self._need_selection()
        if chosen is None:
            return
        ids = [c.case_id for c in chosen]
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: reminder_document(ctx, ids), lambda doc: self._show_letters(ids, doc),
                             self._failed, label=self.tr("Preparing the letters…"))  # fmt: skip

    def _show_letters(self, ids: list[str], document: Any) -> None:
        recorded: list[bool] = []

        def on_paper(_action: str) -> None:
            if recorded:
                return
            recorded.append(True)
            self._record_reminders(ids)

        self.output.present([Output(document, "card_case", tuple(ids), "reminder", on_output=on_paper)])

    def _record_reminders(self, ids: list[str]) -> None:
        from desktop.jobs.handover.store.unclaimed import record_reminders

        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: record_reminders(ctx, ids), self._reminded, self._failed)

    def _reminded(self, letters: list[Any]) -> None:
        self.status.setText(self.tr("Recorded {n} reminder(s).").format(n=len(letters)))
        self.refresh()

    # --- returned letters --------------------------------------------------------------------------
    def record_return(self) -> None:
        from desktop.jobs.handover.store.unclaimed import record_return

        chosen = self._need_selection()
        if chosen is None:
            return
        if len(chosen) > 1:
            self.error.show_error(self.tr("Select one card to record a returned letter."))
            return
        card = chosen[0]
        letters = [x for x in card.reminders if x.returned_on is None]
        options = [self.tr("Reminder sent {date}").format(date=wareki_short(x.sent_on)) for x in letters]
        notice_open = not any(x.kind == "notice" for x in card.letters)
        if notice_open:
            options.insert(
                0,
                self.tr("The notice or invitation of {date}").format(date=wareki_short(card.first_notice_on)),
            )
        if not options:
            self.error.show_error(self.tr("Every letter of this card is already recorded as returned."))
            return
        choice = self.shell.prompter.choose(
            self.tr("Returned letter"), self.tr("Which letter came back?"), options
        )
        if choice is None:
            return
        letter_id = None if notice_open and choice == 0 else letters[choice - (1 if notice_open else 0)].id
        ctx = self.shell.ctx
        self.shell.tasks.run(
            lambda: record_return(ctx, card.case_id, letter_id), self._returned, self._failed
        )

    def _returned(self, _letter: Any) -> None:
        self.status.setText(self.tr("Returned letter recorded."))
        self.refresh()

    # --- disposal ----------------------------------------------------------------------------------
    def dispose(self) -> None:
        chosen = self._need_selection()
        if chosen is None:
            return
        not_due = [c for c in chosen if not c.status.due]
        if not_due:
            self.error.show_error(self.tr("{n} of the selected cards are not yet due for disposal under the rule. "
                                          "Select only cards marked due.").format(n=len(not_due)))  # fmt: skip
            return
        ok = self.shell.prompter.ask_yes_no(
            self.tr("Dispose of cards"),
            self.tr("Dispose of {n} card(s)? This cannot be undone: the residents must apply again.").format(
                n=len(chosen)),
        )  # fmt: skip
        if not ok:
            return
        from desktop.jobs.handover.store.printdata import disposal_document
        from desktop.jobs.handover.store.unclaimed import dispose

        ids, ctx = [c.case_id for c in chosen], self.shell.ctx

        def work() -> tuple[str, Any]:
            batch = dispose(ctx, ids)
            return batch, disposal_document(ctx, batch)

        self.shell.tasks.run(work, self._disposed, self._failed, label=self.tr("Recording the disposal…"))

    def _disposed(self, result: tuple[str, Any]) -> None:
        batch, document = result
        self.status.setText(self.tr("Disposal recorded. Print the list for the file."))
        self.refresh()
        self.shell.refresh_today()
        self.output.present([Output(document, "disposal_batch", (batch,), "disposal_list")])

    def reprint_list(self) -> None:
        from desktop.jobs.handover.store.printdata import disposal_document

        batch = self.batches.currentData()
        if batch is None:
            return
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: disposal_document(ctx, batch),
                             lambda doc: self.output.present([Output(doc, "disposal_batch", (batch,), "disposal_list")]),
                             self._failed)  # fmt: skip
