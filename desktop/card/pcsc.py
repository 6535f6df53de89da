"""The pyscard boundary: PC/SC readers, connections and APDUs, with a watchdog and plain outcomes.

Uses pyscard's low-level `smartcard.scard` API (WinSCard on Windows, pcsc-lite on Linux), so every
failure arrives as a PC/SC return code and is mapped in one place (`error_for`). pyscard's high-level
exceptions are mapped too (`error_from_exception`): `EstablishContextException` is not a
`SmartcardException`, so both are handled.

Watchdog: a card that stops answering can block `SCardTransmit` for 25 s or more. Every call that
talks to the card runs in a short-lived helper thread; the caller waits at most `timeout` seconds and
then gets `CardNotResponding`. The stuck helper is abandoned (the card and its context are released
as soon as the call returns, e.g. when the card is taken off the reader).

Disconnecting resets the card (`SCARD_RESET_CARD`): a verified PIN never outlives the exchange.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from desktop.card.errors import (
    CardBusy,
    CardError,
    CardNotResponding,
    CardRemoved,
    NoCard,
    NoService,
    ReaderGone,
    ReaderNotFound,
)

log = logging.getLogger(__name__)

T = TypeVar("T")
DEFAULT_TIMEOUT = 5.0  # seconds before "the card is not responding"

# PC/SC return codes (the same values on Windows and pcsc-lite)
SCARD_S_SUCCESS = 0
SCARD_E_CANCELLED = 0x80100002
SCARD_E_INVALID_HANDLE = 0x80100003
SCARD_E_UNKNOWN_READER = 0x80100009
SCARD_E_TIMEOUT = 0x8010000A
SCARD_E_SHARING_VIOLATION = 0x8010000B
SCARD_E_NO_SMARTCARD = 0x8010000C
SCARD_F_COMM_ERROR = 0x80100013
SCARD_E_NOT_TRANSACTED = 0x80100016
SCARD_E_READER_UNAVAILABLE = 0x80100017
SCARD_E_NO_SERVICE = 0x8010001D
SCARD_E_SERVICE_STOPPED = 0x8010001E
SCARD_E_NO_READERS_AVAILABLE = 0x8010002E
SCARD_W_UNRESPONSIVE_CARD = 0x80100066
SCARD_W_UNPOWERED_CARD = 0x80100067
SCARD_W_RESET_CARD = 0x80100068
SCARD_W_REMOVED_CARD = 0x80100069

_SERVICE_GONE = {SCARD_E_NO_SERVICE, SCARD_E_SERVICE_STOPPED}
_READER_GONE = {SCARD_E_READER_UNAVAILABLE, SCARD_E_UNKNOWN_READER, SCARD_E_NO_READERS_AVAILABLE,
                SCARD_E_INVALID_HANDLE, SCARD_F_COMM_ERROR}  # fmt: skip
_CARD_GONE = {SCARD_W_REMOVED_CARD, SCARD_E_NOT_TRANSACTED, SCARD_W_RESET_CARD, SCARD_E_NO_SMARTCARD}


def _unsigned(code: int) -> int:
    return int(code) & 0xFFFFFFFF


def error_for(code: int, stage: str = "transmit", *, timeout: float = DEFAULT_TIMEOUT) -> CardError:
    """The outcome of a failed PC/SC call. `stage`: "context", "list", "connect" or "transmit".

    During a read (stage "transmit") a vanished service means the reader went away: on Windows the
    smart-card service stops when the last reader is unplugged.
    """
    code = _unsigned(code)
    if code in _SERVICE_GONE:
        return ReaderGone() if stage == "transmit" else NoService()
    if code in (SCARD_W_UNRESPONSIVE_CARD, SCARD_E_TIMEOUT):
        return CardNotResponding(seconds=round(timeout))
    if code == SCARD_E_SHARING_VIOLATION:
        return CardBusy()
    if stage == "connect" and code in (SCARD_E_NO_SMARTCARD, SCARD_W_REMOVED_CARD, SCARD_W_UNPOWERED_CARD):
        return NoCard()
    if code in _CARD_GONE or code == SCARD_W_UNPOWERED_CARD:
        return CardRemoved()
    if code in _READER_GONE:
        return ReaderGone()
    return CardError(status=f"PC/SC 0x{code:08X}")


def error_from_exception(exc: BaseException, stage: str = "transmit") -> CardError:
    """Map pyscard's own exceptions (high-level API, or raised by the low-level wrapper)."""
    from smartcard.Exceptions import CardConnectionException, NoCardException, NoReadersException

    code = getattr(exc, "hresult", -1)
    if type(exc).__name__ == "EstablishContextException":  # not a SmartcardException subclass
        return NoService()
    if isinstance(exc, NoCardException):
        return NoCard()
    if isinstance(exc, NoReadersException):
        return ReaderGone() if stage == "transmit" else NoService()
    if isinstance(code, int) and code not in (-1, 0):
        return error_for(code, stage)
    if isinstance(exc, CardConnectionException):  # e.g. "Card returned no valid response": removal
        return CardRemoved()
    return CardError(status=type(exc).__name__)


class Transport(Protocol):
    """One connection to one card: a reader name and APDUs in, (data, status word) out."""

    reader: str

    def transmit(self, apdu: bytes) -> tuple[bytes, int]: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class ReaderState:
    name: str
    card_present: bool
    mute: bool = False  # a card is there but does not answer (upside down, damaged)
    in_use: bool = False  # another program holds the card exclusively


def _scard() -> Any:
    import smartcard.scard as scard

    return scard


def _call_guarded(fn: Callable[[], T], timeout: float, on_late: Callable[[], None]) -> T:
    """Run fn in a helper thread; CardNotResponding after `timeout` s (then `on_late` runs once fn ends)."""
    box: dict[str, Any] = {}
    lock = threading.Lock()
    done = threading.Event()

    def run() -> None:
        try:
            box["result"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting caller
            box["error"] = exc
        with lock:
            late = box.get("abandoned", False)
            done.set()
        if late:
            on_late()

    helper = threading.Thread(target=run, name="card-call", daemon=True)
    helper.start()
    if not done.wait(timeout):
        with lock:
            if not done.is_set():
                box["abandoned"] = True
                raise CardNotResponding(seconds=max(1, round(timeout)))
    if "error" in box:
        raise box["error"]
    return box["result"]  # type: ignore[no-any-return]


class PcscTransport:
    """An open PC/SC connection (its own context). Use it from one thread at a time."""

    def __init__(self, reader: str, context: int, card: int, protocol: int, timeout: float) -> None:
        self.reader = reader
        self.timeout = timeout
        self._context = context
        self._card = card
        self._protocol = protocol
        self._stuck = False
        self._closed = False

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        if self._closed:
            raise CardRemoved()
        if self._stuck:
            raise CardNotResponding(seconds=max(1, round(self.timeout)))
        scard = _scard()
        pci = scard.SCARD_PCI_T0 if self._protocol == scard.SCARD_PROTOCOL_T0 else scard.SCARD_PCI_T1

        def call() -> tuple[int, list[int]]:
            return scard.SCardTransmit(self._card, pci, list(apdu))  # type: ignore[no-any-return]

        try:
            code, response = _call_guarded(call, self.timeout, self._release)
        except CardNotResponding:
            self._stuck = True
            raise
        except CardError:
            raise
        except Exception as exc:
            if not type(exc).__module__.startswith("smartcard"):
                raise
            raise error_from_exception(exc) from exc
        if code != SCARD_S_SUCCESS:
            raise error_for(code, "transmit", timeout=self.timeout)
        if len(response) < 2:  # a virtual reader reports a pulled card as an empty "success"
            raise CardRemoved()
        return bytes(response[:-2]), (response[-2] << 8) | response[-1]

    def close(self) -> None:
        """Disconnect resetting the card, release the context (later, if a call is still stuck)."""
        if self._closed:
            return
        self._closed = True
        if not self._stuck:
            self._release()

    def _release(self) -> None:
        scard = _scard()
        try:
            scard.SCardDisconnect(self._card, scard.SCARD_RESET_CARD)
            scard.SCardReleaseContext(self._context)
        except Exception:  # noqa: BLE001 - best effort: the card or service may already be gone
            log.debug("releasing the card connection failed", exc_info=True)


class PcscBackend:
    """The real readers. `timeout`: the watchdog for connecting and for each APDU."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.timeout = timeout

    def _context(self) -> int:
        scard = _scard()
        try:
            code, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        except Exception as exc:
            if not type(exc).__module__.startswith("smartcard"):
                raise
            raise error_from_exception(exc, "context") from exc
        if code != SCARD_S_SUCCESS:
            raise error_for(code, "context")
        return int(context)

    def readers(self) -> list[str]:
        """Reader names (empty: no reader). Raises NoService when the smart-card service is not running."""
        scard = _scard()
        context = self._context()
        try:
            code, names = scard.SCardListReaders(context, [])
        finally:
            scard.SCardReleaseContext(context)
        if _unsigned(code) == SCARD_E_NO_READERS_AVAILABLE:
            return []
        if code != SCARD_S_SUCCESS:
            raise error_for(code, "list")
        return [str(n) for n in names]

    def states(self) -> list[ReaderState]:
        """Each reader and whether a card is on it (no connection is made)."""
        names = self.readers()
        if not names:
            return []
        scard = _scard()
        context = self._context()
        try:
            code, found = scard.SCardGetStatusChange(
                context, 0, [(n, scard.SCARD_STATE_UNAWARE) for n in names]
            )
        finally:
            scard.SCardReleaseContext(context)
        if code != SCARD_S_SUCCESS:
            raise error_for(code, "list")
        return [state_of(str(name), int(event)) for name, event, _atr in found]

    def connect(self, reader: str) -> PcscTransport:
        """Connect (shared) to the card on `reader`: NoCard, ReaderNotFound, CardBusy … on failure."""
        scard = _scard()
        context = self._context()
        protocols = scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1

        def call() -> tuple[int, int, int]:
            return scard.SCardConnect(  # type: ignore[no-any-return]
                context, reader, scard.SCARD_SHARE_SHARED, protocols
            )

        def late() -> None:  # the connect returned after the watchdog gave up
            scard.SCardReleaseContext(context)

        try:
            code, card, protocol = _call_guarded(call, self.timeout, late)
        except CardError:
            raise
        except Exception as exc:
            scard.SCardReleaseContext(context)
            if not type(exc).__module__.startswith("smartcard"):
                raise
            raise error_from_exception(exc, "connect") from exc
        if code != SCARD_S_SUCCESS:
            scard.SCardReleaseContext(context)
            if _unsigned(code) == SCARD_E_UNKNOWN_READER:
                raise ReaderNotFound(name=reader)
            raise error_for(code, "connect", timeout=self.timeout)
        return PcscTransport(reader, context, int(card), int(protocol), self.timeout)


def state_of(name: str, event: int) -> ReaderState:
    """A reader's state from SCardGetStatusChange's event state bits."""
    present = bool(event & 0x20)  # SCARD_STATE_PRESENT
    return ReaderState(
        name=name,
        card_present=present,
        mute=present and bool(event & 0x200),  # SCARD_STATE_MUTE
        in_use=bool(event & 0x80),  # SCARD_STATE_EXCLUSIVE
    )
