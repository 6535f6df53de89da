"""Card arrival (カード受入), the 交付前設定, and the 交付通知書: the mailing job's first moves of a case.

Every move goes through `desktop.store.cases.transition(owner="mailing")` (history + audit there) and
records its count event in the same transaction: `card_arrived`, `notice_sent`.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from desktop.core.cases import (
    CardCase,
    CaseState,
    DeliveryMethod,
    check_transition,
    normalize_application_id,
)
from desktop.core.errors import Conflict, DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.ids import new_id
from desktop.core.people import is_kana, kana_key, reject_individual_number
from desktop.jobs.mailing.domain import (
    JOB_KEY,
    CardRow,
    Route,
    check_act_date,
    check_route,
    is_application_id,
    route_of,
)
from desktop.jobs.mailing.store.common import card_row, card_rows, opt_date, rows_in
from desktop.store import cases as case_store
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.events import record_event

S = CaseState
_MAX_CHAR = "\U0010ffff"
_AFTER_ARRIVAL = frozenset(
    {S.ARRIVED, S.CONFIGURED, S.NOTIFIED, S.MAILED, S.DELIVERED, S.RETURNED, S.INVITED, S.HANDED_OVER,
     S.DISPOSED}
)  # fmt: skip


def _application_id_or_none(text: str) -> str | None:
    folded = re.sub(r"[\s\-‐‑‒–—―ー－]", "", unicodedata.normalize("NFKC", text))
    if is_application_id(folded):
        if len(folded) == 12:
            reject_individual_number(folded, "search")  # may be a 個人番号: refused, never searched
        return normalize_application_id(folded)  # 23 digits, or a plain message saying how many
    return None


def find_for_arrival(ctx: Context, text: str, *, limit: int = 50) -> list[CardRow]:
    """Cases a card that just arrived may belong to.

    A 申請書ID (23 digits, scanned from the QR code or typed; spaces and hyphens ignored) finds its
    cases in ANY state, so a card scanned twice says where it already is. Otherwise the text is a
    フリガナ prefix (kana) or part of the 氏名, and only cases in 申請済 are listed."""
    t = unicodedata.normalize("NFKC", text).strip()
    if not t:
        return []
    app_id = _application_id_or_none(t)
    if app_id is not None:
        return card_rows(ctx, "c.application_id = ?", (app_id,), order="c.created_at DESC, c.id")
    reject_individual_number(t, "search")
    if is_kana(t):
        key = kana_key(t)
        return card_rows(
            ctx, "c.state = 'applied' AND p.kana_key >= ? AND p.kana_key < ?", (key, key + _MAX_CHAR),
            order="p.kana_key, p.birth_date, c.id", limit=limit,
        )  # fmt: skip
    needle = re.sub(r"\s+", "", t)
    return card_rows(
        ctx, "c.state = 'applied' AND replace(replace(p.name, ' ', ''), '　', '') LIKE ? ESCAPE '\\'",
        ("%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",),
        order="p.kana_key, p.birth_date, c.id", limit=limit,
    )  # fmt: skip


def _already_arrived(ctx: Context, case: CardCase) -> DomainError:
    row = ctx.db.conn.execute(
        "SELECT arrived_on FROM mailing_arrivals WHERE case_id = ?", (case.id,)
    ).fetchone()
    if row is not None:
        return Conflict(
            QT_TRANSLATE_NOOP(
                "Errors", "This card was already registered as arrived on {date}. It is now: {state}."
            ),
            date=str(row[0]),
            state=case.state.label,
        )
    return Conflict(
        QT_TRANSLATE_NOOP("Errors", "This card case is already past arrival. It is now: {state}."),
        state=case.state.label,
    )


def register_arrival(ctx: Context, case_id: str) -> CardRow:
    """申請済 → 到着 for a card that came from J-LIS (`card_arrived` event)."""
    with write(ctx.db):
        case = case_store.get_case(ctx, case_id)
        if case.state in _AFTER_ARRIVAL:
            raise _already_arrived(ctx, case)
        case_store.transition(ctx, case_id, S.ARRIVED, owner=JOB_KEY)
        _insert_arrival(ctx, case_id, opened_here=False)
        record_event(ctx, "card_arrived", case_id)
    return card_row(ctx, case_id)


def register_elsewhere(
    ctx: Context,
    person_id: str,
    *,
    application_id: str | None = None,
    delivery_method: DeliveryMethod | str = DeliveryMethod.COUNTER,
) -> CardRow:
    """A card applied for elsewhere (no case here yet): open a case directly in 到着."""
    app_id = None if application_id is None or not application_id.strip() else (
        normalize_application_id(application_id))  # fmt: skip
    with write(ctx.db):
        if app_id is not None and case_store.find_by_application_id(ctx, app_id):
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A card case with this application ID already exists. Find it by the ID and register "
                    "it from the list.",
                )
            )
        case = case_store.open_case(
            ctx, person_id, owner=JOB_KEY, state=S.ARRIVED, application_id=app_id,
            delivery_method=delivery_method, note="applied elsewhere",
        )  # fmt: skip
        _insert_arrival(ctx, case.id, opened_here=True)
        record_event(ctx, "card_arrived", case.id)
    return card_row(ctx, case.id)


def _insert_arrival(ctx: Context, case_id: str, *, opened_here: bool) -> None:
    now = ctx.now_text()
    ctx.db.conn.execute(
        "INSERT INTO mailing_arrivals(id, case_id, arrived_on, opened_here, created_at, updated_at, "
        "device_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (new_id(), case_id, ctx.clock.today().isoformat(), int(opened_here), now, now, ctx.device_id),
    )


def mark_configured(ctx: Context, case_id: str) -> CardRow:
    """到着 → 設定済: the 交付前設定 is done."""
    with write(ctx.db):
        case_store.transition(ctx, case_id, S.CONFIGURED, owner=JOB_KEY)
        today = ctx.clock.today().isoformat()
        cur = ctx.db.conn.execute(
            "UPDATE mailing_arrivals SET configured_on = ?, updated_at = ?, device_id = ? WHERE case_id = ?",
            (today, ctx.now_text(), ctx.device_id, case_id),
        )
        if cur.rowcount == 0:  # arrived before this job kept arrival rows: keep the dates consistent
            _insert_arrival(ctx, case_id, opened_here=False)
            ctx.db.conn.execute(
                "UPDATE mailing_arrivals SET configured_on = arrived_on WHERE case_id = ?", (case_id,)
            )
    return card_row(ctx, case_id)


def mark_configured_many(ctx: Context, case_ids: list[str]) -> list[CardRow]:
    """The set-up of several cards done at once: all or none."""
    with write(ctx.db):
        return [mark_configured(ctx, case_id) for case_id in case_ids]


def record_notice(ctx: Context, case_id: str, reservation_number: str, sent_on: date) -> CardRow:
    """設定済 → 通知済 for a card collected at the counter: the 交付通知書 with this reservation number
    went out on `sent_on` (`notice_sent` event). Booking and handover find the case by the number."""
    with write(ctx.db):
        row = card_row(ctx, case_id)
        check_transition(row.state, S.NOTIFIED, JOB_KEY, ctx.actor.role)  # the kernel's refusal first
        check_route(row.case, Route.COUNTER)
        check_act_date(sent_on, ctx.clock.today(), not_before=row.configured_on)
        case_store.update_case(ctx, case_id, reservation_number=reservation_number)
        case_store.transition(ctx, case_id, S.NOTIFIED, owner=JOB_KEY)
        ctx.db.conn.execute(
            "UPDATE mailing_arrivals SET notice_sent_on = ?, updated_at = ?, device_id = ? WHERE case_id = ?",
            (sent_on.isoformat(), ctx.now_text(), ctx.device_id, case_id),
        )
        record_event(ctx, "notice_sent", case_id, on=sent_on)
    return card_row(ctx, case_id)


# --- lists ---------------------------------------------------------------------------------------


def arrived_waiting(ctx: Context) -> list[CardRow]:
    """Cards arrived whose 交付前設定 is not done yet, longest-waiting first."""
    return rows_in(ctx, [S.ARRIVED])


def arrivals_on(ctx: Context, day: date) -> list[CardRow]:
    """Cards registered as arrived on a day (whatever they became since)."""
    return card_rows(ctx, "a.arrived_on = ?", (day.isoformat(),), order="a.created_at, c.id")


def ready_for_notice(ctx: Context) -> list[CardRow]:
    """Set-up cards to be collected at the counter: their 交付通知書 is still to be sent."""
    return [r for r in rows_in(ctx, [S.CONFIGURED]) if route_of(r.case) is Route.COUNTER]


def ready_for_mailing(ctx: Context) -> list[CardRow]:
    """Set-up cards to go by post that are in no batch yet."""
    rows = card_rows(
        ctx, "c.state = 'configured' AND NOT EXISTS (SELECT 1 FROM mail_items m WHERE m.case_id = c.id)"
    )
    return [r for r in rows if route_of(r.case) is Route.POST]


def notices_sent_on(ctx: Context, day: date) -> list[CardRow]:
    return card_rows(ctx, "a.notice_sent_on = ?", (day.isoformat(),), order="c.state_at, c.id")


def arrival_dates(ctx: Context, case_id: str) -> tuple[date | None, date | None, date | None]:
    """(arrived, configured, notice sent) of a case; Nones when it never arrived here."""
    row = ctx.db.conn.execute(
        "SELECT arrived_on, configured_on, notice_sent_on FROM mailing_arrivals WHERE case_id = ?", (case_id,)
    ).fetchone()
    if row is None:
        return (None, None, None)
    return (opt_date(row[0]), opt_date(row[1]), opt_date(row[2]))
