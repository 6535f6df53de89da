"""Printing from the assistance screens: the 受付番号 ticket and the guidance slip are built off the GUI
thread, shown in the print preview (Enter prints) or sent straight to the printer per the settings,
and recorded (ticket_printed / slip_printed) and audited once they are on paper or in a PDF."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.i18n import translate
from desktop.printing.qt.output import DocumentOutput, Output


def _mark(shell: Any, record_id: str, what: str, done: Callable[[], None] | None) -> Callable[[str], None]:
    def on_output(action: str) -> None:
        from desktop.jobs.assist.store.records import mark_printed

        ctx = shell.ctx
        shell.tasks.run(lambda: mark_printed(ctx, record_id, what, action),
                        (lambda _r: done()) if done is not None else None, progress=False)  # fmt: skip

    return on_output


def print_ticket(shell: Any, output: DocumentOutput, record_id: str, preview: bool,
                 on_printed: Callable[[], None] | None = None) -> None:  # fmt: skip
    """The 受付番号 ticket (80 mm) of an application's visit."""
    from desktop.jobs.assist.documents import queue_ticket
    from desktop.jobs.assist.store.printdata import letterhead, ticket_data

    ctx = shell.ctx

    def build() -> Any:
        return queue_ticket(ticket_data(ctx, record_id), letterhead(ctx), when=ctx.clock.now())

    def show(doc: Any) -> None:
        output.present([Output(doc, detail="ticket", on_output=_mark(shell, record_id, "ticket", on_printed))],
                       preview=preview)  # fmt: skip

    shell.tasks.run(build, show, label=translate("Assist", "Preparing the ticket…"))


def print_slip(shell: Any, output: DocumentOutput, record_id: str, *,
               on_done: Callable[[], None] | None = None) -> None:  # fmt: skip
    """The guidance slip (A5 or 80 mm, per the settings) of a finished application."""
    from desktop.jobs.assist.documents import guidance_slip
    from desktop.jobs.assist.store.printdata import letterhead, slip_data
    from desktop.jobs.assist.store.settings import load_settings

    ctx = shell.ctx

    def build() -> tuple[Any, bool]:
        settings = load_settings(ctx)
        doc = guidance_slip(slip_data(ctx, record_id), letterhead(ctx), when=ctx.clock.now(), paper=settings.paper)
        return doc, settings.preview

    def show(result: tuple[Any, bool]) -> None:
        doc, preview = result
        output.present([Output(doc, detail="slip", on_output=_mark(shell, record_id, "slip", None))],
                       preview=preview, on_done=on_done)  # fmt: skip

    shell.tasks.run(build, show, label=translate("Assist", "Preparing the slip…"))
