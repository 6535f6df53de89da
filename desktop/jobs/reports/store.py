"""The reports job's store (Qt-free): its one setting and a fast, netted count over the events table.

`netted_counts` gives the same answer as the kernel's `desktop.store.events.counts` (netting `void`
events with `desktop.core.counts.effective`), but counts in SQL over the (business_date, kind) index and
loads only the few events that a void touches, so a fiscal year over a million events takes a fraction
of a second (the kernel's reader builds an Event object per row). Tests hold the two equal.

The opening balance (cards issued before the office started using Madoguchi) is the setting
`reports.opening_balance` = {"on": "YYYY-MM-DD", "count": n}; changes are audited as settings.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from desktop.core.clock import parse_utc
from desktop.core.counts import VOID_KEY, Event, effective
from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.jobs.reports.domain.plan import OpeningBalance
from desktop.store import audit
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.meta import get_setting, set_setting

OPENING_BALANCE_KEY = "reports.opening_balance"
MAX_OPENING_BALANCE = 100_000_000


def netted_counts(
    ctx: Context, start: date, end: date, kinds: Iterable[str]
) -> dict[tuple[str, date], int]:
    """Netted counts per (kind, business date) for start..end inclusive; absent keys mean 0."""
    keys = sorted({k for k in kinds if k != VOID_KEY})
    if not keys or end < start:
        return {}
    marks = ", ".join("?" for _ in keys)
    params: list[object] = [start.isoformat(), end.isoformat(), *keys]
    out: dict[tuple[str, date], int] = {}
    for kind, day, n in ctx.db.conn.execute(
        f"SELECT kind, business_date, count(*) FROM events "
        f"WHERE business_date BETWEEN ? AND ? AND kind IN ({marks}) GROUP BY business_date, kind",
        params,
    ):
        out[(str(kind), date.fromisoformat(str(day)))] = int(n)
    # The events of the range that some void names, and every void above them: net those alone.
    rows = ctx.db.conn.execute(
        f"WITH RECURSIVE chain(id) AS ("
        f"SELECT t.id FROM events v CROSS JOIN events t ON t.id = v.voids "  # voids first (few)
        f"WHERE v.voids IS NOT NULL AND t.business_date BETWEEN ? AND ? AND t.kind IN ({marks}) "
        f"UNION SELECT e.id FROM events e JOIN chain c ON e.voids = c.id) "
        "SELECT id, kind, business_date, at, voids FROM events WHERE id IN (SELECT id FROM chain)",
        params,
    ).fetchall()
    if rows:
        touched = [
            Event(id=str(r[0]), kind=str(r[1]), business_date=date.fromisoformat(str(r[2])),
                  at=parse_utc(str(r[3])), voids=None if r[4] is None else str(r[4]))
            for r in rows
        ]  # fmt: skip
        alive = {e.id for e in effective(touched)}
        for e in touched:
            if e.kind != VOID_KEY and e.id not in alive:
                key = (e.kind, e.business_date)
                out[key] -= 1
                if out[key] == 0:
                    del out[key]
    return out


def load_opening_balance(ctx: Context) -> OpeningBalance | None:
    data: Any = get_setting(ctx, OPENING_BALANCE_KEY)
    if not isinstance(data, dict):
        return None
    try:
        return OpeningBalance(date.fromisoformat(str(data["on"])), int(data["count"]))
    except (KeyError, TypeError, ValueError):
        return None


def save_opening_balance(ctx: Context, balance: OpeningBalance | None) -> None:
    """Set (or clear, with None) the opening balance of the cumulative count."""
    if balance is not None and not 0 <= balance.count <= MAX_OPENING_BALANCE:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "Enter a number between 0 and {maximum}."), maximum=MAX_OPENING_BALANCE
        )
    with write(ctx.db):
        value = None if balance is None else {"on": balance.on.isoformat(), "count": balance.count}
        set_setting(ctx, OPENING_BALANCE_KEY, value)
        audit.record(ctx, "settings", "settings", OPENING_BALANCE_KEY, "cleared" if value is None else "set")
