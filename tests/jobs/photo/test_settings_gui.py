"""設定 › 写真 and the today panel, offscreen."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.core.staff import Role
from desktop.jobs.photo import settings
from desktop.jobs.photo.domain.rules import PhotoRules
from desktop.jobs.photo.ui.settings_page import PhotoSettingsPage
from desktop.jobs.photo.ui.today import PhotoTodayPanel


def test_admin_changes_rules_role_countdown_and_this_pcs_folder(qtbot, make_shell, admin_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = PhotoSettingsPage(make_shell(admin_ctx))
    qtbot.addWidget(page)
    page.load()
    assert page.editors["head_mm"].value() == 34.0 and page.editors["min_px"].value() == 480
    page.editors["head_tolerance_mm"].setValue(2.5)
    page.role.setCurrentIndex(page.role.findData(Role.COUNTER.key))
    page.countdown.setValue(5)
    page.folder.setText(str(tmp_path))
    page.save()
    assert page.status.text() == "Saved."
    assert settings.load_rules(admin_ctx) == replace(PhotoRules(), head_tolerance_mm=2.5)
    assert settings.export_role(admin_ctx) == Role.COUNTER
    assert settings.countdown_seconds(admin_ctx) == 5
    assert settings.export_dir(admin_ctx) == tmp_path


def test_counter_staff_set_only_the_folder(qtbot, make_shell, counter_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = PhotoSettingsPage(make_shell(counter_ctx))
    qtbot.addWidget(page)
    page.load()
    assert not page.editors["head_mm"].isEnabled() and not page.role.isEnabled()
    page.folder.setText(str(tmp_path / "missing"))
    page.save()
    assert "does not exist" in page.error.text()
    page.folder.setText(str(tmp_path))
    page.save()
    assert settings.export_dir(counter_ctx) == tmp_path
    assert settings.export_role(counter_ctx) == Role.SUPERVISOR


@pytest.mark.parametrize("waiting", [0, 2])
def test_today_panel(qtbot, make_shell, counter_ctx, case_of, waiting) -> None:  # type: ignore[no-untyped-def]
    for i in range(waiting):
        case_of(counter_ctx, f"住民 {i}")
    panel = PhotoTodayPanel(make_shell(counter_ctx))
    qtbot.addWidget(panel)
    panel.refresh()
    assert "Photos taken today: 0" in panel.taken.text()
    assert panel.waiting.text().endswith(str(waiting))
