"""申請時来庁方式: the resident's identity checked when applying, the card mailed (or kept at the counter)
later — Qt-free.

- The documents shown, chosen by TYPE from the office's catalogue, evaluated by the foundation's
  evaluator with the 申請時来庁 rule (`desktop.core.identity.evaluate(rules, "apply_identity", …)`):
  A×2, A+B, 通知カード+B×2, or A×1 with the resident typing a PIN on the national terminal — the
  municipality chooses which. The PIN is typed by the resident into the terminal: the app keeps only a
  tick saying it was done, never a PIN.
- Consent to the office keeping a copy of the ID (a tick: no image of an ID document is ever stored).
- The sealed 暗証番号設定依頼書 received.
- The delivery method: 本人限定受取郵便（特例型）, 簡易書留, or 窓口 (the card is collected at the counter).
- 氏名, フリガナ, postal code and mailing address confirmed by staff (read out from the record); a card
  to be posted needs the postal code and the address on the record.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core import identity
from desktop.core.cases import DeliveryMethod
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.identity import Catalogue, Evaluation, IdentityRules
from desktop.core.people import InvalidField

POSTED = frozenset({DeliveryMethod.TOKUREI, DeliveryMethod.KAN_I_KAKITOME})


@dataclass(frozen=True)
class ApplyIdentityDraft:
    documents: tuple[str, ...] = ()  # document-type KEYS
    pin_typed: bool = False  # the resident typed a PIN on the national terminal (a tick)
    id_copy_consent: bool = False
    pin_request_received: bool = False  # the sealed 暗証番号設定依頼書
    delivery: DeliveryMethod | None = None
    name_confirmed: bool = False
    kana_confirmed: bool = False
    postal_confirmed: bool = False
    address_confirmed: bool = False


@dataclass(frozen=True)
class ApplyIdentityCheck:
    evaluation: Evaluation
    problems: list[InvalidField] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _p(field_name: str, template: str) -> InvalidField:
    return InvalidField(field_name, template)


def check_apply_identity(
    draft: ApplyIdentityDraft,
    rules: IdentityRules,
    catalogue: Catalogue,
    *,
    has_postal_code: bool,
    has_address: bool,
) -> ApplyIdentityCheck:
    """Every rule of the identity check at application; the evaluation is shown to staff as is."""
    evaluation = identity.evaluate(
        rules, identity.APPLY_IDENTITY, draft.documents, pin_typed=draft.pin_typed, catalogue=catalogue
    )
    problems: list[InvalidField] = []
    if not evaluation.ok:
        problems.append(_p("identity_documents", QT_TRANSLATE_NOOP(
            "Errors", "The identity documents are not enough for a card sent by post.")))  # fmt: skip
    if not draft.id_copy_consent:
        problems.append(_p("id_copy_consent", QT_TRANSLATE_NOOP(
            "Errors", "Ask for consent to keep a copy of the ID, and tick it.")))  # fmt: skip
    if not draft.pin_request_received:
        problems.append(_p("pin_request", QT_TRANSLATE_NOOP(
            "Errors", "Receive the sealed PIN setting request form (暗証番号設定依頼書), and tick it.")))  # fmt: skip
    if draft.delivery is None:
        problems.append(_p("delivery", QT_TRANSLATE_NOOP("Errors", "Choose how the card will be delivered.")))
    if not (draft.name_confirmed and draft.kana_confirmed):
        problems.append(_p("confirm_name", QT_TRANSLATE_NOOP(
            "Errors", "Confirm the name and the furigana with the resident.")))  # fmt: skip
    if not (draft.postal_confirmed and draft.address_confirmed):
        problems.append(_p("confirm_address", QT_TRANSLATE_NOOP(
            "Errors", "Confirm the postal code and the mailing address with the resident.")))  # fmt: skip
    if draft.delivery in POSTED and not (has_postal_code and has_address):
        problems.append(_p("confirm_address", QT_TRANSLATE_NOOP(
            "Errors", "A card sent by post needs the postal code and the address: add them at reception.")))  # fmt: skip
    return ApplyIdentityCheck(evaluation, problems)


def document_keys(keys: tuple[str, ...] | list[str], catalogue: Catalogue) -> tuple[str, ...]:
    """Known document keys only, each once, in catalogue order (what is stored)."""
    wanted = set(keys)
    if any(catalogue.get(k) is None for k in wanted):
        raise InvalidField("identity_documents", QT_TRANSLATE_NOOP(
            "Errors", "Record only the kind of identity document, never its number or other details."))  # fmt: skip
    return tuple(d.key for d in catalogue.documents if d.key in wanted)
