"""Step 6, contact: the resident's phone, the tablet used for the online application (from the office's
tablet list, or the venue session's), its own mail address, and the contact name 「市民課+受付番号」
filled in from the 受付番号 — shown large, to be typed on the tablet."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.core.people import InvalidField
from desktop.jobs.assist.domain.flow import AssistDraft, Channel, Step, contact_name
from desktop.jobs.assist.domain.records import AssistSession
from desktop.jobs.assist.ui.steps.base import StepWidget
from desktop.ui.widgets import ErrorLabel


def _big(label: QLabel) -> None:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


class ContactStep(StepWidget):
    step = Step.CONTACT

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.set_texts(self.tr("Contact"), self.tr(
            "The online application is made with the tablet's mail address and this contact name; the "
            "resident's phone is kept in the ledger for questions."))  # fmt: skip
        self.phone = QLineEdit(self)
        self.phone.setObjectName("assistPhone")
        self.phone.setMaxLength(20)
        self.phone.setPlaceholderText(self.tr("e.g. 090-1234-5678"))
        self.tablet = QComboBox(self)
        self.tablet.setObjectName("assistTablet")
        self.mail = QLabel(self)
        self.mail.setObjectName("tabletMail")
        _big(self.mail)
        self.contact = QLabel(self)
        self.contact.setObjectName("contactName")
        _big(self.contact)
        self.copy_mail = QPushButton(self.tr("Copy"), self)
        self.copy_mail.setAccessibleName(self.tr("Copy the mail address"))
        self.copy_contact = QPushButton(self.tr("Copy"), self)
        self.copy_contact.setAccessibleName(self.tr("Copy the contact name"))
        self.paper_note = QLabel(self.tr("(Not needed for a paper application.)"), self)
        form = QFormLayout()
        phone_label = QLabel(self.tr("&Phone:"), self)
        phone_label.setBuddy(self.phone)
        tablet_label = QLabel(self.tr("&Tablet:"), self)
        tablet_label.setBuddy(self.tablet)
        form.addRow(phone_label, self.phone)
        form.addRow(tablet_label, self.tablet)
        form.addRow(self.tr("Mail address:"), self._with(self.mail, self.copy_mail))
        form.addRow(self.tr("Contact name:"), self._with(self.contact, self.copy_contact))
        self.error = ErrorLabel(self)
        self.body.addLayout(form)
        self.body.addWidget(self.paper_note)
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        self.phone.textEdited.connect(lambda _t: self._edited())
        self.tablet.currentIndexChanged.connect(lambda _i: self._tablet_changed())
        self.copy_mail.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.mail.text()))
        self.copy_contact.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.contact.text()))

    def _with(self, label: QLabel, button: QPushButton) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label, 1)
        row.addWidget(button)
        return box

    def _edited(self) -> None:
        self.error.clear_error()
        self.changed.emit()

    def _tablet_changed(self) -> None:
        if self.session is not None:
            self.mail.setText(self.session.tablet_mails.get(self.tablet.currentText(), ""))
        self._edited()

    def load(self, session: AssistSession, draft: AssistDraft) -> None:
        super().load(session, draft)
        self.phone.setText(draft.phone)
        self.tablet.blockSignals(True)
        self.tablet.clear()
        self.tablet.addItems(list(session.facts.tablets))
        self.tablet.setCurrentText(draft.tablet or session.default_tablet)
        self.tablet.blockSignals(False)
        self.mail.setText(session.tablet_mails.get(self.tablet.currentText(), ""))
        self.contact.setText(draft.contact_name or contact_name(session.department, draft.queue_number))
        self.paper_note.setVisible(draft.channel is Channel.PAPER)
        self.error.clear_error()

    def apply(self, draft: AssistDraft) -> AssistDraft:
        tablet = self.tablet.currentText()
        return replace(draft, phone=self.phone.text(), tablet=tablet, tablet_mail=self.mail.text() if tablet else "",
                       contact_name=self.contact.text())  # fmt: skip

    def focus_first(self) -> None:
        self.phone.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problems(self, problems: list[InvalidField]) -> None:
        fields = [p.field for p in problems]
        if "phone" in fields:
            self.phone.setFocus(Qt.FocusReason.OtherFocusReason)
        elif "tablet" in fields:
            self.tablet.setFocus(Qt.FocusReason.OtherFocusReason)
