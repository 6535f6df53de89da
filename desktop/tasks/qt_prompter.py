"""The real prompt seam: every modal dialog of the application opens here.

`QtPrompter` implements `desktop.tasks.prompt.Prompter` with QMessageBox and QFileDialog. Called on the
GUI thread it opens the dialog directly; called from a worker thread it asks the GUI thread through a
blocking queued signal and waits for the answer (dangerzone's prompt request): a worker never touches
a widget. (So never call `tasks.wait_idle()` while a worker may be asking.)

`error()` with details (an unexpected failure) opens `ErrorDialog`, whose 「詳細をコピー」 button puts the
versions and traceback on the clipboard for the administrator.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


@dataclass
class _Call:
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any] = field(default_factory=dict)
    result: Any = None
    error: BaseException | None = None


class _Dispatcher(QObject):
    """Lives in the GUI thread; a worker's request blocks until the GUI thread has answered."""

    request = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.request.connect(self._run, Qt.ConnectionType.BlockingQueuedConnection)

    @Slot(object)
    def _run(self, call: _Call) -> None:
        try:
            call.result = call.fn(*call.args, **call.kwargs)
        except BaseException as exc:  # noqa: BLE001 - handed back to the worker
            call.error = exc


class ErrorDialog(QDialog):
    """An error with details (versions + traceback) and a 「詳細をコピー」 button."""

    def __init__(self, title: str, text: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.details = details
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        message = QLabel(text, self)
        message.setObjectName("errorText")
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(message, 1)
        self.details_box = QPlainTextEdit(details, self)
        self.details_box.setReadOnly(True)
        self.details_box.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details_box.setMinimumHeight(120)
        self.details_box.setVisible(False)
        self.toggle_button = QPushButton(self.tr("Show details"), self)
        self.toggle_button.setCheckable(True)
        self.toggle_button.toggled.connect(self._toggle)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.setObjectName("copyDetails")
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.toggle_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_box, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _toggle(self, shown: bool) -> None:
        self.details_box.setVisible(shown)
        self.toggle_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


class QtPrompter:
    """Modal dialogs through one seam (replace it with `ScriptedPrompter` in tests)."""

    def __init__(self, parent: Callable[[], QWidget | None] | None = None) -> None:
        self._parent = parent or QApplication.activeWindow
        self._dispatcher = _Dispatcher()

    # -- threading ------------------------------------------------------------------------------------
    def _gui(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if QThread.currentThread() is self._dispatcher.thread():
            return fn(*args, **kwargs)
        call = _Call(fn, args, kwargs)
        self._dispatcher.request.emit(call)  # blocks until the GUI thread ran it
        if call.error is not None:
            raise call.error
        return call.result

    # -- the Prompter protocol ------------------------------------------------------------------------
    def info(self, title: str, text: str) -> None:
        self._gui(self._box, QMessageBox.Icon.Information, title, text)

    def warn(self, title: str, text: str) -> None:
        self._gui(self._box, QMessageBox.Icon.Warning, title, text)

    def error(self, title: str, text: str, details: str = "") -> None:
        if details:
            self._gui(self._error_dialog, title, text, details)
        else:
            self._gui(self._box, QMessageBox.Icon.Critical, title, text)

    def ask_yes_no(self, title: str, text: str, *, default_yes: bool = False) -> bool:
        return bool(self._gui(self._ask, title, text, default_yes))

    def choose(self, title: str, text: str, options: list[str]) -> int | None:
        result: int | None = self._gui(self._choose, title, text, list(options))
        return result

    def save_file(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        result: Path | None = self._gui(self._save_file, title, suggested, file_filter)
        return result

    def open_file(self, title: str, start: Path, file_filter: str) -> Path | None:
        result: Path | None = self._gui(self._open_file, title, start, file_filter)
        return result

    # -- on the GUI thread ----------------------------------------------------------------------------
    def _box(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._parent())
        box.exec()

    def _error_dialog(self, title: str, text: str, details: str) -> None:
        ErrorDialog(title, text, details, self._parent()).exec()

    def _ask(self, title: str, text: str, default_yes: bool) -> bool:
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        box = QMessageBox(QMessageBox.Icon.Question, title, text, yes | no, self._parent())
        box.setDefaultButton(yes if default_yes else no)
        box.setEscapeButton(no)
        return box.exec() == yes

    def _choose(self, title: str, text: str, options: list[str]) -> int | None:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                          self._parent())  # fmt: skip
        buttons = [box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for label in options]
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(cancel)
        if buttons:
            box.setDefaultButton(buttons[0])
        box.exec()
        clicked = box.clickedButton()
        for index, button in enumerate(buttons):
            if clicked is button:
                return index
        return None

    def _save_file(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self._parent(), title, str(suggested), file_filter)
        return Path(name) if name else None

    def _open_file(self, title: str, start: Path, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self._parent(), title, str(start), file_filter)
        return Path(name) if name else None
