"""Visits: queue numbers per site and day, groups, one ticket per person and service, states, events."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.clock import JST, FixedClock
from desktop.core.errors import Conflict, DomainError, InvalidTransition, NotFound
from desktop.core.ids import new_id
from desktop.core.visits import VisitState
from desktop.store import events
from desktop.store import visits as vs
from desktop.store.context import Context
from desktop.store.open import open_office

NOV24 = date(2026, 11, 24)


def add_person(ctx: Context, name: str = "山田 太郎") -> str:
    person_id = new_id()
    now = ctx.now_text()
    ctx.db.conn.execute(
        "INSERT INTO people(id, name, kana, kana_key, birth_date, phone, postal_code, address, created_at, "
        "updated_at, device_id) VALUES (?, ?, 'ヤマダ タロウ', 'ヤマダタロウ', '1980-04-01', '', '', '', ?, ?, ?)",
        (person_id, name, now, now, ctx.device_id),
    )
    return person_id


def add_site(ctx: Context, kind: str, name: str) -> str:
    site_id = new_id()
    ctx.db.conn.execute(
        "INSERT INTO sites(id, kind, name, created_at, updated_at, device_id) VALUES (?, ?, ?, ?, ?, ?)",
        (site_id, kind, name, ctx.now_text(), ctx.now_text(), ctx.device_id),
    )
    return site_id


def people(ctx: Context, n: int) -> list[str]:
    return [add_person(ctx) for _ in range(n)]


def test_numbers_start_at_one_and_a_group_is_consecutive(ctx: Context) -> None:
    office = add_site(ctx, "office", "本庁")
    [first] = vs.check_in(ctx, people(ctx, 1), "handover")
    family = vs.check_in(ctx, people(ctx, 3), "handover", booking_id="booking-7")
    assert first.number == 1 and first.state is VisitState.WAITING and first.site_id == office
    assert [v.number for v in family] == [2, 3, 4]
    assert len({v.group_id for v in family}) == 1 and family[0].group_id != first.group_id
    assert all(v.booking_id == "booking-7" and v.business_date == NOV24 for v in family)
    assert [v.number for v in vs.visits_on(ctx, NOV24)] == [1, 2, 3, 4]


def test_numbers_are_per_site(ctx: Context) -> None:
    add_site(ctx, "office", "本庁")
    venue = add_site(ctx, "venue", "公民館")
    vs.check_in(ctx, people(ctx, 2), "assist")
    at_venue = vs.check_in(ctx.at_site(venue), people(ctx, 2), "assist")
    assert [v.number for v in at_venue] == [1, 2]
    assert [v.number for v in vs.visits_on(ctx, NOV24, site_id=venue)] == [1, 2]
    assert len(vs.visits_on(ctx, NOV24)) == 4


def test_numbering_restarts_the_next_local_day(ctx: Context, clock: FixedClock) -> None:
    person = add_person(ctx)
    clock.set(datetime(2026, 11, 24, 23, 59, tzinfo=JST))
    vs.check_in(ctx, people(ctx, 2), "handover")
    clock.advance(timedelta(minutes=2))  # 00:01 JST on the 25th (still the 24th in UTC)
    [v] = vs.check_in(ctx, [person], "handover")
    assert (v.business_date, v.number) == (date(2026, 11, 25), 1)


def test_second_ticket_for_same_person_service_day_is_refused(ctx: Context) -> None:
    a, b = people(ctx, 2)
    vs.check_in(ctx, [a], "handover")
    with pytest.raises(Conflict, match="already has queue number 1") as info:
        vs.check_in(ctx, [b, a], "handover")
    assert info.value.params["position"] == 2
    assert [v.person_id for v in vs.visits_on(ctx, NOV24)] == [a]  # the group was refused whole
    assert vs.check_in(ctx, [a], "cert_renewal")[0].number == 2  # another service is another visit
    with pytest.raises(sqlite3.IntegrityError):  # the unique index backs the rule
        ctx.db.conn.execute(
            "INSERT INTO visits(id, person_id, service, business_date, number, state, group_id, "
            "checked_in_at, created_at, updated_at, device_id) "
            "VALUES ('x', ?, 'handover', '2026-11-24', 9, 'waiting', 'g', 'n', 'n', 'n', 'd')",
            (a,),
        )


def test_number_is_unique_per_site_and_day_in_the_schema(ctx: Context) -> None:
    [v] = vs.check_in(ctx, people(ctx, 1), "assist")
    other = add_person(ctx)
    with pytest.raises(sqlite3.IntegrityError):
        ctx.db.conn.execute(
            "INSERT INTO visits(id, person_id, service, business_date, number, state, group_id, "
            "checked_in_at, created_at, updated_at, device_id) "
            "VALUES ('x', ?, 'assist', '2026-11-24', ?, 'waiting', 'g', 'n', 'n', 'n', 'd')",
            (other, v.number),
        )


def test_bad_check_ins_are_refused(ctx: Context) -> None:
    a = add_person(ctx)
    with pytest.raises(DomainError, match="at least one"):
        vs.check_in(ctx, [], "handover")
    with pytest.raises(DomainError, match="listed twice"):
        vs.check_in(ctx, [a, a], "handover")
    with pytest.raises(DomainError, match="Unknown service"):
        vs.check_in(ctx, [a], "haircut")
    with pytest.raises(NotFound):
        vs.check_in(ctx, ["nobody"], "handover")
    with pytest.raises(DomainError, match="walk-in only"):
        vs.check_in(ctx, [a], "pin_reset", booking_id="b1")
    assert vs.visits_on(ctx, NOV24) == []


def test_each_visit_records_a_checkin_event_and_audit(ctx: Context) -> None:
    group = vs.check_in(ctx, people(ctx, 2), "assist", note="車椅子")
    assert events.counts(ctx, NOV24, NOV24) == {("checkin", NOV24): 2}
    assert [e.record_id for e in events.events_between(ctx, NOV24, NOV24)] == [v.id for v in group]
    rows = ctx.db.conn.execute(
        "SELECT entity_id, detail FROM audit_log WHERE action = 'create' AND entity = 'visit' ORDER BY seq"
    ).fetchall()
    assert [tuple(r) for r in rows] == [(v.id, "service=assist") for v in group]
    assert "車椅子" not in str(ctx.db.conn.execute("SELECT group_concat(detail) FROM audit_log").fetchone())


def test_states_and_no_show(ctx: Context, clock: FixedClock) -> None:
    a, b = vs.check_in(ctx, people(ctx, 2), "handover")
    serving = vs.start_serving(ctx, a.id)
    assert serving.state is VisitState.SERVING and serving.started_at == clock.now()
    assert vs.return_to_waiting(ctx, a.id).started_at is None
    vs.start_serving(ctx, a.id)
    clock.advance(timedelta(minutes=30))
    done = vs.complete(ctx, a.id)
    assert done.state is VisitState.DONE and done.finished_at == clock.now()
    with pytest.raises(InvalidTransition):
        vs.complete(ctx, b.id)  # not being served
    assert vs.mark_absent(ctx, b.id).state is VisitState.ABSENT
    with pytest.raises(InvalidTransition):
        vs.start_serving(ctx, b.id)
    assert events.counts(ctx, NOV24, NOV24) == {("checkin", NOV24): 2, ("no_show", NOV24): 1}
    details = [r[0] for r in ctx.db.conn.execute(
        "SELECT detail FROM audit_log WHERE action = 'update' AND entity = 'visit' ORDER BY seq")]  # fmt: skip
    assert details == ["state=serving", "state=waiting", "state=serving", "state=done", "state=absent"]
    with pytest.raises(NotFound):
        vs.get_visit(ctx, "nope")


def test_concurrent_check_ins_never_share_or_interleave_numbers(data_dir: Path, ctx: Context) -> None:
    groups = [people(ctx, 2) for _ in range(8)]
    contexts = [open_office(data_dir, FixedClock(datetime(2026, 11, 24, 10, 0, tzinfo=JST))) for _ in groups]
    barrier = threading.Barrier(len(groups))
    results: list[list[int]] = []
    errors: list[BaseException] = []

    def desk(c: Context, group: list[str]) -> None:
        try:
            barrier.wait()
            results.append([v.number for v in vs.check_in(c, group, "handover")])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=desk, args=(c, g)) for c, g in zip(contexts, groups, strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for c in contexts:
        c.db.close()
    assert errors == []
    assert sorted(n for pair in results for n in pair) == list(range(1, 17))
    assert all(pair[1] == pair[0] + 1 for pair in results)


def test_service_settings_round_trip(ctx: Context) -> None:
    vs.set_service_setting(ctx, "pin_reset", walk_in_only=False)
    vs.set_service_setting(ctx, "handover", minutes=20)
    vs.set_service_setting(ctx, "handover", walk_in_only=True)
    services = vs.configured_services(ctx)
    assert not services["pin_reset"].walk_in_only
    assert services["handover"].minutes == 20 and services["handover"].walk_in_only
    vs.check_in(ctx, [add_person(ctx)], "pin_reset", booking_id="b1")  # now bookable
    with pytest.raises(DomainError):
        vs.set_service_setting(ctx, "handover", minutes=0)
    with pytest.raises(DomainError):
        vs.set_service_setting(ctx, "haircut", minutes=10)
