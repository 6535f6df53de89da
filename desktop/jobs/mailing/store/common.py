"""Shared pieces of the mailing store: reading card rows with the resident's name and address."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from desktop.core.cases import CaseState
from desktop.jobs.mailing.domain import CardRow
from desktop.store import audit
from desktop.store import cases as case_store
from desktop.store.context import Context
from desktop.store.db import write

# card_cases c, people p (may be unlinked by retention), mailing_arrivals a (absent before arrival)
ROW_SELECT = (
    "SELECT c.id, coalesce(p.name, ''), coalesce(p.kana, ''), p.birth_date, coalesce(p.postal_code, ''), "
    "coalesce(p.address, ''), a.arrived_on, a.configured_on, a.notice_sent_on "
    "FROM card_cases c LEFT JOIN people p ON p.id = c.person_id "
    "LEFT JOIN mailing_arrivals a ON a.case_id = c.id"
)


def opt_date(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


def card_rows(ctx: Context, where: str, params: Sequence[object] = (), order: str = "c.state_at, c.id",
              limit: int | None = None) -> list[CardRow]:
    """Card rows matching `where` (SQL over c, p, a). A list, not an opened record: not audited."""
    sql = f"{ROW_SELECT} WHERE {where} ORDER BY {order}"
    args = list(params)
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    rows = ctx.db.conn.execute(sql, args).fetchall()
    out: list[CardRow] = []
    for r in rows:
        out.append(
            CardRow(
                case=case_store.get_case(ctx, str(r[0])),
                name=str(r[1]),
                kana=str(r[2]),
                birth_date=opt_date(r[3]),
                postal_code=str(r[4]),
                address=str(r[5]),
                arrived_on=opt_date(r[6]),
                configured_on=opt_date(r[7]),
                notice_sent_on=opt_date(r[8]),
            )
        )
    return out


def card_row(ctx: Context, case_id: str) -> CardRow:
    case_store.get_case(ctx, case_id)  # NotFound with the kernel's message
    return card_rows(ctx, "c.id = ?", (case_id,))[0]


def rows_in(ctx: Context, states: Sequence[CaseState]) -> list[CardRow]:
    keys = [s.value for s in states]
    marks = ", ".join("?" for _ in keys)
    return card_rows(ctx, f"c.state IN ({marks})", keys)


def audit_cases(ctx: Context, action: str, case_ids: Sequence[str], detail: str) -> None:
    """One audit entry per resident's case (a document viewed, printed or saved: `detail` names it)."""
    with write(ctx.db):
        for case_id in case_ids:
            audit.record(ctx, action, "card_case", case_id, detail)
