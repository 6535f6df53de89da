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
    where = f"{{t}}business_date BETWEEN ? AND ? AND {{t}}kind IN ({', '.join('?' for _ in keys)})"
    params: list[object] = [start.isoformat(), end.isoformat(), *keys]
    out: dict[tuple[str, date], int] = {}
    for kind, day, n in ctx.db.conn.execute(
        f"SELECT kind, business_date, count(*) FROM events WHERE {where.format(t='')} "
        "GROUP BY business_date, kind",
        params,
    ):
        out[(str(kind), date.fromisoformat(str(day)))] = int(n)
    for e, _site in _cancelled(ctx, where, params):
        _take_one(out, (e.kind, e.business_date))
    return out


def netted_site_days(ctx: Context, days: Iterable[date]) -> dict[tuple[date, str | None], int]:
    """Netted count of every kind together per (business date, site) on the given days (site None:
    recorded without a site). Tells whether anything was done at a site that day (土日開庁 held)."""
    chosen = sorted({d.isoformat() for d in days})
    if not chosen:
        return {}
    where = f"{{t}}business_date IN ({', '.join('?' for _ in chosen)}) AND {{t}}kind <> 'void'"
    out: dict[tuple[date, str | None], int] = {}
    for day, site, n in ctx.db.conn.execute(
        f"SELECT business_date, site_id, count(*) FROM events WHERE {where.format(t='')} "
        "GROUP BY business_date, site_id",
        chosen,
    ):
        out[(date.fromisoformat(str(day)), None if site is None else str(site))] = int(n)
    for e, site in _cancelled(ctx, where, list(chosen)):
        _take_one(out, (e.business_date, site))
    return out


def _take_one(out: dict[Any, int], key: Any) -> None:
    out[key] -= 1
    if out[key] == 0:
        del out[key]


def _cancelled(ctx: Context, where: str, params: list[object]) -> list[tuple[Event, str | None]]:
    """The counted events matching `where` (its columns written `{t}column`) that a void still cancels,
    with their site: voids name few events, so only those and the voids above them are loaded and
    netted with the kernel's rule (`desktop.core.counts.effective`)."""
    target_where = where.format(t="t.")
    rows = ctx.db.conn.execute(
        f"WITH RECURSIVE chain(id) AS ("
        f"SELECT t.id FROM events v CROSS JOIN events t ON t.id = v.voids "  # voids first (few)
        f"WHERE v.voids IS NOT NULL AND {target_where} "
        f"UNION SELECT e.id FROM events e JOIN chain c ON e.voids = c.id) "
        "SELECT id, kind, business_date, at, voids, site_id FROM events WHERE id IN (SELECT id FROM chain)",
        params,
    ).fetchall()
    if not rows:
        return []
    touched = [
        (Event(id=str(r[0]), kind=str(r[1]), business_date=date.fromisoformat(str(r[2])),
               at=parse_utc(str(r[3])), voids=None if r[4] is None else str(r[4])),
         None if r[5] is None else str(r[5]))
        for r in rows
    ]  # fmt: skip
    alive = {e.id for e in effective(e for e, _ in touched)}
    return [(e, site) for e, site in touched if e.kind != VOID_KEY and e.id not in alive]


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
