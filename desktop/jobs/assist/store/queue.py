"""What the start screen lists: today's 申請サポート visits at the place work is done (the office or a
pop-up venue), the applications to continue or resume, and today's venue sessions. A listing of names
(`names_of`): not an opened record, so not audited; opening a row is."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.visits import VisitState
from desktop.jobs.assist.domain.records import QueueRow
from desktop.jobs.assist.domain.venues import VenueSession
from desktop.jobs.assist.store.begin import SERVICE
from desktop.jobs.assist.store.records import unfinished
from desktop.jobs.assist.store.venues import venue_sessions
from desktop.store import visits as visit_store
from desktop.store.context import Context
from desktop.store.events import site_of
from desktop.store.people import names_of

OPEN_VISITS = (VisitState.WAITING, VisitState.SERVING)


@dataclass(frozen=True)
class StartData:
    visits: list[QueueRow]
    unfinished: list[QueueRow]
    venues: list[VenueSession]  # today's pop-up sessions


def start_data(ctx: Context, venue_session_id: str | None = None) -> StartData:
    today = ctx.clock.today()
    venues = venue_sessions(ctx, today, today)
    venue = next((v for v in venues if v.id == venue_session_id), None)
    site = venue.site_id if venue is not None else site_of(ctx.at_site(None))
    visits = [v for v in visit_store.visits_on(ctx, today, site)
              if v.service == SERVICE and v.state in OPEN_VISITS]  # fmt: skip
    records = unfinished(ctx)
    names = names_of(ctx, [v.person_id for v in visits] + [r.person_id for r in records])
    open_by_person = {r.person_id: r for r in records}
    rows = [QueueRow(v.person_id, names.get(v.person_id, ""), visit=v,
                     record_id=open_by_person[v.person_id].id if v.person_id in open_by_person else None)
            for v in visits]  # fmt: skip
    later = [QueueRow(r.person_id, names.get(r.person_id, ""), record_id=r.id, status=r.status, step=r.draft.step.value,
                      business_date=r.business_date, suspend_reason=r.suspend_reason) for r in records]  # fmt: skip
    return StartData(rows, later, venues)
