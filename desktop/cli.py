"""The `madoguchi` command: `madoguchi [--data-dir DIR] [--lang ja|en] <subcommand> ...`.

Without a subcommand the GUI starts (`desktop.__main__.main`). Subcommands here: `users add | list |
disable | enable | reset-password` and `demo [--seed N]`; the operations subcommands `backup`,
`backup-passphrase`, `restore`, `audit verify | export` and `selftest` (`desktop.ops.cli`, see
docs/OPERATIONS.md); `counts list | void` (supervisors review and correct a day's counts,
`desktop.cli_counts`); each installed job adds its own through
`desktop.jobs.registry` (its `Job.cli(subparsers)`; handlers are `func(args, app: CliApp) -> int`, see
`desktop.cli_common`). Messages follow this PC's language (`ui.json`, as the GUI) (default Japanese) unless
`--lang` says otherwise. Output is UTF-8, also when redirected on Windows.

Passwords never appear on the command line: `--password-stdin` reads the acting user's password from
the first line of standard input (else the environment variable MADOGUCHI_PASSWORD is used), and
`--new-password-stdin` reads a new password from the next line.

Exit codes:
  0   success
  1   failure (a rule said no, a file or database problem; the message says what to do)
  2   usage error (unknown subcommand or option; argparse)
  3   no office: no database in the data folder, no office profile, or the database refused
      (written by a newer Madoguchi, damaged, or the data folder is on a network share)
  4   login failed (unknown user, wrong or missing password, disabled or locked account) or the
      role does not allow the subcommand
  10+ job-specific codes; each job documents its codes in its own cli module and lists them here:
      10-13 booking (desktop/jobs/booking/cli.py)
      20-29 card reader (desktop/jobs/cardreader/cli.py)
      30-39 photo (desktop/jobs/photo/cli.py)
      40-46 arrival and mailing (desktop/jobs/mailing/cli.py)
      50-53 handover (desktop/jobs/handover/cli.py)
      60-61 reports (desktop/jobs/reports/cli.py)
      70-79 application assistance (desktop/jobs/assist/cli.py)
      80-87 operations (desktop/ops/cli.py): 80 backup failed, 81 backup passphrase problem,
            82 restore refused while Madoguchi's window is open, 83 not a backup or wrong passphrase,
            84 damaged backup, 85 backup from a newer Madoguchi, 86 audit trail broken,
            87 selftest errors
  130 interrupted (Ctrl+C)
"""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import sys
from collections.abc import Sequence

from desktop import APP_NAME, __version__
from desktop.cli_common import (
    EXIT_FAILURE,
    EXIT_LOGIN,
    EXIT_OK,
    CliApp,
    CliExit,
    add_login_options,
    authenticate,
    eprint,
    format_table,
    open_app,
    read_stdin_line,
    stored_language,
)
from desktop.core.errors import DomainError, NotAllowed
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.staff import Role
from desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES, language, set_language, tr_error, translate
from desktop.platform.paths import resolve_data_dir
from desktop.security.auth import LoginFailed

log = logging.getLogger(__name__)


def _utf8_stdio() -> None:
    """Make stdin/stdout/stderr UTF-8 (Windows uses the ANSI code page when output is redirected)."""
    for stream in (sys.stdout, sys.stderr, sys.stdin):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if stream is None or encoding == "utf8" or not hasattr(stream, "reconfigure"):
            continue
        with contextlib.suppress(ValueError, OSError, io.UnsupportedOperation):
            errors = "strict" if stream is sys.stdin else "backslashreplace"
            stream.reconfigure(encoding="utf-8", errors=errors)


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate("Cli", "the office's data folder (default: the user data folder)"),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=translate("Cli", "language of messages (default: the office setting)"),
    )


def build_parser() -> argparse.ArgumentParser:
    """The full parser (translated in the current language): global options, users, demo and the jobs'."""
    from desktop.jobs.registry import jobs

    parser = argparse.ArgumentParser(
        prog="madoguchi",
        allow_abbrev=False,
        description=translate(
            "Cli", "Madoguchi: the My Number Card counter. Without a command the application starts."
        ),
    )
    _global_options(parser)
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=translate("Cli", "show the version and exit"),
    )
    sub = parser.add_subparsers(dest="command", metavar="<command>", title=translate("Cli", "commands"))
    _users_commands(sub)
    demo = sub.add_parser(
        "demo",
        help=translate("Cli", "create a demo office with three months of activity and print its logins"),
    )
    demo.add_argument(
        "--seed", type=int, default=1, help=translate("Cli", "random seed (same seed, same demo)")
    )
    demo.set_defaults(func=_run_demo, opens_office=False)
    from desktop.ops.cli import add_subcommands as ops_subcommands

    ops_subcommands(sub)
    from desktop.cli_counts import add_subcommands as counts_subcommands

    counts_subcommands(sub)
    for job in jobs():
        if job.cli is not None:
            job.cli(sub)
    return parser


def _users_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    users = sub.add_parser("users", help=translate("Cli", "manage staff accounts (administrators)"))
    commands = users.add_subparsers(dest="users_command", metavar="<users command>", required=True)

    add = commands.add_parser(
        "add",
        help=translate("Cli", "add a staff account (without --user only while there is no administrator)"),
    )
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--name", required=True, help=translate("Cli", "the staff member's name as shown"))
    add.add_argument("--role", required=True, choices=[r.key for r in Role], help=translate("Cli", "role"))
    _new_password_option(add)
    add_login_options(add)
    add.set_defaults(func=_users_add, creates_office=True)

    lst = commands.add_parser("list", help=translate("Cli", "list the staff accounts"))
    add_login_options(lst)
    lst.set_defaults(func=_users_list)

    for name, active, text in (
        ("disable", False, translate("Cli", "disable a staff account (it can no longer log in)")),
        ("enable", True, translate("Cli", "enable a staff account again (also unlocks it)")),
    ):
        p = commands.add_parser(name, help=text)
        p.add_argument("login", metavar="LOGIN")
        add_login_options(p)
        p.set_defaults(func=_users_set_active, active=active)

    reset = commands.add_parser(
        "reset-password", help=translate("Cli", "set a new password for a staff account (also unlocks it)")
    )
    reset.add_argument("login", metavar="LOGIN")
    _new_password_option(reset)
    add_login_options(reset)
    reset.set_defaults(func=_users_reset_password)


def _new_password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-password-stdin",
        action="store_true",
        required=True,
        help=translate(
            "Cli",
            "read the new password from standard input (the line after --user's password, if that is read too)",
        ),
    )


def _role_label(role: Role) -> str:
    return translate("Role", role.label)


def _users_add(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.store import staff

    ctx = app.ctx
    if args.user:
        ctx = authenticate(app, args, Role.ADMIN if staff.has_admin(app.ctx) else Role.COUNTER)
    elif staff.has_admin(app.ctx):
        raise CliExit(
            EXIT_LOGIN,
            translate(
                "Cli",
                "An administrator already exists: add staff with --user LOGIN of an administrator and "
                "that administrator's password.",
            ),
        )
    password = read_stdin_line()
    staff.add_staff(ctx, args.login, args.name, Role.from_key(args.role), password)
    print(
        translate("Cli", "Added {login} ({name}) as {role}.").format(
            login=args.login, name=args.name, role=_role_label(Role.from_key(args.role))
        )
    )
    return EXIT_OK


def _users_list(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.core.clock import parse_utc, to_local
    from desktop.store import staff

    ctx = authenticate(app, args, Role.ADMIN)
    rows = []
    for m in staff.list_staff(ctx):
        if not m.active:
            status = translate("Cli", "disabled")
        elif m.locked_until is not None and parse_utc(m.locked_until) > ctx.clock.now():
            status = translate("Cli", "locked")
        else:
            status = translate("Cli", "active")
        last = to_local(parse_utc(m.last_login_at)).strftime("%Y-%m-%d %H:%M") if m.last_login_at else "-"
        rows.append([m.login, m.display_name, _role_label(m.role), status, last])
    headers = [
        translate("Cli", "Login"),
        translate("Cli", "Name"),
        translate("Cli", "Role"),
        translate("Cli", "Status"),
        translate("Cli", "Last login"),
    ]
    print(format_table(headers, rows))
    return EXIT_OK


def _users_set_active(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.store import staff

    ctx = authenticate(app, args, Role.ADMIN)
    staff.set_active(ctx, args.login, args.active)
    if args.active:
        print(translate("Cli", "Enabled {login}.").format(login=args.login))
    else:
        print(translate("Cli", "Disabled {login}.").format(login=args.login))
    return EXIT_OK


def _users_reset_password(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.store import staff

    ctx = authenticate(app, args, Role.ADMIN)
    staff.reset_password(ctx, args.login, read_stdin_line())
    print(translate("Cli", "Set a new password for {login}.").format(login=args.login))
    return EXIT_OK


def _run_demo(args: argparse.Namespace, app: CliApp) -> int:
    import importlib

    demo = importlib.import_module("desktop.demo")  # written by the lead; run(data_dir, seed, out) -> int
    return int(demo.run(app.data_dir, args.seed, sys.stdout))


def _choose_language(argv: Sequence[str]) -> tuple[str | None, str]:
    """(--data-dir, language) from the global options, before the full (translated) parser exists."""
    pre = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    _global_options(pre)
    try:
        known, _rest = pre.parse_known_args(list(argv))
    except SystemExit:  # a bad --lang: the full parser reports it with exit code 2
        return None, DEFAULT_LANGUAGE
    lang = known.lang or stored_language(resolve_data_dir(known.data_dir)) or DEFAULT_LANGUAGE
    return known.data_dir, lang


# argparse's own words (usage, help, errors), marked so lupdate extracts them; argparse looks them up
# through its module-level `_`/`ngettext`, which `_translate_argparse` points at our catalogue.
_ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
)


def _translate_argparse() -> None:
    """Let argparse speak the chosen language (it calls its module globals `_` and `ngettext`)."""
    argparse._ = lambda text: translate("argparse", text)  # type: ignore[attr-defined]
    argparse.ngettext = lambda one, many, n: translate("argparse", one if n == 1 else many)  # type: ignore[attr-defined]


def main(argv: Sequence[str] | None = None) -> int:
    """The console script `madoguchi`; returns the exit code (see the module docstring)."""
    _utf8_stdio()
    args_list = list(sys.argv[1:] if argv is None else argv)
    previous = language()
    try:
        return _main(argv, args_list)
    finally:
        set_language(previous)


def _main(argv: Sequence[str] | None, args_list: list[str]) -> int:
    _data_dir, lang = _choose_language(args_list)
    set_language(lang)
    _translate_argparse()
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # --help, --version (0) and usage errors (2)
        return exc.code if isinstance(exc.code, int) else EXIT_FAILURE
    if args.command is None:
        from desktop.__main__ import main as gui_main  # the GUI bootstrap; imports Qt

        return int(gui_main(None if argv is None else list(argv)) or 0)
    return _dispatch(args, lang)


def _dispatch(args: argparse.Namespace, lang: str) -> int:
    from desktop.logs import setup_logging, teardown_logging
    from desktop.tasks.failures import describe

    app: CliApp | None = None
    handler: logging.Handler | None = None
    try:
        if getattr(args, "opens_office", True):
            app = open_app(args)
        else:
            from desktop.cli_common import refuse_network_folder

            app = CliApp(data_dir=resolve_data_dir(args.data_dir), lang=lang)
            refuse_network_folder(app.data_dir)
            app.data_dir.mkdir(parents=True, exist_ok=True)
        handler = setup_logging(app.data_dir)
        log.info("command %s", " ".join(filter(None, [args.command, getattr(args, "users_command", None)])))
        return int(args.func(args, app))
    except CliExit as exc:
        if exc.message:
            eprint(exc.message)
        return exc.code
    except (NotAllowed, LoginFailed) as err:
        eprint(tr_error(err))
        return EXIT_LOGIN
    except DomainError as err:
        eprint(tr_error(err))
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        log.exception("command %s failed", args.command)
        eprint(describe(exc)[1])
        return EXIT_FAILURE
    finally:
        try:
            if app is not None:
                app.close()
        finally:
            if handler is not None:
                teardown_logging(handler)


if __name__ == "__main__":
    sys.exit(main())
