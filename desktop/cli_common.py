"""What every command-line subcommand shares: the opened office, login, exit codes, output helpers.

A job adds subcommands in its `cli(subparsers)` (registered through `desktop.jobs.registry`):

    def cli(sub):
        p = sub.add_parser("handover-list", help=translate("Cli", "List today's handovers."))
        add_login_options(p)
        p.set_defaults(func=run_list)

    def run_list(args, app: CliApp) -> int:
        ctx = authenticate(app, args, Role.COUNTER)   # exits 4 on a failed login or a refused role
        require_office(app)                           # exits 3 when the office was never set up
        ...
        return EXIT_OK

Defaults a subcommand may set with `set_defaults`: `opens_office` (default True: the office database
is opened before `func` runs; False gives `func` an app whose `ctx` is not available) and
`creates_office` (default False: a data folder without a database is refused with exit code 3).
"Exits" here means raising `CliExit(code, message)`, which `desktop.cli.main` prints and returns,
so in-process callers and tests never see SystemExit.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.core.errors import DomainError, NotAllowed
from desktop.core.staff import Role
from desktop.i18n import tr_error, translate
from desktop.platform.paths import database_path, resolve_data_dir
from desktop.platform.prefs import load_ui_prefs
from desktop.store.context import Context

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_NO_OFFICE = 3  # no office profile, no database, or the database refused (too new, damaged)
EXIT_LOGIN = 4  # login failed, account locked or disabled, role refused
EXIT_JOB_BASE = 10  # job-specific codes start here (listed in desktop/cli.py's docstring)

PASSWORD_ENV = "MADOGUCHI_PASSWORD"


class CliExit(Exception):
    """Stop the subcommand with an exit code and a message for stderr (already translated)."""

    def __init__(self, code: int, message: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class CliApp:
    """The office a subcommand works on. `ctx` acts as the system; `authenticate` gives a staff Context."""

    data_dir: Path
    lang: str
    db_ctx: Context | None = None
    session: Context | None = None  # set by `authenticate`; logged out when the command ends

    @property
    def ctx(self) -> Context:
        if self.db_ctx is None:
            raise RuntimeError("this subcommand did not open the office database (opens_office=False)")
        return self.db_ctx

    def close(self) -> None:
        try:
            if self.session is not None:
                from desktop.security.auth import logout

                logout(self.session)
        finally:
            self.session = None
            if self.db_ctx is not None:
                self.db_ctx.db.close()
                self.db_ctx = None


def eprint(message: str) -> None:
    print(message, file=sys.stderr)


def open_app(args: argparse.Namespace, *, create: bool | None = None) -> CliApp:
    """Open the office database of `--data-dir` (migrating it); exit 3 when it is missing or refused."""
    from desktop.i18n import language
    from desktop.store.open import open_office

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    refuse_network_folder(data_dir)
    if create is None:
        create = bool(getattr(args, "creates_office", False))
    if not create and not database_path(data_dir).exists():
        raise CliExit(
            EXIT_NO_OFFICE,
            translate(
                "Cli",
                "There is no office database in {folder}. Check --data-dir, or start Madoguchi once to "
                "set up the office.",
            ).format(folder=data_dir),
        )
    try:
        ctx = open_office(data_dir)
    except DomainError as err:  # DatabaseTooNew, MigrationError
        raise CliExit(EXIT_NO_OFFICE, tr_error(err)) from err
    except sqlite3.DatabaseError as err:
        raise CliExit(
            EXIT_NO_OFFICE,
            translate(
                "Cli",
                "The database in {folder} cannot be opened (damaged, or not a Madoguchi database). "
                "Nothing was changed; ask the administrator to restore a backup.",
            ).format(folder=data_dir),
        ) from err
    return CliApp(data_dir=data_dir, lang=language(), db_ctx=ctx)


def refuse_network_folder(data_dir: Path) -> None:
    """Exit 3 when the data folder is on a network share (SQLite is unsafe there: desktop.ops.netpath)."""
    from desktop.ops.netpath import NetworkDataFolder, check_data_dir

    try:
        check_data_dir(data_dir)
    except NetworkDataFolder as err:
        raise CliExit(EXIT_NO_OFFICE, tr_error(err)) from err


def require_office(app: CliApp) -> None:
    """Exit 3 unless the office was set up (setup wizard or demo): `meta.office_kind` is set."""
    from desktop.store.meta import get_meta

    if get_meta(app.ctx.db, "office_kind") is None:
        raise CliExit(
            EXIT_NO_OFFICE,
            translate(
                "Cli",
                "This data folder has no office profile yet. Start Madoguchi once to set up the office, "
                "or use 'madoguchi demo' for a demo office.",
            ),
        )


def stored_language(data_dir: Path) -> str | None:
    """The language chosen on this PC (`ui.json` in the data folder), as the GUI uses it."""
    from desktop.platform.prefs import ui_prefs_path

    if not ui_prefs_path(data_dir).is_file():
        return None
    return load_ui_prefs(data_dir).language


def add_login_options(parser: argparse.ArgumentParser) -> None:
    """`--user LOGIN` and `--password-stdin` for a subcommand that needs a staff login."""
    parser.add_argument("--user", metavar="LOGIN", help=translate("Cli", "log in as this staff member"))
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate(
            "Cli", "read the password from the first line of standard input (else from MADOGUCHI_PASSWORD)"
        ),
    )


def read_stdin_line() -> str:
    """One line of standard input without its line end (and without a UTF-8 BOM); '' at the end."""
    stream = sys.stdin
    if stream is None:
        return ""
    line = stream.readline()
    return line.lstrip("\ufeff").rstrip("\r\n")


def read_password(args: argparse.Namespace) -> str | None:
    if getattr(args, "password_stdin", False):
        return read_stdin_line()
    return os.environ.get(PASSWORD_ENV)


def authenticate(app: CliApp, args: argparse.Namespace, needed: Role) -> Context:
    """Log in `--user` with its password and check the role; the Context acts as that staff member.

    Raises CliExit(4) when --user or the password is missing, the login fails or the role is too low.
    """
    from desktop.security.auth import LoginFailed, login
    from desktop.security.permissions import require

    login_name = getattr(args, "user", None)
    if not login_name:
        raise CliExit(
            EXIT_LOGIN,
            translate(
                "Cli",
                "This command needs --user LOGIN and that staff member's password (with --password-stdin, "
                "or in the environment variable MADOGUCHI_PASSWORD).",
            ),
        )
    password = read_password(args)
    if password is None:
        raise CliExit(
            EXIT_LOGIN,
            translate(
                "Cli",
                "No password given for {login}. Pass it on standard input with --password-stdin, or in "
                "the environment variable MADOGUCHI_PASSWORD.",
            ).format(login=login_name),
        )
    try:
        actor = login(app.ctx, login_name, password)
    except LoginFailed as err:
        raise CliExit(EXIT_LOGIN, tr_error(err)) from err
    session = app.ctx.as_actor(actor)
    app.session = session
    try:
        require(actor, needed)
    except NotAllowed as err:
        raise CliExit(EXIT_LOGIN, tr_error(err)) from err
    return session


def text_width(text: str) -> int:
    """Columns a string takes in a terminal: full-width (Japanese) characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def format_table(headers: list[str], rows: list[list[Any]]) -> str:
    """A plain text table aligned for terminals, Japanese text included."""
    cells = [[str(c) for c in headers]] + [[("" if c is None else str(c)) for c in r] for r in rows]
    widths = [max(text_width(r[i]) for r in cells) for i in range(len(headers))]
    lines = []
    for r in cells:
        parts = [c + " " * (w - text_width(c)) for c, w in zip(r, widths, strict=True)]
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)


def iso_date(text: str) -> date:
    """An argparse `type=` for a date written 2026-11-24."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("Cli", "use the form 2026-11-24")) from None


def write_file(path: Path, data: bytes, exit_code: int) -> None:
    """Write a PDF or CSV the subcommand made; a failure exits with `exit_code` naming the folder."""
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise CliExit(exit_code, translate(
            "Cli", "The file could not be written to {folder}. Check that the folder exists and is writable."
        ).format(folder=path.parent)) from exc  # fmt: skip
