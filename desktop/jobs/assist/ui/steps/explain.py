"""Step 4, explanations: the terms of use (a tick once explained), the options chosen — 電子証明書, 点字,
the 顔認証マイナンバーカード — and how the card will be received: at the counter after the handover
notice, or by post with the identity checked now (申請時来庁方式, which adds the identity step)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QGroupBox, QRadioButton, QVBoxLayout, QWidget

from desktop.core.people import InvalidField
from desktop.jobs.assist.domain.flow import AssistDraft, Step
from desktop.jobs.assist.domain.records import AssistSession
from desktop.jobs.assist.ui.steps.base import StepWidget
from desktop.ui.widgets import ErrorLabel


class ExplainStep(StepWidget):
    step = Step.EXPLAIN

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.set_texts(self.tr("Explanations"), self.tr(
            "Explain the terms of use and the options, and record what the resident chose."))  # fmt: skip
        self.terms = QCheckBox(self.tr("T&erms of use explained (利用規約)"), self)
        self.terms.setObjectName("termsExplained")
        self.cert = QCheckBox(self.tr("Electronic &certificates wanted (電子証明書)"), self)
        self.cert.setObjectName("certWanted")
        self.braille = QCheckBox(self.tr("B&raille on the card (点字)"), self)
        self.braille.setObjectName("braille")
        self.face = QCheckBox(self.tr("&Face recognition card: no PINs (顔認証マイナンバーカード)"), self)
        self.face.setObjectName("faceAuth")
        options = QGroupBox(self.tr("Options"), self)
        lay = QVBoxLayout(options)
        for w in (self.terms, self.cert, self.braille, self.face):
            lay.addWidget(w)
        self.at_counter = QRadioButton(self.tr("At the co&unter, after the handover notice arrives"), self)
        self.at_counter.setObjectName("receiveAtCounter")
        self.by_post = QRadioButton(self.tr("Identity checked &now, card sent by post (申請時来庁)"), self)
        self.by_post.setObjectName("receiveByPost")
        self.group = QButtonGroup(self)
        self.group.addButton(self.at_counter)
        self.group.addButton(self.by_post)
        receive = QGroupBox(self.tr("How the card will be received"), self)
        lay2 = QVBoxLayout(receive)
        lay2.addWidget(self.at_counter)
        lay2.addWidget(self.by_post)
        self.error = ErrorLabel(self)
        self.body.addWidget(options)
        self.body.addWidget(receive)
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        for box in (self.terms, self.cert, self.braille, self.face, self.at_counter, self.by_post):
            box.toggled.connect(lambda _on: self._edited())

    def _edited(self) -> None:
        self.error.clear_error()
        self.changed.emit()

    def load(self, session: AssistSession, draft: AssistDraft) -> None:
        super().load(session, draft)
        for box, on in ((self.terms, draft.terms_explained), (self.cert, draft.cert_wanted),
                        (self.braille, draft.braille), (self.face, draft.face_auth),
                        (self.at_counter, not draft.mailed_later), (self.by_post, draft.mailed_later)):  # fmt: skip
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        self.error.clear_error()

    def apply(self, draft: AssistDraft) -> AssistDraft:
        return replace(draft, terms_explained=self.terms.isChecked(), cert_wanted=self.cert.isChecked(),
                       braille=self.braille.isChecked(), face_auth=self.face.isChecked(),
                       mailed_later=self.by_post.isChecked())  # fmt: skip

    def focus_first(self) -> None:
        self.terms.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problems(self, problems: list[InvalidField]) -> None:
        if any(p.field == "terms" for p in problems):
            self.terms.setFocus(Qt.FocusReason.OtherFocusReason)
