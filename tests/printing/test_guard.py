"""A 12-digit 個人番号 is never printed: any document text that looks like one is refused."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.core.errors import DomainError
from desktop.printing import A4_PORTRAIT, Column, Letterhead, Writer, build, sample_a4, sample_receipt
from desktop.printing.guard import looks_like_individual_number

REFUSED = [
    "123456789012",
    "番号: 123456789012 です",
    "１２３４５６７８９０１２",  # full-width
    "1234 5678 9012",
    "１２３４　５６７８　９０１２",  # full-width with ideographic spaces
    "1234-5678-9012",
    "1 2 3 4 5 6 7 8 9 0 1 2",
    "1234567890123",  # 13 digits hold 12 consecutive ones
]
ALLOWED = ["0123-45-6789", "090-1234-5678", "〒123-4567", "令和8年11月24日 10:30", "受付番号 12",
           "20261124-0001", "2026 11 24", "12345678901"]


@pytest.mark.parametrize("text", REFUSED)
def test_looks_like_an_individual_number(text: str) -> None:
    assert looks_like_individual_number(text)


@pytest.mark.parametrize("text", ALLOWED)
def test_ordinary_numbers_pass(text: str) -> None:
    assert not looks_like_individual_number(text)


@pytest.mark.parametrize("text", REFUSED[:4])
def test_build_refuses_a_receipt_line(letterhead: Letterhead, when: datetime, text: str) -> None:
    with pytest.raises(DomainError) as info:
        sample_receipt(letterhead, [("番号", text)], when)
    assert "123" not in str(info.value) and "１２" not in str(info.value)


def test_build_refuses_it_in_a_table_cell_a_title_or_a_file_name(letterhead: Letterhead, when: datetime) -> None:
    with pytest.raises(DomainError):
        sample_a4(letterhead, "一覧", [["a", "b"], ["x", "1234 5678 9012"]], when=when)
    with pytest.raises(DomainError):
        sample_a4(letterhead, "123456789012", [["a"]], when=when)

    def draw(w: Writer) -> None:
        w.table([Column("x")], [["ok"]])

    with pytest.raises(DomainError):
        build(A4_PORTRAIT, draw, title="一覧", file_stem="no-123456789012", when=when)


def test_a_validated_structured_number_prints_as_groups(letterhead: Letterhead, when: datetime) -> None:
    """DigitGroups (a tracking number a job validated) prints in a table; one run per group, so the
    guard still sees no 12-digit run, and plain text with the same digits is still refused."""
    import subprocess

    from desktop.printing import DigitGroups

    def draw(cells: list[str | DigitGroups]) -> object:
        def body(w: Writer) -> None:
            w.table([Column("No.", 1), Column("Tracking", 3)], [cells])

        return build(A4_PORTRAIT, body, title="t", file_stem="t", when=when, letterhead=letterhead)

    doc = draw(["1", DigitGroups(("1234", "5678", "9012"))])
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=doc.pdf,  # type: ignore[attr-defined]
                          capture_output=True, check=True).stdout.decode()  # fmt: skip
    assert "1234-5678-9012" in text
    with pytest.raises(DomainError):
        draw(["1", "123456789012"])
    with pytest.raises(ValueError):
        DigitGroups(("123456789012",))
