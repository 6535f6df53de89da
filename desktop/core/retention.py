"""Retention rules (保存期間): how long each kind of residents' personal data is kept.

A rule names a kind of personal data, its period setting (`retention.<key>`, in days; JSON null =
keep forever) with a default, and a `purge(ctx, cutoff)` that removes or blanks the personal data of
records older than the cutoff date and returns how many records it touched. Purges never touch count
events (they carry record ids only), so monthly totals survive. The kernel's rules live in
`desktop.store.retention`; jobs add theirs through the registry (`Job.retention`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.store.context import Context

MAX_DAYS = 36500


def setting_key_for(key: str) -> str:
    return f"retention.{key}"


@dataclass(frozen=True)
class RetentionRule:
    key: str  # stable ASCII, e.g. "visit_notes"
    label: str  # English source; translate in context "Retention"
    setting_key: str  # settings key holding the period in days, by convention retention.<key>
    default_days: int | None  # None = keep forever unless the office sets a period
    purge: Callable[[Context, date], int]  # (ctx, cutoff) -> records purged; older than cutoff go


def validate_days(days: object) -> int | None:
    """A period is a whole number of days from 1 to 36500, or None (keep forever)."""
    if days is None:
        return None
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Errors", "A retention period is a whole number of days from 1 to {max}, or empty to keep."
            ),
            max=MAX_DAYS,
        )
    return days


def cutoff_for(today: date, days: int) -> date:
    """Records dated before this local date are older than the period."""
    return today - timedelta(days=days)
