"""Never print a 個人番号: any text that looks like 12 consecutive digits is refused.

Every string a document draws passes through `check_text`. After NFKC folding (full-width ０-９ become
0-9, the ideographic space a space), these are refused:
- a run of 12 or more digits (a 13-digit number contains 12 consecutive digits, too);
- three groups of four digits separated by single spaces or hyphens ("1234 5678 9012", "1234-5678-9012");
- twelve single digits each separated by one space ("1 2 3 4 5 6 7 8 9 0 1 2", digits typed into boxes).
Phone numbers (10–11 digits), postal codes, dates and queue numbers pass. The message never repeats the
number.
"""

from __future__ import annotations

import re
import unicodedata

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP

_DASH = "\\-\u2010\u2011\u2012\u2013\u2014\u2212\u30fc\uff0d"
_PATTERNS = (
    re.compile(r"\d{12}"),
    re.compile(rf"\d{{4}}[\s{_DASH}]\d{{4}}[\s{_DASH}]\d{{4}}"),
    re.compile(r"(?:\d\s){11}\d"),
)


class IndividualNumberRefused(DomainError):
    """Text to be printed looks like a 12-digit 個人番号."""


def looks_like_individual_number(text: str) -> bool:
    folded = unicodedata.normalize("NFKC", text)
    return any(p.search(folded) for p in _PATTERNS)


def check_text(text: str) -> str:
    """Return `text` unchanged, or raise when it holds what looks like a 個人番号."""
    if looks_like_individual_number(text):
        raise IndividualNumberRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The document contains a 12-digit number that looks like an Individual Number "
                "(個人番号). It was not printed. Remove the number and try again.",
            )
        )
    return text
