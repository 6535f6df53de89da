"""`madoguchi bookings …` in-process: import (--dry-run, refused rows → 10), export (CP932 refusal → 11,
round trip), unreadable files and mappings (12), next free slot (13 when none), roles (4)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.clock import FixedClock
from desktop.core.staff import Role
from desktop.jobs.booking.cli import EXIT_BAD_FILE, EXIT_EXPORT_REFUSED, EXIT_IMPORT_REFUSED, EXIT_NO_SLOT
from desktop.jobs.booking.domain.transfer import SAMPLE_MAPPING
from desktop.jobs.booking.store.bookings import create_booking
from desktop.jobs.booking.store.settings import set_capacity
from desktop.store import open as open_module
from desktop.store.context import Context
from tests.jobs.booking.conftest import PASSWORD
from tests.jobs.booking.test_transfer import GOOD, csv_bytes


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def run(office: Context, staff: dict[Role, Context], data_dir: Path, clock: FixedClock,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:  # fmt: skip
    monkeypatch.setattr(open_module, "SystemClock", lambda: clock)  # the CLI sees the test's day
    monkeypatch.setenv("MADOGUCHI_PASSWORD", PASSWORD)

    def _run(*args: str, user: str = "counter1") -> Result:
        code = main(["--data-dir", str(data_dir), "--lang", "en", "bookings", *args, "--user", user])
        cap = capsys.readouterr()
        return Result(code, cap.out, cap.err)

    return _run


def count(ctx: Context) -> int:
    return int(ctx.db.conn.execute("SELECT COUNT(*) FROM bookings").fetchone()[0])


def test_import_dry_run_then_for_real_then_again(run: Callable[..., Result], office: Context, tmp_path: Path) -> None:
    csv = tmp_path / "web.csv"
    csv.write_bytes(csv_bytes(GOOD, "cp932"))
    dry = run("import", str(csv), "--mapping", str(SAMPLE_MAPPING), "--dry-run")
    assert dry.code == 0 and "Dry run" in dry.out and "cp932" in dry.out and count(office) == 0
    assert run("import", str(csv), "--mapping", str(SAMPLE_MAPPING)).code == 0
    assert count(office) == 2
    again = run("import", str(csv), "--mapping", str(SAMPLE_MAPPING))
    assert again.code == 0 and "2 already imported" in again.out and count(office) == 2


def test_refused_rows_are_listed_and_nothing_is_written(run: Callable[..., Result], office: Context,
                                                        tmp_path: Path) -> None:  # fmt: skip
    csv = tmp_path / "web.csv"
    csv.write_bytes(csv_bytes([*GOOD, "X,2026/11/28,9:00,申請サポート,田中 六,タナカ ロク,1990-01-01,,,",
                               "Y,2026/11/25,9:00,住民票,田中 七,タナカ ナナ,1990-01-01,,,"]))  # fmt: skip
    result = run("import", str(csv), "--mapping", str(SAMPLE_MAPPING))
    assert result.code == EXIT_IMPORT_REFUSED
    assert "Line 5:" in result.out and "Line 6: Unknown service 住民票" in result.out
    assert "Nothing was written" in result.out and count(office) == 0


def test_unreadable_files_and_mappings(run: Callable[..., Result], tmp_path: Path) -> None:
    bad_mapping = tmp_path / "map.toml"
    bad_mapping.write_text("[columns]\ndate = \n", encoding="utf-8")
    assert run("import", str(tmp_path / "none.csv"), "--mapping", str(SAMPLE_MAPPING)).code == EXIT_BAD_FILE
    csv = tmp_path / "web.csv"
    csv.write_bytes(csv_bytes(GOOD))
    assert run("import", str(csv), "--mapping", str(bad_mapping)).code == EXIT_BAD_FILE
    wrong = tmp_path / "wrong.csv"
    wrong.write_bytes(b"a,b\r\n1,2\r\n")
    result = run("import", str(wrong), "--mapping", str(SAMPLE_MAPPING))
    assert result.code == EXIT_BAD_FILE and "予約ID" in result.err


def test_export_round_trip_and_cp932_refusal(run: Callable[..., Result], office: Context,
                                             resident: Callable[..., str], tmp_path: Path) -> None:  # fmt: skip
    create_booking(office, "handover", date(2026, 11, 25), time(9), [resident("𠮷田 一", "ヨシダ ハジメ")])
    out = tmp_path / "out.csv"
    refused = run("export", "--from", "2026-11-24", "--to", "2026-12-31", "--out", str(out), "--encoding", "cp932",
                  user="super1")  # fmt: skip
    assert refused.code == EXIT_EXPORT_REFUSED and "2:氏名" in refused.err and not out.exists()
    assert run("export", "--from", "2026-11-24", "--to", "2026-12-31", "--out", str(out)).code == 4  # counter
    done = run("export", "--from", "2026-11-24", "--to", "2026-12-31", "--out", str(out), user="super1")
    assert done.code == 0 and "𠮷田 一" in out.read_bytes().decode("utf-8-sig")
    again = run("import", str(out), "--mapping", str(SAMPLE_MAPPING))
    assert again.code == 0 and "1 already imported" in again.out and count(office) == 1


def test_next_free_slot_and_none_left(run: Callable[..., Result], office: Context) -> None:
    found = run("next", "--service", "handover", "--party", "2")
    assert found.code == 0 and "8:30" in found.out and "2026-11-25" in found.out
    set_capacity(office, "desk", date(2026, 11, 1), 0)
    assert run("next", "--service", "assist").code == EXIT_NO_SLOT


def test_lists_and_no_shows(run: Callable[..., Result], office: Context, resident: Callable[..., str],
                            tmp_path: Path) -> None:  # fmt: skip
    create_booking(office, "handover", date(2026, 11, 25), time(9), [resident("佐藤 一", "サトウ ハジメ")])
    listed = run("list", "--date", "2026-11-25")
    assert listed.code == 0 and "佐藤 一" in listed.out and "09:00" in listed.out
    calls = run("call-list", "--date", "2026-11-25")
    assert "090-0000-0001" in calls.out
    assert run("call-list", "--date", "2026-11-25", "--out", str(tmp_path / "c.csv")).code == 4
    assert run("call-list", "--date", "2026-11-25", "--out", str(tmp_path / "c.csv"), user="super1").code == 0
    assert run("mark-no-shows").out.startswith("Marked 0")
    assert run("apply-rules").code == 4
    assert run("apply-rules", user="admin1").code == 0


def test_help_lists_the_exit_codes() -> None:
    assert sys.modules["desktop.jobs.booking.cli"].__doc__ is not None
    assert "13  no free slot" in sys.modules["desktop.jobs.booking.cli"].__doc__
