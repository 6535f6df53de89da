"""写真撮影: the photo page. Whose photo → camera and shots → the chosen shot's checks → saved.

Works on a Windows tablet (touch: large buttons, tap the preview to take a shot) and on a PC with a
webcam (Space or Enter takes a shot, keys 1–9 pick one, Esc goes back). A countdown is optional.
The camera is chosen from Qt Multimedia's inputs; in a demo office (or with the environment variable
MADOGUCHI_PHOTO_VIDEO naming a video file) a video file may stand in for the camera. Checks run on the
"io" task pool, so the preview never waits for them. Without a camera, "Import from file" still works.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.staff import Role
from desktop.jobs.photo.domain.analysis import Analysis, analyze
from desktop.jobs.photo.domain.checks import OverrideReason
from desktop.jobs.photo.domain.imageio import FILE_FILTER, read_image_file
from desktop.jobs.photo.domain.rules import PhotoRules
from desktop.jobs.photo.store import PhotoRecord, under_one
from desktop.jobs.photo.ui.case_picker import CaseChoice, CasePicker
from desktop.jobs.photo.ui.checks_panel import ChecksPanel
from desktop.jobs.photo.ui.done_panel import DonePanel
from desktop.jobs.photo.ui.feed import FrameFeed, bgr_to_qimage
from desktop.jobs.photo.ui.preview import PreviewView
from desktop.jobs.photo.ui.shots import Shot, ShotStrip
from desktop.ui.widgets import heading

VIDEO_ENV = "MADOGUCHI_PHOTO_VIDEO"
VIDEO_ITEM = "video-file"
THUMB_MAX = 480  # px: the frame kept for a shot's card until its crop is ready


def _load_settings(ctx: Any) -> tuple[PhotoRules, Role, int]:
    from desktop.jobs.photo.settings import countdown_seconds, export_role, load_rules

    return load_rules(ctx), export_role(ctx), countdown_seconds(ctx)


def _small(pixels: npt.NDArray[np.uint8]) -> Any:
    import cv2

    h, w = pixels.shape[:2]
    scale = min(1.0, THUMB_MAX / max(h, w))
    if scale < 1.0:
        size = (max(1, int(w * scale)), max(1, int(h * scale)))
        pixels = np.asarray(cv2.resize(pixels, size, interpolation=cv2.INTER_AREA), dtype=np.uint8)
    return bgr_to_qimage(pixels)


class PhotoPage(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setObjectName("photoPage")
        self.rules = PhotoRules()
        self.countdown_seconds = 3
        self.choice: CaseChoice | None = None
        self.chosen: Shot | None = None
        self.feed = FrameFeed(self)
        self.feed.failed.connect(self._feed_failed)
        self.feed.runningChanged.connect(lambda _running: self._update_capture())
        self._left = 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count)

        self.picker = CasePicker(shell, self)
        self.picker.caseChosen.connect(self.use_case)
        self.checks = ChecksPanel(self)
        self.checks.backRequested.connect(self.back_to_shots)
        self.checks.saveRequested.connect(self.save)
        self.done = DonePanel(shell, self)
        self.done.nextRequested.connect(self.next_resident)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.picker)
        self.capture_page = self._capture_page()
        self.stack.addWidget(self.capture_page)
        self.stack.addWidget(self.checks)
        self.stack.addWidget(self.done)
        self.title = heading(self.tr("Photo"), self)
        self.who = QLabel(self)
        self.who.setObjectName("photoWho")
        self.change = QPushButton(self.tr("Change resident"), self)
        self.change.clicked.connect(self.next_resident)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.who, 1)
        top.addWidget(self.change)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        for key in ("Space", "Return", "Enter"):  # only on the capture step (the search box keeps Enter)
            QShortcut(QKeySequence(key), self.capture_page, self._shutter_key,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        QShortcut(QKeySequence("Escape"), self, self._escape, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._show_step(0)
        self.refresh()

    # -- building ------------------------------------------------------------------------------------
    def _capture_page(self) -> QWidget:
        page = QWidget(self)
        self.camera = QComboBox(page)
        self.camera.setObjectName("cameraChoice")
        self.camera.setAccessibleName(self.tr("Camera"))
        self.start_button = QPushButton(self.tr("Start the camera"), page)
        self.start_button.clicked.connect(self.start_selected)
        self.use_countdown = QCheckBox(self.tr("Count&down"), page)
        self.import_button = QPushButton(self.tr("&Import from file…"), page)
        self.import_button.setObjectName("importPhoto")
        self.import_button.clicked.connect(self.import_file)
        self.waive_button = QPushButton(self.tr("No photo (under one)…"), page)
        self.waive_button.setObjectName("waivePhoto")
        self.waive_button.clicked.connect(self.waive)
        bar = QHBoxLayout()
        bar.addWidget(self.camera, 1)
        bar.addWidget(self.start_button)
        bar.addWidget(self.use_countdown)
        bar.addWidget(self.import_button)
        bar.addWidget(self.waive_button)
        self.preview = PreviewView(self.feed, page)
        self.preview.tapped.connect(self.shutter)
        self.shutter_button = QPushButton(self.tr("Take a photo (Space)"), page)
        self.shutter_button.setObjectName("shutter")
        self.shutter_button.setMinimumHeight(56)
        self.shutter_button.clicked.connect(self.shutter)
        self.strip = ShotStrip(page)
        self.strip.chosen.connect(self.choose)
        self.strip.setMinimumWidth(380)
        left = QVBoxLayout()
        left.addWidget(self.preview, 1)
        left.addWidget(self.shutter_button)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.strip, 2)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(body, 1)
        return page

    def _show_step(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.change.setVisible(index in (1, 2))
        if index == 0:
            self.who.setText(self.tr("Choose whose photo to take."))

    # -- settings and cameras ------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: _load_settings(ctx), self._settings_loaded, label=self.tr("Loading…"))
        if self.stack.currentIndex() == 0:
            self.picker.refresh()
        self.fill_cameras()

    def _settings_loaded(self, loaded: tuple[PhotoRules, Role, int]) -> None:
        self.rules, self.done.export_role, self.countdown_seconds = loaded
        self.preview.set_guide(self.rules.head_mm, self.rules.crown_mm)

    def fill_cameras(self) -> None:
        self.camera.clear()
        for device in FrameFeed.cameras():
            self.camera.addItem(device.description(), device)
        if self.shell.info.demo or os.environ.get(VIDEO_ENV):
            self.camera.addItem(self.tr("Video file (demo / training)…"), VIDEO_ITEM)
        if self.camera.count() == 0:
            self.preview.set_message(self.tr("No camera found. Connect a camera, or import a photo from a file."))
        self._update_capture()

    def start_selected(self) -> None:
        data = self.camera.currentData()
        if data == VIDEO_ITEM:
            env = os.environ.get(VIDEO_ENV)
            path = Path(env) if env else self.shell.prompter.open_file(
                self.tr("Choose a video file"), Path.home(), "*.mp4 *.avi *.mkv *.mov")  # fmt: skip
            if path is not None:
                self.start_video(path)
        elif data is not None:
            self.preview.set_message("")
            self.feed.start_camera(data)

    def start_video(self, path: Path) -> None:
        """Play a video file into the same sink a camera uses (demo, training, tests)."""
        self.preview.set_message("")
        self.feed.start_file(path)

    def _feed_failed(self, message: str) -> None:
        self.preview.set_message(message)
        self.shell.prompter.warn(self.tr("Camera"), message)

    def _update_capture(self) -> None:
        running = self.feed.running
        self.shutter_button.setEnabled(running and self.choice is not None)
        self.start_button.setEnabled(self.camera.count() > 0)
        self.start_button.setText(self.tr("Restart the camera") if running else self.tr("Start the camera"))

    # -- the resident --------------------------------------------------------------------------------
    def use_case(self, choice: CaseChoice) -> None:
        self.choice = choice
        self.strip.clear()
        self.who.setText(self.tr("Photo of {name}").format(name=choice.name))
        baby = choice.birth_date is not None and under_one(choice.birth_date, self.shell.ctx.clock.today())
        self.waive_button.setVisible(baby)
        self._show_step(1)
        if not self.feed.running and self.camera.count() > 0 and self.camera.currentData() != VIDEO_ITEM:
            self.start_selected()
        self._update_capture()
        self.shutter_button.setFocus()

    def open_for_case(self, case_id: str) -> None:
        """Public entry for other screens (申請サポート): photograph the resident of this card case."""
        ctx = self.shell.ctx

        def work() -> CaseChoice:
            from desktop.store.cases import get_case
            from desktop.store.people import get_person

            case = get_case(ctx, case_id)
            if case.person_id is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This card case no longer names a resident."))
            person = get_person(ctx, case.person_id)  # the audited view of the resident
            return CaseChoice(case.id, case.person_id, person.name, person.birth_date)

        self.shell.tasks.run(work, self.use_case, label=self.tr("Opening the resident…"))

    def next_resident(self) -> None:
        self.choice = None
        self.chosen = None
        self.strip.clear()
        self._stop_countdown()
        self._show_step(0)
        self.picker.refresh()
        self._update_capture()

    # -- shots ---------------------------------------------------------------------------------------
    def _shutter_key(self) -> None:
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton) and focus is not self.shutter_button:
            focus.click()  # Space on a focused button (a shot's "Choose") still presses that button
        elif self.stack.currentIndex() == 1 and self.shutter_button.isEnabled():
            self.shutter()

    def _escape(self) -> None:
        if self.stack.currentIndex() == 2:
            self.back_to_shots()
        elif self._tick.isActive():
            self._stop_countdown()

    def shutter(self) -> None:
        if self._tick.isActive() or not self.shutter_button.isEnabled():
            return
        if self.use_countdown.isChecked():
            self._left = self.countdown_seconds
            self.preview.set_countdown(self._left)
            self._tick.start()
        else:
            self.take()

    def _count(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self._stop_countdown()
            self.take()
        else:
            self.preview.set_countdown(self._left)

    def _stop_countdown(self) -> None:
        self._tick.stop()
        self.preview.set_countdown(0)

    def take(self) -> Shot | None:
        """Take the newest frame as a shot and check it off the GUI thread."""
        pixels = self.feed.grab()
        if pixels is None:
            self.shell.prompter.warn(self.tr("Camera"), self.tr("There is no picture yet. Wait for the preview."))
            return None
        shot = Shot(self.strip.next_number(), "camera", _small(pixels))
        self.strip.add(shot)
        self._analyze(shot, lambda: analyze(pixels, self.rules))
        return shot

    def import_file(self) -> None:
        path = self.shell.prompter.open_file(self.tr("Import a photo"), Path.home(), FILE_FILTER)
        if path is not None:
            self.import_path(path)

    def import_path(self, path: Path) -> None:
        rules = self.rules

        def work() -> tuple[Any, Analysis]:
            pixels = read_image_file(path)
            return _small(pixels), analyze(pixels, rules)

        self.shell.tasks.run(work, self._imported, label=self.tr("Checking the photo…"), kind="io")

    def _imported(self, result: tuple[Any, Analysis]) -> None:
        preview, analysis = result
        shot = Shot(self.strip.next_number(), "file", preview, analysis)
        self.strip.add(shot)

    def _analyze(self, shot: Shot, work: Any) -> None:
        def done(analysis: Analysis) -> None:
            shot.analysis = analysis
            self.strip.refresh()

        def failed(exc: BaseException) -> None:
            from desktop.tasks.failures import describe

            shot.error = describe(exc)[1]
            self.strip.refresh()

        self.shell.tasks.run(work, done, failed, label=self.tr("Checking the photo…"), kind="io", progress=False)

    def choose(self, number: int) -> None:
        shot = self.strip.shot(number)
        if shot is None or shot.analysis is None:
            return
        self.chosen = shot
        self.checks.show_analysis(shot.analysis)
        self._show_step(2)

    def back_to_shots(self) -> None:
        self._show_step(1)

    # -- saving --------------------------------------------------------------------------------------
    def save(self, reason: OverrideReason | None, note: str) -> None:
        from desktop.jobs.photo.intake import save_for

        shot, choice, ctx = self.chosen, self.choice, self.shell.ctx
        if shot is None or shot.analysis is None or choice is None:
            return
        analysis = shot.analysis
        self.shell.tasks.run(
            lambda: save_for(ctx, choice.case_id, choice.person_id, analysis, source=shot.source, reason=reason,
                             note=note),  # fmt: skip
            lambda record: self._saved(record, analysis.image),
            label=self.tr("Saving the photo…"),
        )

    def _saved(self, record: PhotoRecord, pixels: Any) -> None:
        if self.choice is not None:
            self.choice = replace(self.choice, case_id=record.case_id)
        self.feed.stop()
        self.done.show_record(record, self.choice.name if self.choice else "", pixels)
        self._show_step(3)
        self.shell.refresh_today()

    def waive(self) -> None:
        from desktop.jobs.photo.intake import waive_for

        choice, ctx = self.choice, self.shell.ctx
        if choice is None or not self.shell.prompter.ask_yes_no(
            self.tr("No photo"),
            self.tr("Record that {name} (under one year old) gets a card without a photo?").format(name=choice.name),
        ):
            return
        self.shell.tasks.run(lambda: waive_for(ctx, choice.case_id, choice.person_id), lambda r: self._saved(r, None),
                             label=self.tr("Saving…"))  # fmt: skip

    # -- visibility: the camera runs only while the page is shown -----------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.stack.currentIndex() == 1 and not self.feed.running and self.camera.currentData() not in (None, VIDEO_ITEM):
            self.start_selected()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self._stop_countdown()
        self.feed.stop()
        super().hideEvent(event)
