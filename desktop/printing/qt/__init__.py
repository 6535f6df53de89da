"""Preview and printing of `desktop.printing` documents through Qt (QtPdf → QPainter → QPrinter).

The only part of `desktop.printing` that imports Qt (PySide6 QtPdf, QtPrintSupport, QtWidgets).
"""

from desktop.printing.errors import PrinterUnavailable
from desktop.printing.qt.job import PrintJob, PrintOutcome
from desktop.printing.qt.preview import PrintPreviewDialog
from desktop.printing.qt.printer import (
    available_printers,
    default_printer_name,
    make_printer,
    page_size_of,
    print_document,
)
from desktop.printing.qt.render import open_pdf, render_page, render_pdf_pages

__all__ = [
    "PrintJob",
    "PrintOutcome",
    "PrintPreviewDialog",
    "PrinterUnavailable",
    "available_printers",
    "default_printer_name",
    "make_printer",
    "open_pdf",
    "page_size_of",
    "print_document",
    "render_page",
    "render_pdf_pages",
]
