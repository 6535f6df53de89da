"""The booking job's panel on 本日: today's booked residents (checked in, waiting, no-shows) and the next
free handover slot, with a button to today's board."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.wareki import with_weekday
from desktop.jobs.booking.store import availability
from desktop.jobs.booking.store.board import load_board
from desktop.jobs.booking.texts import span
from desktop.store.context import Context


@dataclass(frozen=True)
class TodaySummary:
    booked: int
    checked_in: int
    waiting: int
    no_show: int
    next_slot: availability.FreeSlot | None


def load_summary(ctx: Context) -> TodaySummary:
    everyone = load_board(ctx, mark=False, with_names=False).all_rows()
    rows = [r for r in everyone if r.booking_id is not None]
    return TodaySummary(
        booked=len(rows),
        checked_in=sum(1 for r in rows if r.visit_id is not None),
        waiting=sum(1 for r in everyone if r.status == "waiting"),
        no_show=sum(1 for r in rows if r.status == "no_show"),
        next_slot=availability.next_free_slot(ctx, "handover"),
    )


class BookingTodayPanel(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setObjectName("bookingTodayPanel")
        self.summary = QLabel(self)
        self.summary.setObjectName("bookingSummary")
        self.summary.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open today's board"), self)
        self.open_button.clicked.connect(self.open_board)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.open_button)
        self.refresh()

    def refresh(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: load_summary(ctx), self.show_summary, lambda _e: None, progress=False)

    def show_summary(self, s: TodaySummary) -> None:
        text = self.tr("Booked today: {booked} (checked in {checked_in}, no-shows {no_show}). Waiting: {waiting}.").format(
            booked=s.booked, checked_in=s.checked_in, no_show=s.no_show, waiting=s.waiting)  # fmt: skip
        if s.next_slot is not None:
            text += "\n" + self.tr("Next free handover slot: {day} {span}").format(
                day=with_weekday(s.next_slot.day), span=span(s.next_slot.start, s.next_slot.end))  # fmt: skip
        self.summary.setText(text)

    def open_board(self) -> None:
        window = self.shell.main_window
        if window is None:
            return
        for row, entry in enumerate(window.entries):
            if entry.key == "booking":
                window.show_page(row)
                page = window.page("booking")
                if page is not None and hasattr(page, "show_board"):
                    page.show_board()
                return
