"""Card cases (カード案件): one resident's card from application (or arrival) to handover or disposal.

ONE transition table, enforced here and by `desktop.store.cases`; anything not in it is refused. Each
move has an owning job, and only that job may make it:

  assist:   受付中 received → 申請済 applied | 中断 suspended;  中断 → 受付中 (resume)
  mailing:  申請済 → 到着 arrived → 設定済 configured → 通知済 notified (交付通知書 sent)
                                                      | 発送済 mailed → 配達済 delivered
                                                                     | 返戻 returned → 来庁案内済 invited
  handover: 通知済 | 来庁案内済 → 交付済 handed_over;  通知済 | 来庁案内済 → 廃棄 disposed (supervisor)

Cases are opened in 受付中 (by assist or photo) or directly in 到着 (by mailing, for a card applied
for elsewhere). Keys are stable ASCII; labels are English sources translated in context "CaseState".
The 申請時来庁 identity result stores the rule met and document KEYS only — never a number or image.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desktop.core.errors import DomainError, InvalidTransition, NotAllowed
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.staff import Role


class CaseState(StrEnum):
    RECEIVED = "received"  # 受付中
    APPLIED = "applied"  # 申請済
    SUSPENDED = "suspended"  # 中断
    ARRIVED = "arrived"  # 到着
    CONFIGURED = "configured"  # 設定済 (交付前設定)
    NOTIFIED = "notified"  # 通知済 (交付通知書 sent)
    MAILED = "mailed"  # 発送済
    DELIVERED = "delivered"  # 配達済
    RETURNED = "returned"  # 返戻
    INVITED = "invited"  # 来庁案内済
    HANDED_OVER = "handed_over"  # 交付済
    DISPOSED = "disposed"  # 廃棄

    @property
    def label(self) -> str:
        """English source label; translate in context "CaseState"."""
        return CASE_STATE_LABELS[self]


CASE_STATE_LABELS = {
    CaseState.RECEIVED: QT_TRANSLATE_NOOP("CaseState", "Received"),
    CaseState.APPLIED: QT_TRANSLATE_NOOP("CaseState", "Applied"),
    CaseState.SUSPENDED: QT_TRANSLATE_NOOP("CaseState", "Suspended"),
    CaseState.ARRIVED: QT_TRANSLATE_NOOP("CaseState", "Card arrived"),
    CaseState.CONFIGURED: QT_TRANSLATE_NOOP("CaseState", "Configured"),
    CaseState.NOTIFIED: QT_TRANSLATE_NOOP("CaseState", "Notice sent"),
    CaseState.MAILED: QT_TRANSLATE_NOOP("CaseState", "Mailed"),
    CaseState.DELIVERED: QT_TRANSLATE_NOOP("CaseState", "Delivered"),
    CaseState.RETURNED: QT_TRANSLATE_NOOP("CaseState", "Returned by post"),
    CaseState.INVITED: QT_TRANSLATE_NOOP("CaseState", "Invited to the counter"),
    CaseState.HANDED_OVER: QT_TRANSLATE_NOOP("CaseState", "Handed over"),
    CaseState.DISPOSED: QT_TRANSLATE_NOOP("CaseState", "Disposed"),
}

# Owners: the job keys allowed to open or move cases.
ASSIST, PHOTO, MAILING, HANDOVER = "assist", "photo", "mailing", "handover"
OWNERS = (ASSIST, PHOTO, MAILING, HANDOVER)


@dataclass(frozen=True)
class Move:
    owner: str
    min_role: Role = Role.COUNTER


S = CaseState
TRANSITIONS: dict[tuple[CaseState, CaseState], Move] = {
    (S.RECEIVED, S.APPLIED): Move(ASSIST),
    (S.RECEIVED, S.SUSPENDED): Move(ASSIST),
    (S.SUSPENDED, S.RECEIVED): Move(ASSIST),
    (S.APPLIED, S.ARRIVED): Move(MAILING),
    (S.ARRIVED, S.CONFIGURED): Move(MAILING),
    (S.CONFIGURED, S.NOTIFIED): Move(MAILING),
    (S.CONFIGURED, S.MAILED): Move(MAILING),
    (S.MAILED, S.DELIVERED): Move(MAILING),
    (S.MAILED, S.RETURNED): Move(MAILING),
    (S.RETURNED, S.INVITED): Move(MAILING),
    (S.NOTIFIED, S.HANDED_OVER): Move(HANDOVER),
    (S.INVITED, S.HANDED_OVER): Move(HANDOVER),
    (S.NOTIFIED, S.DISPOSED): Move(HANDOVER, Role.SUPERVISOR),
    (S.INVITED, S.DISPOSED): Move(HANDOVER, Role.SUPERVISOR),
}

# Where a case may start, and who may open it there.
OPENINGS: dict[CaseState, frozenset[str]] = {
    S.RECEIVED: frozenset({ASSIST, PHOTO}),
    S.ARRIVED: frozenset({MAILING}),
}

# The card's life is over: nothing moves out of these.
CLOSED_STATES = frozenset({S.HANDED_OVER, S.DISPOSED, S.DELIVERED})


class WrongOwner(InvalidTransition):
    """The move exists, but another job owns it."""


# The screens (jobs) that own card-case moves, named as staff see them in the navigation.
OWNER_LABELS: dict[str, str] = {
    "assist": QT_TRANSLATE_NOOP("Jobs", "Application support"),
    "photo": QT_TRANSLATE_NOOP("Jobs", "Photo"),
    "mailing": QT_TRANSLATE_NOOP("Jobs", "Arrival and mailing"),
    "handover": QT_TRANSLATE_NOOP("Jobs", "Handover"),
}


def owner_label(owner: str) -> str:
    return OWNER_LABELS.get(owner, owner)


def check_transition(
    from_state: CaseState | str, to_state: CaseState | str, owner: str, actor_role: Role
) -> None:
    """Raise InvalidTransition (not in the table), WrongOwner (another job's move) or NotAllowed
    (the move needs a supervisor); return None when the move may be made."""
    src, dst = CaseState(from_state), CaseState(to_state)
    move = TRANSITIONS.get((src, dst))
    if move is None:
        raise InvalidTransition(
            QT_TRANSLATE_NOOP("Errors", "A card case that is {from_state} cannot become {to_state}."),
            from_state=src.label,
            to_state=dst.label,
        )
    if move.owner != owner:
        raise WrongOwner(
            QT_TRANSLATE_NOOP(
                "Errors", "Moving a card case from {from_state} to {to_state} belongs to the {owner} screen."
            ),
            from_state=src.label,
            to_state=dst.label,
            owner=owner_label(move.owner),
        )
    if actor_role < move.min_role:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "Errors", "Only a supervisor may mark a card as {to_state}. Ask a supervisor to confirm."
            ),
            to_state=dst.label,
        )


def check_open(state: CaseState | str, owner: str) -> None:
    """A case opens in 受付中 (assist, photo) or 到着 (mailing, card applied for elsewhere)."""
    st = CaseState(state)
    allowed = OPENINGS.get(st)
    if allowed is None:
        raise InvalidTransition(
            QT_TRANSLATE_NOOP("Errors", "A new card case cannot start as {state}."), state=st.label
        )
    if owner not in allowed:
        raise WrongOwner(
            QT_TRANSLATE_NOOP("Errors", "The {owner} screen cannot open a card case as {state}."),
            owner=owner_label(owner),
            state=st.label,
        )


class DeliveryMethod(StrEnum):
    COUNTER = "counter"  # 窓口交付
    TOKUREI = "tokurei"  # 本人限定受取郵便（特例型）
    KAN_I_KAKITOME = "kan_i_kakitome"  # 簡易書留

    @property
    def label(self) -> str:
        """English source label; translate in context "DeliveryMethod"."""
        return DELIVERY_LABELS[self]


DELIVERY_LABELS = {
    DeliveryMethod.COUNTER: QT_TRANSLATE_NOOP("DeliveryMethod", "At the counter"),
    DeliveryMethod.TOKUREI: QT_TRANSLATE_NOOP("DeliveryMethod", "Restricted-recipient post (special type)"),
    DeliveryMethod.KAN_I_KAKITOME: QT_TRANSLATE_NOOP("DeliveryMethod", "Simple registered post"),
}


def _fold(text: str) -> str:
    """Full-width to ASCII, no spaces or hyphens (as staff type them from paper)."""
    folded = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s\-‐‑‒–—―ー－]", "", folded)


def normalize_application_id(text: str) -> str:
    """申請書ID: exactly 23 digits (spaces and hyphens allowed on input)."""
    folded = _fold(text)
    if not folded.isascii() or not folded.isdigit() or len(folded) != 23:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The application form ID must be exactly 23 digits ({count} characters entered). "
                "Check it against the form.",
            ),
            count=len(folded),
        )
    return folded


_RESERVATION = re.compile(r"^[A-Z0-9]{3}[0-9]{6}$")


def normalize_reservation_number(text: str) -> str:
    """Reservation number from the 交付通知書: 3 letters or digits then 6 digits (e.g. ABC123456)."""
    folded = _fold(text).upper()
    if not _RESERVATION.match(folded):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A reservation number is 3 letters or digits followed by 6 digits, e.g. ABC123456. "
                "Check it against the notice.",
            )
        )
    return folded


_DOC_KEY = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
# the evaluator's rule keys: "A", "B+B", "A+PIN", "notice+B+B", "photo+B" … (letters only: no room for a number)
_RULE_KEY = re.compile(r"^[A-Za-z][A-Za-z_+]{0,31}$")


@dataclass(frozen=True)
class IdentityResult:
    """Which identity rule was met at application and the KEYS of the documents shown."""

    rule: str
    documents: tuple[str, ...]

    def __post_init__(self) -> None:
        keys_ok = bool(_RULE_KEY.match(self.rule)) and all(_DOC_KEY.match(k) for k in self.documents)
        if not keys_ok:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Record only the kind of identity document, never its number or other details.",
                )
            )

    def to_json(self) -> dict[str, object]:
        return {"rule": self.rule, "documents": list(self.documents)}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> IdentityResult:
        docs = data.get("documents", [])
        return cls(str(data["rule"]), tuple(str(d) for d in (docs if isinstance(docs, Sequence) else [])))


@dataclass(frozen=True)
class CardCase:
    id: str
    person_id: str | None  # None once retention cleared the link
    application_id: str | None
    reservation_number: str | None
    delivery_method: DeliveryMethod
    identity_checked_at_application: bool
    identity_result: IdentityResult | None
    photo_ref: str | None
    state: CaseState
    state_at: datetime
    opened_by: str
    created_at: datetime
    updated_at: datetime

    @property
    def goes_by_post(self) -> bool:
        """The card is mailed (本人限定受取郵便 or 簡易書留) rather than collected at the counter: only when the
        resident's identity was checked at application (申請時来庁) and a postal delivery was chosen."""
        return self.identity_checked_at_application and self.delivery_method is not DeliveryMethod.COUNTER


@dataclass(frozen=True)
class CaseHistoryEntry:
    id: str
    case_id: str
    from_state: CaseState | None  # None for the opening entry
    to_state: CaseState
    owner: str
    staff_id: str | None
    at: datetime
    note: str
