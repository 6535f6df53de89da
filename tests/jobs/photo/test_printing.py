"""The photo sheet: the PDF rendered to PNG and the printed photo measured (4.5 × 3.5 cm within 0.5 mm)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from desktop.core.clock import JST
from desktop.jobs.photo.documents import photo_sheet
from desktop.jobs.photo.domain.analysis import analyze
from desktop.jobs.photo.domain.rules import PhotoRules
from desktop.printing import Letterhead
from tests.jobs.photo.conftest import QT_MEDIA_NOISE
from tests.kit.pdf import pdf_font_list, pdf_page_sizes_mm, pdf_text, pdf_to_png

pytestmark = pytest.mark.qt_log_ignore(QT_MEDIA_NOISE)

DPI = 300
MM = DPI / 25.4


def photo_boxes(png: Path) -> list[tuple[float, float]]:
    """(width, height) in mm of each photo-sized solid block of ink on the page.

    The cut marks are thin lines 1 mm outside the photo: separate components, never part of a block."""
    with Image.open(png) as img:
        ink = (np.asarray(img.convert("L")) < 245).astype(np.uint8)
    count, _labels, stats, _centroids = cv2.connectedComponentsWithStats(ink, connectivity=8)
    boxes = []
    for i in range(1, count):
        _x, _y, w, h, area = (int(v) for v in stats[i])
        if w > 20 * MM and h > 20 * MM and area > 0.9 * w * h:  # a solid picture, not a table's outline
            boxes.append((w / MM, h / MM))
    return boxes


def test_photo_sheet_prints_the_photo_at_exactly_45_by_35_mm(face_frame, tmp_path: Path, poppler) -> None:  # type: ignore[no-untyped-def]
    result = analyze(face_frame, PhotoRules())
    assert result.jpeg is not None
    doc = photo_sheet(
        result.jpeg, taken_on=date(2026, 11, 24), letterhead=Letterhead("みどり市", "市民課", "0123-45-6789"),
        when=datetime(2026, 11, 24, 10, 0, tzinfo=JST), name="佐藤 太郎",
    )  # fmt: skip
    assert doc.page_count == 1
    assert pdf_page_sizes_mm(doc.pdf)[0] == pytest.approx((210, 297), abs=0.5)
    assert all(f.embedded for f in pdf_font_list(doc.pdf))
    text = pdf_text(doc.pdf)
    assert "令和8年11月24日" in text and "佐藤 太郎" in text and "100 %" in text
    assert "佐藤" not in doc.suggested_name and "佐藤" not in doc.title
    (png,) = pdf_to_png(doc.pdf, tmp_path, dpi=DPI)
    boxes = photo_boxes(png)
    assert len(boxes) == 2
    for width, height in boxes:
        assert width == pytest.approx(35.0, abs=0.5)
        assert height == pytest.approx(45.0, abs=0.5)
