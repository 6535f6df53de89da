"""`madoguchi card status | identify | read` on the real stack: output, JSON and the documented exit codes."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.card.reader import CardReader
from desktop.cli import main
from desktop.core.office import OfficeProfile
from desktop.core.staff import Actor, Role
from desktop.jobs.cardreader import cli as card_cli
from desktop.store.context import Context
from tests.card.certs import auth_certificate
from tests.card.emulator import CardEmulator, mid_read, reading_basic_info
from tests.card.stack import PcscStack
from tests.kit.staff import PASSWORD

Insert = Callable[..., CardEmulator]


@pytest.fixture
def office(ctx: Context, office_profile: OfficeProfile, staff_users: dict[Role, Actor],
           monkeypatch: pytest.MonkeyPatch) -> Path:  # fmt: skip
    monkeypatch.setenv("MADOGUCHI_PASSWORD", PASSWORD)
    monkeypatch.setattr(card_cli, "make_reader", lambda: CardReader(timeout=1.0))
    return ctx.data_dir


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path,
        *args: str, stdin: str = "") -> tuple[int, str, str]:  # fmt: skip
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--data-dir", str(data_dir), "--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def read(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path,
         pin: str, *extra: str) -> tuple[int, str, str]:  # fmt: skip
    return run(capsys, monkeypatch, data_dir, "card", "read", "--pin-stdin", "--user", "counter1", *extra,
               stdin=pin + "\n")  # fmt: skip


def test_status_lists_readers_and_what_is_on_them(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                                  office: Path, insert_card: Insert) -> None:  # fmt: skip
    insert_card()
    code, out, _ = run(capsys, monkeypatch, office, "card", "status")
    assert code == 0 and "Card on the reader" in out
    assert "Virtual PCD 00 00  My Number Card" in out and "Virtual PCD 00 01  no card" in out
    code, out, _ = run(capsys, monkeypatch, office, "card", "status", "--json")
    data = json.loads(out)
    assert data["status"] == "card_present"
    assert data["readers"][0] == {"reader": "Virtual PCD 00 00", "card_present": True, "card": "my_number"}


def test_status_without_service_or_reader(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                          office: Path, pcsc_stack: PcscStack) -> None:  # fmt: skip
    pcsc_stack.restart(with_readers=False)
    code, _, err = run(capsys, monkeypatch, office, "card", "status")
    assert code == 21 and "No card reader is connected" in err
    pcsc_stack.stop()
    code, _, err = run(capsys, monkeypatch, office, "card", "status")
    assert code == 20 and "smart-card service is not running" in err


def test_identify(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, office: Path,
                  insert_card: Insert) -> None:  # fmt: skip
    card = insert_card(cert=auth_certificate(datetime(2031, 5, 1, 14, 59, 59, tzinfo=UTC)))
    code, out, _ = run(capsys, monkeypatch, office, "card", "identify")
    assert code == 0 and "Card: My Number Card" in out and "令和13年（2031年）5月1日" in out
    code, out, _ = run(capsys, monkeypatch, office, "card", "identify", "--json", "--reader", "Virtual PCD 00 00")
    assert json.loads(out)["cert_expiry"] == "2031-05-01" and card.verifies == 0
    code, _, err = run(capsys, monkeypatch, office, "card", "identify", "--reader", "Nope")
    assert code == 21 and "Nope" in err


def test_read_prints_the_four_items(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                    office: Path, ctx: Context, insert_card: Insert) -> None:  # fmt: skip
    insert_card()
    code, out, err = read(capsys, monkeypatch, office, "1234", "--cert")
    assert code == 0, err
    assert "Name: 髙﨑 𠮷太郎" in out and "Address: 東京都千代田区霞が関二丁目1番2号" in out
    assert "Birth date: 昭和63年（1988年）2月29日" in out and "Sex: Male" in out
    assert "valid until" in out
    code, out, _ = read(capsys, monkeypatch, office, "1234", "--json", "--cert")
    assert json.loads(out) == {
        "name": "髙﨑 𠮷太郎", "address": "東京都千代田区霞が関二丁目1番2号 みどりハイツ101",
        "birth_date": "1988-02-29", "sex": "male", "cert_expiry": "2031-05-01",
    }  # fmt: skip
    details = ctx.db.conn.execute("SELECT login, detail FROM audit_log WHERE action = 'read_card'").fetchall()
    assert [tuple(r) for r in details] == [("counter1", "cli input_support")] * 2


@pytest.mark.parametrize(
    ("options", "pin", "extra", "code", "words"),
    [
        ({}, "9999", (), 24, "Tries left: 2"),
        ({"tries": 1}, "9999", (), 26, "Only one PIN try is left"),
        ({"tries": 1}, "9999", ("--allow-last-try",), 25, "blocked"),
        ({"tries": 1}, "1234", ("--allow-last-try",), 0, ""),
        ({"tries": 0, "blocked_sw": 0x6983}, "1234", (), 25, "blocked"),
        ({"tries": 0, "blocked_sw": 0x6984}, "1234", (), 25, "blocked"),
        ({"kind": "other"}, "1234", (), 23, "not a My Number Card"),
        ({"kind": "juki"}, "1234", (), 23, "住基カード"),
        ({}, "12345", (), 29, "exactly 4 digits"),
        ({}, "", (), 29, "exactly 4 digits"),
    ],
)
def test_read_exit_codes(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, office: Path,
                         insert_card: Insert, options: dict[str, int | str], pin: str, extra: tuple[str, ...],
                         code: int, words: str) -> None:  # fmt: skip
    card = insert_card(**options)
    got, _out, err = read(capsys, monkeypatch, office, pin, *extra)
    assert got == code and words in err
    if code in (26, 29):
        assert card.verifies == 0  # nothing was sent


def test_read_removed_silent_no_card_no_service(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                                office: Path, insert_card: Insert, pcsc: PcscStack) -> None:  # fmt: skip
    assert read(capsys, monkeypatch, office, "1234")[0] == 22
    card = insert_card()
    card.fail(mid_read, "remove")
    assert read(capsys, monkeypatch, office, "1234")[0] == 27
    card = insert_card()
    card.fail(reading_basic_info, "hang")
    assert read(capsys, monkeypatch, office, "1234")[0] == 28
    card.remove()
    pcsc.stop()
    assert read(capsys, monkeypatch, office, "1234")[0] == 20


def test_read_refuses_password_stdin_and_needs_pin_stdin(capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch, office: Path) -> None:  # fmt: skip
    code, _, err = run(capsys, monkeypatch, office, "card", "read", "--pin-stdin", "--password-stdin",
                       "--user", "counter1", stdin="secret\n1234\n")  # fmt: skip
    assert code == 2 and "MADOGUCHI_PASSWORD" in err
    code, _, err = run(capsys, monkeypatch, office, "card", "read", "--user", "counter1")
    assert code == 2 and "--pin-stdin" in err
    code, _, _ = run(capsys, monkeypatch, office, "card", "read", "--pin", "1234")
    assert code == 2  # there is no option to put a PIN on the command line
    monkeypatch.delenv("MADOGUCHI_PASSWORD")
    code, _, _ = run(capsys, monkeypatch, office, "card", "read", "--pin-stdin", "--user", "counter1", stdin="1234\n")
    assert code == 4
