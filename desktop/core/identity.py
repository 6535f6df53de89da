"""Identity documents (本人確認書類): the catalogue of lists A and B, and the one rule evaluator.

The catalogue is a setting (`desktop.store.identity`): a municipality adds types, moves them between
lists A and B, or deactivates them. Each type has a stable ASCII key (stored with a check: the key
and the rule met are what is recorded, never a document number or image), an English label
translated in context "IdDocument", and the official Japanese name for printing.

Rules (`evaluate`), each a setting in `IdentityRules` where municipalities differ:
- handover (交付, resident present): A×1 or B×2 (strict option: always two documents: A+A, A+B,
  B+B); with a proxy collecting (`is_proxy`), the resident's documents must be A+A or A+B.
- apply_identity (申請時来庁, card mailed later): the options the municipality allows among
  A×1 with the resident typing a PIN on the national terminal (never with a proxy), A×2, A+B,
  通知カード+B×2.
- proxy (the proxy's own ID): A×2 or A+B. The 顔写真証明書 is never accepted here.
- everywhere but `proxy`: a 顔写真証明書 signed by a facility or hospital head (for residents without
  photo ID) plus `photo_certificate_b_items` documents of list B, when allowed.
The same document type shown twice counts once; unknown or deactivated types count for nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP

LIST_A = "A"
LIST_B = "B"
NOTICE_CARD = "notice_card"  # 通知カード: counts only in the 通知カード+B×2 rule
PHOTO_CERTIFICATE = "photo_certificate"  # 顔写真証明書: with B items, never for proxies
KINDS = (LIST_A, LIST_B, NOTICE_CARD, PHOTO_CERTIFICATE)

HANDOVER = "handover"
APPLY_IDENTITY = "apply_identity"
PROXY = "proxy"
PURPOSES = (HANDOVER, APPLY_IDENTITY, PROXY)


@dataclass(frozen=True)
class IdDocument:
    key: str  # stable ASCII key, stored with every check
    label: str  # English source (context "IdDocument"); an admin-added type holds its own text
    official_name_ja: str  # printed on forms
    kind: str  # LIST_A | LIST_B | NOTICE_CARD | PHOTO_CERTIFICATE
    active: bool = True
    builtin: bool = True


def _doc(key: str, label: str, ja: str, kind: str) -> IdDocument:
    return IdDocument(key, label, ja, kind)


DEFAULT_DOCUMENTS: tuple[IdDocument, ...] = (
    _doc("my_number_card", QT_TRANSLATE_NOOP("IdDocument", "My Number Card"), "マイナンバーカード", LIST_A),
    _doc("driving_licence", QT_TRANSLATE_NOOP("IdDocument", "Driving licence"), "運転免許証", LIST_A),
    _doc("driving_record_cert", QT_TRANSLATE_NOOP("IdDocument", "Certificate of driving record (issued 2012-04-01 or later)"),
         "運転経歴証明書（平成24年4月1日以降交付のもの）", LIST_A),
    _doc("passport", QT_TRANSLATE_NOOP("IdDocument", "Passport"), "旅券", LIST_A),
    _doc("physical_disability_cert", QT_TRANSLATE_NOOP("IdDocument", "Physical disability certificate"), "身体障害者手帳", LIST_A),
    _doc("mental_disability_cert", QT_TRANSLATE_NOOP("IdDocument", "Mental disability certificate"),
         "精神障害者保健福祉手帳", LIST_A),
    _doc("rehabilitation_cert", QT_TRANSLATE_NOOP("IdDocument", "Rehabilitation certificate (intellectual disability)"),
         "療育手帳", LIST_A),
    _doc("residence_card", QT_TRANSLATE_NOOP("IdDocument", "Residence card"), "在留カード", LIST_A),
    _doc("special_permanent_resident_cert", QT_TRANSLATE_NOOP("IdDocument", "Special permanent resident certificate"),
         "特別永住者証明書", LIST_A),
    _doc("temporary_refuge_permit", QT_TRANSLATE_NOOP("IdDocument", "Permission for temporary refuge"), "一時庇護許可書", LIST_A),
    _doc("provisional_stay_permit", QT_TRANSLATE_NOOP("IdDocument", "Permission for provisional stay"), "仮滞在許可書", LIST_A),
    _doc("juki_card_photo", QT_TRANSLATE_NOOP("IdDocument", "Basic Resident Registration card with photo"),
         "写真付き住民基本台帳カード", LIST_A),
    _doc("official_photo_id", QT_TRANSLATE_NOOP("IdDocument", "Photo ID issued by a public office"),
         "官公署発行の写真付き身分証明書", LIST_A),
    _doc("seafarer_book", QT_TRANSLATE_NOOP("IdDocument", "Seafarer's pocket ledger"), "船員手帳", LIST_A),
    _doc("marine_officer_licence", QT_TRANSLATE_NOOP("IdDocument", "Marine officer licence"), "海技免状", LIST_A),
    _doc("radio_operator_licence", QT_TRANSLATE_NOOP("IdDocument", "Radio operator licence"), "無線従事者免許証", LIST_A),
    _doc("real_estate_agent_cert", QT_TRANSLATE_NOOP("IdDocument", "Real estate transaction agent certificate"),
         "宅地建物取引士証", LIST_A),
    _doc("aviation_licence", QT_TRANSLATE_NOOP("IdDocument", "Aviation personnel competence certificate"),
         "航空従事者技能証明書", LIST_A),
    _doc("firearm_permit", QT_TRANSLATE_NOOP("IdDocument", "Firearm or air gun possession permit"),
         "猟銃・空気銃所持許可証", LIST_A),
    _doc("insurance_qualification_cert", QT_TRANSLATE_NOOP("IdDocument", "Health insurance qualification certificate"),
         "資格確認書", LIST_B),
    _doc("health_insurance_card", QT_TRANSLATE_NOOP("IdDocument", "Health insurance card (until its expiry)"),
         "健康保険証（有効期限内のもの）", LIST_B),
    _doc("care_insurance_card", QT_TRANSLATE_NOOP("IdDocument", "Long-term care insurance card"), "介護保険被保険者証", LIST_B),
    _doc("pension_book", QT_TRANSLATE_NOOP("IdDocument", "Pension handbook"), "年金手帳", LIST_B),
    _doc("pension_certificate", QT_TRANSLATE_NOOP("IdDocument", "Pension certificate"), "年金証書", LIST_B),
    _doc("medical_benefit_cert", QT_TRANSLATE_NOOP("IdDocument", "Medical benefit recipient certificate"), "医療受給者証", LIST_B),
    _doc("public_assistance_cert", QT_TRANSLATE_NOOP("IdDocument", "Public assistance recipient certificate"),
         "生活保護受給者証", LIST_B),
    _doc("employee_id", QT_TRANSLATE_NOOP("IdDocument", "Employee ID card"), "社員証", LIST_B),
    _doc("student_id", QT_TRANSLATE_NOOP("IdDocument", "Student ID card"), "学生証", LIST_B),
    _doc("bank_book", QT_TRANSLATE_NOOP("IdDocument", "Bank passbook"), "預金通帳", LIST_B),
    _doc("patient_card", QT_TRANSLATE_NOOP("IdDocument", "Patient registration card"), "診察券", LIST_B),
    _doc("other_b", QT_TRANSLATE_NOOP("IdDocument", "Other document showing name and birth date or address"),
         "その他（氏名・生年月日又は氏名・住所が記載されたもの）", LIST_B),
    _doc("notice_card", QT_TRANSLATE_NOOP("IdDocument", "Notification card"), "通知カード", NOTICE_CARD),
    _doc("photo_certificate", QT_TRANSLATE_NOOP("IdDocument", "Photo certificate signed by a facility head"),
         "顔写真証明書", PHOTO_CERTIFICATE),
)  # fmt: skip

KIND_LABELS = {
    LIST_A: QT_TRANSLATE_NOOP("IdDocument", "List A"),
    LIST_B: QT_TRANSLATE_NOOP("IdDocument", "List B"),
    NOTICE_CARD: QT_TRANSLATE_NOOP("IdDocument", "Notification card"),
    PHOTO_CERTIFICATE: QT_TRANSLATE_NOOP("IdDocument", "Photo certificate"),
}


@dataclass(frozen=True)
class Catalogue:
    documents: tuple[IdDocument, ...] = DEFAULT_DOCUMENTS

    def get(self, key: str) -> IdDocument | None:
        return next((d for d in self.documents if d.key == key), None)

    def active(self, kind: str | None = None) -> list[IdDocument]:
        return [d for d in self.documents if d.active and (kind is None or d.kind == kind)]

    def kind_of(self, key: str) -> str | None:
        """The list of an active document type; None when unknown or deactivated."""
        doc = self.get(key)
        return doc.kind if doc is not None and doc.active else None

    def with_document(self, doc: IdDocument) -> Catalogue:
        """Add a type, or replace the one with the same key."""
        if doc.kind not in KINDS:
            raise ValueError(f"unknown document kind {doc.kind!r}")
        if self.get(doc.key) is None:
            return Catalogue((*self.documents, doc))
        return Catalogue(tuple(doc if d.key == doc.key else d for d in self.documents))

    def moved(self, key: str, kind: str) -> Catalogue:
        """Move a type between lists A and B (the special kinds keep their place)."""
        doc = self._need(key)
        if kind not in (LIST_A, LIST_B) or doc.kind not in (LIST_A, LIST_B):
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Only documents of lists A and B can be moved between the two lists."
                )
            )
        return self.with_document(replace(doc, kind=kind))

    def activated(self, key: str, active: bool) -> Catalogue:
        return self.with_document(replace(self._need(key), active=active))

    def check(self) -> Catalogue:
        """Refuse a catalogue without any active type of list A."""
        if not self.active(LIST_A):
            raise DomainError(
                QT_TRANSLATE_NOOP("Errors", "Keep at least one active document type in list A.")
            )
        return self

    def _need(self, key: str) -> IdDocument:
        doc = self.get(key)
        if doc is None:
            raise KeyError(key)
        return doc


@dataclass(frozen=True)
class IdentityRules:
    """The municipality's choices (defaults follow the national guidance)."""

    handover_always_two: bool = False  # 交付: two documents always (A+A, A+B, B+B)
    apply_a_with_pin: bool = True  # 申請時来庁: A×1 + the resident types a PIN on the terminal
    apply_two_a: bool = True  # 申請時来庁: A×2
    apply_a_and_b: bool = True  # 申請時来庁: A + B
    apply_notice_card_two_b: bool = True  # 申請時来庁: 通知カード + B×2
    photo_certificate_allowed: bool = True  # 顔写真証明書 + B items (never for a proxy's own ID)
    photo_certificate_b_items: int = 2

    def check(self) -> IdentityRules:
        if not (self.apply_a_with_pin or self.apply_two_a or self.apply_a_and_b
                or self.apply_notice_card_two_b):  # fmt: skip
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Choose at least one way to check identity when the resident applies."
                )
            )
        if not 1 <= self.photo_certificate_b_items <= 3:
            raise DomainError(
                QT_TRANSLATE_NOOP("Errors", "The photo certificate needs 1 to 3 documents of list B with it.")
            )
        return self


# Rule keys (stored with a check as "which rule was met") and the accepted-combination texts.
RULE_TEXTS = {
    "A": QT_TRANSLATE_NOOP("Identity", "one document of list A"),
    "B+B": QT_TRANSLATE_NOOP("Identity", "two documents of list B"),
    "A+A": QT_TRANSLATE_NOOP("Identity", "two documents of list A"),
    "A+B": QT_TRANSLATE_NOOP("Identity", "one document of list A and one of list B"),
    "A+PIN": QT_TRANSLATE_NOOP(
        "Identity", "one document of list A, with the resident typing a PIN on the terminal"
    ),
    "notice+B+B": QT_TRANSLATE_NOOP("Identity", "the notification card and two documents of list B"),
    "photo+B": QT_TRANSLATE_NOOP("Identity", "the photo certificate and {n} document(s) of list B"),
}
NOT_ENOUGH = QT_TRANSLATE_NOOP("Identity", "The documents shown are not enough.")
NO_DOCUMENT = QT_TRANSLATE_NOOP("Identity", "No identity document was chosen.")
ASK_PIN = QT_TRANSLATE_NOOP(
    "Identity",
    "Ask the resident to type a PIN on the national terminal, or ask for another document.",
)
NO_PHOTO_CERT_FOR_PROXY = QT_TRANSLATE_NOOP(
    "Identity", "The photo certificate is never accepted as a proxy's own ID."
)
ACCEPTED = QT_TRANSLATE_NOOP("Identity", "Accepted: {options}.")


@dataclass(frozen=True)
class Evaluation:
    ok: bool
    rule_met: str | None  # a key of RULE_TEXTS
    missing: str = ""  # English source (context "Identity"); "" when ok
    accepted: tuple[str, ...] = field(default=())  # rule keys that would have been accepted
    photo_b_items: int = 2

    def message(self, tr: Callable[[str, str], str] = lambda _c, t: t) -> str:
        """The full message, translated with `tr(context, text)` (e.g. desktop.i18n.translate)."""
        if self.ok:
            return ""
        options = "; ".join(tr("Identity", RULE_TEXTS[k]).format(n=self.photo_b_items) for k in self.accepted)
        parts = [tr("Identity", self.missing)]
        if options:
            parts.append(tr("Identity", ACCEPTED).format(options=options))
        return " ".join(parts)


def _options(rules: IdentityRules, purpose: str, is_proxy: bool) -> list[str]:
    photo = ["photo+B"] if rules.photo_certificate_allowed else []
    if purpose == PROXY:
        return ["A+A", "A+B"]
    if purpose == HANDOVER:
        if is_proxy:
            return ["A+A", "A+B", *photo]
        if rules.handover_always_two:
            return ["A+A", "A+B", "B+B", *photo]
        return ["A", "B+B", *photo]
    if purpose == APPLY_IDENTITY:
        out = []
        if rules.apply_two_a:
            out.append("A+A")
        if rules.apply_a_and_b:
            out.append("A+B")
        if rules.apply_a_with_pin and not is_proxy:
            out.append("A+PIN")
        if rules.apply_notice_card_two_b:
            out.append("notice+B+B")
        return out + photo
    raise ValueError(f"unknown identity purpose {purpose!r}")


def _met(rule: str, count: dict[str, int], pin_typed: bool, photo_b: int) -> bool:
    a, b = count[LIST_A], count[LIST_B]
    return {
        "A": a >= 1,
        "B+B": b >= 2,
        "A+A": a >= 2,
        "A+B": a >= 1 and b >= 1,
        "A+PIN": a >= 1 and pin_typed,
        "notice+B+B": count[NOTICE_CARD] >= 1 and b >= 2,
        "photo+B": count[PHOTO_CERTIFICATE] >= 1 and b >= photo_b,
    }[rule]


def evaluate(
    rules: IdentityRules,
    purpose: str,
    shown: Iterable[str],
    *,
    pin_typed: bool = False,
    is_proxy: bool = False,
    catalogue: Catalogue | None = None,
) -> Evaluation:
    """Does the set of document types shown satisfy the rule for `purpose`? Which rule was met?

    `is_proxy`: the resident's documents are brought by a proxy (no A+PIN, and for a handover A+A or
    A+B). For the proxy's own ID use `purpose=PROXY`.
    """
    cat = catalogue or Catalogue()
    options = _options(rules, purpose, is_proxy)
    count = dict.fromkeys(KINDS, 0)
    keys = set(shown)
    for key in keys:
        kind = cat.kind_of(key)
        if kind is not None:
            count[kind] += 1
    photo_b = rules.photo_certificate_b_items
    for rule in options:
        if _met(rule, count, pin_typed, photo_b):
            return Evaluation(True, rule, photo_b_items=photo_b)
    if not keys:
        missing = NO_DOCUMENT
    elif purpose == PROXY and count[PHOTO_CERTIFICATE]:
        missing = NO_PHOTO_CERT_FOR_PROXY
    elif "A+PIN" in options and count[LIST_A] == 1 and not pin_typed:
        missing = ASK_PIN
    else:
        missing = NOT_ENOUGH
    return Evaluation(False, None, missing, tuple(options), photo_b)
