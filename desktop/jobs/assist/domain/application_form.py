"""The 交付申請書 (application form): its 申請書ID and the QR code printed on it, Qt-free.

The 申請書ID is exactly 23 digits. Staff type it from the paper (spaces and hyphens as printed are
fine), or read the QR code: with a USB barcode scanner acting as a keyboard (it types the QR's text
into the field, usually followed by Enter) or with the camera / an image of the form. The QR code holds
the online application site's address with the ID in it, so the ID is the one run of exactly 23
digits in that text.

`read_application_id(text)` accepts either form and explains what is wrong otherwise (too few or too
many digits, letters, a 12-digit run that could be an Individual Number — refused, never kept).
`decode_qr_image(image)` decodes QR codes with OpenCV's `cv2.QRCodeDetector` (no decoder of our own);
the image is only read, never stored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.cases import normalize_application_id
from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.people import IndividualNumberRefused, InvalidField

ID_DIGITS = 23
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―ー－]")
_DIGIT_RUN = re.compile(r"(?<![0-9])[0-9]+(?![0-9])")
_URLISH = re.compile(r"^[a-z][a-z0-9+.\-]*://|[?&=/]", re.IGNORECASE)


class ApplicationIdProblem(InvalidField):
    """What was typed or scanned is not a 申請書ID (field "application_id")."""


def _problem(template: str, **params: object) -> ApplicationIdProblem:
    return ApplicationIdProblem("application_id", template, **params)


def looks_like_qr_text(text: str) -> bool:
    """A scanned QR text (an address with the ID in it) rather than the ID typed by hand."""
    return bool(_URLISH.search(unicodedata.normalize("NFKC", text).strip()))


def id_from_qr_text(text: str) -> str:
    """The 申請書ID inside a QR code's text: the one run of exactly 23 digits."""
    folded = unicodedata.normalize("NFKC", text).strip()
    if not folded:
        raise _problem(QT_TRANSLATE_NOOP("Errors", "The QR code is empty. Read it again or type the ID."))
    runs = _DIGIT_RUN.findall(folded)
    found = [r for r in runs if len(r) == ID_DIGITS]
    if len(set(found)) == 1:
        return str(found[0])
    if len(set(found)) > 1:
        raise _problem(QT_TRANSLATE_NOOP(
            "Errors", "The QR code holds more than one 23-digit number. Type the application form ID "
            "printed on the form."))  # fmt: skip
    longest = max((len(r) for r in runs), default=0)
    raise _problem(QT_TRANSLATE_NOOP(
        "Errors", "This QR code holds no application form ID (no 23-digit number; the longest run has "
        "{count} digits). Is it the QR code of the application form?"), count=longest)  # fmt: skip


def read_application_id(text: str) -> str:
    """A 申請書ID typed or scanned (the QR's text): 23 digits, or a message saying what is wrong."""
    raw = unicodedata.normalize("NFKC", text).strip()
    if not raw:
        raise _problem(QT_TRANSLATE_NOOP(
            "Errors", "Type the 23-digit application form ID, or scan the QR code of the form."))  # fmt: skip
    if looks_like_qr_text(raw):
        return id_from_qr_text(raw)
    folded = _SEPARATORS.sub("", raw)
    letters = [c for c in folded if not (c.isascii() and c.isdigit())]
    if letters:
        raise _problem(QT_TRANSLATE_NOOP(
            "Errors", "The application form ID has digits only; remove “{chars}”."),
            chars="".join(dict.fromkeys(letters))[:5])  # fmt: skip
    if len(folded) == 12:
        raise IndividualNumberRefused("application_id", QT_TRANSLATE_NOOP(
            "Errors", "This is 12 digits, like an Individual Number (個人番号), which must never be "
            "recorded. The application form ID has 23 digits: type the ID from the form."))  # fmt: skip
    if len(folded) < ID_DIGITS:
        raise _problem(QT_TRANSLATE_NOOP(
            "Errors", "The application form ID has 23 digits; {count} were entered ({missing} missing). "
            "Check it against the form."), count=len(folded), missing=ID_DIGITS - len(folded))  # fmt: skip
    if len(folded) > ID_DIGITS:
        raise _problem(QT_TRANSLATE_NOOP(
            "Errors", "The application form ID has 23 digits; {count} were entered ({extra} too many). "
            "Check it against the form."), count=len(folded), extra=len(folded) - ID_DIGITS)  # fmt: skip
    try:
        return normalize_application_id(folded)
    except DomainError as err:  # pragma: no cover - the checks above cover every case
        raise _problem(err.template, **err.params) from None


def grouped(application_id: str) -> str:
    """The ID for reading aloud and printing: 5-5-5-5-3 digit groups. Never a run of 12 digits or three
    groups of four, which the printing base refuses as what could be an Individual Number."""
    parts = [application_id[i : i + 5] for i in range(0, len(application_id), 5)]
    return " ".join(parts)


# --- reading the QR code from an image ------------------------------------------------------------


@dataclass(frozen=True)
class QrReading:
    """What decoding an image found: the texts of the QR codes (usually one)."""

    texts: tuple[str, ...]

    def application_id(self) -> str:
        """The 申請書ID of the one QR code holding one; explains what is wrong otherwise."""
        if not self.texts:
            raise _problem(QT_TRANSLATE_NOOP(
                "Errors", "No QR code was found. Hold the form's QR code flat and well lit in front of the "
                "camera, or type the ID."))  # fmt: skip
        problems: list[ApplicationIdProblem] = []
        for text in self.texts:
            try:
                return id_from_qr_text(text)
            except ApplicationIdProblem as err:
                problems.append(err)
        raise problems[0]


def _variants(image: Any) -> Iterable[Any]:
    """The image as given, in grey, and enlarged (small prints) — tried in turn."""
    import cv2

    yield image
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    yield gray
    height, width = gray.shape[:2]
    if max(height, width) < 1600:
        yield cv2.resize(gray, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_CUBIC)
    yield cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)[1]


def decode_qr_image(image: Any) -> QrReading:
    """Decode the QR codes of an image (a numpy array, BGR or grey) with OpenCV's QRCodeDetector."""
    import cv2

    if image is None or getattr(image, "size", 0) == 0:
        return QrReading(())
    detector = cv2.QRCodeDetector()
    for variant in _variants(image):
        ok, texts, _points, _straight = detector.detectAndDecodeMulti(variant)
        found = tuple(t for t in (texts if ok else ()) if t)
        if not found:
            text, _pts, _straight = detector.detectAndDecode(variant)
            found = (text,) if text else ()
        if found:
            return QrReading(found)
    return QrReading(())


def decode_qr_file(path: Path) -> QrReading:
    """Decode the QR codes of an image file (PNG, JPEG …). The file is read, never copied or kept."""
    import cv2
    import numpy as np

    try:
        data = np.fromfile(str(path), dtype=np.uint8)  # works with non-ASCII paths on Windows
    except OSError as exc:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Errors", "The image {name} cannot be read. Check the file."), name=path.name) from exc  # fmt: skip
    image = cv2.imdecode(data, cv2.IMREAD_COLOR) if data.size else None
    if image is None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Errors", "{name} is not an image this PC can read (use PNG or JPEG)."), name=path.name)  # fmt: skip
    return decode_qr_image(image)
