"""What the GUI, the CLI and selftest call: find the reader, identify a card, open the PIN exchange.

    reader = CardReader()                      # the real PC/SC readers, 5 s watchdog
    reader.snapshot()                          # service / readers / cards, no connection made
    reader.identify()                          # CardIdentity (kind, certificate expiry), no PIN
    session = reader.open_input_support()      # tries left, connection kept open for the PIN
    info = session.read(pin, allow_last_try=…) # BasicInfo; the connection is closed afterwards

Every call blocks (it talks to the card): the GUI runs them through `shell.tasks` with kind="io".
Without a reader name the first reader with a card on it is used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol

from desktop.card.errors import NoCard, NoReader, NoService, ReaderNotFound
from desktop.card.mynumber import CardIdentity, InputSupportSession, identify, open_input_support
from desktop.card.pcsc import DEFAULT_TIMEOUT, PcscBackend, ReaderState, Transport
from desktop.core.i18n import QT_TRANSLATE_NOOP


class Backend(Protocol):
    def readers(self) -> list[str]: ...

    def states(self) -> list[ReaderState]: ...

    def connect(self, reader: str) -> Transport: ...


class Availability(Enum):
    """What the status-bar indicator shows."""

    NO_SERVICE = "no_service"
    NO_READER = "no_reader"
    READY = "ready"  # a reader, no card on it
    CARD_PRESENT = "card_present"

    @property
    def label(self) -> str:
        return AVAILABILITY_LABELS[self]


AVAILABILITY_LABELS = {
    Availability.NO_SERVICE: QT_TRANSLATE_NOOP("Card", "No smart-card service"),
    Availability.NO_READER: QT_TRANSLATE_NOOP("Card", "No card reader"),
    Availability.READY: QT_TRANSLATE_NOOP("Card", "Card reader ready"),
    Availability.CARD_PRESENT: QT_TRANSLATE_NOOP("Card", "Card on the reader"),
}


@dataclass(frozen=True)
class Snapshot:
    availability: Availability
    readers: tuple[ReaderState, ...] = field(default_factory=tuple)

    @classmethod
    def of(cls, states: list[ReaderState]) -> Snapshot:
        if not states:
            return cls(Availability.NO_READER)
        present = any(s.card_present for s in states)
        return cls(Availability.CARD_PRESENT if present else Availability.READY, tuple(states))


class CardReader:
    def __init__(self, backend: Backend | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.backend: Backend = backend if backend is not None else PcscBackend(timeout)

    def snapshot(self) -> Snapshot:
        try:
            return Snapshot.of(self.backend.states())
        except NoService:
            return Snapshot(Availability.NO_SERVICE)

    def connect(self, reader: str | None = None) -> Transport:
        """Connect to the card on `reader` (or the first reader with a card)."""
        names = self.backend.readers()
        if reader is not None:
            if reader not in names:
                raise ReaderNotFound(name=reader)
            return self.backend.connect(reader)
        if not names:
            raise NoReader()
        with_card = [s.name for s in self.backend.states() if s.card_present]
        if not with_card:
            raise NoCard()
        return self.backend.connect(with_card[0])

    def identify(self, reader: str | None = None, *, with_cert: bool = True) -> CardIdentity:
        t = self.connect(reader)
        try:
            return identify(t, with_cert=with_cert)
        finally:
            t.close()

    def open_input_support(self, reader: str | None = None) -> InputSupportSession:
        return open_input_support(self.connect(reader))
