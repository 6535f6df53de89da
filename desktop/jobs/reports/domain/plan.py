"""The 交付円滑化計画 follow-up table (実施状況), as plain data (Qt-free, pure).

One fiscal year per table, its twelve months as columns, one row per figure:

  交付枚数 · 累計交付枚数 · 人口（1月1日現在） · 人口に対する交付率 · 国の目標 下限 / 上限 · 窓口数 ·
  職員配置数 正規 / 臨時 · 統合端末台数 · 土日開庁 実施回数 · 申請時来庁 受付件数 · 出張申請 受付件数 ·
  申請サポート件数

The cumulative count starts from the opening balance: the cards issued before the office started
using Madoguchi, as of that date (a setting). Without it, the cumulative count and the rate are
「未設定」; so are a month's population, targets, staff and terminals when no dated value covers it.
A month that has not begun yet shows nothing for the counted figures, and a month that ended before
the opening balance's date shows 「―」 (Madoguchi holds no record of it). The 年度計 column sums the
counted rows and repeats the cumulative count and the rate of the latest month shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.office import Staffing, TargetRate
from desktop.jobs.reports.domain.figures import (
    APPLY_IDENTITY_KINDS,
    ASSIST_KINDS,
    ISSUED_KINDS,
    POPUP_KINDS,
    Cell,
    Mark,
    percent,
    total_of,
)
from desktop.jobs.reports.domain.periods import FiscalYear, Month


@dataclass(frozen=True)
class OpeningBalance:
    """Cards issued before the office started using the app: `count` as of the start of `on`."""

    on: date
    count: int


@dataclass(frozen=True)
class MonthInputs:
    """Everything one month's column is made from (read by the reports service)."""

    month: Month
    counts: Mapping[str, int]  # netted count per kind in the month
    issued_since_opening: int | None  # cards issued from the opening date to the month's end (None: no balance)
    population: int | None
    target: TargetRate | None
    counters: int
    staffing: Staffing | None
    terminals: int | None
    weekend_sessions: int


@dataclass(frozen=True)
class PlanRow:
    key: str
    label: str  # English source, context "Reports"
    unit: str  # English source, context "Reports"
    cells: tuple[Cell, ...]  # one per month, April..March
    total: Cell  # the 年度計 column
    decimals: int = 0


@dataclass(frozen=True)
class PlanTable:
    year: FiscalYear
    months: tuple[Month, ...]
    rows: tuple[PlanRow, ...]
    opening: OpeningBalance | None

    def row(self, key: str) -> PlanRow:
        for r in self.rows:
            if r.key == key:
                return r
        raise KeyError(key)

    def value(self, key: str, month: Month) -> Cell:
        return self.row(key).cells[self.months.index(month)]


# Row keys, labels and units (English sources, translated in context "Reports").
ROWS: tuple[tuple[str, str, str], ...] = (
    ("issued", QT_TRANSLATE_NOOP("Reports", "Cards issued"), QT_TRANSLATE_NOOP("Reports", "cards")),
    ("cumulative", QT_TRANSLATE_NOOP("Reports", "Cards issued, cumulative"),
     QT_TRANSLATE_NOOP("Reports", "cards")),
    ("population", QT_TRANSLATE_NOOP("Reports", "Population (1 January)"),
     QT_TRANSLATE_NOOP("Reports", "people")),
    ("rate", QT_TRANSLATE_NOOP("Reports", "Issue rate against the population"), "%"),
    ("target_lower", QT_TRANSLATE_NOOP("Reports", "National target rate: lower"), "%"),
    ("target_upper", QT_TRANSLATE_NOOP("Reports", "National target rate: upper"), "%"),
    ("counters", QT_TRANSLATE_NOOP("Reports", "Counters"), QT_TRANSLATE_NOOP("Reports", "places")),
    ("staff_regular", QT_TRANSLATE_NOOP("Reports", "Staff: regular"), QT_TRANSLATE_NOOP("Reports", "people")),
    ("staff_temporary", QT_TRANSLATE_NOOP("Reports", "Staff: temporary"),
     QT_TRANSLATE_NOOP("Reports", "people")),
    ("terminals", QT_TRANSLATE_NOOP("Reports", "Handover terminals"), QT_TRANSLATE_NOOP("Reports", "units")),
    ("weekend_sessions", QT_TRANSLATE_NOOP("Reports", "Weekend sessions held"),
     QT_TRANSLATE_NOOP("Reports", "times")),
    ("apply_identity", QT_TRANSLATE_NOOP("Reports", "Identity checked at application"),
     QT_TRANSLATE_NOOP("Reports", "cases")),
    ("popup", QT_TRANSLATE_NOOP("Reports", "Pop-up applications received"),
     QT_TRANSLATE_NOOP("Reports", "cases")),
    ("assist", QT_TRANSLATE_NOOP("Reports", "Application support"), QT_TRANSLATE_NOOP("Reports", "cases")),
)  # fmt: skip

FLOW_ROWS = frozenset({"issued", "weekend_sessions", "apply_identity", "popup", "assist"})
STOCK_ROWS = frozenset({"cumulative", "rate"})
DECIMALS = {"rate": 2, "target_lower": 1, "target_upper": 1}


def _month_cells(m: MonthInputs, opening: OpeningBalance | None, future: bool) -> dict[str, Cell]:
    issued = total_of(m.counts, ISSUED_KINDS)
    cells: dict[str, Cell] = {
        "population": Mark.NOT_SET if m.population is None else m.population,
        "target_lower": Mark.NOT_SET if m.target is None else m.target.lower,
        "target_upper": Mark.NOT_SET if m.target is None else m.target.upper,
        "counters": m.counters,
        "staff_regular": Mark.NOT_SET if m.staffing is None else m.staffing.regular,
        "staff_temporary": Mark.NOT_SET if m.staffing is None else m.staffing.temporary,
        "terminals": Mark.NOT_SET if m.terminals is None else m.terminals,
    }
    if future or (opening is not None and m.month.last < opening.on):
        for key in FLOW_ROWS | STOCK_ROWS:
            cells[key] = Mark.FUTURE if future else Mark.NO_RECORD
        return cells
    cells["issued"] = issued
    cells["weekend_sessions"] = m.weekend_sessions
    cells["apply_identity"] = total_of(m.counts, APPLY_IDENTITY_KINDS)
    cells["popup"] = total_of(m.counts, POPUP_KINDS)
    cells["assist"] = total_of(m.counts, ASSIST_KINDS)
    if opening is None or m.issued_since_opening is None or m.month.last < opening.on:
        cells["cumulative"] = Mark.NOT_SET
        cells["rate"] = Mark.NOT_SET
        return cells
    cumulative = opening.count + m.issued_since_opening
    cells["cumulative"] = cumulative
    if m.population is None or m.population <= 0:
        cells["rate"] = Mark.NOT_SET
    else:
        cells["rate"] = percent(cumulative, m.population, 2)
    return cells


def build_plan_table(
    year: FiscalYear,
    months: Sequence[MonthInputs],
    opening: OpeningBalance | None,
    today: date,
) -> PlanTable:
    """The table for `year`; `months` are its twelve months in order (April..March)."""
    expected = year.months()
    if [m.month for m in months] != expected:
        raise ValueError("months must be the fiscal year's twelve months in order")
    columns = [_month_cells(m, opening, m.month.first > today) for m in months]
    rows: list[PlanRow] = []
    for key, label, unit in ROWS:
        cells = tuple(c[key] for c in columns)
        rows.append(PlanRow(key, label, unit, cells, _total(key, cells), DECIMALS.get(key, 0)))
    return PlanTable(year, tuple(expected), tuple(rows), opening)


def _total(key: str, cells: tuple[Cell, ...]) -> Cell:
    shown = [c for c in cells if c is not Mark.FUTURE and c is not Mark.NO_RECORD]
    if key in FLOW_ROWS:
        return sum(int(c) for c in shown if isinstance(c, int)) if shown else Mark.FUTURE
    if key in STOCK_ROWS:
        return shown[-1] if shown else Mark.FUTURE
    return None
