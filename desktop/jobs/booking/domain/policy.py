"""The booking rules staff work by (Qt-free, pure): the booking window and the cancellation deadline.

- Bookings open `open_days_ahead` days before the day and close `close_days_before` days before it
  (default: from 45 days ahead until the day before).
- Residents may cancel (or move) a booking until `cancel_days_before` days before the day (default 2).
- Staff may override either rule with a reason; the reason is kept in the booking's history. Without
  a reason the rule's refusal (`NeedsOverride`) says which rule and what to do.
- A day in the past can never be booked, and a booking in the past can never be moved or cancelled.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.people import reject_individual_number
from desktop.jobs.booking.domain.settings import BookingSettings

WINDOW = "window"
CANCEL_DEADLINE = "cancel_deadline"
MAX_REASON = 200


class NeedsOverride(DomainError):
    """A booking rule said no; staff may go ahead by giving a reason (`rule` names the rule)."""

    def __init__(self, rule: str, template: str, **params: Any) -> None:
        super().__init__(template, **params)
        self.rule = rule


def clean_reason(reason: str | None) -> str:
    text = (reason or "").strip()
    reject_individual_number(text, "reason")
    if len(text) > MAX_REASON:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Keep the reason under {max} characters."), max=MAX_REASON)
    return text


def first_bookable(today: date, settings: BookingSettings) -> date:
    return today + timedelta(days=max(settings.close_days_before, 0))


def last_bookable(today: date, settings: BookingSettings) -> date:
    return today + timedelta(days=settings.open_days_ahead)


def check_window(today: date, day: date, settings: BookingSettings, reason: str = "") -> str:
    """'' when `day` is inside the booking window; WINDOW when outside but overridden with a reason.
    Raises for a past day (always) and for a day outside the window without a reason."""
    if day < today:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "That day has passed. Choose a day from today on."))
    if first_bookable(today, settings) <= day <= last_bookable(today, settings):
        return ""
    if clean_reason(reason):
        return WINDOW
    if day > last_bookable(today, settings):
        raise NeedsOverride(
            WINDOW,
            QT_TRANSLATE_NOOP(
                "Errors",
                "Bookings for {day} open on {opens}. Choose an earlier day, or give a reason to book anyway.",
            ),
            day=day.isoformat(),
            opens=(day - timedelta(days=settings.open_days_ahead)).isoformat(),
        )
    raise NeedsOverride(
        WINDOW,
        QT_TRANSLATE_NOOP(
            "Errors",
            "Bookings for {day} could be made until {last}. Choose a later day, or give a reason to book "
            "anyway.",
        ),
        day=day.isoformat(),
        last=(day - timedelta(days=settings.close_days_before)).isoformat(),
    )


def cancel_deadline(day: date, settings: BookingSettings) -> date:
    """The last date on which a resident may still cancel or move a booking for `day`."""
    return day - timedelta(days=settings.cancel_days_before)


def check_cancel(today: date, day: date, settings: BookingSettings, reason: str = "") -> str:
    """'' when a booking for `day` may still be cancelled or moved; CANCEL_DEADLINE when the deadline
    has passed but staff gave a reason. Raises otherwise (and always for a day in the past)."""
    if day < today:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "This booking's day has passed; it can no longer be changed.")
        )
    if today <= cancel_deadline(day, settings):
        return ""
    if clean_reason(reason):
        return CANCEL_DEADLINE
    raise NeedsOverride(
        CANCEL_DEADLINE,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The deadline to cancel or move this booking was {deadline}. Give a reason to do it anyway.",
        ),
        deadline=cancel_deadline(day, settings).isoformat(),
    )
