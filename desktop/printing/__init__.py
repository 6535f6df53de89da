"""Printing base: documents built with reportlab on shared layouts; preview and printing in `printing.qt`.

    from desktop.printing import A4_PORTRAIT, Letterhead, build

    def draw(w):                       # w: desktop.printing.blocks.Writer
        w.header("交付通知書")          # office, title, date in 和暦
        w.kv_rows([("受付番号", "12")])
        w.table([Column("品目"), Column("数", align="right")], rows)
        w.signature_box()

    doc = build(A4_PORTRAIT, draw, title=..., file_stem="notice", when=ctx.clock.now(), letterhead=lh)
    doc.pdf, doc.page_count, doc.missing_chars, doc.suggested_name

This package (except `printing.qt`) never imports Qt. Fonts: `printing.fonts` (BIZ UDGothic, HanaMinA
fallback, 〓 for the rest). A 12-digit 個人番号 in any text is refused (`printing.guard`).
"""

from desktop.printing.blocks import Column, DigitGroups, Writer
from desktop.printing.document import Document, LabelCell, Letterhead, build, build_labels
from desktop.printing.errors import PrinterUnavailable
from desktop.printing.guard import IndividualNumberRefused, check_text
from desktop.printing.layouts import (
    A4_PORTRAIT,
    A5_PORTRAIT,
    LABELS_12_A4,
    RECEIPT_80MM,
    LabelSheet,
    PageLayout,
    mm,
)
from desktop.printing.samples import sample_a4, sample_receipt

__all__ = [
    "A4_PORTRAIT",
    "A5_PORTRAIT",
    "DigitGroups",
    "LABELS_12_A4",
    "RECEIPT_80MM",
    "Column",
    "Document",
    "IndividualNumberRefused",
    "LabelCell",
    "LabelSheet",
    "Letterhead",
    "PageLayout",
    "PrinterUnavailable",
    "Writer",
    "build",
    "build_labels",
    "check_text",
    "mm",
    "sample_a4",
    "sample_receipt",
]
