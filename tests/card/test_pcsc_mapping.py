"""The pyscard boundary: PC/SC codes and pyscard exceptions become plain outcomes; the watchdog.

pcscd 1.9.9 fixes its reader list at start, so a reader unplugged during a read cannot be simulated
on the virtual stack: the codes a real unplug produces (Windows and pcsc-lite) are mapped here.
"""

from __future__ import annotations

import threading
import time

import pytest
from smartcard.Exceptions import CardConnectionException, NoCardException, NoReadersException
from smartcard.pcsc.PCSCExceptions import EstablishContextException

from desktop.card import errors, pcsc
from desktop.card.pcsc import error_for, error_from_exception


@pytest.mark.parametrize(
    ("code", "stage", "expected"),
    [
        (pcsc.SCARD_E_READER_UNAVAILABLE, "transmit", errors.ReaderGone),  # unplugged (pcsc-lite, Windows)
        (pcsc.SCARD_E_UNKNOWN_READER, "transmit", errors.ReaderGone),
        (pcsc.SCARD_E_NO_READERS_AVAILABLE, "transmit", errors.ReaderGone),
        (pcsc.SCARD_E_INVALID_HANDLE, "transmit", errors.ReaderGone),
        (pcsc.SCARD_E_SERVICE_STOPPED, "transmit", errors.ReaderGone),  # Windows: last reader gone
        (pcsc.SCARD_E_NO_SERVICE, "transmit", errors.ReaderGone),
        (pcsc.SCARD_E_NO_SERVICE, "context", errors.NoService),
        (pcsc.SCARD_E_SERVICE_STOPPED, "list", errors.NoService),
        (pcsc.SCARD_W_REMOVED_CARD, "transmit", errors.CardRemoved),
        (pcsc.SCARD_E_NOT_TRANSACTED, "transmit", errors.CardRemoved),
        (pcsc.SCARD_W_RESET_CARD, "transmit", errors.CardRemoved),
        (pcsc.SCARD_E_NO_SMARTCARD, "connect", errors.NoCard),
        (pcsc.SCARD_W_REMOVED_CARD, "connect", errors.NoCard),
        (pcsc.SCARD_W_UNRESPONSIVE_CARD, "connect", errors.CardNotResponding),
        (pcsc.SCARD_E_TIMEOUT, "transmit", errors.CardNotResponding),
        (pcsc.SCARD_E_SHARING_VIOLATION, "connect", errors.CardBusy),
    ],
)
def test_pcsc_codes(code: int, stage: str, expected: type[errors.CardError]) -> None:
    assert type(error_for(code, stage)) is expected
    assert type(error_for(code - (1 << 32), stage)) is expected  # signed LONG on Windows


def test_an_unknown_code_is_a_plain_card_error_naming_it() -> None:
    err = error_for(0x80100020, "transmit")
    assert type(err) is errors.CardError and "0x80100020" in err.params["status"]


def test_pyscard_exceptions() -> None:
    # EstablishContextException is not a SmartcardException: both families are handled
    assert isinstance(error_from_exception(EstablishContextException(pcsc.SCARD_E_NO_SERVICE)), errors.NoService)
    assert isinstance(error_from_exception(NoCardException("Unable to connect", pcsc.SCARD_E_NO_SMARTCARD)),
                      errors.NoCard)  # fmt: skip
    unplugged = CardConnectionException("Failed to transmit", hresult=pcsc.SCARD_E_READER_UNAVAILABLE)
    assert isinstance(error_from_exception(unplugged), errors.ReaderGone)
    removed = CardConnectionException("Failed to transmit", hresult=pcsc.SCARD_W_REMOVED_CARD)
    assert isinstance(error_from_exception(removed), errors.CardRemoved)
    # a virtual reader reports a pulled card as an empty "successful" response
    empty = CardConnectionException("Card returned no valid response", hresult=0)
    assert isinstance(error_from_exception(empty), errors.CardRemoved)
    assert isinstance(error_from_exception(NoReadersException()), errors.ReaderGone)


def test_every_outcome_has_a_code_and_a_message_that_says_what_to_do() -> None:
    from desktop.i18n import tr_error

    outcomes = [errors.NoService(), errors.NoReader(), errors.ReaderNotFound(name="X"), errors.NoCard(),
                errors.NotMyNumberCard(kind="住基"), errors.InvalidPin(), errors.WrongPin(tries=2),
                errors.PinBlocked(), errors.LastTryRefused(), errors.CardChanged(), errors.CardRemoved(),
                errors.ReaderGone(), errors.CardNotResponding(seconds=5), errors.CardBusy(),
                errors.CardError(status="SW 6F00")]  # fmt: skip
    for err in outcomes:
        text = tr_error(err)
        assert err.code and "{" not in text and len(text) > 30, (type(err).__name__, text)


def test_watchdog_gives_up_and_cleans_up_when_the_call_returns() -> None:
    release = threading.Event()
    cleaned = threading.Event()

    def stuck() -> int:
        release.wait(10)
        return 1

    started = time.monotonic()
    with pytest.raises(errors.CardNotResponding) as caught:
        pcsc._call_guarded(stuck, 0.2, cleaned.set)
    assert time.monotonic() - started < 2 and caught.value.params == {"seconds": 1}
    assert not cleaned.is_set()
    release.set()
    assert cleaned.wait(5)  # the abandoned call released its connection once it returned


def test_watchdog_passes_results_and_errors_through() -> None:
    assert pcsc._call_guarded(lambda: 42, 5, lambda: None) == 42

    def fails() -> int:
        raise ValueError("boom")

    with pytest.raises(ValueError):
        pcsc._call_guarded(fails, 5, lambda: None)
