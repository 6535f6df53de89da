"""Small helpers shared by the mailing screens: read-only tables of records, dates in 和暦, a scan field,
and the print flow (preview → print or save → audit, and for invitations the move to 来庁案内済)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.core.wareki import wareki_short
from desktop.i18n import tr_error
from desktop.jobs.mailing.printouts import Printout, record_output
from desktop.tasks.prompt import report_failure

ID_ROLE = Qt.ItemDataRole.UserRole


def short_date(d: date | None) -> str:
    """R8.11.24 (empty for None)."""
    return wareki_short(d) if d else ""


def make_table(parent: QWidget, headers: Sequence[str], *, name: str, multi: bool = False,
               stretch: int | None = None) -> QTableWidget:
    """A read-only table of records: whole rows selected, Tab leaves it, Enter activates a row."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )  # fmt: skip
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]], ids: Sequence[str],
               right: Sequence[int] = ()) -> None:
    """Replace the rows; each row remembers its record id (column 0, UserRole)."""
    table.setRowCount(len(rows))
    for r, (cells, record_id) in enumerate(zip(rows, ids, strict=True)):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, record_id)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


def row_id(table: QTableWidget, row: int) -> str | None:
    item = table.item(row, 0)
    return None if item is None else str(item.data(ID_ROLE))


def selected_ids(table: QTableWidget) -> list[str]:
    rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
    return [i for i in (row_id(table, r) for r in rows) if i is not None]


def select_id(table: QTableWidget, record_id: str | None) -> bool:
    for r in range(table.rowCount()):
        if row_id(table, r) == record_id:
            table.selectRow(r)
            return True
    return False


def scan_field(parent: QWidget, placeholder: str, name: str) -> QLineEdit:
    """A line edit a barcode/QR scanner in keyboard mode types into (it ends with Enter)."""
    edit = QLineEdit(parent)
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(name)
    edit.setClearButtonEnabled(True)
    return edit


def date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setAccessibleName(name)
    return edit


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def refresh_today(shell: Any) -> None:
    """Reload the today view after a change its panels count (a shell without one is fine)."""
    refresh = getattr(shell, "refresh_today", None)
    if callable(refresh):
        refresh()


def error_text(exc: BaseException) -> str | None:
    """The plain message of a rule that said no (None for anything else, which gets the crash dialog)."""
    from desktop.core.errors import DomainError

    return tr_error(exc) if isinstance(exc, DomainError) else None


class PrintFlow:
    """Preview a printout; when it is printed or saved as PDF, audit it (and move returned cases to
    来庁案内済 for invitations) on the database thread, then call `after(count)`."""

    def __init__(self, shell: Any, parent: QWidget) -> None:
        self.shell = shell
        self.parent = parent
        self.dialog: Any = None  # the open preview (tests drive it)

    def show(self, printout: Printout, after: Callable[[int], None] | None = None) -> None:
        from desktop.printing.qt import PrintPreviewDialog

        dialog = PrintPreviewDialog(printout.document, self.shell.prompter, tasks=self.shell.tasks,
                                    parent=self.parent)  # fmt: skip
        dialog.printed.connect(lambda: self._output(printout, "print", after))
        dialog.saved.connect(lambda _path: self._output(printout, "export", after))
        dialog.finished.connect(lambda _r: self._closed(dialog))
        self.dialog = dialog
        dialog.open()  # window-modal, no nested event loop

    def _closed(self, dialog: Any) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _output(self, printout: Printout, action: str, after: Callable[[int], None] | None) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(
            lambda: record_output(ctx, printout, action),
            after,
            lambda exc: report_failure(self.shell.prompter, exc),
        )
