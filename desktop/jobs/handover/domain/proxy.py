"""Proxies (代理人): why the resident cannot come, what proves it, and what the proxy must bring.

A card is handed to a proxy only when the resident cannot come (DOMAIN.md): the reason falls in one of
the categories below, a document proves it (or the resident register does: the resident's age, a
legal representative in the same household), the proxy brings the resident's identity documents
(the evaluator's handover rule with `is_proxy=True`: A+A or A+B), their own photo ID (the evaluator's
`proxy` rule: A+A or A+B) and the 委任状 on the 交付通知書. A 15歳未満 resident's card is collected
by the 法定代理人, who needs no 委任状 but proof of being the legal representative.

Keys are stable ASCII (stored); labels are English sources translated in context "ProxyReason" /
"ProxyProof"; `official_ja` is what the 受領書 prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP

UNDER_15_AGE = 15
ELDERLY_AGE = 75


class ProxyReason(StrEnum):
    UNDER_15 = "under_15"  # 15歳未満（法定代理人）
    AGE_75 = "age_75"  # 75歳以上
    PREGNANCY = "pregnancy"  # 妊娠中
    HOSPITAL = "hospital"  # 入院中
    DISABILITY = "disability"  # 障害
    CARE_FACILITY = "care_facility"  # 施設入所
    NEED_OF_CARE = "need_of_care"  # 要介護・要支援
    BUSINESS_TRIP = "business_trip"  # 長期出張・船員
    STUDY_ABROAD = "study_abroad"  # 留学
    OTHER = "other"  # その他やむを得ない理由

    @property
    def label(self) -> str:
        return REASON_LABELS[self]

    @property
    def official_ja(self) -> str:
        return REASON_JA[self]


REASON_LABELS = {
    ProxyReason.UNDER_15: QT_TRANSLATE_NOOP("ProxyReason", "Under 15 (legal representative)"),
    ProxyReason.AGE_75: QT_TRANSLATE_NOOP("ProxyReason", "75 or older"),
    ProxyReason.PREGNANCY: QT_TRANSLATE_NOOP("ProxyReason", "Pregnancy"),
    ProxyReason.HOSPITAL: QT_TRANSLATE_NOOP("ProxyReason", "Hospital stay"),
    ProxyReason.DISABILITY: QT_TRANSLATE_NOOP("ProxyReason", "Disability"),
    ProxyReason.CARE_FACILITY: QT_TRANSLATE_NOOP("ProxyReason", "Living in a care facility"),
    ProxyReason.NEED_OF_CARE: QT_TRANSLATE_NOOP("ProxyReason", "Certified need of care"),
    ProxyReason.BUSINESS_TRIP: QT_TRANSLATE_NOOP("ProxyReason", "Long business trip or seafarer at sea"),
    ProxyReason.STUDY_ABROAD: QT_TRANSLATE_NOOP("ProxyReason", "Studying abroad"),
    ProxyReason.OTHER: QT_TRANSLATE_NOOP("ProxyReason", "Other unavoidable reason"),
}

REASON_JA = {
    ProxyReason.UNDER_15: "15歳未満（法定代理人）",
    ProxyReason.AGE_75: "75歳以上",
    ProxyReason.PREGNANCY: "妊娠中",
    ProxyReason.HOSPITAL: "入院中",
    ProxyReason.DISABILITY: "障害",
    ProxyReason.CARE_FACILITY: "施設入所中",
    ProxyReason.NEED_OF_CARE: "要介護・要支援",
    ProxyReason.BUSINESS_TRIP: "長期出張・船員として乗船中",
    ProxyReason.STUDY_ABROAD: "留学中",
    ProxyReason.OTHER: "その他やむを得ない理由",
}


class ProxyProof(StrEnum):
    """What shows the reason (the document's kind only: never its number or a copy)."""

    REGISTER = "register"  # 住民記録で確認（年齢・同一世帯の法定代理人）
    FAMILY_REGISTER = "family_register"  # 戸籍謄本等
    MATERNITY_BOOK = "maternity_book"  # 母子健康手帳
    ADMISSION_CERT = "admission_cert"  # 入院証明書等
    MEDICAL_CERT = "medical_cert"  # 診断書
    DISABILITY_BOOK = "disability_book"  # 障害者手帳
    FACILITY_CERT = "facility_cert"  # 施設入所証明書等
    CARE_INSURANCE_CARD = "care_insurance_card"  # 介護保険被保険者証
    EMPLOYER_CERT = "employer_cert"  # 勤務先の証明書
    SEAFARER_BOOK = "seafarer_book"  # 船員手帳
    SCHOOL_CERT = "school_cert"  # 在学証明書等
    OTHER_PROOF = "other_proof"  # その他の疎明資料

    @property
    def label(self) -> str:
        return PROOF_LABELS[self]

    @property
    def official_ja(self) -> str:
        return PROOF_JA[self]


PROOF_LABELS = {
    ProxyProof.REGISTER: QT_TRANSLATE_NOOP("ProxyProof", "Confirmed in the resident register"),
    ProxyProof.FAMILY_REGISTER: QT_TRANSLATE_NOOP("ProxyProof", "Family register certificate"),
    ProxyProof.MATERNITY_BOOK: QT_TRANSLATE_NOOP("ProxyProof", "Maternal and child health handbook"),
    ProxyProof.ADMISSION_CERT: QT_TRANSLATE_NOOP("ProxyProof", "Certificate of hospital admission"),
    ProxyProof.MEDICAL_CERT: QT_TRANSLATE_NOOP("ProxyProof", "Medical certificate"),
    ProxyProof.DISABILITY_BOOK: QT_TRANSLATE_NOOP("ProxyProof", "Disability certificate"),
    ProxyProof.FACILITY_CERT: QT_TRANSLATE_NOOP("ProxyProof", "Certificate of residence in a facility"),
    ProxyProof.CARE_INSURANCE_CARD: QT_TRANSLATE_NOOP("ProxyProof", "Long-term care insurance card"),
    ProxyProof.EMPLOYER_CERT: QT_TRANSLATE_NOOP("ProxyProof", "Employer's certificate"),
    ProxyProof.SEAFARER_BOOK: QT_TRANSLATE_NOOP("ProxyProof", "Seafarer's pocket ledger"),
    ProxyProof.SCHOOL_CERT: QT_TRANSLATE_NOOP("ProxyProof", "Certificate of enrolment abroad"),
    ProxyProof.OTHER_PROOF: QT_TRANSLATE_NOOP("ProxyProof", "Other document proving the reason"),
}

PROOF_JA = {
    ProxyProof.REGISTER: "住民記録により確認",
    ProxyProof.FAMILY_REGISTER: "戸籍謄本等",
    ProxyProof.MATERNITY_BOOK: "母子健康手帳",
    ProxyProof.ADMISSION_CERT: "入院証明書等",
    ProxyProof.MEDICAL_CERT: "診断書",
    ProxyProof.DISABILITY_BOOK: "障害者手帳",
    ProxyProof.FACILITY_CERT: "施設入所証明書等",
    ProxyProof.CARE_INSURANCE_CARD: "介護保険被保険者証",
    ProxyProof.EMPLOYER_CERT: "勤務先の証明書",
    ProxyProof.SEAFARER_BOOK: "船員手帳",
    ProxyProof.SCHOOL_CERT: "在学証明書等",
    ProxyProof.OTHER_PROOF: "その他の疎明資料",
}

P, R = ProxyProof, ProxyReason
ACCEPTED_PROOFS: dict[ProxyReason, tuple[ProxyProof, ...]] = {
    R.UNDER_15: (P.REGISTER, P.FAMILY_REGISTER),
    R.AGE_75: (P.REGISTER,),
    R.PREGNANCY: (P.MATERNITY_BOOK, P.MEDICAL_CERT),
    R.HOSPITAL: (P.ADMISSION_CERT, P.MEDICAL_CERT),
    R.DISABILITY: (P.DISABILITY_BOOK, P.MEDICAL_CERT),
    R.CARE_FACILITY: (P.FACILITY_CERT,),
    R.NEED_OF_CARE: (P.CARE_INSURANCE_CARD,),
    R.BUSINESS_TRIP: (P.EMPLOYER_CERT, P.SEAFARER_BOOK),
    R.STUDY_ABROAD: (P.SCHOOL_CERT,),
    R.OTHER: (P.OTHER_PROOF, P.MEDICAL_CERT),
}


def accepted_proofs(reason: ProxyReason | str) -> tuple[ProxyProof, ...]:
    """The kinds of proof accepted for a reason, the usual one first."""
    return ACCEPTED_PROOFS[ProxyReason(reason)]


def needs_power_of_attorney(reason: ProxyReason | str) -> bool:
    """A 委任状 is needed from every proxy except the 法定代理人 of a child under 15."""
    return ProxyReason(reason) is not ProxyReason.UNDER_15


def age_on(birth: date, day: date) -> int:
    """Completed years on `day` (a 29 February birthday counts from 1 March in common years)."""
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


@dataclass(frozen=True)
class ProxyDraft:
    """What staff tick for a proxy: the reason, its proof, the proxy's OWN documents, the 委任状."""

    reason: ProxyReason | None = None
    proof: ProxyProof | None = None
    documents: tuple[str, ...] = ()  # document-type keys of the proxy's own ID
    power_of_attorney: bool = False
