"""設定 › 申請サポート (administrators): the guidance slip — the weeks until the handover notice (or the
card by post) usually arrives, what to bring at handover (one item a line; empty = the standard list),
its paper (A5 or the 80 mm roll) and the print preview — and the camera used to read QR codes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.staff import Role
from desktop.i18n import translate
from desktop.jobs.assist.domain.settings import DEFAULT_BRING, AssistSettings
from desktop.ui.settings.base import SettingsPage
from desktop.ui.widgets import ErrorLabel


class AssistSettingsPage(SettingsPage):
    min_role = Role.ADMIN

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.setObjectName("assistSettings")
        self.loaded = False
        self.weeks_min, self.weeks_max = QSpinBox(self), QSpinBox(self)
        for spin in (self.weeks_min, self.weeks_max):
            spin.setRange(1, 26)
            spin.setSuffix(self.tr(" weeks"))
        weeks = QHBoxLayout()
        weeks.addWidget(self.weeks_min)
        weeks.addWidget(QLabel("–", self))
        weeks.addWidget(self.weeks_max)
        weeks.addStretch(1)
        self.bring = QPlainTextEdit(self)
        self.bring.setObjectName("assistBring")
        self.bring.setPlaceholderText("\n".join(translate("AssistSlip", t) for t in DEFAULT_BRING))
        self.bring.setMaximumHeight(130)
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("A5 sheet"), "a5")
        self.paper.addItem(self.tr("80 mm receipt"), "receipt")
        self.preview = QCheckBox(self.tr("Show the print preview first"), self)
        self.camera = QSpinBox(self)
        self.camera.setRange(0, 9)
        slip = QGroupBox(self.tr("Guidance slip"), self)
        form = QFormLayout(slip)
        form.addRow(self.tr("The notice usually arrives after:"), weeks)
        form.addRow(self.tr("What to bring (one a line; empty = the standard list):"), self.bring)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.preview)
        other = QGroupBox(self.tr("QR code"), self)
        QFormLayout(other).addRow(self.tr("Camera number:"), self.camera)
        self.error = ErrorLabel(self)
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        for w in (slip, other, self.error, self.status):
            layout.addWidget(w)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Application support")

    def load(self) -> None:
        from desktop.jobs.assist.store.settings import load_settings

        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: load_settings(ctx), self._show, progress=False)

    def _show(self, s: AssistSettings) -> None:
        self.weeks_min.setValue(s.weeks_min)
        self.weeks_max.setValue(s.weeks_max)
        self.bring.setPlainText("\n".join(s.bring))
        self.paper.setCurrentIndex(max(0, self.paper.findData(s.paper)))
        self.preview.setChecked(s.preview)
        self.camera.setValue(s.camera_index)
        self.loaded = True

    def values(self) -> AssistSettings:
        lines = tuple(line.strip() for line in self.bring.toPlainText().splitlines() if line.strip())
        return AssistSettings(self.weeks_min.value(), self.weeks_max.value(), lines, str(self.paper.currentData()),
                              self.preview.isChecked(), self.camera.value())  # fmt: skip

    def save(self) -> None:
        from desktop.core.errors import DomainError
        from desktop.i18n import tr_error
        from desktop.jobs.assist.store.settings import save_settings

        if not self.loaded:
            return
        values = self.values()
        self.error.clear_error()
        try:
            values.check()
        except DomainError as err:
            self.error.show_error(tr_error(err))
            return
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: save_settings(ctx, values), lambda _r: self.status.setText(self.tr("Saved.")),
                             lambda exc: self.error.show_error(tr_error(exc)))  # fmt: skip
