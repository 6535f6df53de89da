"""Mailing batches (発送) and their items: prepare, number, tracking numbers, send.

A batch is prepared as a draft (cases chosen from those ready for mailing; items may be added or
removed, tracking numbers entered or scanned), then sent on a date: each item gets the postage in
force on that date for its delivery method, its case moves 設定済 → 発送済 and a `mail_sent` event
carries the postage as its value, so reports can total the yen spent per month.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date
from typing import Any

from desktop.core.cases import CaseState, DeliveryMethod
from desktop.core.clock import parse_utc
from desktop.core.errors import Conflict, DomainError, InvalidTransition, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.ids import new_id
from desktop.jobs.mailing.domain import (
    JOB_KEY,
    BatchIncomplete,
    BatchState,
    MailBatch,
    MailItem,
    ReturnReason,
    Route,
    check_act_date,
    check_postage,
    check_route,
    format_tracking,
    normalize_tracking_number,
)
from desktop.jobs.mailing.store.common import card_row, opt_date
from desktop.store import audit
from desktop.store import cases as case_store
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.events import record_event
from desktop.store.office import postage_on

S = CaseState

ITEM_SELECT = (
    "SELECT m.id, m.batch_id, m.case_id, m.position, m.method, m.tracking_number, m.postage_yen, "
    "m.sent_on, m.delivered_on, m.returned_on, m.return_reason, m.return_note, m.invited_on, b.number, "
    "coalesce(p.name, ''), coalesce(p.postal_code, ''), coalesce(p.address, ''), c.state "
    "FROM mail_items m JOIN mail_batches b ON b.id = m.batch_id JOIN card_cases c ON c.id = m.case_id "
    "LEFT JOIN people p ON p.id = c.person_id"
)


def _item(r: Any) -> MailItem:
    return MailItem(
        id=str(r[0]), batch_id=str(r[1]), case_id=str(r[2]), position=int(r[3]),
        method=DeliveryMethod(str(r[4])), tracking_number=None if r[5] is None else str(r[5]),
        postage_yen=None if r[6] is None else int(r[6]), sent_on=opt_date(r[7]), delivered_on=opt_date(r[8]),
        returned_on=opt_date(r[9]), return_reason=None if r[10] is None else ReturnReason(str(r[10])),
        return_note=str(r[11]), invited_on=opt_date(r[12]), batch_number=int(r[13]), name=str(r[14]),
        postal_code=str(r[15]), address=str(r[16]), case_state=CaseState(str(r[17])),
    )  # fmt: skip


def items_where(ctx: Context, where: str, params: Sequence[object] = (),
                order: str = "b.number, m.position") -> list[MailItem]:
    rows = ctx.db.conn.execute(f"{ITEM_SELECT} WHERE {where} ORDER BY {order}", list(params)).fetchall()
    return [_item(r) for r in rows]


def get_item(ctx: Context, item_id: str) -> MailItem:
    found = items_where(ctx, "m.id = ?", (item_id,))
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That mailed item does not exist."))
    return found[0]


def item_of_case(ctx: Context, case_id: str) -> MailItem | None:
    found = items_where(ctx, "m.case_id = ?", (case_id,))
    return found[0] if found else None


def find_by_tracking(ctx: Context, text: str) -> MailItem | None:
    """The item with this tracking number (input normalised and validated), or None."""
    number = normalize_tracking_number(text)
    found = items_where(ctx, "m.tracking_number = ?", (number,))
    return found[0] if found else None


# --- batches -------------------------------------------------------------------------------------

_BATCH_COLS = "id, number, state, prepared_at, sent_on"


def _batch(ctx: Context, r: Any) -> MailBatch:
    return MailBatch(
        id=str(r[0]), number=int(r[1]), state=BatchState(str(r[2])), prepared_at=parse_utc(str(r[3])),
        sent_on=opt_date(r[4]), items=tuple(items_where(ctx, "m.batch_id = ?", (str(r[0]),))),
    )  # fmt: skip


def get_batch(ctx: Context, batch_id: str) -> MailBatch:
    r = ctx.db.conn.execute(f"SELECT {_BATCH_COLS} FROM mail_batches WHERE id = ?", (batch_id,)).fetchone()
    if r is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That mailing batch does not exist."))
    return _batch(ctx, r)


def batch_by_number(ctx: Context, number: int) -> MailBatch:
    r = ctx.db.conn.execute(f"SELECT {_BATCH_COLS} FROM mail_batches WHERE number = ?", (number,)).fetchone()
    if r is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no mailing batch number {number}."), number=number)
    return _batch(ctx, r)


def list_batches(ctx: Context, *, limit: int = 100) -> list[MailBatch]:
    """Drafts first, then sent batches, newest first."""
    rows = ctx.db.conn.execute(
        f"SELECT {_BATCH_COLS} FROM mail_batches ORDER BY state = 'sent', number DESC LIMIT ?", (limit,)
    ).fetchall()
    return [_batch(ctx, r) for r in rows]


def _draft(ctx: Context, batch_id: str) -> MailBatch:
    batch = get_batch(ctx, batch_id)
    if batch.state is not BatchState.DRAFT:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "Batch {number} was already sent; it cannot be changed."),
            number=batch.number,
        )
    return batch


def _check_ready(ctx: Context, case_id: str) -> DeliveryMethod:
    row = card_row(ctx, case_id)
    if row.state is not S.CONFIGURED:
        raise InvalidTransition(
            QT_TRANSLATE_NOOP(
                "Errors", "Only set-up cards can be mailed; this card case is {state}. Refresh the list."
            ),
            state=row.state.label,
        )
    check_route(row.case, Route.POST)
    taken = item_of_case(ctx, case_id)
    if taken is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "This card is already in mailing batch {number}."),
            number=taken.batch_number,
        )
    return row.case.delivery_method


def _append(ctx: Context, batch_id: str, case_ids: Sequence[str]) -> None:
    row = ctx.db.conn.execute(
        "SELECT coalesce(max(position), 0) FROM mail_items WHERE batch_id = ?", (batch_id,)
    ).fetchone()
    position = int(row[0])
    now = ctx.now_text()
    for case_id in dict.fromkeys(case_ids):
        method = _check_ready(ctx, case_id)
        position += 1
        ctx.db.conn.execute(
            "INSERT INTO mail_items(id, batch_id, case_id, position, method, created_at, updated_at, "
            "device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (new_id(), batch_id, case_id, position, method.value, now, now, ctx.device_id),
        )


def create_batch(ctx: Context, case_ids: Sequence[str]) -> MailBatch:
    """A new draft batch of set-up cards going by post, in the order given."""
    if not case_ids:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose at least one card for the batch."))
    batch_id = new_id()
    now = ctx.now_text()
    with write(ctx.db):
        number = int(ctx.db.conn.execute("SELECT coalesce(max(number), 0) + 1 FROM mail_batches").fetchone()[0])
        ctx.db.conn.execute(
            "INSERT INTO mail_batches(id, number, state, prepared_at, staff_id, created_at, updated_at, "
            "device_id) VALUES (?, ?, 'draft', ?, ?, ?, ?, ?)",
            (batch_id, number, now, ctx.actor.staff_id, now, now, ctx.device_id),
        )
        _append(ctx, batch_id, case_ids)
        audit.record(ctx, "create", "mail_batch", batch_id, f"items={len(set(case_ids))}")
    return get_batch(ctx, batch_id)


def add_to_batch(ctx: Context, batch_id: str, case_ids: Sequence[str]) -> MailBatch:
    with write(ctx.db):
        _draft(ctx, batch_id)
        _append(ctx, batch_id, case_ids)
        audit.record(ctx, "update", "mail_batch", batch_id, f"added={len(set(case_ids))}")
    return get_batch(ctx, batch_id)


def remove_from_batch(ctx: Context, batch_id: str, item_id: str) -> MailBatch:
    """Take an item out of a draft batch (the card is ready for mailing again); the rest renumbered."""
    with write(ctx.db):
        batch = _draft(ctx, batch_id)
        if item_id not in {i.id for i in batch.items}:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That item is not in this batch."))
        ctx.db.conn.execute("DELETE FROM mail_items WHERE id = ?", (item_id,))
        _renumber(ctx, batch_id)
        audit.record(ctx, "update", "mail_batch", batch_id, "removed=1")
    return get_batch(ctx, batch_id)


def _renumber(ctx: Context, batch_id: str) -> None:
    ids = [str(r[0]) for r in ctx.db.conn.execute(
        "SELECT id FROM mail_items WHERE batch_id = ? ORDER BY position, id", (batch_id,))]  # fmt: skip
    for position, item_id in enumerate(ids, start=1):
        ctx.db.conn.execute("UPDATE mail_items SET position = ? WHERE id = ?", (position, item_id))


def discard_batch(ctx: Context, batch_id: str) -> None:
    """Delete a draft batch: its cards become ready for mailing again."""
    with write(ctx.db):
        _draft(ctx, batch_id)
        ctx.db.conn.execute("DELETE FROM mail_items WHERE batch_id = ?", (batch_id,))
        ctx.db.conn.execute("DELETE FROM mail_batches WHERE id = ?", (batch_id,))
        audit.record(ctx, "delete", "mail_batch", batch_id, "draft discarded")


def set_tracking(ctx: Context, item_id: str, text: str | None) -> MailItem:
    """Enter, correct or (with None / empty text, drafts only) clear an item's tracking number.

    A number already used by another item is refused, naming that item's batch and position."""
    number = None if text is None or not text.strip() else normalize_tracking_number(text)
    with write(ctx.db):
        item = get_item(ctx, item_id)
        if item.delivered_on is not None or item.returned_on is not None:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "Errors", "The item was already delivered or returned; its tracking number stays as it is."
                )
            )
        if number is None and item.sent_on is not None:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "A mailed item keeps its tracking number."))
        if number is not None:
            other = items_where(ctx, "m.tracking_number = ? AND m.id <> ?", (number, item_id))
            if other:
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Tracking number {number} is already used for item {position} of batch {batch}. "
                        "Check the label.",
                    ),
                    number=format_tracking(number),
                    position=other[0].position,
                    batch=other[0].batch_number,
                )
        try:
            ctx.db.conn.execute(
                "UPDATE mail_items SET tracking_number = ?, updated_at = ?, device_id = ? WHERE id = ?",
                (number, ctx.now_text(), ctx.device_id, item_id),
            )
        except sqlite3.IntegrityError as exc:  # another device took it meanwhile
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "That tracking number is already used by another item.")
            ) from exc
        audit.record(ctx, "update", "mail_item", item_id, "tracking_number")
    return get_item(ctx, item_id)


def send_batch(ctx: Context, batch_id: str, sent_on: date) -> MailBatch:
    """Record that a draft batch went to the post office on `sent_on`.

    Every item needs its tracking number; each gets the postage in force on `sent_on` for its method.
    Each case moves 設定済 → 発送済 with a `mail_sent` event whose value is the postage in yen."""
    today = ctx.clock.today()
    with write(ctx.db):
        batch = _draft(ctx, batch_id)
        if not batch.items:
            raise BatchIncomplete(QT_TRANSLATE_NOOP("Errors", "The batch is empty. Add cards or discard it."))
        if batch.missing_tracking:
            raise BatchIncomplete(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{count} item(s) have no tracking number yet. Enter or scan every tracking number before "
                    "recording the batch as sent.",
                ),
                count=batch.missing_tracking,
            )
        for item in batch.items:
            row = card_row(ctx, item.case_id)
            check_act_date(sent_on, today, not_before=row.configured_on)
            yen = check_postage(postage_on(ctx, sent_on, item.method.value), item.method, sent_on)
            case_store.transition(ctx, item.case_id, S.MAILED, owner=JOB_KEY, note=f"batch {batch.number}")
            ctx.db.conn.execute(
                "UPDATE mail_items SET sent_on = ?, postage_yen = ?, updated_at = ?, device_id = ? WHERE id = ?",
                (sent_on.isoformat(), yen, ctx.now_text(), ctx.device_id, item.id),
            )
            record_event(ctx, "mail_sent", item.case_id, value=yen, on=sent_on)
        ctx.db.conn.execute(
            "UPDATE mail_batches SET state = 'sent', sent_on = ?, updated_at = ?, device_id = ? WHERE id = ?",
            (sent_on.isoformat(), ctx.now_text(), ctx.device_id, batch_id),
        )
        audit.record(ctx, "update", "mail_batch", batch_id, f"sent items={len(batch.items)}")
    return get_batch(ctx, batch_id)


def expected_postage(ctx: Context, batch: MailBatch, on: date) -> dict[str, int | None]:
    """Postage per item id: as stored for a sent batch, else the price in force on `on` (None if unset)."""
    out: dict[str, int | None] = {}
    for item in batch.items:
        out[item.id] = item.postage_yen if item.sent_on else postage_on(ctx, on, item.method.value)
    return out
