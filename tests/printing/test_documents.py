"""Documents on the shared layouts, rendered with poppler and checked: size, fonts, text, pages."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core.errors import DomainError
from desktop.printing import (
    A4_PORTRAIT,
    A5_PORTRAIT,
    LABELS_12_A4,
    Column,
    LabelCell,
    LabelSheet,
    Letterhead,
    Writer,
    build,
    build_labels,
    mm,
    sample_a4,
    sample_receipt,
)
from tests.kit.pdf import ink, pdf_font_list, pdf_page_sizes_mm, pdf_text, pdf_to_png, png_size

LINES = [("受付番号", "12"), ("氏名", "髙﨑 德子"), ("ご用件", "マイナンバーカード交付"), ("予約", "10:30 第2窓口")]
NOWHERE = "\U00020001"


def test_receipt_is_80mm_wide_and_as_long_as_its_content(letterhead: Letterhead, when: datetime,
                                                          tmp_path: Path, poppler: None) -> None:
    short = sample_receipt(letterhead, LINES[:1], when)
    long = sample_receipt(letterhead, LINES * 4, when)
    assert short.page_count == long.page_count == 1
    (w, h_short), = pdf_page_sizes_mm(short.pdf)
    (_, h_long), = pdf_page_sizes_mm(long.pdf)
    assert w == pytest.approx(80, abs=0.01)
    assert 40 < h_short < h_long < 200
    pngs = pdf_to_png(long.pdf, tmp_path)
    assert len(pngs) == 1
    assert png_size(pngs[0])[0] == pytest.approx(80 / 25.4 * 100, abs=1)
    assert ink(pngs[0]) > 2000
    assert long.suggested_name == "receipt-20261124-1000.pdf"
    assert long.missing_chars == ()


def test_receipt_text_fonts_and_wareki(letterhead: Letterhead, when: datetime, poppler: None) -> None:
    doc = sample_receipt(letterhead, LINES, when)
    text = pdf_text(doc.pdf)
    for expected in ["みどり市", "市民課", "令和8年11月24日", "髙﨑 德子", "マイナンバーカード交付", "10:00"]:
        assert expected in text
    fonts = pdf_font_list(doc.pdf)
    assert fonts and all(f.embedded for f in fonts), fonts
    assert {f.name.split("+")[-1] for f in fonts} >= {"BIZUDGothic-Regular", "BIZUDGothic-Bold"}


def test_a4_sheet_pages_header_and_footer(letterhead: Letterhead, when: datetime, tmp_path: Path,
                                          poppler: None) -> None:
    rows = [["日付", "件数", "備考"]] + [[f"11月{d}日", str(d), "臨時窓口" * (d % 4)] for d in range(1, 61)]
    doc = sample_a4(letterhead, "交付状況一覧", rows, when=when)
    assert doc.page_count >= 2
    sizes = pdf_page_sizes_mm(doc.pdf)
    assert len(sizes) == doc.page_count
    assert all(s == pytest.approx((210, 297), abs=0.1) for s in sizes)
    text = pdf_text(doc.pdf)
    assert "交付状況一覧" in text and "市民課" in text and "令和8年11月24日" in text
    assert f"{doc.page_count} / {doc.page_count}" in text and "11月60日" in text
    pages = text.split("\f")
    assert pages[1].count("備考") == 1  # the table header is repeated on the next page
    assert all(f.embedded for f in pdf_font_list(doc.pdf))
    assert len(pdf_to_png(doc.pdf, tmp_path)) == doc.page_count


def test_a5_layout(letterhead: Letterhead, when: datetime, poppler: None) -> None:
    doc = sample_a4(letterhead, "受付票", [["項目", "内容"], ["窓口", "第1窓口"]], when=when, layout=A5_PORTRAIT)
    assert pdf_page_sizes_mm(doc.pdf) == [pytest.approx((148, 210), abs=0.5)]
    assert "第1窓口" in pdf_text(doc.pdf)


def test_blocks_on_a_form(letterhead: Letterhead, when: datetime, tmp_path: Path, poppler: None) -> None:
    def draw(w: Writer) -> None:
        w.header("交付通知書", reference="第 12 号")
        w.heading("申請者")
        w.kv_rows([("氏名", "山田 花子"), ("住所", "みどり市中央一丁目1番1号 " * 4)])
        w.emphasis("10:30", caption="予約時刻")
        w.paragraph("本通知書をお持ちのうえ、ご本人がお越しください。")
        w.table([Column("持ち物", 3), Column("要否", 1, "center")], [["本通知書", "要"], ["本人確認書類", "要"]])
        w.signature_box(["受付", "確認"])

    doc = build(A4_PORTRAIT, draw, title="交付通知書", file_stem="notice", when=when, letterhead=letterhead)
    text = pdf_text(doc.pdf)
    for expected in ["第 12 号", "申請者", "予約時刻", "10:30", "本人確認書類", "受付", "確認", "1 / 1"]:
        assert expected in text
    assert doc.page_count == 1


def test_a_character_in_no_font_prints_as_geta(letterhead: Letterhead, when: datetime,
                                               caplog: pytest.LogCaptureFixture, poppler: None) -> None:
    with caplog.at_level(logging.WARNING):
        doc = sample_receipt(letterhead, [("氏名", "山" + NOWHERE + " 花子")], when)
    assert doc.missing_chars == (NOWHERE,)
    assert doc.missing_code_points == "U+20001"
    assert "山〓 花子" in pdf_text(doc.pdf)
    assert "U+20001" in caplog.text and "花子" not in caplog.text


def test_building_is_deterministic(letterhead: Letterhead, when: datetime) -> None:
    assert sample_receipt(letterhead, LINES, when).pdf == sample_receipt(letterhead, LINES, when).pdf


def test_label_sheet_fills_row_by_row(when: datetime, tmp_path: Path, poppler: None) -> None:
    names = [f"宛名 {i} 様" for i in range(1, 15)]

    def draw(cell: LabelCell, name: str) -> None:
        cell.line("〒123-4567", size=9)
        cell.line("みどり市中央一丁目1番1号 みどりマンション101号室", size=10)
        cell.gap()
        cell.line(name, size=14, bold=True)

    doc = build_labels(LABELS_12_A4, names, draw, title="宛名ラベル", file_stem="labels", when=when)
    assert doc.page_count == 2
    assert pdf_page_sizes_mm(doc.pdf) == [pytest.approx((210, 297), abs=0.1)] * 2
    text = pdf_text(doc.pdf)
    assert "宛名 12 様" in text.split("\f")[0] and "宛名 13 様" in text.split("\f")[1]
    first, second = pdf_to_png(doc.pdf, tmp_path)
    dpmm = 100 / 25.4
    _, x, y = LABELS_12_A4.cell(0)
    label1 = (round(x / mm * dpmm), round(y / mm * dpmm), round((x / mm + 86.4) * dpmm), round((y / mm + 42.3) * dpmm))
    _, x, y = LABELS_12_A4.cell(3)
    label4 = (round(x / mm * dpmm), round(y / mm * dpmm), round((x / mm + 86.4) * dpmm), round((y / mm + 42.3) * dpmm))
    assert ink(first, label1) > 200 and ink(second, label1) > 200
    assert ink(second, label4) == 0  # only two labels on the second sheet


def test_label_start_offset_and_overflow(when: datetime) -> None:
    sheet = LabelSheet(columns=3, rows=8, label_width=70 * mm, label_height=37 * mm, margin_top=0, margin_left=0)
    doc = build_labels(sheet, ["a"] * 20, lambda c, t: c.line(t), title="t", file_stem="l", start=5)
    assert doc.page_count == 2

    def too_long(cell: LabelCell, text: str) -> None:
        for _ in range(12):
            cell.line(text)

    with pytest.raises(DomainError):
        build_labels(LABELS_12_A4, ["行"], too_long, title="t", file_stem="l")
    with pytest.raises(DomainError):
        build_labels(LabelSheet(columns=3), ["a"], lambda c, t: c.line(t), title="t", file_stem="l")
