"""Retention: kernel purge rules, periods as settings, events kept, every purge audited."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.core.cases import CaseState, IdentityResult
from desktop.core.clock import JST, FixedClock
from desktop.core.errors import DomainError
from desktop.core.ids import new_id
from desktop.core.retention import RetentionRule, setting_key_for
from desktop.core.staff import Actor, Role
from desktop.jobs.registry import Job
from desktop.store import cases as cs
from desktop.store import events
from desktop.store import retention as rt
from desktop.store import visits as vs
from desktop.store.context import Context
from desktop.store.meta import set_setting

SUPERVISOR = Actor(staff_id=None, login="super1", role=Role.SUPERVISOR)
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=JST)
LONG_AGO = datetime(2022, 6, 1, 10, 0, tzinfo=JST)
LAST_MONTH = datetime(2026, 10, 20, 10, 0, tzinfo=JST)


def add_person(ctx: Context) -> str:
    person_id = new_id()
    now = ctx.now_text()
    ctx.db.conn.execute(
        "INSERT INTO people(id, name, kana, kana_key, birth_date, phone, postal_code, address, created_at, "
        "updated_at, device_id) VALUES (?, '鈴木 一', 'スズキ ハジメ', 'スズキハジメ', '1950-01-01', '', '', '', "
        "?, ?, ?)",
        (person_id, now, now, ctx.device_id),
    )
    return person_id


def handed_over_case(ctx: Context, person: str, reservation: str = "ABC123456") -> str:
    case = cs.open_case(ctx, person, owner="assist", note="申請書なし")
    sup = ctx.as_actor(SUPERVISOR)
    for to_state, owner in [("applied", "assist"), ("arrived", "mailing"), ("configured", "mailing"),
                            ("notified", "mailing"), ("handed_over", "handover")]:  # fmt: skip
        cs.transition(sup, case.id, to_state, owner=owner)
    cs.set_identity_result(ctx, case.id, IdentityResult("a_one", ("passport",)))
    cs.attach_photo(ctx, case.id, "photos/x.jpg")
    cs.update_case(ctx, case.id, application_id="1" * 23, reservation_number=reservation)
    return case.id


def rule(key: str) -> RetentionRule:
    return next(r for r in rt.kernel_rules() if r.key == key)


def purges(ctx: Context) -> list[str]:
    return [
        r[0] for r in ctx.db.conn.execute("SELECT detail FROM audit_log WHERE action = 'purge' ORDER BY seq")
    ]


def test_kernel_rules_and_defaults() -> None:
    assert [(r.key, r.setting_key, r.default_days) for r in rt.kernel_rules()] == [
        ("visit_notes", "retention.visit_notes", 90),
        ("card_cases", "retention.card_cases", 730),
        ("people", "retention.people", 1095),
    ]


def test_visit_notes_of_old_days_are_cleared(ctx: Context, clock: FixedClock) -> None:
    clock.set(LAST_MONTH)
    [old] = vs.check_in(ctx, [add_person(ctx)], "assist", note="耳が遠い")
    clock.set(NOW)
    [new] = vs.check_in(ctx, [add_person(ctx)], "assist", note="車椅子")
    set_setting(ctx, "retention.visit_notes", 30)
    assert rt.run_purges(ctx, [rule("visit_notes")]) == {"visit_notes": 1}
    assert vs.get_visit(ctx, old.id).note == "" and vs.get_visit(ctx, new.id).note == "車椅子"
    assert purges(ctx) == ["rule=visit_notes count=1"]
    assert events.counts(ctx, date(2026, 10, 20), date(2026, 11, 24))[("checkin", date(2026, 10, 20))] == 1


def test_closed_cases_lose_personal_links_open_ones_do_not(ctx: Context, clock: FixedClock) -> None:
    clock.set(LONG_AGO)
    person = add_person(ctx)
    closed = handed_over_case(ctx, person)
    still_open = cs.open_case(ctx, person, owner="assist", note="保留").id
    events.record_event(ctx, "handover", closed)
    clock.set(NOW)
    recent = handed_over_case(ctx, add_person(ctx), "XYZ000001")
    assert rt.run_purges(ctx, [rule("card_cases")]) == {"card_cases": 1}
    case = cs.get_case(ctx, closed)
    assert case.state is CaseState.HANDED_OVER and case.person_id is None
    assert (case.application_id, case.reservation_number, case.identity_result, case.photo_ref) == (None,) * 4
    assert case.identity_checked_at_application  # the statistic stays
    assert all(h.note == "" for h in cs.history(ctx, closed))
    assert cs.get_case(ctx, still_open).person_id == person
    assert cs.get_case(ctx, recent).photo_ref == "photos/x.jpg"
    assert events.counts(ctx, date(2022, 6, 1), date(2022, 6, 1)) == {("handover", date(2022, 6, 1)): 1}
    assert rt.run_purges(ctx, [rule("card_cases")]) == {"card_cases": 0}  # nothing left to purge
    assert purges(ctx) == ["rule=card_cases count=1", "rule=card_cases count=0"]


def test_people_without_recent_activity_are_deleted(ctx: Context, clock: FixedClock) -> None:
    ctx.db.conn.execute(
        "CREATE TABLE job_bookings (id TEXT PRIMARY KEY, person_id TEXT REFERENCES people(id))"
    )
    clock.set(LONG_AGO)
    gone = add_person(ctx)
    [old_visit] = vs.check_in(ctx, [gone], "handover")
    old_case = handed_over_case(ctx, gone)
    with_open_case = add_person(ctx)
    cs.open_case(ctx, with_open_case, owner="assist")
    with_booking = add_person(ctx)
    ctx.db.conn.execute("INSERT INTO job_bookings VALUES ('b1', ?)", (with_booking,))
    came_back = add_person(ctx)
    clock.set(NOW)
    vs.check_in(ctx, [came_back], "cert_renewal")
    assert rt.run_purges(ctx, [rule("people")]) == {"people": 1}
    remaining = {r[0] for r in ctx.db.conn.execute("SELECT id FROM people")}
    assert remaining == {with_open_case, with_booking, came_back}
    assert ctx.db.conn.execute("SELECT count(*) FROM visits WHERE id = ?", (old_visit.id,)).fetchone()[0] == 0
    assert cs.get_case(ctx, old_case).person_id is None and cs.get_case(ctx, old_case).photo_ref is None
    assert events.events_for(ctx, old_visit.id)[0].kind == "checkin"  # events keep the id only


def test_recently_changed_person_is_kept(ctx: Context, clock: FixedClock) -> None:
    clock.set(LONG_AGO)
    person = add_person(ctx)
    clock.set(NOW)
    ctx.db.conn.execute("UPDATE people SET updated_at = ? WHERE id = ?", (ctx.now_text(), person))
    assert rt.run_purges(ctx, [rule("people")]) == {"people": 0}


def test_periods_are_settings(ctx: Context, clock: FixedClock) -> None:
    clock.set(LONG_AGO)
    add_person(ctx)
    clock.set(NOW)
    rt.set_period(ctx, rule("people"), None)  # keep forever
    assert rt.period_days(ctx, rule("people")) is None
    assert rt.run_purges(ctx, [rule("people")]) == {}
    set_setting(ctx, setting_key_for("people"), "soon")  # damaged: keep, never purge by accident
    assert rt.run_purges(ctx, [rule("people")]) == {}
    rt.set_period(ctx, rule("people"), 10000)
    assert rt.run_purges(ctx, [rule("people")]) == {"people": 0}
    rt.set_period(ctx, rule("people"), 365)
    assert rt.run_purges(ctx, [rule("people")]) == {"people": 1}
    for bad in (0, -1, 36501, True, 1.5):
        with pytest.raises(DomainError):
            rt.set_period(ctx, rule("people"), bad)  # type: ignore[arg-type]


def test_job_rules_run_before_people(ctx: Context, monkeypatch: pytest.MonkeyPatch) -> None:
    order: list[str] = []

    def purge_job(c: Context, cutoff: date) -> int:
        order.append("job")
        return 2

    job_rule = RetentionRule("bookings", "Bookings", setting_key_for("bookings"), 30, purge_job)
    monkeypatch.setattr(
        "desktop.jobs.registry.jobs", lambda: [Job(key="booking", title="Booking", retention=[job_rule])]
    )
    assert [r.key for r in rt.all_rules()] == ["visit_notes", "card_cases", "bookings", "people"]
    result = rt.run_purges(ctx)
    assert result == {"visit_notes": 0, "card_cases": 0, "bookings": 2, "people": 0}
    assert purges(ctx)[2] == "rule=bookings count=2"
    clash = RetentionRule("people", "Mine", "retention.people", 1, purge_job)
    monkeypatch.setattr("desktop.jobs.registry.jobs", lambda: [Job(key="x", title="X", retention=[clash])])
    with pytest.raises(ValueError, match="twice"):
        rt.all_rules()


def test_failing_rule_rolls_back_its_own_purge_only(ctx: Context) -> None:
    def broken(c: Context, cutoff: date) -> int:
        c.db.conn.execute("UPDATE visits SET note = 'x'")
        raise RuntimeError("boom")

    bad = RetentionRule("broken", "Broken", "retention.broken", 1, broken)
    with pytest.raises(RuntimeError):
        rt.run_purges(ctx, [rule("visit_notes"), bad])
    assert purges(ctx) == ["rule=visit_notes count=0"]
