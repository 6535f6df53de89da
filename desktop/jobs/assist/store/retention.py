"""The job's retention rule `assist_records`: finished applications older than the period lose their
links to the resident and the visit, the phone, the questions and the reason of a stop. The record (what
was chosen, the time taken, the case link) and the counts stay."""

from __future__ import annotations

from datetime import date

from desktop.store.context import Context
from desktop.store.db import write


def purge_records(ctx: Context, cutoff: date) -> int:
    with write(ctx.db):
        cur = ctx.db.conn.execute(
            "UPDATE assist_records SET person_id = NULL, visit_id = NULL, phone = '', questions = '', "
            "suspend_reason = '', updated_at = ?, device_id = ? WHERE status = 'done' AND business_date < ? "
            "AND (person_id IS NOT NULL OR visit_id IS NOT NULL OR phone <> '' OR questions <> '' "
            "OR suspend_reason <> '')",
            (ctx.now_text(), ctx.device_id, cutoff.isoformat()),
        )
        return int(cur.rowcount)
