"""The audit trail: an append-only, hash-chained log of who viewed, changed, printed or exported what.

Each device keeps its own chain (`seq` 1, 2, 3 …); every entry carries the hash of the previous one,
so an edited, inserted or deleted entry breaks the chain at that point (`verify`). Only the actor,
the action, the kind and id of the record and a non-personal `detail` are written: never search
text, names, addresses or any other resident value.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

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


@dataclass(frozen=True)
class ChainProblem:
    device_id: str
    seq: int
    reason: str  # "edited" | "missing" | "bad link"


def verify(ctx: Context) -> list[ChainProblem]:
    """Check every device's chain; returns the first problem of each broken chain (empty = intact)."""
    problems: list[ChainProblem] = []
    devices = [r[0] for r in ctx.db.conn.execute("SELECT DISTINCT device_id FROM audit_log")]
    cols = "id, device_id, seq, at, staff_id, login, action, entity, entity_id, detail, prev_hash, hash"
    for device in devices:
        prev = GENESIS
        expected_seq = 1
        cur = ctx.db.conn.execute(
            f"SELECT {cols} FROM audit_log WHERE device_id = ? ORDER BY seq", (device,)
        )
        names = [c.strip() for c in cols.split(",")]
        for values in cur:
            row = dict(zip(names, values, strict=True))
            if row["seq"] != expected_seq:
                problems.append(ChainProblem(device, expected_seq, "missing"))
                break
            if row["prev_hash"] != prev:
                problems.append(ChainProblem(device, int(row["seq"]), "bad link"))
                break
            if _digest(prev, row) != row["hash"]:
                problems.append(ChainProblem(device, int(row["seq"]), "edited"))
                break
            prev = str(row["hash"])
            expected_seq += 1
    return problems


def head(ctx: Context) -> dict[str, tuple[int, str]]:
    """Latest (seq, hash) per device: the anchor written with every backup."""
    rows = ctx.db.conn.execute(
        "SELECT device_id, MAX(seq), hash FROM audit_log GROUP BY device_id"
    ).fetchall()
    return {str(r[0]): (int(r[1]), str(r[2])) for r in rows}
