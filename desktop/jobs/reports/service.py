"""The reports' readers (Qt-free): build the sheets, the follow-up table and the dashboard from the kernel.

They read only what the foundation keeps, so they work whichever jobs have landed: the count events
(netting `void`; `desktop.store.events` and the job's own fast count in `reports.store`), the dated
settings and profile (`desktop.store.office`), the office calendar and its sessions
(`desktop.store.calendar`), and the card cases' states (`desktop.store.cases`). Called on the
database thread by the GUI, directly by the CLI and the tests.

A weekend session counts as held (土日開庁) when the calendar had it and some event that still counts
was recorded at its site that day. 'weekend' sessions count always; 'extra' sessions count when they
fall on a day the office is otherwise closed (Saturday, Sunday, a national holiday, 年末年始), so an
evening desk on a weekday is not a weekend opening.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta

from desktop.core import calendar as core_calendar
from desktop.core.calendar import OPENING_KINDS, Session
from desktop.core.counts import CountKind, effective
from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.office import OfficeProfile
from desktop.jobs.reports.domain.dashboard import (
    MAILING_STATES,
    UNCLAIMED_STATES,
    Dashboard,
    LoadDay,
    average_minutes,
    backlog,
    rate_points,
)
from desktop.jobs.reports.domain.figures import (
    ASSIST_KINDS,
    CHECKIN,
    ISSUED_KINDS,
    LOAD_GROUPS,
    NO_SHOW,
    PLAN_KINDS,
    no_show_rate,
)
from desktop.jobs.reports.domain.monthly import (
    AllKindsSheet,
    DayMark,
    MonthlyCountSheet,
    SiteShare,
    build_all_kinds_sheet,
    build_monthly_sheet,
)
from desktop.jobs.reports.domain.periods import FiscalYear, Month
from desktop.jobs.reports.domain.plan import MonthInputs, PlanTable, build_plan_table
from desktop.jobs.reports.store import load_opening_balance, netted_counts, netted_site_days
from desktop.printing import Letterhead
from desktop.store import calendar as cal_store
from desktop.store import cases as case_store
from desktop.store import events as event_store
from desktop.store import office as office_store
from desktop.store.context import Context

DASHBOARD_WEEKS = 4


class NoOfficeProfile(DomainError):
    """Reports need the office profile (its name heads every sheet)."""


def profile_of(ctx: Context) -> OfficeProfile:
    profile = office_store.load_profile(ctx)
    if profile is None:
        raise NoOfficeProfile(
            QT_TRANSLATE_NOOP(
                "Errors", "The office has not been set up yet. Set up the office profile first (設定 › 窓口)."
            )
        )
    return profile


def letterhead(ctx: Context) -> Letterhead:
    p = profile_of(ctx)
    return Letterhead(p.municipality, p.department, p.phone, p.address)


def count_kinds(ctx: Context) -> list[CountKind]:
    """Every count kind a sheet may show: the kernel's, then those the installed jobs add."""
    return event_store.known_kinds()


def kind_named(key: str) -> CountKind:
    for kind in event_store.known_kinds():
        if kind.key == key:
            return kind
    raise DomainError(QT_TRANSLATE_NOOP("Errors", "Unknown count kind {kind}."), kind=key)


# --- calendar ---------------------------------------------------------------------------------------


def _site_names(ctx: Context) -> tuple[str | None, dict[str, str], set[str]]:
    """(office site id, id -> name of every site, ids of venues)."""
    sites = office_store.list_sites(ctx, include_inactive=True)
    office = next((s.id for s in sites if s.kind == "office"), None)
    return office, {s.id: s.name for s in sites}, {s.id for s in sites if s.kind == "venue"}


def day_marks(ctx: Context, start: date, end: date) -> dict[date, DayMark]:
    """Closed or open, and a note, for every day: the office calendar plus pop-up venue sessions."""
    office, names, venues = _site_names(ctx)
    venue_days: dict[date, list[str]] = defaultdict(list)
    for s in cal_store.sessions(ctx, start, end, all_sites=True):
        if s.kind != "closure" and s.site_id is not None and s.site_id in venues:
            venue_days[s.day].append(names.get(s.site_id, ""))
    marks: dict[date, DayMark] = {}
    for info in cal_store.days(ctx, start, end):
        at_venues = sorted(set(venue_days.get(info.date, [])))
        if at_venues and not info.open:
            marks[info.date] = DayMark(False, "・".join(at_venues), venue=True)
        elif info.open:
            marks[info.date] = DayMark(False, info.reason if info.weekend or info.holiday else "")
        else:
            marks[info.date] = DayMark(True, info.reason)
    return marks


def _is_weekend_opening(s: Session, year_end: core_calendar.YearEnd) -> bool:
    if s.kind == "weekend":
        return True
    if s.kind not in OPENING_KINDS:
        return False
    d = s.day
    return d.weekday() >= 5 or bool(core_calendar.holiday_name(d)) or year_end.contains(d)


def weekend_sessions_held(ctx: Context, start: date, end: date) -> list[Session]:
    """The weekend sessions (土日開庁) between two dates that were actually held (see module doc)."""
    office, _names, _venues = _site_names(ctx)
    year_end = cal_store.year_end(ctx)
    chosen = [
        s for s in cal_store.sessions(ctx, start, end, all_sites=True) if _is_weekend_opening(s, year_end)
    ]
    worked = netted_site_days(ctx, {s.day for s in chosen})
    at_site = {(d, office if site is None else site) for (d, site), n in worked.items() if n > 0}
    return [s for s in chosen if (s.day, office if s.site_id is None else s.site_id) in at_site]


# --- monthly count sheets ---------------------------------------------------------------------------


def monthly_sheet(ctx: Context, month: Month, kind: str) -> MonthlyCountSheet:
    """The calendar sheet of one count kind for one month (all sites together, shares listed)."""
    chosen = kind_named(kind)
    office, names, venues = _site_names(ctx)
    alive = effective(event_store.events_between(ctx, month.first, month.last, [kind]))
    daily: dict[date, int] = defaultdict(int)
    per_site: dict[str | None, int] = defaultdict(int)
    for e in alive:
        daily[e.business_date] += 1
        per_site[office if e.site_id is None else e.site_id] += 1
    shares = [
        SiteShare(names.get(site, "") if site is not None else "", n, site in venues)
        for site, n in per_site.items()
    ]
    return build_monthly_sheet(
        month, chosen.key, chosen.label, daily, day_marks(ctx, month.first, month.last), shares,
        today=ctx.clock.today(),
    )


def all_kinds_sheet(ctx: Context, month: Month) -> AllKindsSheet:
    kinds = [(k.key, k.label) for k in count_kinds(ctx)]
    netted = event_store.counts(ctx, month.first, month.last)
    return build_all_kinds_sheet(
        month, kinds, netted, day_marks(ctx, month.first, month.last), today=ctx.clock.today()
    )


# --- the follow-up table ----------------------------------------------------------------------------


def _by_month(counts: dict[tuple[str, date], int]) -> dict[Month, dict[str, int]]:
    out: dict[Month, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (kind, d), n in counts.items():
        out[Month.of(d)][kind] += n
    return out


def plan_table(ctx: Context, year: FiscalYear) -> PlanTable:
    """The 交付円滑化計画 follow-up table of one fiscal year."""
    profile = profile_of(ctx)
    opening = load_opening_balance(ctx)
    start = year.first if opening is None else min(year.first, opening.on)
    netted = netted_counts(ctx, start, year.last, PLAN_KINDS)
    monthly = _by_month({k: n for k, n in netted.items() if k[1] >= year.first})
    issued_before = 0
    if opening is not None:
        issued_before = sum(
            n for (kind, d), n in netted.items() if kind in ISSUED_KINDS and opening.on <= d < year.first
        )
    held: dict[Month, int] = defaultdict(int)
    for s in weekend_sessions_held(ctx, year.first, year.last):
        held[Month.of(s.day)] += 1
    inputs: list[MonthInputs] = []
    running = issued_before
    for m in year.months():
        counts = dict(monthly.get(m, {}))
        if opening is not None:
            running += sum(
                n for (kind, d), n in netted.items()
                if kind in ISSUED_KINDS and m.first <= d <= m.last and d >= opening.on
            )  # fmt: skip
        inputs.append(
            MonthInputs(
                month=m,
                counts=counts,
                issued_since_opening=None if opening is None else running,
                population=office_store.population_on(ctx, m.first),
                target=office_store.target_rate_on(ctx, m.first),
                counters=_counters_open(ctx, m.first, len(profile.counters)),
                staffing=office_store.staffing_on(ctx, m.first),
                terminals=office_store.terminals_in_service_on(ctx, m.first),
                weekend_sessions=held.get(m, 0),
            )
        )
    return build_plan_table(year, inputs, opening, ctx.clock.today())


def _counters_open(ctx: Context, first: date, in_profile: int) -> int:
    """窓口数 of a month: the dated setting in force on its first day, else the profile's counters."""
    dated = office_store.counters_open_on(ctx, first)
    return in_profile if dated is None else dated


# --- dashboard --------------------------------------------------------------------------------------


def dashboard(ctx: Context, weeks: int = DASHBOARD_WEEKS) -> Dashboard:
    today = ctx.clock.today()
    start = today - timedelta(days=7 * weeks - 1)
    plan = plan_table(ctx, FiscalYear.of(today))
    group_kinds = [k for _, kinds in LOAD_GROUPS for k in kinds]
    netted = netted_counts(ctx, start, today, [*group_kinds, CHECKIN, NO_SHOW])
    open_days = {i.date for i in cal_store.days(ctx, start, today) if i.open}
    load: list[LoadDay] = []
    d = start
    while d <= today:
        counts = tuple(sum(netted.get((k, d), 0) for k in kinds) for _, kinds in LOAD_GROUPS)
        checkins = netted.get((CHECKIN, d), 0)
        if d in open_days or any(counts) or checkins:
            load.append(LoadDay(d, counts, checkins))
        d += timedelta(days=1)
    assisted = effective(event_store.events_between(ctx, start, today, ASSIST_KINDS))
    minutes, with_minutes = average_minutes(e.value for e in assisted)
    no_shows = _sum(netted, NO_SHOW)
    checkins = _sum(netted, CHECKIN)
    mailing_cases = case_store.cases_in(ctx, MAILING_STATES)
    unclaimed_cases = case_store.cases_in(ctx, UNCLAIMED_STATES)
    return Dashboard(
        today=today,
        window_start=start,
        plan=plan,
        rates=rate_points(plan),
        load=tuple(load),
        average_minutes=minutes,
        assisted_with_minutes=with_minutes,
        no_shows=no_shows,
        checkins=checkins,
        no_show_rate=no_show_rate(no_shows, checkins),
        mailings=backlog(mailing_cases, MAILING_STATES, today, posted_only=True),
        unclaimed=backlog(unclaimed_cases, UNCLAIMED_STATES, today),
    )


def _sum(netted: dict[tuple[str, date], int], kind: str, days: Iterable[date] | None = None) -> int:
    return sum(n for (k, d), n in netted.items() if k == kind and (days is None or d in days))
