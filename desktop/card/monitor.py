"""Hot-plug watching off the GUI thread: service up or down, readers plugged in or out, cards on or off.

`ReaderWatcher(on_change)` runs one daemon thread blocked in `SCardGetStatusChange` (with the
`\\\\?PnP?\\Notification` pseudo-reader for reader hot-plug), so a change is seen as soon as the
smart-card service reports it (pcscd: within about 0.4 s) without polling the card. When the service is
missing or stops, the watcher reports `NO_SERVICE` and tries again every `interval` seconds.

`on_change(snapshot)` is called on the watcher's thread, only when the picture changed; the GUI layer
turns it into a Qt signal (a queued connection) and never touches widgets from here. `stop()` wakes
the thread with `SCardCancel` and joins it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from desktop.card.pcsc import (
    SCARD_E_CANCELLED,
    SCARD_E_NO_READERS_AVAILABLE,
    SCARD_E_TIMEOUT,
    SCARD_S_SUCCESS,
    state_of,
)
from desktop.card.reader import Availability, Snapshot

log = logging.getLogger(__name__)

PNP_READER = "\\\\?PnP?\\Notification"
SCARD_STATE_CHANGED = 0x2


class ReaderWatcher:
    def __init__(self, on_change: Callable[[Snapshot], None], *, interval: float = 1.0) -> None:
        self.on_change = on_change
        self.interval = interval
        self.last: Snapshot | None = None
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._context: int | None = None
        self._thread: threading.Thread | None = None
        self._last_thread: threading.Thread | None = None

    # -- control (any thread) ------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="card-watcher", daemon=True)
        self._last_thread = self._thread
        self._thread.start()

    def stop(self, timeout: float = 3.0) -> None:
        """Stop and join the thread. SCardCancel wakes a pending wait; it is repeated because a cancel
        sent just before the thread enters its next wait would otherwise be lost."""
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is None or thread is threading.current_thread():
            return
        deadline = time.monotonic() + timeout
        while thread.is_alive() and time.monotonic() < deadline:
            self._cancel()
            thread.join(0.05)

    def _cancel(self) -> None:
        with self._lock:
            if self._context is not None:
                import smartcard.scard as scard

                scard.SCardCancel(self._context)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def join(self, timeout: float) -> bool:
        """After stop(): True when the thread has ended."""
        thread = self._last_thread
        if thread is not None:
            thread.join(timeout)
        return thread is None or not thread.is_alive()

    # -- the thread ----------------------------------------------------------------------------------
    def _publish(self, snapshot: Snapshot) -> None:
        if snapshot == self.last or self._stop.is_set():
            return
        self.last = snapshot
        try:
            self.on_change(snapshot)
        except Exception:  # noqa: BLE001 - a failing listener must not end the watching
            log.exception("reader status listener failed")

    def _run(self) -> None:
        import smartcard.scard as scard

        while not self._stop.is_set():
            try:
                code, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
            except Exception:  # noqa: BLE001 - pyscard may raise instead of returning a code
                code, context = -1, None
            if code != SCARD_S_SUCCESS:
                self._publish(Snapshot(Availability.NO_SERVICE))
                self._stop.wait(self.interval)
                continue
            with self._lock:
                self._context = int(context)
            try:
                self._watch(scard, int(context))
            except Exception:  # noqa: BLE001 - keep watching; the next round re-establishes
                log.exception("reader watching failed")
            finally:
                with self._lock:
                    self._context = None
                scard.SCardReleaseContext(context)
            if not self._stop.is_set():
                self._stop.wait(self.interval)

    def _watch(self, scard: Any, context: int) -> None:
        """Follow one context until the service goes away or the reader list changes."""
        while not self._stop.is_set():
            code, names = scard.SCardListReaders(context, [])
            if (code & 0xFFFFFFFF) == SCARD_E_NO_READERS_AVAILABLE:
                names = []
            elif code != SCARD_S_SUCCESS:
                self._publish(Snapshot(Availability.NO_SERVICE))
                return
            names = [str(n) for n in names]
            if not names:
                self._publish(Snapshot(Availability.NO_READER))
            current: list[tuple[str, int]] = [(n, scard.SCARD_STATE_UNAWARE) for n in names]
            current.append((PNP_READER, len(names) << 16))
            readers_changed = False
            while not self._stop.is_set() and not readers_changed:
                code, found = scard.SCardGetStatusChange(context, int(self.interval * 1000), current)
                code &= 0xFFFFFFFF
                if code in (SCARD_E_TIMEOUT, SCARD_E_CANCELLED):
                    if not names:  # no PnP support (older services): list the readers again
                        readers_changed = True
                    continue
                if code != SCARD_S_SUCCESS:
                    if code != SCARD_E_NO_READERS_AVAILABLE:
                        self._publish(Snapshot(Availability.NO_SERVICE))
                        return
                    readers_changed = True
                    continue
                states = []
                current = []
                changed = False
                for name, event, _atr in found:
                    event = int(event)
                    changed = changed or bool(event & SCARD_STATE_CHANGED)
                    if name == PNP_READER:
                        readers_changed = bool(event & SCARD_STATE_CHANGED)
                        # Windows keeps the reader count in the high word: a wrong count wakes at once
                        current.append((name, len(names) << 16))
                        continue
                    if event & 0x4:  # SCARD_STATE_UNKNOWN: the reader was unplugged
                        readers_changed = True
                    states.append(state_of(str(name), event))
                    current.append((name, event & ~SCARD_STATE_CHANGED))
                self._publish(Snapshot.of(states))
                if not changed:  # a service that answers at once without a change: do not spin
                    self._stop.wait(min(self.interval, 0.5))
