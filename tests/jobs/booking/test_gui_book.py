"""GUI: booking a resident by phone into the next free slot by keyboard only (F2, typing, three Tabs,
Ctrl+S), a family of two, and the refusals shown inline (booking window, full slot)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.staff import Role
from desktop.jobs.booking.store.bookings import create_booking
from desktop.jobs.booking.store.search import bookings_on
from desktop.jobs.booking.ui.book import BookTab
from desktop.store.context import Context

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def type_text(widget: Any, text: str) -> None:
    """Type as the Japanese IME does: the converted text arrives as one commit string (QTest's
    keyClicks only knows ASCII keys)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def book(qtbot: QtBot, staff: dict[Role, Context], make_shell: Callable[..., Any]) -> BookTab:
    tab = BookTab(make_shell(staff[Role.COUNTER]))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_phone_booking_into_the_next_free_slot_by_keyboard(book: BookTab, office: Context, qtbot: QtBot) -> None:
    book.service.setFocus()
    qtbot.keyClick(book, Qt.Key.Key_F2)
    name = book.forms[0].edits["name"]
    assert book.chosen == (date(2026, 11, 25), time(8, 30))
    assert name.hasFocus()
    for text, tab in (("山田 太郎", True), ("ヤマダ タロウ", True), ("S55.5.1", True), ("090-1234-5678", False)):
        type_text(book.focusWidget(), text)
        if tab:
            qtbot.keyClick(book.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(book.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (booked,) = bookings_on(office, date(2026, 11, 25))
    assert (booked.name, booked.kana, booked.birth_date, booked.phone) == (
        "山田 太郎", "ヤマダ タロウ", date(1980, 5, 1), "090-1234-5678")  # fmt: skip
    assert booked.start == time(8, 30)
    assert "8:30" in book.message.text()
    assert name.text() == ""  # ready for the next call


def test_a_family_of_two_is_booked_together(book: BookTab, office: Context, qtbot: QtBot) -> None:
    book.party.setValue(2)
    assert book.people_tabs.count() == 2
    book.next_free()
    for form, (n, k) in zip(book.forms, (("佐藤 一", "サトウ ハジメ"), ("佐藤 二", "サトウ ジ")), strict=True):
        form.edits["name"].setText(n)
        form.edits["kana"].setText(k)
        form.edits["birth_date"].setText("1990-01-01")
    book.reservation.setText("ABC123456")
    book.save()
    (booked,) = bookings_on(office, date(2026, 11, 25))
    assert booked.names == ("佐藤 一", "佐藤 二") and booked.reservation_number == "ABC123456"


def test_outside_the_window_the_reason_is_asked_for(book: BookTab, office: Context, qtbot: QtBot) -> None:
    book.date_edit.setDate(book.date_edit.date().addDays(59))  # Fri 2027-01-22
    book.slots.setCurrentRow(0)
    assert book.chosen == (date(2027, 1, 22), time(8, 30))
    book.forms[0].edits["name"].setText("遠藤 一")
    book.save()
    assert "reason" in book.error.text()
    assert book.reason.hasFocus()
    book.reason.setText("入院のため早めに")
    book.save()
    assert len(bookings_on(office, date(2027, 1, 22))) == 1


def test_a_slot_taken_meanwhile_is_reported_and_the_list_reloaded(
    book: BookTab, office: Context, resident: Callable[..., str]
) -> None:
    book.next_free()
    for _ in range(3):
        create_booking(office, "handover", date(2026, 11, 25), time(8, 30), [resident()])
    book.forms[0].edits["name"].setText("中野 一")
    book.save()
    assert "full" in book.error.text()
    assert book.forms[0].edits["name"].text() == "中野 一"  # nothing typed is lost
    assert book.slots.item(0).text().startswith("9:00")


def test_invalid_person_fields_are_shown_under_the_field(book: BookTab, office: Context) -> None:
    book.next_free()
    book.forms[0].edits["kana"].setText("yamada")
    book.save()
    assert book.forms[0].errors["name"].isVisible() or book.forms[0].errors["name"].text()
    assert bookings_on(office, date(2026, 11, 25)) == []
