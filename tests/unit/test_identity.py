"""The identity evaluator, table-driven: every rule, every refusal, the municipality's choices."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.core.errors import DomainError
from desktop.core.identity import (
    APPLY_IDENTITY,
    ASK_PIN,
    DEFAULT_DOCUMENTS,
    HANDOVER,
    KINDS,
    LIST_A,
    LIST_B,
    NO_DOCUMENT,
    NO_PHOTO_CERT_FOR_PROXY,
    NOT_ENOUGH,
    PROXY,
    Catalogue,
    IdDocument,
    IdentityRules,
    evaluate,
)
from desktop.store.context import Context
from desktop.store.identity import (
    add_document_type,
    load_catalogue,
    load_rules,
    move_document,
    save_catalogue,
    save_rules,
    set_document_active,
)
from desktop.store.meta import set_setting

A1, A2 = "driving_licence", "passport"
B1, B2, B3 = "insurance_qualification_cert", "pension_book", "bank_book"
NOTICE, PHOTO = "notice_card", "photo_certificate"

DEFAULT = IdentityRules()
STRICT = IdentityRules(handover_always_two=True)
PHOTO_ONE_B = IdentityRules(photo_certificate_b_items=1)
NO_PHOTO = IdentityRules(photo_certificate_allowed=False)
ONLY_PIN = IdentityRules(apply_two_a=False, apply_a_and_b=False, apply_notice_card_two_b=False)
NO_PIN = IdentityRules(apply_a_with_pin=False)
NO_NOTICE = IdentityRules(apply_notice_card_two_b=False)
NO_AB = IdentityRules(apply_a_and_b=False)
NO_AA = IdentityRules(apply_two_a=False)

CASES = [
    # rules, purpose, shown, pin_typed, is_proxy, rule met (None = refused)
    (DEFAULT, HANDOVER, [A1], False, False, "A"),
    (DEFAULT, HANDOVER, ["my_number_card"], False, False, "A"),
    (DEFAULT, HANDOVER, [B1, B2], False, False, "B+B"),
    (DEFAULT, HANDOVER, [B1], False, False, None),
    (DEFAULT, HANDOVER, [], False, False, None),
    (DEFAULT, HANDOVER, [B1, B1], False, False, None),  # the same type twice counts once
    (DEFAULT, HANDOVER, [NOTICE, B1], False, False, None),  # 通知カード is not an ID at handover
    (DEFAULT, HANDOVER, [PHOTO, B1, B2], False, False, "B+B"),  # B×2 alone suffices
    (DEFAULT, HANDOVER, [PHOTO, B1], False, False, None),
    (PHOTO_ONE_B, HANDOVER, [PHOTO, B1], False, False, "photo+B"),
    (DEFAULT, HANDOVER, [PHOTO], False, False, None),
    (NO_PHOTO, HANDOVER, [PHOTO, B1], False, False, None),
    (NO_PHOTO, HANDOVER, [PHOTO, B1, B2], False, False, "B+B"),
    (STRICT, HANDOVER, [A1], False, False, None),
    (STRICT, HANDOVER, [A1, A2], False, False, "A+A"),
    (STRICT, HANDOVER, [A1, B1], False, False, "A+B"),
    (STRICT, HANDOVER, [B1, B2], False, False, "B+B"),
    (STRICT, HANDOVER, [B1], False, False, None),
    # the resident's documents brought by a proxy (代理人交付)
    (DEFAULT, HANDOVER, [A1], False, True, None),
    (DEFAULT, HANDOVER, [A1, B1], False, True, "A+B"),
    (DEFAULT, HANDOVER, [A1, A2], False, True, "A+A"),
    (DEFAULT, HANDOVER, [B1, B2], False, True, None),
    (DEFAULT, HANDOVER, [PHOTO, B1, B2], False, True, "photo+B"),
    # 申請時来庁
    (DEFAULT, APPLY_IDENTITY, [A1], True, False, "A+PIN"),
    (DEFAULT, APPLY_IDENTITY, [A1], False, False, None),
    (DEFAULT, APPLY_IDENTITY, [A1], True, True, None),  # never A+PIN through a proxy
    (DEFAULT, APPLY_IDENTITY, [A1, A2], False, False, "A+A"),
    (DEFAULT, APPLY_IDENTITY, [A1, B1], False, False, "A+B"),
    (DEFAULT, APPLY_IDENTITY, [NOTICE, B1, B2], False, False, "notice+B+B"),
    (DEFAULT, APPLY_IDENTITY, [NOTICE, B1], False, False, None),
    (DEFAULT, APPLY_IDENTITY, [B1, B2], False, False, None),
    (DEFAULT, APPLY_IDENTITY, [B1, B2, B3], False, False, None),
    (DEFAULT, APPLY_IDENTITY, [PHOTO, B1, B2], False, False, "photo+B"),
    (DEFAULT, APPLY_IDENTITY, [], True, False, None),
    (NO_PIN, APPLY_IDENTITY, [A1], True, False, None),
    (NO_PIN, APPLY_IDENTITY, [A1, B1], True, False, "A+B"),
    (ONLY_PIN, APPLY_IDENTITY, [A1], True, False, "A+PIN"),
    (ONLY_PIN, APPLY_IDENTITY, [A1, A2], False, False, None),
    (ONLY_PIN, APPLY_IDENTITY, [A1, B1], False, False, None),
    (ONLY_PIN, APPLY_IDENTITY, [NOTICE, B1, B2], False, False, None),
    (ONLY_PIN, APPLY_IDENTITY, [A1, A2], True, False, "A+PIN"),
    (NO_NOTICE, APPLY_IDENTITY, [NOTICE, B1, B2], False, False, None),
    (NO_AB, APPLY_IDENTITY, [A1, B1], False, False, None),
    (NO_AB, APPLY_IDENTITY, [A1, A2, B1], False, False, "A+A"),
    (NO_AA, APPLY_IDENTITY, [A1, A2], False, False, None),
    (NO_AA, APPLY_IDENTITY, [A1, A2], True, False, "A+PIN"),
    (NO_PHOTO, APPLY_IDENTITY, [PHOTO, B1, B2], False, False, None),
    # the proxy's own ID
    (DEFAULT, PROXY, [A1, A2], False, True, "A+A"),
    (DEFAULT, PROXY, [A1, B1], False, True, "A+B"),
    (DEFAULT, PROXY, [A1], False, True, None),
    (DEFAULT, PROXY, [A1], True, True, None),
    (DEFAULT, PROXY, [B1, B2], False, True, None),
    (DEFAULT, PROXY, [PHOTO, B1, B2], False, True, None),
    (DEFAULT, PROXY, [PHOTO, A1], False, True, None),
    (DEFAULT, PROXY, [NOTICE, B1, B2], False, True, None),
    (DEFAULT, PROXY, [A1, A2], False, False, "A+A"),  # purpose PROXY is a proxy whatever the flag
]


@pytest.mark.parametrize(("rules", "purpose", "shown", "pin", "proxy", "met"), CASES)
def test_evaluate(
    rules: IdentityRules, purpose: str, shown: list[str], pin: bool, proxy: bool, met: str | None
) -> None:
    ev = evaluate(rules, purpose, shown, pin_typed=pin, is_proxy=proxy)
    assert ev.ok is (met is not None)
    assert ev.rule_met == met
    if ev.ok:
        assert ev.missing == "" and ev.message() == ""
    else:
        assert ev.missing and ev.accepted
        assert ev.message().startswith(ev.missing)


@pytest.mark.parametrize(
    ("purpose", "shown", "pin", "missing"),
    [
        (HANDOVER, [], False, NO_DOCUMENT),
        (HANDOVER, [B1], False, NOT_ENOUGH),
        (APPLY_IDENTITY, [A1], False, ASK_PIN),
        (PROXY, [PHOTO, B1, B2], False, NO_PHOTO_CERT_FOR_PROXY),
        (PROXY, [A1], False, NOT_ENOUGH),
    ],
)
def test_refusal_messages(purpose: str, shown: list[str], pin: bool, missing: str) -> None:
    ev = evaluate(DEFAULT, purpose, shown, pin_typed=pin)
    assert ev.missing == missing


def test_message_lists_accepted_options_translated() -> None:
    ev = evaluate(ONLY_PIN, APPLY_IDENTITY, [B1], pin_typed=False)
    assert ev.accepted == ("A+PIN", "photo+B")
    text = ev.message()
    assert "typing a PIN" in text and "2 document(s) of list B" in text
    assert ev.message(lambda _c, t: "<" + t + ">").startswith("<The documents shown")


def test_catalogue_defaults() -> None:
    cat = Catalogue()
    keys = [d.key for d in DEFAULT_DOCUMENTS]
    assert len(keys) == len(set(keys))
    assert all(k.isascii() and k == k.lower() for k in keys)
    assert {d.kind for d in DEFAULT_DOCUMENTS} == set(KINDS)
    assert cat.get("passport") is not None and cat.get("passport").official_name_ja == "旅券"  # type: ignore[union-attr]
    assert cat.kind_of("care_insurance_card") == LIST_B
    assert cat.kind_of("no_such") is None
    assert len(cat.active(LIST_A)) >= 13 and len(cat.active(LIST_B)) >= 10


def test_catalogue_edits_change_evaluation() -> None:
    cat = Catalogue().moved("student_id", LIST_A)
    assert evaluate(DEFAULT, HANDOVER, ["student_id"], catalogue=cat).rule_met == "A"
    cat = Catalogue().activated(A1, False)
    assert not evaluate(DEFAULT, HANDOVER, [A1], catalogue=cat).ok
    extra = IdDocument("custom_1", "町民カード", "町民カード", LIST_A, builtin=False)
    cat = Catalogue().with_document(extra)
    assert evaluate(DEFAULT, HANDOVER, ["custom_1"], catalogue=cat).ok
    assert not evaluate(DEFAULT, HANDOVER, ["custom_1"]).ok  # unknown in the default catalogue


def test_special_kinds_cannot_move() -> None:
    with pytest.raises(DomainError):
        Catalogue().moved(NOTICE, LIST_A)
    with pytest.raises(DomainError):
        Catalogue().moved(A1, "photo_certificate")
    with pytest.raises(KeyError):
        Catalogue().moved("nope", LIST_A)


def test_rules_check() -> None:
    assert DEFAULT.check() is DEFAULT
    none = replace(ONLY_PIN, apply_a_with_pin=False)
    with pytest.raises(DomainError):
        none.check()
    with pytest.raises(DomainError):
        IdentityRules(photo_certificate_b_items=0).check()


def test_unknown_purpose() -> None:
    with pytest.raises(ValueError):
        evaluate(DEFAULT, "lunch", [A1])


# --- stored in the settings (real database) --------------------------------------------------------


def settings_audits(ctx: Context) -> list[str]:
    return [
        str(r[0])
        for r in ctx.db.conn.execute("SELECT entity_id FROM audit_log WHERE action = 'settings' ORDER BY seq")
    ]


def test_store_defaults(ctx: Context) -> None:
    assert load_catalogue(ctx) == Catalogue()
    assert load_rules(ctx) == IdentityRules()


def test_store_rules_round_trip_and_audit(ctx: Context) -> None:
    rules = IdentityRules(handover_always_two=True, apply_a_with_pin=False, photo_certificate_b_items=1)
    save_rules(ctx, rules)
    assert load_rules(ctx) == rules
    with pytest.raises(DomainError):
        save_rules(ctx, replace(ONLY_PIN, apply_a_with_pin=False))
    assert load_rules(ctx) == rules
    assert settings_audits(ctx) == ["identity.rules"]


def test_store_catalogue_edits(ctx: Context) -> None:
    doc = add_document_type(ctx, "町民カード（写真付き）", LIST_A)
    assert doc.key.startswith("custom_") and doc.key.isascii() and not doc.builtin
    move_document(ctx, "student_id", LIST_A)
    set_document_active(ctx, "bank_book", False)
    cat = load_catalogue(ctx)
    assert cat.get(doc.key) == doc
    assert cat.kind_of("student_id") == LIST_A
    assert cat.kind_of("bank_book") is None and cat.get("bank_book") is not None
    assert evaluate(DEFAULT, HANDOVER, [doc.key], catalogue=cat).rule_met == "A"
    assert settings_audits(ctx) == ["identity.catalogue"] * 3
    with pytest.raises(DomainError):
        add_document_type(ctx, "町民カード（写真付き）", LIST_B)  # already there
    with pytest.raises(DomainError):
        add_document_type(ctx, " ", LIST_B)
    with pytest.raises(DomainError):
        add_document_type(ctx, "その他", "C")
    with pytest.raises(DomainError):
        move_document(ctx, "notice_card", LIST_B)


def test_store_keeps_one_list_a(ctx: Context) -> None:
    cat = Catalogue()
    for d in cat.active(LIST_A):
        cat = cat.activated(d.key, False)
    with pytest.raises(DomainError):
        save_catalogue(ctx, cat)


def test_store_builtin_label_comes_from_code(ctx: Context) -> None:
    set_setting(ctx, "identity.catalogue", [
        {"key": "passport", "kind": LIST_B, "active": False, "label": "tampered"},
        {"key": "notice_card", "kind": LIST_A, "active": True},
        {"key": "gone", "kind": "weird"},
    ])  # fmt: skip
    cat = load_catalogue(ctx)
    passport = cat.get("passport")
    assert passport is not None and passport.label == "Passport" and passport.kind == LIST_B
    assert cat.kind_of("notice_card") == "notice_card"  # special kinds never move
    assert cat.get("gone") is None
    assert len(cat.documents) == len(DEFAULT_DOCUMENTS)


def test_catalogue_needs_an_active_list_a() -> None:
    assert Catalogue().check() == Catalogue()
    cat = Catalogue()
    for d in cat.active(LIST_A):
        cat = cat.activated(d.key, False)
    with pytest.raises(DomainError):
        cat.check()
