"""Stored records of the handover job, as the store returns them (Qt-free value types)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.core.cases import CardCase
from desktop.core.identity import Catalogue, IdentityRules
from desktop.core.people import Person
from desktop.core.visits import Visit


@dataclass(frozen=True)
class Handover:
    """One card handed over (交付済), with what was checked. Keys only: no numbers, no PINs."""

    id: str
    case_id: str
    visit_id: str | None
    person_id: str | None
    business_date: date
    handed_at: datetime
    notice_brought: bool
    notice_absence: str | None
    identity_rule: str
    identity_documents: tuple[str, ...]
    proxy_reason: str | None
    proxy_proof: str | None
    proxy_identity_rule: str | None
    proxy_documents: tuple[str, ...]
    power_of_attorney: bool
    collected_notice_card: bool
    collected_juki_card: bool
    face_auth: bool
    pins_set: bool
    cert_signature: bool
    cert_user: bool
    terminal: str
    note: str
    staff_id: str | None

    @property
    def is_proxy(self) -> bool:
        return self.proxy_reason is not None


@dataclass(frozen=True)
class WalkInRecord:
    id: str
    visit_id: str | None
    person_id: str | None
    service: str
    detail: str
    business_date: date
    done_at: datetime
    identity_rule: str
    identity_documents: tuple[str, ...]
    note: str
    staff_id: str | None


@dataclass(frozen=True)
class Candidate:
    """A resident and a card ready for them (found on the board, by number, by kana or by 申請書ID)."""

    person_id: str
    name: str
    kana: str
    birth_date: date | None
    case: CardCase | None  # found by number: as it is (any state); else the waiting card, or None
    visit: Visit | None = None  # today's handover visit, if checked in


@dataclass(frozen=True)
class HandoverSession:
    """What the checklist needs once a resident is opened (the opening is the audited view)."""

    person: Person
    case: CardCase
    visit: Visit
    catalogue: Catalogue
    rules: IdentityRules
    terminals: list[str]
    default_terminal: str
    first_notice_on: date | None


@dataclass(frozen=True)
class DisposalEntry:
    case_id: str
    batch_id: str
    disposed_on: date
    due_on: date
    first_notice_on: date
    last_reminder_on: date | None
    staff_id: str | None
