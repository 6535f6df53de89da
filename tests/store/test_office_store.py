"""The office model and calendar in a real database: profile, sites, office kind, dated settings,
overrides and sessions, with audit entries for every change."""

from __future__ import annotations

from datetime import date, time

import pytest

from desktop.core.calendar import YearEnd
from desktop.core.errors import Conflict, DomainError, NotFound
from desktop.core.office import Staffing, Tablet, TargetRate, default_profile
from desktop.store import calendar as cal
from desktop.store import office
from desktop.store.audit import verify
from desktop.store.context import Context


def audit_entities(ctx: Context) -> list[tuple[str, str]]:
    rows = ctx.db.conn.execute("SELECT action, entity FROM audit_log ORDER BY seq").fetchall()
    return [(str(a), str(e)) for a, e in rows]


def saved_profile(ctx: Context) -> None:
    p = default_profile()
    p.municipality = "みどり市"
    p.local_gov_code = "131016"
    p.address = "みどり市中央1-1"
    p.tablets = [Tablet("1", "t1@city.midori.example.jp")]
    office.save_profile(ctx, p)


def test_first_run_has_no_profile(ctx: Context) -> None:
    assert office.load_profile(ctx) is None
    with pytest.raises(NotFound):
        office.office_site(ctx)
    assert office.list_sites(ctx) == []


def test_save_profile_creates_then_updates_office_site(ctx: Context) -> None:
    saved_profile(ctx)
    p = office.load_profile(ctx)
    assert p is not None and p.municipality == "みどり市" and p.tablets[0].number == "1"
    site = office.office_site(ctx)
    assert site.kind == "office" and site.name == "みどり市 市民課" and site.address == "みどり市中央1-1"
    p.department = "市民生活課"
    p.counters = ["窓口1", "窓口2"]
    office.save_profile(ctx, p)
    again = office.office_site(ctx)
    assert again.id == site.id and again.name == "みどり市 市民生活課"
    assert office.load_profile(ctx) == p
    assert audit_entities(ctx).count(("settings", "office_profile")) == 2
    assert verify(ctx) == []


def test_invalid_profile_not_saved(ctx: Context) -> None:
    p = default_profile()
    p.municipality = "みどり市"
    p.local_gov_code = "131017"
    with pytest.raises(DomainError, match="local government code"):
        office.save_profile(ctx, p)
    assert office.load_profile(ctx) is None
    assert audit_entities(ctx) == []


def test_venues(ctx: Context) -> None:
    saved_profile(ctx)
    mall = office.add_venue(ctx, "ショッピングモールみどり", "みどり市東2-3")
    assert mall.kind == "venue" and mall.active
    with pytest.raises(Conflict):
        office.add_venue(ctx, "ショッピングモールみどり")
    with pytest.raises(DomainError):
        office.add_venue(ctx, "  ")
    names = [s.name for s in office.list_sites(ctx)]
    assert names == ["みどり市 市民課", "ショッピングモールみどり"]
    office.set_site_active(ctx, mall.id, False)
    assert [s.kind for s in office.list_sites(ctx)] == ["office"]
    assert len(office.list_sites(ctx, include_inactive=True)) == 2
    with pytest.raises(DomainError):
        office.set_site_active(ctx, office.office_site(ctx).id, False)


def test_office_kind_once(ctx: Context) -> None:
    assert office.office_kind(ctx) is None
    office.mark_office_kind(ctx, "real")
    office.mark_office_kind(ctx, "real")
    assert office.office_kind(ctx) == "real"
    with pytest.raises(Conflict):
        office.mark_office_kind(ctx, "demo")
    assert office.office_kind(ctx) == "real"


def test_population_as_of_1_january(ctx: Context) -> None:
    assert office.population_on(ctx, date(2026, 6, 1)) is None
    office.set_population(ctx, 2025, 64_102)
    office.set_population(ctx, 2026, 63_723)
    assert office.population_on(ctx, date(2025, 12, 31)) == 64_102
    assert office.population_on(ctx, date(2026, 1, 1)) == 63_723
    assert office.population_on(ctx, date(2026, 12, 31)) == 63_723
    assert office.population_on(ctx, date(2024, 12, 31)) is None
    with pytest.raises(DomainError):
        office.set_dated_value(ctx, "population", date(2026, 4, 1), {"value": 1})
    assert [d for d, _ in office.dated_rows(ctx, "population")] == [date(2025, 1, 1), date(2026, 1, 1)]


def test_monthly_values_in_force(ctx: Context) -> None:
    office.set_staffing(ctx, 2026, 4, Staffing(2, 0))
    office.set_staffing(ctx, 2026, 10, Staffing(2, 4))
    assert office.staffing_on(ctx, date(2026, 9, 30)) == Staffing(2, 0)
    assert office.staffing_on(ctx, date(2026, 10, 1)) == Staffing(2, 4)
    assert office.staffing_on(ctx, date(2026, 10, 1)).total == 6  # type: ignore[union-attr]
    office.set_terminals_in_service(ctx, 2026, 4, 3)
    assert office.terminals_in_service_on(ctx, date(2026, 3, 31)) is None
    assert office.terminals_in_service_on(ctx, date(2027, 3, 31)) == 3
    office.set_target_rate(ctx, 2026, 4, TargetRate(70.0, 80.5))
    assert office.target_rate_on(ctx, date(2026, 5, 1)) == TargetRate(70.0, 80.5)
    office.remove_dated_value(ctx, "target_rate", date(2026, 4, 1))
    assert office.target_rate_on(ctx, date(2026, 5, 1)) is None


def test_postage_by_date_and_method(ctx: Context) -> None:
    office.set_postage(ctx, date(2024, 10, 1), "tokurei", 492)
    office.set_postage(ctx, date(2026, 10, 1), "tokurei", 800)
    office.set_postage(ctx, date(2024, 10, 1), "kan_i_kakitome", 460)
    assert office.postage_on(ctx, date(2026, 9, 30), "tokurei") == 492
    assert office.postage_on(ctx, date(2026, 10, 1), "tokurei") == 800
    assert office.postage_on(ctx, date(2026, 10, 1), "kan_i_kakitome") == 460
    with pytest.raises(DomainError):
        office.postage_on(ctx, date(2026, 10, 1), "yu_pack")
    assert audit_entities(ctx).count(("settings", "dated_setting")) == 3


def test_calendar_in_the_database(ctx: Context) -> None:
    assert cal.is_open(ctx, date(2026, 11, 24))  # no profile yet: default hours
    assert not cal.is_open(ctx, date(2026, 5, 6))
    assert not cal.is_open(ctx, date(2026, 9, 22))
    assert not cal.is_open(ctx, date(2027, 3, 22))
    saturday = date(2026, 11, 14)
    assert not cal.is_open(ctx, saturday)
    s = cal.add_session(ctx, saturday, "weekend", time(9), time(12), label="第2土曜 休日開庁")
    info = cal.day_info(ctx, saturday)
    assert info.open and info.hours == (time(9), time(12)) and info.sessions == [s]
    with pytest.raises(Conflict):
        cal.add_session(ctx, saturday, "weekend", time(9), time(11))
    with pytest.raises(DomainError):
        cal.add_session(ctx, saturday, "weekend", time(12), time(9))
    cal.remove_session(ctx, s.id)
    assert not cal.is_open(ctx, saturday)
    with pytest.raises(NotFound):
        cal.remove_session(ctx, s.id)


def test_overrides_and_closures(ctx: Context) -> None:
    saved_profile(ctx)
    tuesday = date(2026, 12, 1)
    cal.set_override(ctx, tuesday, False, "庁舎停電")
    assert cal.day_info(ctx, tuesday).reason == "庁舎停電"
    cal.set_override(ctx, tuesday, True, "")
    assert cal.is_open(ctx, tuesday)
    assert [o.open for o in cal.overrides(ctx)] == [True]
    cal.clear_override(ctx, tuesday)
    assert cal.overrides(ctx) == []
    wednesday = date(2026, 12, 2)
    cal.add_session(ctx, wednesday, "closure", time(0), time(23, 59), label="システム停止")
    assert not cal.is_open(ctx, wednesday)
    month = cal.days(ctx, date(2026, 12, 1), date(2026, 12, 31))
    assert len(month) == 31
    assert [d.date.day for d in month if d.open] == [1, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 21, 22, 23,
                                                      24, 25, 28]  # fmt: skip
    entities = audit_entities(ctx)
    assert entities.count(("settings", "calendar_override")) == 3
    assert ("settings", "calendar_session") in entities


def test_year_end_setting(ctx: Context) -> None:
    assert cal.year_end(ctx) == YearEnd()
    cal.set_year_end(ctx, YearEnd(12, 28, 1, 4))
    assert not cal.is_open(ctx, date(2026, 12, 28))
    assert not cal.is_open(ctx, date(2027, 1, 4))
    assert cal.is_open(ctx, date(2027, 1, 5))


def test_venue_sessions_do_not_open_the_office(ctx: Context) -> None:
    saved_profile(ctx)
    mall = office.add_venue(ctx, "ショッピングモールみどり")
    sunday = date(2026, 11, 29)
    cal.add_session(ctx, sunday, "extra", time(10), time(16), site_id=mall.id, source="popup")
    assert not cal.is_open(ctx, sunday)
    assert cal.is_open(ctx, sunday, site_id=mall.id)
    assert not cal.is_open(ctx, date(2026, 11, 24), site_id=mall.id)  # a venue has no weekday hours
    office_id = office.office_site(ctx).id
    cal.add_session(ctx, sunday, "weekend", time(9), time(12), site_id=office_id)
    assert cal.is_open(ctx, sunday) and cal.is_open(ctx, sunday, site_id=office_id)
    assert len(cal.sessions(ctx, sunday, sunday, all_sites=True)) == 2
    assert len(cal.sessions(ctx, sunday, sunday, all_sites=True, source="popup")) == 1
    with pytest.raises(NotFound):
        cal.add_session(ctx, sunday, "extra", time(9), time(10), site_id="no-such-site")
