"""申請用写真シート: the accepted photo printed at exactly 4.5 × 3.5 cm with cut marks (Qt-free).

For paper applications. The sheet is A4 on the shared layout (office header, date in 和暦), with
two copies of the photo side by side, each exactly 35 mm wide and 45 mm high at 100 % scale, and
corner cut marks 1 mm outside each photo (so cutting along them leaves no white edge or a trimmed
face). It must be printed at 100 % ("actual size"), which the foundation's print path does.
"""

from __future__ import annotations

import io
from datetime import date, datetime

from reportlab.lib.utils import ImageReader

from desktop.core.office import OfficeProfile
from desktop.core.wareki import wareki
from desktop.i18n import translate
from desktop.jobs.photo.domain.rules import PRINT_HEIGHT_MM, PRINT_WIDTH_MM
from desktop.printing import A4_PORTRAIT, Document, Letterhead, Writer, build, mm

PHOTO_W = PRINT_WIDTH_MM * mm
PHOTO_H = PRINT_HEIGHT_MM * mm
COPIES = 2
GAP = 20 * mm  # between the copies
MARK_GAP = 1 * mm  # cut marks start this far outside the photo
MARK_LEN = 5 * mm


def letterhead_for(profile: OfficeProfile | None) -> Letterhead:
    if profile is None:
        return Letterhead("", "")
    address = " ".join(p for p in (f"〒{profile.postal_code}" if profile.postal_code else "",
                                   profile.address) if p)  # fmt: skip
    return Letterhead(profile.municipality, profile.department, profile.phone, address)


def cut_marks(w: Writer, x: float, top: float, width: float, height: float) -> None:
    """Corner marks around a box (top-left corner at x, top), MARK_GAP outside it."""
    right, bottom = x + width, top + height
    for cx, sx in ((x, -1), (right, 1)):
        for cy, sy in ((top, -1), (bottom, 1)):
            # horizontal mark on the line of the edge, beyond the corner; vertical likewise
            w.line(cx + sx * MARK_GAP, cy, cx + sx * (MARK_GAP + MARK_LEN), cy, width=0.3)
            w.line(cx, cy + sy * MARK_GAP, cx, cy + sy * (MARK_GAP + MARK_LEN), width=0.3)


def photo_sheet(
    jpeg: bytes, *, taken_on: date, letterhead: Letterhead, when: datetime | None = None, name: str = ""
) -> Document:
    """The sheet: header, the date taken, the name (if given), two copies with cut marks, notes."""
    title = translate("Photo", "Application photo (4.5 cm × 3.5 cm)")
    image = ImageReader(io.BytesIO(jpeg))

    def draw(w: Writer) -> None:
        w.header(title)
        rows = [(translate("Photo", "Date taken"), wareki(taken_on))]
        if name:
            rows.insert(0, (translate("Photo", "Name"), name))
        rows.append((translate("Photo", "Size"), translate("Photo", "Height 4.5 cm × width 3.5 cm")))
        w.kv_rows(rows)
        w.space(6 * mm)
        w.ensure(PHOTO_H + 2 * (MARK_GAP + MARK_LEN) + 4 * mm)
        w.y += MARK_GAP + MARK_LEN
        total = COPIES * PHOTO_W + (COPIES - 1) * GAP
        x = (w.left + w.right - total) / 2
        for _ in range(COPIES):
            w.canvas.drawImage(image, x, w.page_height - (w.y + PHOTO_H), width=PHOTO_W, height=PHOTO_H)
            cut_marks(w, x, w.y, PHOTO_W, PHOTO_H)
            x += PHOTO_W + GAP
        w.y += PHOTO_H + MARK_GAP + MARK_LEN + 6 * mm
        w.heading(translate("Photo", "Notes"))
        for line in (
            translate("Photo", "Print at 100 % (actual size); do not fit to the page."),
            translate("Photo", "Cut along the corner marks. Write the name on the back of the photo."),
            translate("Photo", "The photo may be used for six months from the date taken."),
        ):
            w.paragraph("・" + line)

    return build(A4_PORTRAIT, draw, title=title, file_stem="photo-sheet", when=when, letterhead=letterhead)
