"""Step 2, the application form (交付申請書): its 23-digit 申請書ID.

The ID field takes what staff type from the paper and what a USB barcode scanner types when it reads the
form's QR code (the application site's address with the ID in it: the ID is extracted). Enter — which
the scanner sends after the code — accepts it and moves on. The QR code can also be read with the
camera or from an image file (decoded with OpenCV, never stored). Without a form (lost, or the resident
moved), a new one is printed on the national terminal: tick "No form", and add the new form's ID when
it is at hand.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.core.people import InvalidField
from desktop.i18n import tr_error
from desktop.jobs.assist.domain.application_form import (
    ID_DIGITS,
    QrReading,
    grouped,
    looks_like_qr_text,
    read_application_id,
)
from desktop.jobs.assist.domain.flow import AssistDraft, FormSource, Step
from desktop.jobs.assist.domain.records import AssistSession
from desktop.jobs.assist.ui.steps.base import StepWidget
from desktop.ui.widgets import ErrorLabel

OK_STYLE = "QLabel { color: #1b5e20; font-weight: bold; }"
IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)"


class FormStep(StepWidget):
    step = Step.FORM

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.set_texts(self.tr("Application form"), self.tr(
            "Scan the QR code of the form (barcode scanner or camera) or type the 23-digit application form "
            "ID printed on it."))  # fmt: skip
        self.source: FormSource | None = None
        self.application_id: str | None = None
        self.stop_scan: threading.Event | None = None
        self.edit = QLineEdit(self)
        self.edit.setObjectName("applicationIdEdit")
        self.edit.setMaxLength(400)  # a scanned address is longer than the ID
        self.edit.setPlaceholderText(self.tr("23 digits, or scan the QR code"))
        self.edit.setAccessibleName(self.tr("Application form ID"))
        font = self.edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.edit.setFont(font)
        self.echo = QLabel(self)
        self.echo.setObjectName("applicationIdEcho")
        self.error = ErrorLabel(self)
        self.camera = QPushButton(self.tr("Read the QR code with the &camera"), self)
        self.camera.setObjectName("scanCamera")
        self.image = QPushButton(self.tr("Read the QR code from an &image file…"), self)
        self.stop = QPushButton(self.tr("S&top the camera"), self)
        self.stop.setVisible(False)
        self.scanning = QLabel(self)
        buttons = QHBoxLayout()
        for w in (self.camera, self.image, self.stop):
            buttons.addWidget(w)
        buttons.addStretch(1)
        self.reissue = QCheckBox(self.tr("&No form: a new one is printed on the national terminal (e.g. after a move)"),
                                 self)  # fmt: skip
        self.reissue.setObjectName("formReissue")
        label = QLabel(self.tr("Application &form ID:"), self)
        label.setBuddy(self.edit)
        self.body.addWidget(label)
        self.body.addWidget(self.edit)
        self.body.addWidget(self.echo)
        self.body.addWidget(self.error)
        self.body.addLayout(buttons)
        self.body.addWidget(self.scanning)
        self.body.addSpacing(12)
        self.body.addWidget(self.reissue)
        self.body.addStretch(1)
        self.edit.textEdited.connect(self._typed)
        self.edit.returnPressed.connect(self._enter)
        self.camera.clicked.connect(self.scan_camera)
        self.image.clicked.connect(self.read_image)
        self.stop.clicked.connect(self.stop_camera)
        self.reissue.toggled.connect(self._reissue_toggled)

    # --- loading and applying ----------------------------------------------------------------------
    def load(self, session: AssistSession, draft: AssistDraft) -> None:
        super().load(session, draft)
        self.stop_camera()
        self.application_id = draft.application_id
        self.source = draft.form
        self.edit.setText(draft.application_id or "")
        self.reissue.blockSignals(True)
        self.reissue.setChecked(draft.form is FormSource.REISSUE)
        self.reissue.blockSignals(False)
        self.error.clear_error()
        self._echo()

    def apply(self, draft: AssistDraft) -> AssistDraft:
        form = FormSource.REISSUE if self.reissue.isChecked() else (self.source if self.application_id else None)
        return replace(draft, form=form, application_id=self.application_id)

    def focus_first(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problems(self, problems: list[InvalidField]) -> None:
        if any(p.field == "application_id" for p in problems):
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- typing and scanning -----------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        self.application_id = None
        self.error.clear_error()
        raw = text.strip()
        digits = sum(c.isdigit() for c in raw)
        if raw and not looks_like_qr_text(raw) and digits < ID_DIGITS and raw.replace(" ", "").replace("-", "").isdigit():
            self.echo.setStyleSheet("")
            self.echo.setText(self.tr("{count} of 23 digits").format(count=digits))
        elif raw:
            self._accept(raw, FormSource.SCANNER if looks_like_qr_text(raw) else FormSource.TYPED, quiet=True)
        else:
            self.echo.setText("")
        self.changed.emit()

    def _accept(self, text: str, source: FormSource, *, quiet: bool = False) -> bool:
        try:
            self.application_id = read_application_id(text)
        except InvalidField as err:
            self.application_id = None
            self.echo.setText("")
            if not quiet or len(text.strip()) >= ID_DIGITS:
                self.error.show_error(tr_error(err))
            return False
        self.source = source
        self.error.clear_error()
        if not quiet and self.edit.text() != self.application_id:
            self.edit.setText(self.application_id)  # a scanned address is replaced by the ID it holds
        self._echo()
        self.changed.emit()
        return True

    def _enter(self) -> None:
        text = self.edit.text().strip()
        if not text and self.reissue.isChecked():
            self.advance.emit()
            return
        source = self.source if self.source is not None and self.application_id else (
            FormSource.SCANNER if looks_like_qr_text(text) else FormSource.TYPED)  # fmt: skip
        if self._accept(text, source):
            self.advance.emit()

    def _echo(self) -> None:
        if self.application_id:
            self.echo.setStyleSheet(OK_STYLE)
            self.echo.setText("✓ " + grouped(self.application_id))
        else:
            self.echo.setText("")

    def _reissue_toggled(self, on: bool) -> None:
        self.edit.setPlaceholderText(self.tr("ID of the new form, when it is printed") if on
                                     else self.tr("23 digits, or scan the QR code"))  # fmt: skip
        self.changed.emit()

    def _reading(self, reading: QrReading) -> None:
        self._scan_done()
        try:
            found = reading.application_id()
        except InvalidField as err:
            self.error.show_error(tr_error(err))
            return
        self.edit.setText(found)
        self._accept(found, FormSource.QR)

    def _scan_failed(self, exc: BaseException) -> None:
        self._scan_done()
        self.error.show_error(tr_error(exc))

    def _scan_done(self) -> None:
        self.stop_scan = None
        self.stop.setVisible(False)
        self.camera.setEnabled(True)
        self.scanning.setText("")

    def scan_camera(self) -> None:
        from desktop.jobs.assist.camera import scan_camera

        if self.stop_scan is not None or self.session is None:
            return
        stop = threading.Event()
        self.stop_scan = stop
        index = self.session.settings.camera_index
        self.error.clear_error()
        self.camera.setEnabled(False)
        self.stop.setVisible(True)
        self.scanning.setText(self.tr("Hold the form's QR code in front of the camera…"))
        self.shell.tasks.run(lambda: scan_camera(index, stop), self._camera_result, self._scan_failed,
                             kind="io", progress=False, label=self.tr("Reading the QR code…"))  # fmt: skip

    def _camera_result(self, reading: QrReading) -> None:
        if not reading.texts and self.stop_scan is None:
            return
        stopped = self.stop_scan is not None and self.stop_scan.is_set()
        if stopped and not reading.texts:
            self._scan_done()
            return
        self._reading(reading)

    def stop_camera(self) -> None:
        if self.stop_scan is not None:
            self.stop_scan.set()
        self._scan_done()

    def read_image(self) -> None:
        from desktop.jobs.assist.domain.application_form import decode_qr_file

        path = self.shell.prompter.open_file(self.tr("Image of the application form"), Path.home(), IMAGE_FILTER)
        if path is None:
            return
        self.error.clear_error()
        self.shell.tasks.run(lambda: decode_qr_file(Path(path)), self._reading, self._scan_failed, kind="io",
                             label=self.tr("Reading the QR code…"))  # fmt: skip
