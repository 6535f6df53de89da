"""Residents as the counter records them (住民): 氏名, フリガナ, birth date, phone, 〒, address.

NEVER the 12-digit 個人番号 (番号法: writing it down counts as collecting it). There is no field for
it, and every free-text value passes `reject_individual_number`, which refuses any run of 12 digits
(full-width, or grouped with spaces or hyphens like 1234 5678 9012). Jobs use the same guard on
their own free-text fields (notes, remarks).

The 氏名 is kept exactly as typed (rare kanji such as 𠮷 髙 﨑 stay as they are). Search uses
`kana_key`: the フリガナ with width and hiragana/katakana folded by `jaconv` and spaces dropped, so
「ヤマダ タロウ」「やまだたろう」「ﾔﾏﾀﾞ ﾀﾛｳ」 are the same key.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import jaconv

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.wareki import looks_like_date, parse_date

FIELDS = ("name", "kana", "birth_date", "phone", "postal_code", "address")


@dataclass(frozen=True)
class Person:
    """A resident. `id` is None until stored."""

    id: str | None
    name: str  # 氏名 as typed
    kana: str = ""  # フリガナ as typed
    birth_date: date | None = None
    phone: str = ""
    postal_code: str = ""  # stored as 123-4567
    address: str = ""

    @property
    def kana_key(self) -> str:
        return kana_key(self.kana)

    def with_id(self, person_id: str) -> Person:
        return replace(self, id=person_id)


class InvalidField(DomainError):
    """A value of one field was refused; `field` names it (one of FIELDS, or a job's own field)."""

    def __init__(self, field: str, template: str, **params: Any) -> None:
        super().__init__(template, **params)
        self.field = field


class IndividualNumberRefused(InvalidField):
    """Someone typed what may be a 個人番号: it must never be recorded."""


# --- kana ----------------------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")  # includes the full-width space U+3000


def kana_key(text: str) -> str:
    """Search key: half-width → full-width kana, hiragana → katakana, spaces dropped."""
    folded = jaconv.hira2kata(jaconv.h2z(text, kana=True, ascii=False, digit=False))
    return _SPACES.sub("", folded)


def is_kana(text: str) -> bool:
    """Hiragana, katakana (full or half width), ー, ・ and spaces only (empty counts as kana)."""
    for ch in text:
        code = ord(ch)
        if ch.isspace() or ch in "ー・ｰ･゛゜":
            continue
        if 0x3041 <= code <= 0x309F or 0x30A1 <= code <= 0x30FF or 0xFF66 <= code <= 0xFF9F:
            continue
        return False
    return True


# --- the 個人番号 guard -----------------------------------------------------------------------------

_KANJI_DIGITS = str.maketrans("〇一二三四五六七八九", "0123456789")
# separators people put inside a number: spaces, hyphens of every width, the long-vowel mark
_GROUP_SEP = r"[ \t\-‐‑‒–—―−ーｰ]+"
_DIGIT_GROUPS = re.compile(rf"[0-9]+(?:{_GROUP_SEP}[0-9]+)*")

INDIVIDUAL_NUMBER_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors",
    "This looks like a 12-digit Individual Number (個人番号). The Individual Number must never be "
    "recorded: remove it.",
)


def contains_individual_number(text: str) -> bool:
    """True when `text` holds 12 digits in a row, or digit groups joined by spaces/hyphens adding up to 12."""
    normal = unicodedata.normalize("NFKC", text).translate(_KANJI_DIGITS)
    for run in _DIGIT_GROUPS.finditer(normal):
        groups = [len(g) for g in re.findall(r"[0-9]+", run.group(0))]
        if any(n >= 12 for n in groups):
            return True
        for start in range(len(groups)):
            total = 0
            for n in groups[start:]:
                total += n
                if total == 12:
                    return True
                if total > 12:
                    break
    return False


def reject_individual_number(text: str, field: str = "") -> None:
    """Refuse a free-text value that may hold a 個人番号. Call it on every free-text field."""
    if contains_individual_number(text):
        raise IndividualNumberRefused(field, INDIVIDUAL_NUMBER_MESSAGE)


# --- normalising and validating ------------------------------------------------------------------


def phone_digits(text: str) -> str:
    return re.sub(r"[^0-9]", "", unicodedata.normalize("NFKC", text))


def normalize_phone(text: str) -> str:
    """Half-width digits with the hyphens as typed (全角 → 半角, spaces dropped)."""
    t = unicodedata.normalize("NFKC", text)
    t = re.sub(r"[‐‑‒–—―−ーｰ]", "-", t)
    return _SPACES.sub("", t)


def normalize_postal_code(text: str) -> str:
    """〒123-4567 / 1234567 / １２３－４５６７ → 123-4567 (unchanged when not 7 digits)."""
    t = unicodedata.normalize("NFKC", text).replace("〒", "").strip()
    digits = re.sub(r"[\s\-‐‑‒–—―−ーｰ]", "", t)
    if re.fullmatch(r"[0-9]{7}", digits):
        return f"{digits[:3]}-{digits[3:]}"
    return t


def normalize(p: Person) -> Person:
    """The stored form: outer spaces trimmed, phone and 〒 in half-width. 氏名 otherwise as typed."""
    return replace(
        p,
        name=p.name.strip(),
        kana=p.kana.strip(),
        phone=normalize_phone(p.phone),
        postal_code=normalize_postal_code(p.postal_code),
        address=p.address.strip(),
    )


def problems(p: Person, *, today: date | None) -> list[InvalidField]:
    """Every refused field of `p` (empty = valid). `today` None skips the future-birth-date check."""
    out: list[InvalidField] = []
    for field, value in (("name", p.name), ("kana", p.kana), ("phone", p.phone),
                         ("postal_code", p.postal_code), ("address", p.address)):  # fmt: skip
        if contains_individual_number(value):
            out.append(IndividualNumberRefused(field, INDIVIDUAL_NUMBER_MESSAGE))
    refused = {e.field for e in out}
    if not p.name.strip() and "name" not in refused:
        out.append(InvalidField("name", QT_TRANSLATE_NOOP("Errors", "Type the name (氏名).")))
    if "kana" not in refused and not is_kana(p.kana):
        out.append(
            InvalidField(
                "kana",
                QT_TRANSLATE_NOOP("Errors", "Type the フリガナ in kana only (hiragana or katakana)."),
            )
        )
    if p.birth_date is not None and today is not None and p.birth_date > today:
        out.append(
            InvalidField(
                "birth_date", QT_TRANSLATE_NOOP("Errors", "The birth date is in the future. Check it.")
            )
        )
    if p.phone.strip() and "phone" not in refused:
        normal = normalize_phone(p.phone)
        if not re.fullmatch(r"[0-9\-]+", normal) or not 10 <= len(phone_digits(normal)) <= 11:
            out.append(
                InvalidField(
                    "phone",
                    QT_TRANSLATE_NOOP(
                        "Errors", "Type the phone number as 10 or 11 digits (hyphens allowed)."
                    ),
                )
            )
    postal = normalize_postal_code(p.postal_code)
    if postal and "postal_code" not in refused and not re.fullmatch(r"[0-9]{3}-[0-9]{4}", postal):
        out.append(
            InvalidField(
                "postal_code",
                QT_TRANSLATE_NOOP("Errors", "Type the postal code as 7 digits, like 123-4567."),
            )
        )
    order = {f: i for i, f in enumerate(FIELDS)}
    out.sort(key=lambda e: order.get(e.field, len(order)))
    return out


def check(p: Person, *, today: date | None) -> Person:
    """Raise the first problem of `p`, else return its normalised form."""
    found = problems(p, today=today)
    if found:
        raise found[0]
    return normalize(p)


def changed_fields(old: Person, new: Person) -> list[str]:
    """Names of the fields that differ (for the audit detail: names only, never values)."""
    return [f for f in FIELDS if getattr(old, f) != getattr(new, f)]


# --- the search box ------------------------------------------------------------------------------


def search_terms(text: str) -> dict[str, Any]:
    """What the 住民 search box means: {"birth_date": date} | {"phone": digits} | {"kana": text}.

    A date form (era mark, 年, slash, dot, yyyymmdd, yyyy-mm-dd) is a birth date; digits and hyphens
    are a phone number (or its last digits); kana is a フリガナ prefix. Empty text gives {}.
    Anything else (kanji, Latin letters) is refused: the 氏名 search goes through its フリガナ.
    """
    t = unicodedata.normalize("NFKC", text).strip()
    if not t:
        return {}
    reject_individual_number(t, "search")
    if looks_like_date(t):
        return {"birth_date": parse_date(t)}
    if re.fullmatch(r"[0-9\-\s()]+", t):
        digits = phone_digits(t)
        if len(digits) < 4:
            raise DomainError(
                QT_TRANSLATE_NOOP("Errors", "Type at least the last 4 digits of the phone number.")
            )
        return {"phone": digits}
    if is_kana(t):
        return {"kana": t}
    raise DomainError(
        QT_TRANSLATE_NOOP(
            "Errors", "Search by フリガナ (in kana), phone number or birth date (like S55.5.1)."
        )
    )
