"""The proxy (代理人) part of the checklist: why the resident cannot come, the proof, the proxy's own ID,
the 委任状. Proofs offered follow the reason; the 委任状 box is hidden for the legal representative of a
child under 15 (who needs none)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.core import identity
from desktop.core.identity import Catalogue, IdentityRules
from desktop.i18n import translate
from desktop.jobs.handover.domain.proxy import (
    ProxyDraft,
    ProxyProof,
    ProxyReason,
    accepted_proofs,
    needs_power_of_attorney,
)
from desktop.jobs.handover.ui.documents_picker import IdDocumentPicker


class ProxyBox(QGroupBox):
    """Checkable group "Collected by a proxy"; `draft()` is None while it is not ticked."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proxyBox")
        self.setTitle(self.tr("Co&llected by a proxy"))
        self.setCheckable(True)
        self.setChecked(False)
        self.reason = QComboBox(self)
        self.reason.setObjectName("proxyReason")
        self.reason.addItem(self.tr("— choose the reason —"), None)
        for reason in ProxyReason:
            self.reason.addItem(translate("ProxyReason", reason.label), reason.value)
        self.proof = QComboBox(self)
        self.proof.setObjectName("proxyProof")
        self.power = QCheckBox(self.tr("Power of attorney (委任状) on the notice checked"), self)
        self.power.setObjectName("powerOfAttorney")
        self.picker = IdDocumentPicker(identity.PROXY, self)
        self.picker.list.setAccessibleName(self.tr("The proxy's own identity documents"))
        self.picker.setMinimumHeight(150)
        form = QFormLayout()
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Proof:"), self.proof)
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(form)
        body.addWidget(QLabel(self.tr("The proxy's own ID:"), self))
        body.addWidget(self.picker, 1)
        body.addWidget(self.power)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        self.body.setVisible(False)
        self.toggled.connect(self._toggled)
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self.proof.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.power.toggled.connect(lambda _on: self.changed.emit())
        self.picker.changed.connect(self.changed.emit)
        self._reason_changed()

    def set_rules(self, catalogue: Catalogue, rules: IdentityRules) -> None:
        self.picker.set_rules(catalogue, rules)

    def _toggled(self, on: bool) -> None:
        self.body.setVisible(on)
        if on:
            self.reason.setFocus()
        self.changed.emit()

    def _reason_changed(self) -> None:
        value = self.reason.currentData()
        self.proof.blockSignals(True)
        self.proof.clear()
        if value is None:
            self.proof.addItem(self.tr("— choose the reason first —"), None)
        else:
            for proof in accepted_proofs(value):
                self.proof.addItem(translate("ProxyProof", proof.label), proof.value)
        self.proof.blockSignals(False)
        self.power.setVisible(value is None or needs_power_of_attorney(value))
        self.changed.emit()

    def set_reason(self, reason: ProxyReason) -> None:
        self.reason.setCurrentIndex(self.reason.findData(reason.value))

    def draft(self) -> ProxyDraft | None:
        if not self.isChecked():
            return None
        reason, proof = self.reason.currentData(), self.proof.currentData()
        return ProxyDraft(
            reason=None if reason is None else ProxyReason(reason),
            proof=None if proof is None else ProxyProof(proof),
            documents=self.picker.keys(),
            power_of_attorney=self.power.isChecked() and self.power.isVisibleTo(self),
        )

    def reset(self) -> None:
        self.setChecked(False)
        self.reason.setCurrentIndex(0)
        self.power.setChecked(False)
        self.picker.set_keys(())
