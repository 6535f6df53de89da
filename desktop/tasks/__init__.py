"""The one bridge between the GUI thread and slow work (database, card, printer, camera, files).

    shell.tasks.run(work, on_success, on_failure=None, label="…")

`work` runs off the GUI thread (database work on the single database-writer thread, so the one
connection is only ever used by one thread at a time); `on_success(result)` / `on_failure(exc)` run
back on the GUI thread. Without `on_failure`, the failure is shown through the prompt seam with a
plain translated message. A progress dialog appears only when the work takes longer than ~600 ms.
A worker never opens a dialog: it asks through `desktop.tasks.prompt`.

Tests use `SyncTaskRunner`, which runs everything inline and in order; the application uses
`desktop.tasks.runner.QtTaskRunner` (with `desktop.tasks.qt_prompter.QtPrompter`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class TaskRunner(Protocol):
    def run(
        self,
        work: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        label: str = "",
        kind: str = "db",  # "db": the single database thread; "io": card/printer/camera/file pool
        progress: bool = True,  # False for work that waits on purpose (e.g. for a card to be put on)
    ) -> None: ...


class SyncTaskRunner:
    """Runs work inline (tests, CLI). Failures go to on_failure or the prompt seam, like the real one."""

    def __init__(self, prompter: Any = None) -> None:
        self.prompter = prompter

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
        try:
            result = work()
        except Exception as exc:  # noqa: BLE001 - every failure is reported, none swallowed
            if on_failure is not None:
                on_failure(exc)
            else:
                from desktop.tasks.prompt import report_failure

                report_failure(self.prompter, exc)
            return
        if on_success is not None:
            on_success(result)
