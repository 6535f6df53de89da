"""The handover paper rendered with poppler: 受領書 (A5/A4), the 80 mm 控え, the service slip, reminder
letters and the disposal list — office name, 和暦 dates, the resident's name (𠮷 checked on the image,
since pdftotext maps it wrongly), never a 個人番号."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from desktop.core.clock import FixedClock
from desktop.core.errors import DomainError
from desktop.jobs.handover import documents as D
from desktop.jobs.handover.domain import (
    HandoverDraft,
    ProxyDraft,
    ProxyProof,
    ProxyReason,
    WalkInDraft,
    WalkInService,
)
from desktop.jobs.handover.store import printdata
from desktop.jobs.handover.store.handovers import complete_handover
from desktop.jobs.handover.store.unclaimed import dispose, record_reminders
from desktop.jobs.handover.store.walkins import record_walkin
from desktop.store.context import Context
from tests.jobs.handover.conftest import Resident, jst, make_person
from tests.kit.pdf import ink, pdf_font_list, pdf_page_sizes_mm, pdf_text, pdf_to_png

YOSHI = "\U00020bb7"


def handed(ctx: Context, r: Resident, **kw: object) -> str:
    values: dict[str, object] = dict(documents=("driving_licence",), pins_set=True, terminal="統合端末1",
                                     collected_notice_card=True)  # fmt: skip
    values.update(kw)
    return complete_handover(ctx, HandoverDraft(r.case.id, r.id, None, **values)).id  # type: ignore[arg-type]


def test_receipt_a5_and_slip(counter_ctx: Context, resident: Callable[..., Resident], tmp_path: Path,
                             poppler: None) -> None:  # fmt: skip
    r = resident("髙﨑 德子", "タカサキ トクコ", date(1980, 5, 1))
    hid = handed(counter_ctx, r)
    docs = printdata.handover_documents(counter_ctx, hid)
    assert [detail for _, detail in docs] == ["receipt_a5", "slip"]
    receipt, slip = docs[0][0], docs[1][0]
    assert receipt.page_count == 1 and receipt.missing_chars == ()
    ((w, h),) = pdf_page_sizes_mm(receipt.pdf)
    assert (w, h) == pytest.approx((148, 210), abs=0.5)
    text = pdf_text(receipt.pdf)
    for expected in ["みどり市", "市民課", "令和8年11月24日", "髙﨑 德子", "タカサキ トクコ", "昭和55年（1980年）5月1日",
                     "運転免許証", "通知カード", "統合端末1", "窓口 一郎", "令和18年5月1日", "令和13年5月1日"]:  # fmt: skip
        assert expected in text, expected
    assert all(f.embedded for f in pdf_font_list(receipt.pdf))
    ((sw, sh),) = pdf_page_sizes_mm(slip.pdf)
    assert sw == pytest.approx(80, abs=0.1) and 60 < sh < 200
    slip_text = pdf_text(slip.pdf)
    for expected in ["みどり市", "令和8年11月24日", "髙﨑 德子", "10:00", "通知カード"]:
        assert expected in slip_text, expected
    (png,) = pdf_to_png(receipt.pdf, tmp_path / "receipt")
    assert ink(png) > 5000
    # the name is the resident's, as handed over; no title or file name carries it
    assert "髙" not in receipt.suggested_name and "髙" not in receipt.title


def test_receipt_a4_proxy_and_missing_notice(counter_ctx: Context, resident: Callable[..., Resident],
                                             admin_ctx: Context, poppler: None) -> None:  # fmt: skip
    from desktop.jobs.handover.domain import NoticeAbsence
    from desktop.jobs.handover.store.settings import PrintSettings, save_print_settings

    save_print_settings(admin_ctx, PrintSettings(paper="a4", slip=False))
    r = resident("佐藤 和子", "サトウ カズコ", date(1940, 1, 2))
    proxy = ProxyDraft(ProxyReason.HOSPITAL, ProxyProof.ADMISSION_CERT, ("driving_licence", "passport"), True)
    hid = handed(counter_ctx, r, documents=("passport", "pension_book"), proxy=proxy, face_auth=True, pins_set=False,
                 cert_signature=False, collected_notice_card=False)  # fmt: skip
    ((receipt, detail),) = printdata.handover_documents(counter_ctx, hid)
    assert detail == "receipt_a4"
    assert pdf_page_sizes_mm(receipt.pdf)[0] == pytest.approx((210, 297), abs=0.5)
    text = pdf_text(receipt.pdf)
    for expected in ["入院中", "入院証明書等", "旅券", "年金手帳", "運転免許証"]:
        assert expected in text, expected
    assert receipt.page_count == 1
    r2 = resident("鈴木 茂", "スズキ シゲル", date(1970, 3, 3))
    hid2 = handed(counter_ctx, r2, notice_brought=False, notice_absence=NoticeAbsence.LOST, absence_declared=True,
                  documents=("passport", "pension_book"))  # fmt: skip
    assert printdata.receipt_data(counter_ctx, hid2).notice_absent_text


def test_the_rare_character_is_printed_and_checked_on_the_image(tmp_path: Path, poppler: None) -> None:
    from desktop.printing import Letterhead

    lh = Letterhead("みどり市", "市民課")
    data = D.ReceiptData(name=f"{YOSHI}田 太郎", kana="ヨシダ タロウ", birth_date=date(1980, 5, 1),
                         handed_at=jst(2026, 11, 24, 10, 0), queue_number=3, documents_ja=("運転免許証",))  # fmt: skip
    control = replace(data, name="吉田 太郎")
    when = jst(2026, 11, 24, 10, 0)
    docs = [D.handover_receipt(d, lh, when=when) for d in (data, control)]
    assert docs[0].missing_chars == ()  # HanaMinA has 𠮷: nothing printed as 〓
    assert any("HanaMin" in f.name for f in pdf_font_list(docs[0].pdf))
    pngs = [
        pdf_to_png(d.pdf, tmp_path / name, dpi=150)[0]
        for d, name in zip(docs, ("yoshi", "control"), strict=True)
    ]
    with Image.open(pngs[0]) as a, Image.open(pngs[1]) as b:
        diff = ImageChops.difference(a.convert("L"), b.convert("L")).getbbox()
    assert diff is not None  # the pages differ …
    left, top, right, bottom = diff
    assert bottom - top < 60 and right - left < 60  # … only in one glyph-sized spot: the first character
    assert "田 太郎" in pdf_text(docs[0].pdf)


def test_an_individual_number_is_never_printed() -> None:
    from desktop.printing import Letterhead

    data = D.ReceiptData(name="山田 太郎", kana="", birth_date=None, handed_at=jst(2026, 11, 24), queue_number=None,
                         terminal="1234 5678 9012")  # fmt: skip
    with pytest.raises(DomainError):
        D.handover_receipt(data, Letterhead("みどり市", "市民課"), when=jst(2026, 11, 24))


def test_walkin_slip(counter_ctx: Context, office: object, poppler: None) -> None:
    person = make_person(counter_ctx, "渡邉 大翔", "ワタナベ ヒロト")
    assert person.id
    record = record_walkin(counter_ctx, WalkInDraft(person.id, WalkInService.CERT_RENEWAL, "signature"))
    ((slip, _),) = printdata.walkin_documents(counter_ctx, record.id)
    text = pdf_text(slip.pdf)
    for expected in ["渡邉 大翔", "電子証明書の更新", "署名用", "令和8年11月24日"]:
        assert expected in text, expected


def test_reminder_letters_and_disposal_list(
    ctx: Context, clock: FixedClock, resident: Callable[..., Resident], counter_ctx: Context,
    supervisor_ctx: Context, tmp_path: Path, poppler: None,
) -> None:  # fmt: skip
    a = resident("山田 太郎", "ヤマダ タロウ", reservation="ABC123456", notified_at=jst(2025, 9, 1))
    b = resident("木村 節子", "キムラ セツコ", date(1950, 7, 7), notified_at=jst(2026, 9, 1))
    letters = printdata.reminder_document(counter_ctx, [a.case.id, b.case.id])
    assert letters.page_count == 2 and pdf_page_sizes_mm(letters.pdf)[0] == pytest.approx((210, 297), abs=0.5)
    text = pdf_text(letters.pdf)
    for expected in [
        "〒123-4567",
        "みどり市本町1-2-3",
        "山田 太郎 様",
        "木村 節子 様",
        "令和7年9月1日",
        "ABC123456",
        "令和9年2月24日",  # a: reminder today + 3 months (later than the notice + 12 months)
        "令和9年9月1日",
    ]:  # b: the notice + 12 months
        assert expected in text, expected
    record_reminders(counter_ctx, [a.case.id])
    clock.set(jst(2027, 2, 24, 16, 0))
    batch = dispose(supervisor_ctx, [a.case.id])
    listing = printdata.disposal_document(supervisor_ctx, batch)
    text = pdf_text(listing.pdf)
    for expected in ["山田 太郎", "R7.9.1", "R8.11.24", "R9.2.24", "監督 花子", "令和9年2月24日"]:
        assert expected in text, expected
    (png,) = pdf_to_png(listing.pdf, tmp_path / "list")
    assert ink(png) > 3000
    with pytest.raises(Exception, match="supervisor"):
        printdata.disposal_document(counter_ctx, batch)
