"""カード受入: register cards that arrived from J-LIS, then record that their 交付前設定 is done.

Left: scan the 交付申請書's QR code (the scanner types the 申請書ID and Enter) or type the ID, a name or
its furigana; a scanned ID that matches one card in 申請済 is registered at once. Enter on a result
registers it too. Below, a card applied for elsewhere gets a new case for a resident found by furigana,
phone or birth date. Right: the cards waiting for their set-up; select them and press 「設定済にする」.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.cases import CaseState
from desktop.core.people import Person, search_terms
from desktop.i18n import tr_text
from desktop.jobs.mailing.domain import CardRow, Route, is_application_id
from desktop.jobs.mailing.store import cards
from desktop.jobs.mailing.ui.common import (
    error_text,
    fill_table,
    make_table,
    refresh_today,
    row_id,
    scan_field,
    selected_ids,
    short_date,
)
from desktop.store import people as people_store
from desktop.tasks.prompt import report_failure
from desktop.ui.widgets import ErrorLabel, heading


def route_text(row: CardRow) -> str:
    if row.route is Route.POST:
        return tr_text(row.case.delivery_method.label)
    return tr_text(Route.COUNTER.label)


class ArrivalTab(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.found: list[CardRow] = []
        self.residents: list[Person] = []

        # --- find the case of an arrived card ---
        self.search_edit = scan_field(self, self.tr("Scan the QR code, or type the application ID, name or furigana"),
                                      self.tr("Find the card's case"))  # fmt: skip
        self.search_edit.returnPressed.connect(self.search)
        search_label = QLabel(self.tr("&Card:"), self)
        search_label.setBuddy(self.search_edit)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.clicked.connect(self.search)
        self.auto_register = QCheckBox(self.tr("Register at once when a scanned ID matches one card"), self)
        self.auto_register.setChecked(True)
        self.error = ErrorLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.results = make_table(self, [self.tr("Name"), self.tr("Furigana"), self.tr("Birth date"),
                                         self.tr("Application ID"), self.tr("State"), self.tr("Delivery")],
                                  name=self.tr("Cases found"), stretch=3)  # fmt: skip
        self.results.activated.connect(lambda index: self.register_row(index.row()))
        self.register_button = QPushButton(self.tr("&Register arrival"), self)
        self.register_button.clicked.connect(lambda: self.register_row(self.results.currentRow()))

        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.search_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.auto_register, 1)
        buttons.addWidget(self.register_button)

        # --- a card applied for elsewhere ---
        elsewhere = QGroupBox(self.tr("Card applied for elsewhere (no case here yet)"), self)
        self.person_edit = QLineEdit(elsewhere)
        self.person_edit.setPlaceholderText(self.tr("Resident: furigana, phone number or birth date"))
        self.person_edit.setAccessibleName(self.tr("Find the resident"))
        self.person_edit.returnPressed.connect(self.search_residents)
        self.person_table = make_table(elsewhere, [self.tr("Name"), self.tr("Furigana"), self.tr("Birth date"),
                                                   self.tr("Address")], name=self.tr("Residents found"),
                                       stretch=3)  # fmt: skip
        self.person_table.setMaximumHeight(130)
        self.app_id_edit = QLineEdit(elsewhere)
        self.app_id_edit.setPlaceholderText(self.tr("Application ID (23 digits, optional)"))
        self.app_id_edit.setAccessibleName(self.tr("Application ID of the card applied for elsewhere"))
        self.open_button = QPushButton(self.tr("&Open case as arrived"), elsewhere)
        self.open_button.clicked.connect(self.open_elsewhere)
        el = QVBoxLayout(elsewhere)
        el.addWidget(self.person_edit)
        el.addWidget(self.person_table)
        line = QHBoxLayout()
        line.addWidget(self.app_id_edit, 1)
        line.addWidget(self.open_button)
        el.addLayout(line)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.addLayout(row)
        ll.addWidget(self.error)
        ll.addWidget(self.results, 1)
        ll.addLayout(buttons)
        ll.addWidget(self.status)
        ll.addWidget(elsewhere)

        # --- set-up pending ---
        self.pending_title = heading(self.tr("Arrived, set-up pending"), self, scale=1.15)
        self.pending = make_table(self, [self.tr("Name"), self.tr("Arrived"), self.tr("Delivery")],
                                  name=self.tr("Cards waiting for set-up"), multi=True, stretch=2)  # fmt: skip
        self.select_all_button = QPushButton(self.tr("Select &all"), self)
        self.select_all_button.clicked.connect(self.pending.selectAll)
        self.configure_button = QPushButton(self.tr("Set-up &done"), self)
        self.configure_button.setToolTip(self.tr("Record that the pre-handover set-up of the selected cards is done"))
        self.configure_button.clicked.connect(self.configure_selected)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.addWidget(self.pending_title)
        rl.addWidget(self.pending, 1)
        pb = QHBoxLayout()
        pb.addWidget(self.select_all_button)
        pb.addStretch(1)
        pb.addWidget(self.configure_button)
        rl.addLayout(pb)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 440])
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(splitter)
        for a, b in ((self.search_edit, self.search_button), (self.search_button, self.results),
                     (self.results, self.auto_register), (self.auto_register, self.register_button),
                     (self.register_button, self.person_edit), (self.person_edit, self.person_table),
                     (self.person_table, self.app_id_edit), (self.app_id_edit, self.open_button),
                     (self.open_button, self.pending), (self.pending, self.select_all_button),
                     (self.select_all_button, self.configure_button)):  # fmt: skip
            QWidget.setTabOrder(a, b)

    # --- data ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: cards.arrived_waiting(ctx), self._show_pending, progress=False)

    def _show_pending(self, rows: list[CardRow]) -> None:
        fill_table(self.pending, [[r.name, short_date(r.arrived_on), route_text(r)] for r in rows],
                   [r.case_id for r in rows])  # fmt: skip
        self.pending_title.setText(self.tr("Arrived, set-up pending ({n})").format(n=len(rows)))

    def _failed(self, exc: BaseException) -> None:
        message = error_text(exc)
        if message is None:
            report_failure(self.shell.prompter, exc)
        else:
            self.error.show_error(message)

    # --- find and register ---------------------------------------------------------------------
    def search(self) -> None:
        self.error.clear_error()
        text = self.search_edit.text()
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: cards.find_for_arrival(ctx, text), self._found, self._failed,
                             label=self.tr("Searching"))  # fmt: skip

    def _found(self, rows: list[CardRow]) -> None:
        self.found = rows
        fill_table(self.results, [[r.name, r.kana, short_date(r.birth_date), r.case.application_id or "",
                                   tr_text(r.state.label), route_text(r)] for r in rows],
                   [r.case_id for r in rows])  # fmt: skip
        applied = [r for r in rows if r.state is CaseState.APPLIED]
        by_id = is_application_id(self.search_edit.text())
        if not rows:
            self.status.setText(self.tr("No card case found. Check what was typed, or open a case below for "
                                        "a card applied for elsewhere."))  # fmt: skip
            return
        if by_id and len(applied) == 1 and self.auto_register.isChecked():
            self.register(applied[0].case_id)
            return
        if by_id and not applied:
            self.status.setText(self.tr("This card is already registered: {state}.").format(
                state=tr_text(rows[0].state.label)))
        else:
            self.status.setText(self.tr("{n} found. Press Enter on a row to register its arrival.").format(
                n=len(rows)))
        self.results.setFocus()
        self.results.selectRow(0)

    def register_row(self, row: int) -> None:
        case_id = row_id(self.results, row) if row >= 0 else None
        if case_id is not None:
            self.register(case_id)

    def register(self, case_id: str) -> None:
        self.error.clear_error()
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: cards.register_arrival(ctx, case_id), self._registered, self._failed,
                             label=self.tr("Registering"))  # fmt: skip

    def _registered(self, row: CardRow) -> None:
        self.status.setText(self.tr("Arrived: {name} ({route}).").format(name=row.name, route=route_text(row)))
        self.search_edit.clear()
        self.results.setRowCount(0)
        self.search_edit.setFocus()
        self.refresh()
        refresh_today(self.shell)

    # --- applied for elsewhere -----------------------------------------------------------------
    def search_residents(self) -> None:
        self.error.clear_error()
        try:
            terms = search_terms(self.person_edit.text())
        except Exception as exc:  # noqa: BLE001 - shown inline
            self._failed(exc)
            return
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: people_store.search_people(ctx, **terms) if terms else [],
                             self._residents_found, self._failed)  # fmt: skip

    def _residents_found(self, people: list[Person]) -> None:
        self.residents = people
        fill_table(self.person_table, [[p.name, p.kana, short_date(p.birth_date), p.address] for p in people],
                   [p.id or "" for p in people])  # fmt: skip
        if people:
            self.person_table.selectRow(0)
            self.person_table.setFocus()

    def open_elsewhere(self) -> None:
        person_id = row_id(self.person_table, self.person_table.currentRow())
        if not person_id:
            self.error.show_error(self.tr("Find and choose the resident first."))
            return
        app_id = self.app_id_edit.text()
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: cards.register_elsewhere(ctx, person_id, application_id=app_id),
                             self._opened, self._failed)  # fmt: skip

    def _opened(self, row: CardRow) -> None:
        self.app_id_edit.clear()
        self.person_table.setRowCount(0)
        self._registered(row)

    # --- set-up --------------------------------------------------------------------------------
    def configure_selected(self) -> None:
        ids = selected_ids(self.pending)
        if not ids:
            self.error.show_error(self.tr("Select the cards whose set-up is done."))
            return
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: cards.mark_configured_many(ctx, ids), self._configured, self._failed,
                             label=self.tr("Saving"))  # fmt: skip

    def _configured(self, rows: list[CardRow]) -> None:
        self.error.clear_error()
        self.status.setText(self.tr("Set-up recorded for {n} card(s).").format(n=len(rows)))
        self.refresh()
        refresh_today(self.shell)
