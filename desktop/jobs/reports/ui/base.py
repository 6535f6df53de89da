"""What the report tabs share: a table showing a report `Grid`, and the buttons to preview/print it and
save it as XLSX or CSV (UTF-8 with BOM or CP932).

Loading runs on the database thread, building files on the io pool, every dialog through the prompt
seam (the print preview is the printing base's non-blocking window). Prints and exports are audited
(`print` / `export`, entity "report"; the detail names the report, never a person).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.jobs.reports.tables import Grid, Value
from desktop.printing import Document
from desktop.store.context import Context

CLOSED_BRUSH = QColor("#e6e6e6")
TOTAL_BRUSH = QColor("#f2f2f2")


@dataclass
class Loaded:
    """A report ready to show: its grid, how to build its PDF, a file stem and the audit detail."""

    grid: Grid
    document: Callable[[], Document]
    stem: str
    detail: str



def step_buttons(owner: QWidget, step: Callable[[int], None], previous: tuple[str, str],
                 following: tuple[str, str]) -> tuple[QPushButton, QPushButton]:  # fmt: skip
    """◀ ▶ buttons and PageUp / PageDown on `owner` that step its period (a month, a day) back and forth.
    `previous` / `following` are each button's translated (accessible name, tooltip)."""
    buttons: list[QPushButton] = []
    for arrow, (name, tip), key, delta in (("◀", previous, "PgUp", -1), ("▶", following, "PgDown", 1)):
        button = QPushButton(arrow, owner)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setFixedWidth(button.fontMetrics().horizontalAdvance("◀") + 24)
        button.clicked.connect(lambda _checked=False, d=delta: step(d))
        QShortcut(QKeySequence(key), owner).activated.connect(lambda d=delta: step(d))
        buttons.append(button)
    return buttons[0], buttons[1]

class GridView(QTableWidget):
    """A report grid on screen: label columns as row headers (so they stay visible), figures right-aligned."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def set_grid(self, grid: Grid) -> None:
        self.clear()
        n = grid.label_columns
        width = max(len(grid.header[0]), *(len(r.cells) for r in grid.rows)) if grid.rows else len(grid.header[0])
        self.setColumnCount(width - n)
        self.setRowCount(len(grid.rows))
        shown = grid.header[: grid.screen_header_rows or len(grid.header)]
        heads = ["\n".join(h[c] for h in shown if c < len(h) and h[c]) for c in range(n, width)]
        mode = QHeaderView.ResizeMode.Stretch if grid.stretch else QHeaderView.ResizeMode.ResizeToContents
        self.horizontalHeader().setSectionResizeMode(mode)
        self.setHorizontalHeaderLabels(heads)
        labels = []
        bold = QFont(self.font())
        bold.setBold(True)
        for r, row in enumerate(grid.rows):
            labels.append("  ".join(str(v) for v in row.cells[:n] if v not in (None, "")))
            for c, value in enumerate(row.cells[n:]):
                item = QTableWidgetItem(_text(value, row.decimals))
                numeric = isinstance(value, (int, float))
                align = Qt.AlignmentFlag.AlignRight if numeric or row.style != "dates" else Qt.AlignmentFlag.AlignLeft
                item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
                if c + n in row.shaded:
                    item.setBackground(QBrush(CLOSED_BRUSH))
                if row.style == "total" or c + n == width - 1:
                    item.setFont(bold)
                    item.setBackground(QBrush(TOTAL_BRUSH))
                self.setItem(r, c, item)
        self.setVerticalHeaderLabels(labels)

    def cell_text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return "" if item is None else item.text()


def _text(value: Value, decimals: int) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.{decimals}f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


class ReportTab(QWidget):
    """A tab with its own controls (added by the subclass to `self.controls`), the grid and the actions."""

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.loaded: Loaded | None = None
        self.preview: Any = None
        self.last_folder: Path | None = None
        self.controls = QHBoxLayout()
        self.title_label = QLabel(self)
        font = QFont(self.title_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.about_label = QLabel(self)
        self.about_label.setWordWrap(True)
        self.view = GridView(self)
        self.preview_button = QPushButton(self.tr("&Print preview…"), self)
        self.preview_button.setToolTip(self.tr("Preview, print or save as PDF (Ctrl+P)"))
        self.xlsx_button = QPushButton(self.tr("Save as &Excel…"), self)
        self.csv_button = QPushButton(self.tr("Save as &CSV…"), self)
        self.encoding = QComboBox(self)
        self.encoding.setObjectName("csvEncoding")
        self.encoding.addItem(self.tr("UTF-8 with BOM"), "utf-8-sig")
        self.encoding.addItem(self.tr("Shift_JIS (CP932)"), "cp932")
        self.encoding.setAccessibleName(self.tr("CSV encoding"))
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        actions = QHBoxLayout()
        for w in (self.preview_button, self.xlsx_button, self.csv_button):
            actions.addWidget(w)
        encoding_label = QLabel(self.tr("CSV encodin&g:"), self)
        encoding_label.setBuddy(self.encoding)
        actions.addWidget(encoding_label)
        actions.addWidget(self.encoding)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.controls)
        layout.addWidget(self.title_label)
        layout.addWidget(self.about_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        self.preview_button.clicked.connect(self.open_preview)
        self.xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        self.csv_button.clicked.connect(lambda: self.save("csv"))
        QShortcut(QKeySequence.StandardKey.Print, self).activated.connect(self.open_preview)
        self._set_ready(False)

    # --- loading --------------------------------------------------------------------------------
    def params(self) -> Any:
        """What the controls chose (read on the GUI thread)."""
        raise NotImplementedError

    def build(self, ctx: Context, params: Any) -> Loaded:
        """Build the report from `params` (runs on the database thread: touch no widget here)."""
        raise NotImplementedError

    def refresh(self) -> None:
        ctx, params = self.shell.ctx, self.params()
        self._set_ready(False)
        self.status.setText(self.tr("Counting…"))
        self.shell.tasks.run(lambda: self.build(ctx, params), self.show_loaded, self._failed,
                             label=self.tr("Counting…"))  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        from desktop.tasks.prompt import report_failure

        self.status.setText("")
        report_failure(self.shell.prompter, exc)

    def show_loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        grid = loaded.grid
        self.title_label.setText(grid.title)
        self.about_label.setText("　".join(grid.meta[:2]) + ("\n" + "\n".join(grid.notes) if grid.notes else ""))
        self.view.set_grid(grid)
        self.status.setText("")
        self._set_ready(True)

    def _set_ready(self, ready: bool) -> None:
        for w in (self.preview_button, self.xlsx_button, self.csv_button):
            w.setEnabled(ready)

    # --- print and save -------------------------------------------------------------------------
    def open_preview(self) -> None:
        loaded = self.loaded
        if loaded is None:
            return
        self.shell.tasks.run(loaded.document, self._show_preview, label=self.tr("Preparing the sheet…"),
                             kind="io")  # fmt: skip

    def _show_preview(self, document: Document) -> None:
        from desktop.printing.qt import PrintPreviewDialog

        dialog = PrintPreviewDialog(document, self.shell.prompter, tasks=self.shell.tasks, parent=self)
        dialog.printed.connect(lambda: self._audit("print", "pdf"))
        dialog.saved.connect(lambda _path: self._audit("export", "pdf"))
        self.preview = dialog
        dialog.open()

    def _audit(self, action: str, fmt: str) -> None:
        from desktop.store import audit

        loaded, ctx = self.loaded, self.shell.ctx
        if loaded is None:
            return
        detail = f"{loaded.detail} {fmt}"
        self.shell.tasks.run(lambda: audit.record(ctx, action, "report", None, detail), progress=False)

    def _folder(self) -> Path:
        if self.last_folder is not None:
            return self.last_folder
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs) if docs else Path.home()

    def save(self, fmt: str) -> None:
        from desktop.jobs.reports import exports

        loaded = self.loaded
        if loaded is None:
            return
        encoding = str(self.encoding.currentData())
        file_filter = "Excel (*.xlsx)" if fmt == "xlsx" else "CSV (*.csv)"
        chosen = self.shell.prompter.save_file(
            self.tr("Save the report"), self._folder() / f"{loaded.stem}.{fmt}", file_filter
        )
        if chosen is None:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        when = self.shell.ctx.clock.now()

        def work() -> Path:
            if fmt == "xlsx":
                data = exports.to_xlsx(loaded.grid, when)
            else:
                data = exports.to_csv(loaded.grid, encoding)
            exports.write_file(path, data)
            return path

        self.shell.tasks.run(work, lambda p: self._saved(p, fmt, encoding), label=self.tr("Saving…"), kind="io")

    def _saved(self, path: Path, fmt: str, encoding: str) -> None:
        self.last_folder = path.parent
        self.status.setText(self.tr("Saved {file}.").format(file=str(path)))
        self._audit("export", fmt if fmt != "csv" else f"csv {encoding}")
