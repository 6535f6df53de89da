"""A print job that never loses the document: on failure it offers retry or saving a PDF.

    job = PrintJob(doc, shell.prompter, tasks=shell.tasks, printer_name=name, on_done=after)
    job.start()

1. When the document has characters no font has (`missing_chars`), staff are asked first whether to
   print with 〓 in their place.
2. The printing itself runs on the task runner's "io" pool (never on the GUI thread with the real runner).
3. On failure (no printer, printer refused, any error) the prompt seam offers 「再試行」「PDFで保存」「取消」;
   the document stays in memory until the job ends.
`on_done(outcome)` runs once with PRINTED, SAVED or CANCELLED: the caller audits the print or export of a
resident's record there. Jobs never write the PDF anywhere except where staff chose to save it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtPrintSupport import QPrinter

from desktop.i18n import translate
from desktop.printing.document import Document
from desktop.printing.qt.printer import print_document
from desktop.tasks import SyncTaskRunner, TaskRunner
from desktop.tasks.failures import describe
from desktop.tasks.prompt import Prompter

log = logging.getLogger(__name__)

PDF_FILTER = "PDF (*.pdf)"


class PrintOutcome(Enum):
    PRINTED = "printed"
    SAVED = "saved"
    CANCELLED = "cancelled"


class PrintJob:
    def __init__(self, document: Document, prompter: Prompter, *, printer_name: str | None = None,
                 printer_factory: Callable[[], QPrinter] | None = None, tasks: TaskRunner | None = None,
                 on_done: Callable[[PrintOutcome], None] | None = None, copies: int = 1) -> None:
        self.document = document
        self.prompter = prompter
        self.printer_name = printer_name
        self.printer_factory = printer_factory
        self.tasks: TaskRunner = tasks if tasks is not None else SyncTaskRunner(prompter)
        self.on_done = on_done
        self.copies = copies
        self.outcome: PrintOutcome | None = None
        self.saved_to: Path | None = None
        self.attempts = 0

    # --- steps ----------------------------------------------------------------------------------
    def start(self) -> None:
        if self.document.missing_chars and not self.confirm_missing():
            self._finish(PrintOutcome.CANCELLED)
            return
        self._attempt()

    def confirm_missing(self) -> bool:
        return self.prompter.ask_yes_no(
            translate("Printing", "Characters that cannot be printed"),
            translate(
                "Printing",
                "Some characters are in none of the fonts and will print as 〓 ({codes}). Print anyway? "
                "Choose No to correct the text first, or write the characters by hand on the paper.",
            ).format(codes=self.document.missing_code_points),
        )

    def _print(self) -> None:
        printer = self.printer_factory() if self.printer_factory is not None else None
        print_document(self.document, self.printer_name, printer=printer, copies=self.copies)

    def _attempt(self) -> None:
        self.attempts += 1
        self.tasks.run(self._print, self._printed, self._failed, label=translate("Printing", "Printing…"),
                       kind="io")

    def _printed(self, _: Any) -> None:
        self._finish(PrintOutcome.PRINTED)

    def _failed(self, exc: BaseException) -> None:
        _, message, details = describe(exc)
        if details:
            log.error("printing failed", exc_info=exc)
        else:
            log.warning("printing failed: %s", type(exc).__name__)
        self._offer_alternatives(message)

    def _offer_alternatives(self, message: str) -> None:
        choice = self.prompter.choose(
            translate("Printing", "Printing failed"),
            message + "\n\n" + translate("Printing", "The document is kept. What would you like to do?"),
            [
                translate("Printing", "Try again"),
                translate("Printing", "Save as PDF…"),
                translate("Printing", "Cancel"),
            ],
        )
        if choice == 0:
            self._attempt()
        elif choice == 1:
            if self.save_pdf() is None:
                self._offer_alternatives(translate("Printing", "The PDF was not saved."))
        else:
            self._finish(PrintOutcome.CANCELLED)

    def save_pdf(self) -> Path | None:
        """Ask where to save the PDF and write it; None when staff cancelled or writing failed."""
        path = self.prompter.save_file(
            translate("Printing", "Save as PDF"), Path(self.document.suggested_name), PDF_FILTER
        )
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            self.document.save(path)
        except OSError as exc:
            _, message, _ = describe(exc)
            self.prompter.error(translate("Printing", "Save as PDF"), message or str(exc.strerror))
            return None
        self.saved_to = path
        self._finish(PrintOutcome.SAVED)
        return path

    def _finish(self, outcome: PrintOutcome) -> None:
        self.outcome = outcome
        if self.on_done is not None:
            self.on_done(outcome)
