"""Step 7, the application itself: "Online application sent" once the tablet shows it was sent (the time
is recorded, and the flow moves on), or a paper application the resident will post."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from desktop.core.clock import to_local
from desktop.core.people import InvalidField
from desktop.jobs.assist.domain.flow import AssistDraft, Channel, Step
from desktop.jobs.assist.domain.records import AssistSession
from desktop.jobs.assist.ui.steps.base import StepWidget
from desktop.ui.widgets import ErrorLabel


class ApplyStep(StepWidget):
    step = Step.APPLY

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.set_texts(self.tr("Application"), self.tr(
            "Send the online application on the tablet with the resident. Press the button when the tablet "
            "says it was sent."))  # fmt: skip
        self.channel: Channel | None = None
        self.applied_at: datetime | None = None
        self.online = QPushButton(self.tr("&Online application sent"), self)
        self.online.setObjectName("onlineSent")
        font = QFont(self.online.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.online.setFont(font)
        self.online.setMinimumHeight(48)
        self.paper = QPushButton(self.tr("Pa&per application: the resident posts the form"), self)
        self.paper.setObjectName("paperApplication")
        self.undo = QPushButton(self.tr("Not sent yet"), self)
        self.status = QLabel(self)
        self.status.setObjectName("applicationStatus")
        self.error = ErrorLabel(self)
        for w in (self.online, self.paper, self.status, self.undo, self.error):
            self.body.addWidget(w, 0, Qt.AlignmentFlag.AlignLeft if w is not self.online else Qt.AlignmentFlag(0))
        self.body.addStretch(1)
        self.online.clicked.connect(lambda: self._set(Channel.ONLINE, advance=True))
        self.paper.clicked.connect(lambda: self._set(Channel.PAPER, advance=False))
        self.undo.clicked.connect(lambda: self._set(None, advance=False))

    def _set(self, channel: Channel | None, *, advance: bool) -> None:
        self.channel = channel
        self.applied_at = None if channel is None else self.shell.ctx.clock.now()
        self._show()
        self.error.clear_error()
        self.changed.emit()
        if advance:
            self.advance.emit()

    def _show(self) -> None:
        if self.channel is None or self.applied_at is None:
            self.status.setText(self.tr("Not sent yet."))
        elif self.channel is Channel.ONLINE:
            self.status.setText(self.tr("Online application sent at {time}.").format(
                time=f"{to_local(self.applied_at):%H:%M}"))  # fmt: skip
        else:
            self.status.setText(self.tr("Paper application: the resident posts the form."))
        self.undo.setVisible(self.channel is not None)

    def load(self, session: AssistSession, draft: AssistDraft) -> None:
        super().load(session, draft)
        self.channel, self.applied_at = draft.channel, draft.applied_at
        if self.channel is Channel.PAPER and self.applied_at is None:
            self.applied_at = session.record.started_at
        self._show()
        self.error.clear_error()

    def apply(self, draft: AssistDraft) -> AssistDraft:
        return replace(draft, channel=self.channel, applied_at=self.applied_at)

    def focus_first(self) -> None:
        self.online.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problems(self, problems: list[InvalidField]) -> None:
        if any(p.field == "channel" for p in problems):
            self.online.setFocus(Qt.FocusReason.OtherFocusReason)
