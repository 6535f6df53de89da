"""設定: the settings dialog. Pages on the left (the kernel's `KERNEL_PAGES`, then each job's
`settings_pages`), only those whose `min_role` the staff member has. Every page loads when the dialog
opens; 保存 saves the pages that were opened (each validates and reports its own problems)."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.staff import Role
from desktop.i18n import translate
from desktop.ui.settings import KERNEL_PAGES
from desktop.ui.settings.base import SettingsPage

log = logging.getLogger(__name__)


def kernel_page_classes(specs: tuple[str, ...] = KERNEL_PAGES) -> list[type[SettingsPage]]:
    """The kernel's page classes in order; a page not written yet is left out (and logged)."""
    out: list[type[SettingsPage]] = []
    for spec in specs:
        module_name, _, class_name = spec.partition(":")
        try:
            cls = getattr(importlib.import_module(module_name), class_name)
        except (ImportError, AttributeError):
            log.warning("settings page %s not available", spec)
            continue
        out.append(cls)
    return out


def allowed_pages(shell: Any) -> list[SettingsPage]:
    """Instantiate every page the logged-in staff member may see, in order."""
    actor = shell.actor
    pages: list[SettingsPage] = []
    for cls in kernel_page_classes():
        if actor.may(getattr(cls, "min_role", Role.ADMIN)):
            pages.append(cls(shell))
    for job in shell.jobs():
        if not actor.may(job.min_role):
            continue
        for title, factory in job.settings_pages:
            needed = getattr(factory, "min_role", None)
            if isinstance(needed, Role) and not actor.may(needed):
                continue
            page = factory(shell)
            if not actor.may(getattr(page, "min_role", Role.ADMIN)):
                page.deleteLater()
                continue
            page.setProperty("jobTitle", title)
            pages.append(page)
    return pages


def page_title(page: QWidget) -> str:
    try:
        return str(page.title())  # type: ignore[attr-defined]
    except NotImplementedError:
        return translate("Settings", str(page.property("jobTitle") or page.objectName()))


class SettingsDialog(QDialog):
    def __init__(
        self,
        shell: Any,
        parent: QWidget | None = None,
        *,
        pages: Callable[[Any], list[SettingsPage]] = allowed_pages,
    ) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.pages = pages(shell)
        self.visited: set[int] = set()
        self.list = QListWidget(self)
        self.list.setObjectName("settingsPages")
        self.list.setAccessibleName(self.tr("Settings pages"))
        self.list.setMaximumWidth(220)
        self.list.setSpacing(3)
        self.stack = QStackedWidget(self)
        for page in self.pages:
            self.list.addItem(page_title(page))
            self.stack.addWidget(page)
        self.list.currentRowChanged.connect(self._show)

        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("saveSettings")
        self.save_button.setToolTip(self.tr("Save the pages opened in this window"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ApplyRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(bool(self.pages))

        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(1000, 640)
        for page in self.pages:
            page.load()
        if self.pages:
            self.list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentIndex(row)
            self.visited.add(row)

    def titles(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def page_of(self, cls: type) -> SettingsPage | None:
        for page in self.pages:
            if isinstance(page, cls):
                return page
        return None

    def show_page(self, page: SettingsPage) -> None:
        self.list.setCurrentRow(self.pages.index(page))

    def save(self) -> None:
        for row in sorted(self.visited):
            self.pages[row].save()
