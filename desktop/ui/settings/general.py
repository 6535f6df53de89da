"""設定 › 表示: language and UI scale of THIS PC (stored in `<data folder>/ui.json`, read before login).

Everyone may change them (min_role counter). They apply the next time Madoguchi starts: the fonts,
translators and every window are built once at start, and a restart is cleaner than half-updated
windows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.staff import Role
from desktop.platform.prefs import SCALES, UiPrefs, load_ui_prefs, save_ui_prefs
from desktop.ui.settings.base import SettingsPage

# Each language in its own name, so anyone can find theirs whatever the current language.
LANGUAGE_NAMES = {"ja": "日本語", "en": "English"}


class GeneralPage(SettingsPage):
    min_role = Role.COUNTER

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.setObjectName("generalSettings")
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.scale = QComboBox(self)
        self.scale.setObjectName("uiScale")
        for percent in SCALES:
            self.scale.addItem(f"{percent} %", percent)
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Text size"), self.scale)
        self.note = QLabel(
            self.tr("These settings belong to this PC and apply the next time Madoguchi starts."), self
        )
        self.note.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("generalStatus")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Display")

    def load(self) -> None:
        data_dir = self.shell.data_dir
        self.shell.tasks.run(lambda: load_ui_prefs(data_dir), self._show, kind="io", progress=False)

    def _show(self, prefs: UiPrefs) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.scale.setCurrentIndex(max(0, self.scale.findData(prefs.scale)))

    def prefs(self) -> UiPrefs:
        return UiPrefs(language=str(self.language.currentData()), scale=int(self.scale.currentData()))

    def save(self) -> None:
        data_dir, prefs = self.shell.data_dir, self.prefs()
        self.shell.tasks.run(lambda: save_ui_prefs(data_dir, prefs), self._saved, kind="io", progress=False)

    def _saved(self, _result: object) -> None:
        self.status.setText(self.tr("Saved. Restart Madoguchi to apply."))
