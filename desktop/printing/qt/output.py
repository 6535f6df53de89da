"""Putting a job's documents on paper: the print preview (Enter prints) or straight to the printer, audited.

`DocumentOutput.present(outputs, preview=…)` shows each document in turn in the print preview
(`PrintPreviewDialog`, window-modal, never a nested event loop); with `preview=False` each goes
straight to the default printer through `PrintJob` (a failure offers retry or a PDF). Once a document
is on paper or in a file, its `on_output("print" | "export")` is called (the caller records it there),
and when the output names the records it shows (`entity`, `ids`) the print is audited "print", a saved
PDF "export", one entry per record.

`shell` is the main window's shell: `prompter`, `tasks` and (for the audit) `ctx`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.printing.document import Document
from desktop.printing.qt.job import PrintJob, PrintOutcome
from desktop.printing.qt.preview import PrintPreviewDialog


@dataclass(frozen=True)
class Output:
    """One document, and what to audit when it is printed or saved (nothing when `ids` is empty)."""

    document: Document
    entity: str = ""  # e.g. "handover"
    ids: tuple[str, ...] = ()
    detail: str = ""  # e.g. "receipt_a5", "ticket" (no personal data)
    copies: int = 1
    on_output: Callable[[str], None] | None = None  # called with "print" / "export" once it is on paper


@dataclass
class _Queue:
    items: list[Output] = field(default_factory=list)
    on_done: Callable[[], None] | None = None


class DocumentOutput:
    def __init__(self, shell: Any, parent: QWidget) -> None:
        self.shell = shell
        self.parent = parent
        self.dialog: PrintPreviewDialog | None = None
        self.shown: list[Output] = []  # every document put in front of staff (tests look here)
        self._queue = _Queue()

    def present(self, outputs: list[Output], *, preview: bool = True,
                on_done: Callable[[], None] | None = None) -> None:  # fmt: skip
        self._queue = _Queue(list(outputs), on_done)
        self._next(preview)

    def _next(self, preview: bool) -> None:
        if not self._queue.items:
            self.dialog = None
            if self._queue.on_done is not None:
                self._queue.on_done()
            return
        item = self._queue.items.pop(0)
        self.shown.append(item)
        if preview:
            dialog = PrintPreviewDialog(item.document, self.shell.prompter, tasks=self.shell.tasks,
                                        copies=item.copies, parent=self.parent)  # fmt: skip
            dialog.printed.connect(lambda: self._done(item, "print"))
            dialog.saved.connect(lambda _path: self._done(item, "export"))
            dialog.finished.connect(lambda _code: self._next(True))
            self.dialog = dialog
            dialog.open()
        else:
            job = PrintJob(item.document, self.shell.prompter, tasks=self.shell.tasks, copies=item.copies)
            job.on_done = lambda outcome: self._direct_done(item, outcome)
            job.start()

    def _direct_done(self, item: Output, outcome: PrintOutcome) -> None:
        if outcome is PrintOutcome.PRINTED:
            self._done(item, "print")
        elif outcome is PrintOutcome.SAVED:
            self._done(item, "export")
        self._next(False)

    def _done(self, item: Output, action: str) -> None:
        if item.on_output is not None:
            item.on_output(action)
        if item.ids:
            from desktop.store.audit import record_each

            ctx = self.shell.ctx
            self.shell.tasks.run(lambda: record_each(ctx, action, item.entity, item.ids, item.detail),
                                 label="", progress=False)  # fmt: skip

    def close(self) -> None:
        """Close an open preview (and drop the documents still queued)."""
        self._queue.items.clear()
        if self.dialog is not None:
            self.dialog.reject()
