"""The day at the counter (Qt-free, pure): the board's rows, the queue order, estimated waits, and
what the public call display may show.

Queue order per resource (who is called next):
1. booked residents who have checked in and whose slot has come (from `DUE_LEAD` minutes before its
   start), by slot time;
2. then everyone else who is waiting — walk-ins and residents who came early for a later slot — by
   queue number; an early resident moves up to (1) when their slot comes.
So walk-ins wait behind booked residents, and nobody with a booking waits behind a walk-in at their time.

Estimated wait: the resource's units on duty serve the queue in that order; a unit busy with a
resident is free again when that service's usual duration has passed; a booked resident is not
expected before their slot.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from desktop.core.i18n import QT_TRANSLATE_NOOP

DUE_LEAD = 10  # minutes before the slot from which a checked-in resident is "due"

BOOKED = "booked"  # 予約 (not yet checked in)
NO_SHOW = "no_show"  # 来庁なし
WAITING = "waiting"  # 待ち
SERVING = "serving"  # 対応中
DONE = "done"  # 完了
ABSENT = "absent"  # 不在 (called, not there)

STATUS_LABELS = {
    BOOKED: QT_TRANSLATE_NOOP("Booking", "Booked"),
    NO_SHOW: QT_TRANSLATE_NOOP("Booking", "No-show"),
    WAITING: QT_TRANSLATE_NOOP("VisitState", "Waiting"),
    SERVING: QT_TRANSLATE_NOOP("VisitState", "Being served"),
    DONE: QT_TRANSLATE_NOOP("VisitState", "Done"),
    ABSENT: QT_TRANSLATE_NOOP("VisitState", "Absent"),
}


@dataclass(frozen=True)
class BoardRow:
    """One resident on today's board: booked (maybe not checked in yet) or a walk-in."""

    resource: str
    service: str
    person_id: str
    name: str  # for the staff screen only (never the call display, never a ticket)
    status: str
    minutes: int  # the service's usual duration
    booking_id: str | None = None
    booking_person_id: str | None = None
    position: int | None = None  # 1 = the booker
    party_size: int = 1
    slot_start: int | None = None  # minutes after midnight (booked rows)
    slot_end: int | None = None
    visit_id: str | None = None
    number: int | None = None  # 受付番号
    checked_in_at: datetime | None = None
    started_at: datetime | None = None
    staff_id: str | None = None
    wait: int | None = None  # estimated minutes until called (waiting rows)
    queue_position: int | None = None  # 1 = called next

    @property
    def walk_in(self) -> bool:
        return self.booking_id is None


def _local_minutes(moment: datetime) -> int:
    return moment.hour * 60 + moment.minute


def due(row: BoardRow, now_minutes: int) -> bool:
    return row.slot_start is not None and row.slot_start - DUE_LEAD <= now_minutes


def queue_key(row: BoardRow, now_minutes: int) -> tuple[int, int, int]:
    if due(row, now_minutes):
        return (0, row.slot_start or 0, row.number or 0)
    return (1, row.number or 0, 0)


def waiting_in_order(rows: Iterable[BoardRow], now_minutes: int) -> list[BoardRow]:
    return sorted((r for r in rows if r.status == WAITING), key=lambda r: queue_key(r, now_minutes))


def with_estimates(rows: Sequence[BoardRow], capacity: int, now_local: datetime) -> list[BoardRow]:
    """The rows of ONE resource with `queue_position` and `wait` filled in for the waiting ones.
    `now_local` is the local (Japan) time; `capacity` the units on duty (at least one is assumed)."""
    now = _local_minutes(now_local)
    units = max(1, capacity)
    free_at: list[int] = []
    for row in rows:
        if row.status == SERVING and row.started_at is not None and len(free_at) < units:
            started = _local_minutes(row.started_at.astimezone(now_local.tzinfo))
            free_at.append(max(now, started + row.minutes))
    while len(free_at) < units:
        free_at.append(now)
    heapq.heapify(free_at)
    estimates: dict[str, tuple[int, int]] = {}
    for position, row in enumerate(waiting_in_order(rows, now), start=1):
        start = heapq.heappop(free_at)
        if row.slot_start is not None and not due(row, now):
            start = max(start, row.slot_start)
        heapq.heappush(free_at, start + row.minutes)
        estimates[row.visit_id or ""] = (position, start - now)
    out = []
    for row in rows:
        if row.status == WAITING and row.visit_id in estimates:
            position, wait = estimates[row.visit_id]
            row = replace(row, queue_position=position, wait=max(0, wait))
        out.append(row)
    return out


def next_to_call(rows: Iterable[BoardRow], now_local: datetime) -> BoardRow | None:
    ordered = waiting_in_order(rows, _local_minutes(now_local))
    return ordered[0] if ordered else None


def board_order(rows: Iterable[BoardRow]) -> list[BoardRow]:
    """How the staff board lists a resource: booked residents by slot time (a party together), then
    walk-ins by queue number."""
    return sorted(
        rows,
        key=lambda r: (
            r.walk_in,
            r.slot_start if r.slot_start is not None else 0,
            r.booking_id or "",
            r.position or 0,
            r.number or 0,
        ),
    )


@dataclass(frozen=True)
class DisplayState:
    """What the public call display (呼出表示) shows: queue numbers only, never a name."""

    calling: tuple[int, ...]  # being served, most recently called first
    waiting: tuple[int, ...]  # in the order they will be called


def display_state(rows: Iterable[BoardRow], now_local: datetime, *, calling_limit: int = 6) -> DisplayState:
    items = list(rows)
    serving = sorted(
        (r for r in items if r.status == SERVING and r.number is not None),
        key=lambda r: (r.started_at or now_local),
        reverse=True,
    )
    calling = tuple(r.number for r in serving[:calling_limit] if r.number is not None)
    waiting = tuple(
        r.number for r in waiting_in_order(items, _local_minutes(now_local)) if r.number is not None
    )
    return DisplayState(calling, waiting)
