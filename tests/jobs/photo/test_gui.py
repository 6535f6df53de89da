"""The photo page offscreen, fed by the fixture videos through QMediaPlayer → QVideoSink (the camera's
path from the sink on): two shots, the resident picks the second, it is saved on the card case; and the
import, override, waiver, failure and export/print paths."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop.core.staff import Role
from desktop.jobs.photo import settings, store
from desktop.jobs.photo.domain.checks import OverrideReason
from desktop.jobs.photo.ui.page import PhotoPage
from desktop.store import cases as case_store
from tests.jobs.photo.conftest import FACE_PNG, FACE_VIDEO, NO_FACE_VIDEO, QT_MEDIA_NOISE

pytestmark = pytest.mark.qt_log_ignore(QT_MEDIA_NOISE)


@pytest.fixture
def page(qtbot, make_shell, counter_ctx):  # type: ignore[no-untyped-def]
    shell = make_shell(counter_ctx)
    widget = PhotoPage(shell)
    qtbot.addWidget(widget)
    widget.resize(1180, 680)
    widget.show()
    yield widget
    widget.feed.stop()


def start_feed(qtbot, page: PhotoPage, video: Path = FACE_VIDEO) -> None:  # type: ignore[no-untyped-def]
    page.start_video(video)
    qtbot.waitUntil(lambda: page.feed.frames >= 3, timeout=10000)


def next_frames(qtbot, page: PhotoPage, n: int = 3) -> None:  # type: ignore[no-untyped-def]
    seen = page.feed.frames
    qtbot.waitUntil(lambda: page.feed.frames >= seen + n, timeout=10000)


def test_two_shots_the_resident_picks_the_second_and_it_is_saved(qtbot, page, counter_ctx, case_of) -> None:  # type: ignore[no-untyped-def]
    case_id = case_of(counter_ctx)
    page.picker.refresh()
    assert page.picker.waiting.count() == 1
    qtbot.mouseClick(page.picker.use_waiting, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == 1 and page.choice is not None and page.choice.case_id == case_id
    start_feed(qtbot, page)
    qtbot.waitUntil(lambda: page.preview.painted_frames >= 2, timeout=10000)  # the live preview draws
    qtbot.mouseClick(page.shutter_button, Qt.MouseButton.LeftButton)
    assert len(page.strip.shots) == 1
    first = page.strip.cards[1]
    assert page.strip.shots[0].analysis is not None and page.strip.shots[0].analysis.passed
    assert not first.choose.isEnabled()  # one camera shot: the resident needs two to choose from
    next_frames(qtbot, page)
    qtbot.mouseClick(page.preview, Qt.MouseButton.LeftButton)  # a tap on the preview is a shutter press
    assert len(page.strip.shots) == 2
    second = page.strip.cards[2]
    assert first.choose.isEnabled() and second.choose.isEnabled()
    assert "All checks passed" in second.badge.text()
    qtbot.mouseClick(second.choose, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == 2 and page.chosen is page.strip.shots[1]
    assert "All checks passed" in page.checks.summary.text()
    assert not page.checks.override.isVisible()
    assert page.checks.save.isEnabled()
    qtbot.mouseClick(page.checks.save, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == 3
    record = store.current_photo(counter_ctx, case_id)
    assert record is not None and record.source == "camera"
    assert case_store.get_case(counter_ctx, case_id).photo_ref == record.file_ref
    saved = store.photo_path(counter_ctx, record.file_ref).read_bytes()
    assert saved == page.strip.shots[1].analysis.jpeg
    assert not page.feed.running  # the camera is released once the photo is saved
    assert not page.done.export.isEnabled()  # counter staff: export is for supervisors by default


def test_countdown_then_shot(qtbot, page, counter_ctx, case_of) -> None:  # type: ignore[no-untyped-def]
    case_of(counter_ctx)
    page.picker.refresh()
    page.picker._use_waiting()
    start_feed(qtbot, page)
    page.countdown_seconds = 1
    page.use_countdown.setChecked(True)
    page.shutter()
    assert page.preview.countdown == 1 and page.strip.shots == []
    qtbot.waitUntil(lambda: len(page.strip.shots) == 1, timeout=5000)
    assert page.preview.countdown == 0


def test_no_face_feed_shows_the_failure_on_the_shot(qtbot, page, counter_ctx, case_of) -> None:  # type: ignore[no-untyped-def]
    case_of(counter_ctx)
    page.picker.refresh()
    page.picker._use_waiting()
    start_feed(qtbot, page, NO_FACE_VIDEO)
    page.take()
    next_frames(qtbot, page)
    page.take()
    shot = page.strip.shots[1]
    assert shot.analysis is not None and not shot.analysis.passed
    assert "1 check(s) failed" in page.strip.cards[2].badge.text()
    page.choose(2)
    assert "cannot be used" in page.checks.summary.text()
    assert not page.checks.save.isEnabled() and page.checks.override.isHidden()


def test_without_a_camera_import_still_works_and_override_needs_a_reason(  # type: ignore[no-untyped-def]
    qtbot, page, counter_ctx, case_of, face_frame, tmp_path, prompter
) -> None:
    case_id = case_of(counter_ctx)
    page.camera.clear()
    page.fill_cameras()  # this machine has no camera
    assert page.camera.count() == 0 and "No camera found" in page.preview.message
    page.picker.refresh()
    page.picker._use_waiting()
    assert not page.shutter_button.isEnabled()
    # the 512 px photo: one imported shot may be chosen, but resolution cannot be overridden
    prompter.answers.append(str(FACE_PNG))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert page.strip.shots[0].source == "file" and page.strip.cards[1].choose.isEnabled()
    page.choose(1)
    assert not page.checks.save.isEnabled() and page.checks.override.isHidden()
    page.back_to_shots()
    # a dark photo from the tablet's camera app: staff accept it with a recorded reason
    dark = tmp_path / "dark.jpg"
    cv2.imwrite(str(dark), (face_frame.astype(np.float32) * 0.35).astype(np.uint8))
    page.import_path(dark)
    page.choose(2)
    assert not page.checks.override.isHidden()
    assert not page.checks.save.isEnabled()
    page.checks.reason.setCurrentIndex(page.checks.reason.findData(OverrideReason.OTHER))
    assert not page.checks.save.isEnabled()  # "other" needs the note
    page.checks.reason.setCurrentIndex(page.checks.reason.findData(OverrideReason.MEDICAL_COVERING))
    assert page.checks.save.isEnabled()
    qtbot.mouseClick(page.checks.save, Qt.MouseButton.LeftButton)
    record = store.current_photo(counter_ctx, case_id)
    assert record is not None and record.override_reason == OverrideReason.MEDICAL_COVERING
    assert record.source == "file" and record.overridden == ("exposure",)
    assert "Head covering for medical reasons" in page.done.status.text()


@pytest.mark.qt_log_ignore("Could not open media")
def test_feed_failures_are_reported_plainly(qtbot, page, prompter, tmp_path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"\x00" * 100)
    with qtbot.waitSignal(page.feed.failed, timeout=10000):
        page.start_video(broken)
    assert not page.feed.running
    assert "cannot be played" in prompter.texts("warn")[-1]
    assert "cannot be played" in page.preview.message


def test_a_feed_without_pictures_is_reported(qtbot, page, prompter) -> None:  # type: ignore[no-untyped-def]
    page.start_video(FACE_VIDEO)
    page.feed.frames = 0  # as a camera held by another program: started, but no picture comes
    with qtbot.waitSignal(page.feed.failed):
        page.feed._no_picture()
    assert not page.feed.running
    assert "sends no picture" in prompter.texts("warn")[-1]


def test_waiver_for_a_baby(qtbot, page, counter_ctx, case_of, prompter) -> None:  # type: ignore[no-untyped-def]
    case_id = case_of(counter_ctx, "山田 陽菜", counter_ctx.clock.today() - timedelta(days=100))
    page.picker.refresh()
    page.picker._use_waiting()
    assert not page.waive_button.isHidden()
    prompter.answers.append(True)
    qtbot.mouseClick(page.waive_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == 3
    assert store.current_photo(counter_ctx, case_id).waived
    assert "without a photo" in page.done.status.text()


def test_hiding_the_page_releases_the_camera(qtbot, page, counter_ctx, case_of) -> None:  # type: ignore[no-untyped-def]
    case_of(counter_ctx)
    page.picker.refresh()
    page.picker._use_waiting()
    start_feed(qtbot, page)
    page.hide()
    assert not page.feed.running


def test_supervisor_exports_and_prints_from_the_done_panel(  # type: ignore[no-untyped-def]
    qtbot, make_shell, ctx, staff_users, case_of, face_frame, tmp_path, prompter
) -> None:
    supervisor = ctx.as_actor(staff_users[Role.SUPERVISOR])
    case_id = case_of(supervisor)
    good = tmp_path / "good.png"
    cv2.imwrite(str(good), face_frame)
    settings.set_export_dir(supervisor, tmp_path)
    page = PhotoPage(make_shell(supervisor))
    qtbot.addWidget(page)
    page.picker.refresh()
    page.picker._use_waiting()
    page.import_path(good)
    page.choose(1)
    page.checks.save.click()
    assert page.done.export.isEnabled() and page.done.print_sheet.isEnabled()
    page.done.export.click()
    assert "was written to" in prompter.texts("info")[-1]
    record = store.current_photo(supervisor, case_id)
    assert (tmp_path / store.export_file_name(record)).is_file()
    page.done.print_sheet.click()
    dialog = page.done.preview_dialog
    assert dialog is not None and dialog.document.page_count == 1
    dialog.saved.emit(tmp_path / "sheet.pdf")
    actions = [str(r[0]) for r in ctx.db.conn.execute(
        "SELECT detail FROM audit_log WHERE entity = 'photo' ORDER BY seq")]  # fmt: skip
    assert "online_jpeg" in actions and "photo_sheet_pdf" in actions
    dialog.close()


def test_a_resident_without_a_case_gets_one_only_when_the_photo_is_saved(qtbot, page, counter_ctx) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.cases import CaseState
    from desktop.core.people import Person
    from desktop.store.people import add_person

    person = add_person(counter_ctx, Person(id=None, name="高橋 一郎", kana="タカハシ イチロウ"))
    page.picker.search.setText("タカハシ")
    page.picker.search.setFocus()
    qtbot.keyClick(page.picker.search, Qt.Key.Key_Return)  # Enter searches (not a shutter press)
    assert len(page.picker.people) == 1
    qtbot.mouseClick(page.picker.use_person, Qt.MouseButton.LeftButton)
    assert page.choice is not None and page.choice.case_id is None
    assert case_store.cases_of(counter_ctx, person.id) == []  # looking a resident up opens nothing
    start_feed(qtbot, page)
    page.shutter_button.setFocus()
    qtbot.keyClick(page.shutter_button, Qt.Key.Key_Space)  # the keyboard shutter
    next_frames(qtbot, page)
    qtbot.keyClick(page.shutter_button, Qt.Key.Key_Return)
    assert len(page.strip.shots) == 2
    page.strip.cards[1].choose.setFocus()
    qtbot.keyClick(page.strip.cards[1].choose, Qt.Key.Key_Space)  # Space presses the focused button
    assert page.stack.currentIndex() == 2 and len(page.strip.shots) == 2
    page.checks.save.click()
    (case,) = case_store.cases_of(counter_ctx, person.id)
    assert case.state == CaseState.RECEIVED and case.opened_by == "photo"
    assert case.photo_ref == store.current_photo(counter_ctx, case.id).file_ref
    assert page.choice.case_id == case.id


def test_another_screen_opens_the_page_for_a_case(qtbot, page, counter_ctx, case_of) -> None:  # type: ignore[no-untyped-def]
    """申請サポート's photo step calls open_for_case: the resident is chosen and the view audited."""
    case_id = case_of(counter_ctx, "山田 陽菜", counter_ctx.clock.today() - timedelta(days=100))
    page.open_for_case(case_id)
    assert page.choice is not None and page.choice.case_id == case_id
    assert page.stack.currentIndex() == 1
    assert not page.waive_button.isHidden()  # under one: the waiver is offered
    views = counter_ctx.db.conn.execute(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'view' AND entity = 'person'"
    ).fetchone()[0]
    assert views >= 1
