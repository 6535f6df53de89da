"""Slots (Qt-free, pure): when a day is bookable, its slot grid per resource, and which starts are free.

- The **windows** of a day are the spans the office calendar opens it for: the weekday's hours (when
  the day is an ordinary working day or an administrator opened it) plus every non-closure session
  (休日開庁, an evening desk, an extra day), merged where they touch.
- The **grid** of a resource is every slot of its length that lies wholly inside a window and ends by
  the last handover time. Slots are anchored at midnight (a 30-minute grid has 9:00, 9:30 …), so a
  session added or moved later never shifts the slots that existing bookings hold.
- A service needs `ceil(duration ÷ slot)` consecutive slots; a party of N needs N free seats in each.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from desktop.core.calendar import DayInfo

Span = tuple[time, time]


def minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def at_minutes(m: int) -> time:
    return time(m // 60, m % 60)


def slot_key(day: date, start: time | int) -> str:
    """The stored form of a slot start: 'YYYY-MM-DDTHH:MM' (local time)."""
    t = at_minutes(start) if isinstance(start, int) else start
    return f"{day.isoformat()}T{t.hour:02d}:{t.minute:02d}"


def parse_slot_key(key: str) -> datetime:
    return datetime.fromisoformat(key)


def slots_needed(duration_minutes: int, slot_minutes: int) -> int:
    return max(1, math.ceil(duration_minutes / slot_minutes))


def merge(spans: Iterable[Span]) -> list[Span]:
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def open_windows(info: DayInfo, base_hours: Span | None) -> list[Span]:
    """The bookable spans of a day: `base_hours` (None when the weekday's hours do not apply) and the
    day's non-closure sessions, merged. A closed day has none."""
    if not info.open:
        return []
    spans = [(s.start, s.end) for s in info.sessions if s.kind != "closure"]
    if base_hours is not None:
        spans.append(base_hours)
    return merge(spans)


def grid(windows: Sequence[Span], slot_minutes: int, last_time: time | None = None) -> list[int]:
    """Slot starts (minutes after midnight) of one resource on a day, in order."""
    limit = minutes(last_time) if last_time is not None else 24 * 60
    out: list[int] = []
    for start, end in windows:
        first = -(-minutes(start) // slot_minutes) * slot_minutes  # round up to the grid
        stop = min(minutes(end), limit)
        m = first
        while m + slot_minutes <= stop:
            out.append(m)
            m += slot_minutes
    return sorted(set(out))


def run_of(start: int, k: int, slot_minutes: int) -> list[int]:
    return [start + j * slot_minutes for j in range(k)]


def starts_for(grid_starts: Sequence[int], slot_minutes: int, k: int) -> list[int]:
    """Starts of k consecutive grid slots (a run never jumps over a gap between windows)."""
    present = set(grid_starts)
    return [s for s in grid_starts if all(m in present for m in run_of(s, k, slot_minutes))]


def free_starts(
    grid_starts: Sequence[int],
    slot_minutes: int,
    k: int,
    used: Mapping[int, int],
    capacity: int,
    party: int,
    *,
    not_before: int | None = None,
) -> list[int]:
    """Starts where every one of the k slots still has `party` free seats out of `capacity`."""
    out = []
    for s in starts_for(grid_starts, slot_minutes, k):
        if not_before is not None and s < not_before:
            continue
        if all(used.get(m, 0) + party <= capacity for m in run_of(s, k, slot_minutes)):
            out.append(s)
    return out


@dataclass(frozen=True)
class DayPlan:
    """One resource on one day: its slot grid, seats on duty and seats taken per slot start."""

    day: date
    resource: str
    slot_minutes: int
    capacity: int
    grid: tuple[int, ...]
    used: dict[int, int]

    @property
    def seats(self) -> int:
        """Seat-slots offered on the day (capacity × slots)."""
        return self.capacity * len(self.grid)

    @property
    def taken(self) -> int:
        return sum(self.used.get(m, 0) for m in self.grid)

    @property
    def fullness(self) -> float:
        return self.taken / self.seats if self.seats else 0.0

    def free(self, k: int, party: int, *, not_before: int | None = None) -> list[int]:
        return free_starts(self.grid, self.slot_minutes, k, self.used, self.capacity, party,
                           not_before=not_before)  # fmt: skip
