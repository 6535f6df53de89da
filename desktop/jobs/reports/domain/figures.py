"""How the reports' figures are made from count kinds (Qt-free), and the marks of cells without a number.

- 交付枚数 (cards issued) = `handover` + `mail_delivered`
- 申請サポート件数 (application support) = `assist` + `popup_assist`
- 出張申請 受付件数 (pop-up applications) = `popup_assist`
- 申請時来庁 受付件数 (identity checked at application) = `apply_identity`
- no-show rate = `no_show` ÷ (`no_show` + `checkin`)

A figure that depends on a setting nobody entered is `NOT_SET` (printed 「未設定」), never a number; a
month that has not begun yet is `FUTURE` (an empty cell); a month that ended before the office started
using Madoguchi (the opening balance's date) is `NO_RECORD` (printed 「―」): the app holds no counts
for it, and 0 would be a wrong number.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

ISSUED_KINDS: tuple[str, ...] = ("handover", "mail_delivered")
ASSIST_KINDS: tuple[str, ...] = ("assist", "popup_assist")
POPUP_KINDS: tuple[str, ...] = ("popup_assist",)
APPLY_IDENTITY_KINDS: tuple[str, ...] = ("apply_identity",)
NO_SHOW, CHECKIN = "no_show", "checkin"

# Every kind the follow-up table and the dashboard read.
PLAN_KINDS: tuple[str, ...] = tuple(
    dict.fromkeys(ISSUED_KINDS + ASSIST_KINDS + POPUP_KINDS + APPLY_IDENTITY_KINDS)
)

# The daily load chart: groups of kinds stacked per day (key, English label in context "Reports").
LOAD_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("handover", ("handover",)),
    ("assist", ASSIST_KINDS),
    ("other", ("cert_renewal", "pin_reset", "pin_change", "card_update")),
)


class Mark(Enum):
    """A cell without a number: the setting behind it is missing, the month is still to come, or it
    ended before Madoguchi was used."""

    NOT_SET = "not_set"
    FUTURE = "future"
    NO_RECORD = "no_record"


Cell = int | float | Mark | None  # None: nothing to show (e.g. a total that does not apply)

def total_of(counts: Mapping[str, int], kinds: Iterable[str]) -> int:
    """The sum of the counts of `kinds` (absent kinds count 0)."""
    return sum(counts.get(k, 0) for k in kinds)


def percent(part: int, whole: int, places: int = 2) -> float:
    """part ÷ whole in percent, rounded half up to `places` decimals (as a clerk rounds)."""
    if whole <= 0:
        raise ValueError("whole must be positive")
    value = Decimal(part) * 100 / Decimal(whole)
    return float(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def no_show_rate(no_shows: int, checkins: int) -> float | None:
    """no_show ÷ (no_show + checkin) in percent; None when there was nobody."""
    whole = no_shows + checkins
    return None if whole == 0 else percent(no_shows, whole, 1)
