"""A page of the settings dialog (設定). Kernel pages and job pages share this shape.

A page loads its values off the GUI thread through `shell.tasks`, validates on save (raising
DomainError with a translatable message), and is shown only to `min_role` and above.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.core.staff import Role


class SettingsPage(QWidget):
    #: English source title; subclasses return self.tr("...") from `title()`
    min_role: Role = Role.ADMIN

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell

    def title(self) -> str:
        raise NotImplementedError

    def load(self) -> None:
        """Fill the widgets from the database (use self.shell.tasks.run)."""

    def save(self) -> None:
        """Validate and write; report problems through self.shell.prompter."""
