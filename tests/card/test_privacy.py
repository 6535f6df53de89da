"""Privacy: the card holds a distinctive 個人番号; after reads through the GUI and the CLI it appears
nowhere — not in the database, the logs (before or after redaction), the output or the prompts — and
neither does the PIN or its VERIFY command. The emulator fails the test if EF 0001 is ever selected."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.card.reader import CardReader
from desktop.cli import main
from desktop.core.office import OfficeProfile
from desktop.core.staff import Actor, Role
from desktop.jobs.cardreader import READ_ACTION_KEY
from desktop.jobs.cardreader import cli as card_cli
from desktop.jobs.cardreader.ui import read_action
from desktop.jobs.cardreader.ui.read_action import CardReadAction
from desktop.logs import setup_logging, teardown_logging
from desktop.store.context import Context
from desktop.store.people import add_person
from desktop.tasks import SyncTaskRunner
from desktop.tasks.prompt import ScriptedPrompter
from desktop.ui.person_form import PersonForm
from tests.card.emulator import CardEmulator
from tests.kit.staff import PASSWORD

NUMBER = "918273645501"  # the emulated card's 個人番号
PIN = "8642"
SECRETS = [
    NUMBER.encode(), NUMBER.encode("utf-16-le"), "９１８２７３６４５５０１".encode(),
    bytes.fromhex("0020008004") + PIN.encode(), b"0020008004" + PIN.encode().hex().encode(),
    ("pin=" + PIN).encode(), ("PIN " + PIN).encode(),
]  # fmt: skip


def leaks(blob: bytes) -> list[bytes]:
    return [s for s in SECRETS if s in blob]


def test_the_individual_number_and_the_pin_go_nowhere(
    qtbot: QtBot, ctx: Context, office_profile: OfficeProfile, staff_users: dict[Role, Actor],
    insert_card: Callable[..., CardEmulator], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    caplog.set_level(logging.DEBUG)
    handler = setup_logging(ctx.data_dir, logging.DEBUG)
    card = insert_card(individual_number=NUMBER, pin=PIN)
    monkeypatch.setattr(read_action, "make_reader", lambda: CardReader(timeout=1.0))
    monkeypatch.setattr(card_cli, "make_reader", lambda: CardReader(timeout=1.0))
    try:
        # the GUI: read, confirm, save the person
        PersonForm.register_action(READ_ACTION_KEY, CardReadAction)
        prompter = ScriptedPrompter(answers=[True])
        staff_ctx = ctx.as_actor(staff_users[Role.COUNTER])
        form = PersonForm(staff_ctx, SyncTaskRunner(prompter))
        qtbot.addWidget(form)
        action = form.actions_by_key[READ_ACTION_KEY]
        assert isinstance(action, CardReadAction)
        action.trigger()
        assert action.pin_dialog is not None
        qtbot.keyClicks(action.pin_dialog.edit, PIN)
        with qtbot.waitSignal(action.finished) as done:
            action.pin_dialog.ok_button.click()
        assert done.args == ["filled"]
        form.edits["kana"].setText("タカサキ キチタロウ")
        assert form.validate() == []
        add_person(staff_ctx, form.person())
        # a wrong PIN too (its message goes through the prompter)
        action.trigger()
        assert action.pin_dialog is not None
        qtbot.keyClicks(action.pin_dialog.edit, "0000")
        with qtbot.waitSignal(action.finished):
            action.pin_dialog.ok_button.click()
        # the CLI, plain and JSON
        monkeypatch.setenv("MADOGUCHI_PASSWORD", PASSWORD)
        outputs = []
        for extra in ([], ["--json", "--cert"]):
            monkeypatch.setattr("sys.stdin", io.StringIO(PIN + "\n"))
            code = main(["--data-dir", str(ctx.data_dir), "--lang", "en", "card", "read", "--pin-stdin",
                         "--user", "counter1", *extra])  # fmt: skip
            assert code == 0
            outputs.append(capsys.readouterr())
    finally:
        PersonForm.unregister_action(READ_ACTION_KEY)
        teardown_logging(handler)
    assert card.verifies == 4 and "SELECT EF 0001" not in card.log and card.violations == []

    ctx.db.conn.execute("PRAGMA wal_checkpoint(FULL)")
    files = [p for p in Path(ctx.data_dir).rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" for p in files) and any("madoguchi" in p.name for p in files)
    for path in files:
        assert leaks(path.read_bytes()) == [], path
    for out in outputs:
        assert leaks((out.out + out.err).encode()) == []
        assert "髙﨑 𠮷太郎" in out.out  # what staff asked for is shown
    assert leaks(caplog.text.encode()) == []  # not even before redaction
    assert leaks("\n".join(t for _k, _t, t in prompter.asked).encode()) == []
    assert leaks(repr(prompter.asked).encode()) == []
