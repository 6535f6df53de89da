"""Booking settings in the database: the plan (`booking.settings`) and capacities per resource.

Capacity = the units of a resource on duty, a dated value (`booking.capacity.<resource>`, valid from
any date), read by `desktop.jobs.booking.store.availability.capacity_on`.
"""

from __future__ import annotations

from datetime import date

from desktop.core.errors import Conflict, DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.staff import Role
from desktop.jobs.booking.domain.settings import (
    RESOURCES,
    SETTING_KEY,
    BookingSettings,
    capacity_key,
    check_resource,
)
from desktop.security.permissions import require
from desktop.store.audit import record
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.meta import dated_history, get_setting, set_dated, set_setting

MAX_CAPACITY = 50


def load_settings(ctx: Context) -> BookingSettings:
    return BookingSettings.from_json(get_setting(ctx, SETTING_KEY))


def save_settings(ctx: Context, settings: BookingSettings) -> None:
    """Validate and store (administrators). A slot length cannot change while future bookings hold
    slots of that resource: their seats would no longer line up with the new grid."""
    require(ctx.actor, Role.ADMIN)
    settings.ensure_valid()
    with write(ctx.db):
        old = load_settings(ctx)
        for resource in RESOURCES:
            if settings.slot_of(resource) != old.slot_of(resource):
                held = future_slot_count(ctx, resource, ctx.clock.today())
                if held:
                    raise Conflict(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{count} future bookings hold slots of this resource. Keep the slot length "
                            "until they have passed, or move them first.",
                        ),
                        count=held,
                    )
        set_setting(ctx, SETTING_KEY, settings.to_json())
        record(ctx, "settings", "settings", SETTING_KEY, "booking")


def future_slot_count(ctx: Context, resource: str, today: date) -> int:
    row = ctx.db.conn.execute(
        "SELECT COUNT(DISTINCT bp.booking_id) FROM booking_slots s "
        "JOIN booking_people bp ON bp.id = s.booking_person_id "
        "WHERE s.resource = ? AND s.slot_start >= ?",
        (resource, today.isoformat()),
    ).fetchone()
    return int(row[0])


def set_capacity(ctx: Context, resource: str, valid_from: date, units: int) -> None:
    """From `valid_from` on, `units` of the resource are on duty (administrators)."""
    require(ctx.actor, Role.ADMIN)
    check_resource(resource)
    if isinstance(units, bool) or not isinstance(units, int) or not 0 <= units <= MAX_CAPACITY:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "Enter a number of units between 0 and {max}."), max=MAX_CAPACITY
        )
    with write(ctx.db):
        set_dated(ctx, capacity_key(resource), valid_from, units)
        record(ctx, "settings", "dated_setting", capacity_key(resource), f"valid_from={valid_from.isoformat()}")


def remove_capacity(ctx: Context, resource: str, valid_from: date) -> None:
    require(ctx.actor, Role.ADMIN)
    with write(ctx.db):
        cur = ctx.db.conn.execute(
            "DELETE FROM dated_settings WHERE key = ? AND valid_from = ?",
            (capacity_key(resource), valid_from.isoformat()),
        )
        if cur.rowcount:
            record(ctx, "settings", "dated_setting", capacity_key(resource),
                   f"removed valid_from={valid_from.isoformat()}")  # fmt: skip


def capacity_rows(ctx: Context, resource: str) -> list[tuple[date, int]]:
    return [(d, int(v)) for d, v in dated_history(ctx, capacity_key(resource))]
