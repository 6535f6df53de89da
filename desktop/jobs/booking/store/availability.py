"""Availability: each day's slot grid and free seats per resource, and "next free slot".

Reads the office calendar (hours, overrides, year-end days, sessions) through `desktop.store.calendar`,
the capacities, and the seats taken in `booking_slots` (one grouped query per resource and range,
served by the unique index on (resource, slot_start, seat)).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desktop.core.calendar import Override, YearEnd, holiday_name
from desktop.core.clock import to_local
from desktop.core.office import Hours, default_hours
from desktop.jobs.booking.domain import policy
from desktop.jobs.booking.domain.settings import CAPACITY_PREFIX, RESOURCES, TERMINAL, BookingSettings
from desktop.jobs.booking.domain.slots import (
    DayPlan,
    at_minutes,
    grid,
    minutes,
    open_windows,
    run_of,
    slots_needed,
)
from desktop.jobs.booking.store.settings import load_settings
from desktop.store import calendar as cal_store
from desktop.store.context import Context
from desktop.store.meta import dated_history
from desktop.store.office import load_profile
from desktop.store.visits import configured_services


@dataclass(frozen=True)
class FreeSlot:
    day: date
    start: time
    end: time
    resource: str
    free: int  # seats still free in the fullest of its slots


def base_hours(
    d: date, hours: dict[int, Hours | None], year_end: YearEnd, override: Override | None
) -> Hours | None:
    """The weekday's hours when they apply on `d` (an ordinary working day, or opened by an override)."""
    weekday = hours.get(d.weekday())
    if override is not None:
        if not override.open:
            return None
        return weekday or next((h for h in hours.values() if h is not None), None)
    if year_end.contains(d) or holiday_name(d) or weekday is None:
        return None
    return weekday


def _dated_lookup(ctx: Context, key: str) -> Callable[[date], int | None]:
    history = [(d, v) for d, v in dated_history(ctx, key) if isinstance(v, int) and not isinstance(v, bool)]

    def lookup(day: date) -> int | None:
        found: int | None = None
        for valid_from, value in history:
            if valid_from <= day:
                found = int(value)
        return found

    return lookup


def capacity_lookup(ctx: Context, resource: str) -> Callable[[date], int]:
    """capacity_on for many days with two queries (the dated values are read once)."""
    own = _dated_lookup(ctx, CAPACITY_PREFIX + resource)
    profile = load_profile(ctx)
    in_service = _dated_lookup(ctx, "terminals_in_service") if resource == TERMINAL else None

    def lookup(day: date) -> int:
        value = own(day)
        if value is not None:
            return max(0, value)
        if in_service is not None:
            terminals = in_service(day)
            if terminals is not None:
                return max(0, terminals)
            return len(profile.terminals) if profile is not None and profile.terminals else 1
        return len(profile.tablets) if profile is not None and profile.tablets else 1

    return lookup


def capacity_on(ctx: Context, resource: str, day: date) -> int:
    """Units of `resource` on duty on `day`: the dated setting in force; else, for handover
    terminals, the kernel's 統合端末台数 (dated) or the profile's terminals; for desks, the profile's
    tablets (at least one)."""
    return capacity_lookup(ctx, resource)(day)


def used_seats(ctx: Context, resource: str, start: date, end: date) -> dict[date, dict[int, int]]:
    """Seats taken per day and slot start (minutes after midnight) from start to end inclusive."""
    rows = ctx.db.conn.execute(
        "SELECT slot_start, COUNT(*) FROM booking_slots WHERE resource = ? AND slot_start >= ? "
        "AND slot_start < ? GROUP BY slot_start",
        (resource, start.isoformat(), (end + timedelta(days=1)).isoformat()),
    ).fetchall()
    out: dict[date, dict[int, int]] = {}
    for key, count in rows:
        text = str(key)
        day = date.fromisoformat(text[:10])
        out.setdefault(day, {})[int(text[11:13]) * 60 + int(text[14:16])] = int(count)
    return out


def day_plans(
    ctx: Context,
    start: date,
    end: date,
    *,
    resources: Iterable[str] = RESOURCES,
    settings: BookingSettings | None = None,
) -> dict[date, dict[str, DayPlan]]:
    """Every day from start to end inclusive: its plan (grid, capacity, seats taken) per resource."""
    settings = settings or load_settings(ctx)
    profile = load_profile(ctx)
    hours = profile.hours if profile is not None else default_hours()
    year_end = cal_store.year_end(ctx)
    overrides = {o.day: o for o in cal_store.overrides(ctx, start, end)}
    infos = cal_store.days(ctx, start, end)
    wanted = list(resources)
    used = {r: used_seats(ctx, r, start, end) for r in wanted}
    capacity = {r: capacity_lookup(ctx, r) for r in wanted}
    out: dict[date, dict[str, DayPlan]] = {}
    for info in infos:
        windows = open_windows(info, base_hours(info.date, hours, year_end, overrides.get(info.date)))
        plans: dict[str, DayPlan] = {}
        for resource in wanted:
            length = settings.slot_of(resource)
            plans[resource] = DayPlan(
                day=info.date,
                resource=resource,
                slot_minutes=length,
                capacity=capacity[resource](info.date),
                grid=tuple(grid(windows, length, settings.last_time)),
                used=used[resource].get(info.date, {}),
            )
        out[info.date] = plans
    return out


def day_plan(ctx: Context, day: date, resource: str, settings: BookingSettings | None = None) -> DayPlan:
    return day_plans(ctx, day, day, resources=[resource], settings=settings)[day][resource]


def service_slots(ctx: Context, service: str, settings: BookingSettings) -> tuple[str, int, int]:
    """(resource, slot length, slots needed) of a service."""
    resource = settings.resource_of(service)
    length = settings.slot_of(resource)
    duration = configured_services(ctx)[service].minutes
    return resource, length, slots_needed(duration, length)


def _not_before(ctx: Context, day: date) -> int | None:
    now = to_local(ctx.clock.now())
    if day == now.date():
        return now.hour * 60 + now.minute
    return None


def free_slots(
    ctx: Context, service: str, day: date, party: int = 1, settings: BookingSettings | None = None
) -> list[FreeSlot]:
    """Every start on `day` where `party` people can book `service` (none already past today)."""
    settings = settings or load_settings(ctx)
    resource, length, k = service_slots(ctx, service, settings)
    plan = day_plan(ctx, day, resource, settings)
    return _free(plan, length, k, party, _not_before(ctx, day))


def _free(plan: DayPlan, length: int, k: int, party: int, not_before: int | None) -> list[FreeSlot]:
    out = []
    for s in plan.free(k, party, not_before=not_before):
        free = min(plan.capacity - plan.used.get(m, 0) for m in run_of(s, k, length))
        out.append(FreeSlot(plan.day, at_minutes(s), at_minutes(s + k * length), plan.resource, free))
    return out


def next_free_slot(
    ctx: Context,
    service: str,
    party: int = 1,
    *,
    from_day: date | None = None,
    until: date | None = None,
    after: time | None = None,
    settings: BookingSettings | None = None,
) -> FreeSlot | None:
    """The earliest start inside the booking window (or from..until) where `party` people fit."""
    settings = settings or load_settings(ctx)
    today = ctx.clock.today()
    first = from_day or policy.first_bookable(today, settings)
    last = until or policy.last_bookable(today, settings)
    if first > last:
        return None
    resource, length, k = service_slots(ctx, service, settings)
    plans = day_plans(ctx, first, last, resources=[resource], settings=settings)
    for day in sorted(plans):
        not_before = _not_before(ctx, day)
        if after is not None and day == first:
            not_before = max(not_before or 0, minutes(after))
        found = _free(plans[day][resource], length, k, party, not_before)
        if found:
            return found[0]
    return None


def now_local(ctx: Context) -> datetime:
    return to_local(ctx.clock.now())
