"""Card cases and their state history, with the one transition table of `desktop.core.cases` enforced.

Every opening and move writes a history row and an audit entry ("create"/"update", entity
"card_case", detail = state keys only) in the same transaction. Count events for the moves are
recorded by the owning job (it knows the venue session and minutes), not here.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from desktop.core.cases import (
    CardCase,
    CaseHistoryEntry,
    CaseState,
    DeliveryMethod,
    IdentityResult,
    check_open,
    check_transition,
    normalize_application_id,
    normalize_reservation_number,
)
from desktop.core.clock import parse_utc
from desktop.core.errors import Conflict, DomainError, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.ids import new_id
from desktop.store import audit
from desktop.store.context import Context
from desktop.store.db import write

_COLUMNS = (
    "id, person_id, application_id, reservation_number, delivery_method, "
    "identity_checked_at_application, identity_result, photo_ref, state, state_at, opened_by, "
    "created_at, updated_at"
)


class _Unchanged:
    pass


UNCHANGED: Any = _Unchanged()


def _row_to_case(row: tuple[Any, ...]) -> CardCase:
    (id_, person, app_id, resv, method, checked, identity, photo, state, state_at, opened_by,
     created, updated) = row  # fmt: skip
    return CardCase(
        id=str(id_),
        person_id=None if person is None else str(person),
        application_id=None if app_id is None else str(app_id),
        reservation_number=None if resv is None else str(resv),
        delivery_method=DeliveryMethod(str(method)),
        identity_checked_at_application=bool(checked),
        identity_result=None if identity is None else IdentityResult.from_json(json.loads(str(identity))),
        photo_ref=None if photo is None else str(photo),
        state=CaseState(str(state)),
        state_at=parse_utc(str(state_at)),
        opened_by=str(opened_by),
        created_at=parse_utc(str(created)),
        updated_at=parse_utc(str(updated)),
    )


def _reservation_taken(exc: sqlite3.IntegrityError) -> Conflict:
    if "reservation_number" not in str(exc):
        raise exc
    return Conflict(
        QT_TRANSLATE_NOOP(
            "Errors", "That reservation number already belongs to another card case. Check the notice."
        )
    )


def _history(
    ctx: Context, case_id: str, from_state: CaseState | None, to_state: CaseState, owner: str, note: str
) -> None:
    now = ctx.now_text()
    ctx.db.conn.execute(
        "INSERT INTO card_case_history(id, case_id, from_state, to_state, owner, staff_id, at, note, "
        "created_at, updated_at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (new_id(), case_id, None if from_state is None else from_state.value, to_state.value, owner,
         ctx.actor.staff_id, now, note, now, now, ctx.device_id),
    )  # fmt: skip


def get_case(ctx: Context, case_id: str) -> CardCase:
    row = ctx.db.conn.execute(f"SELECT {_COLUMNS} FROM card_cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That card case does not exist."))
    return _row_to_case(row)


def open_case(
    ctx: Context,
    person_id: str,
    *,
    owner: str,
    state: CaseState | str = CaseState.RECEIVED,
    application_id: str | None = None,
    reservation_number: str | None = None,
    delivery_method: DeliveryMethod | str = DeliveryMethod.COUNTER,
    note: str = "",
) -> CardCase:
    """Open a case for a resident's card: in 受付中 (assist, photo) or 到着 (mailing)."""
    st = CaseState(state)
    check_open(st, owner)
    method = DeliveryMethod(delivery_method)
    app_id = None if application_id is None else normalize_application_id(application_id)
    resv = None if reservation_number is None else normalize_reservation_number(reservation_number)
    case_id = new_id()
    now = ctx.now_text()
    with write(ctx.db):
        if ctx.db.conn.execute("SELECT 1 FROM people WHERE id = ?", (person_id,)).fetchone() is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That person does not exist."))
        try:
            ctx.db.conn.execute(
                "INSERT INTO card_cases(id, person_id, application_id, reservation_number, delivery_method, "
                "state, state_at, opened_by, created_at, updated_at, device_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (case_id, person_id, app_id, resv, method.value, st.value, now, owner, now, now,
                 ctx.device_id),
            )  # fmt: skip
        except sqlite3.IntegrityError as exc:
            raise _reservation_taken(exc) from exc
        _history(ctx, case_id, None, st, owner, note)
        audit.record(ctx, "create", "card_case", case_id, f"state={st.value}")
    return get_case(ctx, case_id)


def transition(
    ctx: Context, case_id: str, to_state: CaseState | str, *, owner: str, note: str = ""
) -> CardCase:
    """Move a case along the transition table (the acting staff member's role is checked)."""
    dst = CaseState(to_state)
    with write(ctx.db):
        case = get_case(ctx, case_id)
        check_transition(case.state, dst, owner, ctx.actor.role)
        now = ctx.now_text()
        ctx.db.conn.execute(
            "UPDATE card_cases SET state = ?, state_at = ?, updated_at = ?, device_id = ? WHERE id = ?",
            (dst.value, now, now, ctx.device_id, case_id),
        )
        _history(ctx, case_id, case.state, dst, owner, note)
        audit.record(ctx, "update", "card_case", case_id, f"state={case.state.value}->{dst.value}")
    return get_case(ctx, case_id)


def update_case(
    ctx: Context,
    case_id: str,
    *,
    application_id: str | None = UNCHANGED,
    reservation_number: str | None = UNCHANGED,
    delivery_method: DeliveryMethod | str = UNCHANGED,
) -> CardCase:
    """Set or clear (None) the 申請書ID or reservation number, or change the delivery method."""
    sets: dict[str, object] = {}
    if application_id is not UNCHANGED:
        sets["application_id"] = None if application_id is None else normalize_application_id(application_id)
    if reservation_number is not UNCHANGED:
        sets["reservation_number"] = (
            None if reservation_number is None else normalize_reservation_number(reservation_number)
        )
    if delivery_method is not UNCHANGED:
        sets["delivery_method"] = DeliveryMethod(delivery_method).value
    if not sets:
        return get_case(ctx, case_id)
    return _update(ctx, case_id, sets, ",".join(sorted(sets)))


def _update(ctx: Context, case_id: str, sets: dict[str, object], detail: str) -> CardCase:
    with write(ctx.db):
        get_case(ctx, case_id)
        assignments = ", ".join(f"{col} = ?" for col in sets)
        try:
            ctx.db.conn.execute(
                f"UPDATE card_cases SET {assignments}, updated_at = ?, device_id = ? WHERE id = ?",
                (*sets.values(), ctx.now_text(), ctx.device_id, case_id),
            )
        except sqlite3.IntegrityError as exc:
            raise _reservation_taken(exc) from exc
        audit.record(ctx, "update", "card_case", case_id, detail)
    return get_case(ctx, case_id)


def set_identity_result(ctx: Context, case_id: str, result: IdentityResult | None) -> CardCase:
    """Record the 申請時来庁 identity check (rule + document kinds) or clear it (None)."""
    value = None if result is None else json.dumps(result.to_json(), ensure_ascii=True)
    return _update(
        ctx, case_id,
        {"identity_result": value, "identity_checked_at_application": 0 if result is None else 1},
        "identity_result",
    )  # fmt: skip


def attach_photo(ctx: Context, case_id: str, ref: str | None) -> CardCase:
    """Hang the chosen photo on the case: a file path or blob id (None detaches it)."""
    if ref is not None and not ref.strip():
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The photo reference is empty."))
    return _update(ctx, case_id, {"photo_ref": ref}, "photo_ref")


def cases_in(ctx: Context, states: Iterable[CaseState | str]) -> list[CardCase]:
    """Cases currently in any of `states`, longest-waiting first."""
    keys = sorted({CaseState(s).value for s in states})
    if not keys:
        return []
    rows = ctx.db.conn.execute(
        f"SELECT {_COLUMNS} FROM card_cases WHERE state IN ({', '.join('?' for _ in keys)}) "
        "ORDER BY state_at, id",
        keys,
    ).fetchall()
    return [_row_to_case(r) for r in rows]


def cases_of(ctx: Context, person_id: str) -> list[CardCase]:
    """A resident's cases, newest first."""
    rows = ctx.db.conn.execute(
        f"SELECT {_COLUMNS} FROM card_cases WHERE person_id = ? ORDER BY created_at DESC, id DESC",
        (person_id,),
    ).fetchall()
    return [_row_to_case(r) for r in rows]


def find_by_reservation(ctx: Context, number: str) -> CardCase | None:
    """The case with this reservation number (input normalised and validated), or None."""
    key = normalize_reservation_number(number)
    row = ctx.db.conn.execute(
        f"SELECT {_COLUMNS} FROM card_cases WHERE reservation_number = ?", (key,)
    ).fetchone()
    return None if row is None else _row_to_case(row)


def find_by_application_id(ctx: Context, application_id: str) -> list[CardCase]:
    """Cases with this 申請書ID (normally one), newest first."""
    key = normalize_application_id(application_id)
    rows = ctx.db.conn.execute(
        f"SELECT {_COLUMNS} FROM card_cases WHERE application_id = ? ORDER BY created_at DESC, id DESC",
        (key,),
    ).fetchall()
    return [_row_to_case(r) for r in rows]


def history(ctx: Context, case_id: str) -> list[CaseHistoryEntry]:
    """The case's openings and moves, oldest first."""
    get_case(ctx, case_id)
    rows = ctx.db.conn.execute(
        "SELECT id, case_id, from_state, to_state, owner, staff_id, at, note FROM card_case_history "
        "WHERE case_id = ? ORDER BY at, id",
        (case_id,),
    ).fetchall()
    return [
        CaseHistoryEntry(
            id=str(r[0]),
            case_id=str(r[1]),
            from_state=None if r[2] is None else CaseState(str(r[2])),
            to_state=CaseState(str(r[3])),
            owner=str(r[4]),
            staff_id=None if r[5] is None else str(r[5]),
            at=parse_utc(str(r[6])),
            note=str(r[7]),
        )
        for r in rows
    ]
