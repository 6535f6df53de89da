"""The mailing job's printouts (reportlab, Qt-free), on the printing base's layouts: the mailing list
(発送一覧), address labels, cover letters (送付のご案内), booking guides (交付予約のご案内) and invitations
(来庁のご案内). Builders are pure functions of their inputs; `desktop.jobs.mailing.printouts` loads the
data, dates the documents and audits them."""

from desktop.jobs.mailing.documents.common import letterhead_of, office_hours
from desktop.jobs.mailing.documents.labels import build_address_labels
from desktop.jobs.mailing.documents.letters import (
    GuideInfo,
    build_booking_guides,
    build_cover_letters,
    build_invitations,
)
from desktop.jobs.mailing.documents.mailing_list import build_mailing_list

__all__ = [
    "GuideInfo",
    "build_address_labels",
    "build_booking_guides",
    "build_cover_letters",
    "build_invitations",
    "build_mailing_list",
    "letterhead_of",
    "office_hours",
]
