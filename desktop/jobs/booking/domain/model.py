"""What a booking is (Qt-free): the booking, its residents, its history, and the refusals a booking meets.

A booking (予約) is one service at one time for a party of 1..N residents; the booker is person 1. Each
resident has their own state: 予約 booked → 受付済 checked in (a visit exists) | 来庁なし no-show |
取消 cancelled. The booking itself is active until every resident is cancelled (or it is cancelled as
a whole). Moving a booking (reschedule) keeps it and writes its old and new time into the history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from desktop.core.errors import Conflict, DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP

CHANNELS = ("phone", "desk", "import")
CHANNEL_LABELS = {
    "phone": QT_TRANSLATE_NOOP("Booking", "Phone"),
    "desk": QT_TRANSLATE_NOOP("Booking", "At the desk"),
    "import": QT_TRANSLATE_NOOP("Booking", "Online (imported)"),
}
PERSON_STATES = ("booked", "checked_in", "no_show", "cancelled")
PERSON_STATE_LABELS = {
    "booked": QT_TRANSLATE_NOOP("Booking", "Booked"),
    "checked_in": QT_TRANSLATE_NOOP("Booking", "Checked in"),
    "no_show": QT_TRANSLATE_NOOP("Booking", "No-show"),
    "cancelled": QT_TRANSLATE_NOOP("Booking", "Cancelled"),
}
HISTORY_LABELS = {
    "booked": QT_TRANSLATE_NOOP("Booking", "Booked"),
    "imported": QT_TRANSLATE_NOOP("Booking", "Imported"),
    "rescheduled": QT_TRANSLATE_NOOP("Booking", "Moved"),
    "cancelled": QT_TRANSLATE_NOOP("Booking", "Cancelled"),
    "edited": QT_TRANSLATE_NOOP("Booking", "Details changed"),
    "checked_in": QT_TRANSLATE_NOOP("Booking", "Checked in"),
    "no_show": QT_TRANSLATE_NOOP("Booking", "No-show"),
    "no_show_corrected": QT_TRANSLATE_NOOP("Booking", "No-show corrected"),
}
MAX_NOTES = 500


class SlotFull(Conflict):
    """No seat left in a slot the booking needs."""


class DayClosed(DomainError):
    """The office is closed that day, or the time is not a bookable slot."""


@dataclass(frozen=True)
class BookingPerson:
    id: str
    position: int
    person_id: str
    state: str  # one of PERSON_STATES
    visit_id: str | None = None
    no_show_event_id: str | None = None


@dataclass(frozen=True)
class Booking:
    id: str
    service: str
    resource: str
    day: date
    start: time
    end: time
    party_size: int
    person_id: str  # the booker
    reservation_number: str | None
    case_id: str | None
    notes: str
    channel: str
    external_id: str | None
    state: str  # 'active' | 'cancelled'
    created_at: datetime
    people: tuple[BookingPerson, ...] = ()

    @property
    def active(self) -> bool:
        return self.state == "active"

    def live_people(self) -> list[BookingPerson]:
        return [p for p in self.people if p.state != "cancelled"]


@dataclass(frozen=True)
class HistoryEntry:
    action: str
    at: datetime
    staff_id: str | None
    position: int | None = None
    from_day: date | None = None
    from_start: time | None = None
    to_day: date | None = None
    to_start: time | None = None
    override: str = ""
    reason: str = ""


@dataclass(frozen=True)
class BookingSummary:
    """A row of a booking list (search results, the call list): listing data, not an opened record."""

    booking_id: str
    day: date
    start: time
    end: time
    service: str
    party_size: int
    state: str
    person_id: str
    name: str
    kana: str
    birth_date: date | None
    phone: str
    reservation_number: str | None
    people_states: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # every live resident of the party, booker first
