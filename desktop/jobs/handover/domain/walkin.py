"""Walk-in services at the counter (窓口での手続), recorded as fast as a tick: each its own count kind.

- 電子証明書更新 `cert_renewal`: which certificates were renewed.
- 暗証番号再設定 `pin_reset` (walk-in only by default) and 暗証番号変更 `pin_change`: which PINs. Cards
  differ (a next-generation card with two PINs is planned), so the choice is by PIN *kind* — the
  signature PIN (6–16 characters) or the 4-digit PINs — never a fixed "four PINs" and never a PIN.
- 券面事項変更・追記 `card_update`: what changed on the card.
The service key is the visit's service and the count kind recorded. Identity is checked as for a
handover (the card itself is a document of list A); document KEYS and the rule met are stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.core import identity
from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.identity import Catalogue, Evaluation, IdentityRules
from desktop.core.people import InvalidField
from desktop.jobs.handover.domain.checklist import check_note


class WalkInService(StrEnum):
    CERT_RENEWAL = "cert_renewal"  # 電子証明書更新
    PIN_RESET = "pin_reset"  # 暗証番号再設定
    PIN_CHANGE = "pin_change"  # 暗証番号変更
    CARD_UPDATE = "card_update"  # 券面事項変更・追記

    @property
    def label(self) -> str:
        return SERVICE_LABELS[self]

    @property
    def official_ja(self) -> str:
        return SERVICE_JA[self]


SERVICE_LABELS = {
    WalkInService.CERT_RENEWAL: QT_TRANSLATE_NOOP("WalkIn", "Certificate renewal"),
    WalkInService.PIN_RESET: QT_TRANSLATE_NOOP("WalkIn", "PIN reset"),
    WalkInService.PIN_CHANGE: QT_TRANSLATE_NOOP("WalkIn", "PIN change"),
    WalkInService.CARD_UPDATE: QT_TRANSLATE_NOOP("WalkIn", "Card details update"),
}
SERVICE_JA = {
    WalkInService.CERT_RENEWAL: "電子証明書の更新",
    WalkInService.PIN_RESET: "暗証番号の再設定",
    WalkInService.PIN_CHANGE: "暗証番号の変更",
    WalkInService.CARD_UPDATE: "券面事項の変更（追記）",
}

# Detail choices per service: key -> (English label, Japanese for print). The first is the default.
DETAILS: dict[WalkInService, tuple[tuple[str, str, str], ...]] = {
    WalkInService.CERT_RENEWAL: (
        ("both", QT_TRANSLATE_NOOP("WalkIn", "Both certificates"), "署名用・利用者証明用"),
        ("signature", QT_TRANSLATE_NOOP("WalkIn", "Signature certificate"), "署名用"),
        ("user", QT_TRANSLATE_NOOP("WalkIn", "User certificate"), "利用者証明用"),
    ),
    WalkInService.PIN_RESET: (
        ("four_digit", QT_TRANSLATE_NOOP("WalkIn", "4-digit PINs"), "4桁の暗証番号"),
        ("signature", QT_TRANSLATE_NOOP("WalkIn", "Signature PIN"), "署名用電子証明書の暗証番号"),
        ("all", QT_TRANSLATE_NOOP("WalkIn", "All PINs"), "全ての暗証番号"),
    ),
    WalkInService.PIN_CHANGE: (
        ("four_digit", QT_TRANSLATE_NOOP("WalkIn", "4-digit PINs"), "4桁の暗証番号"),
        ("signature", QT_TRANSLATE_NOOP("WalkIn", "Signature PIN"), "署名用電子証明書の暗証番号"),
        ("all", QT_TRANSLATE_NOOP("WalkIn", "All PINs"), "全ての暗証番号"),
    ),
    WalkInService.CARD_UPDATE: (
        ("address", QT_TRANSLATE_NOOP("WalkIn", "Address"), "住所"),
        ("name", QT_TRANSLATE_NOOP("WalkIn", "Name"), "氏名"),
        ("other", QT_TRANSLATE_NOOP("WalkIn", "Other details"), "その他の券面事項"),
    ),
}

DEFAULT_DOCUMENTS: tuple[str, ...] = ("my_number_card",)


def detail_keys(service: WalkInService | str) -> tuple[str, ...]:
    return tuple(key for key, _, _ in DETAILS[WalkInService(service)])


def detail_label(service: WalkInService | str, key: str) -> str:
    return next((label for k, label, _ in DETAILS[WalkInService(service)] if k == key), key)


def detail_ja(service: WalkInService | str, key: str) -> str:
    return next((ja for k, _, ja in DETAILS[WalkInService(service)] if k == key), key)


@dataclass(frozen=True)
class WalkInDraft:
    person_id: str
    service: WalkInService
    detail: str = ""  # one of detail_keys(service); "" = the default
    visit_id: str | None = None  # None: checked in as a walk-in when recorded
    documents: tuple[str, ...] = DEFAULT_DOCUMENTS
    note: str = ""

    def resolved_detail(self) -> str:
        return self.detail or detail_keys(self.service)[0]


def check_walkin(draft: WalkInDraft, *, rules: IdentityRules, catalogue: Catalogue) -> Evaluation:
    """Raise the first problem; return the identity evaluation (rule met) when the record may be kept."""
    service = WalkInService(draft.service)
    if draft.resolved_detail() not in detail_keys(service):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose what was done for {service}."),
                          service=service.label)  # fmt: skip
    evaluation = identity.evaluate(rules, identity.HANDOVER, draft.documents, catalogue=catalogue)
    if not evaluation.ok:
        raise InvalidField("documents", QT_TRANSLATE_NOOP(
            "Errors", "The resident's identity documents are not enough."))  # fmt: skip
    check_note(draft.note)
    return evaluation
