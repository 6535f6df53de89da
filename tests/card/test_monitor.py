"""Hot-plug watching on its own thread, on the real stack: card on and off, service gone and back."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator

import pytest

from desktop.card.monitor import ReaderWatcher
from desktop.card.reader import Availability, Snapshot
from tests.card.emulator import CardEmulator
from tests.card.stack import PcscStack, put_on_reader


class Seen:
    """Collects what the watcher reports; `wait_for(availability)` blocks on the queue with a deadline."""

    def __init__(self) -> None:
        self.queue: queue.Queue[Snapshot] = queue.Queue()
        self.threads: set[str] = set()

    def __call__(self, snapshot: Snapshot) -> None:
        self.threads.add(threading.current_thread().name)
        self.queue.put(snapshot)

    def wait_for(self, availability: Availability, timeout: float = 5.0) -> Snapshot:
        while True:
            snapshot = self.queue.get(timeout=timeout)  # queue.Empty fails the test
            if snapshot.availability is availability:
                return snapshot


@pytest.fixture
def seen() -> Seen:
    return Seen()


@pytest.fixture
def watcher(seen: Seen) -> Iterator[ReaderWatcher]:
    w = ReaderWatcher(seen, interval=0.2)
    yield w
    w.stop()
    assert w.join(0)


def test_card_on_and_off(pcsc: PcscStack, seen: Seen, watcher: ReaderWatcher) -> None:
    watcher.start()
    ready = seen.wait_for(Availability.READY)
    assert [r.name for r in ready.readers] == ["Virtual PCD 00 00", "Virtual PCD 00 01"]
    card = CardEmulator()
    put_on_reader(card, pcsc.port)
    present = seen.wait_for(Availability.CARD_PRESENT)
    assert present.readers[0].card_present and not present.readers[1].card_present
    card.remove()
    seen.wait_for(Availability.READY)
    assert seen.threads == {"card-watcher"}  # never the caller's thread


def test_service_gone_and_back(pcsc: PcscStack, seen: Seen, watcher: ReaderWatcher) -> None:
    watcher.start()
    seen.wait_for(Availability.READY)
    pcsc.stop()
    seen.wait_for(Availability.NO_SERVICE)
    pcsc.start()
    seen.wait_for(Availability.READY)


def test_no_reader_then_no_service(pcsc_stack: PcscStack, seen: Seen, watcher: ReaderWatcher) -> None:
    pcsc_stack.restart(with_readers=False)
    watcher.start()
    seen.wait_for(Availability.NO_READER)
    pcsc_stack.kill()
    seen.wait_for(Availability.NO_SERVICE)


def test_stop_is_prompt_and_reports_nothing_after(pcsc: PcscStack, seen: Seen) -> None:
    w = ReaderWatcher(seen, interval=30)  # a long wait inside SCardGetStatusChange
    w.start()
    seen.wait_for(Availability.READY)
    started = time.monotonic()
    w.stop(timeout=5)
    assert w.join(0) and time.monotonic() - started < 1  # SCardCancel woke it
    pcsc.stop()
    with pytest.raises(queue.Empty):
        seen.queue.get(timeout=0.3)
