"""The guided flow of an assisted application (申請サポート), Qt-free: its steps, what staff record at
each, and what is still missing. The same checks run live on the screen and again in the store before
anything is finished, so no screen can skip a rule.

Steps (the checklist staff see), in order:
1. reception (受付): the resident (a Person), the visit's 受付番号 (one per resident per day) and its
   ticket, a short note of the resident's questions;
2. form (交付申請書): the 申請書ID typed, scanned (USB scanner or camera) — or no form: a new one is
   printed on the national terminal (統合端末で再発行, e.g. after a move), its ID added when known;
3. photo: taken on the spot, brought by the resident, or none for a child under one;
4. explain: terms of use, 電子証明書 yes/no, 点字 yes/no, the 顔認証マイナンバーカード option, and how the
   card will be received — at the counter later, or by post with identity checked now (申請時来庁);
5. identity (only for 申請時来庁): see `desktop.jobs.assist.domain.apply_identity`;
6. contact: the phone, the tablet used (with its own mail address) and the contact name
   「市民課+受付番号」 filled in from the 受付番号;
7. apply: the online application sent (time recorded), or a paper application to be posted;
8. guidance: what happens next and what to bring at handover explained — the slip is printed when
   the application is finished.
There is deliberately no field that could hold a PIN, a document number or an image.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from desktop.core.cases import DeliveryMethod, IdentityResult
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.identity import Catalogue, Evaluation, IdentityRules
from desktop.core.people import InvalidField, contains_individual_number, phone_digits
from desktop.jobs.assist.domain.apply_identity import ApplyIdentityDraft, check_apply_identity

NOTE_MAX = 200


class Step(StrEnum):
    RECEPTION = "reception"
    FORM = "form"
    PHOTO = "photo"
    EXPLAIN = "explain"
    IDENTITY = "identity"
    CONTACT = "contact"
    APPLY = "apply"
    GUIDANCE = "guidance"

    @property
    def label(self) -> str:
        """English source; translate in context "AssistStep"."""
        return STEP_LABELS[self]


STEP_LABELS = {
    Step.RECEPTION: QT_TRANSLATE_NOOP("AssistStep", "Reception"),
    Step.FORM: QT_TRANSLATE_NOOP("AssistStep", "Application form"),
    Step.PHOTO: QT_TRANSLATE_NOOP("AssistStep", "Photo"),
    Step.EXPLAIN: QT_TRANSLATE_NOOP("AssistStep", "Explanations"),
    Step.IDENTITY: QT_TRANSLATE_NOOP("AssistStep", "Identity check (card by post)"),
    Step.CONTACT: QT_TRANSLATE_NOOP("AssistStep", "Contact"),
    Step.APPLY: QT_TRANSLATE_NOOP("AssistStep", "Application"),
    Step.GUIDANCE: QT_TRANSLATE_NOOP("AssistStep", "What to bring at handover"),
}
STEP_ORDER = tuple(Step)


class FormSource(StrEnum):
    TYPED = "typed"  # typed from the paper
    QR = "qr"  # read from the QR code with the camera or an image
    SCANNER = "scanner"  # a USB barcode scanner typed the QR's text
    REISSUE = "reissue"  # 申請書なし: a new form printed on the national terminal

    @property
    def label(self) -> str:
        return FORM_LABELS[self]


FORM_LABELS = {
    FormSource.TYPED: QT_TRANSLATE_NOOP("AssistForm", "Typed from the form"),
    FormSource.QR: QT_TRANSLATE_NOOP("AssistForm", "Read from the QR code"),
    FormSource.SCANNER: QT_TRANSLATE_NOOP("AssistForm", "Scanned with the barcode scanner"),
    FormSource.REISSUE: QT_TRANSLATE_NOOP("AssistForm", "No form: reissued on the national terminal"),
}


class PhotoChoice(StrEnum):
    TAKEN = "taken"  # taken on the spot (tablet or the photo screen)
    BROUGHT = "brought"  # brought by the resident
    NONE_UNDER_ONE = "none_under_one"  # no photo: a child under one

    @property
    def label(self) -> str:
        return PHOTO_LABELS[self]


PHOTO_LABELS = {
    PhotoChoice.TAKEN: QT_TRANSLATE_NOOP("AssistPhoto", "Taken on the spot"),
    PhotoChoice.BROUGHT: QT_TRANSLATE_NOOP("AssistPhoto", "Brought by the resident"),
    PhotoChoice.NONE_UNDER_ONE: QT_TRANSLATE_NOOP("AssistPhoto", "None (child under one)"),
}


class Channel(StrEnum):
    ONLINE = "online"  # オンライン申請 on the tablet
    PAPER = "paper"  # 郵送申請: the paper form, to be posted

    @property
    def label(self) -> str:
        return CHANNEL_LABELS[self]


CHANNEL_LABELS = {
    Channel.ONLINE: QT_TRANSLATE_NOOP("AssistChannel", "Online application"),
    Channel.PAPER: QT_TRANSLATE_NOOP("AssistChannel", "Paper application to be posted"),
}


@dataclass(frozen=True)
class AssistDraft:
    """Everything the flow holds for one resident (what `save_draft` and `finish` store)."""

    record_id: str
    case_id: str
    person_id: str
    visit_id: str | None = None
    queue_number: int | None = None
    questions: str = ""
    form: FormSource | None = None
    application_id: str | None = None  # 23 digits, already checked
    photo: PhotoChoice | None = None
    terms_explained: bool = False
    cert_wanted: bool = True  # 電子証明書
    braille: bool = False  # 点字
    face_auth: bool = False  # 顔認証マイナンバーカード
    mailed_later: bool = False  # 申請時来庁方式: identity checked now, card by post (or counter)
    identity: ApplyIdentityDraft = field(default_factory=ApplyIdentityDraft)
    phone: str = ""
    tablet: str = ""
    tablet_mail: str = ""
    contact_name: str = ""
    channel: Channel | None = None
    applied_at: datetime | None = None
    guidance_explained: bool = False
    step: Step = Step.RECEPTION  # the step reached

    def steps(self) -> tuple[Step, ...]:
        return steps_for(self.mailed_later)


def steps_for(mailed_later: bool) -> tuple[Step, ...]:
    """The checklist: the identity step only when the card is mailed later (申請時来庁)."""
    return tuple(s for s in STEP_ORDER if s is not Step.IDENTITY or mailed_later)


@dataclass(frozen=True)
class FlowFacts:
    """What the rules need besides the draft: read once when the flow opens."""

    today: date
    birth_date: date | None
    has_postal_code: bool
    has_address: bool
    tablets: tuple[str, ...]  # tablet numbers usable here (the office's, or the venue session's)
    rules: IdentityRules = field(default_factory=IdentityRules)
    catalogue: Catalogue = field(default_factory=Catalogue)


def age_on(birth: date, day: date) -> int:
    years = day.year - birth.year
    return years - (1 if (day.month, day.day) < (birth.month, birth.day) else 0)


def contact_name(department: str, number: int | None) -> str:
    """The contact name of the online application: 「市民課」 + the 受付番号, e.g. 市民課12."""
    dept = department.strip() or "市民課"
    return f"{dept}{number}" if number is not None else ""


_PIN_TALK = re.compile(r"(暗証|PIN|パスワード|ピン)\D{0,8}\d{4,}", re.IGNORECASE)


def check_text(text: str, field_name: str) -> str:
    """A free-text note: short, never a 個人番号, never a PIN written next to the word."""
    note = text.strip()
    if contains_individual_number(note):
        raise InvalidField(field_name, QT_TRANSLATE_NOOP(
            "Errors", "This looks like a 12-digit Individual Number (個人番号). The Individual Number must "
            "never be recorded: remove it."))  # fmt: skip
    if _PIN_TALK.search(unicodedata.normalize("NFKC", note)):
        raise InvalidField(field_name, QT_TRANSLATE_NOOP(
            "Errors", "Never write down a PIN. Remove the digits."))  # fmt: skip
    if len(note) > NOTE_MAX:
        raise InvalidField(field_name, QT_TRANSLATE_NOOP(
            "Errors", "Keep the note under {max} characters."), max=NOTE_MAX)  # fmt: skip
    return note


def check_phone(text: str) -> str:
    digits = phone_digits(text)
    if not 10 <= len(digits) <= 11 or not re.fullmatch(r"[0-9\-() ]+", unicodedata.normalize("NFKC", text)):
        raise InvalidField("phone", QT_TRANSLATE_NOOP(
            "Errors", "Type the resident's phone number as 10 or 11 digits (hyphens allowed)."))  # fmt: skip
    return unicodedata.normalize("NFKC", text).strip()


def _p(field_name: str, template: str, **params: object) -> InvalidField:
    return InvalidField(field_name, template, **params)


def step_problems(step: Step, draft: AssistDraft, facts: FlowFacts) -> list[InvalidField]:
    """What is still missing or wrong at one step (empty = the step is done)."""
    out: list[InvalidField] = []
    if step is Step.RECEPTION:
        if draft.queue_number is None:
            out.append(_p("visit", QT_TRANSLATE_NOOP("Errors", "The resident has no queue number yet.")))
        try:
            check_text(draft.questions, "questions")
        except InvalidField as err:
            out.append(err)
    elif step is Step.FORM:
        if draft.form is None:
            out.append(_p("application_id", QT_TRANSLATE_NOOP(
                "Errors", "Type or scan the 23-digit application form ID, or choose “No form” to reissue "
                "it on the national terminal.")))  # fmt: skip
        elif draft.form is not FormSource.REISSUE and draft.application_id is None:
            out.append(_p("application_id", QT_TRANSLATE_NOOP(
                "Errors", "Type or scan the 23-digit application form ID.")))  # fmt: skip
    elif step is Step.PHOTO:
        out += _photo_problems(draft, facts)
    elif step is Step.EXPLAIN:
        if not draft.terms_explained:
            out.append(_p("terms", QT_TRANSLATE_NOOP("Errors", "Explain the terms of use and tick them.")))
    elif step is Step.IDENTITY:
        if draft.mailed_later:
            out += check_apply_identity(draft.identity, facts.rules, facts.catalogue, has_postal_code=
                                        facts.has_postal_code, has_address=facts.has_address).problems  # fmt: skip
    elif step is Step.CONTACT:
        try:
            check_phone(draft.phone)
        except InvalidField as err:
            out.append(err)
        if draft.channel is not Channel.PAPER:
            out += _tablet_problems(draft, facts)
    elif step is Step.APPLY:
        if draft.channel is None:
            out.append(_p("channel", QT_TRANSLATE_NOOP(
                "Errors", "Send the online application, or choose a paper application to be posted.")))  # fmt: skip
        elif draft.channel is Channel.ONLINE and draft.applied_at is None:
            out.append(_p("channel", QT_TRANSLATE_NOOP(
                "Errors", "Press “Online application sent” once the tablet shows the application was sent.")))  # fmt: skip
    elif step is Step.GUIDANCE and not draft.guidance_explained:
        out.append(_p("guidance", QT_TRANSLATE_NOOP(
            "Errors", "Explain what happens next and what to bring at handover, and tick it.")))  # fmt: skip
    return out


def _photo_problems(draft: AssistDraft, facts: FlowFacts) -> list[InvalidField]:
    if draft.photo is None:
        return [_p("photo", QT_TRANSLATE_NOOP(
            "Errors", "Choose the photo: taken on the spot, brought by the resident, or none for a child "
            "under one."))]  # fmt: skip
    if draft.photo is PhotoChoice.NONE_UNDER_ONE:
        if facts.birth_date is None:
            return [_p("photo", QT_TRANSLATE_NOOP(
                "Errors", "A card without a photo is only for a child under one: record the birth date "
                "at reception first."))]  # fmt: skip
        age = age_on(facts.birth_date, facts.today)
        if age >= 1:
            return [_p("photo", QT_TRANSLATE_NOOP(
                "Errors", "The resident is {age}: only a child under one gets a card without a photo."),
                age=age)]  # fmt: skip
    return []


def _tablet_problems(draft: AssistDraft, facts: FlowFacts) -> list[InvalidField]:
    if not facts.tablets:
        return [_p("tablet", QT_TRANSLATE_NOOP(
            "Errors", "No tablet is set up here. Add the tablets in Settings › Office (or to the venue "
            "session), or choose a paper application."))]  # fmt: skip
    if draft.tablet not in facts.tablets:
        return [_p("tablet", QT_TRANSLATE_NOOP("Errors", "Choose the tablet used for the application."))]
    if not draft.contact_name:
        return [_p("tablet", QT_TRANSLATE_NOOP("Errors", "The contact name is missing."))]
    return []


def all_problems(draft: AssistDraft, facts: FlowFacts) -> list[tuple[Step, InvalidField]]:
    """Every step's problems, in checklist order (empty = the application may be finished)."""
    return [(s, p) for s in draft.steps() for p in step_problems(s, draft, facts)]


def first_open_step(draft: AssistDraft, facts: FlowFacts) -> Step | None:
    for step in draft.steps():
        if step_problems(step, draft, facts):
            return step
    return None


def identity_evaluation(draft: AssistDraft, facts: FlowFacts) -> Evaluation:
    return check_apply_identity(draft.identity, facts.rules, facts.catalogue, has_postal_code=
                                facts.has_postal_code, has_address=facts.has_address).evaluation  # fmt: skip


def identity_result(draft: AssistDraft, facts: FlowFacts) -> IdentityResult | None:
    """The rule met and the document KEYS shown (what the card case records), when identity was checked."""
    if not draft.mailed_later:
        return None
    evaluation = identity_evaluation(draft, facts)
    if not evaluation.ok or evaluation.rule_met is None:
        return None
    return IdentityResult(evaluation.rule_met, tuple(draft.identity.documents))


def delivery_of(draft: AssistDraft) -> DeliveryMethod:
    """The case's delivery method: the one chosen with 申請時来庁, otherwise the counter."""
    if draft.mailed_later and draft.identity.delivery is not None:
        return draft.identity.delivery
    return DeliveryMethod.COUNTER


def minutes_of(seconds: int) -> int:
    """The time taken in whole minutes, as reports average it (at least one for a finished application)."""
    return max(1, (max(0, seconds) + 30) // 60)
