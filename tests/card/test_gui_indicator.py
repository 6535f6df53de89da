"""The status-bar indicator (hot-plug through the watcher thread) and its card check, on the real stack;
the job's contributions reaching the main window and every PersonForm."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.card.reader import Availability
from desktop.core.office import OfficeProfile
from desktop.core.staff import Actor, Role
from desktop.jobs.cardreader import READ_ACTION_KEY, register
from desktop.jobs.cardreader.ui.indicator import ReaderIndicator
from desktop.jobs.cardreader.ui.read_action import CardReadAction
from desktop.jobs.registry import Registry
from desktop.store.context import Context
from desktop.tasks.prompt import ScriptedPrompter
from desktop.ui.person_form import PersonForm
from tests.card.certs import auth_certificate
from tests.card.emulator import CardEmulator
from tests.card.stack import PcscStack, put_on_reader

Insert = Callable[..., CardEmulator]


@pytest.fixture
def indicator(qtbot: QtBot, ctx: Context, make_shell: Callable[..., Any]) -> Iterator[ReaderIndicator]:
    widget = ReaderIndicator(make_shell(ctx))
    qtbot.addWidget(widget)
    yield widget
    widget.stop()


def wait_shows(qtbot: QtBot, widget: ReaderIndicator, availability: Availability) -> None:
    qtbot.waitUntil(lambda: widget.availability is availability, timeout=5000)


def test_hot_plug_without_freezing_the_window(qtbot: QtBot, pcsc: PcscStack, indicator: ReaderIndicator) -> None:
    wait_shows(qtbot, indicator, Availability.READY)
    assert indicator.text() == "● Card reader ready"
    assert "Virtual PCD 00 00: no card" in indicator.toolTip()
    card = CardEmulator()
    with qtbot.waitSignal(indicator.availabilityChanged, timeout=5000) as changed:
        put_on_reader(card, pcsc.port)
    assert changed.args == [Availability.CARD_PRESENT] and indicator.text() == "● Card on the reader"
    with qtbot.waitSignal(indicator.availabilityChanged, timeout=5000) as changed:
        card.remove()
    assert changed.args == [Availability.READY]
    with qtbot.waitSignal(indicator.availabilityChanged, timeout=5000) as changed:
        pcsc.stop()  # the smart-card service stops
    assert changed.args == [Availability.NO_SERVICE] and indicator.text() == "● No smart-card service"
    with qtbot.waitSignal(indicator.availabilityChanged, timeout=5000) as changed:
        pcsc.start()
    assert changed.args == [Availability.READY]


def test_no_reader(qtbot: QtBot, pcsc_stack: PcscStack, indicator: ReaderIndicator) -> None:
    pcsc_stack.restart(with_readers=False)
    wait_shows(qtbot, indicator, Availability.NO_READER)
    assert indicator.text() == "● No card reader"


@pytest.mark.parametrize(
    ("not_after", "kind", "words"),
    [
        (datetime(2030, 5, 1, 14, 59, 59, tzinfo=UTC), "info", "is valid until 令和12年（2030年）5月1日"),
        (datetime(2027, 2, 10, 14, 59, 59, tzinfo=UTC), "warn", "within three months"),  # today: 2026-11-24
        (datetime(2026, 11, 1, 14, 59, 59, tzinfo=UTC), "warn", "expired on"),
    ],
)
def test_check_the_card_without_a_pin(qtbot: QtBot, ctx: Context, indicator: ReaderIndicator, insert_card: Insert,
                                      prompter: ScriptedPrompter, not_after: datetime, kind: str, words: str) -> None:  # fmt: skip
    card = insert_card(cert=auth_certificate(not_after))
    with qtbot.waitSignal(indicator.checked, timeout=5000) as done:
        qtbot.mouseClick(indicator, qtbot_left())
    assert done.args == ["my_number"] and card.verifies == 0
    asked_kind, _title, text = prompter.asked[-1]
    assert asked_kind == kind and words in text
    rows = ctx.db.conn.execute("SELECT detail FROM audit_log WHERE action = 'read_card'").fetchall()
    assert [r[0] for r in rows] == ["identify"]


def test_check_another_card_and_no_card(qtbot: QtBot, indicator: ReaderIndicator, insert_card: Insert,
                                        prompter: ScriptedPrompter) -> None:  # fmt: skip
    with qtbot.waitSignal(indicator.checked, timeout=5000) as done:
        indicator.click()
    assert done.args == ["no_card"]
    insert_card(kind="juki")
    with qtbot.waitSignal(indicator.checked, timeout=5000) as done:
        indicator.click()
    assert done.args == ["juki"] and "住基カード" in prompter.texts("warn")[-1]


def qtbot_left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


@pytest.fixture
def job_registry() -> Iterator[Registry]:
    reg = Registry()
    register(reg)
    yield reg
    PersonForm.unregister_action(READ_ACTION_KEY)


def test_the_main_window_shows_the_indicator_and_person_forms_get_the_action(
    qtbot: QtBot, ctx: Context, office_profile: OfficeProfile, staff_users: dict[Role, Actor],
    make_shell: Callable[..., Any], job_registry: Registry, pcsc: PcscStack,
) -> None:  # fmt: skip
    from desktop.ui.main_window import MainWindow

    shell = make_shell(ctx.as_actor(staff_users[Role.COUNTER]), jobs=job_registry.jobs())
    window = MainWindow(shell)
    try:
        indicator = window.statusBar().findChild(ReaderIndicator)
        assert indicator is not None
        wait_shows(qtbot, indicator, Availability.READY)
        form = PersonForm(shell.ctx, shell.tasks)
        qtbot.addWidget(form)
        action = form.actions_by_key[READ_ACTION_KEY]
        assert isinstance(action, CardReadAction) and action.text() == "Read card"
        assert list(form.actions_by_key).count(READ_ACTION_KEY) == 1  # added once
        watcher = indicator.watcher
    finally:
        window.close()
        window.deleteLater()
    qtbot.waitUntil(lambda: watcher.join(0), timeout=5000)  # destroying the window stops the thread
