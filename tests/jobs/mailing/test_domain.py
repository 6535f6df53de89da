"""Qt-free rules of the mailing job: routing, tracking numbers, notes, dates, the label sheet setting."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from desktop.core.cases import CardCase, CaseState, DeliveryMethod, IdentityResult
from desktop.core.errors import DomainError
from desktop.core.people import IndividualNumberRefused
from desktop.jobs.mailing.domain import (
    Route,
    check_act_date,
    check_route,
    clean_note,
    format_tracking,
    months_between,
    normalize_tracking_number,
    route_of,
)
from desktop.jobs.mailing.settings import PRESETS, LabelLayout, MailingSettings

NOW = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)


def case(method: DeliveryMethod, identity: bool) -> CardCase:
    return CardCase(
        id="c1", person_id="p1", application_id=None, reservation_number=None, delivery_method=method,
        identity_checked_at_application=identity,
        identity_result=IdentityResult("a_plus_b", ("passport",)) if identity else None, photo_ref=None,
        state=CaseState.CONFIGURED, state_at=NOW, opened_by="assist", created_at=NOW, updated_at=NOW,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("method", "identity", "route"),
    [
        (DeliveryMethod.COUNTER, False, Route.COUNTER),  # 交付時来庁
        (DeliveryMethod.COUNTER, True, Route.COUNTER),  # 申請時来庁, 窓口
        (DeliveryMethod.TOKUREI, True, Route.POST),  # 申請時来庁, 本人限定受取郵便
        (DeliveryMethod.KAN_I_KAKITOME, True, Route.POST),  # 申請時来庁, 簡易書留
        (DeliveryMethod.TOKUREI, False, Route.COUNTER),  # no identity check: never mailed
        (DeliveryMethod.KAN_I_KAKITOME, False, Route.COUNTER),
    ],
)
def test_route(method: DeliveryMethod, identity: bool, route: Route) -> None:
    c = case(method, identity)
    assert route_of(c) is route
    check_route(c, route)
    other = Route.POST if route is Route.COUNTER else Route.COUNTER
    with pytest.raises(DomainError):
        check_route(c, other)


def test_unchecked_postal_case_is_told_why() -> None:
    with pytest.raises(DomainError, match="identity was not checked"):
        check_route(case(DeliveryMethod.TOKUREI, False), Route.POST)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("12345678901", "12345678901"),
        ("123456789012", "123456789012"),
        ("1234567890123", "1234567890123"),
        ("1234-5678-9012", "123456789012"),
        (" 1234 5678 9012 ", "123456789012"),
        ("１２３４－５６７８－９０１２", "123456789012"),
        ("1234ー5678ー901", "12345678901"),
    ],
)
def test_tracking_numbers_accepted(text: str, number: str) -> None:
    assert normalize_tracking_number(text) == number


@pytest.mark.parametrize("text", ["", "   ", "1234567890", "12345678901234", "1234-5678-901A", "AB123456789JP",
                                  "12.345.678.901"])
def test_tracking_numbers_refused(text: str) -> None:
    with pytest.raises(DomainError):
        normalize_tracking_number(text)


def test_tracking_length_message_counts_digits() -> None:
    with pytest.raises(DomainError) as info:
        normalize_tracking_number("1234-5678-90")
    assert info.value.params == {"count": 10}


def test_format_tracking() -> None:
    assert format_tracking("123456789012") == "1234-5678-9012"
    assert format_tracking("12345678901") == "1234-5678-901"
    assert format_tracking("1234567890123") == "1234-5678-9012-3"
    assert format_tracking(None) == ""


def test_notes() -> None:
    assert clean_note("  転居先  不明 ") == "転居先 不明"
    with pytest.raises(IndividualNumberRefused):
        clean_note("番号 1234 5678 9012")
    with pytest.raises(DomainError):
        clean_note("", required=True)
    with pytest.raises(DomainError):
        clean_note("あ" * 201)


def test_act_dates() -> None:
    today = date(2026, 11, 24)
    assert check_act_date(today, today) == today
    assert check_act_date(date(2026, 11, 10), today) == date(2026, 11, 10)
    with pytest.raises(DomainError, match="future"):
        check_act_date(date(2026, 11, 25), today)
    with pytest.raises(DomainError, match="days ago"):
        check_act_date(date(2026, 11, 9), today)
    with pytest.raises(DomainError, match="previous step"):
        check_act_date(date(2026, 11, 20), today, not_before=date(2026, 11, 21))


def test_months_between() -> None:
    assert months_between(date(2026, 10, 15), date(2027, 1, 2)) == [
        date(2026, 10, 1), date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1)]  # fmt: skip
    assert months_between(date(2026, 10, 15), date(2026, 9, 1)) == []


def test_default_label_sheet_is_the_common_12_up() -> None:
    layout = LabelLayout()
    assert layout.per_page == 12
    assert layout.problems() == []
    sheet = layout.sheet()
    assert sheet.fits()
    assert (sheet.columns, sheet.rows) == (2, 6)
    for preset in PRESETS.values():
        assert preset.problems() == []
        assert preset.sheet().fits()


def test_label_sheet_problems() -> None:
    assert LabelLayout(columns=3).problems()  # 3 × 86.4 mm is wider than A4
    assert LabelLayout(rows=0).problems()
    assert LabelLayout(margin_top=-1).problems()
    assert LabelLayout(offset_x=12).problems()
    assert LabelLayout(font_size=30).problems()
    with pytest.raises(DomainError):
        MailingSettings(labels=LabelLayout(columns=3)).check()
    with pytest.raises(DomainError):
        MailingSettings(followup_days=0).check()


def test_label_sheet_json_round_trip_ignores_rubbish() -> None:
    layout = replace(LabelLayout(), offset_x=1.5, rows=5)
    assert LabelLayout.from_json(layout.to_json()) == layout
    assert LabelLayout.from_json({"rows": "six", "columns": True, "unknown": 1}) == LabelLayout()
    assert LabelLayout.from_json(None) == LabelLayout()
