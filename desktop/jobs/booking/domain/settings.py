"""The booking plan's settings (Qt-free): resources, slot lengths, the booking window and deadlines.

A service holds one unit of its **resource** for `ceil(duration ÷ slot length)` consecutive slots:
handover terminals (統合端末) serve card handover, certificate renewal and the PIN services;
assistance desks or tablets serve 申請サポート. How many units are on duty on a day is a dated setting
(`desktop.jobs.booking.store.settings.capacity_on`); everything else is one JSON setting
(`booking.settings`) read into `BookingSettings`. Every value has a default that matches DOMAIN.md.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field, replace
from datetime import time
from typing import Any

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.services import SERVICE_KEYS

SETTING_KEY = "booking.settings"
CAPACITY_PREFIX = "booking.capacity."

TERMINAL = "terminal"
DESK = "desk"
RESOURCES: tuple[str, ...] = (TERMINAL, DESK)
RESOURCE_LABELS = {
    TERMINAL: QT_TRANSLATE_NOOP("Booking", "Handover terminals"),
    DESK: QT_TRANSLATE_NOOP("Booking", "Assistance desks"),
}
RESOURCE_SHORT = {
    TERMINAL: QT_TRANSLATE_NOOP("Booking", "Terminals"),
    DESK: QT_TRANSLATE_NOOP("Booking", "Desks"),
}
SLOT_CHOICES: tuple[int, ...] = (15, 20, 30)

DEFAULT_RESOURCES: dict[str, str] = {
    "handover": TERMINAL,
    "cert_renewal": TERMINAL,
    "pin_reset": TERMINAL,
    "pin_change": TERMINAL,
    "card_update": TERMINAL,
    "assist": DESK,
}


def capacity_key(resource: str) -> str:
    check_resource(resource)
    return CAPACITY_PREFIX + resource


def check_resource(resource: str) -> None:
    if resource not in RESOURCES:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Unknown resource {resource}."), resource=resource)


@dataclass(frozen=True)
class BookingSettings:
    open_days_ahead: int = 45  # bookings open this many days before the day
    close_days_before: int = 1  # and close this many days before it (1 = the day before)
    cancel_days_before: int = 2  # residents may cancel until this many days before
    max_party: int = 2  # people per booking, the booker included
    no_show_grace_minutes: int = 15  # a booked person not checked in this long after the slot: no-show
    last_time: time = time(19, 30)  # no booked slot ends later (the national system closes at 20:00)
    slot_minutes: dict[str, int] = field(default_factory=lambda: {TERMINAL: 30, DESK: 15})
    service_resources: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_RESOURCES))

    def resource_of(self, service: str) -> str:
        return self.service_resources.get(service, DEFAULT_RESOURCES.get(service, TERMINAL))

    def slot_of(self, resource: str) -> int:
        return self.slot_minutes.get(resource, 30)

    def problems(self) -> list[DomainError]:
        out: list[DomainError] = []
        if not 1 <= self.open_days_ahead <= 366:
            out.append(DomainError(QT_TRANSLATE_NOOP(
                "Errors", "Bookings open between 1 and 366 days ahead.")))
        if not 0 <= self.close_days_before <= 30:
            out.append(DomainError(QT_TRANSLATE_NOOP(
                "Errors", "Bookings close between 0 and 30 days before the day.")))
        if self.close_days_before > self.open_days_ahead:
            out.append(DomainError(QT_TRANSLATE_NOOP(
                "Errors", "Bookings must open before they close: check the two numbers of days.")))
        if not 0 <= self.cancel_days_before <= 30:
            out.append(DomainError(QT_TRANSLATE_NOOP(
                "Errors", "The cancellation deadline is between 0 and 30 days before the day.")))
        if not 1 <= self.max_party <= 10:
            out.append(DomainError(QT_TRANSLATE_NOOP(
                "Errors", "A booking covers between 1 and 10 people.")))
        if not 0 <= self.no_show_grace_minutes <= 240:
            out.append(DomainError(QT_TRANSLATE_NOOP(
                "Errors", "The grace time before a no-show is between 0 and 240 minutes.")))
        for resource in RESOURCES:
            if self.slot_of(resource) not in SLOT_CHOICES:
                out.append(DomainError(QT_TRANSLATE_NOOP(
                    "Errors", "A slot is 15, 20 or 30 minutes long.")))
                break
        for service, resource in self.service_resources.items():
            if service not in SERVICE_KEYS or resource not in RESOURCES:
                out.append(DomainError(QT_TRANSLATE_NOOP(
                    "Errors", "Each service must use a handover terminal or an assistance desk.")))
                break
        return out  # fmt: skip

    def ensure_valid(self) -> None:
        found = self.problems()
        if found:
            raise found[0]

    def to_json(self) -> dict[str, Any]:
        return {
            "open_days_ahead": self.open_days_ahead,
            "close_days_before": self.close_days_before,
            "cancel_days_before": self.cancel_days_before,
            "max_party": self.max_party,
            "no_show_grace_minutes": self.no_show_grace_minutes,
            "last_time": self.last_time.strftime("%H:%M"),
            "slot_minutes": dict(self.slot_minutes),
            "service_resources": dict(self.service_resources),
        }

    @classmethod
    def from_json(cls, data: Any) -> BookingSettings:
        """Read a stored value; anything missing or malformed keeps its default (never stops the counter)."""
        out = cls()
        if not isinstance(data, dict):
            return out
        ints: dict[str, Any] = {}
        for name in ("open_days_ahead", "close_days_before", "cancel_days_before", "max_party",
                     "no_show_grace_minutes"):  # fmt: skip
            value = data.get(name)
            if isinstance(value, int) and not isinstance(value, bool):
                ints[name] = value
        out = replace(out, **ints)
        last = data.get("last_time")
        if isinstance(last, str):
            with contextlib.suppress(ValueError):
                out = replace(out, last_time=time.fromisoformat(last))
        slots = data.get("slot_minutes")
        if isinstance(slots, dict):
            merged = dict(out.slot_minutes)
            merged.update({k: v for k, v in slots.items() if k in RESOURCES and v in SLOT_CHOICES})
            out = replace(out, slot_minutes=merged)
        mapping = data.get("service_resources")
        if isinstance(mapping, dict):
            merged_map = dict(out.service_resources)
            merged_map.update(
                {k: v for k, v in mapping.items() if k in SERVICE_KEYS and v in RESOURCES}
            )
            out = replace(out, service_resources=merged_map)
        if out.problems():
            return cls()
        return out
