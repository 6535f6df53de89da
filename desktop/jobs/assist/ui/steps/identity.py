"""Step 5 (only for 申請時来庁方式): the identity check at application.

Left: the documents shown, ticked by type, evaluated live with the 申請時来庁 rule, and a tick for the
resident typing a PIN on the national terminal (when the municipality allows A×1 + PIN) — the PIN itself
is typed on the terminal, never here. Middle: consent to keep a copy of the ID (a tick: no image is ever
stored), the sealed 暗証番号設定依頼書 received, the delivery method. Right: 氏名, フリガナ, postal code and
mailing address read out to the resident and confirmed one by one (or all at once).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.cases import DeliveryMethod
from desktop.core.people import InvalidField, Person
from desktop.i18n import translate
from desktop.jobs.assist.domain.apply_identity import ApplyIdentityDraft
from desktop.jobs.assist.domain.flow import AssistDraft, Step
from desktop.jobs.assist.domain.records import AssistSession
from desktop.jobs.assist.ui.steps.base import StepWidget
from desktop.jobs.assist.ui.steps.documents import DocumentsPicker
from desktop.ui.widgets import ErrorLabel

DELIVERIES = (DeliveryMethod.TOKUREI, DeliveryMethod.KAN_I_KAKITOME, DeliveryMethod.COUNTER)


class IdentityStep(StepWidget):
    step = Step.IDENTITY

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.set_texts(self.tr("Identity check (card by post)"), self.tr(
            "Check the documents now: the card will not be collected at the counter. Never write down a "
            "document number and never copy a PIN."))  # fmt: skip
        self.picker = DocumentsPicker(self)
        self.pin_typed = QCheckBox(self.tr("Resident typed a &PIN on the national terminal"), self)
        self.pin_typed.setObjectName("pinTyped")
        docs = QGroupBox(self.tr("Documents shown"), self)
        docs_layout = QVBoxLayout(docs)
        docs_layout.addWidget(self.picker, 1)
        docs_layout.addWidget(self.pin_typed)

        self.consent = QCheckBox(self.tr("Consent to keep a c&opy of the ID"), self)
        self.consent.setObjectName("idCopyConsent")
        self.pin_request = QCheckBox(self.tr("Sealed PIN setting &request received (暗証番号設定依頼書)"), self)
        self.pin_request.setObjectName("pinRequestReceived")
        self.delivery = {m: QRadioButton(translate("DeliveryMethod", m.label), self) for m in DELIVERIES}
        self.delivery_group = QButtonGroup(self)
        papers = QGroupBox(self.tr("Paperwork and delivery"), self)
        papers_layout = QVBoxLayout(papers)
        papers_layout.addWidget(self.consent)
        papers_layout.addWidget(self.pin_request)
        for method, button in self.delivery.items():
            button.setObjectName(f"delivery_{method.value}")
            self.delivery_group.addButton(button)
            papers_layout.addWidget(button)
        papers_layout.addStretch(1)

        self.confirm = {f: QCheckBox(self) for f in ("name", "kana", "postal_code", "address")}
        for field, box in self.confirm.items():
            box.setObjectName(f"confirm_{field}")
        self.confirm_all = QPushButton(self.tr("&All four confirmed"), self)
        self.confirm_all.setObjectName("confirmAll")
        confirm = QGroupBox(self.tr("Read out and confirmed"), self)
        confirm_layout = QVBoxLayout(confirm)
        for box in self.confirm.values():
            confirm_layout.addWidget(box)
        confirm_layout.addWidget(self.confirm_all, 0, Qt.AlignmentFlag.AlignLeft)
        confirm_layout.addStretch(1)

        self.error = ErrorLabel(self)
        columns = QHBoxLayout()
        columns.addWidget(docs, 4)
        columns.addWidget(papers, 3)
        columns.addWidget(confirm, 3)
        self.body.addLayout(columns, 1)
        self.body.addWidget(self.error)
        self.picker.changed.connect(self._edited)
        self.pin_typed.toggled.connect(self._pin_toggled)
        buttons: list[QAbstractButton] = [self.consent, self.pin_request, *self.delivery.values(),
                                          *self.confirm.values()]
        for toggle in buttons:
            toggle.toggled.connect(lambda _on: self._edited())
        self.confirm_all.clicked.connect(self.tick_all_confirmed)

    def _edited(self) -> None:
        self.error.clear_error()
        self.changed.emit()

    def _pin_toggled(self, on: bool) -> None:
        self.picker.set_pin_typed(on)
        self._edited()

    def set_person(self, person: Person) -> None:
        """The values read out to the resident (the stored record, after any correction at reception)."""
        texts = {
            "name": self.tr("Name: {value}").format(value=person.name or "—"),
            "kana": self.tr("Furigana: {value}").format(value=person.kana or "—"),
            "postal_code": self.tr("Postal code: {value}").format(value=person.postal_code or "—"),
            "address": self.tr("Address: {value}").format(value=person.address or "—"),
        }
        for field, box in self.confirm.items():
            box.setText(texts[field])

    def load(self, session: AssistSession, draft: AssistDraft) -> None:
        super().load(session, draft)
        i = draft.identity
        self.picker.set_rules(session.facts.catalogue, session.facts.rules, i.documents, i.pin_typed)
        self.pin_typed.setVisible(session.facts.rules.apply_a_with_pin)
        self.set_person(session.person)
        values: dict[QAbstractButton, bool] = {self.pin_typed: i.pin_typed, self.consent: i.id_copy_consent, self.pin_request: i.pin_request_received,
                  self.confirm["name"]: i.name_confirmed, self.confirm["kana"]: i.kana_confirmed,
                  self.confirm["postal_code"]: i.postal_confirmed, self.confirm["address"]: i.address_confirmed}  # fmt: skip
        for method, button in self.delivery.items():
            values[button] = i.delivery is method
        self.delivery_group.setExclusive(False)
        for box, on in values.items():
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        self.delivery_group.setExclusive(True)
        self.error.clear_error()

    def tick_all_confirmed(self) -> None:
        for box in self.confirm.values():
            box.setChecked(True)

    def apply(self, draft: AssistDraft) -> AssistDraft:
        delivery = next((m for m, b in self.delivery.items() if b.isChecked()), None)
        return replace(draft, identity=ApplyIdentityDraft(
            documents=self.picker.keys(), pin_typed=self.pin_typed.isChecked() and not self.pin_typed.isHidden(),
            id_copy_consent=self.consent.isChecked(), pin_request_received=self.pin_request.isChecked(),
            delivery=delivery, name_confirmed=self.confirm["name"].isChecked(),
            kana_confirmed=self.confirm["kana"].isChecked(), postal_confirmed=self.confirm["postal_code"].isChecked(),
            address_confirmed=self.confirm["address"].isChecked()))  # fmt: skip

    def focus_first(self) -> None:
        self.picker.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problems(self, problems: list[InvalidField]) -> None:
        targets = {"identity_documents": self.picker.list, "id_copy_consent": self.consent,
                   "pin_request": self.pin_request, "confirm_name": self.confirm["name"],
                   "confirm_address": self.confirm["postal_code"]}  # fmt: skip
        first = next((targets[p.field] for p in problems if p.field in targets), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
