"""Japanese dates: 和暦 (era) and 西暦 formatting, weekday kanji, and parsing what staff type.

Era start dates are the official ones (明治 1868-10-23, 大正 1912-07-30, 昭和 1926-12-25,
平成 1989-01-08, 令和 2019-05-01); the first year of an era is written 元年 (平成31年4月30日 →
令和元年5月1日). Dates before 明治 have no era here and are written in 西暦.

`parse_date` accepts the forms staff type for a birth date: 1980-05-01, 1980/5/1, 1980.5.1,
19800501, 1980年5月1日, S55.5.1, S55/5/1, 昭和55年5月1日, 昭和55.5.1, R1.5.1, 令和元年5月1日 (full-width
digits too). A date that does not exist (2月30日) or an era year outside its era (平成31年5月1日,
昭和64年1月8日) is refused with a DomainError. Messages never repeat the typed text: a birth date
is personal data.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Era:
    name: str  # 令和
    letter: str  # R
    start: date  # first day of the era
    end: date | None  # last day of the era (None: the current era)

    def contains(self, d: date) -> bool:
        return self.start <= d and (self.end is None or d <= self.end)

    def year_of(self, d: date) -> int:
        return d.year - self.start.year + 1


def _eras() -> tuple[Era, ...]:
    starts = [
        ("明治", "M", date(1868, 10, 23)),
        ("大正", "T", date(1912, 7, 30)),
        ("昭和", "S", date(1926, 12, 25)),
        ("平成", "H", date(1989, 1, 8)),
        ("令和", "R", date(2019, 5, 1)),
    ]
    out: list[Era] = []
    for i, (name, letter, start) in enumerate(starts):
        end = starts[i + 1][2] - timedelta(days=1) if i + 1 < len(starts) else None
        out.append(Era(name, letter, start, end))
    return tuple(out)


ERAS: tuple[Era, ...] = _eras()
_BY_NAME = {e.name: e for e in ERAS}
_BY_LETTER = {e.letter: e for e in ERAS}
WEEKDAYS = "月火水木金土日"


def era_of(d: date) -> Era | None:
    for era in reversed(ERAS):
        if era.contains(d):
            return era
    return None


def era_year(d: date) -> tuple[str, int]:
    """("令和", 8) for 2026-11-24. Before 明治: ("", western year)."""
    era = era_of(d)
    if era is None:
        return ("", d.year)
    return (era.name, era.year_of(d))


def _year_text(year: int) -> str:
    return "元" if year == 1 else str(year)


def wareki(d: date) -> str:
    """令和8年11月24日 (令和元年5月1日 in an era's first year)."""
    name, year = era_year(d)
    if not name:
        return seireki(d)
    return f"{name}{_year_text(year)}年{d.month}月{d.day}日"


def wareki_short(d: date) -> str:
    """R8.11.24 — the compact form used in tables (R1.5.1 for 令和元年5月1日)."""
    era = era_of(d)
    if era is None:
        return f"{d.year}.{d.month}.{d.day}"
    return f"{era.letter}{era.year_of(d)}.{d.month}.{d.day}"


def seireki(d: date) -> str:
    """2026年11月24日."""
    return f"{d.year}年{d.month}月{d.day}日"


def both(d: date) -> str:
    """令和8年（2026年）11月24日 — printed forms show the era and the western year."""
    name, year = era_year(d)
    if not name:
        return seireki(d)
    return f"{name}{_year_text(year)}年（{d.year}年）{d.month}月{d.day}日"


def weekday_kanji(d: date) -> str:
    """月 … 日 for Monday … Sunday."""
    return WEEKDAYS[d.weekday()]


def with_weekday(d: date) -> str:
    """令和8年11月24日（火）."""
    return f"{wareki(d)}（{weekday_kanji(d)}）"


# --- parsing -------------------------------------------------------------------------------------

_SEP = r"\s*[-/.]\s*"
_WESTERN_SEP = re.compile(rf"^(\d{{4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})$")
_WESTERN_KANJI = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_ERA_NAMES = "|".join(e.name for e in ERAS)
_ERA_KANJI = re.compile(rf"^({_ERA_NAMES})\s*(元|\d{{1,2}})\s*年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日?$")
_ERA_SEP = re.compile(
    rf"^({_ERA_NAMES}|[MTSHR])\s*(元|\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})$", re.IGNORECASE
)
_ERA_COMPACT = re.compile(r"^([MTSHR])(\d{2})(\d{2})(\d{2})$", re.IGNORECASE)  # S550501

FORMAT_HINT = QT_TRANSLATE_NOOP(
    "Errors",
    "Type the date like 1980-05-01, 1980/5/1, 19800501, S55.5.1 or 昭和55年5月1日.",
)


def _make(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "There is no such day in the calendar. Check the month and day.")
        ) from None


def _from_era(era: Era, year_text: str, month: int, day: int) -> date:
    year = 1 if year_text == "元" else int(year_text)
    if year < 1:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "An era year starts at 1 (元年). Check the year."))
    d = _make(era.start.year + year - 1, month, day)
    if not era.contains(d):
        if era.end is None:
            raise DomainError(
                QT_TRANSLATE_NOOP("Errors", "The {era} era began on {start}. Check the era and year."),
                era=era.name,
                start=wareki(era.start),
            )
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "The {era} era ran from {start} to {end}. Check the era and year."),
            era=era.name,
            start=wareki(era.start),
            end=wareki(era.end),
        )
    return d


def _check_western(d: date) -> date:
    if d < ERAS[0].start:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "Dates before {start} cannot be entered. Check the year."),
            start=seireki(ERAS[0].start),
        )
    return d


def normalize_input(text: str) -> str:
    """Full-width digits, letters and punctuation to ASCII (NFKC), outer spaces removed."""
    return unicodedata.normalize("NFKC", text).strip()


def parse_date(text: str) -> date:
    """A typed date in one of the common forms (see the module doc), or DomainError saying what to do."""
    t = normalize_input(text)
    if not t:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Type a date."))
    m = _WESTERN_SEP.match(t) or _WESTERN_KANJI.match(t) or _COMPACT.match(t)
    if m:
        return _check_western(_make(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    m = _ERA_KANJI.match(t) or _ERA_SEP.match(t) or _ERA_COMPACT.match(t)
    if m:
        key = m.group(1)
        era = _BY_NAME.get(key) or _BY_LETTER[key.upper()]
        return _from_era(era, m.group(2), int(m.group(3)), int(m.group(4)))
    raise DomainError(FORMAT_HINT)


def looks_like_date(text: str) -> bool:
    """True when the text is meant as a date (an era mark, 年, a slash or dot, or yyyy-mm-dd / yyyymmdd).

    Used to tell a typed birth date from a phone number or kana in a search box; it does not
    validate (use `parse_date`).
    """
    t = normalize_input(text)
    if not t:
        return False
    if any(ch in t for ch in "年/.") or t[:2] in _BY_NAME:
        return True
    if re.match(r"^[MTSHRmtshr]\s*(\d|元)", t):
        return True
    return bool(re.match(r"^\d{4}-\d{1,2}-\d{1,2}$", t) or re.match(r"^\d{8}$", t))
