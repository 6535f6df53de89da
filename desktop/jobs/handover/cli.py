"""Handover subcommands of `madoguchi`.

  handover-list [--date YYYY-MM-DD]                 the day's handovers and walk-in services (counter)
  handover-unclaimed [--due]                        cards waiting to be collected (counter)
  handover-receipt HANDOVER_ID --pdf FILE [--paper a5|a4] [--slip]
                                                    the 受領書 (or the 80 mm 控え) again, as a PDF (counter)
  handover-remind CASE_ID... --pdf FILE             record reminders (再通知) and write the letters (counter)
  handover-dispose (CASE_ID... | --all-due) --pdf FILE --yes
                                                    dispose of due cards (廃棄) and write the list (supervisor)

Writing a PDF of residents' records is audited as an export. Exit codes of this job (besides 0–4):
  50  a card case, handover record or resident was not found
  51  a card is not waiting, or not yet due for disposal under the municipality's rule
  52  the PDF could not be written (the message names the folder; nothing was recorded)
  53  nothing to do (no card is due for disposal)
"""

from __future__ import annotations

import argparse
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
    write_file,
)
from desktop.core.errors import DomainError, NotFound
from desktop.core.staff import Role
from desktop.core.wareki import wareki_short
from desktop.i18n import tr_error, translate

EXIT_NOT_FOUND = 50
EXIT_NOT_DUE = 51
EXIT_WRITE_FAILED = 52
EXIT_NOTHING = 53


def add_subcommands(sub: Any) -> None:
    p = sub.add_parser(
        "handover-list", help=translate("Cli", "list the day's handovers and counter services")
    )
    p.add_argument("--date", type=iso_date, help=translate("Cli", "the day (default: today)"))
    add_login_options(p)
    p.set_defaults(func=run_list)

    p = sub.add_parser("handover-unclaimed", help=translate("Cli", "list the cards waiting to be collected"))
    p.add_argument("--due", action="store_true", help=translate("Cli", "only cards due for disposal"))
    add_login_options(p)
    p.set_defaults(func=run_unclaimed)

    p = sub.add_parser("handover-receipt", help=translate("Cli", "write a handover receipt again as a PDF"))
    p.add_argument("handover_id", metavar="HANDOVER_ID")
    p.add_argument("--pdf", type=Path, required=True, metavar="FILE")
    p.add_argument("--paper", choices=("a5", "a4"), default=None)
    p.add_argument("--slip", action="store_true", help=translate("Cli", "the 80 mm slip instead"))
    add_login_options(p)
    p.set_defaults(func=run_receipt)

    p = sub.add_parser("handover-remind", help=translate("Cli", "record reminders and write the letters"))
    p.add_argument("case_ids", nargs="+", metavar="CASE_ID")
    p.add_argument("--pdf", type=Path, required=True, metavar="FILE")
    add_login_options(p)
    p.set_defaults(func=run_remind)

    p = sub.add_parser(
        "handover-dispose", help=translate("Cli", "dispose of unclaimed cards due under the rule")
    )
    p.add_argument("case_ids", nargs="*", metavar="CASE_ID")
    p.add_argument("--all-due", action="store_true", help=translate("Cli", "every card due today"))
    p.add_argument("--pdf", type=Path, required=True, metavar="FILE")
    p.add_argument("--yes", action="store_true", help=translate("Cli", "confirm the disposal"))
    add_login_options(p)
    p.set_defaults(func=run_dispose)


def run_list(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.jobs.handover.domain.walkin import WalkInService
    from desktop.jobs.handover.store.handovers import handovers_between
    from desktop.jobs.handover.store.walkins import walkins_between
    from desktop.store.people import names_of

    ctx = authenticate(app, args, Role.COUNTER)
    require_office(app)
    day = args.date or ctx.clock.today()
    handovers = handovers_between(ctx, day, day)
    walkins = walkins_between(ctx, day, day)
    names = names_of(ctx, [h.person_id or "" for h in handovers] + [w.person_id or "" for w in walkins])
    from desktop.core.clock import to_local

    rows: list[list[Any]] = []
    for h in handovers:
        kind = translate("Cli", "handover (proxy)") if h.is_proxy else translate("Cli", "handover")
        rows.append([f"{to_local(h.handed_at):%H:%M}", names.get(h.person_id or "", "—"), kind, h.identity_rule,
                     h.terminal, h.id])  # fmt: skip
    for w in walkins:
        rows.append([f"{to_local(w.done_at):%H:%M}", names.get(w.person_id or "", "—"),
                     translate("WalkIn", WalkInService(w.service).label), w.identity_rule, "", w.id])  # fmt: skip
    rows.sort(key=lambda r: str(r[0]))
    headers = [translate("Cli", "Time"), translate("Cli", "Name"), translate("Cli", "Service"),
               translate("Cli", "Identity"), translate("Cli", "Terminal"), translate("Cli", "Record")]  # fmt: skip
    print(format_table(headers, rows))
    return EXIT_OK


def run_unclaimed(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.core.cases import CaseState
    from desktop.jobs.handover.store.unclaimed import unclaimed_cards

    ctx = authenticate(app, args, Role.COUNTER)
    require_office(app)
    cards = unclaimed_cards(ctx)
    if args.due:
        cards = [c for c in cards if c.status.due]
    rows = [[
        c.case_id, c.name or "—", translate("CaseState", CaseState(c.state).label), wareki_short(c.first_notice_on),
        ", ".join(wareki_short(x.sent_on) for x in c.reminders) or "—",
        str(len(c.returned)) if c.returned else "",
        wareki_short(c.status.due_on) if c.status.due_on else
        (translate("Cli", "reminder first") if c.status.needs_reminder else translate("Cli", "kept")),
    ] for c in cards]  # fmt: skip
    headers = [translate("Cli", "Case"), translate("Cli", "Name"), translate("Cli", "State"),
               translate("Cli", "Notice"), translate("Cli", "Reminders"), translate("Cli", "Returned"),
               translate("Cli", "Disposal from")]  # fmt: skip
    print(format_table(headers, rows))
    return EXIT_OK


def run_receipt(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.jobs.handover import documents
    from desktop.jobs.handover.store import printdata
    from desktop.jobs.handover.store.settings import load_print_settings

    ctx = authenticate(app, args, Role.COUNTER)
    require_office(app)
    try:
        data = printdata.receipt_data(ctx, args.handover_id)
    except NotFound as err:
        raise CliExit(EXIT_NOT_FOUND, tr_error(err)) from err
    lh = printdata.letterhead(ctx)
    when = ctx.clock.now()
    if args.slip:
        doc = documents.handover_slip(data, lh, when=when)
    else:
        paper = args.paper or load_print_settings(ctx).paper
        doc = documents.handover_receipt(data, lh, when=when, layout=documents.LAYOUTS[paper])
    write_file(args.pdf, doc.pdf, EXIT_WRITE_FAILED)
    printdata.record_output(ctx, "export", "handover", [args.handover_id], "slip" if args.slip else "receipt")
    print(translate("Cli", "Wrote {file}.").format(file=args.pdf))
    return EXIT_OK


def _case_errors(err: DomainError) -> CliExit:
    code = EXIT_NOT_FOUND if isinstance(err, NotFound) else EXIT_NOT_DUE
    return CliExit(code, tr_error(err))


def run_remind(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.jobs.handover import documents
    from desktop.jobs.handover.store import printdata
    from desktop.jobs.handover.store.unclaimed import record_reminders, unclaimed_cards
    from desktop.store.db import write

    ctx = authenticate(app, args, Role.COUNTER)
    require_office(app)
    waiting = {c.case_id for c in unclaimed_cards(ctx)}
    try:
        with write(ctx.db):
            for case_id in args.case_ids:
                if case_id not in waiting:
                    from desktop.store.cases import get_case

                    get_case(ctx, case_id)  # NotFound (50) for an unknown id
                    raise CliExit(EXIT_NOT_DUE, translate(
                        "Cli", "Card case {case} is not waiting to be collected.").format(case=case_id))  # fmt: skip
            record_reminders(ctx, list(args.case_ids))
            doc = documents.reminder_letters(printdata.reminder_data(ctx, list(args.case_ids)),
                                             printdata.letterhead(ctx), when=ctx.clock.now())  # fmt: skip
            write_file(args.pdf, doc.pdf, EXIT_WRITE_FAILED)  # a failed write rolls the reminders back
            printdata.record_output(ctx, "export", "card_case", args.case_ids, "reminder")
    except DomainError as err:
        raise _case_errors(err) from err
    print(
        translate("Cli", "Recorded {n} reminder(s); wrote {file}.").format(
            n=len(args.case_ids), file=args.pdf
        )
    )
    return EXIT_OK


def run_dispose(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.jobs.handover import documents
    from desktop.jobs.handover.store import printdata
    from desktop.jobs.handover.store.unclaimed import dispose, due_for_disposal
    from desktop.store.db import write

    ctx = authenticate(app, args, Role.SUPERVISOR)
    require_office(app)
    case_ids = list(args.case_ids)
    if args.all_due:
        case_ids = [c.case_id for c in due_for_disposal(ctx)]
        if not case_ids:
            raise CliExit(EXIT_NOTHING, translate("Cli", "No card is due for disposal today."))
    if not case_ids:
        raise CliExit(2, translate("Cli", "Name the card cases to dispose of, or use --all-due."))
    if not args.yes:
        raise CliExit(2, translate("Cli", "Disposal cannot be undone: add --yes to confirm."))
    try:
        with write(ctx.db):
            batch = dispose(ctx, case_ids)
            doc = documents.disposal_list(printdata.disposal_list_data(ctx, batch), printdata.letterhead(ctx),
                                          when=ctx.clock.now())  # fmt: skip
            write_file(args.pdf, doc.pdf, EXIT_WRITE_FAILED)
            printdata.record_output(ctx, "export", "card_case", case_ids, "disposal_list")
    except DomainError as err:
        raise _case_errors(err) from err
    print(translate("Cli", "Disposed of {n} card(s); wrote {file}.").format(n=len(case_ids), file=args.pdf))
    return EXIT_OK
