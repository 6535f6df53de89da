"""Periods of the reports (Qt-free): a calendar month, a fiscal year (年度, April–March) and the weeks of
a month as a calendar sheet lays them out (Monday first, 4, 5 or 6 rows).

Labels carry the era and the western year, as printed forms do: 「令和8年（2026年）11月」,
「令和8年度（2026年度）」. The era of a month is the era of its first day (2019-04 is 平成31年4月,
2019-05 is 令和元年5月); the era of a fiscal year is the era in force at its end (FY2019 is
令和元年度), unless that era had not yet begun in the year the fiscal year starts (FY1988 is 昭和63年度).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.wareki import ERAS, era_of, era_year

MIN_YEAR = 1989  # the first year the app would ever be asked about (平成)
MAX_YEAR = 2200

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_FY_WESTERN = re.compile(r"^(\d{4})(?:年度)?$")
_FY_ERA = re.compile(r"^(明治|大正|昭和|平成|令和|[MTSHR])\s*(元|\d{1,2})(?:年度?)?$", re.IGNORECASE)


def _year_text(year: int) -> str:
    return "元" if year == 1 else str(year)


@dataclass(frozen=True, order=True)
class Month:
    """A calendar month (counts by local business date fall into it by their date)."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")

    @classmethod
    def of(cls, d: date) -> Month:
        return cls(d.year, d.month)

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last(self) -> date:
        return self.next().first - timedelta(days=1)

    def next(self) -> Month:
        return Month(self.year + 1, 1) if self.month == 12 else Month(self.year, self.month + 1)

    def previous(self) -> Month:
        return Month(self.year - 1, 12) if self.month == 1 else Month(self.year, self.month - 1)

    def days(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range(self.last.day)]

    @property
    def key(self) -> str:
        """'2026-11' (file names, the CLI)."""
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def wareki_label(self) -> str:
        """令和8年11月 (令和元年5月, 平成31年4月)."""
        name, year = era_year(self.first)
        return f"{name}{_year_text(year)}年{self.month}月" if name else f"{self.year}年{self.month}月"

    @property
    def label(self) -> str:
        """令和8年（2026年）11月 — the era and the western year, as on printed forms."""
        name, year = era_year(self.first)
        if not name:
            return f"{self.year}年{self.month}月"
        return f"{name}{_year_text(year)}年（{self.year}年）{self.month}月"

    def weeks(self) -> list[list[date | None]]:
        """The month as calendar rows Monday..Sunday; None where a row reaches into another month."""
        rows: list[list[date | None]] = []
        row: list[date | None] = [None] * self.first.weekday()
        for d in self.days():
            row.append(d)
            if len(row) == 7:
                rows.append(row)
                row = []
        if row:
            rows.append(row + [None] * (7 - len(row)))
        return rows


@dataclass(frozen=True, order=True)
class FiscalYear:
    """年度: April of `start_year` to March of the next year (2026 = 令和8年度 = 2026-04..2027-03)."""

    start_year: int

    @classmethod
    def of(cls, d: date) -> FiscalYear:
        return cls(d.year if d.month >= 4 else d.year - 1)

    @property
    def first(self) -> date:
        return date(self.start_year, 4, 1)

    @property
    def last(self) -> date:
        return date(self.start_year + 1, 3, 31)

    def months(self) -> list[Month]:
        out = [Month(self.start_year, m) for m in range(4, 13)]
        return out + [Month(self.start_year + 1, m) for m in range(1, 4)]

    @property
    def era_label(self) -> str:
        """令和8年度 (令和元年度 for 2019, 昭和63年度 for 1988)."""
        era = era_of(self.last)
        if era is not None and era.start.year <= self.start_year:
            return f"{era.name}{_year_text(self.start_year - era.start.year + 1)}年度"
        era = era_of(self.first)
        if era is None:
            return f"{self.start_year}年度"
        return f"{era.name}{_year_text(era.year_of(self.first))}年度"

    @property
    def label(self) -> str:
        """令和8年度（2026年度）."""
        return f"{self.era_label}（{self.start_year}年度）"


def parse_month(text: str) -> Month:
    """'2026-11' (full-width digits too) -> Month; DomainError saying what to type otherwise."""
    t = unicodedata.normalize("NFKC", text or "").strip()
    m = _MONTH.match(t)
    if m is None or not 1 <= int(m.group(2)) <= 12:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "Type the month as YYYY-MM, for example 2026-11.")
        )
    year = int(m.group(1))
    _check_year(year)
    return Month(year, int(m.group(2)))


def parse_fiscal_year(text: str) -> FiscalYear:
    """The year a fiscal year starts: '2026', '2026年度', 'R8', '令和8', '令和元年度', 'H31' -> FiscalYear."""
    t = unicodedata.normalize("NFKC", text or "").strip()
    m = _FY_WESTERN.match(t)
    if m is not None:
        year = int(m.group(1))
    else:
        m = _FY_ERA.match(t)
        if m is None:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Type the fiscal year as the year it starts (2026 for 2026-04 to 2027-03) or as R8.",
                )
            )
        key = m.group(1)
        era = next(e for e in ERAS if e.name == key or e.letter == key.upper())
        n = 1 if m.group(2) == "元" else int(m.group(2))
        if n < 1:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "An era year starts at 1 (元年). Check the year."))
        year = era.start.year + n - 1
        if era.end is not None and year > era.end.year:
            raise DomainError(
                QT_TRANSLATE_NOOP("Errors", "The {era} era ended in {year}. Check the era and year."),
                era=era.name,
                year=era.end.year,
            )
    _check_year(year)
    return FiscalYear(year)


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "Choose a year between {first} and {last}."),
            first=MIN_YEAR,
            last=MAX_YEAR,
        )
