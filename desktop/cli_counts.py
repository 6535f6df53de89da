"""`madoguchi counts`: review one day's count entries and cancel a wrong one (supervisors).

    madoguchi counts list --date YYYY-MM-DD [--kind KIND] --user LOGIN
        the day's count entries: id, time (Japan time), count, staff, value, counted / cancelled (reason)
    madoguchi counts void EVENT_ID --reason TEXT --user LOGIN
        cancel a count that still counts (a handover entered twice, a count on the wrong day); the
        monthly figures drop by one. The correction is audited and cannot be undone here.

The same as 集計 › Count corrections in the application (`desktop.store.events.day_entries` /
`correct_count`). Exit codes: 0 done, 1 refused (no such entry, already cancelled, no reason, the
reason looks like an Individual Number), 2 usage, 3 no office, 4 login failed or not a supervisor.
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli_common import EXIT_OK, CliApp, add_login_options, authenticate, format_table, iso_date
from desktop.core.staff import Role
from desktop.i18n import translate


def _exit_codes() -> str:
    return translate(
        "Cli",
        "exit codes: 0 done, 1 refused (the message says why), 2 usage error, 3 no office, "
        "4 login failed or not a supervisor",
    )


def add_subcommands(sub: argparse._SubParsersAction[Any]) -> None:
    from desktop.store.events import known_kinds

    counts = sub.add_parser(
        "counts",
        help=translate("Cli", "review a day's count entries and cancel a wrong one (supervisor)"),
        epilog=_exit_codes(),
    )
    commands = counts.add_subparsers(dest="counts_command", metavar="<counts command>", required=True)

    lst = commands.add_parser(
        "list",
        help=translate("Cli", "list one day's count entries, whether each still counts and why not"),
        epilog=_exit_codes(),
    )
    lst.add_argument("--date", dest="day", metavar="YYYY-MM-DD", type=iso_date, required=True,
                     help=translate("Cli", "the business day (Japan time)"))  # fmt: skip
    lst.add_argument("--kind", metavar="KIND", choices=[k.key for k in known_kinds()],
                     help=translate("Cli", "only this count kind (its key, e.g. handover)"))  # fmt: skip
    add_login_options(lst)
    lst.set_defaults(func=run_list)

    void = commands.add_parser(
        "void",
        help=translate("Cli", "cancel a count that still counts; the monthly figures drop by one"),
        epilog=_exit_codes(),
    )
    void.add_argument("event_id", metavar="EVENT_ID", help=translate("Cli", "the entry's id from 'counts list'"))
    void.add_argument("--reason", required=True, metavar="TEXT",
                      help=translate("Cli", "why the count is cancelled (required, up to 200 characters)"))  # fmt: skip
    add_login_options(void)
    void.set_defaults(func=run_void)


def _kind_labels() -> dict[str, str]:
    from desktop.i18n import tr_text
    from desktop.store.events import known_kinds

    return {k.key: tr_text(k.label) for k in known_kinds()}


def run_list(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.core.clock import to_local
    from desktop.store.events import day_entries

    ctx = authenticate(app, args, Role.SUPERVISOR)
    entries = day_entries(ctx, args.day, args.kind)
    if not entries:
        print(translate("Cli", "No count entries on {date}.").format(date=args.day.isoformat()))
        return EXIT_OK
    labels = _kind_labels()
    rows = []
    for entry in entries:
        e = entry.event
        if entry.counts:
            state = translate("Cli", "counted")
        else:
            state = translate("Cli", "cancelled ({reason})").format(reason=entry.reason)
        value = "" if e.value is None else str(e.value)
        rows.append([e.id, to_local(e.at).strftime("%H:%M"), labels.get(e.kind, e.kind), entry.staff_name or "-",
                     value, state])  # fmt: skip
    headers = [
        translate("Cli", "ID"),
        translate("Cli", "Time"),
        translate("Cli", "Count"),
        translate("Cli", "Staff"),
        translate("Cli", "Value"),
        translate("Cli", "Status"),
    ]
    print(format_table(headers, rows))
    return EXIT_OK


def run_void(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.store.events import correct_count, get_event

    ctx = authenticate(app, args, Role.SUPERVISOR)
    correct_count(ctx, args.event_id, args.reason)
    event = get_event(ctx, args.event_id)
    print(translate("Cli", "Cancelled the count {id} ({kind}, {date}).").format(
        id=event.id, kind=_kind_labels().get(event.kind, event.kind), date=event.business_date.isoformat()))  # fmt: skip
    return EXIT_OK
