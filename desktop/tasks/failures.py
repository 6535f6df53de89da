"""Plain, translated messages for the environment's failures (disk full, locked database, no printer …).

`describe(exc)` returns (title source text, translated message, details). `details` is non-empty only
for unexpected exceptions (versions + traceback for 「詳細をコピー」).
"""

from __future__ import annotations

import errno
import platform
import sqlite3
import sys
import traceback

from desktop import __version__
from desktop.core.errors import DomainError
from desktop.i18n import tr_error, translate


def describe(exc: BaseException) -> tuple[str, str, str]:
    if isinstance(exc, DomainError):
        return ("Cannot do that", tr_error(exc), "")
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return (
            "Disk full",
            translate("Failures", "The disk is full. Nothing was lost; free some space and try again."),
            "",
        )
    if isinstance(exc, sqlite3.OperationalError):
        msg = str(exc).lower()
        if "locked" in msg or "busy" in msg:
            return (
                "Database busy",
                translate(
                    "Failures",
                    "The database is busy with another task. Nothing was lost; try again in a moment.",
                ),
                "",
            )
        if "readonly" in msg or "read-only" in msg:
            return (
                "Database read-only",
                translate(
                    "Failures",
                    "The database file cannot be written (read-only). Ask the administrator to check the data folder.",
                ),
                "",
            )
        if "disk" in msg and "full" in msg:
            return (
                "Disk full",
                translate("Failures", "The disk is full. Nothing was lost; free some space and try again."),
                "",
            )
    if isinstance(exc, PermissionError):
        return (
            "No permission",
            translate("Failures", "Windows refused access to a file: {name}").format(
                name=getattr(exc, "filename", "") or ""
            ),
            "",
        )
    details = (
        f"Madoguchi {__version__}\nPython {sys.version.split()[0]} on {platform.platform()}\n\n"
        + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    )
    return (
        "Unexpected error",
        translate(
            "Failures",
            "An unexpected error occurred. Nothing that was saved is lost. Copy the details and tell the administrator.",
        ),
        details,
    )
