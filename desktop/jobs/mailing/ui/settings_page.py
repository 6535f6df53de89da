"""設定 › 郵送: the address-label sheet (a preset or the sizes printed on the stock's package, and the
printer's offset), a test sheet with the label edges drawn, the follow-up period and the collection
period printed on invitations. Administrators only; every change is audited."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.cases import CaseState, DeliveryMethod
from desktop.core.staff import Role
from desktop.i18n import tr_text
from desktop.jobs.mailing.domain import MailItem
from desktop.jobs.mailing.settings import PRESET_LABELS, PRESETS, LabelLayout, MailingSettings
from desktop.jobs.mailing.ui.common import error_text
from desktop.tasks.prompt import report_failure
from desktop.ui.settings.base import SettingsPage
from desktop.ui.widgets import ErrorLabel


def sample_items(n: int) -> list[MailItem]:
    """Invented addressees for a test sheet (no resident's data)."""
    return [
        MailItem(id=f"sample{i}", batch_id="sample", case_id="sample", position=i + 1,
                 method=DeliveryMethod.TOKUREI, tracking_number=None, postage_yen=None, sent_on=None,
                 delivered_on=None, returned_on=None, return_reason=None, return_note="", invited_on=None,
                 batch_number=0, name="見本 太郎", postal_code="123-4567",
                 address="みどり市本町1丁目2番3号 みどりマンション101号室", case_state=CaseState.CONFIGURED)
        for i in range(n)
    ]  # fmt: skip


class MailingSettingsPage(SettingsPage):
    min_role = Role.ADMIN

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.setObjectName("mailingSettings")
        self.loaded: MailingSettings | None = None
        from desktop.jobs.mailing.ui.common import PrintFlow

        self.print_flow = PrintFlow(shell, self)
        labels = QGroupBox(self.tr("Address labels"), self)
        self.preset = QComboBox(labels)
        self.preset.setAccessibleName(self.tr("Label sheet"))
        self.preset.addItem(self.tr("Custom sizes"), "")
        for key, label in PRESET_LABELS.items():
            self.preset.addItem(tr_text(label), key)
        self.preset.activated.connect(self._preset_chosen)
        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        names = {
            "columns": self.tr("Columns"), "rows": self.tr("Rows"),
            "label_width": self.tr("Label width"), "label_height": self.tr("Label height"),
            "margin_top": self.tr("Top margin"), "margin_left": self.tr("Left margin"),
            "gap_x": self.tr("Gap between columns"), "gap_y": self.tr("Gap between rows"),
            "offset_x": self.tr("Printer offset, right"), "offset_y": self.tr("Printer offset, down"),
            "font_size": self.tr("Text size"),
        }  # fmt: skip
        form = QFormLayout()
        form.addRow(self.tr("&Sheet:"), self.preset)
        for f in fields(LabelLayout):
            spin: QSpinBox | QDoubleSpinBox
            if f.name in ("columns", "rows"):
                spin = QSpinBox(labels)
                spin.setRange(1, 15)
            else:
                spin = QDoubleSpinBox(labels)
                spin.setDecimals(1)
                spin.setSingleStep(0.1 if f.name.startswith("offset") else 0.5)
                spin.setRange(-10.0 if f.name.startswith("offset") else 0.0, 297.0)
                spin.setSuffix(self.tr(" pt") if f.name == "font_size" else self.tr(" mm"))
            spin.setObjectName(f"label_{f.name}")
            spin.setAccessibleName(names[f.name])
            spin.valueChanged.connect(self._edited)
            self.spins[f.name] = spin
            form.addRow(names[f.name] + ":", spin)
        self.test_button = QPushButton(self.tr("&Test sheet…"), labels)
        self.test_button.setToolTip(self.tr("Print a sheet of sample labels with their edges drawn, to check "
                                            "the sizes on plain paper against the label stock"))  # fmt: skip
        self.test_button.clicked.connect(self.test_sheet)
        lv = QVBoxLayout(labels)
        lv.addLayout(form)
        tb = QHBoxLayout()
        tb.addStretch(1)
        tb.addWidget(self.test_button)
        lv.addLayout(tb)

        other = QGroupBox(self.tr("Follow-up"), self)
        self.followup_days = QSpinBox(other)
        self.followup_days.setRange(1, 120)
        self.followup_days.setSuffix(self.tr(" days"))
        self.followup_days.setAccessibleName(self.tr("Chase mailed cards with no news after"))
        self.collect_days = QSpinBox(other)
        self.collect_days.setRange(0, 730)
        self.collect_days.setSuffix(self.tr(" days"))
        self.collect_days.setSpecialValueText(self.tr("No date"))
        self.collect_days.setAccessibleName(self.tr("Collection period on invitations"))
        of = QFormLayout(other)
        of.addRow(self.tr("Chase mailed cards with no news after:"), self.followup_days)
        of.addRow(self.tr("Invitation: please come within:"), self.collect_days)
        hint = QLabel(self.tr("Postage per delivery method is set by date in Settings › Dated values."), self)
        hint.setWordWrap(True)
        self.error = ErrorLabel(self)
        self.status = QLabel(self)
        layout = QHBoxLayout(self)
        layout.addWidget(labels, 1)
        side = QVBoxLayout()
        side.addWidget(other)
        side.addWidget(hint)
        side.addWidget(self.error)
        side.addWidget(self.status)
        side.addStretch(1)
        layout.addLayout(side, 1)

    def title(self) -> str:
        return self.tr("Mailing")

    # --- values --------------------------------------------------------------------------------
    def load(self) -> None:
        from desktop.jobs.mailing.store.settings import load_settings

        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: load_settings(ctx), self.show_settings, progress=False)

    def show_settings(self, settings: MailingSettings) -> None:
        self.loaded = settings
        self._set_layout(settings.labels)
        self.followup_days.setValue(settings.followup_days)
        self.collect_days.setValue(settings.collect_days)

    def _set_layout(self, layout: LabelLayout) -> None:
        for name, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(getattr(layout, name))
            spin.blockSignals(False)
        self._edited()

    def layout_values(self) -> LabelLayout:
        values: dict[str, Any] = {}
        for name, spin in self.spins.items():
            values[name] = int(spin.value()) if isinstance(spin, QSpinBox) else round(float(spin.value()), 2)
        return LabelLayout(**values)

    def settings(self) -> MailingSettings:
        return MailingSettings(self.layout_values(), self.followup_days.value(), self.collect_days.value())

    def _preset_chosen(self, index: int) -> None:
        key = self.preset.itemData(index)
        if key:
            self._set_layout(PRESETS[key])

    def _edited(self, *_args: object) -> None:
        current = self.layout_values()
        match = next((k for k, v in PRESETS.items() if v == current), "")
        self.preset.setCurrentIndex(max(0, self.preset.findData(match)))
        problems = current.problems()
        if problems:
            self.error.show_error(error_text(problems[0]) or "")
        else:
            self.error.clear_error()

    # --- actions -------------------------------------------------------------------------------
    def save(self) -> None:
        from desktop.jobs.mailing.store.settings import save_settings

        settings = self.settings()
        if self.loaded is not None and settings == self.loaded:
            return
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: save_settings(ctx, settings), lambda _r: self._saved(settings), self._failed)

    def _saved(self, settings: MailingSettings) -> None:
        self.loaded = settings
        self.status.setText(self.tr("Saved."))

    def _failed(self, exc: BaseException) -> None:
        message = error_text(exc)
        if message is None:
            report_failure(self.shell.prompter, exc)
        else:
            self.error.show_error(message)

    def test_sheet(self) -> None:
        from desktop.jobs.mailing.documents import build_address_labels
        from desktop.jobs.mailing.printouts import DocKind, Printout

        layout = self.layout_values()
        problems = layout.problems()
        if problems:
            self.error.show_error(error_text(problems[0]) or "")
            return
        when = self.shell.ctx.clock.now()
        self.shell.tasks.run(
            lambda: Printout(DocKind.LABELS, build_address_labels(layout, sample_items(layout.per_page), when=when,
                                                                  outlines=True), ()),
            self.print_flow.show, self._failed, kind="io",
        )  # fmt: skip
