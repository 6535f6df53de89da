"""The audit trail: an append-only, hash-chained log of who viewed, changed, printed or exported what.

Each device keeps its own chain (`seq` 1, 2, 3 …); every entry carries the hash of the previous one,
so an edited, inserted or deleted entry breaks the chain at that point (`verify`). Deleting the NEWEST
entries leaves a shorter chain that is still consistent: the head of every chain (latest seq and hash,
`heads`) is therefore written with every backup (`desktop.ops.backups`), and `verify(ctx, anchor)`
checks the chain still reaches that anchor with the same hash ("cut" when entries are missing at the
end, "rewritten" when the entry the anchor names was replaced). Only the actor, the action, the kind
and id of the record and a non-personal `detail` are written: never search text, names, addresses or
any other resident value.

Supervisors browse and export the trail (`search`, `count`, `entries`; `desktop/ui/audit_browser.py`).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desktop.core.clock import JST, iso_utc
from desktop.core.ids import new_id
from desktop.store.context import Context
from desktop.store.db import write

GENESIS = "0" * 64

ACTIONS = frozenset(
    {
        "view", "create", "update", "delete", "print", "export", "import", "purge",
        "login", "logout", "login_failed", "settings", "read_card", "backup", "restore",
    }
)  # fmt: skip


def _digest(prev_hash: str, row: dict[str, object]) -> str:
    canonical = json.dumps(
        [
            row["id"], row["device_id"], row["seq"], row["at"], row["staff_id"], row["login"],
            row["action"], row["entity"], row["entity_id"], row["detail"],
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )  # fmt: skip
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def record(
    ctx: Context, action: str, entity: str, entity_id: str | None = None, detail: str = ""
) -> str:
    """Append one entry to this device's chain (inside the caller's transaction if there is one)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    with write(ctx.db):
        last = ctx.db.conn.execute(
            "SELECT seq, hash FROM audit_log WHERE device_id = ? ORDER BY seq DESC LIMIT 1",
            (ctx.device_id,),
        ).fetchone()
        seq, prev = (1, GENESIS) if last is None else (int(last[0]) + 1, str(last[1]))
        row: dict[str, object] = {
            "id": new_id(),
            "device_id": ctx.device_id,
            "seq": seq,
            "at": ctx.now_text(),
            "staff_id": ctx.actor.staff_id,
            "login": ctx.actor.login,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "detail": detail,
        }
        row["prev_hash"] = prev
        row["hash"] = _digest(prev, row)
        ctx.db.conn.execute(
            "INSERT INTO audit_log(id, device_id, seq, at, staff_id, login, action, entity, entity_id, "
            "detail, prev_hash, hash) VALUES (:id, :device_id, :seq, :at, :staff_id, :login, :action, "
            ":entity, :entity_id, :detail, :prev_hash, :hash)",
            row,
        )
    return str(row["id"])


def record_each(ctx: Context, action: str, entity: str, entity_ids: Iterable[str], detail: str = "") -> None:
    """Audit the same action on several records (e.g. one print of many residents' records), one entry
    per record, in one transaction."""
    with write(ctx.db):
        for entity_id in entity_ids:
            record(ctx, action, entity, entity_id, detail)


Anchor = Mapping[str, tuple[int, str]]  # device id -> (latest seq, its hash)

_COLS = "id, device_id, seq, at, staff_id, login, action, entity, entity_id, detail"
_NAMES = [c.strip() for c in _COLS.split(",")]


@dataclass(frozen=True)
class ChainProblem:
    """The first broken entry of one device's chain.

    reason: "edited" (the entry's content no longer matches its hash), "deleted" (entry `seq` is
    missing in the middle), "bad link" (the entry does not follow the one before: something was
    inserted, renumbered or its predecessor rewritten), "cut" (entries `seq` … `last_seq` are missing
    at the end, against the anchor of the latest backup), "rewritten" (entry `seq` differs from the
    one the anchor recorded).
    """

    device_id: str
    seq: int
    reason: str
    entry_id: str | None = None
    at: str | None = None
    last_seq: int | None = None


def verify(ctx: Context, anchor: Anchor | None = None) -> list[ChainProblem]:
    """Check every device's chain (and, with an anchor, that it still reaches the anchored head);
    returns the first problem of each broken chain (empty = intact)."""
    return verify_connection(ctx.db.conn, anchor)


def verify_connection(conn: sqlite3.Connection, anchor: Anchor | None = None) -> list[ChainProblem]:
    anchor = anchor or {}
    problems: list[ChainProblem] = []
    devices = sorted(
        {str(r[0]) for r in conn.execute("SELECT DISTINCT device_id FROM audit_log")} | set(anchor)
    )
    for device in devices:
        problem = _verify_device(conn, device, anchor.get(device))
        if problem is not None:
            problems.append(problem)
    return problems


def _verify_device(
    conn: sqlite3.Connection, device: str, anchored: tuple[int, str] | None
) -> ChainProblem | None:
    prev = GENESIS
    expected_seq = 1
    anchored_hash: str | None = None
    cur = conn.execute(
        f"SELECT {_COLS}, prev_hash, hash FROM audit_log WHERE device_id = ? ORDER BY seq", (device,)
    )
    for values in cur:
        row = dict(zip([*_NAMES, "prev_hash", "hash"], values, strict=True))
        seq, entry_id, at = int(str(row["seq"])), str(row["id"]), str(row["at"])
        if seq != expected_seq:
            return ChainProblem(device, expected_seq, "deleted", None, None)
        if row["prev_hash"] != prev:
            return ChainProblem(device, seq, "bad link", entry_id, at)
        if _digest(prev, row) != row["hash"]:
            return ChainProblem(device, seq, "edited", entry_id, at)
        prev = str(row["hash"])
        if anchored is not None and seq == anchored[0]:
            anchored_hash = prev
            if anchored_hash != anchored[1]:
                return ChainProblem(device, seq, "rewritten", entry_id, at)
        expected_seq += 1
    if anchored is not None and expected_seq - 1 < anchored[0]:
        return ChainProblem(device, expected_seq, "cut", None, None, last_seq=anchored[0])
    return None


def heads_of(conn: sqlite3.Connection) -> dict[str, tuple[int, str]]:
    """Latest (seq, hash) per device of any connection (the live database or a backup copy)."""
    rows = conn.execute(
        "SELECT a.device_id, a.seq, a.hash FROM audit_log a JOIN (SELECT device_id, MAX(seq) AS seq "
        "FROM audit_log GROUP BY device_id) m ON m.device_id = a.device_id AND m.seq = a.seq"
    ).fetchall()
    return {str(r[0]): (int(r[1]), str(r[2])) for r in rows}


def head(ctx: Context) -> dict[str, tuple[int, str]]:
    """Latest (seq, hash) per device: the anchor written with every backup."""
    return heads_of(ctx.db.conn)


# -- browsing -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditEntry:
    id: str
    device_id: str
    seq: int
    at: str  # ISO UTC
    staff_id: str | None
    login: str
    action: str
    entity: str
    entity_id: str | None
    detail: str


@dataclass(frozen=True)
class AuditFilter:
    """What the audit browser filters by; every field optional. `since`/`until` are ISO UTC bounds
    (inclusive / exclusive); `for_days` builds them from local (Asia/Tokyo) dates."""

    since: str | None = None
    until: str | None = None
    login: str | None = None
    action: str | None = None
    entity: str | None = None
    entity_id: str | None = None

    @classmethod
    def for_days(cls, first: date | None, last: date | None, **kw: str | None) -> AuditFilter:
        since = None if first is None else iso_utc(datetime.combine(first, time(0), JST))
        until = None if last is None else iso_utc(datetime.combine(last + timedelta(days=1), time(0), JST))
        return cls(since=since, until=until, **kw)

    def where(self) -> tuple[str, list[str]]:
        parts: list[str] = []
        params: list[str] = []
        for column, op, value in (
            ("at", ">=", self.since), ("at", "<", self.until), ("login", "=", self.login),
            ("action", "=", self.action), ("entity", "=", self.entity), ("entity_id", "=", self.entity_id),
        ):  # fmt: skip
            if value:
                parts.append(f"{column} {op} ?" + (" COLLATE NOCASE" if column == "login" else ""))
                params.append(value)
        return (" WHERE " + " AND ".join(parts) if parts else ""), params


def _entry(values: tuple[object, ...]) -> AuditEntry:
    return AuditEntry(
        id=str(values[0]), device_id=str(values[1]), seq=int(str(values[2])), at=str(values[3]),
        staff_id=None if values[4] is None else str(values[4]), login=str(values[5]),
        action=str(values[6]), entity=str(values[7]),
        entity_id=None if values[8] is None else str(values[8]), detail=str(values[9]),
    )  # fmt: skip


def search(ctx: Context, f: AuditFilter, *, limit: int = 500, offset: int = 0) -> list[AuditEntry]:
    """Matching entries, newest first (a page of `limit` from `offset`)."""
    where, params = f.where()
    rows = ctx.db.conn.execute(
        f"SELECT {_COLS} FROM audit_log{where} ORDER BY at DESC, seq DESC LIMIT ? OFFSET ?",
        (*params, int(limit), int(offset)),
    ).fetchall()
    return [_entry(tuple(r)) for r in rows]


def count(ctx: Context, f: AuditFilter) -> int:
    where, params = f.where()
    return int(ctx.db.conn.execute(f"SELECT COUNT(*) FROM audit_log{where}", params).fetchone()[0])


def entries(ctx: Context, f: AuditFilter) -> Iterator[AuditEntry]:
    """Every matching entry, oldest first (for an export)."""
    where, params = f.where()
    for r in ctx.db.conn.execute(f"SELECT {_COLS} FROM audit_log{where} ORDER BY at, seq", params):
        yield _entry(tuple(r))


def logins(ctx: Context) -> list[str]:
    """Every login that appears in the trail (for the browser's staff filter)."""
    rows = ctx.db.conn.execute("SELECT DISTINCT login FROM audit_log ORDER BY login COLLATE NOCASE")
    return [str(r[0]) for r in rows]


def entities(ctx: Context) -> list[str]:
    rows = ctx.db.conn.execute("SELECT DISTINCT entity FROM audit_log ORDER BY entity")
    return [str(r[0]) for r in rows]


def device_names(ctx: Context) -> dict[str, str]:
    """Device id -> the PC's name (for showing where an entry was written)."""
    return {str(r[0]): str(r[1]) for r in ctx.db.conn.execute("SELECT id, name FROM devices")}
