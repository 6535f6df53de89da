"""BER-TLV parsing of the card's files: 基本4情報 (EF 0002) and the certificate's expiry (EF 000A).

Every length form is parsed (short, 81 LL, 82 LL LL, 83 …, 84 …): the card uses 82 LL LL even where a
short form fits, so nothing here relies on fixed offsets. Name and address are UTF-8 and are returned
exactly as read (no normalisation): they can hold rare kanji such as 髙, 﨑 or 𠮷.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from desktop.core.i18n import QT_TRANSLATE_NOOP

TAG_BASIC_INFO = 0xFF20
TAG_HEADER = 0xDF21
TAG_NAME = 0xDF22
TAG_ADDRESS = 0xDF23
TAG_BIRTH_DATE = 0xDF24
TAG_SEX = 0xDF25

# ISO 5218 codes as written on the card, with their labels (context "Card")
SEX_LABELS = {
    "0": QT_TRANSLATE_NOOP("Card", "Not known"),
    "1": QT_TRANSLATE_NOOP("Card", "Male"),
    "2": QT_TRANSLATE_NOOP("Card", "Female"),
    "9": QT_TRANSLATE_NOOP("Card", "Not applicable"),
}
SEX_KEYS = {"0": "not_known", "1": "male", "2": "female", "9": "not_applicable"}


class TlvError(ValueError):
    """The bytes are not well-formed BER-TLV (or not what the file should hold)."""


@dataclass(frozen=True)
class Tlv:
    tag: int
    value: bytes
    end: int  # offset just after this element


def read_tag(data: bytes, pos: int) -> tuple[int, int]:
    """(tag, position after it). Multi-byte tags: low 5 bits all set, then bytes while bit 8 is set."""
    if pos >= len(data):
        raise TlvError("tag beyond the end")
    tag = data[pos]
    pos += 1
    if tag & 0x1F == 0x1F:
        while True:
            if pos >= len(data):
                raise TlvError("truncated tag")
            byte = data[pos]
            tag = (tag << 8) | byte
            pos += 1
            if not byte & 0x80:
                break
            if tag > 0xFFFFFFFF:
                raise TlvError("tag too long")
    return tag, pos


def read_length(data: bytes, pos: int) -> tuple[int, int]:
    """(length, position after it) for every definite form: 0x00–0x7F, 81 LL, 82 LL LL … 84 LL×4."""
    if pos >= len(data):
        raise TlvError("length beyond the end")
    first = data[pos]
    pos += 1
    if first < 0x80:
        return first, pos
    count = first & 0x7F
    if count == 0:
        raise TlvError("indefinite length")
    if count > 4:
        raise TlvError("length too long")
    if pos + count > len(data):
        raise TlvError("truncated length")
    return int.from_bytes(data[pos : pos + count], "big"), pos + count


def header_size(data: bytes) -> tuple[int, int]:
    """(size of the tag and length fields, value length) of the element starting at offset 0."""
    _tag, pos = read_tag(data, 0)
    length, pos = read_length(data, pos)
    return pos, length


def read_element(data: bytes, pos: int = 0) -> Tlv:
    tag, pos = read_tag(data, pos)
    length, pos = read_length(data, pos)
    end = pos + length
    if end > len(data):
        raise TlvError("value beyond the end")
    return Tlv(tag, data[pos:end], end)


def children(value: bytes) -> list[Tlv]:
    """The elements one after another in a constructed value (padding FF / 00 after them ends it)."""
    out: list[Tlv] = []
    pos = 0
    while pos < len(value):
        if value[pos] in (0x00, 0xFF) and all(b == value[pos] for b in value[pos:]):
            break  # filler at the end of a file
        element = read_element(value, pos)
        out.append(element)
        pos = element.end
    return out


@dataclass(frozen=True)
class BasicInfo:
    """基本4情報 as the card holds them. Never logged; never stored by the card package."""

    name: str
    address: str
    birth_date: date | None
    sex: str  # ISO 5218 code as written ("1", "2", "9", "0"), "" when absent

    @property
    def sex_label(self) -> str:
        return SEX_LABELS.get(self.sex, "")

    @property
    def sex_key(self) -> str:
        return SEX_KEYS.get(self.sex, "")

    def __repr__(self) -> str:  # keep personal data out of tracebacks and logs
        return "BasicInfo(…)"


def _text(value: bytes) -> str:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError as err:
        raise TlvError("text field is not UTF-8") from err


def parse_birth_date(value: bytes) -> date | None:
    """DF 24: ASCII YYYYMMDD (Gregorian). Empty (or all spaces/zeros) gives None."""
    text = value.decode("ascii", errors="replace").strip().strip("\x00")
    if not text or set(text) <= {"0"}:
        return None
    if len(text) != 8 or not text.isdigit():
        raise TlvError("birth date is not YYYYMMDD")
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError as err:
        raise TlvError("birth date is not a calendar date") from err


def parse_basic_info(data: bytes) -> BasicInfo:
    """Parse EF 0002: FF 20 { DF 21 header, DF 22 name, DF 23 address, DF 24 birth date, DF 25 sex }."""
    outer = read_element(data)
    if outer.tag != TAG_BASIC_INFO:
        raise TlvError(f"unexpected outer tag {outer.tag:X}")
    fields = {element.tag: element.value for element in children(outer.value)}
    return BasicInfo(
        name=_text(fields.get(TAG_NAME, b"")),
        address=_text(fields.get(TAG_ADDRESS, b"")),
        birth_date=parse_birth_date(fields.get(TAG_BIRTH_DATE, b"")),
        sex=fields.get(TAG_SEX, b"").decode("ascii", errors="replace").strip(),
    )


# --- the certificate's expiry (DER X.509, no crypto library needed) ----------------------------------

_SEQUENCE = 0x30
_CONTEXT_0 = 0xA0
_UTC_TIME = 0x17
_GENERALIZED_TIME = 0x18


def _der_time(element: Tlv) -> datetime:
    text = element.value.decode("ascii")
    if not text.endswith("Z"):
        raise TlvError("certificate time is not in UTC")
    if element.tag == _UTC_TIME:  # YYMMDDHHMMSSZ: 50–99 → 19xx (RFC 5280)
        year = int(text[:2])
        text = f"{1900 + year if year >= 50 else 2000 + year}{text[2:]}"
    elif element.tag != _GENERALIZED_TIME:
        raise TlvError("certificate validity is not a time")
    try:
        return datetime.strptime(text, "%Y%m%d%H%M%SZ").replace(tzinfo=UTC)
    except ValueError as err:
        raise TlvError("certificate time unreadable") from err


def certificate_not_after(der: bytes) -> datetime:
    """notAfter (UTC) of a DER X.509 certificate: Certificate → tbsCertificate → validity."""
    cert = read_element(der)
    if cert.tag != _SEQUENCE:
        raise TlvError("not a certificate")
    tbs = read_element(cert.value)
    if tbs.tag != _SEQUENCE:
        raise TlvError("not a certificate")
    parts = children(tbs.value)
    if parts and parts[0].tag == _CONTEXT_0:  # [0] version
        parts = parts[1:]
    # serialNumber, signature, issuer, validity …
    if len(parts) < 4 or parts[3].tag != _SEQUENCE:
        raise TlvError("certificate has no validity")
    validity = children(parts[3].value)
    if len(validity) != 2:
        raise TlvError("certificate validity malformed")
    return _der_time(validity[1])


def der_total_size(head: bytes) -> int:
    """Total size of a DER element from its first bytes (the card's EF 000A: 30 82 LL LL …)."""
    size, length = header_size(head)
    return size + length
