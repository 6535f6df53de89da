"""Selftest checks: is the smart-card service running, is a reader connected (warnings: the counter
can still type a resident's details by hand)."""

from __future__ import annotations

from desktop.card.reader import Availability, CardReader
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.i18n import tr_text
from desktop.jobs.registry import SelftestResult
from desktop.store.context import Context

SERVICE_CHECK = QT_TRANSLATE_NOOP("Selftest", "Smart-card service")
READER_CHECK = QT_TRANSLATE_NOOP("Selftest", "Card reader")


def check_service(ctx: Context, reader: CardReader | None = None) -> SelftestResult:
    snapshot = (reader or CardReader()).snapshot()
    ok = snapshot.availability is not Availability.NO_SERVICE
    detail = "" if ok else tr_text(Availability.NO_SERVICE.label)
    return SelftestResult(SERVICE_CHECK, ok, "warning", detail)


def check_reader(ctx: Context, reader: CardReader | None = None) -> SelftestResult:
    snapshot = (reader or CardReader()).snapshot()
    ok = snapshot.availability in (Availability.READY, Availability.CARD_PRESENT)
    detail = ", ".join(s.name for s in snapshot.readers) if ok else tr_text(snapshot.availability.label)
    return SelftestResult(READER_CHECK, ok, "warning", detail)
