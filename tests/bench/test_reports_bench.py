"""Benchmarks of the reports job (issue 10), skipped in the normal run (`--benchmark-skip` in pyproject).

    .venv/bin/python -m pytest tests/bench --benchmark-only

Targets: a monthly count sheet for a month of 10,000 events under 200 ms; the fiscal-year follow-up
table over 1,000,000 events under 1 s. The events are inserted in bulk (executemany into the kernel's
`events` table, as `record_event` would write them) because recording a million events one by one
through the store would take minutes; the corrections (voids) go through the real `void_event`.
Results are recorded in docs/BENCHMARKS.md.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from desktop.core.clock import JST, FixedClock, iso_utc
from desktop.core.ids import new_id
from desktop.core.office import Staffing, TargetRate
from desktop.jobs import registry
from desktop.jobs.reports import service
from desktop.jobs.reports.domain.periods import FiscalYear, Month
from desktop.jobs.reports.domain.plan import OpeningBalance
from desktop.jobs.reports.store import save_opening_balance
from desktop.store import office as office_store
from desktop.store.calendar import add_session
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.events import site_of, void_event
from desktop.store.open import open_office
from tests.kit.qt import sample_profile

MIX = (("handover", 30), ("checkin", 30), ("assist", 12), ("popup_assist", 4), ("apply_identity", 6),
       ("mail_delivered", 6), ("no_show", 3), ("cert_renewal", 5), ("pin_reset", 4))  # fmt: skip
KINDS = [k for k, w in MIX for _ in range(w)]


@pytest.fixture(scope="module", autouse=True)
def reports_registered() -> Iterator[None]:
    saved = registry._registry
    registry._registry = registry.load(("reports",))
    yield
    registry._registry = saved


def _office(path: Path, clock: FixedClock) -> Context:
    ctx = open_office(path, clock)
    office_store.save_profile(ctx, sample_profile())
    office_store.mark_office_kind(ctx, "real")
    return ctx


def _bulk(ctx: Context, rng: random.Random, start: date, days: int, n: int) -> list[str]:
    """`n` events spread over `days` days from `start`, inserted in one transaction; returns some ids."""
    site = site_of(ctx)
    rows = []
    for _ in range(n):
        day = start + timedelta(days=rng.randrange(days))
        moment = datetime.combine(day, time(8, 30), tzinfo=JST) + timedelta(seconds=rng.randrange(9 * 3600))
        at = iso_utc(moment)
        rows.append((new_id(), rng.choice(KINDS), day.isoformat(), at, site, None, None, ctx.device_id,
                     None, None, None, "", at))  # fmt: skip
    with write(ctx.db):
        ctx.db.conn.executemany(
            "INSERT INTO events(id, kind, business_date, at, site_id, venue_session_id, staff_id, device_id, "
            "record_id, value, voids, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    return [r[0] for r in rng.sample(rows, min(len(rows), 2000))]


def _voids(ctx: Context, clock: FixedClock, ids: list[str], n: int) -> None:
    clock.set(datetime(2027, 4, 10, 12, tzinfo=JST))
    made = [void_event(ctx, event_id, "bench") for event_id in ids[:n]]
    for void_id in made[: n // 10]:  # some restored
        void_event(ctx, void_id, "bench")


@pytest.fixture(scope="module")
def month_office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Context]:
    clock = FixedClock(datetime(2026, 12, 1, 9, tzinfo=JST))
    ctx = _office(tmp_path_factory.mktemp("month") / "data", clock)
    rng = random.Random(10)
    ids = _bulk(ctx, rng, date(2026, 11, 1), 30, 10_000)
    _voids(ctx, clock, ids, 100)
    clock.set(datetime(2026, 12, 1, 9, tzinfo=JST))
    yield ctx
    ctx.db.close()


@pytest.fixture(scope="module")
def year_office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Context]:
    clock = FixedClock(datetime(2027, 4, 2, 9, tzinfo=JST))
    ctx = _office(tmp_path_factory.mktemp("year") / "data", clock)
    rng = random.Random(11)
    save_opening_balance(ctx, OpeningBalance(date(2026, 4, 1), 40_000))
    office_store.set_population(ctx, 2026, 63_723)
    office_store.set_population(ctx, 2027, 63_500)
    for m in FiscalYear(2026).months():
        office_store.set_staffing(ctx, m.year, m.month, Staffing(3, 2))
        office_store.set_terminals_in_service(ctx, m.year, m.month, 3)
        office_store.set_target_rate(ctx, m.year, m.month, TargetRate(70, 80))
    d = date(2026, 4, 1)
    while d <= date(2027, 3, 31):
        if d.weekday() == 5 and 8 <= d.day <= 14:
            add_session(ctx, d, "weekend", time(9), time(12))
        d += timedelta(days=1)
    ids: list[str] = []
    for _ in range(10):
        ids += _bulk(ctx, rng, date(2026, 4, 1), 365, 100_000)
    _voids(ctx, clock, ids, 1000)
    clock.set(datetime(2027, 4, 2, 9, tzinfo=JST))
    yield ctx
    ctx.db.close()


def test_monthly_sheet_of_10000_events(benchmark: BenchmarkFixture, month_office: Context) -> None:
    sheet = benchmark(service.monthly_sheet, month_office, Month(2026, 11), "handover")
    assert 2500 < sheet.total < 3500
    assert benchmark.stats.stats.median < 0.2


def test_all_kinds_sheet_of_10000_events(benchmark: BenchmarkFixture, month_office: Context) -> None:
    sheet = benchmark(service.all_kinds_sheet, month_office, Month(2026, 11))
    assert 9_800 < sum(r.total for r in sheet.rows) <= 10_000
    assert benchmark.stats.stats.median < 0.2


def test_plan_table_over_a_million_events(benchmark: BenchmarkFixture, year_office: Context) -> None:
    table = benchmark.pedantic(service.plan_table, args=(year_office, FiscalYear(2026)), rounds=5,
                               iterations=1, warmup_rounds=1)
    issued = table.row("issued").total
    assert isinstance(issued, int) and 350_000 < issued < 372_000
    assert table.row("weekend_sessions").total == 12  # every 第2土曜 session saw events
    assert benchmark.stats.stats.median < 1.0
