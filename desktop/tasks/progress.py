"""The delayed progress dialog of the tasks bridge.

Most work is quick: a dialog that flashes for 50 ms is worse than none. `DelayedProgress` therefore
shows its small busy dialog only when a task is still running after `delay_ms` (about 600 ms, as in
anki's `progress.py`), and hides it as soon as nothing is running any more. The dialog is window-modal
without a nested event loop (`show()`, never `exec()`), so staff cannot start the same action twice
while it runs, and the GUI keeps painting. No `processEvents()` anywhere.

The timer comes from `timer_factory` so tests can fire it by hand instead of waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

DEFAULT_DELAY_MS = 600


class TimerLike(Protocol):
    """What `DelayedProgress` needs of a single-shot timer (QTimer has it)."""

    def start(self, msec: int) -> None: ...

    def stop(self) -> None: ...

    def isActive(self) -> bool: ...  # noqa: N802 - Qt's name


class ProgressDialog(QDialog):
    """A small busy indicator with the task's label; it has no close button: the work cannot be cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskProgress")
        self.setWindowTitle(self.tr("Please wait"))
        from PySide6.QtCore import Qt  # here, not at the top: the runner needs this module at start

        self.setWindowFlags(
            Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint
        )
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(320)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy: we rarely know how far a database task has come
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)

    def set_label(self, text: str) -> None:
        self.label.setText(text or self.tr("Working…"))

    def reject(self) -> None:
        """Escape does not close it: the work keeps running and the dialog goes when it ends."""


class DelayedProgress(QObject):
    """Counts running tasks; shows `ProgressDialog` when one has run longer than the delay."""

    def __init__(
        self,
        parent_widget: Callable[[], QWidget | None] | None = None,
        *,
        delay_ms: int = DEFAULT_DELAY_MS,
        timer_factory: Callable[[QObject], TimerLike] | None = None,
    ) -> None:
        super().__init__()
        self.delay_ms = delay_ms
        self._parent_widget = parent_widget or QApplication.activeWindow
        self._running: dict[int, str] = {}  # task id -> label, in start order
        self._dialog: ProgressDialog | None = None
        if timer_factory is None:
            qtimer = QTimer(self)
            qtimer.setSingleShot(True)
            qtimer.timeout.connect(self.delay_elapsed)
            self._timer: TimerLike = qtimer
        else:
            self._timer = timer_factory(self)

    # -- called by the runner, on the GUI thread ------------------------------------------------------
    def started(self, task_id: int, label: str) -> None:
        self._running[task_id] = label
        if self._dialog is not None and self._dialog.isVisible():
            self._dialog.set_label(label)
        elif not self._timer.isActive():
            self._timer.start(self.delay_ms)

    def finished(self, task_id: int) -> None:
        self._running.pop(task_id, None)
        if self._running:
            if self._dialog is not None and self._dialog.isVisible():
                self._dialog.set_label(next(reversed(self._running.values())))
            return
        self._timer.stop()
        self._drop_dialog()

    def delay_elapsed(self) -> None:
        """The delay has passed: show the dialog if something is still running."""
        if not self._running:
            return
        if self._dialog is None:
            self._dialog = ProgressDialog(self._parent_widget())
            self._dialog.destroyed.connect(self._forget_dialog)
        self._dialog.set_label(next(reversed(self._running.values())))
        self._dialog.show()

    # -- for tests and shutdown -------------------------------------------------------------------------
    @property
    def dialog(self) -> ProgressDialog | None:
        return self._dialog

    def is_showing(self) -> bool:
        return self._dialog is not None and self._dialog.isVisible()

    def running(self) -> int:
        return len(self._running)

    def close(self) -> None:
        self._timer.stop()
        self._running.clear()
        self._drop_dialog()

    def _drop_dialog(self) -> None:
        # A fresh dialog each time: its parent (the window active then) may be gone by the next task.
        dialog, self._dialog = self._dialog, None
        if dialog is not None:
            dialog.destroyed.disconnect(self._forget_dialog)
            dialog.hide()
            dialog.deleteLater()

    def _forget_dialog(self) -> None:
        self._dialog = None
