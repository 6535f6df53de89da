"""Follow-up lists and monthly figures of the mailing job.

Monthly figures come from the netted count events (voids applied), like every report: arrivals
(`card_arrived`), notices (`notice_sent`), items sent (`mail_sent`, whose value is the postage in yen),
delivered (`mail_delivered`) and returned (`mail_returned`). Each count belongs to the business date
the step was recorded on.
"""

from __future__ import annotations

from datetime import date, timedelta

from desktop.core.counts import effective
from desktop.jobs.mailing.domain import (
    FollowUps,
    MailItem,
    MonthFigures,
    month_start,
    months_between,
    next_month,
)
from desktop.jobs.mailing.store.batches import items_where
from desktop.store.context import Context
from desktop.store.events import events_between

KINDS = ("card_arrived", "notice_sent", "mail_sent", "mail_delivered", "mail_returned")
_FIELD = {
    "card_arrived": "arrived",
    "notice_sent": "notices",
    "mail_sent": "sent",
    "mail_delivered": "delivered",
    "mail_returned": "returned",
}


def followups(ctx: Context, days: int) -> FollowUps:
    """Items sent `days` or more days ago still without delivery or return; returns not yet invited;
    invitations whose card was not collected yet (oldest first, with the days waited)."""
    today = ctx.clock.today()
    cutoff = (today - timedelta(days=days)).isoformat()

    def waited(items: list[MailItem], since: str) -> tuple[tuple[MailItem, int], ...]:
        out = []
        for item in items:
            start = getattr(item, since)
            out.append((item, (today - start).days if start else 0))
        return tuple(out)

    unconfirmed = items_where(
        ctx, "c.state = 'mailed' AND m.sent_on <= ?", (cutoff,), order="m.sent_on, b.number, m.position"
    )
    returned = items_where(ctx, "c.state = 'returned'", order="m.returned_on, b.number, m.position")
    invited = items_where(ctx, "c.state = 'invited'", order="m.invited_on, b.number, m.position")
    return FollowUps(
        unconfirmed=waited(unconfirmed, "sent_on"),
        returned_not_invited=waited(returned, "returned_on"),
        invited_not_collected=waited(invited, "invited_on"),
    )


def monthly(ctx: Context, first: date, last: date) -> list[MonthFigures]:
    """One MonthFigures per month from `first`'s month to `last`'s month inclusive."""
    months = months_between(first, last)
    if not months:
        return []
    end = next_month(months[-1]) - timedelta(days=1)
    totals: dict[date, dict[str, int]] = {m: dict.fromkeys(_FIELD.values(), 0) | {"postage_yen": 0} for m in months}
    for event in effective(events_between(ctx, months[0], end, KINDS)):
        bucket = totals.get(month_start(event.business_date))
        if bucket is None:
            continue
        bucket[_FIELD[event.kind]] += 1
        if event.kind == "mail_sent" and event.value is not None:
            bucket["postage_yen"] += event.value
    return [MonthFigures(month=m, **totals[m]) for m in months]
