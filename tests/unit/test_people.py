"""Person rules: kana key, validation, the 個人番号 guard, the search box."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from desktop.core.errors import DomainError
from desktop.core.people import (
    FIELDS,
    IndividualNumberRefused,
    Person,
    changed_fields,
    check,
    contains_individual_number,
    is_kana,
    kana_key,
    normalize,
    problems,
    reject_individual_number,
    search_terms,
)

TODAY = date(2026, 11, 24)


def person(**kw: object) -> Person:
    base: dict[str, object] = {
        "id": None, "name": "山田 太郎", "kana": "ヤマダ タロウ", "birth_date": date(1980, 5, 1),
        "phone": "090-1234-5678", "postal_code": "123-4567", "address": "東京都千代田区1-1",
    }  # fmt: skip
    base.update(kw)
    return Person(**base)  # type: ignore[arg-type]


def test_no_individual_number_field() -> None:
    names = {f.name for f in dataclasses.fields(Person)}
    assert names == {"id", *FIELDS}
    assert not any("number" in n or "mynumber" in n for n in names)


@pytest.mark.parametrize(
    "text", ["ヤマダ タロウ", "やまだたろう", "ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ　タロウ", " やまだ　たろう "]
)
def test_kana_key_folds_width_script_and_spaces(text: str) -> None:
    assert kana_key(text) == "ヤマダタロウ"


def test_kana_key_details() -> None:
    assert kana_key("ｳﾞｧｲｵﾘﾝ") == kana_key("ゔぁいおりん") == "ヴァイオリン"
    assert kana_key("ﾊﾟｰｸ") == "パーク"
    assert person().kana_key == "ヤマダタロウ"


@pytest.mark.parametrize(
    ("text", "ok"),
    [("やまだ", True), ("ヤマダ", True), ("ﾔﾏﾀﾞ", True), ("ジョン・スミス", True), ("ヤマダ　タロー", True),
     ("", True), ("山田", False), ("yamada", False), ("ヤマダ1", False)],
)  # fmt: skip
def test_is_kana(text: str, ok: bool) -> None:
    assert is_kana(text) is ok


def test_valid_person_and_rare_kanji_kept() -> None:
    p = person(name="𠮷田 髙﨑")
    assert problems(p, today=TODAY) == []
    assert check(p, today=TODAY).name == "𠮷田 髙﨑"


def fields_refused(p: Person) -> list[str]:
    return [e.field for e in problems(p, today=TODAY)]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "　 "}, "name"),
        ({"kana": "山田"}, "kana"),
        ({"birth_date": date(2026, 11, 25)}, "birth_date"),
        ({"phone": "090-123-456"}, "phone"),
        ({"phone": "090-1234-56789"}, "phone"),
        ({"phone": "tel 0312345678"}, "phone"),
        ({"postal_code": "123-456"}, "postal_code"),
        ({"postal_code": "abcdefg"}, "postal_code"),
    ],
)
def test_refusals(changes: dict[str, object], field: str) -> None:
    assert fields_refused(person(**changes)) == [field]
    with pytest.raises(DomainError):
        check(person(**changes), today=TODAY)


def test_accepted_variants() -> None:
    for changes in [
        {"birth_date": TODAY}, {"birth_date": None}, {"phone": ""}, {"phone": "0312345678"},
        {"phone": "０９０－１２３４－５６７８"}, {"postal_code": ""}, {"postal_code": "〒1234567"},
        {"postal_code": "１２３－４５６７"}, {"kana": ""}, {"kana": "ﾔﾏﾀﾞ ﾀﾛｳ"},
    ]:  # fmt: skip
        assert problems(person(**changes), today=TODAY) == [], changes
    assert problems(person(birth_date=date(2030, 1, 1)), today=None) == []


def test_normalize() -> None:
    p = normalize(person(name=" 山田 ", phone="０９０ー１２３４ー５６７８", postal_code="〒１２３４５６７"))
    assert (p.name, p.phone, p.postal_code) == ("山田", "090-1234-5678", "123-4567")


def test_problems_in_field_order() -> None:
    p = person(name="", postal_code="1", phone="1", kana="漢字")
    assert fields_refused(p) == ["name", "kana", "phone", "postal_code"]


# --- the 個人番号 guard ------------------------------------------------------------------------------

NUMBERS = [
    "123456789012", "１２３４５６７８９０１２", "1234 5678 9012", "1234-5678-9012", "１２３４　５６７８　９０１２",
    "1234－5678－9012", "1234ー5678ー9012", "番号は123456789012です", "1234567890123",
    "12345678 9012", "一二三四五六七八九〇一二", "memo: 1234  5678  9012.",
]  # fmt: skip
NOT_NUMBERS = [
    "", "090-1234-5678", "03-1234-5678 090-1234-5678", "〒123-4567 03-1234-5678", "12345678901",
    "2026-11-24", "1-2-3 2-3-4", "東京都千代田区1丁目2番3号", "12345 67890",
]  # fmt: skip


@pytest.mark.parametrize("text", NUMBERS)
def test_individual_number_refused(text: str) -> None:
    assert contains_individual_number(text)
    with pytest.raises(IndividualNumberRefused) as err:
        reject_individual_number(text, "notes")
    assert err.value.field == "notes"
    assert "must never be recorded" in str(err.value)
    assert text not in str(err.value)


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_other_numbers_pass(text: str) -> None:
    assert not contains_individual_number(text)
    reject_individual_number(text)


@pytest.mark.parametrize("field", ["name", "kana", "phone", "postal_code", "address"])
def test_guard_on_every_person_field(field: str) -> None:
    p = person(**{field: "1234 5678 9012"})
    found = problems(p, today=TODAY)
    assert [type(e) for e in found] == [IndividualNumberRefused]
    assert found[0].field == field


def test_guard_on_notes() -> None:
    with pytest.raises(IndividualNumberRefused):
        reject_individual_number("本人の番号 1234-5678-9012 を控えた", "notes")


def test_changed_fields() -> None:
    old = person(id="x")
    new = dataclasses.replace(old, phone="03-1111-2222", address="別の住所")
    assert changed_fields(old, new) == ["phone", "address"]
    assert changed_fields(old, old) == []


# --- the search box ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", {}),
        ("  ", {}),
        ("やまだ", {"kana": "やまだ"}),
        ("ﾔﾏﾀﾞ ﾀﾛｳ", {"kana": "ヤマダ タロウ"}),
        ("090-1234-5678", {"phone": "09012345678"}),
        ("5678", {"phone": "5678"}),
        ("０３（１２３４）５６７８", {"phone": "0312345678"}),
        ("S55.5.1", {"birth_date": date(1980, 5, 1)}),
        ("19800501", {"birth_date": date(1980, 5, 1)}),
        ("1980-05-01", {"birth_date": date(1980, 5, 1)}),
        ("昭和55年5月1日", {"birth_date": date(1980, 5, 1)}),
    ],
)
def test_search_terms(text: str, expected: dict[str, object]) -> None:
    assert search_terms(text) == expected


@pytest.mark.parametrize("text", ["山田", "yamada", "12", "平成31年5月1日", "1234 5678 9012"])
def test_search_terms_refused(text: str) -> None:
    with pytest.raises(DomainError):
        search_terms(text)
