"""`madoguchi report …` in-process: kinds listed, files written in each format, exit codes 2/3/60/61,
progress on stderr, an audit entry when --user is given."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from desktop.core.clock import JST, FixedClock
from desktop.core.office import OfficeProfile
from desktop.core.staff import Role
from desktop.store.context import Context
from desktop.store.office import save_profile
from desktop.store.staff import add_staff
from tests.jobs.reports.kit import at, record
from tests.kit.pdf import pdf_text

PW = "correct-horse-1"


@dataclass
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> Run:
    monkeypatch.delenv("MADOGUCHI_PASSWORD", raising=False)
    monkeypatch.setattr("desktop.store.open.SystemClock",
                        lambda: FixedClock(datetime(2026, 11, 24, 10, tzinfo=JST)))

    def _run(*args: str, stdin: str = "") -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(data_dir), "--lang", "en", *args])
        cap = capsys.readouterr()
        return Result(code, cap.out, cap.err)

    return _run


@pytest.fixture
def november(ctx: Context, clock: FixedClock, office: OfficeProfile) -> None:
    record(ctx, clock, "handover", date(2026, 11, 2), n=6)
    record(ctx, clock, "handover", date(2026, 11, 4), n=3)
    record(ctx, clock, "assist", date(2026, 11, 4), n=2)
    at(clock, date(2026, 11, 24), 10)


def test_counts_lists_the_kinds(run: Run, office: OfficeProfile) -> None:
    r = run("report", "counts")
    assert r.code == 0
    assert "handover" in r.out and "Cards handed over" in r.out and "void" not in r.out


def test_monthly_one_kind_in_every_format(run: Run, november: None, tmp_path: Path) -> None:
    pdf, xlsx, csv_file = tmp_path / "m.pdf", tmp_path / "m.xlsx", tmp_path / "m.csv"
    r = run("report", "monthly", "--month", "2026-11", "--count", "handover", "--format", "pdf", "--out", str(pdf))
    assert r.code == 0, r.err
    assert "Counting" in r.err and "Writing" in r.err
    text = pdf_text(pdf)
    assert "令和8年（2026年）11月" in text and "Month total" in text
    assert run("report", "monthly", "--month", "2026-11", "--count", "handover", "--format", "xlsx",
               "--out", str(xlsx)).code == 0
    values = [v for row in openpyxl.load_workbook(xlsx).active.iter_rows(values_only=True) for v in row]
    assert "Month total" in values
    assert run("report", "monthly", "--month", "2026-11", "--count", "handover", "--format", "csv",
               "--encoding", "cp932", "--out", str(csv_file)).code == 0
    rows = list(csv.reader(io.StringIO(csv_file.read_bytes().decode("cp932"))))
    total_row = next(r for r in rows if r and r[0] == "Month total")
    assert total_row[-1] == "9"


def test_monthly_without_a_kind_holds_every_kind(run: Run, november: None, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    r = run("report", "monthly", "--month", "2026-11", "--format", "csv", "--out", str(out))
    assert r.code == 0, r.err
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = {r[0]: r for r in csv.reader(io.StringIO(data.decode("utf-8-sig"))) if r}
    assert rows["Cards handed over"][2] == "6" and rows["Cards handed over"][-1] == "9"
    assert rows["Application support"][-1] == "2"


def test_plan_in_every_format(run: Run, november: None, tmp_path: Path) -> None:
    for fy in ("2026", "R8", "令和8年度"):
        out = tmp_path / f"plan-{len(fy)}.xlsx"
        r = run("report", "plan", "--fiscal-year", fy, "--format", "xlsx", "--out", str(out))
        assert r.code == 0, r.err
        rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
        issued = next(r for r in rows if r[0] == "Cards issued")
        assert issued[2 + 7] == 9 and issued[-1] == 9
    pdf = tmp_path / "plan.pdf"
    assert run("report", "plan", "--fiscal-year", "2026", "--format", "pdf", "--out", str(pdf)).code == 0
    assert "令和8年度（2026年度）" in pdf_text(pdf)


@pytest.mark.parametrize(
    "args",
    [
        ("monthly", "--month", "2026-13", "--format", "pdf"),
        ("monthly", "--month", "11/2026", "--format", "pdf"),
        ("monthly", "--month", "2026-11", "--count", "nonsense", "--format", "csv"),
        ("plan", "--fiscal-year", "R0", "--format", "pdf"),
        ("plan", "--fiscal-year", "20266", "--format", "pdf"),
    ],
)
def test_bad_month_year_or_kind_exit_2(run: Run, office: OfficeProfile, tmp_path: Path,
                                       args: tuple[str, ...]) -> None:
    out = tmp_path / "x"
    r = run("report", *args, "--out", str(out))
    assert r.code == 2
    assert r.err.strip()
    assert not out.exists()


def test_bad_format_is_a_usage_error(run: Run, office: OfficeProfile, tmp_path: Path) -> None:
    assert run("report", "plan", "--fiscal-year", "2026", "--format", "docx", "--out", "x").code == 2


def test_no_office_exit_3(run: Run, ctx: Context, tmp_path: Path) -> None:
    r = run("report", "plan", "--fiscal-year", "2026", "--format", "pdf", "--out", str(tmp_path / "p.pdf"))
    assert r.code == 3
    assert run("report", "counts").code == 3


def test_unwritable_file_exit_60(run: Run, office: OfficeProfile, tmp_path: Path) -> None:
    r = run("report", "plan", "--fiscal-year", "2026", "--format", "csv",
            "--out", str(tmp_path / "missing" / "p.csv"))
    assert r.code == 60
    assert "Cannot write" in r.err


def test_cp932_cannot_hold_exit_61(run: Run, ctx: Context, office: OfficeProfile, tmp_path: Path) -> None:
    office.municipality = "𠮷野町"
    save_profile(ctx, office)
    out = tmp_path / "p.csv"
    r = run("report", "plan", "--fiscal-year", "2026", "--format", "csv", "--encoding", "cp932", "--out", str(out))
    assert r.code == 61
    assert "U+20BB7" in r.err
    assert not out.exists()


def test_export_is_audited_with_user(run: Run, ctx: Context, office: OfficeProfile, tmp_path: Path) -> None:
    add_staff(ctx, "counter1", "窓口 一郎", Role.COUNTER, PW)
    out = tmp_path / "p.csv"
    r = run("report", "plan", "--fiscal-year", "2026", "--format", "csv", "--out", str(out),
            "--user", "counter1", "--password-stdin", stdin=PW + "\n")
    assert r.code == 0, r.err
    rows = ctx.db.conn.execute(
        "SELECT login, action, entity, detail FROM audit_log WHERE entity = 'report'").fetchall()
    assert [tuple(x) for x in rows] == [("counter1", "export", "report", "plan 2026 csv utf-8-sig")]
    assert run("report", "plan", "--fiscal-year", "2026", "--format", "csv", "--out", str(out),
               "--user", "counter1", "--password-stdin", stdin="wrong\n").code == 4
