"""Two sample documents on the shared layouts: for the tests, the demo and as a pattern for real jobs.

A job writes its own builder the same way: a `draw(writer)` function using the blocks, passed to
`build` with the layout, a title without personal data and a file stem.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from desktop.i18n import translate
from desktop.printing.blocks import Column, Writer
from desktop.printing.document import Document, Letterhead, build
from desktop.printing.layouts import A4_PORTRAIT, RECEIPT_80MM, PageLayout


def sample_receipt(letterhead: Letterhead, lines: Sequence[tuple[str, str]], when: datetime) -> Document:
    """An 80 mm counter receipt: office, title, date in 和暦, the label/value lines, a closing note."""
    title = translate("Printing", "Receipt")

    def draw(w: Writer) -> None:
        w.header(title)
        w.kv_rows(lines)
        w.rule(dashed=True)
        w.paragraph(translate("Printing", "Please keep this receipt and show it at the counter."),
                    size=w.size - 1)

    return build(RECEIPT_80MM, draw, title=title, file_stem="receipt", when=when, letterhead=letterhead)


def sample_a4(letterhead: Letterhead, title: str, rows: Sequence[Sequence[str]], *,
              when: datetime | None = None, layout: PageLayout = A4_PORTRAIT) -> Document:
    """An A4 (or A5) sheet: header with the office, the title, a grid table (rows[0] is the column
    headings) and the stamp boxes. `when` (from the clock) dates the sheet and its footer."""
    head = [str(c) for c in rows[0]] if rows else []
    body = [[str(c) for c in r] for r in rows[1:]]
    columns = [Column(h, weight=2.0 if i == 0 else 1.0) for i, h in enumerate(head)]

    def draw(w: Writer) -> None:
        w.header(title)
        w.signature_box()
        if columns:
            w.heading(translate("Printing", "Details"))
            w.table(columns, body)

    return build(layout, draw, title=title, file_stem="sheet", when=when, letterhead=letterhead)
