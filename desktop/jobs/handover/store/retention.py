"""The job's retention rule: handover and walk-in records older than the period lose their links to
the resident and the visit (the counts, the case link and the document kinds stay)."""

from __future__ import annotations

from datetime import date

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.retention import RetentionRule, setting_key_for
from desktop.store.context import Context

KEY = "handover_records"


def purge_handover_records(ctx: Context, cutoff: date) -> int:
    now = ctx.now_text()
    total = 0
    for table in ("handovers", "walkin_services"):
        cur = ctx.db.conn.execute(
            f"UPDATE {table} SET person_id = NULL, visit_id = NULL, note = '', updated_at = ?, device_id = ? "
            "WHERE business_date < ? AND (person_id IS NOT NULL OR visit_id IS NOT NULL OR note <> '')",
            (now, ctx.device_id, cutoff.isoformat()),
        )
        total += int(cur.rowcount)
    return total


RULE = RetentionRule(
    KEY, QT_TRANSLATE_NOOP("Retention", "Residents' links in handover and counter service records"),
    setting_key_for(KEY), 730, purge_handover_records,
)  # fmt: skip
