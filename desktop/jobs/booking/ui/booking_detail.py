"""One opened booking (an audited view): who, when, its history; cancel, move, edit the details."""

from __future__ import annotations

from datetime import time
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import to_local
from desktop.core.services import Service
from desktop.core.wareki import with_weekday
from desktop.i18n import tr_error, tr_text
from desktop.jobs.booking.domain.model import (
    CHANNEL_LABELS,
    HISTORY_LABELS,
    PERSON_STATE_LABELS,
    Booking,
    HistoryEntry,
)
from desktop.jobs.booking.domain.policy import NeedsOverride
from desktop.jobs.booking.store import availability, changes
from desktop.jobs.booking.store.bookings import get_booking, history
from desktop.jobs.booking.texts import short_day, span
from desktop.jobs.booking.ui.common import from_qdate, to_qdate
from desktop.store.people import names_of
from desktop.store.visits import configured_services
from desktop.ui.widgets import ErrorLabel, heading


class BookingDetail(QWidget):
    changed = Signal()

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.booking: Booking | None = None
        self.names: dict[str, str] = {}
        self.services: dict[str, Service] = {}
        self.title = heading(self.tr("No booking open"), self, scale=1.15)
        self.title.setObjectName("bookingTitle")
        self.people = QListWidget(self)
        self.people.setObjectName("bookingPeopleList")
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.people.setMaximumHeight(80)
        self.history = QListWidget(self)
        self.history.setObjectName("bookingHistory")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("changeReason")
        self.reason.setPlaceholderText(self.tr("Needed after the cancellation deadline"))
        self.cancel_button = QPushButton(self.tr("&Cancel booking"), self)
        self.cancel_selected_button = QPushButton(self.tr("Cancel selected people"), self)
        self.move_day = QDateEdit(self)
        self.move_day.setCalendarPopup(True)
        self.move_day.setDisplayFormat("yyyy-MM-dd (ddd)")
        self.move_day.setDate(to_qdate(shell.ctx.clock.today()))
        self.move_slots = QListWidget(self)
        self.move_slots.setObjectName("moveSlots")
        self.move_slots.setMaximumHeight(110)
        self.move_button = QPushButton(self.tr("&Move to the chosen time"), self)
        self.notes = QLineEdit(self)
        self.reservation = QLineEdit(self)
        self.save_button = QPushButton(self.tr("Sav&e details"), self)
        self.error = ErrorLabel(self)

        changes_box = QGroupBox(self.tr("Change"), self)
        form = QFormLayout(changes_box)
        label = QLabel(self.tr("&Reason"), self)
        label.setBuddy(self.reason)
        form.addRow(label, self.reason)
        cancel_row = QHBoxLayout()
        cancel_row.addWidget(self.cancel_button)
        cancel_row.addWidget(self.cancel_selected_button)
        form.addRow(cancel_row)
        form.addRow(self.tr("Move to"), self.move_day)
        form.addRow(self.move_slots)
        form.addRow(self.move_button)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Reservation number"), self.reservation)
        form.addRow(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.people)
        layout.addWidget(QLabel(self.tr("History"), self))
        layout.addWidget(self.history, 1)
        layout.addWidget(changes_box)
        layout.addWidget(self.error)

        self.cancel_button.clicked.connect(lambda: self.cancel(None))
        self.cancel_selected_button.clicked.connect(self.cancel_selected)
        self.move_day.dateChanged.connect(lambda _d: self.load_move_slots())
        self.move_button.clicked.connect(self.move_booking)
        self.save_button.clicked.connect(self.save_details)
        self._set_enabled(False)
        ctx = shell.ctx
        shell.tasks.run(lambda: configured_services(ctx), self._services)

    def _services(self, services: dict[str, Service]) -> None:
        self.services = services

    def _set_enabled(self, on: bool) -> None:
        for w in (self.cancel_button, self.cancel_selected_button, self.move_button, self.save_button,
                  self.reason, self.move_day, self.notes, self.reservation):  # fmt: skip
            w.setEnabled(on)

    def open_booking(self, booking_id: str) -> None:
        ctx = self.shell.ctx

        def load() -> tuple[Booking, list[HistoryEntry], dict[str, str]]:
            booking = get_booking(ctx, booking_id)  # the audited view
            return booking, history(ctx, booking_id), names_of(ctx, [p.person_id for p in booking.people])

        self.shell.tasks.run(load, self.show_booking, lambda exc: self.error.show_error(tr_error(exc)))

    def show_booking(self, loaded: tuple[Booking, list[HistoryEntry], dict[str, str]]) -> None:
        booking, entries, self.names = loaded
        self.booking = booking
        self.error.clear_error()
        service = tr_text(self.services[booking.service].label) if booking.service in self.services else booking.service
        self.title.setText(f"{with_weekday(booking.day)} {span(booking.start, booking.end)}  {service}")
        self.people.clear()
        for p in booking.people:
            item = QListWidgetItem(f"{p.position}. {self.names.get(p.person_id, '')}  "
                                   f"[{tr_text(PERSON_STATE_LABELS.get(p.state, p.state))}]")  # fmt: skip
            item.setData(Qt.ItemDataRole.UserRole, p.position)
            self.people.addItem(item)
        self.history.clear()
        for e in entries:
            self.history.addItem(self._history_text(e))
        extra = [tr_text(CHANNEL_LABELS.get(booking.channel, booking.channel))]
        if booking.reservation_number:
            extra.append(booking.reservation_number)
        self.history.addItem(" / ".join(extra))
        self.notes.setText(booking.notes)
        self.reservation.setText(booking.reservation_number or "")
        self.move_day.setDate(to_qdate(booking.day))
        self._set_enabled(booking.active and any(p.state == "booked" for p in booking.people))
        self.load_move_slots()

    def _history_text(self, e: HistoryEntry) -> str:
        at = to_local(e.at)
        text = f"{at:%Y-%m-%d %H:%M}  {tr_text(HISTORY_LABELS.get(e.action, e.action))}"
        if e.position:
            text += f" ({e.position})"
        if e.from_day and e.from_start and e.to_day and e.to_start:
            text += f"  {short_day(e.from_day)} {e.from_start:%H:%M} → {short_day(e.to_day)} {e.to_start:%H:%M}"
        elif e.to_day and e.to_start:
            text += f"  {short_day(e.to_day)} {e.to_start:%H:%M}"
        if e.override:
            text += "  " + self.tr("[rule overridden]")
        if e.reason:
            text += f"  「{e.reason}」"
        return text

    def load_move_slots(self) -> None:
        booking = self.booking
        if booking is None or not booking.active:
            self.move_slots.clear()
            return
        ctx, day, party = self.shell.ctx, from_qdate(self.move_day.date()), len(booking.live_people()) or 1

        def show(found: list[availability.FreeSlot]) -> None:
            self.move_slots.clear()
            for slot in found:
                item = QListWidgetItem(self.tr("{span}   ({free} free)").format(span=span(slot.start, slot.end),
                                                                              free=slot.free))  # fmt: skip
                item.setData(Qt.ItemDataRole.UserRole, slot.start.isoformat())
                self.move_slots.addItem(item)

        self.shell.tasks.run(lambda: availability.free_slots(ctx, booking.service, day, party), show)

    def _after_change(self, booking: Booking) -> None:
        self.reason.clear()
        self.open_booking(booking.id)
        self.changed.emit()
        self.shell.refresh_today()

    def _failed(self, exc: BaseException) -> None:
        self.error.show_error(tr_error(exc))
        if isinstance(exc, NeedsOverride):
            self.reason.setFocus()

    def cancel(self, positions: list[int] | None) -> None:
        if self.booking is None:
            return
        ctx, booking_id, reason = self.shell.ctx, self.booking.id, self.reason.text()
        self.shell.tasks.run(lambda: changes.cancel_booking(ctx, booking_id, positions=positions, reason=reason),
                             self._after_change, self._failed, label=self.tr("Cancelling…"))  # fmt: skip

    def cancel_selected(self) -> None:
        positions = [int(i.data(Qt.ItemDataRole.UserRole)) for i in self.people.selectedItems()]
        if not positions:
            self.error.show_error(self.tr("Select the people to cancel in the list."))
            return
        self.cancel(positions)

    def move_booking(self) -> None:
        item = self.move_slots.currentItem()
        if self.booking is None or item is None or not item.data(Qt.ItemDataRole.UserRole):
            self.error.show_error(self.tr("Choose the day and a free time to move to."))
            return
        ctx, booking_id, reason = self.shell.ctx, self.booking.id, self.reason.text()
        day, start = from_qdate(self.move_day.date()), time.fromisoformat(item.data(Qt.ItemDataRole.UserRole))
        self.shell.tasks.run(lambda: changes.reschedule_booking(ctx, booking_id, day, start, reason=reason),
                             self._after_change, self._failed, label=self.tr("Moving…"))  # fmt: skip

    def save_details(self) -> None:
        if self.booking is None:
            return
        ctx, booking_id = self.shell.ctx, self.booking.id
        notes, resv = self.notes.text(), self.reservation.text()
        self.shell.tasks.run(lambda: changes.update_booking(ctx, booking_id, notes=notes, reservation_number=resv),
                             self._after_change, self._failed, label=self.tr("Saving…"))  # fmt: skip
