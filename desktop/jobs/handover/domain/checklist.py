"""The handover checklist (交付時の確認事項) and its rules, Qt-free.

`HandoverDraft` is what the checklist screen holds; `check_handover` answers, live, whether the card may
be handed over and what is still missing. The same function runs again in the store before anything
is written, so a screen cannot skip a rule.

Rules:
- The notice (交付通知書, or the 来庁案内 of a returned card) is brought. If it is not (lost or
  forgotten), the resident signs a declaration at the counter and identity is checked with TWO
  documents (the evaluator with `handover_always_two`). A proxy cannot collect without the notice: the
  委任状 is on it.
- The resident's documents satisfy the foundation's handover rule (A×1 or B×2, stricter when the
  municipality says so; with a proxy A+A or A+B). Only document KEYS and the rule met are stored.
- A proxy: a reason, an accepted proof of it (an age reason is checked against the birth date), the
  proxy's own ID (the evaluator's proxy rule) and the 委任状 (not for the legal representative of a
  child under 15).
- PINs are set by the resident on the national terminal: the app records a tick, NEVER a PIN. A
  顔認証マイナンバーカード needs no PIN and carries no signature certificate; a child under 15 gets no
  signature certificate either.
- The terminal used is one of the office's terminals. Remarks never hold a 個人番号 or a PIN.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from desktop.core import identity
from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.identity import Catalogue, Evaluation, IdentityRules
from desktop.core.people import InvalidField, contains_individual_number
from desktop.jobs.handover.domain.proxy import (
    ELDERLY_AGE,
    UNDER_15_AGE,
    ProxyDraft,
    ProxyReason,
    accepted_proofs,
    age_on,
    needs_power_of_attorney,
)

NOTE_MAX = 200


class NoticeAbsence(StrEnum):
    """Why the 交付通知書 is not at the counter."""

    LOST = "lost"  # 紛失
    FORGOTTEN = "forgotten"  # 忘れた

    @property
    def label(self) -> str:
        return ABSENCE_LABELS[self]


ABSENCE_LABELS = {
    NoticeAbsence.LOST: QT_TRANSLATE_NOOP("NoticeAbsence", "Lost"),
    NoticeAbsence.FORGOTTEN: QT_TRANSLATE_NOOP("NoticeAbsence", "Left at home"),
}


@dataclass(frozen=True)
class HandoverDraft:
    """The checklist as ticked. There is deliberately no field that could hold a PIN or a number."""

    case_id: str
    person_id: str
    visit_id: str | None = None  # None: a walk-in (a visit is checked in when it is completed)
    notice_brought: bool = True
    notice_absence: NoticeAbsence | None = None
    absence_declared: bool = False  # the declaration (紛失・不持参の申出) is signed
    documents: tuple[str, ...] = ()  # document-type keys of the resident's ID
    proxy: ProxyDraft | None = None
    collected_notice_card: bool = False  # 通知カード returned
    collected_juki_card: bool = False  # 住基カード returned
    face_auth: bool = False  # 顔認証マイナンバーカード
    pins_set: bool = False  # the resident set the PINs on the national terminal (a tick only)
    cert_signature: bool = True  # 署名用電子証明書 issued
    cert_user: bool = True  # 利用者証明用電子証明書 issued
    terminal: str = ""
    note: str = ""

    @property
    def is_proxy(self) -> bool:
        return self.proxy is not None


@dataclass(frozen=True)
class HandoverCheck:
    """The live answer: the evaluations to show and every problem left (empty = may complete)."""

    resident: Evaluation
    proxy: Evaluation | None
    problems: tuple[InvalidField, ...] = field(default=())
    under_15: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


def _problem(field_name: str, template: str, **params: object) -> InvalidField:
    return InvalidField(field_name, template, **params)


_PIN_TALK = re.compile(r"(暗証|PIN|パスワード|ピン)\D{0,8}\d{4,}", re.IGNORECASE)


def check_note(text: str) -> str:
    """Remarks: short, never a 個人番号, never a PIN written next to the word. Returns the stripped text."""
    note = text.strip()
    if contains_individual_number(note):
        raise _problem("note", QT_TRANSLATE_NOOP(
            "Errors", "This looks like a 12-digit Individual Number (個人番号). The Individual Number must "
            "never be recorded: remove it."))  # fmt: skip
    if _PIN_TALK.search(unicodedata.normalize("NFKC", note)):
        raise _problem("note", QT_TRANSLATE_NOOP(
            "Errors", "Never write down a PIN. Remove the digits from the remarks."))  # fmt: skip
    if len(note) > NOTE_MAX:
        raise _problem("note", QT_TRANSLATE_NOOP(
            "Errors", "Keep the remarks under {max} characters."), max=NOTE_MAX)  # fmt: skip
    return note


def resident_rules(rules: IdentityRules, draft: HandoverDraft) -> IdentityRules:
    """Without the notice the resident's identity is checked with two documents."""
    if draft.notice_brought:
        return rules
    return replace(rules, handover_always_two=True)


def check_handover(
    draft: HandoverDraft,
    *,
    rules: IdentityRules,
    catalogue: Catalogue,
    birth_date: date | None,
    today: date,
    terminals: list[str],
) -> HandoverCheck:
    """Every rule of the checklist at once; `today` is the local business date of the handover."""
    problems: list[InvalidField] = []
    resident = identity.evaluate(
        resident_rules(rules, draft), identity.HANDOVER, draft.documents,
        is_proxy=draft.is_proxy, catalogue=catalogue,
    )  # fmt: skip
    if not resident.ok:
        problems.append(_problem("documents", QT_TRANSLATE_NOOP(
            "Errors", "The resident's identity documents are not enough.")))  # fmt: skip
    age = None if birth_date is None else age_on(birth_date, today)
    under_15 = age is not None and age < UNDER_15_AGE

    if not draft.notice_brought:
        if draft.notice_absence is None:
            problems.append(_problem("notice", QT_TRANSLATE_NOOP(
                "Errors", "Choose why the handover notice was not brought.")))  # fmt: skip
        if not draft.absence_declared:
            problems.append(_problem("notice", QT_TRANSLATE_NOOP(
                "Errors", "Have the declaration for the missing notice signed.")))  # fmt: skip
        if draft.is_proxy:
            problems.append(_problem("notice", QT_TRANSLATE_NOOP(
                "Errors", "A proxy cannot collect a card without the handover notice: its power of "
                "attorney is on it. Ask the resident to come, or to find the notice.")))  # fmt: skip

    proxy_eval = None
    if draft.proxy is not None:
        proxy_eval = identity.evaluate(rules, identity.PROXY, draft.proxy.documents, catalogue=catalogue)
        problems += _proxy_problems(draft.proxy, proxy_eval, age)

    if draft.face_auth:
        if draft.cert_signature:
            problems.append(_problem("certificates", QT_TRANSLATE_NOOP(
                "Errors", "A face-recognition card carries no signature certificate. Untick it.")))  # fmt: skip
    elif not draft.pins_set:
        problems.append(_problem("pins", QT_TRANSLATE_NOOP(
            "Errors", "Tick when the PINs have been set on the terminal.")))  # fmt: skip
    if under_15 and draft.cert_signature:
        problems.append(_problem("certificates", QT_TRANSLATE_NOOP(
            "Errors", "A resident under 15 is not issued the signature certificate. Untick it.")))  # fmt: skip
    if contains_individual_number(draft.terminal) or not draft.terminal.strip():
        problems.append(_problem("terminal", QT_TRANSLATE_NOOP("Errors", "Choose the terminal used.")))
    elif terminals and draft.terminal not in terminals:
        problems.append(_problem("terminal", QT_TRANSLATE_NOOP(
            "Errors", "The terminal {terminal} is not one of the office's terminals."),
            terminal=draft.terminal))  # fmt: skip
    try:
        check_note(draft.note)
    except InvalidField as err:
        problems.append(err)
    return HandoverCheck(resident, proxy_eval, tuple(problems), under_15)


def _proxy_problems(proxy: ProxyDraft, proxy_eval: Evaluation, age: int | None) -> list[InvalidField]:
    out: list[InvalidField] = []
    if proxy.reason is None:
        out.append(_problem("proxy_reason", QT_TRANSLATE_NOOP(
            "Errors", "Choose why the resident cannot come.")))  # fmt: skip
        return out + _proxy_id_problem(proxy_eval)
    reason = ProxyReason(proxy.reason)
    if proxy.proof is None:
        out.append(_problem("proxy_proof", QT_TRANSLATE_NOOP(
            "Errors", "Choose the document that proves the reason.")))  # fmt: skip
    elif proxy.proof not in accepted_proofs(reason):
        out.append(_problem("proxy_proof", QT_TRANSLATE_NOOP(
            "Errors", "{proof} does not prove this reason ({reason})."),
            proof=proxy.proof.label, reason=reason.label))  # fmt: skip
    if reason in (ProxyReason.UNDER_15, ProxyReason.AGE_75):
        if age is None:
            out.append(_problem("proxy_reason", QT_TRANSLATE_NOOP(
                "Errors", "The resident's birth date is not recorded, so the age cannot be checked. "
                "Add it in the residents page.")))  # fmt: skip
        elif reason is ProxyReason.UNDER_15 and age >= UNDER_15_AGE:
            out.append(_problem("proxy_reason", QT_TRANSLATE_NOOP(
                "Errors", "The resident is {age}, not under 15. Choose another reason."), age=age))  # fmt: skip
        elif reason is ProxyReason.AGE_75 and age < ELDERLY_AGE:
            out.append(_problem("proxy_reason", QT_TRANSLATE_NOOP(
                "Errors", "The resident is {age}, not 75 or older. Choose another reason."), age=age))  # fmt: skip
    if needs_power_of_attorney(reason) and not proxy.power_of_attorney:
        out.append(_problem("power_of_attorney", QT_TRANSLATE_NOOP(
            "Errors", "Check the power of attorney (委任状) on the notice and tick it.")))  # fmt: skip
    return out + _proxy_id_problem(proxy_eval)


def _proxy_id_problem(proxy_eval: Evaluation) -> list[InvalidField]:
    if proxy_eval.ok:
        return []
    return [_problem("proxy_documents", QT_TRANSLATE_NOOP(
        "Errors", "The proxy's own identity documents are not enough."))]  # fmt: skip


def ensure_ok(check: HandoverCheck) -> None:
    """Raise the first problem (the store calls this before writing)."""
    if check.problems:
        raise check.problems[0]


# --- validity printed on the slip ------------------------------------------------------------------


def _birthday_in(birth: date, year: int) -> date:
    try:
        return birth.replace(year=year)
    except ValueError:  # 29 February in a common year
        return date(year, 2, 28)


def nth_birthday_after(birth: date, issued: date, n: int) -> date:
    """The n-th birthday after the issue date (a birthday on the issue day itself does not count)."""
    year = issued.year if _birthday_in(birth, issued.year) > issued else issued.year + 1
    return _birthday_in(birth, year + n - 1)


def card_valid_until(birth: date, issued: date) -> date:
    """The card: 10th birthday after issue (18 or older at issue), else the 5th."""
    return nth_birthday_after(birth, issued, 10 if age_on(birth, issued) >= 18 else 5)


def certificate_valid_until(birth: date, issued: date) -> date:
    """電子証明書: the 5th birthday after issue (never later than the card)."""
    return min(nth_birthday_after(birth, issued, 5), card_valid_until(birth, issued))


def document_keys(keys: tuple[str, ...] | list[str], catalogue: Catalogue) -> tuple[str, ...]:
    """Known document keys only, each once, in catalogue order (what is stored)."""
    wanted = set(keys)
    unknown = [k for k in wanted if catalogue.get(k) is None]
    if unknown:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Errors", "Record only the kind of identity document, never its number or other details."))  # fmt: skip
    return tuple(d.key for d in catalogue.documents if d.key in wanted)
