"""The threaded task runner used by the application (tests use `SyncTaskRunner`).

- kind "db": ONE dedicated worker thread (a QThreadPool of one thread that never expires), so the
  office database's single connection is used by one thread at a time and every write is queued
  behind the previous one: the single database writer.
- kind "io": a separate small pool for the card reader, printer, camera pipeline and files, so a slow
  printer never holds up the database.
- Results come back on the GUI thread: the worker emits a signal of a QObject living in the GUI
  thread (a queued connection), whose slot calls `on_success(result)` or `on_failure(exc)`; without
  `on_failure` the failure is shown through `desktop.tasks.prompt.report_failure`.
- A progress dialog appears only when work still runs after ~600 ms (`desktop.tasks.progress`).

Never `processEvents()`; `wait_idle()` only at shutdown (results not yet delivered are dropped).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, QThreadPool, Signal, Slot

from desktop.tasks.prompt import Prompter, report_failure

if TYPE_CHECKING:
    from desktop.tasks.progress import DelayedProgress

log = logging.getLogger(__name__)

T = TypeVar("T")
KINDS = ("db", "io")
IO_THREADS = 4


@dataclass
class _Task:
    id: int
    kind: str
    label: str
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[BaseException], None] | None


class _Bridge(QObject):
    """Lives in the GUI thread; workers emit `done`, Qt queues it to the GUI thread."""

    done = Signal(int, bool, object)  # task id, succeeded, result or exception


class QtTaskRunner(QObject):
    """`shell.tasks`: run work off the GUI thread and get the result back on it."""

    #: emitted on the GUI thread after a task's callback ran (task id)
    taskFinished = Signal(int)  # noqa: N815 - Qt naming
    #: emitted when the last running task has finished
    idle = Signal()

    def __init__(
        self,
        prompter: Prompter | None,
        *,
        progress_delay_ms: int | None = None,  # None: desktop.tasks.progress.DEFAULT_DELAY_MS
        progress: DelayedProgress | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.prompter = prompter
        self._db_pool = QThreadPool(self)
        self._db_pool.setObjectName("madoguchi-db")
        self._db_pool.setMaxThreadCount(1)
        self._db_pool.setExpiryTimeout(-1)  # one thread for the life of the runner
        self._io_pool = QThreadPool(self)
        self._io_pool.setObjectName("madoguchi-io")
        self._io_pool.setMaxThreadCount(IO_THREADS)
        self._ids = itertools.count(1)
        self._tasks: dict[int, _Task] = {}
        self._bridge = _Bridge(self)
        # emitted on a worker thread, delivered on the GUI thread: Qt queues it (AutoConnection),
        # without importing the `Qt` namespace before the login window shows
        self._bridge.done.connect(self._deliver)
        self._progress = progress
        self._progress_delay_ms = progress_delay_ms
        self._gui_thread = self.thread()

    @property
    def progress(self) -> DelayedProgress:
        """The delayed progress dialog (made on first use: its module loads after the login window)."""
        if self._progress is None:
            from desktop.tasks.progress import DEFAULT_DELAY_MS, DelayedProgress

            delay = DEFAULT_DELAY_MS if self._progress_delay_ms is None else self._progress_delay_ms
            self._progress = DelayedProgress(delay_ms=delay)
        return self._progress

    # -- the TaskRunner protocol ----------------------------------------------------------------------
    def run(
        self,
        work: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        label: str = "",
        kind: str = "db",
        progress: bool = True,
    ) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown task kind {kind!r}")
        if QThread.currentThread() is not self._gui_thread:
            raise RuntimeError(
                "tasks.run() must be called on the GUI thread (from a callback, not from work)"
            )
        task_id = next(self._ids)
        self._tasks[task_id] = _Task(task_id, kind, label, on_success, on_failure)
        if progress:
            self.progress.started(task_id, label)
        bridge = self._bridge

        def job() -> None:
            try:
                result = work()
            except BaseException as exc:  # noqa: BLE001 - delivered to on_failure / the prompt seam
                bridge.done.emit(task_id, False, exc)
            else:
                bridge.done.emit(task_id, True, result)

        (self._db_pool if kind == "db" else self._io_pool).start(job)

    # -- back on the GUI thread -----------------------------------------------------------------------
    @Slot(int, bool, object)
    def _deliver(self, task_id: int, ok: bool, payload: object) -> None:
        task = self._tasks.pop(task_id, None)
        if task is None:  # the runner was shut down meanwhile
            return
        self.progress.finished(task_id)
        try:
            if ok:
                if task.on_success is not None:
                    task.on_success(payload)
            else:
                exc = payload if isinstance(payload, BaseException) else RuntimeError(str(payload))
                if task.on_failure is not None:
                    task.on_failure(exc)
                else:
                    report_failure(self.prompter, exc)
        except Exception as exc:  # noqa: BLE001 - a failing callback is reported, not lost in Qt
            log.exception("task callback failed (%s)", task.label or task.kind)
            report_failure(self.prompter, exc)
        finally:
            self.taskFinished.emit(task_id)
            if not self._tasks:
                self.idle.emit()

    # -- state and shutdown ---------------------------------------------------------------------------
    def pending(self) -> int:
        """Tasks started whose callbacks have not run yet."""
        return len(self._tasks)

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Block until the worker threads are done (shutdown only: callbacks are then dropped).

        Returns False when work was still running after `timeout_ms`.
        """
        done = self._db_pool.waitForDone(timeout_ms) and self._io_pool.waitForDone(timeout_ms)
        if not done:
            log.warning("tasks still running at shutdown")
        return done

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Wait for running work, drop undelivered callbacks, close the progress dialog."""
        done = self.wait_idle(timeout_ms)
        self._tasks.clear()
        if self._progress is not None:
            self._progress.close()
        return done


def gui_thread_is_current() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()
