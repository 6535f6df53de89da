"""`madoguchi photo …`: check a photo file against the rules, store, export or print a case's photo.

    photo check FILE [--json]                      run the checks (no login; the office's rules when
                                                   the data folder has an office, else the defaults)
    photo import CASE_ID FILE [--reason R --note T]   store a photo file on a card case (same checks;
                                                   a failed appearance check needs a reason)
    photo show CASE_ID                             the case's current photo or waiver and its checks
    photo export CASE_ID [--to DIR]                the JPEG for the online application (audited; the
                                                   role set in Settings › Photo, supervisors by default)
    photo sheet CASE_ID --out FILE.pdf             the 4.5 × 3.5 cm photo sheet as PDF (same role)

Exit codes of this job (see desktop/cli.py for the common ones):
  30  a check failed (check; import without an accepted reason)
  31  the file is not a photo that can be read
  32  no such card case, or the case has no photo
  33  refused: the case does not take a photo in its state, the photo cannot be used, or the export
      folder is not set or not available
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.cli_common import (
    EXIT_LOGIN,
    EXIT_OK,
    CliApp,
    CliExit,
    add_login_options,
    authenticate,
    format_table,
)
from desktop.core.errors import DomainError, NotAllowed, NotFound
from desktop.core.staff import Role
from desktop.core.wareki import wareki
from desktop.i18n import tr_error, tr_text, translate
from desktop.jobs.photo.domain import checks as ck
from desktop.jobs.photo.domain.rules import PhotoRules
from desktop.store.context import Context

EXIT_CHECK_FAILED = 30
EXIT_UNREADABLE = 31
EXIT_NOT_FOUND = 32
EXIT_REFUSED = 33

Handler = Callable[[argparse.Namespace, Context], int]


def _code(err: DomainError) -> int:
    from desktop.jobs.photo.domain.imageio import UnreadableImage

    if isinstance(err, UnreadableImage):
        return EXIT_UNREADABLE
    if isinstance(err, NotFound):
        return EXIT_NOT_FOUND
    if isinstance(err, NotAllowed):
        return EXIT_LOGIN
    return EXIT_REFUSED


def _run(handler: Handler) -> Callable[[argparse.Namespace, CliApp], int]:
    def run(args: argparse.Namespace, app: CliApp) -> int:
        ctx = authenticate(app, args, Role.COUNTER)
        try:
            return handler(args, ctx)
        except DomainError as err:
            raise CliExit(_code(err), tr_error(err)) from err

    return run


def add_subcommands(sub: argparse._SubParsersAction[Any]) -> None:
    photo = sub.add_parser("photo", help=translate("Cli", "application photos: check, store, export, print"))
    cmds = photo.add_subparsers(dest="photo_command", metavar="<photo command>", required=True)

    check = cmds.add_parser("check", help=translate("Cli", "check a photo file against the photo rules"))
    check.add_argument("file", metavar="FILE", type=Path)
    check.add_argument("--json", action="store_true", help=translate("Cli", "print the results as JSON"))
    check.set_defaults(func=_check, opens_office=False)

    imp = cmds.add_parser("import", help=translate("Cli", "store a photo file on a card case"))
    imp.add_argument("case_id", metavar="CASE_ID")
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.add_argument("--reason", choices=[r.value for r in ck.OverrideReason],
                     help=translate("Cli", "why a photo that failed a check is accepted"))  # fmt: skip
    imp.add_argument("--note", default="", help=translate("Cli", "the reason in words (needed for 'other')"))
    add_login_options(imp)
    imp.set_defaults(func=_run(_import))

    show = cmds.add_parser("show", help=translate("Cli", "show a card case's photo and its checks"))
    show.add_argument("case_id", metavar="CASE_ID")
    add_login_options(show)
    show.set_defaults(func=_run(_show))

    export = cmds.add_parser("export", help=translate("Cli", "write the JPEG for the online application"))
    export.add_argument("case_id", metavar="CASE_ID")
    export.add_argument("--to", type=Path, metavar="DIR",
                        help=translate("Cli", "folder (default: this PC's export folder)"))  # fmt: skip
    add_login_options(export)
    export.set_defaults(func=_run(_export))

    sheet = cmds.add_parser("sheet", help=translate("Cli", "write the 4.5 × 3.5 cm photo sheet as PDF"))
    sheet.add_argument("case_id", metavar="CASE_ID")
    sheet.add_argument("--out", type=Path, required=True, metavar="FILE")
    add_login_options(sheet)
    sheet.set_defaults(func=_run(_sheet))


def _rules_of(args: argparse.Namespace) -> PhotoRules:
    from desktop.cli_common import open_app
    from desktop.platform.paths import database_path, resolve_data_dir

    if not database_path(resolve_data_dir(getattr(args, "data_dir", None))).exists():
        return PhotoRules()
    app = open_app(args)
    try:
        from desktop.jobs.photo.settings import load_rules

        return load_rules(app.ctx)
    finally:
        app.close()


def _print_checks(checks: tuple[ck.CheckResult, ...]) -> None:
    marks = {ck.Status.PASSED: "OK", ck.Status.FAILED: "NG", ck.Status.NOT_CHECKED: "--"}
    rows = []
    for result in checks:
        label, message, advice = ck.render(result)
        rows.append([marks[result.status], label, message + (f" {advice}" if advice else "")])
    print(format_table([translate("Cli", "Result"), translate("Cli", "Check"), translate("Cli", "Details")], rows))


def _check(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.jobs.photo.domain.analysis import analyze
    from desktop.jobs.photo.domain.imageio import UnreadableImage, read_image_file

    rules = _rules_of(args)
    try:
        image = read_image_file(args.file)
    except UnreadableImage as err:
        raise CliExit(EXIT_UNREADABLE, tr_error(err)) from err
    result = analyze(image, rules)
    if args.json:
        out = {
            "passed": result.passed,
            "width": None if result.image is None else int(result.image.shape[1]),
            "height": None if result.image is None else int(result.image.shape[0]),
            "bytes": None if result.jpeg is None else len(result.jpeg),
            "checks": [dict(c.to_json(), message=ck.render(c)[1], advice=ck.render(c)[2]) for c in result.checks],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        _print_checks(result.checks)
    return EXIT_OK if result.passed else EXIT_CHECK_FAILED


def _import(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.jobs.photo.domain.analysis import analyze
    from desktop.jobs.photo.domain.imageio import read_image_file
    from desktop.jobs.photo.settings import load_rules
    from desktop.jobs.photo.store import save_photo

    result = analyze(read_image_file(args.file), load_rules(ctx))
    _print_checks(result.checks)
    if not result.passed and not args.reason:
        raise CliExit(
            EXIT_CHECK_FAILED,
            translate("Cli", "Not stored: a check failed. Take the photo again, or give --reason if staff accept it."),
        )
    record = save_photo(ctx, args.case_id, result, source="file", reason=args.reason, note=args.note)
    print(translate("Cli", "Stored photo {id} on the card case.").format(id=record.id))
    return EXIT_OK


def _current(ctx: Context, case_id: str) -> Any:
    from desktop.jobs.photo.store import current_photo
    from desktop.store.cases import get_case

    get_case(ctx, case_id)
    record = current_photo(ctx, case_id)
    if record is None:
        raise CliExit(EXIT_NOT_FOUND, translate("Cli", "That card case has no photo yet."))
    return record


def _show(args: argparse.Namespace, ctx: Context) -> int:
    record = _current(ctx, args.case_id)
    if record.waived:
        print(translate("Cli", "No photo: a child under one (waiver recorded {when}).").format(when=wareki(record.taken_on)))
        return EXIT_OK
    print(f"{record.id}  {record.width} × {record.height} px  {record.bytes} B  {record.source}")
    if record.override_reason is not None:
        print(translate("Cli", "Accepted despite failed checks: {reason}").format(reason=tr_text(record.override_reason.label)))
    _print_checks(record.checks)
    return EXIT_OK


def _export(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.jobs.photo.store import export_photo

    record = _current(ctx, args.case_id)
    path = export_photo(ctx, record.id, args.to)
    print(str(path))
    return EXIT_OK


def _sheet(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.jobs.photo.documents import letterhead_for, photo_sheet
    from desktop.jobs.photo.settings import export_role
    from desktop.jobs.photo.store import read_photo, record_sheet_output
    from desktop.security.permissions import require
    from desktop.store.office import load_profile

    require(ctx.actor, export_role(ctx))
    record = _current(ctx, args.case_id)
    data = read_photo(ctx, record.id)
    doc = photo_sheet(data, taken_on=record.taken_on, letterhead=letterhead_for(load_profile(ctx)),
                      when=ctx.clock.now())  # fmt: skip
    doc.save(args.out)
    record_sheet_output(ctx, record.id, "pdf")
    print(str(args.out))
    return EXIT_OK
