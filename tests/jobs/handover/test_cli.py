"""The handover subcommands in-process: listings, receipt PDF, reminders and disposal with their exit
codes (50 not found, 51 not waiting / not due, 52 PDF not written, 53 nothing due, 4 role refused).

The command line runs on the real clock: the cards used here are dated so that the answers do not
depend on the day the tests run (long past = due; far future = not due)."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.cases import CaseState
from desktop.core.clock import FixedClock
from desktop.jobs.handover.domain import HandoverDraft
from desktop.jobs.handover.store.handovers import complete_handover
from desktop.jobs.handover.store.unclaimed import record_reminders
from desktop.store.cases import get_case
from desktop.store.context import Context
from tests.jobs.handover.conftest import Resident, jst
from tests.kit.pdf import pdf_text
from tests.kit.staff import PASSWORD


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path,
        staff_users: object, office: object) -> Callable[..., Result]:  # fmt: skip
    monkeypatch.delenv("MADOGUCHI_PASSWORD", raising=False)

    def _run(*args: str, user: str = "counter1") -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
        code = main(["--data-dir", str(data_dir), "--lang", "en", *args, "--user", user, "--password-stdin"])
        cap = capsys.readouterr()
        return Result(code, cap.out, cap.err)

    return _run


def test_list_and_receipt(run: Callable[..., Result], counter_ctx: Context, resident: Callable[..., Resident],
                          tmp_path: Path, poppler: None) -> None:  # fmt: skip
    r = resident("髙橋 一郎", "タカハシ イチロウ")
    h = complete_handover(counter_ctx, HandoverDraft(r.case.id, r.id, documents=("passport",), pins_set=True,
                                                     terminal="統合端末1"))  # fmt: skip
    out = run("handover-list", "--date", "2026-11-24")
    assert out.code == 0, out.err
    assert "髙橋 一郎" in out.out and "handover" in out.out and h.id in out.out
    pdf = tmp_path / "receipt.pdf"
    out = run("handover-receipt", h.id, "--pdf", str(pdf), "--paper", "a4")
    assert out.code == 0, out.err
    assert "髙橋 一郎" in pdf_text(pdf) and "旅券" in pdf_text(pdf)
    assert run("handover-receipt", h.id, "--pdf", str(tmp_path / "slip.pdf"), "--slip").code == 0
    assert run("handover-receipt", "no-such-id", "--pdf", str(pdf)).code == 50
    assert run("handover-receipt", h.id, "--pdf", str(tmp_path / "missing" / "r.pdf")).code == 52
    exports = counter_ctx.db.conn.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'export' AND entity = 'handover'").fetchone()[0]  # fmt: skip
    assert exports == 2


def test_unclaimed_remind_and_dispose(run: Callable[..., Result], ctx: Context, clock: FixedClock,
                                      counter_ctx: Context, resident: Callable[..., Resident],
                                      tmp_path: Path, poppler: None) -> None:  # fmt: skip
    past = resident("加藤 清", "カトウ キヨシ", notified_at=jst(2020, 4, 1))
    clock.set(jst(2021, 1, 10))
    record_reminders(counter_ctx, [past.case.id])
    clock.set(jst(2099, 1, 1))
    future = resident("木村 節子", "キムラ セツコ", notified_at=jst(2099, 1, 1))
    clock.set(jst(2026, 11, 24))

    out = run("handover-unclaimed")
    assert out.code == 0 and "加藤 清" in out.out and "木村 節子" in out.out
    out = run("handover-unclaimed", "--due")
    assert "加藤 清" in out.out and "木村 節子" not in out.out

    letters = tmp_path / "letters.pdf"
    out = run("handover-remind", future.case.id, "--pdf", str(letters))
    assert out.code == 0, out.err
    assert "木村 節子 様" in pdf_text(letters)
    assert run("handover-remind", "no-such-case", "--pdf", str(letters)).code == 50
    again = run("handover-remind", future.case.id, "--pdf", str(letters))
    assert again.code == 51 and "already" in again.err  # one reminder per card and day

    listing = tmp_path / "disposal.pdf"
    assert run("handover-dispose", "--all-due", "--pdf", str(listing)).code == 4  # counter staff: refused
    assert run("handover-dispose", "--all-due", "--pdf", str(listing), user="super1").code == 2  # no --yes
    assert run("handover-dispose", future.case.id, "--pdf", str(listing), "--yes", user="super1").code == 51
    out = run("handover-dispose", "--all-due", "--pdf", str(listing), "--yes", user="super1")
    assert out.code == 0, out.err
    assert get_case(ctx, past.case.id).state is CaseState.DISPOSED
    assert get_case(ctx, future.case.id).state is CaseState.NOTIFIED
    assert "加藤 清" in pdf_text(listing)
    assert run("handover-dispose", "--all-due", "--pdf", str(listing), "--yes", user="super1").code == 53


def test_a_failed_pdf_write_records_no_reminder(run: Callable[..., Result], counter_ctx: Context,
                                                resident: Callable[..., Resident], tmp_path: Path) -> None:  # fmt: skip
    r = resident()
    out = run("handover-remind", r.case.id, "--pdf", str(tmp_path / "no-such-folder" / "x.pdf"))
    assert out.code == 52 and "no-such-folder" in out.err
    assert counter_ctx.db.conn.execute("SELECT count(*) FROM handover_letters").fetchone()[0] == 0
