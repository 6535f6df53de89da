"""The job's store: the fast netted count equals the kernel's count and an independent recount, with
voids, voids of voids and voids made on later days; the opening balance setting."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from desktop.core.clock import FixedClock
from desktop.core.errors import DomainError
from desktop.jobs.reports.domain.plan import OpeningBalance
from desktop.jobs.reports.store import (
    load_opening_balance,
    netted_counts,
    netted_site_days,
    save_opening_balance,
)
from desktop.store.context import Context
from desktop.store.events import counts
from desktop.store.meta import set_setting
from tests.jobs.reports.kit import raw_events, record, recount, void

KINDS = ["handover", "assist", "checkin", "no_show"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_netted_counts_match_the_kernel_and_a_recount(ctx: Context, clock: FixedClock, seed: int) -> None:
    rng = random.Random(seed)
    start = date(2026, 3, 25)
    ids: list[tuple[str, date]] = []
    for _ in range(160):
        day = start + timedelta(days=rng.randrange(14))
        ids += [(e, day) for e in record(ctx, clock, rng.choice(KINDS), day, hour=rng.randrange(0, 24),
                                         minute=rng.randrange(60))]  # fmt: skip
    voids: list[tuple[str, date]] = []
    for event_id, day in rng.sample(ids, 40):
        later = day + timedelta(days=rng.randrange(0, 20))  # a correction on the day or weeks later
        voids.append((void(ctx, clock, event_id, later), later))
    for void_id, day in rng.sample(voids, 12):  # voiding a void restores the count
        restored = void(ctx, clock, void_id, day + timedelta(days=1))
        if rng.random() < 0.5:
            void(ctx, clock, restored, day + timedelta(days=2))  # and cancelling that cancels again
    expected = recount(ctx)
    for lo, hi in ((start, start + timedelta(days=13)), (date(2026, 4, 1), date(2026, 4, 3)),
                   (date(2026, 3, 31), date(2026, 3, 31))):
        want = {k: n for k, n in expected.items() if lo <= k[1] <= hi and n}
        assert netted_counts(ctx, lo, hi, KINDS) == want
        assert {k: n for k, n in counts(ctx, lo, hi).items() if n} == want
    only = netted_counts(ctx, start, start + timedelta(days=13), ["handover"])
    assert set(k for k, _ in only) <= {"handover"}


def test_netted_counts_empty(ctx: Context) -> None:
    assert netted_counts(ctx, date(2026, 1, 1), date(2026, 12, 31), ["handover"]) == {}
    assert netted_counts(ctx, date(2026, 1, 1), date(2026, 12, 31), []) == {}
    assert netted_counts(ctx, date(2026, 2, 1), date(2026, 1, 1), ["handover"]) == {}


def test_opening_balance_round_trip_and_audit(ctx: Context) -> None:
    assert load_opening_balance(ctx) is None
    save_opening_balance(ctx, OpeningBalance(date(2025, 4, 1), 41_250))
    assert load_opening_balance(ctx) == OpeningBalance(date(2025, 4, 1), 41_250)
    save_opening_balance(ctx, None)
    assert load_opening_balance(ctx) is None
    rows = ctx.db.conn.execute(
        "SELECT action, entity_id, detail FROM audit_log WHERE entity_id = 'reports.opening_balance' ORDER BY seq"
    ).fetchall()
    assert [tuple(r) for r in rows] == [
        ("settings", "reports.opening_balance", "set"),
        ("settings", "reports.opening_balance", "cleared"),
    ]
    with pytest.raises(DomainError):
        save_opening_balance(ctx, OpeningBalance(date(2025, 4, 1), -1))


def test_a_damaged_opening_balance_reads_as_not_set(ctx: Context) -> None:
    set_setting(ctx, "reports.opening_balance", {"on": "someday", "count": 3})
    assert load_opening_balance(ctx) is None


def test_netted_site_days_match_a_recount(ctx: Context, clock: FixedClock) -> None:
    from desktop.store.office import add_venue

    venue = add_venue(ctx, "公民館")
    rng = random.Random(5)
    days = [date(2026, 5, 9), date(2026, 5, 10), date(2026, 5, 16)]
    ids = []
    for _ in range(60):
        day = rng.choice(days)
        site = venue.id if rng.random() < 0.4 else None
        ids += record(ctx, clock, rng.choice(KINDS), day, site_id=site)
    for event_id in rng.sample(ids, 20):
        void(ctx, clock, event_id, date(2026, 6, 1))
    alone = record(ctx, clock, "handover", date(2026, 5, 17), site_id=venue.id)[0]
    void(ctx, clock, alone, date(2026, 5, 18))  # the only event of the day, cancelled
    standing = {r[0] for r in raw_events(ctx)} - cancelled_ids(ctx)
    want: dict[tuple[date, str | None], int] = {}
    for id_, kind, d, site, _v, _voids in raw_events(ctx):
        if kind != "void" and id_ in standing:
            want[(date.fromisoformat(d), site)] = want.get((date.fromisoformat(d), site), 0) + 1
    assert netted_site_days(ctx, [*days, date(2026, 5, 17)]) == want
    assert all(d != date(2026, 5, 17) for d, _ in want)
    assert netted_site_days(ctx, []) == {}


def cancelled_ids(ctx: Context) -> set[str]:
    rows = raw_events(ctx)
    voiders: dict[str, list[str]] = {}
    for id_, kind, _d, _s, _v, voids in rows:
        if kind == "void" and voids:
            voiders.setdefault(voids, []).append(id_)

    def stands(event_id: str) -> bool:
        return not any(stands(v) for v in voiders.get(event_id, []))

    return {r[0] for r in rows if not stands(r[0])}
