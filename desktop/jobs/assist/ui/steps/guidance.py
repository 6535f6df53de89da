"""Step 8, what to bring at handover: what happens next and when, and what to bring — the same sentences
the slip prints. Tick once explained; the slip prints when the application is finished."""

from __future__ import annotations

import html
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from desktop.core.people import InvalidField
from desktop.i18n import translate
from desktop.jobs.assist.documents import SlipData, next_steps, things_to_bring
from desktop.jobs.assist.domain.flow import AssistDraft, Channel, Step, delivery_of
from desktop.jobs.assist.domain.records import AssistSession
from desktop.jobs.assist.ui.steps.base import StepWidget
from desktop.ui.widgets import ErrorLabel


class GuidanceStep(StepWidget):
    step = Step.GUIDANCE

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.set_texts(self.tr("What to bring at handover"), self.tr(
            "Explain what happens next and what to bring. The slip with the same text prints when you finish "
            "(Ctrl+Enter)."))  # fmt: skip
        self.next = QLabel(self)
        self.next.setObjectName("guidanceNext")
        self.next.setWordWrap(True)
        self.bring = QLabel(self)
        self.bring.setObjectName("guidanceBring")
        self.bring.setWordWrap(True)
        self.explained = QCheckBox(self.tr("&Explained what happens next and what to bring"), self)
        self.explained.setObjectName("guidanceExplained")
        self.error = ErrorLabel(self)
        for w in (self.next, self.bring, self.explained, self.error):
            self.body.addWidget(w)
        self.body.addStretch(1)
        self.explained.toggled.connect(lambda _on: self._edited())

    def _edited(self) -> None:
        self.error.clear_error()
        self.changed.emit()

    def show_texts(self, session: AssistSession, draft: AssistDraft) -> None:
        s = session.settings
        data = SlipData(name=session.person.name, applied_on=session.facts.today, queue_number=draft.queue_number,
                        application_id=draft.application_id, channel_text="", cert_wanted=draft.cert_wanted,
                        braille=draft.braille, face_auth=draft.face_auth, mailed_later=draft.mailed_later,
                        delivery=delivery_of(draft), weeks_min=s.weeks_min, weeks_max=s.weeks_max, bring=s.bring,
                        paper_application=draft.channel is Channel.PAPER)  # fmt: skip
        self.next.setText("<b>" + translate("AssistPrint", "What happens next") + "</b><br>"
                          + "<br>".join("・" + html.escape(line) for line in next_steps(data)))  # fmt: skip
        self.bring.setText("<b>" + translate("AssistPrint", "What to bring") + "</b><br>"
                           + "<br>".join("□ " + html.escape(line) for line in things_to_bring(data)))  # fmt: skip

    def load(self, session: AssistSession, draft: AssistDraft) -> None:
        super().load(session, draft)
        self.show_texts(session, draft)
        self.explained.blockSignals(True)
        self.explained.setChecked(draft.guidance_explained)
        self.explained.blockSignals(False)
        self.error.clear_error()

    def apply(self, draft: AssistDraft) -> AssistDraft:
        return replace(draft, guidance_explained=self.explained.isChecked())

    def focus_first(self) -> None:
        self.explained.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problems(self, problems: list[InvalidField]) -> None:
        if any(p.field == "guidance" for p in problems):
            self.explained.setFocus(Qt.FocusReason.OtherFocusReason)
