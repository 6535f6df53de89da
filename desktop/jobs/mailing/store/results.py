"""What became of a mailed card: delivered (配達済), returned (返戻), invited to the counter (来庁案内済).

Staff find the item by its tracking number (scanned or typed) or from the follow-up lists. From 来庁案内済
the handover job hands the card over at the counter or disposes of it; its disposal period counts from
the invitation date (`invitation_date`).
"""

from __future__ import annotations

from datetime import date

from desktop.core.cases import CaseState
from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.jobs.mailing.domain import JOB_KEY, MailItem, ReturnReason, check_act_date, clean_note
from desktop.jobs.mailing.store.batches import get_item
from desktop.jobs.mailing.store.common import opt_date
from desktop.store import audit
from desktop.store import cases as case_store
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.events import record_event

S = CaseState


def _result_date(ctx: Context, item: MailItem, on: date | None) -> date:
    """The day the post office delivered or returned the item (its tracking says when): today unless
    given; not in the future, at most 14 days back, not before the item was sent."""
    today = ctx.clock.today()
    return check_act_date(today if on is None else on, today, not_before=item.sent_on)


def record_delivered(ctx: Context, item_id: str, on: date | None = None) -> MailItem:
    """発送済 → 配達済 on `on` (default today; `mail_delivered` event, counted on that day)."""
    with write(ctx.db):
        item = get_item(ctx, item_id)
        day = _result_date(ctx, item, on)
        case_store.transition(ctx, item.case_id, S.DELIVERED, owner=JOB_KEY)
        ctx.db.conn.execute(
            "UPDATE mail_items SET delivered_on = ?, updated_at = ?, device_id = ? WHERE id = ?",
            (day.isoformat(), ctx.now_text(), ctx.device_id, item_id),
        )
        record_event(ctx, "mail_delivered", item.case_id, on=day)
    return get_item(ctx, item_id)


def record_returned(
    ctx: Context, item_id: str, reason: ReturnReason | str, note: str = "", on: date | None = None
) -> MailItem:
    """発送済 → 返戻 on `on` (default today) with the post office's reason (`mail_returned` event, counted on
    that day). Reason "other" needs a note."""
    why = ReturnReason(reason)
    text = clean_note(note, required=why is ReturnReason.OTHER)
    with write(ctx.db):
        item = get_item(ctx, item_id)
        day = _result_date(ctx, item, on)
        case_store.transition(ctx, item.case_id, S.RETURNED, owner=JOB_KEY, note=why.value)
        ctx.db.conn.execute(
            "UPDATE mail_items SET returned_on = ?, return_reason = ?, return_note = ?, updated_at = ?, "
            "device_id = ? WHERE id = ?",
            (day.isoformat(), why.value, text, ctx.now_text(), ctx.device_id, item_id),
        )
        record_event(ctx, "mail_returned", item.case_id, on=day)
    return get_item(ctx, item_id)


def record_invited(ctx: Context, item_id: str) -> MailItem:
    """返戻 → 来庁案内済: the invitation to collect the card at the counter was printed (or saved)."""
    with write(ctx.db):
        item = get_item(ctx, item_id)
        case_store.transition(ctx, item.case_id, S.INVITED, owner=JOB_KEY)
        ctx.db.conn.execute(
            "UPDATE mail_items SET invited_on = ?, updated_at = ?, device_id = ? WHERE id = ?",
            (ctx.clock.today().isoformat(), ctx.now_text(), ctx.device_id, item_id),
        )
    return get_item(ctx, item_id)


def invitation_date(ctx: Context, case_id: str) -> date | None:
    """When the resident was invited to collect a returned card (the handover job's disposal rule
    counts from it); None when the card was never returned and invited."""
    row = ctx.db.conn.execute("SELECT invited_on FROM mail_items WHERE case_id = ?", (case_id,)).fetchone()
    return None if row is None else opt_date(row[0])


def correct_return_note(ctx: Context, item_id: str, note: str) -> MailItem:
    """Change the note of a returned item (audited)."""
    with write(ctx.db):
        item = get_item(ctx, item_id)
        if item.return_reason is None:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "Only a returned item has a return note."))
        text = clean_note(note, required=item.return_reason is ReturnReason.OTHER)
        ctx.db.conn.execute(
            "UPDATE mail_items SET return_note = ?, updated_at = ?, device_id = ? WHERE id = ?",
            (text, ctx.now_text(), ctx.device_id, item_id),
        )
        audit.record(ctx, "update", "mail_item", item_id, "return_note")
    return get_item(ctx, item_id)


def purge_return_notes(ctx: Context, cutoff: date) -> int:
    """Retention: blank the staff notes of items returned before `cutoff` (the rest is not personal)."""
    cur = ctx.db.conn.execute(
        "UPDATE mail_items SET return_note = '', updated_at = ?, device_id = ? "
        "WHERE return_note <> '' AND returned_on < ?",
        (ctx.now_text(), ctx.device_id, cutoff.isoformat()),
    )
    return int(cur.rowcount)
