"""After saving: the photo on the card case, its export for the online application (this PC's export
folder, audited, for the roles the office allows) and the 4.5 × 3.5 cm photo sheet for paper
applications (print preview at 100 %, audited)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.staff import Role
from desktop.i18n import tr_text
from desktop.jobs.photo.store import PhotoRecord
from desktop.jobs.photo.ui.feed import bgr_to_qimage

CROP_W, CROP_H = 315, 405


class DonePanel(QWidget):
    nextRequested = Signal()  # noqa: N815

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.record: PhotoRecord | None = None
        self.name = ""
        self.export_role = Role.SUPERVISOR
        self.preview_dialog: Any = None
        self.picture = QLabel(self)
        self.picture.setFixedSize(CROP_W, CROP_H)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("background: #202020; color: white;")
        self.status = QLabel(self)
        self.status.setObjectName("photoDoneStatus")
        self.status.setWordWrap(True)
        self.export = QPushButton(self.tr("&Export JPEG for the online application"), self)
        self.export.setObjectName("exportPhoto")
        self.print_sheet = QPushButton(self.tr("&Print the photo sheet (4.5 × 3.5 cm)…"), self)
        self.print_sheet.setObjectName("printPhotoSheet")
        self.next = QPushButton(self.tr("&Next resident"), self)
        self.next.setObjectName("nextResident")
        for b in (self.export, self.print_sheet, self.next):
            b.setMinimumHeight(48)
        self.export.clicked.connect(self.export_jpeg)
        self.print_sheet.clicked.connect(self.print_photo_sheet)
        self.next.clicked.connect(self.nextRequested.emit)
        right = QVBoxLayout()
        right.addWidget(self.status)
        right.addWidget(self.export)
        right.addWidget(self.print_sheet)
        right.addStretch(1)
        right.addWidget(self.next)
        layout = QHBoxLayout(self)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(right, 1)

    def show_record(self, record: PhotoRecord, name: str, pixels: Any = None) -> None:
        self.record, self.name = record, name
        if record.waived:
            self.picture.setText(self.tr("No photo"))
            self.status.setText(self.tr(
                "{name}: the card is applied for without a photo (under one year old). Recorded on the card case."
            ).format(name=name))  # fmt: skip
        else:
            if pixels is not None:
                pix = QPixmap.fromImage(bgr_to_qimage(pixels)).scaled(
                    CROP_W, CROP_H, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
                self.picture.setPixmap(pix)
            text = self.tr("{name}: the photo ({w} × {h} px, {kb} KB) is saved on the card case.").format(
                name=name, w=record.width, h=record.height, kb=round((record.bytes or 0) / 1024)
            )
            if record.override_reason is not None:
                text += " " + self.tr("Accepted despite failed checks: {reason}.").format(
                    reason=tr_text(record.override_reason.label)
                )
            self.status.setText(text)
        allowed = self.shell.actor.may(self.export_role) and not record.waived
        self.export.setEnabled(allowed)
        self.print_sheet.setEnabled(allowed)
        if not record.waived and not allowed:
            self.export.setToolTip(self.tr("Only a supervisor may export or print the photo (Settings › Photo)."))

    def export_jpeg(self) -> None:
        from desktop.jobs.photo.store import export_photo

        record, ctx = self.record, self.shell.ctx
        if record is None:
            return
        self.shell.tasks.run(lambda: export_photo(ctx, record.id), self._exported, label=self.tr("Exporting…"))

    def _exported(self, path: Any) -> None:
        self.shell.prompter.info(
            self.tr("Photo exported"),
            self.tr("The JPEG for the online application was written to {path}.").format(path=path),
        )

    def print_photo_sheet(self) -> None:
        record, ctx, name = self.record, self.shell.ctx, self.name
        if record is None:
            return

        def build() -> Any:
            from desktop.jobs.photo.documents import letterhead_for, photo_sheet
            from desktop.jobs.photo.store import read_photo
            from desktop.store.office import load_profile

            data = read_photo(ctx, record.id)
            return photo_sheet(data, taken_on=record.taken_on, letterhead=letterhead_for(load_profile(ctx)),
                               when=ctx.clock.now(), name=name)  # fmt: skip

        self.shell.tasks.run(build, self._preview, label=self.tr("Preparing the photo sheet…"))

    def _preview(self, document: Any) -> None:
        from desktop.jobs.photo.store import record_sheet_output
        from desktop.printing.qt import PrintPreviewDialog

        record, ctx = self.record, self.shell.ctx
        if record is None:
            return
        dialog = PrintPreviewDialog(document, self.shell.prompter, tasks=self.shell.tasks, parent=self)
        dialog.printed.connect(lambda: self.shell.tasks.run(lambda: record_sheet_output(ctx, record.id, "print")))
        dialog.saved.connect(lambda _p: self.shell.tasks.run(lambda: record_sheet_output(ctx, record.id, "pdf")))
        self.preview_dialog = dialog
        dialog.open()
