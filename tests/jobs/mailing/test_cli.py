"""`madoguchi mailing …`: the whole way of a card on the command line, with the job's exit codes."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from desktop import jobs as jobs_pkg
from desktop.cli import main
from desktop.core.cases import CaseState, DeliveryMethod
from desktop.core.staff import Actor, Role
from desktop.jobs import registry
from desktop.store import office as office_store
from desktop.store.context import Context
from tests.jobs.mailing.kit import add_resident, app_id, applied_case, state_of
from tests.kit.staff import LOGINS, PASSWORD


@dataclass
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path,
        staff_users: dict[Role, Actor]) -> Run:
    # the installed jobs plus this one, whether or not it is in INSTALLED yet
    names = tuple(dict.fromkeys([*jobs_pkg.INSTALLED, "mailing"]))
    monkeypatch.setattr(registry, "_registry", registry.load(names))
    monkeypatch.delenv("MADOGUCHI_PASSWORD", raising=False)

    def _run(*args: str, role: Role = Role.COUNTER, password: str = PASSWORD) -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
        argv = ["--data-dir", str(data_dir), "--lang", "en", "mailing", *args, "--user", LOGINS[role],
                "--password-stdin"]  # fmt: skip
        code = main(argv)
        cap = capsys.readouterr()
        return Result(code, cap.out, cap.err)

    return _run


def test_the_way_of_a_card_on_the_command_line(ctx: Context, run: Run, tmp_path: Path) -> None:
    posted = applied_case(ctx, add_resident(ctx, 0), application_id=app_id(1), method=DeliveryMethod.TOKUREI,
                          identity=True)  # fmt: skip
    counter = applied_case(ctx, add_resident(ctx, 1), application_id=app_id(2))
    assert run("arrive", app_id(1)).code == 0
    r = run("arrive", app_id(1))
    assert r.code == 42 and "already registered" in r.err
    assert run("arrive", app_id(3)).code == 40
    assert run("arrive", "123").code == 43
    assert run("arrive", app_id(2)).code == 0
    assert run("setup", app_id(1), app_id(2)).code == 0
    assert run("notice", app_id(1), "ABC123456").code == 41  # goes by post
    r = run("notice", app_id(2), "ABC123456", "--date", "2026-11-24")
    assert r.code == 0 and "ABC123456" in r.out
    assert state_of(ctx, counter.id) is CaseState.NOTIFIED
    r = run("ready")
    assert r.code == 0 and "佐藤 花子" in r.out and "mailing" in r.out

    r = run("batch", "new", "--all-ready")
    assert r.code == 0 and "Batch 1" in r.out
    assert run("batch", "send", "1").code == 45  # no tracking number yet
    assert run("batch", "tracking", "1", "1", "1234-5678").code == 43
    assert run("batch", "tracking", "1", "2", "1234-5678-9012").code == 40
    assert run("batch", "tracking", "1", "1", "1234-5678-9012").code == 0
    pdf = tmp_path / "list.pdf"
    assert run("batch", "print", "1", "list", "--out", str(pdf)).code == 4  # a counter clerk may not export
    r = run("batch", "print", "1", "list", "--out", str(pdf), role=Role.SUPERVISOR)
    assert r.code == 0 and pdf.read_bytes().startswith(b"%PDF")

    office_store.remove_dated_value(ctx, "postage.tokurei", date(2020, 4, 1))
    office_store.remove_dated_value(ctx, "postage.tokurei", date(2024, 10, 1))
    assert run("batch", "send", "1").code == 44
    office_store.set_postage(ctx, date(2024, 10, 1), "tokurei", 800)
    r = run("batch", "send", "1")
    assert r.code == 0 and "800" in r.out
    assert state_of(ctx, posted.id) is CaseState.MAILED

    assert run("delivered", "99999999999").code == 40
    assert run("returned", "123456789012", "other").code == 43  # a note is needed
    assert run("returned", "123456789012", "storage_expired", "--date", "2026-11-25").code == 43  # future
    assert run("returned", "123456789012", "storage_expired", "--date", "2026-11-24").code == 0
    assert run("delivered", "123456789012").code == 41
    r = run("followups", "--check")
    assert r.code == 46 and "to invite" in r.out
    letters = tmp_path / "invite.pdf"
    assert run("invite", "1234-5678-9012", "--out", str(letters), role=Role.SUPERVISOR).code == 0
    assert state_of(ctx, posted.id) is CaseState.INVITED
    r = run("figures", "--from", "2026-11", "--to", "2026-11")
    assert r.code == 0
    (line,) = [ln for ln in r.out.splitlines() if ln.startswith("2026-11")]
    assert line.split() == ["2026-11", "2", "1", "1", "0", "1", "800"]
    assert run("figures", "--from", "2026-13").code == 2
    assert run("ready", password="wrong").code == 4
