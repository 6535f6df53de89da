"""The card-reader indicator in the main window's status bar.

Shows one of: no smart-card service · no card reader · card reader ready · card on the reader. A
`desktop.card.monitor.ReaderWatcher` thread follows hot-plug (reader plugged or unplugged, card on or
off) and hands each change to the GUI thread through a Qt signal (queued connection), so the window
never waits for PC/SC. Clicking the indicator identifies the card without a PIN (My Number Card, old
住基カード, another card) and shows when its 利用者証明用電子証明書 ends, warning when that is within
three months (a renewal is due).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from desktop.card.errors import CardError
from desktop.card.monitor import ReaderWatcher
from desktop.card.mynumber import CardIdentity, CardKind, CertStatus, cert_status
from desktop.card.reader import Availability, CardReader, Snapshot
from desktop.core.wareki import both
from desktop.i18n import tr_error, tr_text
from desktop.store.audit import record
from desktop.tasks.prompt import report_failure

log = logging.getLogger(__name__)

#: how the indicator gets its reader and watcher (tests inject their own)
make_reader: Callable[[], CardReader] = CardReader
make_watcher: Callable[[Callable[[Snapshot], None]], Any] = ReaderWatcher

COLOURS = {
    Availability.NO_SERVICE: "#9e9e9e",
    Availability.NO_READER: "#e65100",
    Availability.READY: "#2e7d32",
    Availability.CARD_PRESENT: "#1565c0",
}


class _Relay(QObject):
    """Lives in the GUI thread; the watcher thread emits, Qt queues the call to the indicator."""

    changed = Signal(object)


class ReaderIndicator(QToolButton):
    #: the shown availability changed (an Availability)
    availabilityChanged = Signal(object)  # noqa: N815 - Qt naming
    #: a card check (click) ended: "my_number", "juki", "smartphone", "other" or a CardError code
    checked = Signal(str)

    def __init__(self, shell: Any, parent: QWidget | None = None, *, start: bool = True) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setObjectName("cardReaderIndicator")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.availability: Availability | None = None
        self.snapshot: Snapshot | None = None
        self.busy = False
        self.reader = make_reader()
        self._relay = _Relay()
        self._relay.changed.connect(self.show_snapshot, Qt.ConnectionType.QueuedConnection)
        self.watcher = make_watcher(self._relay.changed.emit)
        watcher = self.watcher
        self.destroyed.connect(lambda *_: watcher.stop())  # never a bound method of the dying widget
        self.clicked.connect(self.check_card)
        self.setText(self.tr("Card reader: checking…"))
        self.setAccessibleName(self.tr("Card reader status"))
        if start:
            self.watcher.start()

    def stop(self) -> None:
        """Stop watching (also done when the widget is destroyed)."""
        self.watcher.stop()

    # -- the status --------------------------------------------------------------------------------------
    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        availability = snapshot.availability
        self.setText("● " + tr_text(availability.label))
        self.setStyleSheet(f"QToolButton {{ color: {COLOURS[availability]}; }}")
        lines = [tr_text(availability.label)]
        for state in snapshot.readers:
            where = self.tr("card on the reader") if state.card_present else self.tr("no card")
            lines.append(f"{state.name}: {where}")
        if availability is Availability.CARD_PRESENT:
            lines.append(self.tr("Click to check the card (no PIN needed)."))
        self.setToolTip("\n".join(lines))
        if availability is not self.availability:
            self.availability = availability
            self.availabilityChanged.emit(availability)

    # -- checking the card without a PIN ------------------------------------------------------------------
    def check_card(self) -> None:
        if self.busy:
            return
        self.busy = True
        reader = self.reader
        self.shell.tasks.run(reader.identify, self._identified, self._check_failed,
                             label=self.tr("Checking the card…"), kind="io")  # fmt: skip

    def _identified(self, identity: CardIdentity) -> None:
        self.busy = False
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: record(ctx, "read_card", "card", None, "identify"),
                             label=self.tr("Recording the card check"))  # fmt: skip
        title, text, warning = self.describe(identity, ctx.clock.today())
        if warning:
            self.shell.prompter.warn(title, text)
        else:
            self.shell.prompter.info(title, text)
        self.checked.emit(identity.kind.value)

    def _check_failed(self, exc: BaseException) -> None:
        self.busy = False
        if not isinstance(exc, CardError):
            report_failure(self.shell.prompter, exc)
            self.checked.emit("error")
            return
        self.shell.prompter.warn(self.tr("Card not checked"), tr_error(exc))
        self.checked.emit(exc.code)

    def describe(self, identity: CardIdentity, today: Any) -> tuple[str, str, bool]:
        """(title, text, is a warning) for a card check."""
        title = self.tr("Card check")
        if identity.kind is not CardKind.MY_NUMBER:
            text = self.tr("This is not a My Number Card: {kind}.").format(kind=tr_text(identity.kind.label))
            return title, text, True
        if identity.cert_expiry is None:
            return title, self.tr("My Number Card. It holds no certificate for identification."), True
        expiry = both(identity.cert_expiry)
        status = cert_status(identity.cert_expiry, today)
        if status is CertStatus.EXPIRED:
            text = self.tr(
                "My Number Card. Its certificate for identification (利用者証明用電子証明書) expired on "
                "{date}. The resident must renew the certificate."
            ).format(date=expiry)
            return title, text, True
        if status is CertStatus.RENEW_SOON:
            text = self.tr(
                "My Number Card. Its certificate for identification (利用者証明用電子証明書) ends on "
                "{date}, within three months. The resident should renew the certificate."
            ).format(date=expiry)
            return title, text, True
        text = self.tr(
            "My Number Card. Its certificate for identification (利用者証明用電子証明書) is valid until {date}."
        ).format(date=expiry)
        return title, text, False
