"""Step 3, the photo: taken on the spot (the tablet's camera for the online application, or the photo
screen), brought by the resident, or none for a child under one (checked against the birth date).

Works without a camera: "brought" and "none" need nothing else. When the photo screen (the photo job) is
installed, "Open the photo screen" switches to it for this resident; the photo it saves is hung on the
card case, and this step shows it as attached when you come back.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QRadioButton, QWidget

from desktop.core.people import InvalidField
from desktop.jobs.assist.domain.flow import AssistDraft, PhotoChoice, Step
from desktop.jobs.assist.domain.records import AssistSession
from desktop.jobs.assist.ui.steps.base import StepWidget
from desktop.ui.widgets import ErrorLabel

PHOTO_PAGE = "photo"


class PhotoStep(StepWidget):
    step = Step.PHOTO

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.set_texts(self.tr("Photo"), self.tr(
            "Front-facing, no hat, plain background, taken within 6 months. Children under one get a card "
            "without a photo."))  # fmt: skip
        self.buttons: dict[PhotoChoice, QRadioButton] = {
            PhotoChoice.TAKEN: QRadioButton(self.tr("&Taken on the spot (tablet or photo screen)"), self),
            PhotoChoice.BROUGHT: QRadioButton(self.tr("&Brought by the resident"), self),
            PhotoChoice.NONE_UNDER_ONE: QRadioButton(self.tr("N&one: a child under one"), self),
        }
        self.group = QButtonGroup(self)
        for choice, button in self.buttons.items():
            button.setObjectName(f"photo_{choice.value}")
            self.group.addButton(button)
            self.body.addWidget(button)
            button.toggled.connect(lambda on, c=choice: self._chosen(c) if on else None)
        self.attached = QLabel(self)
        self.attached.setObjectName("photoAttached")
        self.open_photo = QPushButton(self.tr("Open the &photo screen"), self)
        self.open_photo.setObjectName("openPhotoScreen")
        self.recheck = QPushButton(self.tr("Check the card case &again"), self)
        row = QHBoxLayout()
        row.addWidget(self.attached, 1)
        row.addWidget(self.open_photo)
        row.addWidget(self.recheck)
        self.error = ErrorLabel(self)
        self.body.addSpacing(8)
        self.body.addLayout(row)
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        self.open_photo.clicked.connect(self.open_photo_screen)
        self.recheck.clicked.connect(self.check_case)

    def load(self, session: AssistSession, draft: AssistDraft) -> None:
        super().load(session, draft)
        self.group.setExclusive(False)
        for choice, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(draft.photo is choice)
            button.blockSignals(False)
        self.group.setExclusive(True)
        self.error.clear_error()
        self.open_photo.setVisible(self._photo_row() is not None)
        self._show_attached(session.case.photo_ref)

    def _chosen(self, _choice: PhotoChoice) -> None:
        self.error.clear_error()
        self.changed.emit()

    def choice(self) -> PhotoChoice | None:
        return next((c for c, b in self.buttons.items() if b.isChecked()), None)

    def apply(self, draft: AssistDraft) -> AssistDraft:
        return replace(draft, photo=self.choice())

    def focus_first(self) -> None:
        (self.buttons.get(self.choice() or PhotoChoice.TAKEN) or self.buttons[PhotoChoice.TAKEN]).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def show_problems(self, problems: list[InvalidField]) -> None:
        if any(p.field == "photo" for p in problems):
            self.focus_first()

    def _show_attached(self, ref: str | None) -> None:
        self.attached.setText(self.tr("A photo is attached to the card case.") if ref
                              else self.tr("No photo attached to the card case yet."))  # fmt: skip

    # --- the photo screen (photo job), when installed ----------------------------------------------
    def _photo_row(self) -> int | None:
        window = getattr(self.shell, "main_window", None)
        entries = getattr(window, "entries", None) or []
        return next((i for i, e in enumerate(entries) if getattr(e, "key", "") == PHOTO_PAGE), None)

    def open_photo_screen(self) -> None:
        row = self._photo_row()
        if row is None or self.session is None:
            return
        self.buttons[PhotoChoice.TAKEN].setChecked(True)
        window = self.shell.main_window
        window.show_page(row)
        page = window.page(PHOTO_PAGE)
        opener = getattr(page, "open_for_case", None)  # a public entry of the photo page, when it has one
        if callable(opener):
            opener(self.session.case.id)

    def check_case(self) -> None:
        from desktop.store.cases import get_case

        if self.session is None:
            return
        ctx, case_id = self.shell.ctx, self.session.case.id
        self.shell.tasks.run(lambda: get_case(ctx, case_id), lambda case: self._show_attached(case.photo_ref),
                             label=self.tr("Checking the card case…"))  # fmt: skip
