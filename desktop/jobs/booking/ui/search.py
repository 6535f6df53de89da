"""予約検索: find bookings by フリガナ, phone, reservation number + birth date, or date; open one (audited
view) to see its history, cancel it (or one of the family), move it, or change its notes.

Keyboard: Ctrl+F goes to the search box; Enter searches; Alt+O searches the date; Enter on a result
opens it. In the booking: Alt+R reason, Alt+C cancel, Alt+M move (choose the day and a free time
first), Alt+E save the notes and reservation number.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.people import search_terms
from desktop.core.wareki import parse_date, wareki_short
from desktop.i18n import tr_error, tr_text
from desktop.jobs.booking.domain.model import PERSON_STATE_LABELS, BookingSummary
from desktop.jobs.booking.store.search import search_bookings
from desktop.jobs.booking.texts import short_day, span
from desktop.jobs.booking.ui.booking_detail import BookingDetail
from desktop.jobs.booking.ui.common import from_qdate, read_only_table, row_data, set_row, to_qdate
from desktop.ui.widgets import ErrorLabel

_RESERVATION = re.compile(r"^[A-Z0-9]{3}-?[0-9]{6}$")

class SearchTab(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.query = QLineEdit(self)
        self.query.setObjectName("bookingSearch")
        self.query.setPlaceholderText(self.tr("Furigana, phone, or reservation number"))
        self.query.setClearButtonEnabled(True)
        self.birth = QLineEdit(self)
        self.birth.setPlaceholderText(self.tr("Birth date (with a reservation number)"))
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd (ddd)")
        self.day.setDate(to_qdate(shell.ctx.clock.today()))
        self.day_button = QPushButton(self.tr("Bookings &on this day"), self)
        self.cancelled = QCheckBox(self.tr("Include cancelled"), self)
        self.error = ErrorLabel(self)
        self.results = read_only_table([self.tr("Day"), self.tr("Time"), self.tr("Name"), self.tr("Furigana"),
                                        self.tr("Birth date"), self.tr("Service"), self.tr("People"),
                                        self.tr("State")], self, stretch=2)  # fmt: skip
        self.results.setObjectName("bookingResults")
        self.detail = BookingDetail(shell, self)
        self.detail.changed.connect(self.search_again)

        form = QFormLayout()
        label = QLabel(self.tr("&Search"), self)
        label.setBuddy(self.query)
        form.addRow(label, self.query)
        form.addRow(self.tr("Birth date"), self.birth)
        day_row = QHBoxLayout()
        day_row.addWidget(self.day, 1)
        day_row.addWidget(self.day_button)
        form.addRow(self.tr("Day"), day_row)
        form.addRow(self.cancelled)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form)
        left_layout.addWidget(self.error)
        left_layout.addWidget(self.results, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)

        self.query.returnPressed.connect(self.search)
        self.birth.returnPressed.connect(self.search)
        self.day_button.clicked.connect(self.search_day)
        self.results.activated.connect(lambda _i: self.open_selected())
        shortcut = QShortcut(QKeySequence("Ctrl+F"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.query.setFocus)
        self._last: dict[str, Any] = {}

    def criteria(self) -> dict[str, Any]:
        """What the search box means: a reservation number (with the birth date), else the kernel's
        rule (kana, phone digits)."""
        text = unicodedata.normalize("NFKC", self.query.text()).strip().upper()
        if _RESERVATION.match(text):
            birth_text = self.birth.text().strip()
            if not birth_text:
                raise DomainError(self.tr("Enter the birth date too: the reservation number alone opens nothing."))
            return {"reservation_number": text, "birth_date": parse_date(birth_text)}
        terms = search_terms(self.query.text())
        if "birth_date" in terms:
            raise DomainError(self.tr("To find bookings of a day, use Bookings on this day."))
        return terms

    def search(self) -> None:
        self.error.clear_error()
        try:
            criteria = self.criteria()
        except DomainError as err:
            self.error.show_error(tr_error(err))
            return
        self._run(criteria)

    def search_day(self) -> None:
        self.error.clear_error()
        self._run({"day": from_qdate(self.day.date())})

    def search_again(self) -> None:
        if self._last:
            self._run(self._last)

    def _run(self, criteria: dict[str, Any]) -> None:
        self._last = criteria
        ctx, cancelled = self.shell.ctx, self.cancelled.isChecked()
        self.shell.tasks.run(lambda: search_bookings(ctx, include_cancelled=cancelled, **criteria),
                             self.show_results, lambda exc: self.error.show_error(tr_error(exc)))  # fmt: skip

    def show_results(self, found: list[BookingSummary]) -> None:
        services = self.detail.services
        self.results.setRowCount(len(found))
        for i, b in enumerate(found):
            state = b.state if b.state == "cancelled" else (b.people_states[0] if b.people_states else b.state)
            label = tr_text(PERSON_STATE_LABELS.get(state, state)) if state in PERSON_STATE_LABELS else state
            set_row(self.results, i, [short_day(b.day), span(b.start, b.end), " / ".join(b.names) or b.name, b.kana,
                                      wareki_short(b.birth_date) if b.birth_date else "",
                                      tr_text(services[b.service].label) if b.service in services else b.service,
                                      str(b.party_size), label], b.booking_id,
                    color="#eeeeee" if b.state == "cancelled" else None)  # fmt: skip
        if not found:
            self.error.show_error(self.tr("No booking found."))
        else:
            self.results.selectRow(0)
            self.results.setFocus()

    def open_selected(self) -> None:
        booking_id = row_data(self.results)
        if booking_id:
            self.detail.open_booking(str(booking_id))

    def open_day(self, d: date) -> None:
        self.day.setDate(to_qdate(d))
        self.search_day()

