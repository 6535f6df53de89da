"""The office model: the 地方公共団体コード check digit, profile validation, dated-setting keys."""

from __future__ import annotations

from datetime import date, time

import pytest

from desktop.core.errors import DomainError
from desktop.core.office import (
    DATED_KEYS,
    POPULATION,
    STAFFING,
    TARGET_RATE,
    OfficeProfile,
    Tablet,
    dated_key,
    default_profile,
    local_gov_check_digit,
    postage_key,
    valid_mail,
    validate_local_gov_code,
)


@pytest.mark.parametrize(
    ("code", "ok"),
    [
        ("131016", True),  # 千代田区
        ("011002", True),  # 札幌市
        ("271004", True),  # 大阪市
        ("472018", True),  # 那覇市
        ("132012", True),  # 八王子市
        ("012025", True),  # 函館市
        ("131017", False),  # wrong check digit
        ("131010", False),
        ("13101", False),  # too short
        ("1310160", False),  # too long
        ("13101a", False),
        ("１３１０１６", False),  # full-width digits are not accepted
        ("", False),
    ],
)
def test_local_gov_code(code: str, ok: bool) -> None:
    assert validate_local_gov_code(code) is ok


@pytest.mark.parametrize(
    ("five", "digit"),
    [("13101", 6), ("01100", 2), ("27100", 4), ("47201", 8), ("00000", 1), ("00001", 9)],
)
def test_check_digit_table(five: str, digit: int) -> None:
    assert local_gov_check_digit(five) == digit


def test_check_digit_remainders_zero_and_one() -> None:
    # the 1's digit of 11 - remainder: remainder 0 -> 1, remainder 1 -> 0
    assert local_gov_check_digit("00000") == 1  # Σ = 0
    assert local_gov_check_digit("10000") == 5  # Σ = 6
    assert local_gov_check_digit("00006") == 0  # Σ = 12, remainder 1


def valid_profile() -> OfficeProfile:
    p = default_profile()
    p.municipality = "みどり市"
    p.local_gov_code = "131016"
    p.phone = "0123-45-6789"
    p.postal_code = "123-4567"
    p.tablets = [Tablet("1", "tablet1@city.midori.example.jp")]
    return p


def test_default_profile() -> None:
    p = default_profile()
    assert p.department == "市民課"
    assert p.hours[0] == (time(8, 30), time(17, 15))
    assert p.hours[4] == (time(8, 30), time(17, 15))
    assert p.hours[5] is None and p.hours[6] is None
    assert p.counters == ["窓口1"] and p.terminals == ["統合端末1"]


def test_valid_profile_round_trips_json() -> None:
    p = valid_profile()
    assert p.validate() == []
    assert OfficeProfile.from_json(p.to_json()) == p
    assert p.office_name == "みどり市 市民課"


def messages(p: OfficeProfile) -> list[str]:
    return [e.template for e in p.validate()]


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda p: setattr(p, "municipality", " "), "municipality"),
        (lambda p: setattr(p, "local_gov_code", "131017"), "local government code"),
        (lambda p: setattr(p, "phone", "12-34"), "phone"),
        (lambda p: setattr(p, "postal_code", "12-34567"), "postal code"),
        (lambda p: p.hours.__setitem__(0, (time(17, 0), time(9, 0))), "end after"),
        (lambda p: p.hours.update({d: None for d in range(7)}), "at least one day"),
        (lambda p: setattr(p, "counters", []), "at least one counter"),
        (lambda p: setattr(p, "counters", ["窓口1", "窓口1"]), "counters have the same"),
        (lambda p: setattr(p, "terminals", ["統合端末1", ""]), "every handover terminal"),
        (lambda p: p.tablets.append(Tablet("2", "not-an-address")), "mail address of tablet"),
        (lambda p: p.tablets.append(Tablet("1", "other@x.example.jp")), "same number"),
        (lambda p: p.tablets.append(Tablet("2", "TABLET1@city.midori.example.jp")), "its own mail"),
    ],
)
def test_profile_problems(change: object, fragment: str) -> None:
    p = valid_profile()
    change(p)  # type: ignore[operator]
    found = messages(p)
    assert any(fragment in m for m in found), found
    with pytest.raises(DomainError):
        p.ensure_valid()


@pytest.mark.parametrize(
    ("address", "ok"),
    [("a@b.jp", True), ("madoguchi+1@city.example.lg.jp", True), ("a@b", False), ("a b@c.jp", False),
     ("あ@b.jp", False), ("", False)],
)  # fmt: skip
def test_mail(address: str, ok: bool) -> None:
    assert valid_mail(address) is ok


def test_dated_keys() -> None:
    keys = {k.key for k in DATED_KEYS}
    assert {"population", "staffing", "terminals_in_service", "target_rate"} <= keys
    assert {postage_key("tokurei"), postage_key("kan_i_kakitome")} <= keys
    with pytest.raises(DomainError):
        postage_key("yu_pack")
    pop = dated_key(POPULATION)
    pop.check_valid_from(date(2026, 1, 1))
    with pytest.raises(DomainError):
        pop.check_valid_from(date(2026, 2, 1))
    staffing = dated_key(STAFFING)
    with pytest.raises(DomainError):
        staffing.check_valid_from(date(2026, 4, 2))
    assert staffing.encode({"regular": 2, "temporary": 4}) == {"regular": 2, "temporary": 4}
    assert pop.encode({"value": 63723}) == 63723
    assert pop.decode(63723) == {"value": 63723.0}
    with pytest.raises(DomainError):
        pop.encode({"value": -1})
    rate = dated_key(TARGET_RATE)
    assert rate.encode({"lower": 8.5, "upper": 10}) == {"lower": 8.5, "upper": 10.0}
    with pytest.raises(DomainError):
        rate.encode({"lower": 12, "upper": 10})
    with pytest.raises(DomainError):
        dated_key("nonsense")
