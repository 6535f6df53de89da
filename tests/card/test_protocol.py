"""The My Number Card protocol against the emulator in-process (no reader): rules of the PIN exchange."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop.card import errors
from desktop.card.mynumber import (
    CardKind,
    CertStatus,
    add_months,
    cert_status,
    identify,
    open_input_support,
)
from desktop.card.pcsc import ReaderState
from desktop.card.reader import Availability, CardReader, Snapshot
from tests.card.certs import auth_certificate
from tests.card.emulator import CardEmulator


class EmulatedTransport:
    """A Transport talking to the emulator directly (the same answers as over vpcd)."""

    reader = "Emulated 00"

    def __init__(self, card: CardEmulator) -> None:
        self.card = card
        self.closed = False
        self.sent: list[bytes] = []

    def transmit(self, command: bytes) -> tuple[bytes, int]:
        assert not self.closed, "transmit after close"
        self.sent.append(command)
        response = self.card.respond(command)
        return response[:-2], (response[-2] << 8) | response[-1]

    def close(self) -> None:
        self.closed = True
        self.card.reset()


@pytest.fixture
def card() -> CardEmulator:
    return CardEmulator()


def test_read_after_the_pin(card: CardEmulator) -> None:
    t = EmulatedTransport(card)
    session = open_input_support(t)
    assert session.tries_left == 3 and card.verifies == 0  # asked without spending a try
    info = session.read("1234")
    assert (info.name, info.birth_date, info.sex_key) == ("髙﨑 𠮷太郎", date(1988, 2, 29), "male")
    assert t.closed and card.verifies == 1 and card.violations == []
    assert "SELECT EF 0001" not in card.log


def test_a_wrong_pin_spends_one_try_and_is_never_retried(card: CardEmulator) -> None:
    t = EmulatedTransport(card)
    with pytest.raises(errors.WrongPin) as caught:
        open_input_support(t).read("9999")
    assert caught.value.params == {"tries": 2}
    assert card.verifies == 1 and card.tries == 2 and t.closed


def test_a_malformed_pin_sends_nothing(card: CardEmulator) -> None:
    t = EmulatedTransport(card)
    session = open_input_support(t)
    sent = len(t.sent)
    for pin in ("123", "12345", "１２３４", "12a4", ""):
        with pytest.raises(errors.InvalidPin):
            open_input_support(EmulatedTransport(card)).read(pin)
    with pytest.raises(errors.InvalidPin):
        session.read("abcd")
    assert card.verifies == 0 and len(t.sent) == sent


def test_the_last_try_needs_explicit_consent(card: CardEmulator) -> None:
    card.tries = 1
    session = open_input_support(EmulatedTransport(card))
    assert session.last_try
    with pytest.raises(errors.LastTryRefused):
        session.read("1234")
    assert card.verifies == 0 and card.tries == 1
    assert open_input_support(EmulatedTransport(card)).read("1234", allow_last_try=True).name


def test_a_wrong_last_try_blocks_with_63c0(card: CardEmulator) -> None:
    card.tries = 1
    with pytest.raises(errors.PinBlocked):
        open_input_support(EmulatedTransport(card)).read("0000", allow_last_try=True)
    assert card.tries == 0


@pytest.mark.parametrize("blocked_sw", [0x6983, 0x6984])
def test_a_blocked_card_is_reported_before_any_pin(card: CardEmulator, blocked_sw: int) -> None:
    card.tries, card.blocked_sw = 0, blocked_sw
    t = EmulatedTransport(card)
    with pytest.raises(errors.PinBlocked):
        open_input_support(t)
    assert t.closed and card.verifies == 0


def test_tries_changed_between_asking_and_sending(card: CardEmulator) -> None:
    session = open_input_support(EmulatedTransport(card))
    card.tries = 2  # another card, or a try spent elsewhere
    with pytest.raises(errors.CardChanged):
        session.read("1234")
    assert card.verifies == 0


def test_a_card_that_answers_9000_to_the_tries_query(card: CardEmulator) -> None:
    card.query_answers_ok_after_verify = True
    t = EmulatedTransport(card)
    open_input_support(t).read("1234")
    card._verified = True  # the same card session, verified by someone else  # noqa: SLF001
    card._app, card._ef = "input", 0x0011  # noqa: SLF001
    from desktop.card.mynumber import InputSupportSession, _tries

    assert _tries(EmulatedTransport(card)) is None
    assert InputSupportSession(EmulatedTransport(card), None).tries_left is None


@pytest.mark.parametrize(
    ("kind", "expected", "label"),
    [("juki", CardKind.JUKI, "住基カード"), ("other", CardKind.OTHER, "another kind of card")],
)
def test_not_a_my_number_card_says_what_it_is(kind: str, expected: CardKind, label: str) -> None:
    card = CardEmulator(kind=kind)
    t = EmulatedTransport(card)
    with pytest.raises(errors.NotMyNumberCard) as caught:
        open_input_support(t)
    assert label in caught.value.params["kind"] and t.closed
    assert identify(EmulatedTransport(card)).kind is expected


def test_identify_reads_the_certificate_expiry_in_japan_time() -> None:
    # 2031-05-01 15:00 UTC is already 2 May in Japan
    card = CardEmulator(cert=auth_certificate(datetime(2031, 5, 1, 15, 0, 0, tzinfo=UTC)))
    identity = identify(EmulatedTransport(card))
    assert identity.kind is CardKind.MY_NUMBER and identity.cert_expiry == date(2031, 5, 2)
    assert card.verifies == 0 and "VERIFY" not in " ".join(card.log)


def test_certificate_status_and_three_months() -> None:
    today = date(2026, 11, 30)
    assert add_months(today, 3) == date(2027, 2, 28)
    assert cert_status(date(2027, 2, 28), today) is CertStatus.RENEW_SOON
    assert cert_status(date(2027, 3, 1), today) is CertStatus.VALID
    assert cert_status(today, today) is CertStatus.RENEW_SOON
    assert cert_status(date(2026, 11, 29), today) is CertStatus.EXPIRED


class FakeBackend:
    def __init__(self, states: list[ReaderState]) -> None:
        self._states = states
        self.connected: list[str] = []

    def readers(self) -> list[str]:
        return [s.name for s in self._states]

    def states(self) -> list[ReaderState]:
        return self._states

    def connect(self, reader: str) -> EmulatedTransport:
        self.connected.append(reader)
        return EmulatedTransport(CardEmulator())


def test_reader_choice() -> None:
    two = FakeBackend([ReaderState("A", False), ReaderState("B", True)])
    CardReader(two).identify()
    assert two.connected == ["B"]  # the first reader with a card
    with pytest.raises(errors.ReaderNotFound):
        CardReader(two).identify("C")
    with pytest.raises(errors.NoCard):
        CardReader(FakeBackend([ReaderState("A", False)])).identify()
    with pytest.raises(errors.NoReader):
        CardReader(FakeBackend([])).identify()
    assert Snapshot.of([]).availability is Availability.NO_READER
    assert CardReader(two).snapshot().availability is Availability.CARD_PRESENT
