"""印刷プレビュー: the pages of a Document as they will print, with the printer, zoom, print and save.

Keyboard: Ctrl+P prints, Ctrl+S saves a PDF, Ctrl++ / Ctrl+- / Ctrl+0 zoom, PageUp/PageDown and the
arrows scroll, Esc closes. Characters no font has are announced at the top before anything is printed.
`printed` / `saved(path)` are emitted so the caller can audit the print or export.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.printing.document import Document
from desktop.printing.qt import printer as printers
from desktop.printing.qt.job import PrintJob, PrintOutcome
from desktop.printing.qt.render import open_pdf, render_page
from desktop.tasks import TaskRunner
from desktop.tasks.prompt import Prompter

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
SCREEN_DPI = 96.0  # 100 % shows the page at its physical size on a common 96-dpi screen


class PrintPreviewDialog(QDialog):
    printed = Signal()
    saved = Signal(object)  # Path

    def __init__(self, document: Document, prompter: Prompter, *, tasks: TaskRunner | None = None,
                 printer_name: str | None = None, copies: int = 1, parent: QWidget | None = None,
                 printer_factory: Callable[[], QPrinter] | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.prompter = prompter
        self.tasks = tasks
        self.copies = copies
        self._printer_factory = printer_factory
        self.zoom_index = ZOOMS.index(1.0)
        self.page_labels: list[QLabel] = []
        self.outcome: PrintOutcome | None = None
        self.setWindowTitle(self.tr("Print preview"))
        self.resize(760, 700)

        layout = QVBoxLayout(self)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { background: #fff3cd; color: #5c3b00; padding: 6px; }")
        if document.missing_chars:
            self.warning.setText(self.tr(
                "Some characters are in none of the fonts and will print as 〓 ({codes}). "
                "Correct the text, or write them by hand on the paper.").format(
                    codes=document.missing_code_points))
        self.warning.setVisible(bool(document.missing_chars))
        layout.addWidget(self.warning)

        top = QHBoxLayout()
        printer_label = QLabel(self.tr("&Printer:"), self)
        self.printer_box = QComboBox(self)
        printer_label.setBuddy(self.printer_box)
        names = printers.available_printers()
        self.printer_box.addItems(names)
        if names:
            wanted = printer_name or printers.default_printer_name()
            if wanted in names:
                self.printer_box.setCurrentText(wanted)
        else:
            self.printer_box.addItem(self.tr("(no printer set up)"))
            self.printer_box.setEnabled(False)
        top.addWidget(printer_label)
        top.addWidget(self.printer_box, 1)
        self.zoom_out_button = QPushButton("−", self)
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_label = QLabel(self)
        self.zoom_in_button = QPushButton("+", self)
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        for w in (self.zoom_out_button, self.zoom_label, self.zoom_in_button):
            top.addWidget(w)
        layout.addLayout(top)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area.setStyleSheet("QScrollArea { background: #808080; }")
        self.pages = QWidget(self.scroll_area)
        self.pages.setStyleSheet("background: #808080;")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setSpacing(12)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll_area.setWidget(self.pages)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.scroll_area, 1)

        bottom = QHBoxLayout()
        self.info = QLabel(self.tr("%n page(s)", "", document.page_count), self)
        bottom.addWidget(self.info, 1)
        self.print_button = QPushButton(self.tr("&Print"), self)
        self.print_button.setToolTip(self.tr("Print (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setToolTip(self.tr("Save as PDF (Ctrl+S)"))
        self.close_button = QPushButton(self.tr("&Close"), self)
        for b in (self.print_button, self.save_button, self.close_button):
            b.setAutoDefault(False)
            bottom.addWidget(b)
        self.print_button.setDefault(True)
        layout.addLayout(bottom)

        self.print_button.clicked.connect(self.print_now)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        self.zoom_in_button.clicked.connect(lambda: self.set_zoom(self.zoom_index + 1))
        self.zoom_out_button.clicked.connect(lambda: self.set_zoom(self.zoom_index - 1))
        for keys, slot in (
            (QKeySequence.StandardKey.Print, self.print_now),
            (QKeySequence.StandardKey.Save, self.save_pdf),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.set_zoom(self.zoom_index + 1)),
            (QKeySequence("Ctrl+="), lambda: self.set_zoom(self.zoom_index + 1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.set_zoom(self.zoom_index - 1)),
            (QKeySequence("Ctrl+0"), lambda: self.set_zoom(ZOOMS.index(1.0))),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        self.setTabOrder(self.printer_box, self.scroll_area)
        self.setTabOrder(self.scroll_area, self.print_button)
        self.setTabOrder(self.print_button, self.save_button)
        self.setTabOrder(self.save_button, self.close_button)
        self.set_zoom(self.zoom_index)
        self.print_button.setFocus()

    # --- pages ----------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return ZOOMS[self.zoom_index]

    def set_zoom(self, index: int) -> None:
        self.zoom_index = max(0, min(len(ZOOMS) - 1, index))
        self.zoom_label.setText(f"{round(self.zoom * 100)} %")
        self.zoom_out_button.setEnabled(self.zoom_index > 0)
        self.zoom_in_button.setEnabled(self.zoom_index < len(ZOOMS) - 1)
        self._render()

    def _render(self) -> None:
        ratio = self.devicePixelRatioF()
        with open_pdf(self.document.pdf) as pdf:
            images = [render_page(pdf, i, SCREEN_DPI * self.zoom * ratio) for i in range(pdf.pageCount())]
        while len(self.page_labels) < len(images):
            label = QLabel(self.pages)
            label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            label.setAccessibleName(self.tr("Page {n}").format(n=len(self.page_labels) + 1))
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)
        for label, image in zip(self.page_labels, images, strict=False):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.deviceIndependentSize().toSize())

    # --- actions --------------------------------------------------------------------------------
    def selected_printer(self) -> str | None:
        return self.printer_box.currentText() if self.printer_box.isEnabled() else None

    def _job(self) -> PrintJob:
        job = PrintJob(self.document, self.prompter, printer_name=self.selected_printer(),
                       printer_factory=self._printer_factory, tasks=self.tasks, copies=self.copies)
        job.on_done = lambda outcome: self._done(job, outcome)
        return job

    def print_now(self) -> None:
        self.print_button.setEnabled(False)
        self._job().start()

    def save_pdf(self) -> Path | None:
        return self._job().save_pdf()

    def _done(self, job: PrintJob, outcome: PrintOutcome) -> None:
        self.outcome = outcome
        self.print_button.setEnabled(True)
        if outcome is PrintOutcome.PRINTED:
            self.printed.emit()
            self.accept()
        elif outcome is PrintOutcome.SAVED:
            self.info.setText(self.tr("Saved as PDF."))
            self.saved.emit(job.saved_to)

