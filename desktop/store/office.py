"""The office model in the database: the profile, sites, the office kind, and typed dated settings.

The profile is one JSON setting (`office.profile`); saving it creates or updates the main office
site. `load_profile` returning None means a first run: the setup wizard must be shown. Every change
is audited as "settings" (the detail names what changed, never a value that could be personal).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from desktop.core.errors import Conflict, DomainError, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.ids import new_id
from desktop.core.office import (
    COUNTERS_OPEN,
    POPULATION,
    STAFFING,
    TARGET_RATE,
    TERMINALS_IN_SERVICE,
    OfficeKind,
    OfficeProfile,
    Site,
    SiteKind,
    Staffing,
    TargetRate,
    dated_key,
    postage_key,
)
from desktop.store.audit import record
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.meta import (
    dated_history,
    get_dated,
    get_meta,
    get_setting,
    set_dated,
    set_meta,
    set_setting,
)

PROFILE_KEY = "office.profile"
OFFICE_KIND_KEY = "office_kind"

_SITE_COLS = "id, kind, name, address, active"


# --- profile ----------------------------------------------------------------------------------------


def load_profile(ctx: Context) -> OfficeProfile | None:
    """The saved office profile; None on a first run (show the setup wizard)."""
    data = get_setting(ctx, PROFILE_KEY)
    return None if data is None else OfficeProfile.from_json(data)


def save_profile(ctx: Context, profile: OfficeProfile) -> Site:
    """Validate and save the profile, creating or updating the main office site; returns that site."""
    profile.ensure_valid()
    now = ctx.now_text()
    with write(ctx.db):
        first = get_setting(ctx, PROFILE_KEY) is None
        set_setting(ctx, PROFILE_KEY, profile.to_json())
        row = ctx.db.conn.execute(f"SELECT {_SITE_COLS} FROM sites WHERE kind = 'office'").fetchone()
        if row is None:
            site_id = new_id()
            ctx.db.conn.execute(
                "INSERT INTO sites(id, kind, name, address, active, created_at, updated_at, device_id) "
                "VALUES (?, 'office', ?, ?, 1, ?, ?, ?)",
                (site_id, profile.office_name, profile.address, now, now, ctx.device_id),
            )
        else:
            site_id = str(row[0])
            ctx.db.conn.execute(
                "UPDATE sites SET name = ?, address = ?, active = 1, updated_at = ?, device_id = ? "
                "WHERE id = ?",
                (profile.office_name, profile.address, now, ctx.device_id, site_id),
            )
        record(ctx, "settings", "office_profile", site_id, "created" if first else "updated")
    return office_site(ctx)


# --- sites ------------------------------------------------------------------------------------------


def _site(row: Any) -> Site:
    kind: SiteKind = "office" if row[1] == "office" else "venue"
    return Site(id=str(row[0]), kind=kind, name=str(row[2]), address=str(row[3]), active=bool(row[4]))


def office_site(ctx: Context) -> Site:
    """The main office site (created by `save_profile`)."""
    row = ctx.db.conn.execute(f"SELECT {_SITE_COLS} FROM sites WHERE kind = 'office'").fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The office profile has not been set up yet."))
    return _site(row)


def get_site(ctx: Context, site_id: str) -> Site:
    row = ctx.db.conn.execute(f"SELECT {_SITE_COLS} FROM sites WHERE id = ?", (site_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This site no longer exists."))
    return _site(row)


def list_sites(ctx: Context, *, include_inactive: bool = False) -> list[Site]:
    """The office first, then venues by name."""
    where = "" if include_inactive else "WHERE active = 1"
    rows = ctx.db.conn.execute(
        f"SELECT {_SITE_COLS} FROM sites {where} ORDER BY kind = 'venue', name"
    ).fetchall()
    return [_site(r) for r in rows]


def add_venue(ctx: Context, name: str, address: str = "") -> Site:
    """A pop-up venue (出張申請の会場: a company, community centre, mall, care facility...)."""
    name = name.strip()
    if not name:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the name of the venue."))
    now = ctx.now_text()
    site_id = new_id()
    try:
        with write(ctx.db):
            ctx.db.conn.execute(
                "INSERT INTO sites(id, kind, name, address, active, created_at, updated_at, device_id) "
                "VALUES (?, 'venue', ?, ?, 1, ?, ?, ?)",
                (site_id, name, address.strip(), now, now, ctx.device_id),
            )
            record(ctx, "settings", "site", site_id, "venue added")
    except sqlite3.IntegrityError:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "A venue with this name already exists. Choose it from the list.")
        ) from None
    return get_site(ctx, site_id)


def set_site_active(ctx: Context, site_id: str, active: bool) -> None:
    """Retire (or bring back) a venue; the main office stays active."""
    site = get_site(ctx, site_id)
    if site.kind == "office" and not active:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The main office cannot be retired."))
    with write(ctx.db):
        ctx.db.conn.execute(
            "UPDATE sites SET active = ?, updated_at = ?, device_id = ? WHERE id = ?",
            (int(active), ctx.now_text(), ctx.device_id, site_id),
        )
        record(ctx, "settings", "site", site_id, "activated" if active else "retired")


# --- office kind (real / demo) ----------------------------------------------------------------------


def office_kind(ctx: Context) -> OfficeKind | None:
    """'real', 'demo', or None while neither the setup wizard nor the demo generator has run."""
    value = get_meta(ctx.db, OFFICE_KIND_KEY)
    if value == "real":
        return "real"
    if value == "demo":
        return "demo"
    return None


def mark_office_kind(ctx: Context, kind: OfficeKind) -> None:
    """Mark the data folder as a real or a demo office, once: a real office never becomes a demo
    (the demo generator refuses it) and a demo office never becomes real (its data is invented)."""
    if kind not in ("real", "demo"):
        raise ValueError(f"unknown office kind {kind!r}")
    current = office_kind(ctx)
    if current == kind:
        return
    if current is not None:
        if current == "real":
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "Errors", "This data folder holds a real office. Use an empty folder for the demo."
                )
            )
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors", "This data folder holds a demo office. Use an empty folder for the real office."
            )
        )
    with write(ctx.db):
        set_meta(ctx.db, OFFICE_KIND_KEY, kind)
        record(ctx, "settings", "office", None, f"office_kind={kind}")


# --- dated settings ---------------------------------------------------------------------------------


def set_dated_value(ctx: Context, key: str, valid_from: date, parts: dict[str, float]) -> None:
    """Add (or replace) the value of a dated setting from `valid_from`, checked against its key."""
    spec = dated_key(key)
    spec.check_valid_from(valid_from)
    value = spec.encode(parts)
    with write(ctx.db):
        set_dated(ctx, key, valid_from, value)
        record(ctx, "settings", "dated_setting", key, f"valid_from={valid_from.isoformat()}")


def remove_dated_value(ctx: Context, key: str, valid_from: date) -> None:
    dated_key(key)
    with write(ctx.db):
        cur = ctx.db.conn.execute(
            "DELETE FROM dated_settings WHERE key = ? AND valid_from = ?", (key, valid_from.isoformat())
        )
        if cur.rowcount:
            record(ctx, "settings", "dated_setting", key, f"removed valid_from={valid_from.isoformat()}")


def dated_rows(ctx: Context, key: str) -> list[tuple[date, dict[str, float]]]:
    """Every value of a dated setting, oldest first, as the numbers of its parts."""
    spec = dated_key(key)
    return [(d, spec.decode(v)) for d, v in dated_history(ctx, key)]


def population_on(ctx: Context, d: date) -> int | None:
    """The population in force on a date: the figure of 1 January of that year (or the latest before)."""
    value = get_dated(ctx, POPULATION, d)
    return None if value is None else int(value)


def set_population(ctx: Context, year: int, n: int) -> None:
    set_dated_value(ctx, POPULATION, date(year, 1, 1), {"value": n})


def staffing_on(ctx: Context, d: date) -> Staffing | None:
    value = get_dated(ctx, STAFFING, d)
    return None if value is None else Staffing(int(value["regular"]), int(value["temporary"]))


def set_staffing(ctx: Context, year: int, month: int, staffing: Staffing) -> None:
    set_dated_value(
        ctx, STAFFING, date(year, month, 1), {"regular": staffing.regular, "temporary": staffing.temporary}
    )


def terminals_in_service_on(ctx: Context, d: date) -> int | None:
    """統合端末台数 in force on a date (None when never set: the reports then show 未設定 and the selftest
    warns; booking counts the profile's terminals)."""
    value = get_dated(ctx, TERMINALS_IN_SERVICE, d)
    return None if value is None else int(value)


def set_terminals_in_service(ctx: Context, year: int, month: int, n: int) -> None:
    set_dated_value(ctx, TERMINALS_IN_SERVICE, date(year, month, 1), {"value": n})


def counters_open_on(ctx: Context, d: date) -> int | None:
    """窓口数 in force on a date (None when never set: reports count the office profile's counters)."""
    value = get_dated(ctx, COUNTERS_OPEN, d)
    return None if value is None else int(value)


def set_counters_open(ctx: Context, year: int, month: int, n: int) -> None:
    set_dated_value(ctx, COUNTERS_OPEN, date(year, month, 1), {"value": n})


def postage_on(ctx: Context, d: date, method: str) -> int | None:
    """Yen per item for a delivery method ('tokurei' | 'kan_i_kakitome') on a date."""
    value = get_dated(ctx, postage_key(method), d)
    return None if value is None else int(value)


def set_postage(ctx: Context, valid_from: date, method: str, yen: int) -> None:
    set_dated_value(ctx, postage_key(method), valid_from, {"value": yen})


def target_rate_on(ctx: Context, d: date) -> TargetRate | None:
    value = get_dated(ctx, TARGET_RATE, d)
    return None if value is None else TargetRate(float(value["lower"]), float(value["upper"]))


def set_target_rate(ctx: Context, year: int, month: int, rate: TargetRate) -> None:
    set_dated_value(ctx, TARGET_RATE, date(year, month, 1), {"lower": rate.lower, "upper": rate.upper})
