"""The assistance job's settings (Qt-free): what the handover guidance slip says, its paper, printing.

Stored as one JSON setting (`assist.settings`). The list of what to bring at handover is the
office's own text once an administrator edits it; until then the translated defaults below are printed.
A damaged setting never stops the counter: unknown or malformed values fall back to the defaults.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.people import contains_individual_number

SETTING_KEY = "assist.settings"
PAPERS = ("a5", "receipt")
MAX_ITEMS = 10
MAX_ITEM_LENGTH = 80

DEFAULT_BRING = (
    QT_TRANSLATE_NOOP("AssistSlip", "The handover notice (交付通知書) postcard"),
    QT_TRANSLATE_NOOP(
        "AssistSlip", "One photo ID (driving licence, passport …) or two other documents (insurance card, "
        "pension book …)",
    ),
    QT_TRANSLATE_NOOP("AssistSlip", "Your notification card (通知カード), if you have one"),
    QT_TRANSLATE_NOOP("AssistSlip", "Your Basic Resident Registration card (住基カード), if you have one"),
    QT_TRANSLATE_NOOP("AssistSlip", "Your current My Number Card, if you are renewing it"),
)


@dataclass(frozen=True)
class AssistSettings:
    weeks_min: int = 4  # the 交付通知書 (or the card by post) usually comes after … weeks
    weeks_max: int = 6
    bring: tuple[str, ...] = field(default=())  # () = the translated defaults
    paper: str = "a5"  # the guidance slip: "a5" (A5 sheet) or "receipt" (80 mm roll)
    preview: bool = True  # show the print preview (Enter prints) instead of printing directly
    camera_index: int = 0  # the camera used to read QR codes

    def check(self) -> AssistSettings:
        if not 1 <= self.weeks_min <= self.weeks_max <= 26:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Errors", "The weeks until the notice arrives must be 1 to 26, the first not after the second."))  # fmt: skip
        if self.paper not in PAPERS:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose A5 or the 80 mm receipt for the slip."))
        if len(self.bring) > MAX_ITEMS or any(len(i) > MAX_ITEM_LENGTH for i in self.bring):
            raise DomainError(QT_TRANSLATE_NOOP(
                "Errors", "List at most {n} things to bring, each under {length} characters."),
                n=MAX_ITEMS, length=MAX_ITEM_LENGTH)  # fmt: skip
        if any(contains_individual_number(i) for i in self.bring):
            raise DomainError(QT_TRANSLATE_NOOP(
                "Errors", "This looks like a 12-digit Individual Number (個人番号). The Individual Number "
                "must never be recorded: remove it."))  # fmt: skip
        if not 0 <= self.camera_index <= 9:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose a camera number from 0 to 9."))
        return self

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["bring"] = list(self.bring)
        return data

    @classmethod
    def from_json(cls, data: Any) -> AssistSettings:
        if not isinstance(data, dict):
            return cls()
        defaults = cls()
        values: dict[str, Any] = {}
        for name in ("weeks_min", "weeks_max", "camera_index"):
            v = data.get(name)
            if isinstance(v, int) and not isinstance(v, bool):
                values[name] = v
        if isinstance(data.get("preview"), bool):
            values["preview"] = data["preview"]
        if data.get("paper") in PAPERS:
            values["paper"] = data["paper"]
        bring = data.get("bring")
        if isinstance(bring, list) and all(isinstance(i, str) for i in bring):
            values["bring"] = tuple(i.strip() for i in bring if i.strip())
        try:
            return AssistSettings(**{**asdict(defaults), "bring": defaults.bring, **values}).check()
        except DomainError:
            return defaults
