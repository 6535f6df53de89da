"""Count events in the database: business dates in Japan time, immutability, voids, netted counts."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

import pytest

from desktop.core.clock import JST, FixedClock
from desktop.core.counts import CountKind
from desktop.core.errors import Conflict, DomainError, NotFound
from desktop.core.staff import Actor, Role
from desktop.jobs.registry import Job
from desktop.store import events as ev
from desktop.store.context import Context

NOV24 = date(2026, 11, 24)
NOV25 = date(2026, 11, 25)


def add_site(ctx: Context, kind: str = "office", name: str = "本庁 市民課") -> str:
    site_id = f"site-{kind}-{name}"
    ctx.db.conn.execute(
        "INSERT INTO sites(id, kind, name, created_at, updated_at, device_id) VALUES (?, ?, ?, ?, ?, ?)",
        (site_id, kind, name, ctx.now_text(), ctx.now_text(), ctx.device_id),
    )
    return site_id


def at(ctx: Context, clock: FixedClock, moment: datetime, kind: str = "handover") -> str:
    clock.set(moment)
    return ev.record_event(ctx, kind, "rec-1")


def test_business_date_is_the_japan_date_around_midnight(ctx: Context, clock: FixedClock) -> None:
    late = at(ctx, clock, datetime(2026, 11, 24, 23, 59, tzinfo=JST))
    early = at(ctx, clock, datetime(2026, 11, 25, 0, 1, tzinfo=JST))
    assert ev.get_event(ctx, late).at == datetime(2026, 11, 24, 14, 59, tzinfo=UTC)
    assert ev.get_event(ctx, early).at == datetime(2026, 11, 24, 15, 1, tzinfo=UTC)
    assert ev.get_event(ctx, late).business_date == NOV24
    assert ev.get_event(ctx, early).business_date == NOV25  # same UTC date, next local date
    assert ev.counts(ctx, NOV24, NOV25) == {("handover", NOV24): 1, ("handover", NOV25): 1}


def test_morning_act_belongs_to_that_local_day(ctx: Context, clock: FixedClock) -> None:
    morning = at(ctx, clock, datetime(2026, 11, 24, 23, 45, tzinfo=UTC))  # 08:45 JST on the 25th
    assert ev.get_event(ctx, morning).business_date == NOV25
    assert ev.daily_totals(ctx, "handover", NOV24, NOV25) == {NOV24: 0, NOV25: 1}


def test_an_act_recorded_later_counts_on_the_day_it_happened(ctx: Context, clock: FixedClock) -> None:
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=JST))  # Monday 1 December, recording Friday's delivery
    friday = date(2026, 11, 28)
    event_id = ev.record_event(ctx, "handover", "case-1", on=friday)
    e = ev.get_event(ctx, event_id)
    assert e.business_date == friday and e.at == datetime(2026, 12, 1, 0, 0, tzinfo=UTC)  # when recorded
    assert ev.counts(ctx, date(2026, 11, 1), date(2026, 11, 30)) == {("handover", friday): 1}  # November's
    assert ev.counts(ctx, date(2026, 12, 1), date(2026, 12, 31)) == {}
    void_id = ev.void_event(ctx, event_id, "wrong card")  # a correction is made (and dated) today
    assert ev.get_event(ctx, void_id).business_date == date(2026, 12, 1)
    assert ev.counts(ctx, date(2026, 11, 1), date(2026, 11, 30)) == {}
    with pytest.raises(DomainError, match="future"):
        ev.record_event(ctx, "handover", "case-2", on=date(2026, 12, 2))
    assert ev.record_event(ctx, "handover", "case-3", on=date(2026, 12, 1))  # today is today


def test_event_carries_site_staff_device_value(ctx: Context) -> None:
    office = add_site(ctx)
    event_id = ev.record_event(ctx, "handover", "case-1", value=25, venue_session_id="vs-1")
    e = ev.get_event(ctx, event_id)
    assert (e.kind, e.record_id, e.value, e.venue_session_id) == ("handover", "case-1", 25, "vs-1")
    assert e.site_id == office and e.device_id == ctx.device_id and e.staff_id is None
    venue = add_site(ctx, "venue", "ショッピングモール")
    assert ev.get_event(ctx, ev.record_event(ctx.at_site(venue), "popup_assist", "x")).site_id == venue


def test_no_site_row_records_null_site(ctx: Context) -> None:
    assert ev.get_event(ctx, ev.record_event(ctx, "checkin", "v")).site_id is None


def test_unknown_kinds_and_direct_voids_are_refused(ctx: Context) -> None:
    with pytest.raises(DomainError, match="Unknown count kind"):
        ev.record_event(ctx, "handovers", "r")
    with pytest.raises(DomainError, match="correction"):
        ev.record_event(ctx, "void", "r")
    with pytest.raises(DomainError, match="whole number"):
        ev.record_event(ctx, "handover", "r", value=True)


def test_kinds_registered_by_jobs_are_accepted(ctx: Context, monkeypatch: pytest.MonkeyPatch) -> None:
    job = Job(key="photo", title="Photo", count_kinds=[CountKind("photo_taken", "Photos taken")])
    monkeypatch.setattr("desktop.jobs.registry.jobs", lambda: [job])
    assert ev.get_event(ctx, ev.record_event(ctx, "photo_taken", "p")).kind == "photo_taken"


def test_events_are_immutable(ctx: Context) -> None:
    event_id = ev.record_event(ctx, "assist", "r")
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        ctx.db.conn.execute("UPDATE events SET kind = 'handover' WHERE id = ?", (event_id,))
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        ctx.db.conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
    assert ev.get_event(ctx, event_id).kind == "assist"


def test_void_nets_and_restores(ctx: Context) -> None:
    a = ev.record_event(ctx, "handover", "r1")
    ev.record_event(ctx, "handover", "r2")
    v1 = ev.void_event(ctx, a, "wrong resident")
    assert ev.counts(ctx, NOV24, NOV24) == {("handover", NOV24): 1}
    void = ev.get_event(ctx, v1)
    assert (void.kind, void.voids, void.record_id, void.reason) == ("void", a, "r1", "wrong resident")
    v2 = ev.void_event(ctx, v1, "it was right after all")
    assert ev.counts(ctx, NOV24, NOV24) == {("handover", NOV24): 2}
    ev.void_event(ctx, v2, "no, it was wrong")
    assert ev.counts(ctx, NOV24, NOV24) == {("handover", NOV24): 1}
    assert len(ev.events_for(ctx, "r1")) == 4


def test_voiding_twice_is_refused(ctx: Context) -> None:
    a = ev.record_event(ctx, "handover", "r1")
    ev.void_event(ctx, a, "mistake")
    with pytest.raises(Conflict, match="already cancelled"):
        ev.void_event(ctx, a, "again")
    with pytest.raises(NotFound):
        ev.void_event(ctx, "no-such-event", "x")
    with pytest.raises(sqlite3.IntegrityError):  # the unique index backs the rule up
        ctx.db.conn.execute(
            "INSERT INTO events(id, kind, business_date, at, device_id, voids, created_at) "
            "VALUES ('x', 'void', '2026-11-24', 'now', 'd', ?, 'now')",
            (a,),
        )


def test_void_on_a_later_day_cancels_the_original_day(ctx: Context, clock: FixedClock) -> None:
    a = at(ctx, clock, datetime(2026, 11, 24, 10, 0, tzinfo=JST))
    clock.set(datetime(2026, 11, 25, 9, 0, tzinfo=JST))
    void_id = ev.void_event(ctx, a, "entered twice")
    assert ev.get_event(ctx, void_id).business_date == NOV25
    assert ev.counts(ctx, NOV24, NOV24) == {}
    assert ev.counts(ctx, NOV25, NOV25) == {}
    assert ev.daily_totals(ctx, "handover", NOV24, NOV25) == {NOV24: 0, NOV25: 0}


def test_counts_filter_by_kind_and_site(ctx: Context) -> None:
    office = add_site(ctx)
    venue = add_site(ctx, "venue", "公民館")
    ev.record_event(ctx, "assist", "a")
    ev.record_event(ctx.at_site(venue), "assist", "b")
    ev.record_event(ctx, "handover", "c")
    assert ev.counts(ctx, NOV24, NOV24) == {("assist", NOV24): 2, ("handover", NOV24): 1}
    assert ev.counts(ctx, NOV24, NOV24, kinds=["assist"]) == {("assist", NOV24): 2}
    assert ev.counts(ctx, NOV24, NOV24, site_id=venue) == {("assist", NOV24): 1}
    assert ev.counts(ctx, NOV24, NOV24, kinds=["handover"], site_id=office) == {("handover", NOV24): 1}
    assert ev.counts(ctx, NOV25, NOV25) == {}


def test_void_is_audited_and_made_by_the_actor(ctx: Context) -> None:
    actor = Actor(staff_id=None, login="counter1", role=Role.COUNTER)
    a = ev.record_event(ctx, "handover", "r1")
    ev.void_event(ctx.as_actor(actor), a, "mistake")
    row = ctx.db.conn.execute(
        "SELECT action, entity, entity_id, detail, login FROM audit_log ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert tuple(row) == ("update", "event", a, "void", "counter1")


# --- review and correction by a supervisor ---------------------------------------------------------


def test_day_entries_show_staff_netting_and_the_cancel_reason(
    ctx: Context, supervisor_ctx: Context, counter_ctx: Context, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 11, 24, 9, 5, tzinfo=JST))
    first = ev.record_event(counter_ctx, "handover", "r1")
    clock.set(datetime(2026, 11, 24, 9, 6, tzinfo=JST))
    twice = ev.record_event(counter_ctx, "handover", "r1")
    assist = ev.record_event(counter_ctx, "assist", "r2", value=12)
    system = ev.record_event(ctx, "checkin", None)
    clock.set(datetime(2026, 11, 25, 9, 0, tzinfo=JST))
    ev.record_event(counter_ctx, "handover", "r3")  # another day: not listed
    void_id = ev.correct_count(supervisor_ctx, twice, "  entered\n twice ")
    entries = ev.day_entries(supervisor_ctx, NOV24)
    assert [e.event.id for e in entries] == [first, twice, assist, system]
    assert [e.counts for e in entries] == [True, False, True, True]
    assert [e.staff_name for e in entries] == ["窓口 一郎", "窓口 一郎", "窓口 一郎", ""]
    cancelled = entries[1]
    assert cancelled.cancel is not None and cancelled.cancel.id == void_id
    assert (cancelled.reason, cancelled.cancelled_by) == ("entered twice", "監督 花子")
    assert entries[0].cancel is None and entries[0].reason == ""
    assert entries[2].event.value == 12
    only = ev.day_entries(supervisor_ctx, NOV24, "handover")
    assert [e.event.id for e in only] == [first, twice]
    assert ev.day_entries(supervisor_ctx, date(2026, 11, 23)) == []


def test_a_restored_entry_counts_again(supervisor_ctx: Context) -> None:
    a = ev.record_event(supervisor_ctx, "handover", "r1")
    v1 = ev.void_event(supervisor_ctx, a, "mistake")
    ev.void_event(supervisor_ctx, v1, "it was right")
    (entry,) = ev.day_entries(supervisor_ctx, NOV24)
    assert entry.counts and entry.cancel is None
    with pytest.raises(Conflict, match="restored"):
        ev.correct_count(supervisor_ctx, a, "again")


def test_correction_drops_the_month_count_by_one_and_is_audited(supervisor_ctx: Context) -> None:
    ids = [ev.record_event(supervisor_ctx, "handover", f"r{n}") for n in range(3)]
    month = (date(2026, 11, 1), date(2026, 11, 30))
    assert ev.counts(supervisor_ctx, *month) == {("handover", NOV24): 3}
    void_id = ev.correct_count(supervisor_ctx, ids[1], "entered twice")
    assert ev.counts(supervisor_ctx, *month) == {("handover", NOV24): 2}
    void = ev.get_event(supervisor_ctx, void_id)
    assert (void.kind, void.voids, void.reason) == ("void", ids[1], "entered twice")
    row = supervisor_ctx.db.conn.execute(
        "SELECT action, entity, entity_id, detail, login FROM audit_log ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert tuple(row) == ("update", "event", ids[1], "void", "super1")


def test_only_supervisors_list_and_correct(counter_ctx: Context, admin_ctx: Context) -> None:
    from desktop.core.errors import NotAllowed

    a = ev.record_event(counter_ctx, "handover", "r1")
    with pytest.raises(NotAllowed):
        ev.day_entries(counter_ctx, NOV24)
    with pytest.raises(NotAllowed):
        ev.correct_count(counter_ctx, a, "entered twice")
    assert ev.counts(counter_ctx, NOV24, NOV24) == {("handover", NOV24): 1}
    ev.correct_count(admin_ctx, a, "entered twice")  # an administrator includes the supervisor's role
    assert ev.counts(counter_ctx, NOV24, NOV24) == {}


def test_correction_needs_a_plain_reason_and_a_count_that_still_counts(supervisor_ctx: Context) -> None:
    a = ev.record_event(supervisor_ctx, "handover", "r1")
    with pytest.raises(DomainError, match="why"):
        ev.correct_count(supervisor_ctx, a, "   ")
    with pytest.raises(DomainError, match="too long"):
        ev.correct_count(supervisor_ctx, a, "x" * 201)
    with pytest.raises(DomainError, match="Individual Number"):
        ev.correct_count(supervisor_ctx, a, "番号 1234 5678 9012 を誤入力")
    with pytest.raises(NotFound):
        ev.correct_count(supervisor_ctx, "no-such-event", "mistake")
    assert ev.counts(supervisor_ctx, NOV24, NOV24) == {("handover", NOV24): 1}
    void_id = ev.correct_count(supervisor_ctx, a, "x" * 200)
    with pytest.raises(Conflict, match="already cancelled"):
        ev.correct_count(supervisor_ctx, a, "again")
    with pytest.raises(DomainError, match="is a correction"):
        ev.correct_count(supervisor_ctx, void_id, "undo")
    assert ev.counts(supervisor_ctx, NOV24, NOV24) == {}
