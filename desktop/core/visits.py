"""Visits (来庁): a resident at the counter today for one service, with a queue number (受付番号).

One visit per person, service and business day; numbers run per site and day from 1, and a family
checking in together (a booking for N people) gets N consecutive numbers. States:
待ち waiting → 対応中 serving → 完了 done (set by the job that serves it), or 不在 absent (called but
not there: counted as `no_show`). A visit being served may go back to waiting (called by mistake).
This module holds the rules; `desktop.store.visits` enforces them on the stored rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from desktop.core.errors import InvalidTransition
from desktop.core.i18n import QT_TRANSLATE_NOOP


class VisitState(StrEnum):
    WAITING = "waiting"  # 待ち
    SERVING = "serving"  # 対応中
    DONE = "done"  # 完了
    ABSENT = "absent"  # 不在

    @property
    def label(self) -> str:
        """English source label; translate in context "VisitState"."""
        return VISIT_STATE_LABELS[self]


VISIT_STATE_LABELS = {
    VisitState.WAITING: QT_TRANSLATE_NOOP("VisitState", "Waiting"),
    VisitState.SERVING: QT_TRANSLATE_NOOP("VisitState", "Being served"),
    VisitState.DONE: QT_TRANSLATE_NOOP("VisitState", "Done"),
    VisitState.ABSENT: QT_TRANSLATE_NOOP("VisitState", "Absent"),
}

VISIT_TRANSITIONS: frozenset[tuple[VisitState, VisitState]] = frozenset(
    {
        (VisitState.WAITING, VisitState.SERVING),
        (VisitState.SERVING, VisitState.WAITING),
        (VisitState.SERVING, VisitState.DONE),
        (VisitState.WAITING, VisitState.ABSENT),
        (VisitState.SERVING, VisitState.ABSENT),
    }
)

CLOSED_STATES = frozenset({VisitState.DONE, VisitState.ABSENT})


def check_visit_transition(from_state: VisitState | str, to_state: VisitState | str) -> None:
    """Refuse any move not in VISIT_TRANSITIONS (InvalidTransition)."""
    src, dst = VisitState(from_state), VisitState(to_state)
    if (src, dst) not in VISIT_TRANSITIONS:
        raise InvalidTransition(
            QT_TRANSLATE_NOOP("Errors", "A visit that is {from_state} cannot become {to_state}."),
            from_state=src.label,
            to_state=dst.label,
        )


@dataclass(frozen=True)
class Visit:
    id: str
    person_id: str
    service: str  # service key (desktop.core.services)
    business_date: date  # local date (Asia/Tokyo)
    site_id: str | None
    number: int  # 受付番号, per site and day from 1
    state: VisitState
    group_id: str  # shared by the visits checked in together
    booking_id: str | None
    note: str
    checked_in_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    staff_id: str | None
