"""𠮷 (U+20BB7) checked on the rendered image, not with pdftotext (reportlab maps it wrongly: SETUP.md).

A name is drawn big at a known place; 「𠮷田」 is compared with the control 「吉田」: the first glyph must
differ, the second must not; and the first glyph is read: 𠮷 has 土 on top (upper stroke shorter than
the lower) where 吉 has 士 (upper stroke longer).
A character in no font must look exactly like 〓.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageChops

from desktop.printing import A5_PORTRAIT, Document, Writer, build, mm
from desktop.printing.fonts import FALLBACK

YOSHI = "\U00020bb7"
NOWHERE = "\U00020001"
DPI = 150
X_MM, BASELINE_MM, SIZE_PT = 20.0, 40.0, 40.0


def draw_name(name: str) -> Document:
    def draw(w: Writer) -> None:
        w.draw_text(X_MM * mm, BASELINE_MM * mm, name, size=SIZE_PT)

    return build(A5_PORTRAIT, draw, title="glyph", file_stem="glyph")


def draw_in_fallback(text: str) -> Document:
    """`text` forced into the fallback face (bypassing the per-character choice) as a control."""

    def draw(w: Writer) -> None:
        w.canvas.setFont(FALLBACK, SIZE_PT)
        w.canvas.drawString(X_MM * mm, w.page_height - BASELINE_MM * mm, text)

    return build(A5_PORTRAIT, draw, title="glyph", file_stem="glyph")


def px(v_mm: float) -> int:
    return round(v_mm / 25.4 * DPI)


def glyph_box(index: int) -> tuple[int, int, int, int]:
    """The em box of the index-th full-width character (left, top, right, bottom) in pixels."""
    em_mm = SIZE_PT / 72 * 25.4
    left = X_MM + index * em_mm
    top = BASELINE_MM - 0.88 * em_mm
    return (px(left), px(top), px(left + em_mm), px(top + em_mm))


def render(doc: Document, tmp_path: Path, name: str) -> Image.Image:
    from tests.kit.pdf import pdf_to_png

    (png,) = pdf_to_png(doc.pdf, tmp_path / name, dpi=DPI)
    with Image.open(png) as img:
        return img.convert("L")


def horizontal_strokes(glyph: Image.Image) -> list[int]:
    """Lengths (dark pixels) of the horizontal strokes in the upper half of a glyph, top to bottom."""
    width, height = glyph.size
    strokes: list[int] = []
    in_stroke = False
    for y in range(height // 2 + 2):
        row = sum(glyph.crop((0, y, width, y + 1)).histogram()[:128])
        if row > 0.3 * width:
            if in_stroke:
                strokes[-1] = max(strokes[-1], row)
            else:
                strokes.append(row)
            in_stroke = True
        else:
            in_stroke = False
    return strokes


def dark(img: Image.Image) -> int:
    return sum(img.histogram()[:128])


def differing(a: Image.Image, b: Image.Image) -> int:
    return sum(ImageChops.difference(a, b).histogram()[64:])


def test_yoshi_is_drawn_from_the_fallback_font(tmp_path: Path, poppler: None) -> None:
    rare = draw_name(YOSHI + "田")
    assert rare.missing_chars == ()
    control = render(draw_name("吉田"), tmp_path, "control")
    image = render(rare, tmp_path, "rare")

    first, second = glyph_box(0), glyph_box(1)
    assert dark(image.crop(first)) > 150  # a glyph is there, not an empty box
    assert differing(image.crop(first), control.crop(first)) > 100
    assert differing(image.crop(second), control.crop(second)) < 20  # 田 unchanged, same place

    # Read the glyph: in 𠮷 (土 over 口) the upper horizontal stroke is SHORTER than the one below it;
    # in 吉 (士 over 口) it is longer — in the control's face and in the fallback face alike.
    upper, lower = horizontal_strokes(image.crop(first))[:2]
    assert upper < 0.92 * lower
    for face in (control, render(draw_in_fallback("吉"), tmp_path, "same-face")):
        upper, lower = horizontal_strokes(face.crop(first))[:2]
        assert upper > 1.08 * lower

    # And it is not the 〓 of a missing character.
    geta = render(draw_name("〓田"), tmp_path, "geta")
    assert differing(image.crop(first), geta.crop(first)) > 100


def test_a_character_in_no_font_looks_exactly_like_geta(tmp_path: Path, poppler: None) -> None:
    doc = draw_name(NOWHERE + "田")
    assert doc.missing_chars == (NOWHERE,)
    image = render(doc, tmp_path, "missing")
    geta = render(draw_name("〓田"), tmp_path, "geta")
    assert differing(image, geta) == 0
    assert dark(image.crop(glyph_box(0))) > 150
