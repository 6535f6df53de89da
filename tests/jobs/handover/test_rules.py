"""The handover rules (Qt-free) over every combination, each checked against a plain restatement.

Dimensions are crossed in groups (the checks of one group do not depend on the others): the notice ×
the resident's documents × proxy or not; every proxy reason × every proof × 委任状 × the proxy's own
documents × the resident's age; 顔認証 × PINs × certificates × age; terminals and remarks.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

import pytest

from desktop.core.identity import Catalogue, IdentityRules
from desktop.core.people import InvalidField
from desktop.jobs.handover.domain import (
    HandoverDraft,
    NoticeAbsence,
    ProxyDraft,
    ProxyProof,
    ProxyReason,
    accepted_proofs,
    age_on,
    card_valid_until,
    certificate_valid_until,
    check_handover,
    check_note,
    needs_power_of_attorney,
)
from desktop.jobs.handover.domain.checklist import document_keys

TODAY = date(2026, 11, 24)
TERMINALS = ["統合端末1", "統合端末2"]
CAT = Catalogue()
RULES = IdentityRules()

# The resident's documents by what they count as.
DOCS = {
    "none": (),
    "A": ("driving_licence",),
    "A+A": ("driving_licence", "passport"),
    "A+B": ("passport", "pension_book"),
    "B": ("pension_book",),
    "B+B": ("pension_book", "health_insurance_card"),
    "photo+B": ("photo_certificate", "pension_book", "bank_book"),
    "photo+B1": ("photo_certificate", "pension_book"),
    "notice+B+B": ("notice_card", "pension_book", "bank_book"),
    "A twice": ("driving_licence", "driving_licence"),
    "unknown": ("not_a_document",),
}
BIRTHS = {"child": date(2016, 1, 1), "adult": date(1980, 5, 1), "elderly": date(1945, 3, 3), "unknown": None}


def base(**kw: object) -> HandoverDraft:
    values: dict[str, object] = dict(case_id="c", person_id="p", visit_id="v", documents=("driving_licence",),
                                     pins_set=True, cert_signature=True, terminal=TERMINALS[0])  # fmt: skip
    values.update(kw)
    return HandoverDraft(**values)  # type: ignore[arg-type]


def fields(
    draft: HandoverDraft, birth: date | None = date(1980, 5, 1), rules: IdentityRules = RULES
) -> set[str]:
    check = check_handover(
        draft, rules=rules, catalogue=CAT, birth_date=birth, today=TODAY, terminals=TERMINALS
    )
    assert check.ok == (not check.problems)
    return {p.field for p in check.problems}


# --- notice × resident's documents × proxy -----------------------------------------------------------


def resident_ok(kind: str, notice_brought: bool, is_proxy: bool, always_two: bool = False) -> bool:
    """What the identity rules say, restated: A×1 or B×2 (two documents without the notice or when the
    office says so); with a proxy A+A or A+B; the photo certificate with two B items everywhere."""
    counts = {"none": "", "A": "A", "A+A": "AA", "A+B": "AB", "B": "B", "B+B": "BB", "photo+B": "PBB",
              "photo+B1": "PB", "notice+B+B": "NBB", "A twice": "A", "unknown": ""}[kind]  # fmt: skip
    a, b, photo = counts.count("A"), counts.count("B"), "P" in counts
    if photo and b >= 2:
        return True
    if is_proxy:
        return a >= 2 or (a >= 1 and b >= 1)
    if always_two or not notice_brought:
        return a >= 2 or (a >= 1 and b >= 1) or b >= 2
    return a >= 1 or b >= 2


NOTICES = {
    "brought": dict(notice_brought=True),
    "lost, declared": dict(notice_brought=False, notice_absence=NoticeAbsence.LOST, absence_declared=True),
    "forgotten, not declared": dict(notice_brought=False, notice_absence=NoticeAbsence.FORGOTTEN),
    "no reason, declared": dict(notice_brought=False, absence_declared=True),
}
GOOD_PROXY = ProxyDraft(
    ProxyReason.HOSPITAL, ProxyProof.ADMISSION_CERT, ("driving_licence", "passport"), True
)


@pytest.mark.parametrize("always_two", [False, True])
def test_notice_documents_and_proxy_every_combination(always_two: bool) -> None:
    rules = replace(RULES, handover_always_two=always_two)
    for (notice_name, notice), kind, proxy in itertools.product(NOTICES.items(), DOCS, [None, GOOD_PROXY]):
        draft = base(documents=DOCS[kind], proxy=proxy, **notice)
        got = fields(draft, rules=rules)
        expected: set[str] = set()
        brought = bool(notice["notice_brought"])
        if not resident_ok(kind, brought, proxy is not None, always_two):
            expected.add("documents")
        if not brought and (notice.get("notice_absence") is None or not notice.get("absence_declared")
                            or proxy is not None):  # fmt: skip
            expected.add("notice")
        assert got == expected, (notice_name, kind, proxy is not None, always_two)


def test_without_the_notice_a_proxy_is_refused_even_with_everything_else() -> None:
    draft = base(notice_brought=False, notice_absence=NoticeAbsence.LOST, absence_declared=True,
                 documents=DOCS["A+A"], proxy=GOOD_PROXY)  # fmt: skip
    assert fields(draft) == {"notice"}


# --- proxies -----------------------------------------------------------------------------------------

PROXY_DOCS = {k: DOCS[k] for k in ("none", "A", "A+A", "A+B", "B+B", "photo+B")}


def test_proxy_every_reason_proof_power_documents_and_age() -> None:
    checked = 0
    for reason, proof, power, (docs_name, docs), (age_name, birth) in itertools.product(
        ProxyReason, ProxyProof, [False, True], PROXY_DOCS.items(), BIRTHS.items()
    ):
        proxy = ProxyDraft(reason, proof, docs, power)
        got = fields(base(documents=DOCS["A+B"], proxy=proxy, cert_signature=age_name != "child"), birth)
        expected: set[str] = set()
        if proof not in accepted_proofs(reason):
            expected.add("proxy_proof")
        if reason is ProxyReason.UNDER_15 and age_name != "child":
            expected.add("proxy_reason")
        if reason is ProxyReason.AGE_75 and age_name != "elderly":
            expected.add("proxy_reason")
        if reason is not ProxyReason.UNDER_15 and not power:
            expected.add("power_of_attorney")
        if docs_name not in ("A+A", "A+B"):  # the proxy's own ID; never the photo certificate
            expected.add("proxy_documents")
        assert got == expected, (reason, proof, power, docs_name, age_name)
        checked += 1
    assert checked == len(ProxyReason) * len(ProxyProof) * 2 * len(PROXY_DOCS) * len(BIRTHS)


def test_proxy_reason_and_proof_must_be_chosen() -> None:
    assert fields(base(documents=DOCS["A+A"], proxy=ProxyDraft(None, None, DOCS["A+A"], True))) == {
        "proxy_reason"
    }
    assert fields(
        base(documents=DOCS["A+A"], proxy=ProxyDraft(ProxyReason.PREGNANCY, None, DOCS["A+A"], True))
    ) == {"proxy_proof"}


def test_every_reason_has_proofs_and_only_the_legal_representative_needs_no_power_of_attorney() -> None:
    for reason in ProxyReason:
        assert accepted_proofs(reason), reason
        assert needs_power_of_attorney(reason) == (reason is not ProxyReason.UNDER_15)
    assert accepted_proofs(ProxyReason.AGE_75) == (ProxyProof.REGISTER,)


def test_age_boundaries_for_the_age_reasons() -> None:
    proxy15 = ProxyDraft(ProxyReason.UNDER_15, ProxyProof.REGISTER, DOCS["A+A"], False)
    proxy75 = ProxyDraft(ProxyReason.AGE_75, ProxyProof.REGISTER, DOCS["A+A"], True)
    # born 2011-11-24: 15 today; born 2011-11-25: still 14 today
    assert fields(base(documents=DOCS["A+B"], proxy=proxy15, cert_signature=False), date(2011, 11, 24)) == {
        "proxy_reason"
    }
    assert (
        fields(base(documents=DOCS["A+B"], proxy=proxy15, cert_signature=False), date(2011, 11, 25)) == set()
    )
    assert fields(base(documents=DOCS["A+B"], proxy=proxy75), date(1951, 11, 24)) == set()
    assert fields(base(documents=DOCS["A+B"], proxy=proxy75), date(1951, 11, 25)) == {"proxy_reason"}
    assert age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17
    assert age_on(date(2008, 2, 29), date(2026, 3, 1)) == 18


# --- the card: 顔認証, PINs, certificates ----------------------------------------------------------------


def test_face_auth_pins_and_certificates_every_combination() -> None:
    for face, pins, signature, user, age_name in itertools.product(
        [False, True], [False, True], [False, True], [False, True], ["child", "adult", "unknown"]
    ):
        draft = base(face_auth=face, pins_set=pins, cert_signature=signature, cert_user=user)
        got = fields(draft, BIRTHS[age_name])
        expected: set[str] = set()
        if face and signature:
            expected.add("certificates")
        if not face and not pins:
            expected.add("pins")
        if age_name == "child" and signature:
            expected.add("certificates")
        assert got == expected, (face, pins, signature, user, age_name)


def test_terminal_must_be_one_of_the_office() -> None:
    assert fields(base(terminal="")) == {"terminal"}
    assert fields(base(terminal="端末X")) == {"terminal"}
    assert fields(base(terminal=TERMINALS[1])) == set()
    check = check_handover(base(terminal="1234 5678 9012"), rules=RULES, catalogue=CAT, birth_date=None,
                           today=TODAY, terminals=[])  # fmt: skip
    assert {p.field for p in check.problems} == {"terminal"}


# --- remarks: no 個人番号, no PIN -----------------------------------------------------------------------


@pytest.mark.parametrize("text", ["123456789012", "１２３４ ５６７８ ９０１２", "番号 1234-5678-9012 です",
                                  "暗証番号は1234", "PIN: 9876", "pin 123456", "パスワード abcd 5678"])  # fmt: skip
def test_remarks_refuse_an_individual_number_or_a_pin(text: str) -> None:
    with pytest.raises(InvalidField):
        check_note(text)
    assert fields(base(note=text)) == {"note"}


@pytest.mark.parametrize(
    "text", ["", "通知カードは紛失", "電話 090-1234-5678 に連絡", "窓口2で対応", "2回目の来庁"]
)
def test_remarks_allow_ordinary_text(text: str) -> None:
    assert check_note(f" {text} ") == text
    assert fields(base(note=text)) == set()


def test_remarks_have_a_length_limit() -> None:
    with pytest.raises(InvalidField):
        check_note("あ" * 201)


def test_draft_has_no_field_for_a_pin() -> None:
    from dataclasses import fields as dc_fields

    names = {f.name for f in dc_fields(HandoverDraft)}
    assert not {n for n in names if "pin" in n and n != "pins_set"}
    assert HandoverDraft.__dataclass_fields__["pins_set"].type == "bool"


def test_only_known_document_keys_are_stored_in_catalogue_order() -> None:
    assert document_keys(("pension_book", "driving_licence", "pension_book"), CAT) == (
        "driving_licence",
        "pension_book",
    )
    with pytest.raises(Exception, match="kind of identity document"):
        document_keys(("passport no. TK1234567",), CAT)


# --- validity printed on the slip -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "issued", "card", "cert"),
    [
        (date(1980, 5, 1), date(2026, 11, 24), date(2036, 5, 1), date(2031, 5, 1)),
        (
            date(1980, 11, 24),
            date(2026, 11, 24),
            date(2036, 11, 24),
            date(2031, 11, 24),
        ),  # issued on the birthday
        (date(1980, 11, 25), date(2026, 11, 24), date(2035, 11, 25), date(2030, 11, 25)),
        (date(2010, 1, 1), date(2026, 11, 24), date(2031, 1, 1), date(2031, 1, 1)),  # 16: five birthdays
        (date(2008, 11, 24), date(2026, 11, 24), date(2036, 11, 24), date(2031, 11, 24)),  # 18 today: ten
        (
            date(2008, 2, 29),
            date(2026, 11, 24),
            date(2036, 2, 29),
            date(2031, 2, 28),
        ),  # 28 Feb in common years
    ],
)
def test_card_and_certificate_validity(birth: date, issued: date, card: date, cert: date) -> None:
    assert card_valid_until(birth, issued) == card
    assert certificate_valid_until(birth, issued) == cert
