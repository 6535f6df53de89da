"""`madoguchi report …`: the count kinds, the monthly count sheets and the follow-up table as files.

    madoguchi report counts
    madoguchi report monthly --month 2026-11 [--count handover] --format pdf|csv|xlsx
                             [--encoding utf-8-sig|cp932] --out FILE
    madoguchi report plan --fiscal-year 2026|R8 --format pdf|csv|xlsx [--encoding …] --out FILE

Without `--count` the monthly sheet holds every count kind per day. Reports hold no personal data, so
`--user` is optional; when it is given the staff member logs in and the export is audited. Progress
goes to stderr; the file is written whole or not at all.

Exit codes (besides 0, 1, 2 usage — also a bad month, year or count kind — 3 no office profile, and
4 login, see desktop/cli.py):
  60  the output file cannot be written (no such folder, no permission, disk full)
  61  the CSV encoding cannot hold a character of the report (choose utf-8-sig)
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli_common import (
    EXIT_NO_OFFICE,
    EXIT_OK,
    EXIT_USAGE,
    CliApp,
    CliExit,
    add_login_options,
    authenticate,
    eprint,
    format_table,
    require_office,
)
from desktop.core.errors import DomainError
from desktop.core.staff import Role
from desktop.i18n import tr_error, tr_text, translate

EXIT_CANNOT_WRITE = 60
EXIT_CANNOT_ENCODE = 61


def add_subcommands(sub: argparse._SubParsersAction[Any]) -> None:
    from desktop.jobs.reports.exports import ENCODINGS, FORMATS

    report = sub.add_parser("report", help=translate("Cli", "count sheets and the issuance plan follow-up"))
    commands = report.add_subparsers(dest="report_command", metavar="<report command>", required=True)

    counts = commands.add_parser("counts", help=translate("Cli", "list the count kinds"))
    counts.set_defaults(func=run_counts)

    monthly = commands.add_parser("monthly", help=translate("Cli", "write the monthly count sheet"))
    monthly.add_argument("--month", required=True, metavar="YYYY-MM", help=translate("Cli", "the month"))
    monthly.add_argument(
        "--count", metavar="KIND", help=translate("Cli", "one count kind (without it: every kind per day)")
    )
    plan = commands.add_parser("plan", help=translate("Cli", "write the issuance plan follow-up table"))
    plan.add_argument(
        "--fiscal-year", required=True, metavar="YYYY",
        help=translate("Cli", "the year the fiscal year starts (2026 = 2026-04 to 2027-03; R8 also works)"),
    )  # fmt: skip
    for p, func in ((monthly, run_monthly), (plan, run_plan)):
        p.add_argument("--format", required=True, choices=FORMATS, help=translate("Cli", "file format"))
        p.add_argument(
            "--encoding", choices=ENCODINGS, default="utf-8-sig",
            help=translate("Cli", "CSV encoding: utf-8-sig (UTF-8 with BOM) or cp932 (Shift_JIS)"),
        )  # fmt: skip
        p.add_argument("--out", required=True, metavar="FILE", help=translate("Cli", "the file to write"))
        add_login_options(p)
        p.set_defaults(func=func)


def _usage(err: DomainError) -> CliExit:
    return CliExit(EXIT_USAGE, tr_error(err))


def _ready(app: CliApp, args: argparse.Namespace) -> Any:
    """The Context to work with (as --user when given) after checking the office exists."""
    require_office(app)
    from desktop.store.office import load_profile

    if load_profile(app.ctx) is None:
        raise CliExit(
            EXIT_NO_OFFICE,
            translate("Cli", "This data folder has no office profile yet. Start Madoguchi once to set up the office."),
        )
    if getattr(args, "user", None):
        return authenticate(app, args, Role.COUNTER)
    return app.ctx


def run_counts(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.jobs.reports import service

    require_office(app)
    rows = [[k.key, tr_text(k.label)] for k in service.count_kinds(app.ctx)]
    print(format_table([translate("Cli", "Key"), translate("Cli", "Count")], rows))
    return EXIT_OK


def _progress(text: str) -> None:
    eprint(text)


def run_monthly(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.jobs.reports import documents, service, tables
    from desktop.jobs.reports.domain.periods import parse_month

    try:
        month = parse_month(args.month)
        kind = service.kind_named(args.count) if args.count else None
    except DomainError as err:
        raise _usage(err) from err
    ctx = _ready(app, args)
    _progress(translate("Cli", "Counting {month}…").format(month=month.label))
    head = service.letterhead(ctx)
    today, now = ctx.clock.today(), ctx.clock.now()
    if kind is None:
        every = service.all_kinds_sheet(ctx, month)
        grid = tables.all_kinds_grid(every, head.signature, today)

        def pdf() -> bytes:
            return documents.all_kinds_pdf(every, head, now).pdf
    else:
        sheet = service.monthly_sheet(ctx, month, kind.key)
        grid = tables.monthly_grid(sheet, head.signature, today)

        def pdf() -> bytes:
            return documents.monthly_sheet_pdf(sheet, head, now).pdf
    detail = f"monthly {month.key} {kind.key if kind else 'all'} {args.format}"
    return _write(ctx, args, grid, pdf, detail)


def run_plan(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.jobs.reports import documents, service, tables
    from desktop.jobs.reports.domain.periods import parse_fiscal_year

    try:
        year = parse_fiscal_year(args.fiscal_year)
    except DomainError as err:
        raise _usage(err) from err
    ctx = _ready(app, args)
    _progress(translate("Cli", "Counting {year}…").format(year=year.label))
    head = service.letterhead(ctx)
    table = service.plan_table(ctx, year)
    today, now = ctx.clock.today(), ctx.clock.now()
    grid = tables.plan_grid(table, head.signature, today)
    return _write(ctx, args, grid, lambda: documents.plan_pdf(table, head, now, today).pdf,
                  f"plan {year.start_year} {args.format}")


def _write(ctx: Any, args: argparse.Namespace, grid: Any, pdf: Any, detail: str) -> int:
    from desktop.jobs.reports import exports
    from desktop.store import audit

    if args.format == "pdf":
        data = pdf()
    elif args.format == "xlsx":
        data = exports.to_xlsx(grid, ctx.clock.now())
    else:
        try:
            data = exports.to_csv(grid, args.encoding)
        except exports.CannotEncode as err:
            raise CliExit(EXIT_CANNOT_ENCODE, tr_error(err)) from err
        detail += f" {args.encoding}"
    out = Path(args.out)
    _progress(translate("Cli", "Writing {file}…").format(file=out))
    try:
        exports.write_file(out, data)
    except exports.CannotWrite as err:
        raise CliExit(EXIT_CANNOT_WRITE, tr_error(err)) from err
    if getattr(args, "user", None):
        audit.record(ctx, "export", "report", None, detail)
    print(translate("Cli", "Wrote {file}.").format(file=out))
    return EXIT_OK
