"""The supervisor's dashboard as plain data (Qt-free, pure): what the charts and tiles show.

- the cumulative issue rate of the current fiscal year month by month, against the national target
  band (lower..upper), taken from the follow-up table (so both always agree);
- the daily load of the last weeks: handovers, application support, other counter services per day;
- the average minutes per assisted application (the `value` the assistance job records on its
  `assist` / `popup_assist` events) and the no-show rate, over the same weeks;
- outstanding mailings (set-up cards to be posted, cards in the post, cards returned) and unclaimed
  cards (notice sent or invited to the counter, not yet collected), with the longest wait in days.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from desktop.core.cases import CardCase, CaseState
from desktop.core.clock import business_date
from desktop.jobs.reports.domain.figures import Mark
from desktop.jobs.reports.domain.periods import Month
from desktop.jobs.reports.domain.plan import PlanTable


@dataclass(frozen=True)
class RatePoint:
    month: Month
    rate: float | None  # cumulative issue rate in percent; None: not set or still to come
    lower: float | None
    upper: float | None


@dataclass(frozen=True)
class LoadDay:
    day: date
    counts: tuple[int, ...]  # one per load group (figures.LOAD_GROUPS)
    checkins: int

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class Backlog:
    """Cards waiting in some states: how many, and the longest wait in days (None when none)."""

    count: int
    oldest_days: int | None
    by_state: tuple[tuple[CaseState, int], ...] = ()


@dataclass(frozen=True)
class Dashboard:
    today: date
    window_start: date
    plan: PlanTable
    rates: tuple[RatePoint, ...]
    load: tuple[LoadDay, ...]
    average_minutes: float | None
    assisted_with_minutes: int
    no_shows: int
    checkins: int
    no_show_rate: float | None
    mailings: Backlog
    unclaimed: Backlog


def _number(cell: object) -> float | None:
    if isinstance(cell, Mark) or cell is None:
        return None
    return float(cell)  # type: ignore[arg-type]


def rate_points(plan: PlanTable) -> tuple[RatePoint, ...]:
    rate, lower, upper = plan.row("rate"), plan.row("target_lower"), plan.row("target_upper")
    return tuple(
        RatePoint(m, _number(rate.cells[i]), _number(lower.cells[i]), _number(upper.cells[i]))
        for i, m in enumerate(plan.months)
    )


def average_minutes(values: Iterable[int | None]) -> tuple[float | None, int]:
    """The mean of the recorded minutes (events without a value are left out) and how many had one."""
    minutes = [v for v in values if v is not None and v >= 0]
    if not minutes:
        return None, 0
    return round(sum(minutes) / len(minutes), 1), len(minutes)


MAILING_STATES = (CaseState.CONFIGURED, CaseState.MAILED, CaseState.RETURNED)
UNCLAIMED_STATES = (CaseState.NOTIFIED, CaseState.INVITED)


def _days_waiting(since: datetime, today: date) -> int:
    return max(0, (today - business_date(since)).days)


def backlog(cases: Sequence[CardCase], states: Sequence[CaseState], today: date, *,
            posted_only: bool = False) -> Backlog:
    """Cases in `states`; with `posted_only`, set-up cards count only when they go by post (the
    mailing job's route: `CardCase.goes_by_post`)."""
    chosen = [
        c for c in cases
        if c.state in states and not (posted_only and c.state == CaseState.CONFIGURED and not c.goes_by_post)
    ]  # fmt: skip
    by_state = tuple((s, sum(1 for c in chosen if c.state == s)) for s in states)
    oldest = max((_days_waiting(c.state_at, today) for c in chosen), default=None)
    return Backlog(len(chosen), oldest, by_state)
