"""Appointment booking (交付予約) and the day at the counter.

Opening plans (resources, slot lengths, capacities), weekend / evening / one-off session rules written
into the office calendar, bookings by phone or at the desk (next free slot, families, reservation
numbers), cancellation and moves with history, the day-before call list, CSV import/export, today's
board per resource (check-in → kernel visits, queue ticket, call next, no-shows) and the public call
display. See README.md in this folder for the keyboard sequences and how other jobs use the board.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.retention import RetentionRule, setting_key_for
from desktop.core.staff import Role
from desktop.jobs.registry import Job, Registry, SelftestResult
from desktop.store.context import Context


def _page(shell: Any) -> Any:
    from desktop.jobs.booking.ui.page import BookingPage

    return BookingPage(shell)


def _today_panel(shell: Any) -> Any:
    from desktop.jobs.booking.ui.today_panel import BookingTodayPanel

    return BookingTodayPanel(shell)


def _settings_page(shell: Any) -> Any:
    from desktop.jobs.booking.ui.settings_page import BookingSettingsPage

    return BookingSettingsPage(shell)


def _rules_page(shell: Any) -> Any:
    from desktop.jobs.booking.ui.rules_page import SessionRulesPage

    return SessionRulesPage(shell)


def _cli(sub: Any) -> None:
    from desktop.jobs.booking.cli import add_subcommands

    add_subcommands(sub)


def _demo(ctx: Context, rng: Any, start: Any, end: Any) -> None:
    from desktop.jobs.booking.demo import generate

    generate(ctx, rng, start, end)


def _purge(ctx: Context, cutoff: Any) -> int:
    from desktop.jobs.booking.store.retention import purge_bookings

    return purge_bookings(ctx, cutoff)


def selftest_capacity(ctx: Context) -> SelftestResult:
    """Bookings need a handover terminal on duty in the coming weeks."""
    from datetime import timedelta

    from desktop.jobs.booking.store.availability import capacity_lookup

    lookup = capacity_lookup(ctx, "terminal")
    today = ctx.clock.today()
    zero = [today + timedelta(days=n) for n in range(31) if lookup(today + timedelta(days=n)) == 0]
    return SelftestResult(
        QT_TRANSLATE_NOOP("Selftest", "Booking: handover terminals on duty"),
        not zero,
        "warning",
        "" if not zero else f"0 terminals from {zero[0].isoformat()}",
    )


def selftest_sessions(ctx: Context) -> SelftestResult:
    """The session rules' sessions reach the end of the booking window."""
    from desktop.jobs.booking.store.rules import APPLIED_KEY, horizon, list_rules
    from desktop.store.meta import get_setting

    done = get_setting(ctx, APPLIED_KEY)
    ok = not list_rules(ctx) or (done is not None and str(done) >= horizon(ctx).isoformat())
    return SelftestResult(QT_TRANSLATE_NOOP("Selftest", "Booking: session rules written to the calendar"),
                          ok, "warning", "" if ok else f"written until {done or '-'}")  # fmt: skip


def register(reg: Registry) -> None:
    reg.add(
        Job(
            key="booking",
            title=QT_TRANSLATE_NOOP("Jobs", "Booking"),
            order=10,
            min_role=Role.COUNTER,
            migrations=Path(__file__).with_name("migrations"),
            page=_page,
            today_panel=_today_panel,
            settings_pages=[
                (QT_TRANSLATE_NOOP("Settings", "Booking"), _settings_page),
                (QT_TRANSLATE_NOOP("Settings", "Booking sessions"), _rules_page),
            ],
            cli=_cli,
            demo=_demo,
            selftest=[selftest_capacity, selftest_sessions],
            retention=[
                RetentionRule(
                    "bookings",
                    QT_TRANSLATE_NOOP("Retention", "Bookings (names, times, history) after their day"),
                    setting_key_for("bookings"),
                    365,
                    _purge,
                )
            ],
        )
    )
