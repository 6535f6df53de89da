"""Walk-in services (窓口での手続): 電子証明書更新, 暗証番号再設定, 暗証番号変更, 券面事項変更 — recorded in
seconds. Pick the resident from today's queue (or find them by kana: they are checked in as a
walk-in), the service and what was done; the card itself counts as the ID (ticked already).
Ctrl+Enter records (the visit is completed, the service counted under its own kind) and prints the
80 mm slip when the office prints slips. No PIN is ever typed here.
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
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import identity
from desktop.core.errors import DomainError
from desktop.core.people import is_kana
from desktop.i18n import tr_error, translate
from desktop.jobs.handover.domain.records import Candidate, WalkInRecord
from desktop.jobs.handover.domain.walkin import DEFAULT_DOCUMENTS, DETAILS, WalkInDraft, WalkInService
from desktop.jobs.handover.ui.documents_picker import IdDocumentPicker
from desktop.jobs.handover.ui.find_panel import make_table
from desktop.printing.qt.output import DocumentOutput, Output
from desktop.ui.widgets import ErrorLabel


def load_context(ctx: Any) -> tuple[list[Candidate], Any, Any]:
    from desktop.jobs.handover.store.finder import service_board
    from desktop.store.identity import load_identity

    catalogue, rules = load_identity(ctx)
    return service_board(ctx), catalogue, rules


def record_and_print(ctx: Any, draft: WalkInDraft) -> tuple[WalkInRecord, list[Output], bool]:
    from desktop.jobs.handover.store.printdata import walkin_documents
    from desktop.jobs.handover.store.settings import load_print_settings
    from desktop.jobs.handover.store.walkins import record_walkin

    record = record_walkin(ctx, draft)
    settings = load_print_settings(ctx)
    outputs = []
    if settings.slip:
        outputs = [
            Output(doc, "walkin_service", (record.id,), detail)
            for doc, detail in walkin_documents(ctx, record.id)
        ]
    return record, outputs, settings.preview


class WalkInPanel(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.output = DocumentOutput(shell, self)
        self.rows: list[Candidate] = []
        self.chosen: Candidate | None = None
        self.queue = make_table(self, [self.tr("No."), self.tr("Name"), self.tr("Service")], "serviceQueue")
        self.queue.setAccessibleName(self.tr("Today's queue for counter services"))
        self.queue.currentCellChanged.connect(lambda row, *_: self.choose(row))
        self.kana = QLineEdit(self)
        self.kana.setObjectName("walkinKana")
        self.kana.setPlaceholderText(self.tr("Furigana of a walk-in resident"))
        self.kana.returnPressed.connect(self.search)
        self.search_error = ErrorLabel(self)
        left = QGroupBox(self.tr("Who"), self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.queue, 1)
        kana_row = QHBoxLayout()
        kana_label = QLabel(self.tr("&Kana:"), self)
        kana_label.setBuddy(self.kana)
        kana_row.addWidget(kana_label)
        kana_row.addWidget(self.kana, 1)
        left_layout.addLayout(kana_row)
        left_layout.addWidget(self.search_error)

        self.who = QLabel(self.tr("Choose a resident on the left."), self)
        self.who.setObjectName("walkinWho")
        self.who.setWordWrap(True)
        self.service = QComboBox(self)
        self.service.setObjectName("walkinService")
        for s in WalkInService:
            self.service.addItem(translate("WalkIn", s.label), s.value)
        self.detail = QComboBox(self)
        self.detail.setObjectName("walkinDetail")
        self.picker = IdDocumentPicker(identity.HANDOVER, self)
        self.picker.list.setAccessibleName(self.tr("Identity documents"))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Remarks (never a PIN or an Individual Number)"))
        self.error = ErrorLabel(self)
        self.status = QLabel(self)
        self.status.setObjectName("walkinStatus")
        self.record_button = QPushButton(self.tr("&Record service"), self)
        self.record_button.setObjectName("recordService")
        self.record_button.setToolTip(self.tr("Record the service (Ctrl+Enter)"))
        form = QFormLayout()
        form.addRow(self.tr("&Service:"), self.service)
        form.addRow(self.tr("&Done:"), self.detail)
        form.addRow(self.tr("Re&marks:"), self.note)
        right = QGroupBox(self.tr("Service"), self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.who)
        right_layout.addLayout(form)
        right_layout.addWidget(QLabel(self.tr("Identity checked:"), self))
        right_layout.addWidget(self.picker, 1)
        right_layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.record_button)
        right_layout.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(left, 1)
        layout.addWidget(right, 1)

        self.service.currentIndexChanged.connect(self._service_changed)
        self.record_button.clicked.connect(self.record)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.record)
        self._service_changed()
        self._update_button()

    def refresh(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: load_context(ctx), self._loaded, progress=False)

    def _loaded(self, data: tuple[list[Candidate], Any, Any]) -> None:
        rows, catalogue, rules = data
        self.picker.set_rules(catalogue, rules)
        if not self.picker.keys():
            self.picker.set_keys(DEFAULT_DOCUMENTS)
        self.show_rows(rows)

    def show_rows(self, rows: list[Candidate]) -> None:
        self.rows = rows
        self.queue.blockSignals(True)
        self.queue.setRowCount(len(rows))
        for r, c in enumerate(rows):
            service = (
                translate("WalkIn", WalkInService(c.visit.service).label) if c.visit else self.tr("Walk-in")
            )
            cells = ["" if c.visit is None else str(c.visit.number), c.name, service]
            for col, text in enumerate(cells):
                self.queue.setItem(r, col, QTableWidgetItem(text))
        self.queue.blockSignals(False)
        self.choose(0 if rows else -1)
        if rows:
            self.queue.setCurrentCell(0, 1)

    def search(self) -> None:
        from desktop.jobs.handover.store.finder import people_by_kana

        text = self.kana.text().strip()
        self.search_error.clear_error()
        if not text or not is_kana(text):
            self.search_error.show_error(self.tr("Type the furigana in kana."))
            return
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: people_by_kana(ctx, text), self._found, progress=False)

    def _found(self, rows: list[Candidate]) -> None:
        if not rows:
            self.search_error.show_error(self.tr("Nobody found. Check the spelling."))
        self.show_rows(rows)
        self.queue.setFocus()

    def choose(self, row: int) -> None:
        self.chosen = self.rows[row] if 0 <= row < len(self.rows) else None
        if self.chosen is None:
            self.who.setText(self.tr("Choose a resident on the left."))
        else:
            visit = self.chosen.visit
            number = self.tr(" (No. {n})").format(n=visit.number) if visit else self.tr(" (walk-in)")
            self.who.setText(self.chosen.name + number)
            if visit is not None:
                self.service.setCurrentIndex(self.service.findData(visit.service))
        self._update_button()

    def _service_changed(self) -> None:
        service = WalkInService(self.service.currentData())
        self.detail.clear()
        for key, label, _ja in DETAILS[service]:
            self.detail.addItem(translate("WalkIn", label), key)

    def _update_button(self) -> None:
        self.record_button.setEnabled(self.chosen is not None)

    def draft(self) -> WalkInDraft:
        assert self.chosen is not None
        visit = self.chosen.visit
        return WalkInDraft(self.chosen.person_id, WalkInService(self.service.currentData()),
                           str(self.detail.currentData()), visit.id if visit else None, self.picker.keys(),
                           self.note.text())  # fmt: skip

    def record(self) -> None:
        if self.chosen is None:
            return
        visit = self.chosen.visit
        if visit is not None and visit.service != self.service.currentData():
            self.error.show_error(
                self.tr("This resident is queued for another service. Choose that service.")
            )
            return
        self.error.clear_error()
        ctx, draft = self.shell.ctx, self.draft()
        self.shell.tasks.run(lambda: record_and_print(ctx, draft), self._recorded, self._failed,
                             label=self.tr("Recording…"))  # fmt: skip

    def _recorded(self, result: tuple[WalkInRecord, list[Output], bool]) -> None:
        record, outputs, preview = result
        service = translate("WalkIn", WalkInService(record.service).label)
        self.status.setText(self.tr("Recorded: {service}.").format(service=service))
        self.note.clear()
        self.kana.clear()
        self.picker.set_keys(DEFAULT_DOCUMENTS)
        self.refresh()
        self.shell.refresh_today()
        if outputs:
            self.output.present(outputs, preview=preview)

    def _failed(self, exc: BaseException) -> None:
        from desktop.tasks.prompt import report_failure

        if isinstance(exc, DomainError):
            self.error.show_error(tr_error(exc))
        else:
            report_failure(self.shell.prompter, exc)
