"""Printing a Document at 100 % scale: QPdfDocument → QPainter → QPrinter.

Each page is sent with the page size of the PDF (80 mm roll, A4, A5 …), full-page (no printer margins
added) and drawn into the whole page rectangle, so a millimetre on paper is a millimetre of the
document: no fit-to-page scaling ever. Pages are rasterised by QtPdf at the printer's resolution,
capped at `max_dpi` (300 dpi is sharp on a laser and above a thermal head's 203 dpi; a higher value
only costs memory: an A4 page at 1200 dpi is 550 MB).

The printer is chosen by name from QPrinterInfo (the system default when no name is given). No printer
at all, an unknown name, or a printer that refuses the job raises `PrinterUnavailable`; the document is
untouched so the caller can retry or save a PDF (`PrintJob`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.printing.document import Document
from desktop.printing.errors import PrinterUnavailable
from desktop.printing.qt.render import open_pdf, render_page

log = logging.getLogger(__name__)

MM_PER_POINT = 25.4 / 72


def available_printers() -> list[str]:
    return [str(name) for name in QPrinterInfo.availablePrinterNames()]


def default_printer_name() -> str | None:
    info = QPrinterInfo.defaultPrinter()
    if not info.isNull():
        return str(info.printerName())
    names = available_printers()
    return names[0] if names else None


def make_printer(printer_name: str | None = None) -> QPrinter:
    """A QPrinter for the named printer (or the default); PrinterUnavailable when there is none."""
    names = available_printers()
    if not names:
        raise PrinterUnavailable(QT_TRANSLATE_NOOP(
            "Errors",
            "No printer is set up on this PC. Save the document as a PDF, or ask the administrator "
            "to install the printer."))
    name = printer_name or default_printer_name()
    if name not in names:
        raise PrinterUnavailable(QT_TRANSLATE_NOOP(
            "Errors", "The printer {printer} was not found. Choose another printer or save the document "
            "as a PDF."), printer=name or "")
    return QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)


def page_size_of(points: QSizeF) -> QPageSize:
    """The exact page size of a PDF page (kept in millimetres, so 80 mm stays 80 mm)."""
    size_mm = QSizeF(points.width() * MM_PER_POINT, points.height() * MM_PER_POINT)
    return QPageSize(size_mm, QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch)


def _set_page(printer: QPrinter, points: QSizeF) -> None:
    portrait = QPageLayout(page_size_of(points), QPageLayout.Orientation.Portrait,
                           QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    if not printer.setPageLayout(portrait):
        raise PrinterUnavailable(QT_TRANSLATE_NOOP(
            "Errors", "The printer does not accept this paper size ({width} × {height} mm). "
            "Check the paper settings of the printer."),
            width=round(points.width() * MM_PER_POINT), height=round(points.height() * MM_PER_POINT))


def print_document(document: Document, printer_name: str | None = None, *,
                   printer: QPrinter | None = None, max_dpi: int = 300, copies: int = 1) -> None:
    """Print every page at 100 % on `printer` (or the named/default printer). Raises PrinterUnavailable."""
    target = printer if printer is not None else make_printer(printer_name)
    target.setFullPage(True)
    target.setDocName(document.title or document.suggested_name)
    target.setCopyCount(max(1, copies))
    with open_pdf(document.pdf) as pdf:
        _set_page(target, pdf.pagePointSize(0))
        painter = QPainter()
        if not painter.begin(target):
            raise PrinterUnavailable(QT_TRANSLATE_NOOP(
                "Errors", "The printer could not start the job. Check that it is switched on and "
                "connected, then try again, or save the document as a PDF."))
        try:
            dpi = min(target.resolution(), max_dpi)
            previous = pdf.pagePointSize(0)
            for index in range(pdf.pageCount()):
                points = pdf.pagePointSize(index)
                if index > 0:
                    if points != previous:  # Windows drivers refuse a layout change while printing
                        _set_page(target, points)
                        previous = points
                    if not target.newPage():
                        raise PrinterUnavailable(QT_TRANSLATE_NOOP(
                            "Errors", "The printer stopped in the middle of the job. Check it and "
                            "print again."))
                res = target.resolution()
                whole_page = QRectF(0, 0, points.width() * res / 72, points.height() * res / 72)
                painter.drawImage(whole_page, render_page(pdf, index, dpi))
        finally:
            painter.end()
    log.info("printed %d page(s) of %s", document.page_count, document.layout)
