"""Unclaimed cards (未受取カード) and the municipality's disposal rule (廃棄), Qt-free.

A card waits in 通知済 (notice sent) or 来庁案内済 (invited after a returned mailing). Staff send
reminders (再通知), record notices that came back (返戻), and — when the municipality's rule says so —
a supervisor confirms the disposal the app proposes.

The rule is a setting (`DisposalRule`): the card may be disposed of on or after the LATER of
  · `months_after_notice` months after the first notice or invitation, and
  · `months_after_reminder` months after the last reminder,
each part optional; `reminder_required` means no card is disposed of before a reminder was sent;
`never` (or no part at all) keeps every card. Months are calendar months: 31 January + 1 month is
28 (29) February.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP

MAX_MONTHS = 120


def add_months(d: date, months: int) -> date:
    """Calendar months later; the day is clamped to the month's last day."""
    index = d.month - 1 + months
    year, month = d.year + index // 12, index % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class DisposalRule:
    never: bool = False
    months_after_notice: int | None = 12
    months_after_reminder: int | None = 3
    reminder_required: bool = True

    def check(self) -> DisposalRule:
        for months in (self.months_after_notice, self.months_after_reminder):
            if months is not None and (
                isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= MAX_MONTHS
            ):
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Errors", "A period is a whole number of months from 1 to {max}, or empty."),
                    max=MAX_MONTHS)  # fmt: skip
        if not self.never and self.months_after_notice is None and self.months_after_reminder is None:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Errors", "Give at least one period, or choose to keep unclaimed cards."))  # fmt: skip
        return self

    @property
    def keeps_everything(self) -> bool:
        return self.never or (self.months_after_notice is None and self.months_after_reminder is None)

    def to_json(self) -> dict[str, Any]:
        return {
            "never": self.never,
            "months_after_notice": self.months_after_notice,
            "months_after_reminder": self.months_after_reminder,
            "reminder_required": self.reminder_required,
        }

    @classmethod
    def from_json(cls, data: Any) -> DisposalRule:
        """A damaged or missing setting gives the safe answer: keep every card."""
        if not isinstance(data, dict):
            return cls()
        try:
            rule = cls(
                never=bool(data.get("never", False)),
                months_after_notice=_months(data.get("months_after_notice", 12)),
                months_after_reminder=_months(data.get("months_after_reminder", 3)),
                reminder_required=bool(data.get("reminder_required", True)),
            )
            return rule.check()
        except (DomainError, TypeError, ValueError):
            return cls(never=True)


def _months(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("months")
    return value


@dataclass(frozen=True)
class Letter:
    """A reminder sent, or the original notice when it came back (`kind` 'notice')."""

    id: str
    case_id: str
    kind: str  # 'notice' | 'reminder'
    sent_on: date
    returned_on: date | None = None


@dataclass(frozen=True)
class DisposalStatus:
    due_on: date | None  # None: never under the rule (or a reminder is needed first)
    due: bool
    needs_reminder: bool


def disposal_status(
    rule: DisposalRule, first_notice_on: date, reminders: list[date], today: date
) -> DisposalStatus:
    """When the card may be disposed of under `rule`, and whether that day has come."""
    if rule.keeps_everything:
        return DisposalStatus(None, False, False)
    last_reminder = max(reminders) if reminders else None
    if rule.reminder_required and last_reminder is None:
        return DisposalStatus(None, False, True)
    candidates: list[date] = []
    if rule.months_after_notice is not None:
        candidates.append(add_months(first_notice_on, rule.months_after_notice))
    if rule.months_after_reminder is not None and last_reminder is not None:
        candidates.append(add_months(last_reminder, rule.months_after_reminder))
    if not candidates:  # only a reminder period, and no reminder sent while not required
        return DisposalStatus(None, False, True)
    due_on = max(candidates)
    return DisposalStatus(due_on, today >= due_on, False)


@dataclass(frozen=True)
class UnclaimedCard:
    """One card waiting at the office, as the unclaimed list shows it."""

    case_id: str
    person_id: str | None
    name: str
    state: str  # 'notified' | 'invited'
    first_notice_on: date
    reservation_number: str | None
    letters: tuple[Letter, ...] = field(default=())
    status: DisposalStatus = DisposalStatus(None, False, False)

    @property
    def reminders(self) -> list[Letter]:
        return [x for x in self.letters if x.kind == "reminder"]

    @property
    def returned(self) -> list[Letter]:
        return [x for x in self.letters if x.returned_on is not None]

    def waiting_days(self, today: date) -> int:
        return (today - self.first_notice_on).days
