"""Session rules in the database, and writing their sessions into the office calendar.

A rule's sessions carry `source = "booking-rule:<id>"`. `apply_rules` writes the sessions of every
active rule from today up to a horizon, skipping dates that already have one (the calendar's unique
index on day, site, kind and start time refuses a duplicate in any case), so re-running it adds
nothing. Removing a rule deletes its sessions from today on (past ones stay: they happened).
Adding a closure or removing a rule returns the bookings left without a slot: the residents to call.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from typing import Any

from desktop.core.calendar import SessionKind
from desktop.core.errors import Conflict, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.ids import new_id
from desktop.core.staff import Role
from desktop.jobs.booking.domain.model import BookingSummary
from desktop.jobs.booking.domain.rules import WHOLE_DAY, SessionRule, check_rule, rule_dates, source_of
from desktop.jobs.booking.store.search import bookings_without_slot
from desktop.jobs.booking.store.settings import load_settings
from desktop.security.permissions import require
from desktop.store import calendar as cal_store
from desktop.store.audit import record
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.meta import get_setting, set_setting

APPLIED_KEY = "booking.rules_applied_until"
HORIZON_EXTRA_DAYS = 31  # sessions are written this far beyond the booking window
_COLS = ("id, kind, session_kind, weekdays, nth, day, except_months, skip_holidays, start_time, end_time, "
         "label, valid_from, valid_to, active")  # fmt: skip


def _ints(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in text.split(",") if x.strip())


def _rule(row: Any) -> SessionRule:
    return SessionRule(
        id=str(row[0]), kind=row[1], session_kind=str(row[2]), weekdays=_ints(row[3]), nth=row[4],
        day=date.fromisoformat(row[5]) if row[5] else None, except_months=_ints(row[6]),
        skip_holidays=bool(row[7]), start=time.fromisoformat(row[8]), end=time.fromisoformat(row[9]),
        label=str(row[10]), valid_from=date.fromisoformat(row[11]) if row[11] else None,
        valid_to=date.fromisoformat(row[12]) if row[12] else None, active=bool(row[13]),
    )  # fmt: skip


def list_rules(ctx: Context, *, include_inactive: bool = False) -> list[SessionRule]:
    where = "" if include_inactive else "WHERE active = 1"
    rows = ctx.db.conn.execute(
        f"SELECT {_COLS} FROM booking_rules {where} ORDER BY kind IN ('one_off', 'closure'), day, created_at"
    ).fetchall()
    return [_rule(r) for r in rows]


def get_rule(ctx: Context, rule_id: str) -> SessionRule:
    row = ctx.db.conn.execute(f"SELECT {_COLS} FROM booking_rules WHERE id = ?", (rule_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This session rule no longer exists."))
    return _rule(row)


def horizon(ctx: Context) -> date:
    return ctx.clock.today() + timedelta(days=load_settings(ctx).open_days_ahead + HORIZON_EXTRA_DAYS)


def add_rule(ctx: Context, rule: SessionRule) -> tuple[SessionRule, list[BookingSummary]]:
    """Store a rule (administrators) and write its sessions up to the horizon. Returns the rule with
    its id, and the bookings its closure leaves without a slot."""
    require(ctx.actor, Role.ADMIN)
    if rule.kind == "closure":
        rule = replace(rule, start=WHOLE_DAY[0], end=WHOLE_DAY[1], session_kind="closure")
    check_rule(rule)
    rule_id = new_id()
    now = ctx.now_text()
    with write(ctx.db):
        ctx.db.conn.execute(
            f"INSERT INTO booking_rules({_COLS}, created_at, updated_at, device_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
            (rule_id, rule.kind, rule.session_kind, ",".join(map(str, rule.weekdays)), rule.nth,
             rule.day.isoformat() if rule.day else None, ",".join(map(str, sorted(rule.except_months))),
             int(rule.skip_holidays), rule.start.strftime("%H:%M"), rule.end.strftime("%H:%M"),
             rule.label.strip(), rule.valid_from.isoformat() if rule.valid_from else None,
             rule.valid_to.isoformat() if rule.valid_to else None, now, now, ctx.device_id),
        )  # fmt: skip
        record(ctx, "settings", "booking_rule", rule_id, f"added {rule.kind}")
        stored = get_rule(ctx, rule_id)
        today = ctx.clock.today()
        end = max(horizon(ctx), stored.day or today)
        apply_rules(ctx, end)  # this rule and any other not written that far yet
        affected = bookings_without_slot(ctx, today, end) if stored.kind == "closure" else []
    return stored, affected


def remove_rule(ctx: Context, rule_id: str) -> list[BookingSummary]:
    """Retire a rule and delete its sessions from today on; returns the bookings left without a slot."""
    require(ctx.actor, Role.ADMIN)
    today = ctx.clock.today()
    with write(ctx.db):
        get_rule(ctx, rule_id)
        ctx.db.conn.execute(
            "UPDATE booking_rules SET active = 0, updated_at = ?, device_id = ? WHERE id = ?",
            (ctx.now_text(), ctx.device_id, rule_id),
        )
        removed = cal_store.sessions(ctx, today, date.max, source=source_of(rule_id))
        for session in removed:
            cal_store.remove_session(ctx, session.id)
        record(ctx, "settings", "booking_rule", rule_id, f"removed sessions={len(removed)}")
        if not removed:
            return []
        return bookings_without_slot(ctx, min(s.day for s in removed), max(s.day for s in removed))


def apply_rule(ctx: Context, rule: SessionRule, start: date, end: date) -> int:
    """Write the rule's missing sessions from start to end inclusive; returns how many were added."""
    if not rule.active or rule.id is None:
        return 0
    source = source_of(rule.id)
    have = {s.day for s in cal_store.sessions(ctx, start, end, source=source)}
    kind: SessionKind = "closure" if rule.session_kind == "closure" else (
        "weekend" if rule.session_kind == "weekend" else "extra")  # fmt: skip
    added = 0
    for d in rule_dates(rule, start, end, year_end=cal_store.year_end(ctx)):
        if d in have:
            continue
        try:
            cal_store.add_session(ctx, d, kind, rule.start, rule.end, label=rule.label, source=source)
        except Conflict:
            continue  # the same session was written by hand (or by another rule): keep that one
        added += 1
    return added


def apply_rules(ctx: Context, until: date | None = None, *, start: date | None = None) -> int:
    """Write every active rule's sessions from `start` (default today) to `until` (default the horizon)."""
    first = start or ctx.clock.today()
    last = until or horizon(ctx)
    with write(ctx.db):
        added = sum(apply_rule(ctx, rule, first, last) for rule in list_rules(ctx))
        done = get_setting(ctx, APPLIED_KEY)
        if done is None or str(done) < last.isoformat():
            set_setting(ctx, APPLIED_KEY, last.isoformat())
    return added


def ensure_sessions(ctx: Context) -> int:
    """Extend the rules' sessions to the horizon when the calendar does not reach it yet (cheap when it
    does: one setting read). Called when the booking screens load and by the CLI."""
    target = horizon(ctx)
    done = get_setting(ctx, APPLIED_KEY)
    if done is not None and str(done) >= target.isoformat():
        return 0
    if not list_rules(ctx):
        return 0
    return apply_rules(ctx, target)
