"""The My Number Card protocol over one connection: identify, PIN tries, 基本4情報, certificate expiry.

Counter rules (CARD.md): the PIN is checked to be exactly 4 digits before anything is sent; the tries
left are read first without spending one; nothing is ever retried by itself; the last try is used
only when the caller says so explicitly (`allow_last_try`); the 個人番号 file (EF 0001) is never
selected (`desktop.card.apdu.select_ef` refuses it). A card is identified by its applications and the
JPKI token, never by its ATR.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from desktop.card import apdu
from desktop.card.apdu import StatusWord
from desktop.card.errors import (
    CardChanged,
    CardError,
    InvalidPin,
    LastTryRefused,
    NotMyNumberCard,
    PinBlocked,
    WrongPin,
)
from desktop.card.pcsc import Transport
from desktop.card.tlv import BasicInfo, TlvError, certificate_not_after, header_size, parse_basic_info
from desktop.core.clock import to_local
from desktop.core.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

TOKEN_MY_NUMBER = "JPKIAPICCTOKEN2"
TOKEN_JUKI = "JPKIAPICCTOKEN"
TOKEN_SMARTPHONE = "JPKIAPGPSETOKEN"
RENEWAL_MONTHS = 3  # warn when the certificate ends within three months


class CardKind(Enum):
    MY_NUMBER = "my_number"
    JUKI = "juki"  # the old 住民基本台帳カード
    SMARTPHONE = "smartphone"
    OTHER = "other"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = {
    CardKind.MY_NUMBER: QT_TRANSLATE_NOOP("Card", "My Number Card"),
    CardKind.JUKI: QT_TRANSLATE_NOOP("Card", "old Basic Resident Register card (住基カード)"),
    CardKind.SMARTPHONE: QT_TRANSLATE_NOOP("Card", "smartphone certificate"),
    CardKind.OTHER: QT_TRANSLATE_NOOP("Card", "another kind of card"),
}


class CertStatus(Enum):
    VALID = "valid"
    RENEW_SOON = "renew_soon"  # ends within three months: the resident should renew it
    EXPIRED = "expired"


@dataclass(frozen=True)
class CardIdentity:
    reader: str
    kind: CardKind
    cert_expiry: date | None = None  # 利用者証明用電子証明書 notAfter, as a date in Japan


def add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError("unreachable")


def cert_status(expiry: date, today: date) -> CertStatus:
    if expiry < today:
        return CertStatus.EXPIRED
    if expiry <= add_months(today, RENEWAL_MONTHS):
        return CertStatus.RENEW_SOON
    return CertStatus.VALID


# --- small steps -----------------------------------------------------------------------------------


def _unexpected(sw: StatusWord) -> CardError:
    return CardError(status=f"SW {sw}")


def _send(t: Transport, command: bytes) -> tuple[bytes, StatusWord]:
    data, sw = t.transmit(command)
    return data, StatusWord(sw)


def select_app(t: Transport, aid: bytes) -> bool:
    """True when the application exists; False on 6A82."""
    _, sw = _send(t, apdu.select_df(aid))
    if sw.ok:
        return True
    if sw.not_found or sw.sw in (0x6A86, 0x6D00, 0x6E00):  # cards without it may refuse the command
        return False
    raise _unexpected(sw)


def select_file(t: Transport, file_id: int) -> bool:
    _, sw = _send(t, apdu.select_ef(file_id))
    if sw.ok:
        return True
    if sw.not_found:
        return False
    raise _unexpected(sw)


def read_binary(t: Transport, offset: int, length: int) -> bytes:
    """One READ BINARY; honours 6C xx (ask again with the exact length) and a short last chunk."""
    data, sw = _send(t, apdu.read_binary(offset, length))
    exact = sw.wrong_length
    if exact is not None and exact:
        data, sw = _send(t, apdu.read_binary(offset, exact))
    if sw.ok or sw.sw == 0x6282:
        return data
    if sw.sw == 0x6B00:
        return b""
    raise _unexpected(sw)


def read_exactly(t: Transport, total: int, have: bytes = b"") -> bytes:
    """Read the current EF up to `total` bytes in chunks of at most 255."""
    data = bytearray(have)
    while len(data) < total:
        chunk = read_binary(t, len(data), min(apdu.MAX_CHUNK, total - len(data)))
        if not chunk:
            raise CardError(status="short file")
        data += chunk
    return bytes(data[:total])


def read_tlv_file(t: Transport, first: int) -> bytes:
    """Read a file holding one TLV element: `first` bytes, decode the outer length, read the rest."""
    head = read_binary(t, 0, first)
    while True:
        try:
            size, length = header_size(head)
            break
        except TlvError:
            if len(head) >= 8:
                raise
            head += read_binary(t, len(head), 8 - len(head)) or b"\xff" * 8
    return read_exactly(t, size + length, head)


# --- identifying a card without a PIN -------------------------------------------------------------


def jpki_token(t: Transport) -> str | None:
    """The JPKI AP's token (EF 0006), or None when the card has no JPKI AP."""
    if not select_app(t, apdu.AID_JPKI) or not select_file(t, apdu.EF_JPKI_TOKEN):
        return None
    raw = read_binary(t, 0, 32)
    return raw.decode("ascii", errors="replace").rstrip(" \x00")


def kind_of(t: Transport) -> CardKind:
    token = jpki_token(t)
    if token == TOKEN_MY_NUMBER:
        return CardKind.MY_NUMBER
    if token == TOKEN_JUKI:
        return CardKind.JUKI
    if token == TOKEN_SMARTPHONE:
        return CardKind.SMARTPHONE
    if token is None and select_app(t, apdu.AID_INPUT_SUPPORT):
        return CardKind.MY_NUMBER  # input-support AP without a readable JPKI token
    return CardKind.OTHER


def auth_cert_not_after(t: Transport) -> datetime | None:
    """notAfter of the 利用者証明用電子証明書 (EF 000A, no PIN), None when the card has none."""
    if not select_app(t, apdu.AID_JPKI) or not select_file(t, apdu.EF_AUTH_CERT):
        return None
    der = read_tlv_file(t, 4)
    try:
        return certificate_not_after(der)
    except (TlvError, UnicodeDecodeError) as err:
        raise CardError(status="certificate") from err


def identify(t: Transport, *, with_cert: bool = True) -> CardIdentity:
    kind = kind_of(t)
    expiry: date | None = None
    if with_cert and kind in (CardKind.MY_NUMBER, CardKind.JUKI):
        not_after = auth_cert_not_after(t)
        expiry = to_local(not_after).date() if not_after is not None else None
    return CardIdentity(reader=t.reader, kind=kind, cert_expiry=expiry)


# --- 券面事項入力補助AP with its PIN -----------------------------------------------------------------


def check_pin_format(pin: str) -> None:
    if len(pin) != 4 or not pin.isascii() or not pin.isdigit():
        raise InvalidPin()


def _tries(t: Transport) -> int | None:
    """Tries left of the selected PIN without spending one; None when the card says 90 00."""
    _, sw = _send(t, apdu.pin_tries_query())
    if sw.blocked:
        raise PinBlocked()
    if sw.tries_left is not None:
        return sw.tries_left
    if sw.sw == apdu.SW_OK:
        return None
    raise _unexpected(sw)


class InputSupportSession:
    """An open connection to a My Number Card's 券面事項入力補助AP, waiting for the PIN.

    `tries_left` is what to show before the PIN is typed (None: the card did not say). `read(pin)`
    spends at most one try and always closes the connection (the card is reset): staff start again
    for another attempt, nothing is retried here.
    """

    def __init__(self, transport: Transport, tries_left: int | None) -> None:
        self._t: Transport | None = transport
        self.reader = transport.reader
        self.tries_left = tries_left

    @property
    def last_try(self) -> bool:
        return self.tries_left == 1

    def read(self, pin: str, *, allow_last_try: bool = False) -> BasicInfo:
        try:
            check_pin_format(pin)
            t = self._t
            if t is None:
                raise CardChanged()
            now = _tries(t)
            if now != self.tries_left:
                raise CardChanged()
            if now == 1 and not allow_last_try:
                raise LastTryRefused()
            _, sw = _send(t, apdu.verify(pin))
            del pin
            if sw.blocked:
                raise PinBlocked()
            if sw.tries_left is not None:
                raise WrongPin(tries=sw.tries_left)
            if not sw.ok:
                raise _unexpected(sw)
            if not select_file(t, apdu.EF_BASIC_INFO):
                raise NotMyNumberCard(kind=CardKind.OTHER.label)
            raw = read_tlv_file(t, 7)
            try:
                return parse_basic_info(raw)
            except TlvError as err:
                raise CardError(status="EF 0002") from err
        finally:
            self.close()

    def close(self) -> None:
        t, self._t = self._t, None
        if t is not None:
            t.close()


def open_input_support(t: Transport) -> InputSupportSession:
    """Select 券面事項入力補助AP and its PIN, read the tries left. The connection stays open.

    Raises NotMyNumberCard (naming what the card is), PinBlocked, or a transport error; the
    connection is closed when anything fails.
    """
    try:
        if not select_app(t, apdu.AID_INPUT_SUPPORT) or not select_file(t, apdu.EF_INPUT_SUPPORT_PIN):
            kind = kind_of(t)
            raise NotMyNumberCard(kind=kind.label if kind is not CardKind.MY_NUMBER else CardKind.OTHER.label)
        tries = _tries(t)
        if tries == 0:
            raise PinBlocked()
    except BaseException:
        t.close()
        raise
    return InputSupportSession(t, tries)
