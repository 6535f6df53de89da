"""Retention of bookings: the personal details of bookings whose day is older than the period are
deleted (the booking, its residents, its seats and its history). Count events keep only record ids,
so monthly totals (check-ins, no-shows) survive; visits keep their own lifetime (kernel rules)."""

from __future__ import annotations

from datetime import date

from desktop.store.context import Context


def purge_bookings(ctx: Context, cutoff: date) -> int:
    """Delete the bookings of days before `cutoff`; returns how many bookings were purged."""
    ids = [str(r[0]) for r in ctx.db.conn.execute("SELECT id FROM bookings WHERE day < ?", (cutoff.isoformat(),))]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        ctx.db.conn.execute(
            f"DELETE FROM booking_slots WHERE booking_person_id IN "
            f"(SELECT id FROM booking_people WHERE booking_id IN ({marks}))",
            chunk,
        )
        ctx.db.conn.execute(f"DELETE FROM booking_people WHERE booking_id IN ({marks})", chunk)
        ctx.db.conn.execute(f"DELETE FROM booking_history WHERE booking_id IN ({marks})", chunk)
        ctx.db.conn.execute(f"DELETE FROM bookings WHERE id IN ({marks})", chunk)
    return len(ids)
