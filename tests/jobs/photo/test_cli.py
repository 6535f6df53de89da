"""`madoguchi photo …`: check, import, show, export and sheet, with the job's exit codes (30–33)."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pytest

from desktop import jobs as jobs_pkg
from desktop.cli import main
from desktop.core.staff import Actor, Role
from desktop.jobs import registry
from desktop.jobs.photo import store
from desktop.store.context import Context
from tests.jobs.photo.conftest import FACE_PNG, QT_MEDIA_NOISE
from tests.kit.staff import LOGINS, PASSWORD

pytestmark = pytest.mark.qt_log_ignore(QT_MEDIA_NOISE)


@dataclass
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path,
        staff_users: dict[Role, Actor]) -> Run:  # fmt: skip
    names = tuple(dict.fromkeys([*jobs_pkg.INSTALLED, "photo"]))
    monkeypatch.setattr(registry, "_registry", registry.load(names))
    monkeypatch.delenv("MADOGUCHI_PASSWORD", raising=False)

    def _run(*args: str, role: Role | None = Role.COUNTER) -> Result:
        login = [] if role is None else ["--user", LOGINS[role], "--password-stdin"]
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
        code = main(["--data-dir", str(data_dir), "--lang", "en", "photo", *args, *login])
        cap = capsys.readouterr()
        return Result(code, cap.out, cap.err)

    return _run


@pytest.fixture
def good_file(face_frame: np.ndarray, tmp_path: Path) -> Path:
    path = tmp_path / "good.png"
    cv2.imwrite(str(path), face_frame)
    return path


def test_check_prints_each_check_and_exits_by_result(run: Run, good_file: Path, tmp_path: Path) -> None:
    ok = run("check", str(good_file), role=None)
    assert ok.code == 0, ok.out + ok.err
    assert "Exactly one face" in ok.out and "Resolution" in ok.out and "NG" not in ok.out
    small = run("check", str(FACE_PNG), role=None)
    assert small.code == 30
    assert "at least 480 px needed" in small.out
    as_json = run("check", str(FACE_PNG), "--json", role=None)
    data = json.loads(as_json.out)
    assert data["passed"] is False
    assert {c["key"]: c["status"] for c in data["checks"]}["resolution"] == "failed"
    junk = tmp_path / "junk.jpg"
    junk.write_bytes(b"not a jpeg")
    bad = run("check", str(junk), role=None)
    assert bad.code == 31 and "JPEG or PNG" in bad.err


def test_import_show_export_and_sheet(ctx: Context, run: Run, case_of, good_file: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                      staff_users) -> None:  # fmt: skip
    case_id = case_of(ctx)
    dark = tmp_path / "dark.png"
    cv2.imwrite(str(dark), (cv2.imread(str(good_file)).astype(np.float32) * 0.35).astype(np.uint8))
    refused = run("import", case_id, str(dark))
    assert refused.code == 30 and "--reason" in refused.err
    assert run("import", case_id, str(FACE_PNG), "--reason", "bedridden").code == 33
    stored = run("import", case_id, str(dark), "--reason", "religious_covering")
    assert stored.code == 0, stored.err
    shown = run("show", case_id)
    assert shown.code == 0 and "Head covering for religious reasons" in shown.out
    assert run("import", case_id, str(good_file)).code == 0
    assert run("show", "no-such-case").code == 32
    # export: supervisors by default, to this PC's folder or --to
    folder = tmp_path / "out"
    folder.mkdir()
    assert run("export", case_id, "--to", str(folder)).code == 4
    missing = run("export", case_id, role=Role.SUPERVISOR)
    assert missing.code == 33 and "No export folder" in missing.err
    done = run("export", case_id, "--to", str(folder), role=Role.SUPERVISOR)
    assert done.code == 0
    exported = Path(done.out.strip())
    record = store.current_photo(ctx, case_id)
    assert record is not None and exported.read_bytes() == store.photo_path(ctx, record.file_ref).read_bytes()
    pdf = tmp_path / "sheet.pdf"
    assert run("sheet", case_id, "--out", str(pdf)).code == 4
    assert run("sheet", case_id, "--out", str(pdf), role=Role.SUPERVISOR).code == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    actions = [r[0] for r in ctx.db.conn.execute("SELECT action FROM audit_log WHERE entity = 'photo'")]
    assert actions.count("export") == 2 and "view" in actions
