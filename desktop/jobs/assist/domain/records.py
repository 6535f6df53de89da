"""What the assistance job stores and hands to its screens (Qt-free value types)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from desktop.core.cases import CardCase
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.people import Person
from desktop.core.visits import Visit
from desktop.jobs.assist.domain.flow import AssistDraft, FlowFacts
from desktop.jobs.assist.domain.settings import AssistSettings
from desktop.jobs.assist.domain.venues import VenueSession


class Status(StrEnum):
    OPEN = "open"  # 受付中: being assisted
    SUSPENDED = "suspended"  # 中断
    DONE = "done"  # 申請済

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    Status.OPEN: QT_TRANSLATE_NOOP("AssistStatus", "In progress"),
    Status.SUSPENDED: QT_TRANSLATE_NOOP("AssistStatus", "Suspended"),
    Status.DONE: QT_TRANSLATE_NOOP("AssistStatus", "Applied"),
}


class SuspendReason(StrEnum):
    """Why an application was stopped (中断); staff may add a short note."""

    DOCUMENTS = "documents"  # the resident went to fetch a document or the form
    PHOTO = "photo"  # a photo to be brought or retaken
    THINKING = "thinking"  # the resident wants to think it over / ask family
    SYSTEM = "system"  # the online service or the tablet failed
    OTHER = "other"

    @property
    def label(self) -> str:
        return SUSPEND_LABELS[self]


SUSPEND_LABELS = {
    SuspendReason.DOCUMENTS: QT_TRANSLATE_NOOP("SuspendReason", "Fetching a document or the form"),
    SuspendReason.PHOTO: QT_TRANSLATE_NOOP("SuspendReason", "Photo to be brought or retaken"),
    SuspendReason.THINKING: QT_TRANSLATE_NOOP("SuspendReason", "Resident wants to think it over"),
    SuspendReason.SYSTEM: QT_TRANSLATE_NOOP("SuspendReason", "Online service or tablet trouble"),
    SuspendReason.OTHER: QT_TRANSLATE_NOOP("SuspendReason", "Other"),
}


@dataclass(frozen=True)
class AssistRecord:
    """One assisted application as stored (the draft plus where, when, by whom and how long)."""

    id: str
    draft: AssistDraft
    site_id: str | None
    venue_session_id: str | None
    business_date: date  # 申請日
    ticket_printed: bool
    slip_printed: bool
    status: Status
    suspend_reason: str  # "<reason key>" or "<reason key>: note"
    started_at: datetime
    active_seconds: int
    segment_started_at: datetime | None
    finished_at: datetime | None
    minutes: int | None
    staff_id: str | None

    @property
    def case_id(self) -> str:
        return self.draft.case_id

    @property
    def person_id(self) -> str:
        return self.draft.person_id

    def seconds_at(self, now: datetime) -> int:
        """Time taken up to `now` (the current stretch of work included)."""
        running = 0
        if self.segment_started_at is not None:
            running = max(0, int((now - self.segment_started_at).total_seconds()))
        return self.active_seconds + running


@dataclass(frozen=True)
class AssistSession:
    """Everything the flow screen needs for one resident, read when it opens."""

    record: AssistRecord
    person: Person
    case: CardCase
    visit: Visit | None
    facts: FlowFacts
    department: str
    tablet_mails: dict[str, str]  # tablet number -> its mail address
    default_tablet: str
    settings: AssistSettings
    ticket_needed: bool  # a walk-in checked in here: no ticket was printed yet
    venue: VenueSession | None = None
    resumed: bool = False

    @property
    def draft(self) -> AssistDraft:
        return self.record.draft


@dataclass(frozen=True)
class QueueRow:
    """A line of the start screen: a visit waiting or being served, or an application to continue."""

    person_id: str
    name: str
    visit: Visit | None = None
    record_id: str | None = None
    status: Status | None = None
    step: str = ""
    business_date: date | None = None
    suspend_reason: str = ""
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class LedgerRow:
    """A line of the 申請サポート記録簿 (the ledger kept for inquiries): the 都城市 columns."""

    record_id: str
    business_date: date  # 申請日
    venue: str  # '' at the office
    queue_number: int | None
    name: str
    birth_date: date | None
    phone: str
    tablet: str
    contact_name: str
    application_id: str | None
    channel: str
    cert_wanted: bool
    braille: bool
    face_auth: bool
    mailed_later: bool
    delivery_method: str
    minutes: int | None
    staff: str
    status: Status
