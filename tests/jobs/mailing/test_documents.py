"""The mailing job's printouts: a batch of 30 cards gives a mailing list, label sheets (positions and
text checked with pdftotext and on the rendered PNG) and 30 cover letters; reprints are identical;
booking guides and invitations; every printout audited per resident."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from desktop.core.cases import CaseState, DeliveryMethod
from desktop.core.errors import DomainError
from desktop.jobs.mailing.domain import MailBatch, format_tracking
from desktop.jobs.mailing.printouts import DocKind, batch_printout, booking_guides, invitations, record_output
from desktop.jobs.mailing.settings import LabelLayout
from desktop.jobs.mailing.store import batches, cards, results
from desktop.printing import mm
from desktop.printing.guard import looks_like_individual_number
from desktop.store.context import Context
from desktop.store.office import mark_office_kind, save_profile
from tests.jobs.mailing.kit import (
    add_resident,
    applied_case,
    configured_postal,
    pdf_words,
    state_of,
    tracking,
)
from tests.kit.pdf import ink, pdf_font_list, pdf_page_sizes_mm, pdf_text, pdf_to_png
from tests.kit.qt import sample_profile

N = 30


@pytest.fixture
def office(ctx: Context) -> Context:
    profile = sample_profile()
    profile.phone = "0123-45-6789"
    profile.postal_code = "123-4567"
    profile.address = "みどり市本町1-1"
    save_profile(ctx, profile)
    mark_office_kind(ctx, "real")
    return ctx


@pytest.fixture
def batch30(office: Context) -> MailBatch:
    ids = [configured_postal(office, i, DeliveryMethod.KAN_I_KAKITOME if i % 10 == 9 else DeliveryMethod.TOKUREI)
           for i in range(N)]  # fmt: skip
    batch = batches.create_batch(office, ids)
    for i, item in enumerate(batch.items):
        batches.set_tracking(office, item.id, tracking(i, 11 + i % 3))
    return batches.get_batch(office, batch.id)


def test_mailing_list(office: Context, batch30: MailBatch, poppler: None, tmp_path: Path) -> None:
    doc = batch_printout(office, batch30.id, DocKind.MAILING_LIST).document
    assert doc.missing_chars == ()
    assert all(f.embedded for f in pdf_font_list(doc.pdf))
    assert pdf_page_sizes_mm(doc.pdf) == [pytest.approx((210, 297), abs=0.5)] * doc.page_count
    text = pdf_text(doc.pdf)
    assert "Batch No. 1" in text and "Planned date" in text and "令和8年11月24日" in text
    for item in batch30.items:
        assert format_tracking(item.tracking_number) in text  # printed in full, group by group
        assert item.name in text and item.address in text and f"〒{item.postal_code}" in text
    assert "30 item(s)" in text
    assert "27 item(s), 21,600 yen" in text and "3 item(s), 1,380 yen" in text  # 800 × 27, 460 × 3
    assert "22,980 yen" in text
    rows = [line for line in text.splitlines() if "みどり市本町" in line and "yen" in line]
    assert len(rows) == N
    assert rows[0].split()[0] == "1" and rows[-1].split()[0] == "30"  # batch order
    pages = pdf_to_png(doc.pdf, tmp_path)
    assert len(pages) == doc.page_count >= 2
    assert ink(pages[0]) > 5000


def test_address_labels_positions_and_text(office: Context, batch30: MailBatch, poppler: None,
                                           tmp_path: Path) -> None:
    doc = batch_printout(office, batch30.id, DocKind.LABELS).document
    assert doc.page_count == 3  # 12 + 12 + 6 on the 12-up sheet
    assert doc.missing_chars == ()
    sheet = LabelLayout().sheet()
    pages = pdf_words(doc.pdf, tmp_path)
    for index, item in enumerate(batch30.items):
        page, x, y = sheet.cell(index)
        postal = [w for w in pages[page] if w[0] == f"〒{item.postal_code}"]
        assert len(postal) == 1, item.postal_code
        _, x0, y0, x1, y1 = postal[0]
        assert x <= x0 and x1 <= x + sheet.label_width, index  # inside its own label, row by row
        assert y <= y0 and y1 <= y + sheet.label_height, index
        family = item.name.split()[0]
        name_words = [w for w in pages[page] if w[0] == family and x <= w[1] < x + sheet.label_width
                      and y <= w[2] < y + sheet.label_height]  # fmt: skip
        assert len(name_words) == 1, item.name
        assert name_words[0][2] > y1  # the name under the postal code
    text = pdf_text(doc.pdf).split("\f")
    first_row = next(line for line in text[0].splitlines() if "〒" in line)
    assert first_row.index("〒123-4500") < first_row.index("〒123-4501")  # left then right on one line
    assert "Restricted-recipient post (special type)" in text[0] and "Simple registered post" in text[0]
    assert "1-30" in text[2]
    # on the rendered sheets: every used label has ink, the unused half of the third sheet none
    pngs = pdf_to_png(doc.pdf, tmp_path / "png")
    dpmm = 100 / 25.4

    def box(index: int) -> tuple[int, int, int, int]:
        _, x, y = sheet.cell(index)
        return (round(x / mm * dpmm) + 2, round(y / mm * dpmm) + 2,
                round((x + sheet.label_width) / mm * dpmm) - 2, round((y + sheet.label_height) / mm * dpmm) - 2)

    for index in range(N):
        assert ink(pngs[index // 12], box(index % 12)) > 300, index
    for slot in range(6, 12):
        assert ink(pngs[2], box(slot)) == 0, slot


def test_labels_follow_the_layout_setting_and_start_position(office: Context, batch30: MailBatch,
                                                             tmp_path: Path, poppler: None) -> None:
    from desktop.jobs.mailing.settings import PRESETS, MailingSettings
    from desktop.jobs.mailing.store.settings import save_settings

    save_settings(office, MailingSettings(labels=PRESETS["a4_24"]))
    doc = batch_printout(office, batch30.id, DocKind.LABELS, start=20).document
    assert doc.page_count == 3  # 4 on the first sheet (slots 20–23), 24, then 2
    sheet = PRESETS["a4_24"].sheet()
    words = pdf_words(doc.pdf, tmp_path)
    first = batch30.items[0]
    _, x, y = sheet.cell(20)
    (postal,) = [w for w in words[0] if w[0] == f"〒{first.postal_code}"]
    assert x <= postal[1] < x + sheet.label_width and y <= postal[2] < y + sheet.label_height


def test_cover_letters(office: Context, batch30: MailBatch, poppler: None, tmp_path: Path) -> None:
    doc = batch_printout(office, batch30.id, DocKind.COVER_LETTERS).document
    assert doc.page_count == N
    pages = pdf_text(doc.pdf).split("\f")
    for item, page in zip(batch30.items, pages, strict=False):
        assert re.search(rf"{item.name}\s+様", page) and item.address in page
        assert f"Ref. 1-{item.position}" in page
        assert re.search(r"みどり市\s+市民課", page) and "0123-45-6789" in page
    flat = [" ".join(page.split()) for page in pages]
    assert "simple registered post" in flat[9] and "restricted-recipient post" in flat[0]
    assert ink(pdf_to_png(doc.pdf, tmp_path)[0]) > 3000


def test_reprinting_a_batch_gives_the_same_documents(office: Context, batch30: MailBatch, clock) -> None:
    from datetime import timedelta

    first = {k: batch_printout(office, batch30.id, k).document.pdf for k in DocKind if k in (
        DocKind.MAILING_LIST, DocKind.LABELS, DocKind.COVER_LETTERS)}  # fmt: skip
    clock.advance(timedelta(hours=3))
    again = {k: batch_printout(office, batch30.id, k).document.pdf for k in first}
    assert again == first
    batches.send_batch(office, batch30.id, date(2026, 11, 24))
    sent = batch_printout(office, batch30.id, DocKind.MAILING_LIST).document.pdf
    assert "Date sent" in pdf_text(sent)
    clock.advance(timedelta(days=2))
    assert batch_printout(office, batch30.id, DocKind.MAILING_LIST).document.pdf == sent


def test_printouts_are_audited_per_resident(office: Context, batch30: MailBatch) -> None:
    printout = batch_printout(office, batch30.id, DocKind.LABELS)
    record_output(office, printout, "print")

    def count(action: str) -> int:
        return int(office.db.conn.execute(
            "SELECT count(DISTINCT entity_id) FROM audit_log WHERE entity = 'card_case' AND action = ? "
            "AND detail = 'document=labels'", (action,)).fetchone()[0])  # fmt: skip

    assert count("view") == N and count("print") == N
    detail = office.db.conn.execute("SELECT group_concat(detail) FROM audit_log").fetchone()[0]
    assert "佐藤" not in detail


def test_booking_guide_after_the_notice(office: Context, poppler: None) -> None:
    case = applied_case(office, add_resident(office, 3))
    cards.register_arrival(office, case.id)
    cards.mark_configured(office, case.id)
    with pytest.raises(DomainError, match="notice first"):
        booking_guides(office, [case.id])
    cards.record_notice(office, case.id, "MDR000123", date(2026, 11, 24))
    doc = booking_guides(office, [case.id]).document
    text = pdf_text(doc.pdf)
    assert "MDR000123" in text and re.search(r"田中 花子\s+様", text) and "Hours: weekdays 8:30–17:15" in text


def test_invitation_printed_moves_the_case(office: Context, batch30: MailBatch, poppler: None) -> None:
    from desktop.jobs.mailing.settings import MailingSettings
    from desktop.jobs.mailing.store.settings import save_settings

    sent = batches.send_batch(office, batch30.id, date(2026, 11, 24))
    back = results.record_returned(office, sent.items[4].id, "storage_expired")
    with pytest.raises(DomainError):
        invitations(office, [sent.items[5].id])  # not returned
    save_settings(office, MailingSettings(collect_days=90))
    printout = invitations(office, [back.id])
    text = " ".join(pdf_text(printout.document.pdf).split())
    assert "Storage period expired" in text and back.name in text
    assert "令和9年2月22日" in text  # 90 days after 令和8年11月24日
    assert state_of(office, back.case_id) is CaseState.RETURNED  # previewing is not sending
    assert record_output(office, printout, "export") == 1
    assert state_of(office, back.case_id) is CaseState.INVITED
    reprint = invitations(office, [back.id])
    assert reprint.document.pdf == printout.document.pdf
    assert record_output(office, reprint, "print") == 0


def test_nothing_printed_looks_like_an_individual_number(office: Context, batch30: MailBatch) -> None:
    for kind in (DocKind.MAILING_LIST, DocKind.LABELS, DocKind.COVER_LETTERS):
        text = pdf_text(batch_printout(office, batch30.id, kind).document.pdf)
        assert not looks_like_individual_number(text.replace("-", "/"))
