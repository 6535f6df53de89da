"""Operations subcommands: `backup`, `backup-passphrase`, `restore`, `audit verify|export`, `selftest`.

    madoguchi backup                         take a backup into the data folder now; prints its path
    madoguchi backup --list                  list the backups in the data folder
    madoguchi backup --out FILE --user LOGIN write an encrypted copy (supervisor; office passphrase)
    madoguchi backup-passphrase --user LOGIN set the office backup passphrase (administrator)
    madoguchi restore FILE --user LOGIN      restore a plain or encrypted backup (administrator)
    madoguchi audit verify                   check the audit trail (exit 0 = intact)
    madoguchi audit export --out FILE --user LOGIN [--from DATE] [--to DATE]   (supervisor)
    madoguchi selftest                       check this PC; prints a short report

Secrets never go on the command line. The staff password: first line of standard input with
`--password-stdin`, else MADOGUCHI_PASSWORD. The backup passphrase: the next line of standard input with
`--passphrase-stdin`, else MADOGUCHI_BACKUP_PASSPHRASE, else a prompt when a terminal is attached.

Exit codes (besides 0/1/2/3/4 of `desktop.cli`):
  80  the backup could not be written (no database, disk full, unreadable database)
  81  backup passphrase: none set by an administrator, not the office passphrase, too short, or none given
  82  restore refused: Madoguchi's window is open on this data folder
  83  restore refused: not a Madoguchi backup, or the passphrase does not open it
  84  restore refused: the backup is damaged (integrity check failed)
  85  restore refused: the backup was written by a newer Madoguchi
  86  audit verify: the audit trail is broken (the first broken entry is named)
  87  selftest: at least one check failed with an error (warnings alone exit 0)
"""

from __future__ import annotations

import argparse
import getpass
import os
import sqlite3
import sys
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cli_common import (
    EXIT_OK,
    CliApp,
    CliExit,
    add_login_options,
    authenticate,
    format_table,
    read_stdin_line,
)
from desktop.core.errors import DomainError
from desktop.core.staff import Role
from desktop.i18n import tr_error, translate

EXIT_BACKUP_FAILED = 80
EXIT_PASSPHRASE = 81


def add_subcommands(sub: argparse._SubParsersAction[Any]) -> None:
    backup = sub.add_parser(
        "backup",
        help=translate("Cli", "back up the office database now (or write an encrypted copy with --out)"),
    )
    backup.add_argument(
        "--out", metavar="FILE", help=translate("Cli", "write an encrypted copy to FILE (supervisor)")
    )
    backup.add_argument(
        "--list", action="store_true", help=translate("Cli", "list the backups in the data folder")
    )
    _passphrase_option(backup)
    add_login_options(backup)
    backup.set_defaults(func=run_backup)

    phrase = sub.add_parser(
        "backup-passphrase", help=translate("Cli", "set the office backup passphrase (administrator)")
    )
    _passphrase_option(phrase)
    add_login_options(phrase)
    phrase.set_defaults(func=run_set_passphrase)

    restore = sub.add_parser(
        "restore", help=translate("Cli", "restore the office database from a backup (administrator)")
    )
    restore.add_argument("file", metavar="FILE", help=translate("Cli", "a backup file (plain or encrypted)"))
    _passphrase_option(restore)
    add_login_options(restore)
    restore.set_defaults(func=run_restore, opens_office=False)

    audit = sub.add_parser("audit", help=translate("Cli", "check or export the audit trail"))
    commands = audit.add_subparsers(dest="audit_command", metavar="<audit command>", required=True)
    verify = commands.add_parser(
        "verify", help=translate("Cli", "check the audit trail (exit 0 when intact, 86 when broken)")
    )
    verify.set_defaults(func=run_audit_verify)
    export = commands.add_parser("export", help=translate("Cli", "export the audit trail as CSV (supervisor)"))
    export.add_argument("--out", metavar="FILE", required=True, help=translate("Cli", "the CSV file to write"))
    export.add_argument("--from", dest="first", metavar="YYYY-MM-DD", type=date.fromisoformat,
                        help=translate("Cli", "first day (local date)"))  # fmt: skip
    export.add_argument("--to", dest="last", metavar="YYYY-MM-DD", type=date.fromisoformat,
                        help=translate("Cli", "last day (local date)"))  # fmt: skip
    add_login_options(export)
    export.set_defaults(func=run_audit_export)

    selftest = sub.add_parser("selftest", help=translate("Cli", "check this PC and the office database"))
    selftest.set_defaults(func=run_selftest)


def _passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=translate(
            "Cli",
            "read the backup passphrase from standard input (the line after the password, if that is "
            "read too); else MADOGUCHI_BACKUP_PASSPHRASE, else a prompt",
        ),
    )


def read_passphrase(args: argparse.Namespace, prompt: str) -> str | None:
    from desktop.ops.backups import PASSPHRASE_ENV

    if getattr(args, "passphrase_stdin", False):
        return read_stdin_line()
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None


def _no_passphrase() -> CliExit:
    return CliExit(
        EXIT_PASSPHRASE,
        translate(
            "Cli",
            "No backup passphrase given. Pass it on standard input with --passphrase-stdin, or in the "
            "environment variable MADOGUCHI_BACKUP_PASSPHRASE.",
        ),
    )


# -- backup ----------------------------------------------------------------------------------------------


def run_backup(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.ops import backups

    if args.list:
        return _list_backups(app)
    try:
        if args.out:
            ctx = authenticate(app, args, Role.SUPERVISOR)
            passphrase = read_passphrase(args, translate("Cli", "Office backup passphrase: "))
            if not passphrase:
                raise _no_passphrase()
            info = backups.export_encrypted(ctx, Path(args.out).expanduser().resolve(), passphrase)
        else:
            info = backups.make_backup(app.data_dir, reason="manual")
    except (backups.PassphraseNotSet, backups.PassphraseMismatch) as err:
        raise CliExit(EXIT_PASSPHRASE, tr_error(err)) from err
    except backups.NoDatabase as err:
        raise CliExit(EXIT_BACKUP_FAILED, tr_error(err)) from err
    except (OSError, sqlite3.Error) as err:
        from desktop.tasks.failures import describe

        raise CliExit(
            EXIT_BACKUP_FAILED,
            translate("Cli", "The backup could not be written: {reason}").format(reason=describe(err)[1]),
        ) from err
    print(info.path)
    return EXIT_OK


def _list_backups(app: CliApp) -> int:
    from desktop.ops.backups import list_backups

    rows = [
        [b.local_time.strftime("%Y-%m-%d %H:%M:%S"), b.reason, f"{b.size / 1024**2:.1f} MB", str(b.path)]
        for b in list_backups(app.data_dir)
    ]
    headers = [translate("Cli", "Taken"), translate("Cli", "Why"), translate("Cli", "Size"), translate("Cli", "File")]
    print(format_table(headers, rows))
    return EXIT_OK


def run_set_passphrase(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.ops import backups

    ctx = authenticate(app, args, Role.ADMIN)
    passphrase = read_passphrase(args, translate("Cli", "New office backup passphrase: "))
    if not passphrase:
        raise _no_passphrase()
    if not getattr(args, "passphrase_stdin", False) and not os.environ.get(backups.PASSPHRASE_ENV):
        again = getpass.getpass(translate("Cli", "The same passphrase again: "))
        if again != passphrase:
            raise CliExit(EXIT_PASSPHRASE, translate("Cli", "The two passphrases differ. Nothing was changed."))
    try:
        backups.set_passphrase(ctx, passphrase)
    except backups.WeakPassphrase as err:
        raise CliExit(EXIT_PASSPHRASE, tr_error(err)) from err
    print(translate("Cli", "The office backup passphrase is set. Keep it somewhere safe, away from the backups."))
    return EXIT_OK


# -- restore ---------------------------------------------------------------------------------------------


def run_restore(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.ops import restore

    file = Path(args.file).expanduser().resolve()
    try:
        with restore.gui_lock(app.data_dir):
            return _restore(args, app, file)
    except restore.RestoreRefused as err:
        raise CliExit(err.exit_code, tr_error(err)) from err


def _open_live(data_dir: Path) -> Any:
    """The office database when it opens normally, else None (missing, damaged, unreadable)."""
    from desktop.platform.paths import database_path
    from desktop.store import backup as store_backup
    from desktop.store.open import open_office

    path = database_path(data_dir)
    if not path.is_file() or store_backup.integrity(path, quick=True):
        return None
    try:
        return open_office(data_dir)
    except (DomainError, sqlite3.DatabaseError):
        return None


def _restore(args: argparse.Namespace, app: CliApp, file: Path) -> int:
    from desktop.ops import restore

    live = _open_live(app.data_dir)
    session = None
    password: str | None = None
    if live is not None:
        app.db_ctx = live
        session = authenticate(app, args, Role.ADMIN)
    else:  # read in the same order as with a live database: the password first, then the passphrase
        password = _password_first(args)
    prepared = restore.prepare(
        app.data_dir, file, lambda: read_passphrase(args, translate("Cli", "Office backup passphrase: "))
    )
    aside: Path | None
    try:
        if session is not None:
            aside = restore.apply_live(session, prepared)
        else:
            actor = _login_against(app, args.user, password or "", prepared)
            aside = restore.apply_files(
                app.data_dir, prepared, device_id=restore.live_device_id(app.data_dir), actor=actor
            )
    finally:
        prepared.discard()
    when = _local(prepared.created_at) if prepared.created_at else "?"
    print(translate("Cli", "Restored {file} (backup taken {when}).").format(file=file.name, when=when))
    if aside is not None:
        print(translate("Cli", "The previous database was kept as {path}.").format(path=aside))
    return EXIT_OK


def _local(iso: str) -> str:
    from desktop.core.clock import parse_utc, to_local

    try:
        return to_local(parse_utc(iso)).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def _password_first(args: argparse.Namespace) -> str:
    from desktop.cli_common import EXIT_LOGIN, read_password

    if not getattr(args, "user", None):
        raise CliExit(EXIT_LOGIN, translate("Cli", "This command needs --user LOGIN and that staff member's password (with --password-stdin, or in the environment variable MADOGUCHI_PASSWORD)."))  # fmt: skip
    password = read_password(args)
    if password is None:
        raise CliExit(EXIT_LOGIN, translate("Cli", "No password given for {login}. Pass it on standard input with --password-stdin, or in the environment variable MADOGUCHI_PASSWORD.").format(login=args.user))  # fmt: skip
    return password


def _login_against(app: CliApp, login_name: str, password: str, prepared: Any) -> Any:
    """No usable office database here: check the administrator's login against the backup itself
    (the login is recorded in the backup being restored)."""
    from desktop.cli_common import EXIT_LOGIN
    from desktop.core.clock import SystemClock
    from desktop.core.errors import NotAllowed
    from desktop.ops.restore import live_device_id
    from desktop.security.auth import LoginFailed, login
    from desktop.security.permissions import require
    from desktop.store.context import Context
    from desktop.store.db import connect
    from desktop.store.meta import get_meta

    db = connect(prepared.path)
    try:
        device = live_device_id(app.data_dir) or get_meta(db, "device_id") or "unknown"
        ctx = Context(db=db, clock=SystemClock(), device_id=device, data_dir=app.data_dir)
        actor = login(ctx, login_name, password)
        require(actor, Role.ADMIN)
        return actor
    except (LoginFailed, NotAllowed) as err:
        raise CliExit(EXIT_LOGIN, tr_error(err)) from err
    finally:
        db.close()


# -- audit -----------------------------------------------------------------------------------------------


def run_audit_verify(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.ops.audit_check import EXIT_AUDIT_BROKEN, describe_problem, verify
    from desktop.ops.backups import read_anchor
    from desktop.store import audit

    ctx = app.ctx
    problems = verify(ctx)
    names = audit.device_names(ctx)
    if problems:
        for problem in problems:
            print(describe_problem(problem, names), file=sys.stderr)
        return EXIT_AUDIT_BROKEN
    heads = audit.head(ctx)
    anchored = read_anchor(ctx.data_dir)
    print(
        translate("Cli", "The audit trail is intact: {n} entries from {pcs} PCs.").format(
            n=sum(seq for seq, _h in heads.values()), pcs=len(heads)
        )
    )
    if not anchored:
        print(translate("Cli", "No backup has been taken yet, so deleted newest entries cannot be detected."))
    return EXIT_OK


def run_audit_export(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.ops.audit_check import collect, write_csv
    from desktop.store.audit import AuditFilter

    ctx = authenticate(app, args, Role.SUPERVISOR)
    data = collect(ctx, AuditFilter.for_days(args.first, args.last))
    out = Path(args.out).expanduser().resolve()
    n = write_csv(data, out)
    print(translate("Cli", "Wrote {n} entries to {path}.").format(n=n, path=out))
    return EXIT_OK


# -- selftest --------------------------------------------------------------------------------------------


def run_selftest(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.ops import selftest

    results = selftest.run(app.ctx)
    print(selftest.report(results, app.data_dir))
    return selftest.exit_code(results)
