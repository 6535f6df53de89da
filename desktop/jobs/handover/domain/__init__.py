"""The handover job's rules (Qt-free, SQL-free): the checklist, proxies, walk-in services, unclaimed cards."""

from desktop.jobs.handover.domain.checklist import (
    HandoverCheck,
    HandoverDraft,
    NoticeAbsence,
    card_valid_until,
    certificate_valid_until,
    check_handover,
    check_note,
    document_keys,
    ensure_ok,
)
from desktop.jobs.handover.domain.proxy import (
    ProxyDraft,
    ProxyProof,
    ProxyReason,
    accepted_proofs,
    age_on,
    needs_power_of_attorney,
)
from desktop.jobs.handover.domain.unclaimed import (
    DisposalRule,
    DisposalStatus,
    Letter,
    UnclaimedCard,
    add_months,
    disposal_status,
)
from desktop.jobs.handover.domain.walkin import WalkInDraft, WalkInService, check_walkin

__all__ = [
    "DisposalRule",
    "DisposalStatus",
    "HandoverCheck",
    "HandoverDraft",
    "Letter",
    "NoticeAbsence",
    "ProxyDraft",
    "ProxyProof",
    "ProxyReason",
    "UnclaimedCard",
    "WalkInDraft",
    "WalkInService",
    "accepted_proofs",
    "add_months",
    "age_on",
    "card_valid_until",
    "certificate_valid_until",
    "check_handover",
    "check_note",
    "check_walkin",
    "disposal_status",
    "document_keys",
    "ensure_ok",
    "needs_power_of_attorney",
]
