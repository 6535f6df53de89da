"""GUI: today's board — check-in prints a queue ticket (PDF rendered, its text checked: numbers, service,
time, no name), call next, absent, no-shows marked when the clock passes the grace time, a walk-in,
the hook other jobs use to open a visit, and the call display that never shows a name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.clock import JST, FixedClock
from desktop.core.staff import Role
from desktop.jobs.booking.documents import parse_ticket_payload
from desktop.jobs.booking.store.bookings import create_booking
from desktop.jobs.booking.ui import board as board_ui
from desktop.jobs.booking.ui.board import BoardWidget
from desktop.jobs.booking.ui.call_display import CallDisplay
from desktop.printing.document import Document
from desktop.store.context import Context
from desktop.store.visits import visits_on
from tests.kit.pdf import ink, pdf_page_sizes_mm, pdf_text, pdf_to_png

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
DAY = date(2026, 11, 25)


@pytest.fixture
def family(office: Context, resident: Callable[..., str]) -> str:
    people = [resident("山田 太郎", "ヤマダ タロウ"), resident("山田 花子", "ヤマダ ハナコ")]
    return create_booking(office, "handover", DAY, time(9, 0), people).id


@pytest.fixture
def board(qtbot: QtBot, staff: dict[Role, Context], make_shell: Callable[..., Any], clock: FixedClock,
          monkeypatch: pytest.MonkeyPatch, family: str) -> BoardWidget:  # fmt: skip
    clock.set(datetime(2026, 11, 25, 8, 50, tzinfo=JST))
    shown: list[Document] = []
    monkeypatch.setattr(BoardWidget, "preview", lambda self, doc: shown.append(doc))
    widget = BoardWidget(make_shell(staff[Role.COUNTER]))
    widget.shown = shown  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.show()
    return widget


def select_name(board: BoardWidget, name: str) -> None:
    table = board.tables[board.current_resource()]
    for row in range(table.rowCount()):
        if table.item(row, 2).text() == name:
            table.selectRow(row)
            return
    raise AssertionError(f"{name} not on the board")


def test_check_in_prints_a_ticket_without_a_name(board: BoardWidget, office: Context, qtbot: QtBot,
                                                 tmp_path: Path, family: str) -> None:  # fmt: skip
    select_name(board, "山田 太郎")
    qtbot.keyClick(board, Qt.Key.Key_F6)
    visits = visits_on(office, DAY)
    assert sorted(v.number for v in visits) == [1, 2]
    doc = board.last_ticket
    assert doc is not None and board.shown == [doc]  # type: ignore[attr-defined]
    text = pdf_text(doc.pdf)
    assert "1・2" in text and "Card handover" in text and "9:00–9:30" in text and "8:50" in text
    assert "山田" not in text and "ヤマダ" not in text
    assert pdf_page_sizes_mm(doc.pdf)[0][0] == pytest.approx(80, abs=0.5)
    (png,) = pdf_to_png(doc.pdf, tmp_path)
    assert ink(png) > 2000  # the numbers, the frame and the QR code are drawn
    statuses = {board.tables["terminal"].item(r, 5).text() for r in range(2)}
    assert statuses == {"Waiting"}


def test_the_ticket_qr_names_the_visits(board: BoardWidget, office: Context, family: str) -> None:
    select_name(board, "山田 花子")
    board.check_in()
    ids = {v.id for v in visits_on(office, DAY)}
    from desktop.jobs.booking.documents import ticket_payload

    assert set(parse_ticket_payload(ticket_payload(sorted(ids)))) == ids


def test_call_next_and_absent(board: BoardWidget, office: Context, qtbot: QtBot) -> None:
    select_name(board, "山田 太郎")
    board.check_in()
    qtbot.keyClick(board, Qt.Key.Key_F7)
    serving = [v for v in visits_on(office, DAY) if v.state.value == "serving"]
    assert [v.number for v in serving] == [1]
    assert board.selected() is not None and board.selected().number == 1  # type: ignore[union-attr]
    qtbot.keyClick(board, Qt.Key.Key_F8)
    assert {v.number: v.state.value for v in visits_on(office, DAY)} == {1: "absent", 2: "waiting"}


def test_no_show_is_marked_when_the_grace_time_has_passed(board: BoardWidget, clock: FixedClock) -> None:
    clock.set(datetime(2026, 11, 25, 9, 44, tzinfo=JST))
    board.refresh()
    assert board.tables["terminal"].item(0, 5).text() == "Booked"
    clock.set(datetime(2026, 11, 25, 9, 45, tzinfo=JST))
    board.refresh()
    assert [board.tables["terminal"].item(r, 5).text() for r in range(2)] == ["No-show", "No-show"]
    select_name(board, "山田 太郎")
    board.reason.setText("電話あり、遅れて来庁")
    board.correct_no_show()
    assert board.tables["terminal"].item(0, 5).text() == "Booked"


def test_a_walk_in_queues_behind_the_booked_family(board: BoardWidget, office: Context, resident: Callable[..., str],
                                                   clock: FixedClock) -> None:  # fmt: skip
    resident("佐藤 一郎", "サトウ イチロウ")
    board.walk_in.search.setText("サトウ")
    board.walk_in.find_people()
    board.walk_in.service.select("handover")
    board.walk_in.check_in()
    select_name(board, "山田 太郎")
    board.check_in()
    rows = {board.tables["terminal"].item(r, 2).text(): board.tables["terminal"].item(r, 7).text()
            for r in range(board.tables["terminal"].rowCount())}  # fmt: skip
    assert rows == {"山田 太郎": "1", "山田 花子": "2", "佐藤 一郎": "3"}
    walk_in_ticket, family_ticket = board.shown  # type: ignore[attr-defined]
    assert "Walk-in" not in pdf_text(walk_in_ticket.pdf) and "Booked time" not in pdf_text(walk_in_ticket.pdf)
    assert "2・3" in pdf_text(family_ticket.pdf)


def test_other_jobs_open_the_visit_being_served(board: BoardWidget, office: Context,
                                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    opened: list[str] = []
    monkeypatch.setattr(BoardWidget, "openers", {})
    board_ui.register_visit_opener("handover", lambda shell, visit_id: opened.append(visit_id))
    select_name(board, "山田 太郎")
    board.check_in()
    board.call_next()
    board.open_selected()
    (visit,) = [v for v in visits_on(office, DAY) if v.number == 1]
    assert opened == [visit.id]
    assert board.select_visit(visit.id)


def test_the_call_display_never_shows_a_name(qtbot: QtBot, board: BoardWidget, office: Context,
                                             staff: dict[Role, Context], make_shell: Callable[..., Any]) -> None:  # fmt: skip
    select_name(board, "山田 太郎")
    board.check_in()
    board.call_next()
    display = CallDisplay(make_shell(staff[Role.COUNTER]))
    qtbot.addWidget(display)
    shown = " ".join(display.texts())
    assert display.calling.text() == "1" and "2" in shown
    names = [r[0] for r in office.db.conn.execute("SELECT name FROM people")]
    kana = [r[0] for r in office.db.conn.execute("SELECT kana FROM people")]
    for value in names + kana:
        for part in value.split():
            assert part not in shown
