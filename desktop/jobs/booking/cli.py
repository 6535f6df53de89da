"""`madoguchi bookings …`: import and export reservations, the next free slot, a day's bookings, the
day-before call list, no-show marking and the session rules.

    madoguchi bookings import FILE.csv --mapping MAP.toml [--dry-run]      (counter staff)
    madoguchi bookings export --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.csv
                              [--encoding utf-8-sig|cp932] [--mapping MAP.toml]   (supervisors)
    madoguchi bookings next --service handover [--party 2] [--from YYYY-MM-DD]
    madoguchi bookings list --date YYYY-MM-DD
    madoguchi bookings call-list --date YYYY-MM-DD [--out FILE.csv --encoding …]  (--out: supervisors)
    madoguchi bookings mark-no-shows
    madoguchi bookings apply-rules [--until YYYY-MM-DD]                     (administrators)

Every subcommand needs `--user LOGIN` and the password (see `desktop.cli_common`). The sample mapping
is `desktop/jobs/booking/samples/mapping.toml`; export uses it unless `--mapping` names another.

Exit codes of the booking job (besides 0–4 of `desktop.cli`):
  10  import refused: some rows cannot be booked (each listed with its line number); nothing written
  11  export refused: some characters cannot be written in CP932 (rows listed); nothing written
  12  the CSV or mapping file cannot be read or used (missing, not UTF-8/CP932, bad TOML, columns)
  13  no free slot for the service in the booking window
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import Any

from desktop.cli_common import (
    EXIT_OK,
    CliApp,
    CliExit,
    add_login_options,
    authenticate,
    format_table,
    iso_date,
    require_office,
)
from desktop.core.errors import DomainError
from desktop.core.staff import Role
from desktop.core.wareki import with_weekday
from desktop.i18n import tr_error, tr_text, translate

EXIT_IMPORT_REFUSED = 10
EXIT_EXPORT_REFUSED = 11
EXIT_BAD_FILE = 12
EXIT_NO_SLOT = 13


def add_subcommands(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("bookings", help=translate("Cli", "appointment bookings (交付予約)"))
    commands = parser.add_subparsers(dest="bookings_command", metavar="<bookings command>", required=True)

    p = commands.add_parser("import", help=translate("Cli", "import reservations from a CSV file"))
    p.add_argument("file", type=Path, metavar="FILE.csv")
    p.add_argument("--mapping", type=Path, required=True, metavar="MAP.toml",
                   help=translate("Cli", "the column mapping (see samples/mapping.toml)"))  # fmt: skip
    p.add_argument("--dry-run", action="store_true", help=translate("Cli", "check every row, write nothing"))
    add_login_options(p)
    p.set_defaults(func=run_import)

    p = commands.add_parser("export", help=translate("Cli", "export bookings to a CSV file"))
    p.add_argument("--from", dest="start", type=iso_date, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", type=iso_date, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.csv")
    p.add_argument("--encoding", choices=("utf-8-sig", "cp932"), default="utf-8-sig")
    p.add_argument("--mapping", type=Path, metavar="MAP.toml")
    add_login_options(p)
    p.set_defaults(func=run_export)

    p = commands.add_parser("next", help=translate("Cli", "the next free slot for a service"))
    p.add_argument("--service", required=True)
    p.add_argument("--party", type=int, default=1)
    p.add_argument("--from", dest="start", type=iso_date, metavar="YYYY-MM-DD")
    add_login_options(p)
    p.set_defaults(func=run_next)

    p = commands.add_parser("list", help=translate("Cli", "the bookings of a day"))
    p.add_argument("--date", dest="day", type=iso_date, required=True, metavar="YYYY-MM-DD")
    add_login_options(p)
    p.set_defaults(func=run_list)

    p = commands.add_parser("call-list", help=translate("Cli", "the day-before call list (names, phone, time)"))
    p.add_argument("--date", dest="day", type=iso_date, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--out", type=Path, metavar="FILE.csv", help=translate("Cli", "write it as CSV"))
    p.add_argument("--encoding", choices=("utf-8-sig", "cp932"), default="utf-8-sig")
    add_login_options(p)
    p.set_defaults(func=run_call_list)

    p = commands.add_parser("mark-no-shows", help=translate("Cli", "mark booked residents who did not come"))
    add_login_options(p)
    p.set_defaults(func=run_mark)

    p = commands.add_parser("apply-rules", help=translate("Cli", "write the session rules into the calendar"))
    p.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD")
    add_login_options(p)
    p.set_defaults(func=run_apply_rules)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CliExit(EXIT_BAD_FILE, translate("Cli", "Cannot read {file}: {reason}").format(
            file=path, reason=exc.strerror or exc)) from None  # fmt: skip


def _mapping(path: Path | None) -> Any:
    from desktop.core.services import SERVICE_KEYS
    from desktop.jobs.booking.domain.transfer import SAMPLE_MAPPING, load_mapping

    source = path or SAMPLE_MAPPING
    data = _read(source)
    try:
        return load_mapping(data.decode("utf-8-sig"), SERVICE_KEYS)
    except UnicodeDecodeError:
        raise CliExit(EXIT_BAD_FILE, translate("Cli", "The mapping file must be UTF-8 text.")) from None
    except DomainError as err:
        raise CliExit(EXIT_BAD_FILE, tr_error(err)) from None


def _write_atomic(path: Path, data: bytes) -> None:
    path = path.resolve()
    fd, tmp = tempfile.mkstemp(prefix=".madoguchi-", suffix=".tmp", dir=str(path.parent))
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run_import(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.jobs.booking.store.transfer import import_bookings

    ctx = authenticate(app, args, Role.COUNTER)
    require_office(app)
    mapping = _mapping(args.mapping)
    data = _read(args.file)
    try:
        report = import_bookings(ctx, data, mapping, dry_run=args.dry_run)
    except DomainError as err:  # not UTF-8/CP932, no header, a mapped column missing
        raise CliExit(EXIT_BAD_FILE, tr_error(err)) from None
    for row_error in report.errors:
        print(translate("Cli", "Line {line}: {message}").format(line=row_error.line, message=tr_error(row_error)))
    summary = translate(
        "Cli", "{rows} rows ({encoding}): {added} bookings to add, {people} new residents, {old} already imported."
    ).format(rows=report.rows, encoding=report.encoding, added=report.bookings_added,
             people=report.people_added, old=report.already_imported)  # fmt: skip
    print(summary)
    if report.errors:
        print(translate("Cli", "Nothing was written: correct the rows above and import the file again."))
        return EXIT_IMPORT_REFUSED
    print(translate("Cli", "Dry run: nothing was written.") if args.dry_run else translate("Cli", "Imported."))
    return EXIT_OK


def run_export(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.jobs.booking.store.transfer import export_bookings

    ctx = authenticate(app, args, Role.SUPERVISOR)
    require_office(app)
    mapping = _mapping(args.mapping)
    try:
        data, count = export_bookings(ctx, args.start, args.end, mapping, encoding=args.encoding)
    except DomainError as err:
        raise CliExit(EXIT_EXPORT_REFUSED, tr_error(err)) from None
    _write_atomic(args.out, data)
    print(translate("Cli", "Wrote {count} rows to {file}.").format(count=count, file=args.out))
    return EXIT_OK


def run_next(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.jobs.booking.store.availability import next_free_slot

    ctx = authenticate(app, args, Role.COUNTER)
    require_office(app)
    slot = next_free_slot(ctx, args.service, args.party, from_day=args.start)
    if slot is None:
        raise CliExit(EXIT_NO_SLOT, translate("Cli", "No free slot in the booking window."))
    print(f"{with_weekday(slot.day)} {slot.start:%H:%M}–{slot.end:%H:%M} ({slot.day.isoformat()})")
    return EXIT_OK


def _service_label(ctx: Any, key: str) -> str:
    from desktop.store.visits import configured_services

    services = configured_services(ctx)
    return tr_text(services[key].label) if key in services else key


def _rows(ctx: Any, found: list[Any]) -> list[list[str]]:
    return [[f"{b.start:%H:%M}", " / ".join(b.names) or b.name, b.kana, b.phone, _service_label(ctx, b.service),
             str(b.party_size)] for b in found]  # fmt: skip


def _headers() -> list[str]:
    return [translate("Cli", "Time"), translate("Cli", "Name"), translate("Cli", "Furigana"),
            translate("Cli", "Phone"), translate("Cli", "Service"), translate("Cli", "People")]  # fmt: skip


def run_list(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.jobs.booking.store.search import bookings_on

    ctx = authenticate(app, args, Role.COUNTER)
    require_office(app)
    print(format_table(_headers(), _rows(ctx, bookings_on(ctx, args.day))))
    return EXIT_OK


def run_call_list(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.jobs.booking.domain.transfer import encode_csv
    from desktop.jobs.booking.store.search import call_list
    from desktop.store import audit

    needed = Role.SUPERVISOR if args.out else Role.COUNTER
    ctx = authenticate(app, args, needed)
    require_office(app)
    found = call_list(ctx, args.day)
    if args.out is None:
        print(format_table(_headers(), _rows(ctx, found)))
        return EXIT_OK
    try:
        data = encode_csv(_headers(), _rows(ctx, found), args.encoding)
    except DomainError as err:
        raise CliExit(EXIT_EXPORT_REFUSED, tr_error(err)) from None
    _write_atomic(args.out, data)
    audit.record(ctx, "export", "booking", None, f"call_list day={args.day.isoformat()} rows={len(found)}")
    print(translate("Cli", "Wrote {count} rows to {file}.").format(count=len(found), file=args.out))
    return EXIT_OK


def run_mark(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.jobs.booking.store.board import mark_no_shows

    ctx = authenticate(app, args, Role.COUNTER)
    require_office(app)
    print(translate("Cli", "Marked {count} no-shows.").format(count=mark_no_shows(ctx)))
    return EXIT_OK


def run_apply_rules(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.jobs.booking.store.rules import apply_rules

    ctx = authenticate(app, args, Role.ADMIN)
    require_office(app)
    added = apply_rules(ctx, args.until)
    print(translate("Cli", "Added {count} sessions to the calendar.").format(count=added))
    return EXIT_OK
