"""Logging: rotating UTF-8 files in `<data folder>/logs/`, with personal numbers redacted.

Code never logs a resident's data, a PIN or the 12-digit 個人番号 in the first place. `RedactFilter`
is defence in depth on the file handler: it rewrites the formatted message, the traceback text and the
stack text of every record, replacing
- any run of exactly 12 digits, also written with spaces or hyphens between them or in full-width
  digits (１２３４ ５６７８ ９０１２), and
- a 4-digit number shortly after "pin" / "PIN" / "暗証" (暗証番号は1234, pin=1234, PIN: 1 2 3 4)
with `[redacted]`. It over-redacts rather than under-redacts (a 12-digit tracking number is hidden too).
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from desktop.platform.paths import logs_dir

LOG_FILE = "madoguchi.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 5
REDACTED = "[redacted]"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_SEP = r"[ \t\-\u2010\u2011\u2012\u2013\u2014\u2212\uFF0D\u30FC\u3000]"  # spaces, hyphens, dashes, ー
_TWELVE_DIGITS = re.compile(rf"(?<!\d)\d(?:{_SEP}?\d){{11}}(?!\d)")
_PIN = re.compile(
    rf"((?<![A-Za-zＡ-Ｚａ-ｚ])[pPｐＰ][iIｉＩ][nNｎＮ]|暗証)([^\d\n]{{0,12}}?)\d(?:{_SEP}?\d){{3}}(?!\d)"
)


def redact(text: str) -> str:
    """`text` with 12-digit numbers and PIN-like numbers replaced by `[redacted]`."""
    text = _TWELVE_DIGITS.sub(REDACTED, text)
    return _PIN.sub(lambda m: m.group(1) + m.group(2) + REDACTED, text)


class RedactFilter(logging.Filter):
    """Rewrites a record's message, exception text and stack text through `redact` (never drops it)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep what can be kept
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class _MadoguchiFileHandler(logging.handlers.RotatingFileHandler):
    """Marks our handler so a second `setup_logging` replaces it instead of adding another."""

    previous_level = logging.WARNING


def setup_logging(data_dir: Path, level: int | str = logging.INFO) -> logging.Handler:
    """Send the root logger to `<data_dir>/logs/madoguchi.log` (rotating, UTF-8, redacted).

    Called once by the GUI bootstrap and by the CLI after it knows the data folder; calling it again
    replaces the previous file handler. Returns the handler (for `teardown_logging`).
    """
    folder = logs_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _MadoguchiFileHandler)]:
        teardown_logging(old)
    handler = _MadoguchiFileHandler(
        folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactFilter())
    handler.previous_level = root.level
    root.addHandler(handler)
    root.setLevel(level)
    return handler


def teardown_logging(handler: logging.Handler) -> None:
    """Detach and close a handler made by `setup_logging`, restoring the root logger's level (the CLI
    does this when it returns, so running it in-process leaves logging as it was)."""
    root = logging.getLogger()
    root.removeHandler(handler)
    handler.close()
    if isinstance(handler, _MadoguchiFileHandler):
        root.setLevel(handler.previous_level)
