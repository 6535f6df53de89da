"""和暦 and 西暦: formatting around every era boundary, and parsing what staff type."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.errors import DomainError
from desktop.core.wareki import (
    both,
    era_year,
    looks_like_date,
    parse_date,
    seireki,
    wareki,
    wareki_short,
    weekday_kanji,
    with_weekday,
)

BOUNDARIES = [
    # (date, wareki, short, era, year)
    (date(1868, 10, 23), "明治元年10月23日", "M1.10.23", "明治", 1),
    (date(1912, 7, 29), "明治45年7月29日", "M45.7.29", "明治", 45),
    (date(1912, 7, 30), "大正元年7月30日", "T1.7.30", "大正", 1),
    (date(1926, 12, 24), "大正15年12月24日", "T15.12.24", "大正", 15),
    (date(1926, 12, 25), "昭和元年12月25日", "S1.12.25", "昭和", 1),
    (date(1927, 1, 1), "昭和2年1月1日", "S2.1.1", "昭和", 2),
    (date(1989, 1, 7), "昭和64年1月7日", "S64.1.7", "昭和", 64),
    (date(1989, 1, 8), "平成元年1月8日", "H1.1.8", "平成", 1),
    (date(1990, 1, 1), "平成2年1月1日", "H2.1.1", "平成", 2),
    (date(2019, 4, 30), "平成31年4月30日", "H31.4.30", "平成", 31),
    (date(2019, 5, 1), "令和元年5月1日", "R1.5.1", "令和", 1),
    (date(2019, 12, 31), "令和元年12月31日", "R1.12.31", "令和", 1),
    (date(2020, 1, 1), "令和2年1月1日", "R2.1.1", "令和", 2),
    (date(2026, 11, 24), "令和8年11月24日", "R8.11.24", "令和", 8),
]


@pytest.mark.parametrize(("d", "text", "short", "era", "year"), BOUNDARIES)
def test_era_boundaries(d: date, text: str, short: str, era: str, year: int) -> None:
    assert wareki(d) == text
    assert wareki_short(d) == short
    assert era_year(d) == (era, year)
    assert parse_date(text) == d
    assert parse_date(short) == d


def test_before_meiji_is_western() -> None:
    assert era_year(date(1868, 10, 22)) == ("", 1868)
    assert wareki(date(1868, 10, 22)) == "1868年10月22日"


def test_other_forms() -> None:
    d = date(2026, 11, 24)
    assert seireki(d) == "2026年11月24日"
    assert both(d) == "令和8年（2026年）11月24日"
    assert both(date(2019, 5, 1)) == "令和元年（2019年）5月1日"
    assert weekday_kanji(d) == "火"
    assert [weekday_kanji(date(2026, 11, 23 + i)) for i in range(7)] == list("月火水木金土日")
    assert with_weekday(d) == "令和8年11月24日（火）"


@pytest.mark.parametrize(
    "text",
    [
        "1980-05-01", "1980-5-1", "1980/5/1", "1980/05/01", "1980.5.1", "19800501",
        "1980年5月1日", "S55.5.1", "s55.5.1", "S55/5/1", "S55-05-01", "Ｓ５５．５．１",
        "昭和55年5月1日", "昭和55年5月1", "昭和 55年 5月 1日", "昭和55.5.1", "S550501",
        "１９８０－０５－０１", " 1980/5/1 ",
    ],
)  # fmt: skip
def test_parse_forms(text: str) -> None:
    assert parse_date(text) == date(1980, 5, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("R1.5.1", date(2019, 5, 1)),
        ("令和元年5月1日", date(2019, 5, 1)),
        ("令和1年5月1日", date(2019, 5, 1)),
        ("H31.4.30", date(2019, 4, 30)),
        ("平成元年1月8日", date(1989, 1, 8)),
        ("S64.1.7", date(1989, 1, 7)),
        ("T15.12.24", date(1926, 12, 24)),
        ("M45.7.29", date(1912, 7, 29)),
        ("2000/2/29", date(2000, 2, 29)),
        ("H12.2.29", date(2000, 2, 29)),
    ],
)
def test_parse_eras(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("平成31年5月1日", "ran from"),  # 平成 ended on 4月30日
        ("H31.5.1", "ran from"),
        ("昭和64年1月8日", "ran from"),
        ("令和1年4月30日", "began on"),
        ("R1.4.30", "began on"),
        ("大正1年7月29日", "ran from"),
        ("平成0年1月1日", "starts at 1"),
        ("2026年2月30日", "no such day"),
        ("2023/2/29", "no such day"),
        ("1900/2/29", "no such day"),
        ("19801301", "no such day"),
        ("S55.2.30", "no such day"),
        ("1868/1/1", "before"),
        ("", "Type a date"),
        ("81/5/1", "Type the date like"),
        ("1980 5 1", "Type the date like"),
        ("X55.5.1", "Type the date like"),
        ("yesterday", "Type the date like"),
    ],
)
def test_parse_refusals(text: str, fragment: str) -> None:
    with pytest.raises(DomainError) as err:
        parse_date(text)
    assert fragment in str(err.value)
    if text.strip():
        assert text not in str(err.value), "a typed birth date is never repeated in a message"


def test_era_message_names_the_real_range() -> None:
    with pytest.raises(DomainError) as err:
        parse_date("平成31年5月1日")
    assert err.value.params == {"era": "平成", "start": "平成元年1月8日", "end": "平成31年4月30日"}


@pytest.mark.parametrize(
    ("text", "is_date"),
    [
        ("S55.5.1", True), ("昭和55年", True), ("1980/5/1", True), ("19800501", True),
        ("1980-05-01", True), ("R1", True), ("令和元年", True),
        ("090-1234-5678", False), ("5678", False), ("やまだ", False), ("ヤマダ", False), ("", False),
        ("0312345678", False),
    ],
)  # fmt: skip
def test_looks_like_date(text: str, is_date: bool) -> None:
    assert looks_like_date(text) is is_date
