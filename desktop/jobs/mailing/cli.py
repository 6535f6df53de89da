"""`madoguchi mailing …`: card arrival, notices, mailing batches, results, follow-ups and figures.

    mailing arrive APPLICATION_ID             a card arrived (its 申請書ID, scanned or typed)
    mailing setup APPLICATION_ID…             the 交付前設定 of these cards is done
    mailing notice APPLICATION_ID RESERVATION [--date D]    the 交付通知書 was sent
    mailing ready                             cards ready for a notice and for mailing
    mailing batch new [--all-ready | APPLICATION_ID…]       a new mailing batch
    mailing batch show N                      a batch and its items
    mailing batch tracking N POSITION NUMBER  a tracking number for item POSITION of batch N
    mailing batch send N [--date D]           batch N went to the post office
    mailing batch print N KIND --out FILE     mailing list | labels | letters as PDF (supervisors)
    mailing delivered TRACKING [--date D] / mailing returned TRACKING REASON [--note T] [--date D]
    mailing invite TRACKING… --out FILE       invitations as PDF (supervisors); the cards count as invited
    mailing followups [--days N] [--check]    what needs chasing
    mailing figures [--from YYYY-MM] [--to YYYY-MM]         monthly figures

Every subcommand needs a staff login (--user, password on stdin or in MADOGUCHI_PASSWORD); writing a PDF
with residents' data needs a supervisor. Exit codes of this job (see desktop/cli.py for the common ones):
  40  no such card case, batch or item (application ID, batch number, position, tracking number)
  41  the card case may not move that way (its state or delivery route does not allow it)
  42  duplicate: the tracking or reservation number is already used, or the card was already registered
  43  invalid value: tracking number, reservation number, application ID, date, reason or month
  44  no postage is set for the delivery method on the date sent
  45  the batch cannot be sent yet (empty, or tracking numbers missing)
  46  `followups --check`: there are items to chase
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cli_common import EXIT_OK, CliApp, CliExit, add_login_options, authenticate, format_table
from desktop.core.errors import Conflict, DomainError, InvalidTransition, NotFound
from desktop.core.staff import Role
from desktop.i18n import tr_error, tr_text, translate
from desktop.store.context import Context

EXIT_NOT_FOUND = 40
EXIT_REFUSED = 41
EXIT_DUPLICATE = 42
EXIT_INVALID = 43
EXIT_NO_POSTAGE = 44
EXIT_INCOMPLETE = 45
EXIT_FOLLOWUPS = 46

Handler = Callable[[argparse.Namespace, Context], int]


def _code(err: DomainError) -> int:
    from desktop.jobs.mailing.domain import BatchIncomplete, PostageNotSet

    if isinstance(err, PostageNotSet):
        return EXIT_NO_POSTAGE
    if isinstance(err, BatchIncomplete):
        return EXIT_INCOMPLETE
    if isinstance(err, NotFound):
        return EXIT_NOT_FOUND
    if isinstance(err, Conflict):
        return EXIT_DUPLICATE
    if isinstance(err, InvalidTransition):  # the transition table, or the card's route (WrongRoute)
        return EXIT_REFUSED
    return EXIT_INVALID


def _run(needed: Role, handler: Handler) -> Callable[[argparse.Namespace, CliApp], int]:
    def run(args: argparse.Namespace, app: CliApp) -> int:
        ctx = authenticate(app, args, needed)
        try:
            return handler(args, ctx)
        except DomainError as err:
            raise CliExit(_code(err), tr_error(err)) from err
        except ValueError as err:
            raise CliExit(EXIT_INVALID, str(err)) from err

    return run


def _date(text: str) -> date:
    from desktop.core.wareki import parse_date

    try:
        return parse_date(text)
    except DomainError as err:
        raise argparse.ArgumentTypeError(tr_error(err)) from err


def _month(text: str) -> date:
    try:
        year, month = text.split("-")
        return date(int(year), int(month), 1)
    except ValueError as err:
        raise argparse.ArgumentTypeError(translate("Cli", "a month is written YYYY-MM, e.g. 2026-11")) from err


def _case_by_app_id(ctx: Context, application_id: str) -> str:
    from desktop.store.cases import find_by_application_id

    found = find_by_application_id(ctx, application_id)
    if not found:
        raise CliExit(EXIT_NOT_FOUND, translate("Cli", "No card case has the application ID {id}.").format(
            id=application_id))
    return found[0].id


def _item_by_tracking(ctx: Context, number: str) -> Any:
    from desktop.jobs.mailing.store.batches import find_by_tracking

    item = find_by_tracking(ctx, number)
    if item is None:
        raise CliExit(EXIT_NOT_FOUND, translate("Cli", "No mailed card has the tracking number {number}.").format(
            number=number))
    return item


# --- handlers -------------------------------------------------------------------------------------


def _arrive(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.jobs.mailing.store import cards

    row = cards.register_arrival(ctx, _case_by_app_id(ctx, args.application_id))
    print(translate("Cli", "Arrived: {name} ({route}).").format(name=row.name, route=tr_text(row.route.label)))
    return EXIT_OK


def _setup(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.jobs.mailing.store import cards

    rows = cards.mark_configured_many(ctx, [_case_by_app_id(ctx, a) for a in args.application_ids])
    print(translate("Cli", "Set-up recorded for {n} card(s).").format(n=len(rows)))
    return EXIT_OK


def _notice(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.jobs.mailing.store import cards

    on = args.date or ctx.clock.today()
    row = cards.record_notice(ctx, _case_by_app_id(ctx, args.application_id), args.reservation, on)
    print(translate("Cli", "Notice recorded: {name}, reservation number {number}.").format(
        name=row.name, number=row.case.reservation_number))
    return EXIT_OK


def _ready(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.jobs.mailing.store import cards

    headers = [translate("Cli", "Next step"), translate("Cli", "Application ID"), translate("Cli", "Name"),
               translate("Cli", "Set up")]  # fmt: skip
    rows = [[translate("Cli", "notice"), r.case.application_id or "-", r.name, str(r.configured_on or "")]
            for r in cards.ready_for_notice(ctx)]  # fmt: skip
    rows += [[translate("Cli", "mailing"), r.case.application_id or "-", r.name, str(r.configured_on or "")]
             for r in cards.ready_for_mailing(ctx)]  # fmt: skip
    print(format_table(headers, rows))
    return EXIT_OK


def _show(batch: Any) -> None:
    from desktop.jobs.mailing.domain import format_tracking

    state = translate("Cli", "sent on {date}").format(date=batch.sent_on) if batch.sent_on else translate(
        "Cli", "being prepared")  # fmt: skip
    print(translate("Cli", "Batch {number}: {state}, {n} item(s), postage {yen} yen").format(
        number=batch.number, state=state, n=len(batch.items), yen=f"{batch.postage_total:,}"))
    headers = [translate("Cli", "No."), translate("Cli", "Tracking number"), translate("Cli", "Name"),
               translate("Cli", "Method"), translate("Cli", "Postage"), translate("Cli", "State")]  # fmt: skip
    print(format_table(headers, [[i.position, format_tracking(i.tracking_number) or "-", i.name,
                                  tr_text(i.method.label), i.postage_yen if i.postage_yen is not None else "-",
                                  tr_text(i.case_state.label) if i.case_state else ""] for i in batch.items]))  # fmt: skip


def _batch_new(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.jobs.mailing.store import batches, cards

    ids = [r.case_id for r in cards.ready_for_mailing(ctx)] if args.all_ready else [
        _case_by_app_id(ctx, a) for a in args.application_ids]  # fmt: skip
    if not ids:
        raise CliExit(EXIT_NOT_FOUND, translate("Cli", "No card is ready for mailing."))
    _show(batches.create_batch(ctx, ids))
    return EXIT_OK


def _batch_show(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.jobs.mailing.store import batches

    _show(batches.batch_by_number(ctx, args.number))
    return EXIT_OK


def _batch_tracking(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.jobs.mailing.domain import format_tracking
    from desktop.jobs.mailing.store import batches

    batch = batches.batch_by_number(ctx, args.number)
    item = next((i for i in batch.items if i.position == args.position), None)
    if item is None:
        raise CliExit(EXIT_NOT_FOUND, translate("Cli", "Batch {number} has no item {position}.").format(
            number=args.number, position=args.position))
    item = batches.set_tracking(ctx, item.id, args.tracking)
    print(translate("Cli", "Item {position}: {number}").format(
        position=item.position, number=format_tracking(item.tracking_number)))
    return EXIT_OK


def _batch_send(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.jobs.mailing.store import batches

    batch = batches.batch_by_number(ctx, args.number)
    _show(batches.send_batch(ctx, batch.id, args.date or ctx.clock.today()))
    return EXIT_OK


def _write(ctx: Context, printout: Any, out: Path) -> None:
    from desktop.jobs.mailing.printouts import record_output

    try:
        out.write_bytes(printout.document.pdf)
    except OSError as err:
        raise CliExit(1, translate("Cli", "Could not write {file}: {reason}").format(
            file=out, reason=err.strerror or err)) from err
    record_output(ctx, printout, "export")
    print(translate("Cli", "Wrote {file} ({pages} page(s)).").format(file=out, pages=printout.document.page_count))


def _batch_print(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.jobs.mailing.printouts import DocKind, batch_printout
    from desktop.jobs.mailing.store import batches

    kinds = {"list": DocKind.MAILING_LIST, "labels": DocKind.LABELS, "letters": DocKind.COVER_LETTERS}
    batch = batches.batch_by_number(ctx, args.number)
    _write(ctx, batch_printout(ctx, batch.id, kinds[args.kind], start=args.skip), Path(args.out))
    return EXIT_OK


def _delivered(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.jobs.mailing.store import results

    item = results.record_delivered(ctx, _item_by_tracking(ctx, args.tracking).id, args.date)
    print(translate("Cli", "Delivered: {name}.").format(name=item.name))
    return EXIT_OK


def _returned(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.jobs.mailing.store import results

    item = results.record_returned(ctx, _item_by_tracking(ctx, args.tracking).id, args.reason, args.note,
                                   args.date)  # fmt: skip
    print(translate("Cli", "Returned: {name}.").format(name=item.name))
    return EXIT_OK


def _invite(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.jobs.mailing.printouts import invitations

    items = [_item_by_tracking(ctx, t) for t in args.tracking]
    _write(ctx, invitations(ctx, [i.id for i in items]), Path(args.out))
    return EXIT_OK


def _followups(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.jobs.mailing.domain import format_tracking
    from desktop.jobs.mailing.store.figures import followups
    from desktop.jobs.mailing.store.settings import load_settings

    days = args.days or load_settings(ctx).followup_days
    due = followups(ctx, days)
    headers = [translate("Cli", "Follow-up"), translate("Cli", "Tracking number"), translate("Cli", "Batch"),
               translate("Cli", "Name"), translate("Cli", "Days")]  # fmt: skip
    rows: list[list[Any]] = []
    for label, entries in (
        (translate("Cli", "no news"), due.unconfirmed),
        (translate("Cli", "to invite"), due.returned_not_invited),
        (translate("Cli", "not collected"), due.invited_not_collected),
    ):
        rows += [[label, format_tracking(i.tracking_number), f"{i.batch_number}-{i.position}", i.name, d]
                 for i, d in entries]  # fmt: skip
    print(format_table(headers, rows))
    return EXIT_FOLLOWUPS if args.check and due.total else EXIT_OK


def _figures(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.jobs.mailing.domain import month_start
    from desktop.jobs.mailing.store.figures import monthly

    last = args.to or month_start(ctx.clock.today())
    first = args.first or last
    if first > last:
        raise CliExit(EXIT_INVALID, translate("Cli", "--from must not be after --to."))
    headers = [translate("Cli", "Month"), translate("Cli", "Arrived"), translate("Cli", "Notices"),
               translate("Cli", "Mailed"), translate("Cli", "Delivered"), translate("Cli", "Returned"),
               translate("Cli", "Postage (yen)")]  # fmt: skip
    print(format_table(headers, [[f"{f.month:%Y-%m}", f.arrived, f.notices, f.sent, f.delivered, f.returned,
                                  f.postage_yen] for f in monthly(ctx, first, last)]))  # fmt: skip
    return EXIT_OK


# --- parser ---------------------------------------------------------------------------------------


def _parser(sub: Any, name: str, help_text: str, needed: Role, handler: Handler) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help=help_text)
    add_login_options(p)
    p.set_defaults(func=_run(needed, handler))
    return p


def add_subcommands(sub: argparse._SubParsersAction[Any]) -> None:
    mailing = sub.add_parser("mailing", help=translate("Cli", "card arrival, notices and mailing by post"))
    cmds = mailing.add_subparsers(dest="mailing_command", metavar="<mailing command>", required=True)
    c = Role.COUNTER
    p = _parser(cmds, "arrive", translate("Cli", "register a card that arrived"), c, _arrive)
    p.add_argument("application_id", metavar="APPLICATION_ID")
    p = _parser(cmds, "setup", translate("Cli", "record that the set-up of cards is done"), c, _setup)
    p.add_argument("application_ids", metavar="APPLICATION_ID", nargs="+")
    p = _parser(cmds, "notice", translate("Cli", "record the handover notice sent"), c, _notice)
    p.add_argument("application_id", metavar="APPLICATION_ID")
    p.add_argument("reservation", metavar="RESERVATION")
    p.add_argument("--date", type=_date, help=translate("Cli", "date sent (default today)"))
    _parser(cmds, "ready", translate("Cli", "list cards ready for a notice or mailing"), c, _ready)

    batch = cmds.add_parser("batch", help=translate("Cli", "mailing batches"))
    bcmds = batch.add_subparsers(dest="batch_command", metavar="<batch command>", required=True)
    p = _parser(bcmds, "new", translate("Cli", "make a mailing batch"), c, _batch_new)
    p.add_argument("--all-ready", action="store_true", help=translate("Cli", "every card ready for mailing"))
    p.add_argument("application_ids", metavar="APPLICATION_ID", nargs="*")
    p = _parser(bcmds, "show", translate("Cli", "show a batch"), c, _batch_show)
    p.add_argument("number", type=int, metavar="N")
    p = _parser(bcmds, "tracking", translate("Cli", "set an item's tracking number"), c, _batch_tracking)
    p.add_argument("number", type=int, metavar="N")
    p.add_argument("position", type=int, metavar="POSITION")
    p.add_argument("tracking", metavar="NUMBER")
    p = _parser(bcmds, "send", translate("Cli", "record a batch as sent"), c, _batch_send)
    p.add_argument("number", type=int, metavar="N")
    p.add_argument("--date", type=_date, help=translate("Cli", "date sent (default today)"))
    p = _parser(bcmds, "print", translate("Cli", "write a batch's document as PDF"), Role.SUPERVISOR, _batch_print)
    p.add_argument("number", type=int, metavar="N")
    p.add_argument("kind", choices=("list", "labels", "letters"))
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--skip", type=int, default=0, help=translate("Cli", "labels already used on the first sheet"))

    p = _parser(cmds, "delivered", translate("Cli", "record a mailed card delivered"), c, _delivered)
    p.add_argument("tracking", metavar="TRACKING")
    p.add_argument("--date", type=_date, help=translate("Cli", "the day in the post office's tracking (default today)"))
    p = _parser(cmds, "returned", translate("Cli", "record a mailed card returned"), c, _returned)
    p.add_argument("tracking", metavar="TRACKING")
    p.add_argument("reason", choices=("storage_expired", "address_unknown", "refused", "other"))
    p.add_argument("--note", default="", help=translate("Cli", "a short note (needed for other)"))
    p.add_argument("--date", type=_date, help=translate("Cli", "the day in the post office's tracking (default today)"))
    p = _parser(cmds, "invite", translate("Cli", "write invitations to the counter as PDF"), Role.SUPERVISOR,
                _invite)  # fmt: skip
    p.add_argument("tracking", metavar="TRACKING", nargs="+")
    p.add_argument("--out", required=True, metavar="FILE")
    p = _parser(cmds, "followups", translate("Cli", "list what needs chasing"), c, _followups)
    p.add_argument("--days", type=int, help=translate("Cli", "no news after this many days (default: setting)"))
    p.add_argument("--check", action="store_true", help=translate("Cli", "exit 46 when there is anything"))
    p = _parser(cmds, "figures", translate("Cli", "monthly figures"), c, _figures)
    p.add_argument("--from", dest="first", type=_month, metavar="YYYY-MM")
    p.add_argument("--to", type=_month, metavar="YYYY-MM")
