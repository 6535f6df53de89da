"""The assistance job's paper rendered to PNG (pdftoppm) and read back with pdftotext: the 受付番号 ticket,
the guidance slip for each way of receiving the card (A5 and 80 mm), and the ledger."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.core.cases import DeliveryMethod
from desktop.jobs.assist import documents
from desktop.jobs.assist.documents import SlipData, TicketData
from desktop.jobs.assist.domain.records import LedgerRow, Status
from desktop.printing import Letterhead
from tests.jobs.assist.conftest import APP_ID, jst
from tests.kit.pdf import ink, pdf_page_sizes_mm, pdf_text, pdf_to_png

LH = Letterhead("みどり市", "市民課", "0123-45-6789", "〒123-4567 みどり市中央1-1-1")
WHEN = jst(2026, 11, 24, 10, 5)
SHOTS = Path("/tmp/shots")


def slip(**changes: object) -> SlipData:
    values: dict[str, object] = dict(
        name="𠮷田 太郎", applied_on=date(2026, 11, 24), queue_number=12, application_id=APP_ID,
        channel_text="Online application", cert_wanted=True, braille=False, face_auth=False, mailed_later=False,
        delivery=DeliveryMethod.COUNTER, weeks_min=4, weeks_max=6, bring=(), office_phone="0123-45-6789",
    )  # fmt: skip
    values.update(changes)
    return SlipData(**values)  # type: ignore[arg-type]


def flat(text: str) -> str:
    return "".join(text.split())


def keep(png: Path, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / name).write_bytes(png.read_bytes())


def test_queue_ticket_is_80mm_with_the_number_and_no_name(tmp_path: Path, poppler: None) -> None:
    doc = documents.queue_ticket(TicketData(12, jst(2026, 11, 24, 9, 58), "みどり電機 本社"), LH, when=WHEN)
    (w, _h), = pdf_page_sizes_mm(doc.pdf)
    assert w == pytest.approx(80, abs=0.5)
    text = flat(pdf_text(doc.pdf))
    assert "12" in text and "みどり電機本社" in text and "市民課" in text
    (png,) = pdf_to_png(doc.pdf, tmp_path)
    keep(png, "assist-ticket.png")
    assert ink(png) > 2000


@pytest.mark.parametrize(
    ("name", "changes", "expected", "absent"),
    [
        ("counter", {}, ["交付通知書", "4", "6", "12345 67890 12345 67890 123", "No. 12"], ["特例型"]),
        ("tokurei", {"mailed_later": True, "delivery": DeliveryMethod.TOKUREI}, ["本人限定受取郵便・特例型"], []),
        ("kan_i", {"mailed_later": True, "delivery": DeliveryMethod.KAN_I_KAKITOME}, ["簡易書留"], ["特例型"]),
        ("paper", {"channel_text": "Paper application to be posted", "application_id": None,
                   "paper_application": True}, ["Paper"], []),  # fmt: skip
    ],
)
def test_guidance_slip_says_what_happens_next(
    tmp_path: Path, poppler: None, name: str, changes: dict, expected: list[str], absent: list[str]
) -> None:
    for paper in ("a5", "receipt"):
        doc = documents.guidance_slip(slip(**changes), LH, when=WHEN, paper=paper)
        assert doc.page_count == 1
        text = flat(pdf_text(doc.pdf))
        for needle in ["市民課", "0123-45-6789", "令和8年", *expected]:
            assert flat(needle) in text, (name, paper, needle)
        for needle in absent:
            assert needle not in text
        (png,) = pdf_to_png(doc.pdf, tmp_path / f"{name}-{paper}")
        keep(png, f"assist-slip-{name}-{paper}.png")
        assert ink(png) > 5000
    (w, h), = pdf_page_sizes_mm(documents.guidance_slip(slip(**changes), LH, when=WHEN).pdf)
    assert (w, h) == (pytest.approx(148, abs=1), pytest.approx(210, abs=1))


def test_slip_lists_the_offices_own_things_to_bring(poppler: None) -> None:
    doc = documents.guidance_slip(slip(bring=("交付通知書（はがき）", "運転免許証など顔写真付きの本人確認書類")), LH, when=WHEN)
    text = flat(pdf_text(doc.pdf))
    assert "交付通知書（はがき）" in text and "運転免許証など顔写真付きの本人確認書類" in text


def test_ledger_is_a4_landscape(tmp_path: Path, poppler: None) -> None:
    rows = [LedgerRow(f"r{i}", date(2026, 11, 24), "" if i % 2 else "公民館", i, "山田 太郎", date(1980, 5, 1),
                      "090-1234-5678", "1", f"市民課{i}", APP_ID if i % 3 else None, "Online", True,
                      False, False, i % 4 == 0, "counter", 5 + i % 3, "窓口 一郎", Status.DONE)
            for i in range(1, 30)]  # fmt: skip
    doc = documents.ledger(rows, LH, start=date(2026, 11, 24), end=date(2026, 11, 24), when=WHEN)
    (w, h), *_ = pdf_page_sizes_mm(doc.pdf)
    assert w > h
    text = flat(pdf_text(doc.pdf))
    assert "1980-05-01" in text and "市民課29" in text and "29" in text
    pngs = pdf_to_png(doc.pdf, tmp_path)
    keep(pngs[0], "assist-ledger.png")
    assert doc.page_count == len(pngs) >= 1
