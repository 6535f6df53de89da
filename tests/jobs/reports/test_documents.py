"""The PDFs: A4 landscape, fonts embedded, the office, the month in 和暦 and 西暦 and the figures in the
text (pdftotext), and pages that render (pdftoppm) with ink where the calendar is."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.core.clock import JST, FixedClock
from desktop.core.office import OfficeProfile
from desktop.jobs.reports import documents, service
from desktop.jobs.reports.domain.periods import FiscalYear, Month
from desktop.jobs.reports.domain.plan import OpeningBalance
from desktop.jobs.reports.store import save_opening_balance
from desktop.store.context import Context
from desktop.store.office import set_population
from tests.jobs.reports.kit import at, record
from tests.kit.pdf import ink, pdf_font_list, pdf_page_sizes_mm, pdf_text, pdf_to_png

pytestmark = pytest.mark.usefixtures("poppler")
WHEN = datetime(2026, 11, 24, 10, 0, tzinfo=JST)


def test_monthly_sheet_pdf(ctx: Context, clock: FixedClock, office: OfficeProfile, tmp_path: Path) -> None:
    record(ctx, clock, "handover", date(2026, 11, 2), n=17)
    record(ctx, clock, "handover", date(2026, 11, 24), n=5)
    at(clock, date(2026, 11, 24), 10)
    sheet = service.monthly_sheet(ctx, Month(2026, 11), "handover")
    doc = documents.monthly_sheet_pdf(sheet, service.letterhead(ctx), WHEN)
    assert doc.page_count == 1
    assert doc.missing_chars == ()
    assert pdf_page_sizes_mm(doc.pdf)[0] == pytest.approx((297, 210), abs=0.5)
    assert all(f.embedded for f in pdf_font_list(doc.pdf))
    text = pdf_text(doc.pdf)
    for needle in ("令和8年（2026年）11月", "みどり市", "市民課", "Cards handed over", "Month total",
                   "文化の日", "勤労感謝の日", "Week total", "Received"):
        assert needle in text, needle
    assert "17" in text and "22" in text  # the 2nd and the month's total
    assert doc.suggested_name.startswith("count-handover-2026-11")
    (png,) = pdf_to_png(doc.pdf, tmp_path)
    assert ink(png) > 10_000
    assert ink(png, (0, 0, 50, 50)) == 0  # the margins stay blank


def test_era_change_months(ctx: Context, office: OfficeProfile) -> None:
    head = service.letterhead(ctx)
    april = documents.monthly_sheet_pdf(service.monthly_sheet(ctx, Month(2019, 4), "assist"), head, WHEN)
    may = documents.monthly_sheet_pdf(service.monthly_sheet(ctx, Month(2019, 5), "assist"), head, WHEN)
    assert "平成31年（2019年）4月" in pdf_text(april.pdf)
    may_text = pdf_text(may.pdf)
    assert "令和元年（2019年）5月" in may_text
    assert "憲法記念日" in may_text and "休日" in may_text  # the 2019 Golden Week holidays


def test_all_kinds_pdf(ctx: Context, clock: FixedClock, office: OfficeProfile, tmp_path: Path) -> None:
    record(ctx, clock, "cert_renewal", date(2026, 11, 12), n=4)
    at(clock, date(2026, 11, 24), 10)
    doc = documents.all_kinds_pdf(service.all_kinds_sheet(ctx, Month(2026, 11)), service.letterhead(ctx),
                                  WHEN)
    assert pdf_page_sizes_mm(doc.pdf)[0] == pytest.approx((297, 210), abs=0.5)
    text = pdf_text(doc.pdf)
    assert "Certificate renewals" in text and "No-shows" in text and "Check-ins" in text
    assert "令和8年（2026年）11月" in text
    assert doc.page_count == 1
    assert pdf_to_png(doc.pdf, tmp_path)


def test_plan_pdf(ctx: Context, clock: FixedClock, office: OfficeProfile, tmp_path: Path) -> None:
    save_opening_balance(ctx, OpeningBalance(date(2026, 4, 1), 41_250))
    set_population(ctx, 2026, 63_723)
    record(ctx, clock, "handover", date(2026, 6, 3), n=8)
    at(clock, date(2026, 11, 24), 10)
    table = service.plan_table(ctx, FiscalYear(2026))
    doc = documents.plan_pdf(table, service.letterhead(ctx), WHEN, date(2026, 11, 24))
    assert pdf_page_sizes_mm(doc.pdf)[0] == pytest.approx((297, 210), abs=0.5)
    text = pdf_text(doc.pdf)
    for needle in ("令和8年度（2026年度）", "41,258", "64.75", "Not set", "63,723", "Year total",
                   "Cumulative count from 41,250 cards issued before 令和8年4月1日"):
        assert needle in text, needle
    assert doc.page_count == 1
    (png,) = pdf_to_png(doc.pdf, tmp_path)
    assert ink(png) > 10_000
