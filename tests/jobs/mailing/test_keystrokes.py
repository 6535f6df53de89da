"""The mailing job's most common case with real key events: a mailed card recorded as delivered in
配達・返戻 — the tracking number scanned (the scanner types the digits and Enter), then 「配達済」 by the
button that has the focus (Enter) or Ctrl+D. The count is the one desktop/jobs/mailing/README.md states."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.cases import CaseState
from desktop.core.clock import JST
from desktop.core.office import OfficeProfile
from desktop.jobs.mailing.store import batches
from desktop.jobs.mailing.store.figures import monthly
from desktop.jobs.mailing.ui.common import pydate
from desktop.jobs.mailing.ui.page import MailingPage
from desktop.store.context import Context
from desktop.store.events import counts
from tests.jobs.mailing.kit import configured_postal, state_of, tracking

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

DELIVERED_KEYSTROKES = 2  # stated in desktop/jobs/mailing/README.md (besides the digits the scanner types)
SENT = date(2026, 11, 24)
TODAY = date(2026, 11, 26)


@pytest.fixture
def page(
    qtbot: QtBot, counter_ctx: Context, make_shell: Callable[..., Any], office_profile: OfficeProfile
) -> MailingPage:
    widget = MailingPage(make_shell(counter_ctx))
    qtbot.addWidget(widget)
    widget.resize(1180, 700)
    return widget


def mailed(ctx: Context, n: int) -> list[str]:
    """`n` cards by post, in one batch sent on SENT with tracking numbers tracking(1)…tracking(n)."""
    case_ids = [configured_postal(ctx, i) for i in range(n)]
    batch = batches.create_batch(ctx, case_ids)
    for i, item in enumerate(batch.items, start=1):
        batches.set_tracking(ctx, item.id, tracking(i))
    batches.send_batch(ctx, batch.id, SENT)
    return case_ids


def test_mailed_card_delivered_with_the_keyboard_only(qtbot: QtBot, page: MailingPage) -> None:
    ctx = page.shell.ctx
    first, second = mailed(ctx, 2)
    ctx.clock.set(datetime(2026, 11, 26, 9, 30, tzinfo=JST))  # the post office's news two days later
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    assert page.tabs.currentWidget() is page.arrival
    # getting there (not counted: the tab stays open for the day's deliveries): Ctrl+Tab three times
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    results = page.results
    assert page.tabs.currentWidget() is results
    assert QApplication.focusWidget() is results.tracking  # the cursor is in 追跡番号
    assert pydate(results.on.date()) == TODAY  # the date: today unless staff change it
    keys = 0

    def key(widget: Any, k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        nonlocal keys
        keys += 1
        qtbot.keyClick(widget, k, mod)

    # the first card: scanned, then Enter on 「配達済」
    qtbot.keyClicks(results.tracking, tracking(1))  # the barcode scanner types the digits …
    key(results.tracking, Qt.Key.Key_Return)  # … and its Enter: the item is shown
    assert results.item is not None and results.item.case_id == first
    assert QApplication.focusWidget() is results.delivered_button  # the focus moved to 「配達済」
    key(QApplication.focusWidget(), Qt.Key.Key_Return)  # Delivered (Enter on the focused button)
    assert keys == DELIVERED_KEYSTROKES
    assert state_of(ctx, first) is CaseState.DELIVERED
    item = batches.find_by_tracking(ctx, tracking(1))
    assert item is not None and item.delivered_on == TODAY
    assert "R8.11.26" in results.status.text()
    # ready for the next one: the field empty and focused
    assert results.tracking.text() == "" and QApplication.focusWidget() is results.tracking

    # the second card: scanned, then Ctrl+D
    keys = 0
    qtbot.keyClicks(results.tracking, tracking(2))
    key(results.tracking, Qt.Key.Key_Return)
    assert results.item is not None and results.item.case_id == second
    key(QApplication.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # Delivered
    assert keys == DELIVERED_KEYSTROKES
    assert state_of(ctx, second) is CaseState.DELIVERED
    assert not results.delivered_button.isEnabled() and QApplication.focusWidget() is results.tracking

    # counted on the day of the delivery, like the 月計 shows it
    assert counts(ctx, SENT, TODAY)[("mail_delivered", TODAY)] == 2
    (november,) = monthly(ctx, TODAY, TODAY)
    assert (november.sent, november.delivered, november.returned) == (2, 2, 0)
