"""Rules of the mailing job (Qt-free, SQL-free): card arrival (カード受入), the 交付通知書, and delivery
by restricted-recipient post (本人限定受取郵便（特例型）) or simple registered post (簡易書留).

A card case's stretch owned by this job (the kernel's transition table, `desktop.core.cases`):

    申請済 → 到着 → 設定済 → 通知済                       collection at the counter (Route.COUNTER)
                          → 発送済 → 配達済                  by post (Route.POST)
                                   → 返戻 → 来庁案内済       returned, invited to the counter

`route_of(case)`: a card goes by post only when the identity was checked at application (申請時来庁)
AND the case's delivery method is a postal one; every other card (交付時来庁, or 申請時来庁 with 窓口) is
collected at the counter after a 交付通知書.

Tracking numbers (お問い合わせ番号) are 11–13 digits; spaces and hyphens are ignored on input. They are
a validated structured field, never free text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from desktop.core.cases import CardCase, CaseState, DeliveryMethod
from desktop.core.errors import DomainError, InvalidTransition
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.people import reject_individual_number

JOB_KEY = "mailing"  # the owner key of this job's card-case moves
POSTAL_METHODS = (DeliveryMethod.TOKUREI, DeliveryMethod.KAN_I_KAKITOME)
MAX_BACKDATE_DAYS = 14  # a date sent may be entered up to two weeks late, never in the future
DEFAULT_FOLLOWUP_DAYS = 14  # the post office holds an item about 10 days; then a few days to return it
MAX_NOTE = 200


class Route(StrEnum):
    COUNTER = "counter"  # 窓口で交付: 交付通知書 → booking → handover
    POST = "post"  # 郵送: mailing batch

    @property
    def label(self) -> str:
        """English source; translate in context "MailingRoute"."""
        return ROUTE_LABELS[self]


ROUTE_LABELS = {
    Route.COUNTER: QT_TRANSLATE_NOOP("MailingRoute", "Collect at the counter"),
    Route.POST: QT_TRANSLATE_NOOP("MailingRoute", "By post"),
}


METHOD_SHORT_LABELS = {
    DeliveryMethod.COUNTER: QT_TRANSLATE_NOOP("DeliveryMethodShort", "Counter"),
    DeliveryMethod.TOKUREI: QT_TRANSLATE_NOOP("DeliveryMethodShort", "Restricted (special)"),  # 特例型
    DeliveryMethod.KAN_I_KAKITOME: QT_TRANSLATE_NOOP("DeliveryMethodShort", "Simple registered"),  # 簡易書留
}


def method_short(method: DeliveryMethod) -> str:
    """Short English source for tables (translate with tr_text: it carries its context)."""
    return METHOD_SHORT_LABELS[method]


def route_of(case: CardCase) -> Route:
    """By post only for 申請時来庁 (identity checked at application) with a postal delivery method
    (`CardCase.goes_by_post`, the kernel's rule, which the reports' dashboard shares)."""
    return Route.POST if case.goes_by_post else Route.COUNTER


class WrongRoute(InvalidTransition):
    """The card goes the other way (collected at the counter, or mailed)."""


def check_route(case: CardCase, wanted: Route) -> None:
    """Refuse a notice for a card that goes by post, and mailing for a card collected at the counter."""
    actual = route_of(case)
    if actual is wanted:
        return
    if wanted is Route.POST:
        if case.delivery_method in POSTAL_METHODS:
            raise WrongRoute(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This card cannot be mailed: the identity was not checked when the resident applied. "
                    "Send a handover notice so the resident collects it at the counter.",
                )
            )
        raise WrongRoute(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This card is to be collected at the counter, not mailed. Send a handover notice instead.",
            )
        )
    raise WrongRoute(
        QT_TRANSLATE_NOOP(
            "Errors", "This card is to be mailed to the resident. Add it to a mailing batch instead of a notice."
        )
    )


# --- tracking numbers ------------------------------------------------------------------------------

_TRACKING_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―−ーｰ－]")


def normalize_tracking_number(text: str) -> str:
    """お問い合わせ番号: digits only, 11–13 of them; full-width digits, spaces and hyphens accepted."""
    folded = _TRACKING_SEPARATORS.sub("", unicodedata.normalize("NFKC", text))
    if not folded:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Enter or scan the tracking number."))
    if not (folded.isascii() and folded.isdigit()):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Errors", "A tracking number has digits only (hyphens and spaces are ignored). Check it."
            )
        )
    if not 11 <= len(folded) <= 13:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A tracking number has 11 to 13 digits ({count} entered). Check it against the label.",
            ),
            count=len(folded),
        )
    return folded


def tracking_groups(number: str) -> list[str]:
    """The digits in groups of four from the left, as printed on the post office's label."""
    return [number[i : i + 4] for i in range(0, len(number), 4)]


def format_tracking(number: str | None) -> str:
    """1234-5678-9012 (empty for None)."""
    return "-".join(tracking_groups(number)) if number else ""


def is_application_id(text: str) -> bool:
    """True when the text is a run of 12 or more digits (spaces and hyphens ignored): staff scanned or
    typed a 申請書ID rather than a name (12 digits exactly are refused elsewhere as a possible 個人番号)."""
    folded = _TRACKING_SEPARATORS.sub("", unicodedata.normalize("NFKC", text))
    return folded.isascii() and folded.isdigit() and len(folded) >= 12


# --- returns ---------------------------------------------------------------------------------------


class ReturnReason(StrEnum):
    STORAGE_EXPIRED = "storage_expired"  # 保管期間経過
    ADDRESS_UNKNOWN = "address_unknown"  # あて所に尋ねあたりません
    REFUSED = "refused"  # 受取拒否
    OTHER = "other"  # その他

    @property
    def label(self) -> str:
        """English source; translate in context "ReturnReason"."""
        return RETURN_REASON_LABELS[self]


RETURN_REASON_LABELS = {
    ReturnReason.STORAGE_EXPIRED: QT_TRANSLATE_NOOP("ReturnReason", "Storage period expired"),
    ReturnReason.ADDRESS_UNKNOWN: QT_TRANSLATE_NOOP("ReturnReason", "Address unknown"),
    ReturnReason.REFUSED: QT_TRANSLATE_NOOP("ReturnReason", "Refused by the addressee"),
    ReturnReason.OTHER: QT_TRANSLATE_NOOP("ReturnReason", "Other"),
}


def clean_note(note: str, *, required: bool = False) -> str:
    """A short staff note: trimmed, at most 200 characters, never a 個人番号."""
    text = " ".join(note.split())
    reject_individual_number(text, "note")
    if required and not text:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Say briefly why the item came back (reason: other)."))
    if len(text) > MAX_NOTE:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "The note is too long: keep it under {max} characters."), max=MAX_NOTE
        )
    return text


# --- dates -----------------------------------------------------------------------------------------


def check_act_date(on: date, today: date, *, not_before: date | None = None) -> date:
    """A date staff enter for a notice, a batch sent, a delivery or a return: not in the future, at most
    14 days back, and not before the step it follows (`not_before`)."""
    if on > today:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The date cannot be in the future. Check the date."))
    if on < today - timedelta(days=MAX_BACKDATE_DAYS):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Errors", "The date is more than {days} days ago. Record the step on the day it happens."
            ),
            days=MAX_BACKDATE_DAYS,
        )
    if not_before is not None and on < not_before:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "The date is before the card's previous step ({earlier}). Check it."),
            earlier=not_before.isoformat(),
        )
    return on


def month_start(d: date) -> date:
    return d.replace(day=1)


def next_month(d: date) -> date:
    return (d.replace(day=1) + timedelta(days=32)).replace(day=1)


def months_between(first: date, last: date) -> list[date]:
    """The first day of every month from `first`'s month to `last`'s month inclusive."""
    out: list[date] = []
    m = month_start(first)
    while m <= last:
        out.append(m)
        m = next_month(m)
    return out


# --- records as the job sees them ------------------------------------------------------------------


@dataclass(frozen=True)
class CardRow:
    """A card case with the resident's name and address, for lists (not an opened record)."""

    case: CardCase
    name: str = ""
    kana: str = ""
    birth_date: date | None = None
    postal_code: str = ""
    address: str = ""
    arrived_on: date | None = None
    configured_on: date | None = None
    notice_sent_on: date | None = None

    @property
    def case_id(self) -> str:
        return self.case.id

    @property
    def state(self) -> CaseState:
        return self.case.state

    @property
    def route(self) -> Route:
        return route_of(self.case)


class BatchState(StrEnum):
    DRAFT = "draft"
    SENT = "sent"


@dataclass(frozen=True)
class MailItem:
    id: str
    batch_id: str
    case_id: str
    position: int
    method: DeliveryMethod
    tracking_number: str | None
    postage_yen: int | None
    sent_on: date | None
    delivered_on: date | None
    returned_on: date | None
    return_reason: ReturnReason | None
    return_note: str
    invited_on: date | None
    batch_number: int = 0
    # the resident, for lists and documents (empty once retention unlinked the case)
    name: str = ""
    postal_code: str = ""
    address: str = ""
    case_state: CaseState | None = None


@dataclass(frozen=True)
class MailBatch:
    id: str
    number: int
    state: BatchState
    prepared_at: Any  # aware datetime (UTC)
    sent_on: date | None
    items: tuple[MailItem, ...] = field(default=())

    @property
    def missing_tracking(self) -> int:
        return sum(1 for i in self.items if not i.tracking_number)

    @property
    def postage_total(self) -> int:
        return sum(i.postage_yen or 0 for i in self.items)


@dataclass(frozen=True)
class FollowUps:
    """What needs chasing: items sent long ago with no news, returns not invited, invitations not
    collected (with the days since each was sent / returned / invited)."""

    unconfirmed: tuple[tuple[MailItem, int], ...]
    returned_not_invited: tuple[tuple[MailItem, int], ...]
    invited_not_collected: tuple[tuple[MailItem, int], ...]

    @property
    def total(self) -> int:
        return len(self.unconfirmed) + len(self.returned_not_invited) + len(self.invited_not_collected)


@dataclass(frozen=True)
class MonthFigures:
    """One month's figures (from the netted count events; postage from the mail_sent events' values)."""

    month: date  # first day of the month
    arrived: int = 0
    notices: int = 0
    sent: int = 0
    delivered: int = 0
    returned: int = 0
    postage_yen: int = 0


def check_postage(yen: int | None, method: DeliveryMethod, on: date) -> int:
    if yen is None:
        raise PostageNotSet(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No postage is set for {method} on {date}. An administrator sets it in Settings › "
                "Dated values.",
            ),
            method=method.label,
            date=on.isoformat(),
        )
    return yen


class PostageNotSet(DomainError):
    """The dated postage setting has no price for this method on this date."""


class BatchIncomplete(DomainError):
    """A batch cannot be sent yet (tracking numbers missing, or it is empty)."""
