"""Step 1, reception (受付): the resident (the shared PersonForm — card reading fills it through its action
hook), the 受付番号 and whether its ticket was printed, and a short note of the resident's questions.

For a new walk-in the form starts empty and there is no number yet: it comes when the resident is
stored and checked in (Ctrl+Enter), and the ticket is printed then.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.core.people import InvalidField
from desktop.jobs.assist.domain.flow import NOTE_MAX, AssistDraft, Step
from desktop.jobs.assist.domain.records import AssistSession
from desktop.jobs.assist.ui.steps.base import StepWidget
from desktop.ui.person_form import PersonForm
from desktop.ui.widgets import ErrorLabel


class ReceptionStep(StepWidget):
    step = Step.RECEPTION
    printTicket = Signal()  # noqa: N815 - Qt naming

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.set_texts(self.tr("Reception"), self.tr(
            "Check the resident's details (read the card, or type them) and note what they want to ask."))  # fmt: skip
        self.form = PersonForm(shell.ctx, shell.tasks, self)
        self.form.setObjectName("assistPersonForm")
        self.number = QLabel(self)
        self.number.setObjectName("queueNumber")
        self.ticket = QLabel(self)
        self.ticket_button = QPushButton(self.tr("Print the &ticket"), self)
        self.ticket_button.setObjectName("printTicket")
        self.ticket_button.clicked.connect(self.printTicket.emit)
        row = QHBoxLayout()
        row.addWidget(self.number)
        row.addWidget(self.ticket, 1)
        row.addWidget(self.ticket_button)
        self.questions = QLineEdit(self)
        self.questions.setObjectName("assistQuestions")
        self.questions.setMaxLength(NOTE_MAX)
        self.questions.setPlaceholderText(self.tr("e.g. worried about the photo; asks about the PINs"))
        self.error = ErrorLabel(self)
        notes = QFormLayout()
        label = QLabel(self.tr("&Questions:"), self)
        label.setBuddy(self.questions)
        notes.addRow(label, self.questions)
        self.body.addLayout(row)
        self.body.addWidget(self.form, 1)
        self.body.addLayout(notes)
        self.body.addWidget(self.error)
        self.questions.textEdited.connect(lambda _t: self.changed.emit())
        self.form.edited.connect(self.changed.emit)
        self.form.person_loaded.connect(lambda _p: self.changed.emit())

    def start_new(self) -> None:
        """A new walk-in: an empty form, no number yet."""
        self.session = None
        self.form.set_person(None)
        self.questions.clear()
        self.error.clear_error()
        self.number.setText(self.tr("Walk-in: the queue number is given when you continue."))
        self.ticket.setText("")
        self.ticket_button.setVisible(False)

    def load(self, session: AssistSession, draft: AssistDraft) -> None:
        super().load(session, draft)
        if self.form.person_id() != session.person.id or not self.form.is_modified():
            self.form.set_person(session.person)
        self.questions.setText(draft.questions)
        self.error.clear_error()
        self.set_ticket(session.record.ticket_printed or not session.ticket_needed)
        number = draft.queue_number
        self.number.setText(self.tr("Queue number {number}").format(number=number) if number else "")

    def set_ticket(self, printed: bool) -> None:
        self.ticket.setText(self.tr("(ticket printed)") if printed else self.tr("(ticket not printed yet)"))
        self.ticket_button.setVisible(self.session is not None)
        self.ticket_button.setText(self.tr("Print the &ticket again") if printed else self.tr("Print the &ticket"))

    def apply(self, draft: AssistDraft) -> AssistDraft:
        return replace(draft, questions=self.questions.text())

    def focus_first(self) -> None:
        target = self.form.edits["name"] if self.session is None else self.questions
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problems(self, problems: list[InvalidField]) -> None:
        if any(p.field == "questions" for p in problems):
            self.questions.setFocus(Qt.FocusReason.OtherFocusReason)
