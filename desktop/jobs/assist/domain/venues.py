"""Pop-up venues (出張申請受付), Qt-free: a session at a company, community centre, shopping centre, care
facility or a home visit, with its date, times, staff and tablets.

A venue is a site of kind 'venue' in the foundation's office model; a session is a calendar session
(kind 'extra') at that site, extended by the assistance job with the venue's type, the staff and the
tablets. Assistance given there is recorded under it: events `popup_assist` carry the site and the
session's id, so counts per venue and per type reach the reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.people import contains_individual_number


class VenueType(StrEnum):
    COMPANY = "company"  # 企業
    COMMUNITY_CENTRE = "community_centre"  # 公民館
    SHOPPING_CENTRE = "shopping_centre"  # 商業施設
    CARE_FACILITY = "care_facility"  # 介護施設
    HOME_VISIT = "home_visit"  # 自宅訪問
    OTHER = "other"  # その他

    @property
    def label(self) -> str:
        """English source; translate in context "VenueType"."""
        return VENUE_TYPE_LABELS[self]


VENUE_TYPE_LABELS = {
    VenueType.COMPANY: QT_TRANSLATE_NOOP("VenueType", "Company"),
    VenueType.COMMUNITY_CENTRE: QT_TRANSLATE_NOOP("VenueType", "Community centre"),
    VenueType.SHOPPING_CENTRE: QT_TRANSLATE_NOOP("VenueType", "Shopping centre"),
    VenueType.CARE_FACILITY: QT_TRANSLATE_NOOP("VenueType", "Care facility"),
    VenueType.HOME_VISIT: QT_TRANSLATE_NOOP("VenueType", "Home visit"),
    VenueType.OTHER: QT_TRANSLATE_NOOP("VenueType", "Other"),
}


@dataclass(frozen=True)
class VenueSessionDraft:
    """A pop-up session to plan: an existing venue (site id) or a new one (name + address)."""

    name: str
    venue_type: VenueType
    day: date
    start: time
    end: time
    site_id: str | None = None  # an existing venue; None = create the venue `name`
    address: str = ""
    staff_ids: tuple[str, ...] = ()
    tablets: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class VenueSession:
    """A stored session: its id is the calendar session's id."""

    id: str
    site_id: str
    name: str
    address: str
    venue_type: VenueType
    day: date
    start: time
    end: time
    staff_ids: tuple[str, ...]
    tablets: tuple[str, ...]
    note: str
    assisted: int = 0  # applications finished there (netted popup_assist events)


def check_session(draft: VenueSessionDraft, office_tablets: list[str]) -> VenueSessionDraft:
    """Refuse what cannot be right; returns the draft with trimmed text."""
    name = draft.name.strip()
    if draft.site_id is None and not name:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the name of the venue."))
    if not draft.start < draft.end:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The session must end after it starts."))
    for text in (name, draft.address, draft.note):
        if contains_individual_number(text):
            raise DomainError(QT_TRANSLATE_NOOP(
                "Errors", "This looks like a 12-digit Individual Number (個人番号). The Individual Number "
                "must never be recorded: remove it."))  # fmt: skip
    unknown = [t for t in draft.tablets if t not in office_tablets]
    if unknown:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Errors", "Tablet {number} is not one of the office's tablets."), number=unknown[0])  # fmt: skip
    if len(set(draft.tablets)) != len(draft.tablets) or len(set(draft.staff_ids)) != len(draft.staff_ids):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "A tablet or a staff member is listed twice."))
    return VenueSessionDraft(name, VenueType(draft.venue_type), draft.day, draft.start, draft.end,
                             draft.site_id, draft.address.strip(), tuple(draft.staff_ids),
                             tuple(draft.tablets), draft.note.strip())  # fmt: skip


@dataclass(frozen=True)
class PopupFigures:
    """Pop-up applications of a period: per venue (site name) and per venue type."""

    by_venue: dict[str, int]
    by_type: dict[VenueType, int]
    sessions: int

    @property
    def total(self) -> int:
        return sum(self.by_type.values())
