"""Benchmarks of the booking job (issue 4), skipped in the normal run (`--benchmark-skip` in pyproject):

    .venv/bin/python -m pytest tests/bench/test_booking_bench.py --benchmark-only

A city of 200,000 residents: 150,000 residents on file and two years of bookings (one past, one
ahead; ~100,000 bookings, 8 % families of two) on 8 handover terminals and 6 assistance desks, the
next two weeks fully booked. Targets (medians): "next free slot" under 50 ms, today's board (about
200 residents) under 50 ms, a kana search under 50 ms, saving a booking under 20 ms. The rows are
inserted in bulk (as the store would write them, seats numbered per slot) because booking 100,000
times through the store would take minutes; the measured calls are the real store functions.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from desktop.core.clock import JST, FixedClock
from desktop.core.ids import new_id
from desktop.core.people import Person, kana_key
from desktop.jobs import registry
from desktop.jobs.booking.domain.settings import BookingSettings
from desktop.jobs.booking.domain.slots import slot_key
from desktop.jobs.booking.store import availability
from desktop.jobs.booking.store.board import load_board
from desktop.jobs.booking.store.bookings import create_booking
from desktop.jobs.booking.store.search import search_bookings
from desktop.jobs.booking.store.settings import set_capacity
from desktop.store import calendar as cal
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.office import mark_office_kind, save_profile
from desktop.store.open import open_office
from desktop.store.people import add_person
from tests.jobs.booking.conftest import booking_profile

TODAY = date(2026, 11, 24)
FAMILY = [("山田", "ヤマダ"), ("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"),
          ("伊藤", "イトウ"), ("渡辺", "ワタナベ"), ("中村", "ナカムラ"), ("小林", "コバヤシ"), ("加藤", "カトウ"),
          ("吉田", "ヨシダ"), ("山本", "ヤマモト"), ("佐々木", "ササキ"), ("松本", "マツモト"), ("井上", "イノウエ"),
          ("木村", "キムラ"), ("林", "ハヤシ"), ("清水", "シミズ"), ("山崎", "ヤマザキ"), ("森", "モリ")]  # fmt: skip
GIVEN = [("太郎", "タロウ"), ("花子", "ハナコ"), ("一郎", "イチロウ"), ("美咲", "ミサキ"), ("健太", "ケンタ"),
         ("陽菜", "ヒナ"), ("大翔", "ヒロト"), ("結衣", "ユイ"), ("翔太", "ショウタ"), ("さくら", "サクラ"),
         ("和子", "カズコ"), ("清", "キヨシ"), ("茂", "シゲル"), ("幸子", "サチコ"), ("蓮", "レン")]  # fmt: skip


@pytest.fixture(scope="module", autouse=True)
def booking_registered() -> Iterator[None]:
    saved = registry._registry
    registry._registry = registry.load(("booking",))
    yield
    registry._registry = saved


def _people(ctx: Context, rng: random.Random, n: int) -> list[str]:
    now = ctx.now_text()
    rows, ids = [], []
    for _ in range(n):
        (fam, fk), (giv, gk) = rng.choice(FAMILY), rng.choice(GIVEN)
        pid = new_id()
        ids.append(pid)
        birth = date(1935, 1, 1) + timedelta(days=rng.randrange(0, 365 * 88))
        rows.append((pid, f"{fam} {giv}", f"{fk} {gk}", kana_key(fk + gk), birth.isoformat(),
                     f"090-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}", now, now, ctx.device_id))  # fmt: skip
    ctx.db.conn.executemany(
        "INSERT INTO people(id, name, kana, kana_key, birth_date, phone, created_at, updated_at, device_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)  # fmt: skip
    return ids


def _bookings(ctx: Context, rng: random.Random, people: list[str]) -> int:
    settings = BookingSettings()
    start, end = TODAY - timedelta(days=365), TODAY + timedelta(days=365)
    plans = availability.day_plans(ctx, start, end, settings=settings)
    now = ctx.now_text()
    bookings, members, slots = [], [], []
    count = 0
    for day, by_resource in sorted(plans.items()):
        for resource, service, per_day, length in (("terminal", "handover", 130, 30), ("desk", "assist", 55, 15)):
            plan = by_resource[resource]
            if not plan.grid:
                continue
            used: dict[int, int] = {}
            wanted = plan.capacity * len(plan.grid) if day <= TODAY + timedelta(days=14) else per_day
            for _ in range(wanted):
                party = 2 if rng.random() < 0.08 else 1
                free = [m for m in plan.grid if used.get(m, 0) + party <= plan.capacity]
                if not free:
                    break
                m = rng.choice(free)
                bid = new_id()
                state = "checked_in" if day < TODAY else "booked"
                who = rng.sample(people, party)
                start_t = f"{m // 60:02d}:{m % 60:02d}"
                end_t = f"{(m + length) // 60:02d}:{(m + length) % 60:02d}"
                bookings.append((bid, service, resource, day.isoformat(), start_t, end_t, party, who[0], None, None,
                                 "", "phone", None, "active", now, None, now, ctx.device_id))  # fmt: skip
                for pos, pid in enumerate(who, start=1):
                    bp = new_id()
                    members.append((bp, bid, pos, pid, service, day.isoformat(), state, now, now, ctx.device_id))
                    slots.append((new_id(), bp, resource, slot_key(day, m), used.get(m, 0), now, now, ctx.device_id))
                    used[m] = used.get(m, 0) + 1
                count += 1
    ctx.db.conn.executemany(
        "INSERT INTO bookings(id, service, resource, day, start_time, end_time, party_size, person_id, "
        "reservation_number, case_id, notes, channel, external_id, state, created_at, created_by, updated_at, "
        "device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", bookings)  # fmt: skip
    ctx.db.conn.executemany(
        "INSERT OR IGNORE INTO booking_people(id, booking_id, position, person_id, service, day, state, created_at, "
        "updated_at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", members)  # fmt: skip
    ctx.db.conn.executemany(
        "INSERT INTO booking_slots(id, booking_person_id, resource, slot_start, seat, created_at, updated_at, "
        "device_id) SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM booking_people WHERE id = ?2)",
        slots)  # fmt: skip
    return count


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Context]:
    clock = FixedClock(datetime.combine(TODAY, time(10, 0), tzinfo=JST))
    ctx = open_office(Path(tmp_path_factory.mktemp("city")), clock)
    profile = booking_profile()
    profile.terminals = [f"統合端末{i}" for i in range(1, 9)]
    save_profile(ctx, profile)
    mark_office_kind(ctx, "real")
    set_capacity(ctx, "desk", TODAY - timedelta(days=400), 6)
    for d in (TODAY + timedelta(days=n) for n in range(-365, 366)):
        if d.weekday() in (1, 3) and cal.is_open(ctx, d):
            cal.add_session(ctx, d, "extra", time(17, 15), time(19), label="夜間窓口")
    rng = random.Random(7)
    with write(ctx.db):
        people = _people(ctx, rng, 150_000)
        made = _bookings(ctx, rng, people)
    ctx.db.conn.execute("ANALYZE")
    assert 90_000 <= made <= 130_000
    yield ctx
    ctx.db.close()


def test_next_free_slot(benchmark: BenchmarkFixture, city: Context) -> None:
    found = benchmark(lambda: availability.next_free_slot(city, "handover", 2))
    assert found is not None and found.day > TODAY + timedelta(days=14)
    assert benchmark.stats.stats.median < 0.050


def test_day_board(benchmark: BenchmarkFixture, city: Context) -> None:
    board = benchmark(lambda: load_board(city))  # today at 10:00, fully booked (the first call marks no-shows)
    assert len(board.all_rows()) > 150
    assert benchmark.stats.stats.median < 0.050


def test_kana_search(benchmark: BenchmarkFixture, city: Context) -> None:
    found = benchmark(lambda: search_bookings(city, kana="やまだ はなこ"))
    assert found and all(any("山田" in n for n in b.names) for b in found)
    assert benchmark.stats.stats.median < 0.050


def test_saving_a_booking(benchmark: BenchmarkFixture, city: Context) -> None:
    rng = random.Random(3)
    day = TODAY + timedelta(days=30)

    def setup() -> tuple[tuple[object, ...], dict[str, object]]:
        birth = date(1990, 1, 1) + timedelta(days=rng.randrange(9000))
        person = add_person(city, Person(None, "新規 予約", "シンキ ヨヤク", birth))
        slot = availability.next_free_slot(city, "assist", from_day=day)
        assert slot is not None and person.id is not None
        return (slot,), {"person_id": person.id}

    def book(slot: availability.FreeSlot, person_id: str) -> None:
        create_booking(city, "assist", slot.day, slot.start, [person_id])

    benchmark.pedantic(book, setup=setup, rounds=40)
    assert benchmark.stats.stats.median < 0.020

