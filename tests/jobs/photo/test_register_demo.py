"""The photo job's registry contributions and its demo records."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop import jobs as jobs_pkg
from desktop.demo import generate
from desktop.jobs import registry
from desktop.jobs.photo import store
from desktop.store import cases as case_store
from desktop.store.open import open_office

TODAY = date(2026, 11, 24)


def test_registers_page_settings_migration_counts_retention_cli_and_selftest(ctx) -> None:  # type: ignore[no-untyped-def]
    reg = registry.load(("photo",))
    (job,) = reg.jobs()
    assert job.key == "photo" and job.migrations is not None
    assert [m.name for m in job.migrations.iterdir()] == ["0007_photo.sql"]
    assert [k.key for k in job.count_kinds] == ["photo"]
    assert [(r.key, r.default_days) for r in job.retention] == [("photos", 183)]
    assert job.page and job.today_panel and job.settings_pages and job.cli and job.demo
    results = [check(ctx) for check in job.selftest]
    assert all(r.ok for r in results), results
    assert "photo" in jobs_pkg.INSTALLED


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> None:
    names = tuple(dict.fromkeys([*jobs_pkg.INSTALLED, "photo"]))
    monkeypatch.setattr(registry, "_registry", registry.load(names))


def summary(data_dir: Path) -> tuple[int, int, int]:
    ctx = open_office(data_dir)
    try:
        rows = ctx.db.conn.execute("SELECT id, case_id, kind, override_reason FROM photos").fetchall()
        photos = [r for r in rows if r[2] == "photo"]
        assert 10 <= len(photos) <= 12
        for photo_id, case_id, _kind, _reason in photos:
            record = store.get_photo(ctx, photo_id)
            assert store.photo_path(ctx, record.file_ref).is_file()
            assert case_store.get_case(ctx, case_id).photo_ref == record.file_ref
            assert store.read_photo(ctx, photo_id)[:2] == b"\xff\xd8"
        waived = [r for r in rows if r[2] == "waived"]
        assert len(waived) == 1
        overridden = [r for r in photos if r[3] is not None]
        assert len(overridden) == 1 and overridden[0][3] == "bedridden"
        return len(photos), len(waived), len(overridden)
    finally:
        ctx.db.close()


def test_demo_has_photos_on_cases_an_override_and_a_waiver(installed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    generate(tmp_path / "a", 5, today=TODAY)
    first = summary(tmp_path / "a")
    generate(tmp_path / "b", 5, today=TODAY)
    assert summary(tmp_path / "b") == first
