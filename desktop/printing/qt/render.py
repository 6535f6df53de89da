"""PDF pages to images through QtPdf, painted on white (QPdfDocument.render returns a transparent image)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP

INCH_PER_METRE = 39.37007874


@contextmanager
def open_pdf(pdf: bytes) -> Iterator[QPdfDocument]:
    """A loaded QPdfDocument over bytes held in memory (no temporary file: it may hold personal data)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    try:
        doc.load(buffer)
        if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() < 1:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "The document could not be read for printing."))
        yield doc
    finally:
        doc.close()
        buffer.close()


def page_points(doc: QPdfDocument, index: int) -> QSizeF:
    """The size of a page in points (1/72 inch), as in the PDF."""
    return doc.pagePointSize(index)


def render_page(doc: QPdfDocument, index: int, dpi: float) -> QImage:
    """One page at `dpi`, painted on white, with the resolution recorded in the image."""
    points = doc.pagePointSize(index)
    size = QSize(max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72)))
    raw = doc.render(index, size)
    page = QImage(size, QImage.Format.Format_RGB32)
    page.fill(QColor("white"))
    painter = QPainter(page)
    painter.drawImage(0, 0, raw)
    painter.end()
    dots_per_metre = round(dpi * INCH_PER_METRE)
    page.setDotsPerMeterX(dots_per_metre)
    page.setDotsPerMeterY(dots_per_metre)
    return page


def render_pdf_pages(pdf: bytes, dpi: float = 96) -> list[QImage]:
    """Every page of a PDF as an opaque image at `dpi`."""
    with open_pdf(pdf) as doc:
        return [render_page(doc, i, dpi) for i in range(doc.pageCount())]
