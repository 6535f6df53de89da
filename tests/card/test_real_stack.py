"""Every outcome through the real path: pyscard → pcscd → vsmartcard virtual reader → emulated card."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest

from desktop.card import errors
from desktop.card.mynumber import CardKind
from desktop.card.pcsc import PcscBackend
from desktop.card.reader import Availability, CardReader
from tests.card.certs import auth_certificate
from tests.card.emulator import CardEmulator, mid_read, reading_basic_info
from tests.card.stack import READER, READER_2, PcscStack, card_present, wait_for

Insert = Callable[..., CardEmulator]


def test_read_the_four_items_after_the_pin(insert_card: Insert) -> None:
    card = insert_card()
    session = CardReader().open_input_support()
    assert session.reader == READER and session.tries_left == 3
    info = session.read("1234")
    assert info.name == "髙﨑 𠮷太郎"
    assert info.address == "東京都千代田区霞が関二丁目1番2号 みどりハイツ101"
    assert info.birth_date == date(1988, 2, 29) and info.sex_key == "male"
    assert card.verifies == 1 and "SELECT EF 0001" not in card.log
    # the connection was closed resetting the card: the verified PIN did not outlive the exchange
    assert CardReader().open_input_support().tries_left == 3


def test_identify_and_certificate_expiry_without_a_pin(insert_card: Insert) -> None:
    card = insert_card(cert=auth_certificate(datetime(2030, 8, 31, 14, 59, 59, tzinfo=UTC)))
    identity = CardReader().identify()
    assert identity.kind is CardKind.MY_NUMBER and identity.cert_expiry == date(2030, 8, 31)
    assert card.verifies == 0


def test_snapshot_follows_the_card_on_and_off(pcsc: PcscStack) -> None:
    reader = CardReader()
    snap = reader.snapshot()
    assert snap.availability is Availability.READY
    assert [s.name for s in snap.readers] == [READER, READER_2]
    card = CardEmulator()
    card.insert(pcsc.port)
    wait_for(lambda: reader.snapshot().availability is Availability.CARD_PRESENT, what="card on")
    card.remove()
    wait_for(lambda: reader.snapshot().availability is Availability.READY, what="card off")


def test_wrong_pin_with_tries_left(insert_card: Insert) -> None:
    card = insert_card()
    with pytest.raises(errors.WrongPin) as caught:
        CardReader().open_input_support().read("4321")
    assert caught.value.params["tries"] == 2 and card.verifies == 1
    assert CardReader().open_input_support().tries_left == 2  # never retried by itself


def test_last_try_refused_then_a_wrong_last_try_blocks_with_63c0(insert_card: Insert) -> None:
    card = insert_card(tries=1)
    session = CardReader().open_input_support()
    assert session.last_try
    with pytest.raises(errors.LastTryRefused):
        session.read("4321")
    assert card.verifies == 0
    with pytest.raises(errors.PinBlocked):
        CardReader().open_input_support().read("4321", allow_last_try=True)
    assert card.tries == 0


@pytest.mark.parametrize("blocked_sw", [0x6983, 0x6984])
def test_blocked_pin(insert_card: Insert, blocked_sw: int) -> None:
    card = insert_card(tries=0, blocked_sw=blocked_sw)
    with pytest.raises(errors.PinBlocked):
        CardReader().open_input_support()
    assert card.verifies == 0


@pytest.mark.parametrize(("kind", "expected"), [("other", CardKind.OTHER), ("juki", CardKind.JUKI)])
def test_not_a_my_number_card(insert_card: Insert, kind: str, expected: CardKind) -> None:
    insert_card(kind=kind)
    with pytest.raises(errors.NotMyNumberCard):
        CardReader().open_input_support()
    assert CardReader().identify().kind is expected


def test_no_card(pcsc: PcscStack) -> None:
    with pytest.raises(errors.NoCard):
        CardReader().open_input_support()
    with pytest.raises(errors.NoCard):
        PcscBackend().connect(READER)


def test_unknown_reader_name(pcsc: PcscStack) -> None:
    with pytest.raises(errors.ReaderNotFound):
        CardReader().identify("Nonexistent Reader 00 00")


def test_card_removed_mid_read(insert_card: Insert) -> None:
    card = insert_card()
    card.fail(mid_read, "remove")
    with pytest.raises(errors.CardRemoved):
        CardReader().open_input_support().read("1234")
    assert card.removed.is_set()


def test_a_card_that_stops_answering_is_given_up_by_the_watchdog(insert_card: Insert, pcsc: PcscStack) -> None:
    card = insert_card()
    card.fail(reading_basic_info, "hang")
    session = CardReader(timeout=1.0).open_input_support()
    started = time.monotonic()
    with pytest.raises(errors.CardNotResponding):
        session.read("1234")
    assert card.hanging.is_set() and time.monotonic() - started < 3.0
    card.remove()  # the stuck call ends; the reader is usable again
    wait_for(lambda: not card_present(), what="the card off")
    insert_card()
    assert CardReader().open_input_support().read("1234").name


def test_the_reader_goes_away_during_a_read(insert_card: Insert, pcsc: PcscStack) -> None:
    """pcscd cannot unplug a serial reader; stopping the service mid-read is what Windows does when
    the last reader is unplugged (its smart-card service stops)."""
    card = insert_card()
    card.fail(reading_basic_info, "hang")
    session = CardReader(timeout=10.0).open_input_support()
    pcsc_kill_when_hanging(card, pcsc)
    started = time.monotonic()
    with pytest.raises(errors.ReaderGone):
        session.read("1234")
    assert time.monotonic() - started < 8.0


def pcsc_kill_when_hanging(card: CardEmulator, pcsc: PcscStack) -> None:
    import threading

    def killer() -> None:
        if card.hanging.wait(10):
            pcsc.kill()

    threading.Thread(target=killer, daemon=True).start()


def test_no_service_then_service_back_after_a_crash(pcsc_stack: PcscStack) -> None:
    pcsc_stack.start()
    pcsc_stack.kill()  # kill -9: stale files stay behind
    assert CardReader().snapshot().availability is Availability.NO_SERVICE
    with pytest.raises(errors.NoService):
        CardReader().identify()
    with pytest.raises(errors.NoService):
        PcscBackend().readers()
    pcsc_stack.start()  # the fixture cleans the stale files
    assert CardReader().snapshot().availability is Availability.READY


def test_no_reader(pcsc_stack: PcscStack) -> None:
    pcsc_stack.start(with_readers=False)
    assert CardReader().snapshot().availability is Availability.NO_READER
    assert PcscBackend().readers() == []
    with pytest.raises(errors.NoReader):
        CardReader().open_input_support()


def test_reading_after_the_pin_takes_well_under_100_ms(insert_card: Insert) -> None:
    """The benchmark (tests/bench/test_card_read.py) measures it; this keeps a loose guard in every run."""
    insert_card()
    reader = CardReader()
    times = []
    for _ in range(5):
        session = reader.open_input_support()
        started = time.perf_counter()
        session.read("1234")
        times.append(time.perf_counter() - started)
    assert max(times) < 0.100, times
