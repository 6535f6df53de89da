"""Fixtures of the operations tests: cheap scrypt, an office with staff and some audited work, the
in-process CLI runner."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.core.office import OfficeProfile
from desktop.core.staff import Actor, Role
from desktop.ops import crypto
from desktop.store import audit
from desktop.store.context import Context

PASSPHRASE = "office passphrase 2026"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """2^10 instead of 2^15: the format is the same, the tests do not wait 0.1 s per derivation."""
    monkeypatch.setattr(crypto, "SCRYPT_N", 2**10)


@pytest.fixture
def office(ctx: Context, office_profile: OfficeProfile, staff_users: dict[Role, Actor]) -> Context:
    """A set-up office with a user per role and a few audited acts."""
    for n in range(5):
        audit.record(ctx.as_actor(staff_users[Role.COUNTER]), "view", "person", f"p{n}")
    return ctx


@dataclass
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> Run:
    """`madoguchi --data-dir <data_dir> --lang en ARGS` in-process, with stdin given."""
    from desktop.cli import main

    monkeypatch.delenv("MADOGUCHI_PASSWORD", raising=False)
    monkeypatch.delenv("MADOGUCHI_BACKUP_PASSPHRASE", raising=False)

    def _run(*args: str, stdin: str = "", folder: Path | None = None) -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(folder or data_dir), "--lang", "en", *args])
        cap = capsys.readouterr()
        return Result(code, cap.out, cap.err)

    return _run
