"""Walk-in services (電子証明書更新, 暗証番号再設定・変更, 券面事項変更) recorded in one transaction:
the visit (checked in as a walk-in when there is none) is completed, the record stored with document
KEYS and the rule met, and an event of the service's own kind appended (value = minutes served)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from desktop.core.clock import business_date, parse_utc
from desktop.core.errors import NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.ids import new_id
from desktop.core.visits import VisitState
from desktop.jobs.handover.domain.checklist import check_note, document_keys
from desktop.jobs.handover.domain.records import WalkInRecord
from desktop.jobs.handover.domain.walkin import WalkInDraft, WalkInService, check_walkin
from desktop.jobs.handover.store.handovers import served_minutes, serving_visit
from desktop.store import audit
from desktop.store import visits as visit_store
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.events import record_event
from desktop.store.identity import load_identity

ENTITY = "walkin_service"
_COLUMNS = (
    "id, visit_id, person_id, service, detail, business_date, done_at, identity_rule, identity_documents, "
    "note, staff_id"
)


def _row(r: Any) -> WalkInRecord:
    return WalkInRecord(
        id=str(r[0]), visit_id=None if r[1] is None else str(r[1]),
        person_id=None if r[2] is None else str(r[2]), service=str(r[3]), detail=str(r[4]),
        business_date=date.fromisoformat(str(r[5])), done_at=parse_utc(str(r[6])),
        identity_rule=str(r[7]), identity_documents=tuple(json.loads(str(r[8]))), note=str(r[9]),
        staff_id=None if r[10] is None else str(r[10]),
    )  # fmt: skip


def get_walkin(ctx: Context, record_id: str) -> WalkInRecord:
    row = ctx.db.conn.execute(f"SELECT {_COLUMNS} FROM walkin_services WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That service record does not exist."))
    return _row(row)


def walkins_between(ctx: Context, start: date, end: date) -> list[WalkInRecord]:
    rows = ctx.db.conn.execute(
        f"SELECT {_COLUMNS} FROM walkin_services WHERE business_date BETWEEN ? AND ? ORDER BY done_at, id",
        (start.isoformat(), end.isoformat()),
    ).fetchall()
    return [_row(r) for r in rows]


def record_walkin(ctx: Context, draft: WalkInDraft, *, visit_already_done: bool = False) -> WalkInRecord:
    """Record one walk-in service for one resident (the visit is completed; a walk-in is checked in)."""
    catalogue, rules = load_identity(ctx)
    service = WalkInService(draft.service)
    evaluation = check_walkin(draft, rules=rules, catalogue=catalogue)
    documents = document_keys(draft.documents, catalogue)
    note = check_note(draft.note)
    now = ctx.clock.now()
    with write(ctx.db):
        if visit_already_done:
            if draft.visit_id is None:
                raise ValueError("visit_already_done needs the visit")
            visit = visit_store.get_visit(ctx, draft.visit_id)
            if visit.state is not VisitState.DONE or visit.person_id != draft.person_id:
                raise ValueError("not a finished visit of this resident")
        else:
            visit = visit_store.complete(
                ctx, serving_visit(ctx, draft.person_id, service.value, draft.visit_id).id
            )
        record_id = new_id()
        stamp = ctx.now_text()
        ctx.db.conn.execute(
            f"INSERT INTO walkin_services({_COLUMNS}, created_at, updated_at, device_id) "
            f"VALUES ({', '.join('?' * 14)})",
            (record_id, visit.id, draft.person_id, service.value, draft.resolved_detail(),
             business_date(now).isoformat(), stamp, evaluation.rule_met, json.dumps(list(documents)), note,
             ctx.actor.staff_id, stamp, stamp, ctx.device_id),
        )  # fmt: skip
        record_event(ctx, service.value, record_id, value=served_minutes(visit))
        audit.record(ctx, "create", ENTITY, record_id, f"service={service.value} rule={evaluation.rule_met}")
    return get_walkin(ctx, record_id)
