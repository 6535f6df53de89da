"""The clock: every time-dependent rule asks it, so tests set the time and never sleep.

`now()` is an aware UTC datetime (stored as ISO text); `today()` is the local business date in
Asia/Tokyo, which is what every count, queue number and opening rule belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

JST = ZoneInfo("Asia/Tokyo")


class Clock(Protocol):
    def now(self) -> datetime: ...

    def today(self) -> date: ...


def business_date(moment: datetime) -> date:
    """The local business date (Asia/Tokyo) of an aware moment: 08:45 JST belongs to that JST day."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: the business date needs an aware moment")
    return moment.astimezone(JST).date()


def to_local(moment: datetime) -> datetime:
    return moment.astimezone(JST)


def iso_utc(moment: datetime) -> str:
    """Storage form of a moment: ISO 8601 in UTC with a Z, sortable as text."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return business_date(self.now())


@dataclass
class FixedClock:
    """A clock for tests and the demo generator: set it, advance it; it never moves by itself."""

    moment: datetime = field(default_factory=lambda: datetime(2026, 11, 24, 0, 30, tzinfo=UTC))

    def __post_init__(self) -> None:
        if self.moment.tzinfo is None:
            self.moment = self.moment.replace(tzinfo=JST)
        self.moment = self.moment.astimezone(UTC)

    def now(self) -> datetime:
        return self.moment

    def today(self) -> date:
        return business_date(self.moment)

    def set(self, moment: datetime) -> None:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=JST)
        self.moment = moment.astimezone(UTC)

    def advance(self, delta: timedelta) -> None:
        self.moment = self.moment + delta
