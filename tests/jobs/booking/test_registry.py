"""The job as the registry sees it: registration, retention of old bookings, selftest checks, demo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

from desktop import demo as kernel_demo
from desktop.core.clock import JST, FixedClock
from desktop.core.retention import RetentionRule
from desktop.jobs import booking
from desktop.jobs.booking.domain.rules import SessionRule
from desktop.jobs.booking.store import rules
from desktop.jobs.booking.store.bookings import create_booking
from desktop.jobs.registry import Registry
from desktop.store.context import Context
from desktop.store.open import open_office


def test_register_contributes_everything() -> None:
    reg = Registry()
    booking.register(reg)
    (job,) = reg.jobs()
    assert job.key == "booking" and job.migrations is not None and job.migrations.name == "migrations"
    assert [p.name for p in job.migrations.iterdir() if p.suffix == ".sql"] == ["0006_booking.sql"]
    assert job.page and job.today_panel and job.cli and job.demo and len(job.settings_pages) == 2
    assert [r.key for r in job.retention] == ["bookings"]


def test_old_bookings_are_purged_with_their_history(office: Context, clock: FixedClock,
                                                    resident: Callable[..., str]) -> None:  # fmt: skip
    create_booking(office, "handover", date(2026, 11, 25), time(9), [resident()])
    (rule,) = _rules()
    clock.set(datetime(2027, 12, 1, 9, 0, tzinfo=JST))
    assert rule.purge(office, date(2026, 12, 1)) == 1
    for table in ("bookings", "booking_people", "booking_slots", "booking_history"):
        assert office.db.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0


def _rules() -> list[RetentionRule]:
    reg = Registry()
    booking.register(reg)
    return reg.jobs()[0].retention


def test_selftest_reports_sessions_behind_the_horizon(office: Context, clock: FixedClock) -> None:
    assert booking.selftest_sessions(office).ok
    rules.add_rule(office, SessionRule(None, "weekly", time(17, 15), time(19), session_kind="extra", weekdays=(1,)))
    assert booking.selftest_sessions(office).ok
    clock.set(datetime(2027, 3, 1, 9, 0, tzinfo=JST))
    assert not booking.selftest_sessions(office).ok
    rules.ensure_sessions(office)
    assert booking.selftest_sessions(office).ok
    assert booking.selftest_capacity(office).ok


def test_the_demo_fills_today_and_the_coming_weeks(tmp_path: Path) -> None:
    today = date(2026, 11, 24)
    kernel_demo.generate(tmp_path / "demo", 3, today=today)
    ctx = open_office(tmp_path / "demo", FixedClock(datetime(2026, 11, 24, 12, 0, tzinfo=JST)))
    try:
        q = ctx.db.conn.execute
        states = dict(q("SELECT bp.state, COUNT(*) FROM booking_people bp WHERE bp.day = ? GROUP BY 1",
                        (today.isoformat(),)).fetchall())  # fmt: skip
        assert states.get("checked_in", 0) >= 3 and states.get("no_show", 0) >= 1 and states.get("booked", 0) >= 1
        families = q("SELECT COUNT(*) FROM bookings WHERE day = ? AND party_size = 2", (today.isoformat(),))
        assert families.fetchone()[0] >= 1
        ahead = q("SELECT COUNT(*) FROM bookings WHERE day > ?", ((today + timedelta(days=14)).isoformat(),))
        assert ahead.fetchone()[0] > 50
        past = q("SELECT COUNT(*) FROM bookings WHERE day < ?", ((today - timedelta(days=60)).isoformat(),))
        assert past.fetchone()[0] > 100
        actions = {r[0] for r in q("SELECT DISTINCT action FROM booking_history")}
        assert {"booked", "cancelled", "rescheduled", "checked_in", "no_show"} <= actions
        assert q("SELECT COUNT(*) FROM booking_rules").fetchone()[0] == 4
    finally:
        ctx.db.close()
