"""The mailing job's demo: three months of arrivals, notices, batches with tracking numbers, deliveries,
returns and invitations on its own residents and cases, consistent with the case states, and the same
for the same seed."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from desktop.core.cases import CaseState
from desktop.demo import generate
from desktop.jobs.mailing.domain import BatchState
from desktop.jobs.mailing.store import batches
from desktop.jobs.mailing.store.figures import followups, monthly
from desktop.store.open import open_office

TODAY = date(2026, 11, 24)
AFTER_SENT = {CaseState.MAILED, CaseState.DELIVERED, CaseState.RETURNED, CaseState.INVITED,
              CaseState.HANDED_OVER, CaseState.DISPOSED}  # fmt: skip


def summary(data_dir: Path) -> tuple[object, ...]:
    ctx = open_office(data_dir)
    try:
        sent = [b for b in batches.list_batches(ctx) if b.state is BatchState.SENT]
        items = [i for b in sent for i in b.items]
        assert len(sent) >= 5 and len(items) >= 20
        assert all(i.tracking_number and 11 <= len(i.tracking_number) <= 13 for i in items)
        assert len({i.tracking_number for i in items}) == len(items)
        assert all(i.case_state in AFTER_SENT and i.postage_yen and i.sent_on for i in items)
        assert all((i.delivered_on is None) == (i.case_state is not CaseState.DELIVERED) for i in items
                   if i.case_state in (CaseState.DELIVERED, CaseState.MAILED))  # fmt: skip
        states = Counter(i.case_state for i in items)
        assert states[CaseState.DELIVERED] > states[CaseState.RETURNED] + states[CaseState.INVITED] > 0
        figures = monthly(ctx, TODAY - timedelta(days=90), TODAY)
        assert sum(f.arrived for f in figures) >= 60 and sum(f.notices for f in figures) >= 20
        assert sum(f.postage_yen for f in figures) == sum(i.postage_yen or 0 for i in items)
        arrived = ctx.db.conn.execute("SELECT count(*) FROM card_cases WHERE state = 'arrived'").fetchone()[0]
        assert arrived > 0  # today's shipment waits for its set-up
        due = followups(ctx, 14)
        return (len(sent), len(items), tuple(sorted(states.items())), arrived, due.total)
    finally:
        ctx.db.close()


def test_demo_shows_the_mailing_job(tmp_path: Path) -> None:
    generate(tmp_path / "a", 3, today=TODAY)
    first = summary(tmp_path / "a")
    generate(tmp_path / "b", 3, today=TODAY)
    assert summary(tmp_path / "b") == first
