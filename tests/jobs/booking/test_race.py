"""Two processes book the last seat of a slot at the same moment: exactly one gets it (the database's
write lock and the unique seat index decide), the other is told the slot is full."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from datetime import date, time
from pathlib import Path

from desktop.jobs.booking.store.bookings import create_booking
from desktop.store.context import Context
from tests.jobs.booking.race_worker import book_last_seat


def test_two_processes_booking_the_last_seat(office: Context, resident: Callable[..., str], data_dir: Path) -> None:
    create_booking(office, "handover", date(2026, 11, 25), time(9), [resident(), resident()])
    first, second = resident(), resident()
    spawn = multiprocessing.get_context("spawn")
    barrier, results = spawn.Barrier(2), spawn.Queue()
    workers = [spawn.Process(target=book_last_seat, args=(str(data_dir), pid, barrier, results))
               for pid in (first, second)]  # fmt: skip
    for w in workers:
        w.start()
    outcomes = sorted(results.get(timeout=120) for _ in workers)
    for w in workers:
        w.join(timeout=60)
        assert w.exitcode == 0
    assert outcomes == ["booked", "full"]
    taken = office.db.conn.execute(
        "SELECT seat FROM booking_slots WHERE resource = 'terminal' AND slot_start = '2026-11-25T09:00' ORDER BY seat"
    ).fetchall()
    assert [r[0] for r in taken] == [0, 1, 2]
