"""Unclaimed cards: the list, reminders (再通知), returned notices (返戻) and disposal (廃棄).

Disposal is proposed by the municipality's rule (`DisposalRule`, a setting) and confirmed by a
supervisor: `dispose` checks the role, re-checks every card against the rule on the day, moves each
case to 廃棄 through the kernel (owner "handover", which itself requires a supervisor), and stores
the batch that prints as one list. Each act appends its count event and an audit entry.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from desktop.core.cases import HANDOVER as OWNER
from desktop.core.cases import CaseState
from desktop.core.errors import Conflict, DomainError, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.ids import new_id
from desktop.core.staff import Role
from desktop.jobs.handover.domain.records import DisposalEntry
from desktop.jobs.handover.domain.unclaimed import Letter, UnclaimedCard, disposal_status
from desktop.jobs.handover.store.handovers import READY_STATES, first_notice_on
from desktop.jobs.handover.store.settings import load_disposal_rule
from desktop.security.permissions import require
from desktop.store import audit
from desktop.store import cases as case_store
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.events import record_event
from desktop.store.people import names_of


def _letter(r: Any) -> Letter:
    return Letter(str(r[0]), str(r[1]), str(r[2]), date.fromisoformat(str(r[3])),
                  None if r[4] is None else date.fromisoformat(str(r[4])))  # fmt: skip


def letters_of(ctx: Context, case_ids: Iterable[str]) -> dict[str, list[Letter]]:
    ids = sorted(set(case_ids))
    out: dict[str, list[Letter]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = ctx.db.conn.execute(
            "SELECT id, case_id, kind, sent_on, returned_on FROM handover_letters "
            f"WHERE case_id IN ({', '.join('?' * len(chunk))}) ORDER BY sent_on, created_at, id",
            chunk,
        )
        for r in rows:
            out[str(r[1])].append(_letter(r))
    return dict(out)


def unclaimed_cards(ctx: Context, today: date | None = None) -> list[UnclaimedCard]:
    """Cards in 通知済 / 来庁案内済, longest-waiting first, with letters and the rule's verdict."""
    day = today or ctx.clock.today()
    rule = load_disposal_rule(ctx)
    cases = case_store.cases_in(ctx, READY_STATES)
    letters = letters_of(ctx, [c.id for c in cases])
    names = names_of(ctx, [c.person_id for c in cases if c.person_id])
    out: list[UnclaimedCard] = []
    for case in cases:
        first = first_notice_on(ctx, case.id) or day
        own = tuple(letters.get(case.id, []))
        reminders = [x.sent_on for x in own if x.kind == "reminder"]
        out.append(UnclaimedCard(
            case.id, case.person_id, names.get(case.person_id or "", ""), case.state.value, first,
            case.reservation_number, own, disposal_status(rule, first, reminders, day),
        ))  # fmt: skip
    out.sort(key=lambda u: (u.first_notice_on, u.case_id))
    return out


def _waiting(ctx: Context, case_id: str) -> None:
    case = case_store.get_case(ctx, case_id)
    if case.state not in READY_STATES:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Errors", "This card is {state}; it is no longer waiting to be collected."),
            state=case.state.label)  # fmt: skip


def record_reminders(ctx: Context, case_ids: list[str], sent_on: date | None = None) -> list[Letter]:
    """A reminder (再通知) sent today for each card (one per card and day); counted `unclaimed_reminder`."""
    day = sent_on or ctx.clock.today()
    out: list[Letter] = []
    with write(ctx.db):
        for case_id in case_ids:
            _waiting(ctx, case_id)
            if ctx.db.conn.execute(
                "SELECT 1 FROM handover_letters WHERE case_id = ? AND kind = 'reminder' AND sent_on = ?",
                (case_id, day.isoformat()),
            ).fetchone():
                raise Conflict(QT_TRANSLATE_NOOP(
                    "Errors", "A reminder for this card was already recorded today."))  # fmt: skip
            letter_id = new_id()
            stamp = ctx.now_text()
            ctx.db.conn.execute(
                "INSERT INTO handover_letters(id, case_id, kind, sent_on, returned_on, staff_id, created_at, "
                "updated_at, device_id) VALUES (?, ?, 'reminder', ?, NULL, ?, ?, ?, ?)",
                (letter_id, case_id, day.isoformat(), ctx.actor.staff_id, stamp, stamp, ctx.device_id),
            )
            record_event(ctx, "unclaimed_reminder", letter_id)
            audit.record(ctx, "create", "handover_letter", letter_id, f"case={case_id} kind=reminder")
            out.append(Letter(letter_id, case_id, "reminder", day))
    return out


def record_return(
    ctx: Context, case_id: str, letter_id: str | None = None, returned_on: date | None = None
) -> Letter:
    """A letter came back undelivered: a reminder (`letter_id`) or, with None, the original notice."""
    day = returned_on or ctx.clock.today()
    stamp = ctx.now_text()
    with write(ctx.db):
        _waiting(ctx, case_id)
        if letter_id is None:
            sent = first_notice_on(ctx, case_id) or day
            row = ctx.db.conn.execute(
                "SELECT id, returned_on FROM handover_letters WHERE case_id = ? AND kind = 'notice'",
                (case_id,),
            ).fetchone()
            if row is not None:
                raise Conflict(QT_TRANSLATE_NOOP("Errors", "The return of this notice is already recorded."))
            letter_id = new_id()
            ctx.db.conn.execute(
                "INSERT INTO handover_letters(id, case_id, kind, sent_on, returned_on, staff_id, created_at, "
                "updated_at, device_id) VALUES (?, ?, 'notice', ?, ?, ?, ?, ?, ?)",
                (letter_id, case_id, sent.isoformat(), max(day, sent).isoformat(), ctx.actor.staff_id, stamp,
                 stamp, ctx.device_id),
            )  # fmt: skip
        else:
            row = ctx.db.conn.execute(
                "SELECT sent_on, returned_on FROM handover_letters WHERE id = ? AND case_id = ?",
                (letter_id, case_id),
            ).fetchone()
            if row is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "That letter is not recorded for this card."))
            if row[1] is not None:
                raise Conflict(QT_TRANSLATE_NOOP("Errors", "The return of this letter is already recorded."))
            if day < date.fromisoformat(str(row[0])):
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Errors", "A letter cannot come back before it was sent. Check the date."))  # fmt: skip
            ctx.db.conn.execute(
                "UPDATE handover_letters SET returned_on = ?, updated_at = ?, device_id = ? WHERE id = ?",
                (day.isoformat(), stamp, ctx.device_id, letter_id),
            )
        record_event(ctx, "unclaimed_returned", letter_id)
        audit.record(ctx, "update", "handover_letter", letter_id, f"case={case_id} returned")
    found = letters_of(ctx, [case_id])[case_id]
    return next(x for x in found if x.id == letter_id)


def due_for_disposal(ctx: Context, today: date | None = None) -> list[UnclaimedCard]:
    """What the app proposes: waiting cards whose disposal date under the rule has come."""
    return [u for u in unclaimed_cards(ctx, today) if u.status.due]


def dispose(ctx: Context, case_ids: list[str]) -> str:
    """A supervisor confirms the disposal (廃棄) of due cards; returns the batch id (for its list)."""
    require(ctx.actor, Role.SUPERVISOR)
    if not case_ids:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose at least one card to dispose of."))
    today = ctx.clock.today()
    batch_id = new_id()
    with write(ctx.db):
        due = {u.case_id: u for u in due_for_disposal(ctx, today)}
        for case_id in case_ids:
            card = due.get(case_id)
            if card is None or card.status.due_on is None:
                _waiting(ctx, case_id)
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Errors", "A chosen card is not yet due for disposal under the municipality's rule."))  # fmt: skip
            case_store.transition(ctx, case_id, CaseState.DISPOSED, owner=OWNER)
            reminders = [x.sent_on for x in card.reminders]
            disposal_id = new_id()
            stamp = ctx.now_text()
            ctx.db.conn.execute(
                "INSERT INTO handover_disposals(id, case_id, batch_id, disposed_on, due_on, first_notice_on, "
                "last_reminder_on, staff_id, created_at, updated_at, device_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (disposal_id, case_id, batch_id, today.isoformat(), card.status.due_on.isoformat(),
                 card.first_notice_on.isoformat(), max(reminders).isoformat() if reminders else None,
                 ctx.actor.staff_id, stamp, stamp, ctx.device_id),
            )  # fmt: skip
            record_event(ctx, "card_disposed", disposal_id)
            audit.record(ctx, "update", "card_case", case_id, f"disposed batch={batch_id}")
    return batch_id


def _disposal(r: Any) -> DisposalEntry:
    return DisposalEntry(
        str(r[0]), str(r[1]), date.fromisoformat(str(r[2])), date.fromisoformat(str(r[3])),
        date.fromisoformat(str(r[4])), None if r[5] is None else date.fromisoformat(str(r[5])),
        None if r[6] is None else str(r[6]),
    )  # fmt: skip


def disposal_batch(ctx: Context, batch_id: str) -> list[DisposalEntry]:
    rows = ctx.db.conn.execute(
        "SELECT case_id, batch_id, disposed_on, due_on, first_notice_on, last_reminder_on, staff_id "
        "FROM handover_disposals WHERE batch_id = ? ORDER BY first_notice_on, case_id",
        (batch_id,),
    ).fetchall()
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That disposal list does not exist."))
    return [_disposal(r) for r in rows]


def disposal_batches(ctx: Context, limit: int = 50) -> list[tuple[str, date, int]]:
    """Recent disposal lists: (batch id, date, number of cards), newest first."""
    rows = ctx.db.conn.execute(
        "SELECT batch_id, max(disposed_on), count(*) FROM handover_disposals GROUP BY batch_id "
        "ORDER BY max(disposed_on) DESC, batch_id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [(str(r[0]), date.fromisoformat(str(r[1])), int(r[2])) for r in rows]
