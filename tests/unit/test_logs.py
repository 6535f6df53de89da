"""Logs: rotating UTF-8 files in the data folder; 12-digit numbers and PINs never reach them."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.logs import LOG_FILE, REDACTED, RedactFilter, redact, setup_logging, teardown_logging


@pytest.mark.parametrize(
    "text",
    [
        "number 123456789012 seen",
        "1234 5678 9012",
        "1234-5678-9012",
        "１２３４５６７８９０１２",
        "１２３４－５６７８－９０１２",
        "番号は1234　5678　9012です",
        "x=123456789012",
        "abc123456789012xyz",
    ],
)
def test_twelve_digits_redacted(text: str) -> None:
    out = redact(text)
    assert REDACTED in out
    digits = [c for c in out if c.isdigit()]
    assert len(digits) < 12


@pytest.mark.parametrize(
    "text",
    ["pin=1234", "PIN: 1234", "Pin 1 2 3 4", "暗証番号は1234", "暗証番号：１２３４", "new pin code is 9876."],
)
def test_pins_redacted(text: str) -> None:
    out = redact(text)
    assert REDACTED in out
    assert not any(c.isdigit() for c in out)


@pytest.mark.parametrize(
    "text",
    [
        "visit 12345678901 (11 digits)",
        "tracking 1234567890123",
        "申請書ID 12345678901234567890123",
        "2026-11-24 10:00 checkin count 42",
        "spinning 1234 times",
        "opened 1234 cases",
    ],
)
def test_other_numbers_kept(text: str) -> None:
    assert redact(text) == text


@pytest.fixture
def logging_to(data_dir: Path) -> Iterator[logging.Handler]:
    handler = setup_logging(data_dir, logging.INFO)
    yield handler
    teardown_logging(handler)


def test_file_log_is_redacted_and_utf8(data_dir: Path, logging_to: logging.Handler) -> None:
    log = logging.getLogger("madoguchi.test")
    log.info("card read for 窓口 %s with pin %s", "1234 5678 9012", "4321")
    try:
        raise ValueError("bad number １２３４５６７８９０１２")
    except ValueError:
        log.exception("failed with 暗証番号 %d", 5555)
    logging_to.flush()
    text = (data_dir / "logs" / LOG_FILE).read_text(encoding="utf-8")
    assert "窓口" in text and "ValueError: bad number" in text
    for secret in ("1234 5678 9012", "4321", "１２３４５６７８９０１２", "5555"):
        assert secret not in text
    assert text.count(REDACTED) >= 4  # the traceback quotes the source line too


def test_setup_twice_replaces_the_handler(data_dir: Path, tmp_path: Path) -> None:
    root = logging.getLogger()
    level = root.level
    first = setup_logging(data_dir)
    other = tmp_path / "other"
    second = setup_logging(other, logging.DEBUG)
    try:
        assert first not in root.handlers and second in root.handlers
        assert root.level == logging.DEBUG
        logging.getLogger("x").debug("to the second file")
        second.flush()
        assert "to the second file" in (other / "logs" / LOG_FILE).read_text(encoding="utf-8")
    finally:
        teardown_logging(second)
    assert root.level == level and second not in root.handlers


def test_filter_keeps_records_and_handles_bad_format() -> None:
    rec = logging.LogRecord("n", logging.INFO, __file__, 1, "value %s %s", ("only-one",), None)
    assert RedactFilter().filter(rec)
    assert rec.getMessage() == "value %s %s"
