"""予約: book a resident (or a family) by phone or at the desk.

Keyboard (the phone booking into the next free slot): the screen opens on 用件 (service, default card
handover) — F2 finds the next free slot and puts the cursor on 氏名 — type 氏名, Tab, フリガナ, Tab,
birth date, Tab, phone — Ctrl+S books. That is F2, three Tabs and Ctrl+S besides what is typed.
Alt+S service, Alt+G group size, Alt+D date, Alt+T free times, Alt+R reason, Alt+V reservation number,
Alt+E notes, Alt+Y booked by (the resident's fields keep their own: Alt+N 氏名, Alt+F フリガナ …);
Ctrl+N clears the form.
Errors appear in red under the form or under their field; nothing typed is lost.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.people import InvalidField
from desktop.core.wareki import with_weekday
from desktop.i18n import tr_error
from desktop.jobs.booking.domain.model import Booking, DayClosed, SlotFull
from desktop.jobs.booking.domain.policy import NeedsOverride
from desktop.jobs.booking.domain.settings import BookingSettings
from desktop.jobs.booking.store import availability
from desktop.jobs.booking.store.bookings import book_residents
from desktop.jobs.booking.store.settings import load_settings
from desktop.jobs.booking.texts import span
from desktop.jobs.booking.ui.common import ServiceCombo, from_qdate, to_qdate
from desktop.store.visits import configured_services
from desktop.ui.person_form import PersonForm
from desktop.ui.widgets import ErrorLabel, heading


class BookTab(QWidget):
    booked = Signal(object)  # Booking

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.settings = BookingSettings()
        self.chosen: tuple[date, time] | None = None
        self.last_booking: Booking | None = None

        self.service = ServiceCombo(self)
        self.service.setAccessibleName(self.tr("Service"))
        self.party = QSpinBox(self)
        self.party.setRange(1, self.settings.max_party)
        self.party.setAccessibleName(self.tr("Number of people"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd (ddd)")
        self.date_edit.setDate(to_qdate(shell.ctx.clock.today()))
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.next_button = QPushButton(self.tr("Next free slot (F2)"), self)
        self.next_button.setObjectName("nextFreeSlot")
        self.slots = QListWidget(self)
        self.slots.setObjectName("freeSlots")
        self.slots.setAccessibleName(self.tr("Free times"))
        self.chosen_label = QLabel(self)
        self.chosen_label.setObjectName("chosenSlot")
        self.chosen_label.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("overrideReason")
        self.reason.setPlaceholderText(self.tr("Only to book outside the booking window"))
        self.reason.setMaxLength(200)

        slot_box = QGroupBox(self.tr("When"), self)
        form = QFormLayout(slot_box)
        for label, widget in ((self.tr("&Service"), self.service), (self.tr("&Group size"), self.party)):
            form.addRow(self._buddy(label, widget), widget)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit, 1)
        date_row.addWidget(self.next_button)
        form.addRow(self._buddy(self.tr("&Date"), self.date_edit), date_row)
        form.addRow(self._buddy(self.tr("Free &times"), self.slots), self.slots)
        form.addRow(self.chosen_label)
        form.addRow(self._buddy(self.tr("Override &reason"), self.reason), self.reason)

        self.people_tabs = QTabWidget(self)
        self.people_tabs.setObjectName("bookingPeople")
        self.forms: list[PersonForm] = []
        self.reservation = QLineEdit(self)
        self.reservation.setObjectName("reservationNumber")
        self.reservation.setPlaceholderText(self.tr("From the notice, e.g. ABC123456 (optional)"))
        self.reservation.setMaxLength(20)
        self.notes = QLineEdit(self)
        self.notes.setObjectName("bookingNotes")
        self.notes.setMaxLength(500)
        self.channel = QComboBox(self)
        self.channel.addItem(self.tr("Phone"), "phone")
        self.channel.addItem(self.tr("At the desk"), "desk")
        details = QFormLayout()
        details.addRow(self._buddy(self.tr("Reser&vation number"), self.reservation), self.reservation)
        details.addRow(self._buddy(self.tr("Not&es"), self.notes), self.notes)
        details.addRow(self._buddy(self.tr("Booked b&y"), self.channel), self.channel)
        self.error = ErrorLabel(self)
        self.message = QLabel(self)
        self.message.setObjectName("bookingMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Book (Ctrl+S)"), self)
        self.save_button.setObjectName("saveBooking")
        self.save_button.setDefault(True)
        self.clear_button = QPushButton(self.tr("Clear (Ctrl+N)"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)

        right = QVBoxLayout()
        right.addWidget(heading(self.tr("Who"), self, scale=1.1))
        right.addWidget(self.people_tabs, 1)
        right.addLayout(details)
        right.addWidget(self.error)
        right.addWidget(self.message)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(slot_box, 2)
        layout.addLayout(right, 3)

        self.next_button.clicked.connect(self.next_free)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear)
        self.service.currentIndexChanged.connect(lambda _i: self.load_slots())
        self.party.valueChanged.connect(self._party_changed)
        self.date_edit.dateChanged.connect(lambda _d: self.load_slots())
        self.slots.currentItemChanged.connect(self._slot_chosen)
        for keys, slot in (("F2", self.next_free), ("Ctrl+S", self.save), ("Ctrl+N", self.clear)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._party_changed(1)
        self.setFocusProxy(self.service)
        self.refresh()

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    # --- loading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: (configured_services(ctx), load_settings(ctx)), self._loaded,
                             label=self.tr("Loading the booking plan…"))  # fmt: skip

    def _loaded(self, result: tuple[Any, BookingSettings]) -> None:
        services, self.settings = result
        self.service.set_services(services, bookable_only=True)
        self.party.setMaximum(self.settings.max_party)
        self.load_slots()

    def load_slots(self) -> None:
        ctx, service, party, day = self.shell.ctx, self.service.key(), self.party.value(), self.day()
        if not service:
            return
        self.shell.tasks.run(lambda: availability.free_slots(ctx, service, day, party), self._show_slots,
                             label=self.tr("Looking for free times…"))  # fmt: skip

    def _show_slots(self, found: list[availability.FreeSlot], select: time | None = None) -> None:
        self.slots.blockSignals(True)
        self.slots.clear()
        for slot in found:
            text = self.tr("{span}   ({free} free)").format(span=span(slot.start, slot.end), free=slot.free)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, slot.start.isoformat())
            self.slots.addItem(item)
            if select is not None and slot.start == select:
                self.slots.setCurrentItem(item)
        self.slots.blockSignals(False)
        if not found:
            self.slots.addItem(self.tr("No free time on this day"))
            self.slots.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self._slot_chosen(self.slots.currentItem(), None)

    def day(self) -> date:
        return from_qdate(self.date_edit.date())

    def _slot_chosen(self, item: QListWidgetItem | None, _previous: Any) -> None:
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.chosen = (self.day(), time.fromisoformat(value)) if value else None
        if self.chosen is None:
            self.chosen_label.setText(self.tr("Choose a free time."))
        else:
            self.chosen_label.setText(self.tr("Chosen: {day} {time}").format(
                day=with_weekday(self.chosen[0]), time=f"{self.chosen[1]:%H:%M}"))  # fmt: skip

    def next_free(self) -> None:
        ctx, service, party = self.shell.ctx, self.service.key(), self.party.value()
        self.error.clear_error()

        def found(slot: availability.FreeSlot | None) -> None:
            if slot is None:
                self.error.show_error(self.tr(
                    "No free slot for this service in the booking window. Pick a date and give a reason "
                    "to book outside the window."))  # fmt: skip
                return
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(to_qdate(slot.day))
            self.date_edit.blockSignals(False)
            self.shell.tasks.run(lambda: availability.free_slots(ctx, service, slot.day, party),
                                 lambda slots: self._show_slots(slots, select=slot.start))  # fmt: skip
            self.forms[0].edits["name"].setFocus()

        self.shell.tasks.run(lambda: availability.next_free_slot(ctx, service, party), found,
                             label=self.tr("Looking for the next free slot…"))  # fmt: skip

    # --- people ---------------------------------------------------------------------------------
    def _party_changed(self, n: int) -> None:
        while len(self.forms) < n:
            form = PersonForm(self.shell.ctx, self.shell.tasks, self)
            form.fields_requested = ("name", "kana", "birth_date", "phone")
            self.forms.append(form)
            title = self.tr("Person 1 (booker)") if len(self.forms) == 1 else self.tr("Person {n}").format(
                n=len(self.forms))  # fmt: skip
            self.people_tabs.addTab(form, title)
        while len(self.forms) > n:
            form = self.forms.pop()
            self.people_tabs.removeTab(self.people_tabs.indexOf(form))
            form.deleteLater()
        self.load_slots()

    def clear(self) -> None:
        for form in self.forms:
            form.clear()
        self.reservation.clear()
        self.notes.clear()
        self.reason.clear()
        self.error.clear_error()
        self.service.setFocus()

    # --- saving ---------------------------------------------------------------------------------
    def save(self) -> None:
        self.error.clear_error()
        if self.chosen is None:
            self.error.show_error(self.tr("Choose a free time first (F2 finds the next one)."))
            return
        for index, form in enumerate(self.forms):
            if form.validate():
                self.people_tabs.setCurrentIndex(index)
                return
        people = [form.person() for form in self.forms]
        ctx, service, (day, start) = self.shell.ctx, self.service.key(), self.chosen
        options = {"reservation_number": self.reservation.text().strip() or None, "notes": self.notes.text(),
                   "channel": self.channel.currentData(), "override_reason": self.reason.text()}  # fmt: skip
        self.save_button.setEnabled(False)
        self.shell.tasks.run(lambda: book_residents(ctx, people, service, day, start, **options),
                             self._saved, self._failed, label=self.tr("Booking…"))  # fmt: skip

    def _saved(self, booking: Booking) -> None:
        self.save_button.setEnabled(True)
        self.last_booking = booking
        names = " / ".join(form.texts()["name"].strip() for form in self.forms)
        self.message.setText(self.tr("Booked: {day} {span}, {names}. Tell the resident the day and time.").format(
            day=with_weekday(booking.day), span=span(booking.start, booking.end), names=names))  # fmt: skip
        self.booked.emit(booking)
        self.clear()
        self.load_slots()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, InvalidField) and exc.field in ("name", "kana", "birth_date", "phone"):
            for form in self.forms:
                form.show_error(exc.field, tr_error(exc))
            return
        if not isinstance(exc, DomainError):
            from desktop.tasks.prompt import report_failure

            report_failure(self.shell.prompter, exc)
            return
        self.error.show_error(tr_error(exc))
        if isinstance(exc, NeedsOverride):
            self.reason.setFocus()
        elif isinstance(exc, (SlotFull, DayClosed)):
            self.load_slots()
