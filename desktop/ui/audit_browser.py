"""監査ログ: supervisors browse, filter, check and export the audit trail.

Filters: a period (local dates), the staff member, the action, the kind of record and a record id.
Entries are shown newest first, 500 at a time (「さらに表示」 loads more). 「改ざん検査」 checks every
PC's hash chain against the anchor of the latest backup and names the first broken entry;
「CSV出力」 writes the filtered entries (audited as an export). Opening the page is itself audited.
Keyboard: Enter in a filter searches, F5 searches again, Ctrl+E exports.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
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

from desktop.ops import audit_check
from desktop.store import audit
from desktop.ui.widgets import heading

PAGE = 500


@dataclass(frozen=True)
class AuditPage:
    entries: list[audit.AuditEntry]
    total: int
    offset: int


@dataclass(frozen=True)
class AuditChoices:
    logins: list[str]
    entities: list[str]
    devices: dict[str, str]


def load_choices(ctx: Any) -> AuditChoices:
    """The filters' choices (database thread); opening the browser is audited."""
    audit.record(ctx, "view", "audit_log", None, "browser")
    return AuditChoices(audit.logins(ctx), audit.entities(ctx), audit.device_names(ctx))


def load_page(ctx: Any, f: audit.AuditFilter, offset: int) -> AuditPage:
    return AuditPage(audit.search(ctx, f, limit=PAGE, offset=offset), audit.count(ctx, f), offset)


class AuditBrowser(QWidget):
    COLUMNS = ("when", "staff", "action", "kind", "record", "detail", "pc", "no")

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setObjectName("auditBrowser")
        self.entries: list[audit.AuditEntry] = []
        self.total = 0
        self.devices: dict[str, str] = {}
        today = shell.ctx.clock.today()

        self.first_edit = self._date_edit(today - timedelta(days=30), "auditFrom")
        self.last_edit = self._date_edit(today, "auditTo")
        self.staff_combo = self._combo(self.tr("All staff"), "auditStaff")
        self.action_combo = self._combo(self.tr("All actions"), "auditAction")
        for key in sorted(audit.ACTIONS, key=audit_check.action_label):
            self.action_combo.addItem(audit_check.action_label(key), key)
        self.kind_combo = self._combo(self.tr("All kinds"), "auditKind")
        self.record_edit = QLineEdit(self)
        self.record_edit.setObjectName("auditRecord")
        self.record_edit.setPlaceholderText(self.tr("Record id (optional)"))
        self.record_edit.setClearButtonEnabled(True)
        self.record_edit.returnPressed.connect(self.search)
        self.search_button = QPushButton(self.tr("Sea&rch"), self)
        self.search_button.setObjectName("auditSearch")
        self.search_button.clicked.connect(self.search)

        filters = QGridLayout()
        for col, (text, widget) in enumerate((
            (self.tr("&From"), self.first_edit), (self.tr("&To"), self.last_edit),
            (self.tr("&Staff"), self.staff_combo), (self.tr("&Action"), self.action_combo),
            (self.tr("&Kind"), self.kind_combo),
        )):  # fmt: skip
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label, 0, col)
            filters.addWidget(widget, 1, col)
        filters.addWidget(self.record_edit, 1, 5)
        filters.addWidget(self.search_button, 1, 6)
        filters.setColumnStretch(5, 1)

        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Date and time"), self.tr("Staff"), self.tr("Action"), self.tr("Kind"),
            self.tr("Record"), self.tr("Detail"), self.tr("PC"), self.tr("No."),
        ])  # fmt: skip
        self.table.setAccessibleName(self.tr("Audit trail entries"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)

        self.status = QLabel(self)
        self.status.setObjectName("auditStatus")
        self.chain_label = QLabel(self)
        self.chain_label.setObjectName("auditChain")
        self.chain_label.setWordWrap(True)
        self.more_button = QPushButton(self.tr("Show &more"), self)
        self.more_button.setObjectName("auditMore")
        self.more_button.clicked.connect(self.more)
        self.verify_button = QPushButton(self.tr("Check for tam&pering"), self)
        self.verify_button.setObjectName("auditVerify")
        self.verify_button.setToolTip(self.tr("Check every PC's chain of entries against the latest backup"))
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.export_button.setObjectName("auditExport")
        self.export_button.setToolTip(self.tr("Write the entries shown by the filters to a CSV file (Ctrl+E)"))
        self.export_button.clicked.connect(self.export)
        QShortcut(QKeySequence("Ctrl+E"), self).activated.connect(self.export)

        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.more_button)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Audit trail"), self))
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.chain_label)
        layout.addLayout(bottom)

        ctx = shell.ctx
        shell.tasks.run(lambda: load_choices(ctx), self._choices_loaded, label=self.tr("Loading…"))

    def _date_edit(self, day: date, name: str) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _combo(self, everything: str, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(everything, None)
        return combo

    def _choices_loaded(self, choices: AuditChoices) -> None:
        self.devices = choices.devices
        for login in choices.logins:
            self.staff_combo.addItem(login, login)
        for entity in choices.entities:
            self.kind_combo.addItem(audit_check.entity_label(entity), entity)
        self.search()

    # -- searching ---------------------------------------------------------------------------------------
    def current_filter(self) -> audit.AuditFilter:
        first, last = self.first_edit.date().toPython(), self.last_edit.date().toPython()
        return audit.AuditFilter.for_days(
            first, last,  # type: ignore[arg-type]
            login=self.staff_combo.currentData(), action=self.action_combo.currentData(),
            entity=self.kind_combo.currentData(), entity_id=self.record_edit.text().strip() or None,
        )  # fmt: skip

    def refresh(self) -> None:
        self.search()

    def search(self) -> None:
        self._load(0)

    def more(self) -> None:
        self._load(len(self.entries))

    def _load(self, offset: int) -> None:
        ctx, f = self.shell.ctx, self.current_filter()
        self.shell.tasks.run(lambda: load_page(ctx, f, offset), self._page_loaded, label=self.tr("Searching…"))

    def _page_loaded(self, page: AuditPage) -> None:
        if page.offset == 0:
            self.entries = []
            self.table.setRowCount(0)
        self.entries.extend(page.entries)
        self.total = page.total
        start = self.table.rowCount()
        self.table.setRowCount(start + len(page.entries))
        for row, e in enumerate(page.entries, start):
            values = [
                audit_check.local_time(e.at), e.login, audit_check.action_label(e.action),
                audit_check.entity_label(e.entity), e.entity_id or "", e.detail,
                self.devices.get(e.device_id, e.device_id[:8]), str(e.seq),
            ]  # fmt: skip
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.status.setText(
            self.tr("{shown} of {total} entries shown").format(shown=len(self.entries), total=self.total)
        )
        self.more_button.setEnabled(len(self.entries) < self.total)

    # -- checking and exporting ----------------------------------------------------------------------------
    def verify(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: audit_check.verify(ctx), self._verified, label=self.tr("Checking…"))

    def _verified(self, problems: list[audit.ChainProblem]) -> None:
        if not problems:
            self.chain_label.setStyleSheet("color: #1b5e20;")
            self.chain_label.setText(self.tr("No tampering found: every PC's chain of entries is intact."))
            return
        self.chain_label.setStyleSheet("color: #b00020;")
        lines = [audit_check.describe_problem(p, self.devices) for p in problems]
        self.chain_label.setText(self.tr("The audit trail was tampered with:") + "\n" + "\n".join(lines))
        self.shell.prompter.error(self.tr("Audit trail broken"), "\n".join(lines))

    def export(self) -> None:
        today = self.shell.ctx.clock.today()
        suggested = Path.home() / f"audit-{today:%Y%m%d}.csv"
        out = self.shell.prompter.save_file(self.tr("Export the audit trail"), suggested, self.tr("CSV (*.csv)"))
        if out is None:
            return
        ctx, f = self.shell.ctx, self.current_filter()
        self.shell.tasks.run(
            lambda: audit_check.collect(ctx, f),
            lambda data: self._write(data, Path(out)),
            label=self.tr("Exporting…"),
        )

    def _write(self, data: audit_check.ExportRows, out: Path) -> None:
        self.shell.tasks.run(
            lambda: audit_check.write_csv(data, out),
            lambda n: self.shell.prompter.info(
                self.tr("Audit trail exported"), self.tr("Wrote {n} entries to {path}.").format(n=n, path=out)
            ),
            kind="io",
            label=self.tr("Writing…"),
        )
