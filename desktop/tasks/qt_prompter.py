"""The real prompt seam: every modal dialog of the application opens here.

`QtPrompter` implements `desktop.tasks.prompt.Prompter` with QMessageBox and QFileDialog. Called on the
GUI thread it opens the dialog directly; called from a worker thread it asks the GUI thread through a
blocking queued signal and waits for the answer (dangerzone's prompt request): a worker never touches
a widget. (So never call `tasks.wait_idle()` while a worker may be asking.)

The dialogs' widget classes are imported when a dialog first opens, not with this module (the prompter
is made before the login window shows, and each Qt class costs start-up time on first import).

`error()` with details (an unexpected failure) opens `desktop.tasks.error_dialog.ErrorDialog`, whose 「詳細をコピー」 button puts the
versions and traceback on the clipboard for the administrator.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


@dataclass
class _Call:
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any] = field(default_factory=dict)
    result: Any = None
    error: BaseException | None = None


class _Dispatcher(QObject):
    """Lives in the GUI thread; a worker's request blocks until the GUI thread has answered.

    Connected on a worker's first request (`ensure_connected()`, from any thread): importing the `Qt`
    namespace for the connection type costs start-up time before the login window shows."""

    request = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._connected = False

    def ensure_connected(self) -> None:
        with self._lock:
            if not self._connected:
                from PySide6.QtCore import Qt

                self.request.connect(self._run, Qt.ConnectionType.BlockingQueuedConnection)
                self._connected = True

    @Slot(object)
    def _run(self, call: _Call) -> None:
        try:
            call.result = call.fn(*call.args, **call.kwargs)
        except BaseException as exc:  # noqa: BLE001 - handed back to the worker
            call.error = exc


def _default_parent() -> QWidget | None:
    """The active window, else the application's visible main window: a dialog opened while another
    application has the focus still belongs to Madoguchi's window (centred on it, closed by its idle
    lock) instead of floating on its own."""
    window = QApplication.activeWindow()
    if window is not None:
        return window
    from PySide6.QtWidgets import QMainWindow

    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()),
                None)  # fmt: skip


class QtPrompter:
    """Modal dialogs through one seam (replace it with `ScriptedPrompter` in tests)."""

    def __init__(self, parent: Callable[[], QWidget | None] | None = None) -> None:
        self._parent = parent or _default_parent
        self._dispatcher = _Dispatcher()

    # -- threading ------------------------------------------------------------------------------------
    def _gui(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if QThread.currentThread() is self._dispatcher.thread():
            return fn(*args, **kwargs)
        call = _Call(fn, args, kwargs)
        self._dispatcher.ensure_connected()
        self._dispatcher.request.emit(call)  # blocks until the GUI thread ran it
        if call.error is not None:
            raise call.error
        return call.result

    # -- the Prompter protocol ------------------------------------------------------------------------
    def info(self, title: str, text: str) -> None:
        self._gui(self._box, "Information", title, text)

    def warn(self, title: str, text: str) -> None:
        self._gui(self._box, "Warning", title, text)

    def error(self, title: str, text: str, details: str = "") -> None:
        if details:
            self._gui(self._error_dialog, title, text, details)
        else:
            self._gui(self._box, "Critical", title, text)

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
    def _box(self, icon: str, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon[icon], title, text, QMessageBox.StandardButton.Ok, self._parent())
        box.exec()

    def _error_dialog(self, title: str, text: str, details: str) -> None:
        from desktop.tasks.error_dialog import ErrorDialog

        ErrorDialog(title, text, details, self._parent()).exec()

    def _ask(self, title: str, text: str, default_yes: bool) -> bool:
        from PySide6.QtWidgets import QMessageBox

        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        box = QMessageBox(QMessageBox.Icon.Question, title, text, yes | no, self._parent())
        box.setDefaultButton(yes if default_yes else no)
        box.setEscapeButton(no)
        return box.exec() == yes

    def _choose(self, title: str, text: str, options: list[str]) -> int | None:
        from PySide6.QtWidgets import QMessageBox

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
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(self._parent(), title, str(suggested), file_filter)
        return Path(name) if name else None

    def _open_file(self, title: str, start: Path, file_filter: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self._parent(), title, str(start), file_filter)
        return Path(name) if name else None
