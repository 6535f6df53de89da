"""XLSX and CSV exports read back and compared with an independent recount; BOM and CP932 (髙, 﨑)."""

from __future__ import annotations

import csv
import io
from datetime import date, time
from pathlib import Path

import openpyxl
import pytest

from desktop.core.clock import FixedClock
from desktop.core.office import OfficeProfile
from desktop.jobs.reports import exports, service, tables
from desktop.jobs.reports.domain.periods import FiscalYear, Month
from desktop.jobs.reports.domain.plan import OpeningBalance
from desktop.jobs.reports.store import save_opening_balance
from desktop.store.calendar import add_session
from desktop.store.context import Context
from desktop.store.office import add_venue, save_profile, set_population
from tests.jobs.reports.kit import at, record, recount, total

NOV = Month(2026, 11)
TODAY = date(2026, 11, 24)


@pytest.fixture
def november(ctx: Context, clock: FixedClock, office: OfficeProfile) -> dict[tuple[str, date], int]:
    for d in NOV.days():
        if d <= TODAY and d.weekday() < 5:
            record(ctx, clock, "handover", d, n=(d.day * 7) % 11, hour=9)
            record(ctx, clock, "assist", d, n=d.day % 3, hour=13, value=5)
    venue = add_venue(ctx, "髙﨑公民館")
    add_session(ctx, date(2026, 11, 21), "extra", time(10), time(15), site_id=venue.id)
    record(ctx, clock, "popup_assist", date(2026, 11, 21), n=12, site_id=venue.id)
    at(clock, TODAY, 10)
    return recount(ctx)


def body(ws: openpyxl.worksheet.worksheet.Worksheet) -> list[list[object]]:
    return [list(r) for r in ws.iter_rows(values_only=True)]


def test_monthly_xlsx_cells_match_a_recount(ctx: Context, november: dict[tuple[str, date], int]) -> None:
    sheet = service.monthly_sheet(ctx, NOV, "handover")
    grid = tables.monthly_grid(sheet, "みどり市 市民課", TODAY)
    wb = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(grid)))
    ws = wb.active
    rows = body(ws)
    assert rows[0][0] == grid.title
    assert rows[1][0] == "みどり市 市民課"
    assert rows[2][0] == "令和8年（2026年）11月"
    head = rows.index(["Week", "月", "火", "水", "木", "金", "土", "日", "Week total"])
    assert ws.freeze_panes == f"B{head + 2}"
    seen: dict[date, int] = {}
    week_rows = rows[head + 1 : head + 1 + 2 * len(sheet.weeks)]
    for dates, counts in zip(week_rows[::2], week_rows[1::2], strict=True):
        for label, n in zip(dates[1:8], counts[1:8], strict=True):
            if label is None:
                assert n is None
                continue
            month, day = str(label).split()[0].split("/")
            d = date(2026, int(month), int(day))
            seen[d] = 0 if n is None else int(n)  # type: ignore[call-overload]
        assert counts[8] == sum(int(x) for x in counts[1:8] if x is not None)  # type: ignore[call-overload]
    assert sorted(seen) == NOV.days()
    for d, n in seen.items():
        assert n == november.get(("handover", d), 0), d
    assert rows[head + 1 + 2 * len(sheet.weeks)][0] == "Month total"
    assert rows[head + 1 + 2 * len(sheet.weeks)][8] == total(november, ("handover",), NOV.first, NOV.last)
    # closed days are shaded; figures carry a number format
    sunday = ws.cell(row=head + 3, column=8)
    assert sunday.fill.fgColor.rgb.endswith("EDEDED")
    assert ws.cell(row=head + 3, column=9).number_format == "#,##0"
    assert ws.page_setup.orientation == "landscape"


def test_plan_xlsx_and_csv_match_a_recount(ctx: Context, clock: FixedClock,
                                           november: dict[tuple[str, date], int]) -> None:
    save_opening_balance(ctx, OpeningBalance(date(2026, 4, 1), 40_000))
    set_population(ctx, 2026, 63_723)
    table = service.plan_table(ctx, FiscalYear(2026))
    grid = tables.plan_grid(table, "みどり市 市民課", TODAY)
    ws = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(grid))).active
    rows = body(ws)
    head = next(i for i, r in enumerate(rows) if r[0] == "Item")
    assert rows[head][2] == "2026/4" and rows[head][13] == "2027/3" and rows[head][14] == "Year total"
    assert ws.freeze_panes == f"C{head + 2}"
    by_label = {r[0]: r for r in rows[head + 1 : head + 1 + len(table.rows)]}
    issued = by_label["Cards issued"]
    assert issued[1] == "cards"
    nov_col = 2 + 7
    assert issued[nov_col] == total(november, ("handover", "mail_delivered"), NOV.first, NOV.last)
    assert issued[nov_col + 1] is None  # December is still to come
    assert by_label["Cards issued, cumulative"][nov_col] == 40_000 + total(
        november, ("handover", "mail_delivered"), date(2026, 4, 1), TODAY)
    assert by_label["Issue rate against the population"][nov_col] == pytest.approx(
        round((40_000 + total(november, ("handover",), NOV.first, NOV.last)) * 100 / 63_723, 2))
    assert by_label["Handover terminals"][nov_col] == tables.not_set()
    assert by_label["Application support"][nov_col] == total(november, ("assist", "popup_assist"),
                                                             NOV.first, NOV.last)
    assert by_label["Pop-up applications received"][14] == 12
    rate_cell = ws.cell(row=head + 1 + [r.key for r in table.rows].index("rate") + 1, column=nov_col + 1)
    assert rate_cell.number_format == "0.00"

    data = exports.to_csv(grid, "utf-8-sig")
    assert data.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    csv_rows = {r[0]: r for r in lines if r and r[0] in by_label}
    assert csv_rows["Cards issued"][nov_col] == str(issued[nov_col])
    assert csv_rows["Issue rate against the population"][nov_col] == (
        f"{by_label['Issue rate against the population'][nov_col]:.2f}")
    assert csv_rows["Handover terminals"][nov_col] == tables.not_set()
    assert csv_rows["Cards issued"][nov_col + 1] == ""
    assert b"\r\n" in data


def test_all_kinds_csv_cp932_round_trip(ctx: Context, november: dict[tuple[str, date], int],
                                        office: OfficeProfile) -> None:
    office.municipality = "髙﨑市"
    save_profile(ctx, office)
    sheet = service.all_kinds_sheet(ctx, NOV)
    grid = tables.all_kinds_grid(sheet, service.letterhead(ctx).signature, TODAY)
    data = exports.to_csv(grid, "cp932")
    assert "髙﨑市".encode("cp932") in data
    assert not data.startswith(b"\xef\xbb\xbf")
    text = data.decode("cp932")
    assert "髙﨑市\u3000市民課" in text
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1] == ["髙﨑市\u3000市民課"]
    head = rows.index(next(r for r in rows if r and r[0] == "Count"))
    assert rows[head][1:4] == ["1", "2", "3"]
    assert rows[head + 1][1] == "日"
    closed_row = rows[head + 2]
    assert closed_row[1] == "closed" and closed_row[2] == ""  # Sunday the 1st, Monday the 2nd
    handover = next(r for r in rows if r and r[0] == "Cards handed over")
    for i, d in enumerate(NOV.days(), start=1):
        want = "" if d > TODAY else str(november.get(("handover", d), 0))
        assert handover[i] == want, d
    assert handover[-1] == str(total(november, ("handover",), NOV.first, NOV.last))


def test_cp932_refuses_a_character_it_cannot_hold(ctx: Context, november: dict[tuple[str, date], int],
                                                  office: OfficeProfile) -> None:
    office.municipality = "𠮷野町"
    save_profile(ctx, office)
    sheet = service.monthly_sheet(ctx, NOV, "handover")
    grid = tables.monthly_grid(sheet, service.letterhead(ctx).signature, TODAY)
    with pytest.raises(exports.CannotEncode) as caught:
        exports.to_csv(grid, "cp932")
    assert "U+20BB7" in str(caught.value)
    assert "𠮷野町".encode() in exports.to_csv(grid, "utf-8-sig")


def test_unknown_encoding_is_refused(ctx: Context, office: OfficeProfile) -> None:
    grid = tables.monthly_grid(service.monthly_sheet(ctx, NOV, "handover"), "x", TODAY)
    with pytest.raises(exports.DomainError):
        exports.to_csv(grid, "latin-1")


def test_write_file_is_atomic(tmp_path: Path) -> None:
    out = tmp_path / "sheet.csv"
    exports.write_file(out, b"abc")
    assert out.read_bytes() == b"abc"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.csv"]
    with pytest.raises(exports.CannotWrite):
        exports.write_file(tmp_path / "missing" / "sheet.csv", b"abc")


def test_months_before_the_app_was_used_read_as_a_dash(ctx: Context, office: OfficeProfile) -> None:
    save_opening_balance(ctx, OpeningBalance(date(2026, 9, 1), 10))
    grid = tables.plan_grid(service.plan_table(ctx, FiscalYear(2026)), "髙﨑市", TODAY)
    rows = list(csv.reader(io.StringIO(exports.to_csv(grid, "cp932").decode("cp932"))))
    issued = next(r for r in rows if r and r[0] == "Cards issued")
    assert issued[2:9] == ["―"] * 5 + ["0", "0"]  # April..August, then September, October
    ws = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(grid))).active
    assert "―" in [v for r in ws.iter_rows(values_only=True) for v in r]
