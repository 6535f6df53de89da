"""The application-support subcommands in-process, with the job's exit codes: 70 not found, 71 no ID in the
image, 72 file not written, 73 venue session refused, 74 image unreadable (and 4 for a refused role).

The command line runs on the real clock: everything here is dated (--date, --from/--to, --month)."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import cv2
import pytest

from desktop import jobs as jobs_pkg
from desktop.cli import main
from desktop.core.office import OfficeProfile
from desktop.core.staff import Actor, Role
from desktop.jobs import registry
from desktop.jobs.assist.store import begin, records
from desktop.store.context import Context
from tests.jobs.assist.conftest import APP_ID, make_person
from tests.jobs.assist.test_store import complete_draft
from tests.kit.pdf import pdf_text
from tests.kit.staff import PASSWORD


@dataclass
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path,
        staff_users: dict[Role, Actor], office: OfficeProfile) -> Run:  # fmt: skip
    names = tuple(dict.fromkeys([*jobs_pkg.INSTALLED, "assist"]))
    monkeypatch.setattr(registry, "_registry", registry.load(names))
    monkeypatch.delenv("MADOGUCHI_PASSWORD", raising=False)

    def _run(*args: str, user: str | None = "counter1") -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
        login = ["--user", user, "--password-stdin"] if user else []
        code = main(["--data-dir", str(data_dir), "--lang", "en", *args, *login])
        cap = capsys.readouterr()
        return Result(code, cap.out, cap.err)

    return _run


def test_list_slip_and_ledger(run: Run, counter_ctx: Context, tmp_path: Path, poppler: None) -> None:
    s = begin.begin_person(counter_ctx, make_person(counter_ctx, "髙橋 一郎", "タカハシ イチロウ").id or "")
    done = records.finish(counter_ctx, complete_draft(s.draft))
    out = run("assist-list", "--date", "2026-11-24")
    assert out.code == 0, out.err
    assert "髙橋 一郎" in out.out and done.id in out.out and "Applied" in out.out
    pdf = tmp_path / "slip.pdf"
    out = run("assist-slip", done.id, "--pdf", str(pdf), "--paper", "receipt")
    assert out.code == 0, out.err
    assert "髙橋" in pdf_text(pdf)
    assert run("assist-slip", "nope", "--pdf", str(pdf)).code == 70
    assert run("assist-slip", done.id, "--pdf", str(tmp_path / "missing" / "x.pdf")).code == 72
    csv = tmp_path / "ledger.csv"
    assert run("assist-ledger", "--from", "2026-11-01", "--to", "2026-11-30", "--csv", str(csv)).code == 4
    out = run("assist-ledger", "--from", "2026-11-01", "--to", "2026-11-30", "--csv", str(csv), user="super1")
    assert out.code == 0, out.err
    assert APP_ID in csv.read_text(encoding="utf-8-sig")
    out = run("assist-ledger", "--from", "2026-11-01", "--to", "2026-11-30", "--pdf", str(tmp_path / "l.pdf"),
              user="super1")  # fmt: skip
    assert out.code == 0 and "(1 application(s))" in out.out
    audited = counter_ctx.db.conn.execute(
        "SELECT detail FROM audit_log WHERE action = 'export' AND entity = 'assist' ORDER BY seq").fetchall()
    assert [r[0] for r in audited] == ["slip", "ledger_csv", "ledger"]


def test_qr_from_an_image(run: Run, tmp_path: Path) -> None:
    image = tmp_path / "form.png"
    code = cv2.QRCodeEncoder.create().encode(f"https://example.jp/apply?id={APP_ID}")
    cv2.imwrite(str(image), cv2.resize(code, None, fx=6, fy=6, interpolation=cv2.INTER_NEAREST))
    out = run("assist-qr", str(image), user=None)
    assert (out.code, out.out.strip()) == (0, APP_ID)
    other = tmp_path / "other.png"
    cv2.imwrite(str(other), cv2.resize(cv2.QRCodeEncoder.create().encode("https://example.jp/"), None, fx=6, fy=6,
                                       interpolation=cv2.INTER_NEAREST))  # fmt: skip
    out = run("assist-qr", str(other), user=None)
    assert out.code == 71 and "no application form ID" in out.err
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not an image")
    assert run("assist-qr", str(bad), user=None).code == 74
    assert run("assist-qr", str(tmp_path / "none.png"), user=None).code == 74


def test_venue_add_and_list(run: Run, tmp_path: Path) -> None:
    args = ("venue-add", "みどり電機 本社", "--type", "company", "--date", "2026-12-03", "--start", "13:00",
            "--end", "16:00", "--tablet", "2", "--staff", "counter1")  # fmt: skip
    assert run(*args).code == 4  # supervisors plan sessions
    out = run(*args, user="super1")
    assert out.code == 0, out.err
    assert "みどり電機 本社" in out.out
    assert run(*args[:-2], "--staff", "nobody", user="super1").code == 70
    bad = list(args)
    bad[bad.index("--end") + 1] = "12:00"
    assert run(*bad, user="super1").code == 73
    out = run("venue-list", "--month", "2026-12")
    assert out.code == 0 and "みどり電機 本社" in out.out and "Company" in out.out
