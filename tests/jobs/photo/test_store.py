"""The photo job's records and files on a real data folder: save, retake, override, waiver, export,
tampering, retention, settings."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest

from desktop.core.cases import CaseState
from desktop.core.errors import Conflict, DomainError, NotAllowed
from desktop.core.staff import Role
from desktop.jobs.photo import settings, store
from desktop.jobs.photo.domain import checks as ck
from desktop.jobs.photo.domain.analysis import Analysis, analyze
from desktop.jobs.photo.domain.imageio import read_image_file
from desktop.jobs.photo.domain.rules import PhotoRules
from desktop.store import cases as case_store
from desktop.store.context import Context
from desktop.store.events import counts
from desktop.store.retention import all_rules, run_purges, set_period
from tests.jobs.photo.conftest import FACE_PNG, QT_MEDIA_NOISE

pytestmark = pytest.mark.qt_log_ignore(QT_MEDIA_NOISE)


@pytest.fixture
def good(face_frame: np.ndarray) -> Analysis:
    result = analyze(face_frame, PhotoRules())
    assert result.passed
    return result


@pytest.fixture
def dark(face_frame: np.ndarray) -> Analysis:
    result = analyze((face_frame.astype(np.float32) * 0.35).astype(np.uint8), PhotoRules())
    assert [c.key for c in result.failed] == [ck.EXPOSURE]
    return result


def audit_rows(ctx: Context, entity: str = "photo") -> list[tuple[str, str]]:
    return [(str(r[0]), str(r[1])) for r in ctx.db.conn.execute(
        "SELECT action, detail FROM audit_log WHERE entity = ? ORDER BY seq", (entity,))]  # fmt: skip


def test_save_stores_the_file_hangs_it_on_the_case_counts_and_audits(counter_ctx, case_of, good) -> None:  # type: ignore[no-untyped-def]
    case_id = case_of(counter_ctx)
    record = store.save_photo(counter_ctx, case_id, good)
    path = store.photo_path(counter_ctx, record.file_ref)
    assert path.is_file() and path.is_relative_to(counter_ctx.data_dir / "photos")
    assert path.read_bytes() == good.jpeg
    assert (path.stat().st_mode & 0o077) == 0  # owner-only
    assert record.sha256 == hashlib.sha256(good.jpeg).hexdigest()
    assert (record.width, record.height, record.bytes) == (good.image.shape[1], good.image.shape[0], len(good.jpeg))
    case = case_store.get_case(counter_ctx, case_id)
    assert case.photo_ref == record.file_ref
    assert store.current_photo(counter_ctx, case_id) == record
    assert [c.key for c in record.checks] == list(ck.ORDER) and all(c.passed for c in record.checks)
    assert ("create", "source=camera") in audit_rows(counter_ctx)
    today = counter_ctx.clock.today()
    assert counts(counter_ctx, today, today).get(("photo", today)) == 1


def test_retake_replaces_and_deletes_the_old_file(counter_ctx, case_of, good) -> None:  # type: ignore[no-untyped-def]
    case_id = case_of(counter_ctx)
    first = store.save_photo(counter_ctx, case_id, good)
    second = store.save_photo(counter_ctx, case_id, good, source="file")
    assert not store.photo_path(counter_ctx, first.file_ref).exists()
    assert store.photo_path(counter_ctx, second.file_ref).is_file()
    assert store.get_photo(counter_ctx, first.id).state == "replaced"
    assert store.current_photo(counter_ctx, case_id).id == second.id
    assert case_store.get_case(counter_ctx, case_id).photo_ref == second.file_ref


def test_failed_check_needs_a_reason_and_other_needs_a_note(counter_ctx, case_of, dark) -> None:  # type: ignore[no-untyped-def]
    case_id = case_of(counter_ctx)
    with pytest.raises(DomainError, match="reason"):
        store.save_photo(counter_ctx, case_id, dark)
    with pytest.raises(DomainError, match="note"):
        store.save_photo(counter_ctx, case_id, dark, reason=ck.OverrideReason.OTHER)
    with pytest.raises(DomainError):
        store.save_photo(counter_ctx, case_id, dark, reason="other", note="番号 123456789012")
    assert list((counter_ctx.data_dir / "photos").rglob("*.jpg")) == []  # nothing left behind
    record = store.save_photo(counter_ctx, case_id, dark, reason=ck.OverrideReason.BEDRIDDEN, note="訪問先")
    assert record.override_reason == ck.OverrideReason.BEDRIDDEN
    assert record.overridden == (ck.EXPOSURE,)
    assert record.override_note == "訪問先"
    assert ("create", "source=camera override=bedridden") in audit_rows(counter_ctx)
    assert all("訪問先" not in detail for _, detail in audit_rows(counter_ctx))


def test_face_resolution_and_file_failures_can_never_be_overridden(counter_ctx, case_of) -> None:  # type: ignore[no-untyped-def]
    case_id = case_of(counter_ctx)
    small = analyze(read_image_file(FACE_PNG), PhotoRules())
    with pytest.raises(DomainError, match="cannot be used"):
        store.save_photo(counter_ctx, case_id, small, reason=ck.OverrideReason.BEDRIDDEN)
    blank = analyze(np.full((1080, 1920, 3), 200, np.uint8), PhotoRules())
    with pytest.raises(DomainError, match="exactly one face"):
        store.save_photo(counter_ctx, case_id, blank, reason=ck.OverrideReason.OTHER, note="x")
    assert case_store.get_case(counter_ctx, case_id).photo_ref is None


def test_a_case_past_application_takes_no_photo(counter_ctx, case_of, good) -> None:  # type: ignore[no-untyped-def]
    case_id = case_of(counter_ctx)
    case_store.transition(counter_ctx, case_id, CaseState.APPLIED, owner="assist")
    with pytest.raises(Conflict):
        store.save_photo(counter_ctx, case_id, good)
    assert list((counter_ctx.data_dir / "photos").rglob("*.jpg")) == []


def test_waiver_only_for_a_child_under_one(counter_ctx, case_of, good) -> None:  # type: ignore[no-untyped-def]
    today = counter_ctx.clock.today()
    adult = case_of(counter_ctx)
    with pytest.raises(DomainError, match="under one"):
        store.waive_photo(counter_ctx, adult)
    baby = case_of(counter_ctx, "山田 陽菜", today - timedelta(days=200))
    store.save_photo(counter_ctx, baby, good)
    waiver = store.waive_photo(counter_ctx, baby)
    assert waiver.waived and waiver.file_ref is None
    assert case_store.get_case(counter_ctx, baby).photo_ref is None
    assert store.current_photo(counter_ctx, baby).id == waiver.id
    assert list((counter_ctx.data_dir / "photos").rglob("*.jpg")) == []  # the replaced photo is gone
    assert store.under_one(date(2024, 2, 29), date(2025, 2, 28))
    assert not store.under_one(date(2024, 2, 29), date(2025, 3, 1))


def test_export_only_for_the_allowed_role_to_the_device_folder(ctx, staff_users, case_of, good, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    counter = ctx.as_actor(staff_users[Role.COUNTER])
    supervisor = ctx.as_actor(staff_users[Role.SUPERVISOR])
    admin = ctx.as_actor(staff_users[Role.ADMIN])
    record = store.save_photo(counter, case_of(counter), good)
    with pytest.raises(NotAllowed):
        store.export_photo(counter, record.id)
    with pytest.raises(DomainError, match="No export folder"):
        store.export_photo(supervisor, record.id)
    folder = tmp_path / "export"
    folder.mkdir()
    settings.set_export_dir(counter, folder)
    assert settings.export_dir(counter) == folder
    path = store.export_photo(supervisor, record.id)
    assert path.parent == folder and path.read_bytes() == good.jpeg
    assert "佐藤" not in path.name and path.name.endswith(".jpg")
    assert ("export", "online_jpeg") in audit_rows(ctx)
    settings.set_export_role(admin, Role.COUNTER)
    assert store.export_photo(counter, record.id).is_file()
    with pytest.raises(NotAllowed):
        settings.set_export_role(supervisor, Role.COUNTER)


def test_export_folder_is_per_device(ctx, staff_users, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    counter = ctx.as_actor(staff_users[Role.COUNTER])
    settings.set_export_dir(counter, tmp_path)
    other_pc = replace(counter, device_id="another-device")
    assert settings.export_dir(other_pc) is None
    with pytest.raises(DomainError, match="does not exist"):
        settings.set_export_dir(counter, tmp_path / "missing")


def test_a_changed_file_is_refused(counter_ctx, case_of, good) -> None:  # type: ignore[no-untyped-def]
    record = store.save_photo(counter_ctx, case_of(counter_ctx), good)
    assert store.read_photo(counter_ctx, record.id) == good.jpeg
    assert ("view", "") in audit_rows(counter_ctx)
    path = store.photo_path(counter_ctx, record.file_ref)
    path.write_bytes(path.read_bytes()[:-10])
    with pytest.raises(DomainError, match="changed outside"):
        store.read_photo(counter_ctx, record.id)
    path.unlink()
    assert store.cases_with_missing_files(counter_ctx) == [record.id]


def test_retention_deletes_old_photo_files(counter_ctx, case_of, good, clock) -> None:  # type: ignore[no-untyped-def]
    case_id = case_of(counter_ctx)
    old = store.save_photo(counter_ctx, case_id, good)
    clock.set(clock.now() + timedelta(days=200))
    recent_case = case_of(counter_ctx, "鈴木 花子")
    recent = store.save_photo(counter_ctx, recent_case, good)
    rule = next(r for r in all_rules() if r.key == "photos")
    assert rule.default_days == 183
    set_period(counter_ctx.as_actor(counter_ctx.actor), rule, 183)
    done = run_purges(counter_ctx, [rule])
    assert done == {"photos": 1}
    purged = store.get_photo(counter_ctx, old.id)
    assert purged.state == "purged" and purged.file_ref is None and purged.sha256 is None
    assert not store.photo_path(counter_ctx, old.file_ref).exists()
    assert case_store.get_case(counter_ctx, case_id).photo_ref is None
    assert store.photo_path(counter_ctx, recent.file_ref).is_file()


def test_rules_settings_round_trip_and_validation(admin_ctx, counter_ctx) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    assert settings.load_rules(admin_ctx) == PhotoRules()
    changed = replace(PhotoRules(), head_tolerance_mm=2.5, sharpness_min=8.0)
    settings.save_rules(admin_ctx, changed)
    assert settings.load_rules(admin_ctx) == changed
    with pytest.raises(NotAllowed):
        settings.save_rules(counter_ctx, changed)
    with pytest.raises(DomainError):
        settings.save_rules(admin_ctx, replace(PhotoRules(), brightness_min=200.0, brightness_max=150.0))
    with pytest.raises(DomainError):
        settings.save_rules(admin_ctx, replace(PhotoRules(), head_tolerance_mm=50.0))
    settings.set_countdown_seconds(admin_ctx, 5)
    assert settings.countdown_seconds(admin_ctx) == 5


def test_listings_for_the_today_panel(counter_ctx, case_of, good, dark) -> None:  # type: ignore[no-untyped-def]
    from desktop.jobs.photo.ui.today import load_photo_today

    a, b, c = case_of(counter_ctx), case_of(counter_ctx, "鈴木 花子"), case_of(counter_ctx, "高橋 一郎")
    store.save_photo(counter_ctx, a, good)
    store.save_photo(counter_ctx, b, dark, reason="religious_covering")
    data = load_photo_today(counter_ctx)
    assert (data.taken, data.overridden, data.waived, data.waiting) == (2, 1, 0, 1)
    assert store.cases_without_photo(counter_ctx) == [c]
