"""A separate process booking a slot at the same moment as another one (tests/jobs/booking/test_race.py)."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from desktop.core.clock import JST, FixedClock


def book_last_seat(data_dir: str, person_id: str, barrier: Any, results: Any) -> None:
    from desktop.jobs.booking.domain.model import SlotFull
    from tests.jobs.booking.conftest import open_booking_office

    ctx = open_booking_office(Path(data_dir), FixedClock(datetime(2026, 11, 24, 10, 0, tzinfo=JST)))
    try:
        from desktop.jobs.booking.store.bookings import create_booking

        barrier.wait(timeout=60)
        try:
            create_booking(ctx, "handover", date(2026, 11, 25), time(9), [person_id])
            results.put("booked")
        except SlotFull:
            results.put("full")
        except Exception as exc:  # noqa: BLE001 - reported to the test
            results.put(f"error: {type(exc).__name__}: {exc}")
    finally:
        ctx.db.close()
