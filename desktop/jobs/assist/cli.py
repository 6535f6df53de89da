"""Application-support subcommands of `madoguchi`.

  assist-list [--date YYYY-MM-DD]                    the day's assisted applications (counter)
  assist-slip RECORD_ID --pdf FILE [--paper a5|receipt]
                                                     the guidance slip of an application again, as a PDF (counter)
  assist-ledger --from DATE --to DATE (--pdf FILE | --csv FILE)
                                                     the ledger (申請サポート記録簿) of a period (supervisor)
  assist-qr IMAGE                                    the 申請書ID in the QR code of an image of the form
  venue-add NAME --type TYPE --date DATE --start HH:MM --end HH:MM [--address TEXT]
            [--tablet NUMBER]... [--staff LOGIN]... [--note TEXT]
                                                     plan a pop-up venue session (supervisor)
  venue-list [--month YYYY-MM]                       a month's pop-up sessions, per venue and per type (counter)

Writing a PDF or CSV of residents' records is audited as an export. Exit codes of this job (besides 0–4):
  70  an application, a venue session or a staff login was not found
  71  no application form ID in the image (no QR code, or the code holds no 23-digit ID)
  72  the file could not be written (the message names the folder; nothing was recorded)
  73  the venue session was refused (end before start, a tablet not of the office, a duplicate)
  74  the image cannot be read (not an image, or no such file)
"""

from __future__ import annotations

import argparse
from datetime import date, time, timedelta
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
from desktop.i18n import tr_error, translate

EXIT_NOT_FOUND = 70
EXIT_NO_ID = 71
EXIT_WRITE_FAILED = 72
EXIT_VENUE_REFUSED = 73
EXIT_BAD_IMAGE = 74


def _month(text: str) -> date:
    try:
        return date.fromisoformat(text + "-01")
    except ValueError:
        raise argparse.ArgumentTypeError(translate("Cli", "use the form 2026-11")) from None


def _hm(text: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("Cli", "use the form 13:30")) from None


def add_subcommands(sub: Any) -> None:
    from desktop.jobs.assist.domain.venues import VenueType

    p = sub.add_parser("assist-list", help=translate("Cli", "list the day's assisted applications"))
    p.add_argument("--date", type=iso_date, help=translate("Cli", "the day (default: today)"))
    add_login_options(p)
    p.set_defaults(func=run_list)

    p = sub.add_parser("assist-slip", help=translate("Cli", "write the guidance slip of an application as a PDF"))
    p.add_argument("record_id", metavar="RECORD_ID")
    p.add_argument("--pdf", type=Path, required=True, metavar="FILE")
    p.add_argument("--paper", choices=("a5", "receipt"), default=None)
    add_login_options(p)
    p.set_defaults(func=run_slip)

    p = sub.add_parser("assist-ledger", help=translate("Cli", "write the ledger of assisted applications"))
    p.add_argument("--from", dest="start", type=iso_date, required=True, metavar="DATE")
    p.add_argument("--to", dest="end", type=iso_date, required=True, metavar="DATE")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", type=Path, metavar="FILE")
    out.add_argument("--csv", type=Path, metavar="FILE")
    add_login_options(p)
    p.set_defaults(func=run_ledger)

    p = sub.add_parser("assist-qr", help=translate("Cli", "read the application form ID from an image of the form"))
    p.add_argument("image", type=Path, metavar="IMAGE")
    p.set_defaults(func=run_qr, opens_office=False)

    p = sub.add_parser("venue-add", help=translate("Cli", "plan a pop-up venue session"))
    p.add_argument("name", metavar="NAME")
    p.add_argument("--type", required=True, choices=[t.value for t in VenueType])
    p.add_argument("--date", type=iso_date, required=True)
    p.add_argument("--start", type=_hm, required=True)
    p.add_argument("--end", type=_hm, required=True)
    p.add_argument("--address", default="")
    p.add_argument("--tablet", action="append", default=[], metavar="NUMBER")
    p.add_argument("--staff", action="append", default=[], metavar="LOGIN")
    p.add_argument("--note", default="")
    add_login_options(p)
    p.set_defaults(func=run_venue_add)

    p = sub.add_parser("venue-list", help=translate("Cli", "list a month's pop-up venue sessions"))
    p.add_argument("--month", type=_month, help=translate("Cli", "the month (default: this month)"))
    add_login_options(p)
    p.set_defaults(func=run_venue_list)


def run_list(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.core.clock import to_local
    from desktop.jobs.assist.store.records import records_between
    from desktop.jobs.assist.store.venues import venue_sessions
    from desktop.store.people import names_of

    ctx = authenticate(app, args, Role.COUNTER)
    require_office(app)
    day = args.date or ctx.clock.today()
    rows = records_between(ctx, day, day)
    names = names_of(ctx, [r.person_id for r in rows])
    venues = {v.id: v.name for v in venue_sessions(ctx, day, day)}
    table = [[f"{to_local(r.finished_at or r.started_at):%H:%M}", r.draft.queue_number or "",
              names.get(r.person_id, "—"), venues.get(r.venue_session_id or "", ""),
              translate("AssistChannel", r.draft.channel.label) if r.draft.channel else "",
              translate("Cli", "by post") if r.draft.mailed_later else "", "" if r.minutes is None else r.minutes,
              translate("AssistStatus", r.status.label), r.id] for r in rows]  # fmt: skip
    headers = [translate("Cli", "Time"), translate("Cli", "No."), translate("Cli", "Name"), translate("Cli", "Venue"),
               translate("Cli", "Application"), translate("Cli", "Card"), translate("Cli", "Min."),
               translate("Cli", "State"), translate("Cli", "Record")]  # fmt: skip
    print(format_table(headers, table))
    return EXIT_OK


def run_slip(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.jobs.assist.documents import guidance_slip
    from desktop.jobs.assist.store import printdata
    from desktop.jobs.assist.store.settings import load_settings

    ctx = authenticate(app, args, Role.COUNTER)
    require_office(app)
    try:
        data = printdata.slip_data(ctx, args.record_id)
    except NotFound as err:
        raise CliExit(EXIT_NOT_FOUND, tr_error(err)) from err
    paper = args.paper or load_settings(ctx).paper
    doc = guidance_slip(data, printdata.letterhead(ctx), when=ctx.clock.now(), paper=paper)
    write_file(args.pdf, doc.pdf, EXIT_WRITE_FAILED)
    printdata.record_output(ctx, "export", [args.record_id], "slip")
    print(translate("Cli", "Wrote {file}.").format(file=args.pdf))
    return EXIT_OK


def run_ledger(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.jobs.assist.documents import ledger
    from desktop.jobs.assist.store import printdata

    ctx = authenticate(app, args, Role.SUPERVISOR)
    require_office(app)
    if args.end < args.start:
        raise CliExit(2, translate("Cli", "--to must not be before --from."))
    if args.csv is not None:
        data, ids = printdata.ledger_csv(ctx, args.start, args.end)
        target, detail = args.csv, "ledger_csv"
    else:
        rows = printdata.ledger_rows(ctx, args.start, args.end)
        doc = ledger(rows, printdata.letterhead(ctx), start=args.start, end=args.end, when=ctx.clock.now())
        data, ids, target, detail = doc.pdf, [r.record_id for r in rows], args.pdf, "ledger"
    write_file(target, data, EXIT_WRITE_FAILED)
    printdata.record_output(ctx, "export", ids, detail)
    print(translate("Cli", "Wrote {file} ({n} application(s)).").format(file=target, n=len(ids)))
    return EXIT_OK


def run_qr(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.core.people import InvalidField
    from desktop.jobs.assist.domain.application_form import decode_qr_file

    if not args.image.is_file():
        raise CliExit(EXIT_BAD_IMAGE, translate("Cli", "There is no file {file}.").format(file=args.image))
    try:
        reading = decode_qr_file(args.image)
    except InvalidField as err:
        raise CliExit(EXIT_NO_ID, tr_error(err)) from err
    except DomainError as err:
        raise CliExit(EXIT_BAD_IMAGE, tr_error(err)) from err
    try:
        print(reading.application_id())
    except InvalidField as err:
        raise CliExit(EXIT_NO_ID, tr_error(err)) from err
    return EXIT_OK


def run_venue_add(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.core.wareki import wareki
    from desktop.jobs.assist.domain.venues import VenueSessionDraft, VenueType
    from desktop.jobs.assist.store.venues import add_venue_session
    from desktop.store import staff as staff_store

    ctx = authenticate(app, args, Role.SUPERVISOR)
    require_office(app)
    staff_ids = []
    for login in args.staff:
        member = staff_store.get_by_login(ctx, login)
        if member is None:
            raise CliExit(EXIT_NOT_FOUND, translate("Cli", "There is no staff member {login}.").format(login=login))
        staff_ids.append(member.id)
    draft = VenueSessionDraft(args.name, VenueType(args.type), args.date, args.start, args.end,
                              address=args.address, staff_ids=tuple(staff_ids), tablets=tuple(args.tablet),
                              note=args.note)  # fmt: skip
    try:
        session = add_venue_session(ctx, draft)
    except DomainError as err:
        raise CliExit(EXIT_VENUE_REFUSED, tr_error(err)) from err
    print(translate("Cli", "Planned {venue} on {day}, {start}–{end} (session {id}).").format(
        venue=session.name, day=wareki(session.day), start=f"{session.start:%H:%M}", end=f"{session.end:%H:%M}",
        id=session.id))  # fmt: skip
    return EXIT_OK


def run_venue_list(args: argparse.Namespace, app: CliApp) -> int:
    from desktop.core.wareki import wareki_short
    from desktop.jobs.assist.store.venues import popup_figures, venue_sessions

    ctx = authenticate(app, args, Role.COUNTER)
    require_office(app)
    month = args.month or ctx.clock.today().replace(day=1)
    end = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    sessions = venue_sessions(ctx, month, end)
    rows = [[wareki_short(s.day), f"{s.start:%H:%M}–{s.end:%H:%M}", s.name,
             translate("VenueType", s.venue_type.label), ", ".join(s.tablets), s.assisted, s.id] for s in sessions]  # fmt: skip
    headers = [translate("Cli", "Date"), translate("Cli", "Time"), translate("Cli", "Venue"),
               translate("Cli", "Type"), translate("Cli", "Tablets"), translate("Cli", "Applications"),
               translate("Cli", "Session")]  # fmt: skip
    print(format_table(headers, rows))
    figures = popup_figures(ctx, month, end)
    print()
    print(format_table([translate("Cli", "Type"), translate("Cli", "Applications")],
                       [[translate("VenueType", k.label), n] for k, n in sorted(figures.by_type.items())]
                       + [[translate("Cli", "Total"), figures.total]]))  # fmt: skip
    return EXIT_OK
