"""What every step of the flow offers the flow screen: load the session, put its values into the draft,
take the focus, show the problems of its fields. `changed` re-checks the checklist live; `advance` asks
the flow to move on after a decisive act (a scan ending with Enter, "online application sent")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.core.people import InvalidField
from desktop.jobs.assist.domain.flow import AssistDraft, Step
from desktop.jobs.assist.domain.records import AssistSession
from desktop.ui.widgets import heading


class StepWidget(QWidget):
    changed = Signal()
    advance = Signal()
    step: Step = Step.RECEPTION

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.session: AssistSession | None = None
        self.title = heading("", self, scale=1.2)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.title)
        self.body.addWidget(self.hint)

    def set_texts(self, title: str, hint: str) -> None:
        self.title.setText(title)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def load(self, session: AssistSession, draft: AssistDraft) -> None:
        self.session = session

    def apply(self, draft: AssistDraft) -> AssistDraft:
        return draft

    def focus_first(self) -> None:
        self.setFocus()

    def show_problems(self, problems: list[InvalidField]) -> None:
        """Point at the fields concerned (the flow lists the messages itself)."""
