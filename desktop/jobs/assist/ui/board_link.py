"""Opening a 申請サポート visit from the booking job's day board: Enter on a visit being served there opens
it here. The board offers `register_visit_opener(service, opener)` for exactly this; when the booking job
is not installed, nothing is linked and staff open visits from this job's own queue (the kernel's
visits, `desktop.store.visits`)."""

from __future__ import annotations

import importlib
import logging
from typing import Any

log = logging.getLogger(__name__)
PAGE_KEY = "assist"


def open_visit(shell: Any, visit_id: str) -> None:
    """Switch the main window to the assistance page and start the visit there."""
    window = getattr(shell, "main_window", None)
    if window is None:
        return
    row = next((i for i, e in enumerate(window.entries) if e.key == PAGE_KEY), None)
    if row is None:
        return
    window.show_page(row)
    page = window.page(PAGE_KEY)
    if page is not None and hasattr(page, "open_visit"):
        page.open_visit(visit_id)


def link_booking_board() -> bool:
    try:
        board = importlib.import_module("desktop.jobs.booking.ui.board")
    except ImportError:
        return False
    register = getattr(board, "register_visit_opener", None)
    if not callable(register):
        log.info("the booking board has no visit opener hook")
        return False
    register("assist", open_visit)
    return True
