"""Residents in the office database: add, update, open (audited), search, duplicate suggestions.

Audit: `add_person` → "create", `update_person` → "update" with the names of the changed fields,
`get_person` → "view". Searching returns a list and is not audited (and its text is never logged);
opening one of the results with `get_person` is the audited view. Duplicates are only suggested
(same kana key and birth date), never merged.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.core import people as core
from desktop.core.errors import NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.ids import new_id
from desktop.core.people import Person
from desktop.store import audit
from desktop.store.context import Context
from desktop.store.db import write

ENTITY = "person"
_COLS = "id, name, kana, birth_date, phone, postal_code, address"
_MAX_CHAR = "\U0010ffff"  # sorts after every other character: key range for a prefix search


def _row(values: Any) -> Person:
    return Person(
        id=str(values[0]),
        name=str(values[1]),
        kana=str(values[2]),
        birth_date=None if values[3] is None else date.fromisoformat(str(values[3])),
        phone=str(values[4]),
        postal_code=str(values[5]),
        address=str(values[6]),
    )


def _load(ctx: Context, person_id: str) -> Person:
    row = ctx.db.conn.execute(f"SELECT {_COLS} FROM people WHERE id = ?", (person_id,)).fetchone()
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "This person's record no longer exists (it may have been purged).")
        )
    return _row(row)


def _values(p: Person) -> dict[str, Any]:
    return {
        "name": p.name,
        "kana": p.kana,
        "kana_key": p.kana_key,
        "birth_date": None if p.birth_date is None else p.birth_date.isoformat(),
        "phone": p.phone,
        "postal_code": p.postal_code,
        "address": p.address,
    }


def add_person(ctx: Context, p: Person) -> Person:
    """Validate, normalise and store a new resident (audited "create"); returns it with its id."""
    person = core.check(p, today=ctx.clock.today()).with_id(new_id())
    now = ctx.now_text()
    row = {**_values(person), "id": person.id, "created_at": now, "updated_at": now,
           "device_id": ctx.device_id}  # fmt: skip
    with write(ctx.db):
        ctx.db.conn.execute(
            "INSERT INTO people(id, name, kana, kana_key, birth_date, phone, postal_code, address, "
            "created_at, updated_at, device_id) VALUES (:id, :name, :kana, :kana_key, :birth_date, "
            ":phone, :postal_code, :address, :created_at, :updated_at, :device_id)",
            row,
        )
        filled = [f for f in core.FIELDS if getattr(person, f)]
        audit.record(ctx, "create", ENTITY, person.id, ",".join(filled))
    return person


def update_person(ctx: Context, p: Person) -> Person:
    """Validate and store changes (audited "update", detail = changed field names). No change: no write."""
    if p.id is None:
        raise ValueError("update_person needs a stored person (id is None)")
    person = core.check(p, today=ctx.clock.today())
    with write(ctx.db):
        old = _load(ctx, p.id)
        changed = core.changed_fields(old, person)
        if not changed:
            return old
        row = {**_values(person), "id": person.id, "updated_at": ctx.now_text(),
               "device_id": ctx.device_id}  # fmt: skip
        ctx.db.conn.execute(
            "UPDATE people SET name = :name, kana = :kana, kana_key = :kana_key, "
            "birth_date = :birth_date, phone = :phone, postal_code = :postal_code, "
            "address = :address, updated_at = :updated_at, device_id = :device_id WHERE id = :id",
            row,
        )
        audit.record(ctx, "update", ENTITY, person.id, ",".join(changed))
    return person


def get_person(ctx: Context, person_id: str) -> Person:
    """Open a resident's record (audited "view")."""
    with write(ctx.db):
        person = _load(ctx, person_id)
        audit.record(ctx, "view", ENTITY, person_id)
    return person


def search_people(
    ctx: Context,
    *,
    kana: str | None = None,
    phone: str | None = None,
    birth_date: date | None = None,
    limit: int = 50,
) -> list[Person]:
    """Residents matching every given criterion (none given: empty list), in kana order.

    `kana`: prefix of the kana key (any width or script); `phone`: the digits of the number, or its
    last digits; `birth_date`: exact. Not audited: opening a result with `get_person` is.
    """
    where: list[str] = []
    args: list[Any] = []
    if kana is not None and core.kana_key(kana):
        key = core.kana_key(kana)
        where.append("kana_key >= ? AND kana_key < ?")
        args += [key, key + _MAX_CHAR]
    if phone is not None and core.phone_digits(phone):
        where.append("replace(phone, '-', '') LIKE ?")
        args.append("%" + core.phone_digits(phone))
    if birth_date is not None:
        where.append("birth_date = ?")
        args.append(birth_date.isoformat())
    if not where:
        return []
    rows = ctx.db.conn.execute(
        f"SELECT {_COLS} FROM people WHERE {' AND '.join(where)} ORDER BY kana_key, birth_date, id LIMIT ?",
        (*args, max(0, int(limit))),
    ).fetchall()
    return [_row(r) for r in rows]


def names_of(ctx: Context, person_ids: list[str]) -> dict[str, str]:
    """氏名 by id for lists such as today's queue (a listing, not an opened record: not audited)."""
    ids = sorted({i for i in person_ids if i})
    out: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = ctx.db.conn.execute(f"SELECT id, name FROM people WHERE id IN ({marks})", chunk)
        out.update({str(r[0]): str(r[1]) for r in rows})
    return out


def possible_duplicates(ctx: Context, p: Person) -> list[Person]:
    """Stored residents with the same kana key and birth date as `p` (excluding `p` itself). Never merges."""
    key = p.kana_key
    if not key or p.birth_date is None:
        return []
    rows = ctx.db.conn.execute(
        f"SELECT {_COLS} FROM people WHERE kana_key = ? AND birth_date = ? AND id IS NOT ? "
        "ORDER BY created_at, id",
        (key, p.birth_date.isoformat(), p.id),
    ).fetchall()
    return [_row(r) for r in rows]
