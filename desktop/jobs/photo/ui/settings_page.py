"""設定 › 写真: the photo rules' tolerances, who may export photos, the countdown, and THIS PC's export
folder for online-application JPEGs.

Everyone at the PC may set its export folder (it is where their tablet's browser picks the file up);
only an administrator may change the rules, the export role and the countdown (the fields are shown
read-only to others). The official diagram is a guideline: the head and crown figures are settings.
"""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.staff import Role
from desktop.i18n import translate
from desktop.jobs.photo.domain import rules as rules_mod
from desktop.jobs.photo.domain.rules import PhotoRules
from desktop.store.context import Context
from desktop.ui.settings.base import SettingsPage
from desktop.ui.widgets import ErrorLabel


def load_photo_settings(ctx: Context) -> tuple[PhotoRules, Role, int, Path | None]:
    from desktop.jobs.photo import settings

    return settings.load_rules(ctx), settings.export_role(ctx), settings.countdown_seconds(ctx), settings.export_dir(ctx)


def save_photo_settings(
    ctx: Context, rules: PhotoRules | None, role: Role | None, countdown: int | None, folder: Path | None
) -> None:
    from desktop.jobs.photo import settings
    from desktop.store.db import write

    with write(ctx.db):
        if rules is not None:
            settings.save_rules(ctx, rules)
        if role is not None:
            settings.set_export_role(ctx, role)
        if countdown is not None:
            settings.set_countdown_seconds(ctx, countdown)
        if folder != settings.export_dir(ctx):
            settings.set_export_dir(ctx, folder)


class PhotoSettingsPage(SettingsPage):
    min_role = Role.COUNTER

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.setObjectName("photoSettings")
        self.admin = shell.actor.may(Role.ADMIN)
        self.editors: dict[str, QSpinBox | QDoubleSpinBox] = {}
        rules_box = QGroupBox(self.tr("Photo rules"), self)
        form = QFormLayout(rules_box)
        for f in fields(PhotoRules):
            low, high = rules_mod.value_range(f.name)
            editor: QSpinBox | QDoubleSpinBox
            if f.type == "int":
                editor = QSpinBox(rules_box)
                editor.setRange(int(low), int(high))
            else:
                editor = QDoubleSpinBox(rules_box)
                editor.setDecimals(2)
                editor.setSingleStep(0.5 if high > 5 else 0.01)
                editor.setRange(low, high)
            editor.setObjectName(f"rule_{f.name}")
            editor.setEnabled(self.admin)
            self.editors[f.name] = editor
            form.addRow(translate("PhotoRules", rules_mod.label(f.name)), editor)

        other = QGroupBox(self.tr("Export and shutter"), self)
        oform = QFormLayout(other)
        self.role = QComboBox(other)
        self.role.setObjectName("exportRole")
        self.role.addItem(translate("Role", Role.SUPERVISOR.label), Role.SUPERVISOR.key)
        self.role.addItem(translate("Role", Role.COUNTER.label), Role.COUNTER.key)
        self.role.setEnabled(self.admin)
        self.countdown = QSpinBox(other)
        self.countdown.setObjectName("countdownSeconds")
        self.countdown.setRange(1, 10)
        self.countdown.setSuffix(self.tr(" s"))
        self.countdown.setEnabled(self.admin)
        self.folder = QLineEdit(other)
        self.folder.setObjectName("exportFolder")
        self.folder.setPlaceholderText(self.tr("e.g. D:\\申請写真 (a folder that exists on this PC)"))
        oform.addRow(self.tr("Who may export photos"), self.role)
        oform.addRow(self.tr("Countdown"), self.countdown)
        oform.addRow(self.tr("Export folder of this PC"), self.folder)
        self.error = ErrorLabel(self)
        self.status = QLabel(self)
        note = QLabel(self.tr("Only an administrator may change the rules, the export role and the countdown."), self)
        note.setWordWrap(True)
        note.setVisible(not self.admin)

        inner = QWidget(self)
        v = QVBoxLayout(inner)
        v.addWidget(note)
        v.addWidget(other)
        v.addWidget(rules_box)
        v.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.status)

    def title(self) -> str:
        return self.tr("Photo")

    def load(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: load_photo_settings(ctx), self._show, label=self.tr("Loading…"))

    def _show(self, loaded: tuple[PhotoRules, Role, int, Path | None]) -> None:
        rules, role, countdown, folder = loaded
        for name, editor in self.editors.items():
            editor.setValue(getattr(rules, name))
        self.role.setCurrentIndex(max(0, self.role.findData(role.key)))
        self.countdown.setValue(countdown)
        self.folder.setText("" if folder is None else str(folder))

    def rules(self) -> PhotoRules:
        values: dict[str, Any] = {}
        for name, editor in self.editors.items():
            values[name] = editor.value()
        return replace(PhotoRules(), **values)

    def save(self) -> None:
        self.error.clear_error()
        rules = self.rules() if self.admin else None
        role = Role.from_key(str(self.role.currentData())) if self.admin else None
        countdown = self.countdown.value() if self.admin else None
        text = self.folder.text().strip()
        folder = Path(text) if text else None
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: save_photo_settings(ctx, rules, role, countdown, folder), self._saved,
                             self._failed, label=self.tr("Saving…"))  # fmt: skip

    def _saved(self, _result: object) -> None:
        self.status.setText(self.tr("Saved."))

    def _failed(self, exc: BaseException) -> None:
        from desktop.tasks.failures import describe

        self.error.show_error(describe(exc)[1])
