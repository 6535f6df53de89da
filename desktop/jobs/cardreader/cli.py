"""`madoguchi card status | identify | read`: the card reader from the command line (staff diagnostics).

    madoguchi card status [--json]                        readers and what is on them (no login)
    madoguchi card identify [--reader NAME] [--json]      kind of card and certificate expiry, no PIN
    madoguchi card read [--reader NAME] --pin-stdin [--cert] [--json] [--allow-last-try] --user LOGIN

`card read` logs in with the password in MADOGUCHI_PASSWORD and reads the card's 4-digit PIN from the
first line of standard input (so `--password-stdin` is refused here). A PIN never goes on the
command line. With one try left it stops with code 26 unless `--allow-last-try` is given. It prints
name, address, birth date (西暦 and 和暦) and sex, and with `--cert` the certificate expiry; `--json`
prints the keys name, address, birth_date (YYYY-MM-DD), sex (male / female / not_applicable /
not_known) and cert_expiry (YYYY-MM-DD or null). The audit trail records that a card was read, never
what it held; the 個人番号 is never read.

Exit codes (besides 0–4 of `desktop/cli.py`):
  20  no smart-card service (pcscd / the Windows "Smart Card" service is not running)
  21  no card reader (or no reader of the --reader name)
  22  no card on the reader
  23  the card is not a My Number Card (old 住基カード, another card)
  24  wrong PIN (the message says how many tries are left)
  25  PIN blocked (the resident needs a PIN reset at the counter)
  26  one PIN try left: refused without --allow-last-try (nothing was sent)
  27  the card was taken off, or the reader unplugged, during the read
  28  the card did not answer (watchdog)
  29  the PIN given is not exactly 4 digits (nothing was sent)
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from typing import Any

from desktop.card import errors as card_errors
from desktop.card.mynumber import CardIdentity, CardKind, CertStatus, cert_status, check_pin_format
from desktop.card.reader import Availability, CardReader
from desktop.cli_common import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    CliApp,
    CliExit,
    authenticate,
    format_table,
    read_stdin_line,
    require_office,
)
from desktop.core.clock import SystemClock
from desktop.core.staff import Role
from desktop.core.wareki import both
from desktop.i18n import tr_error, tr_text, translate
from desktop.store.audit import record

EXIT_NO_SERVICE = 20
EXIT_NO_READER = 21
EXIT_NO_CARD = 22
EXIT_NOT_MY_NUMBER = 23
EXIT_WRONG_PIN = 24
EXIT_PIN_BLOCKED = 25
EXIT_LAST_TRY = 26
EXIT_REMOVED = 27
EXIT_NOT_RESPONDING = 28
EXIT_BAD_PIN = 29

EXIT_CODES: dict[str, int] = {
    "no_service": EXIT_NO_SERVICE,
    "no_reader": EXIT_NO_READER,
    "no_card": EXIT_NO_CARD,
    "not_my_number_card": EXIT_NOT_MY_NUMBER,
    "wrong_pin": EXIT_WRONG_PIN,
    "pin_blocked": EXIT_PIN_BLOCKED,
    "last_try": EXIT_LAST_TRY,
    "card_removed": EXIT_REMOVED,
    "reader_gone": EXIT_REMOVED,
    "card_changed": EXIT_REMOVED,
    "not_responding": EXIT_NOT_RESPONDING,
    "invalid_pin": EXIT_BAD_PIN,
}

#: a factory for the reader (tests set a shorter watchdog)
make_reader: Callable[[], CardReader] = CardReader


def add_subcommands(sub: argparse._SubParsersAction[Any]) -> None:
    card = sub.add_parser("card", help=translate("Cli", "the card reader: status, identify a card, read a card"))
    commands = card.add_subparsers(dest="card_command", metavar="<card command>", required=True)

    status = commands.add_parser("status", help=translate("Cli", "list the card readers and what is on them"))
    status.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    status.set_defaults(func=run_status, opens_office=False)

    ident = commands.add_parser(
        "identify", help=translate("Cli", "say what card is on the reader and when its certificate ends (no PIN)")
    )
    ident.add_argument("--reader", metavar="NAME", help=translate("Cli", "the reader to use"))
    ident.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    ident.set_defaults(func=run_identify, opens_office=False)

    read = commands.add_parser(
        "read", help=translate("Cli", "read name, address, birth date and sex from a My Number Card")
    )
    read.add_argument("--reader", metavar="NAME", help=translate("Cli", "the reader to use"))
    read.add_argument(
        "--pin-stdin",
        action="store_true",
        help=translate("Cli", "read the card's 4-digit PIN from the first line of standard input (required)"),
    )
    read.add_argument("--cert", action="store_true", help=translate("Cli", "also print the certificate expiry"))
    read.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    read.add_argument(
        "--allow-last-try",
        action="store_true",
        help=translate("Cli", "use the PIN even when only one try is left (a wrong PIN then blocks the card)"),
    )
    read.add_argument("--user", metavar="LOGIN", help=translate("Cli", "log in as this staff member"))
    read.add_argument("--password-stdin", action="store_true", help=argparse.SUPPRESS)
    read.set_defaults(func=run_read)


def _fail(err: card_errors.CardError) -> CliExit:
    return CliExit(EXIT_CODES.get(err.code, EXIT_FAILURE), tr_error(err))


def _print_json(data: dict[str, Any]) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def run_status(args: argparse.Namespace, app: CliApp) -> int:
    reader = make_reader()
    snapshot = reader.snapshot()
    if snapshot.availability is Availability.NO_SERVICE:
        raise _fail(card_errors.NoService())
    if snapshot.availability is Availability.NO_READER:
        raise _fail(card_errors.NoReader())
    rows: list[dict[str, Any]] = []
    for state in snapshot.readers:
        card: str | None = None
        if state.card_present:
            try:
                card = reader.identify(state.name, with_cert=False).kind.value
            except card_errors.CardError as err:
                card = err.code
        rows.append({"reader": state.name, "card_present": state.card_present, "card": card})
    if args.json:
        _print_json({"status": snapshot.availability.value, "readers": rows})
        return EXIT_OK
    print(tr_text(snapshot.availability.label))
    headers = [translate("Cli", "Reader"), translate("Cli", "Card")]
    table = [[r["reader"], _card_text(r)] for r in rows]
    print(format_table(headers, table))
    return EXIT_OK


def _card_text(row: dict[str, Any]) -> str:
    if not row["card_present"]:
        return translate("Cli", "no card")
    try:
        return tr_text(CardKind(row["card"]).label)
    except ValueError:
        return translate("Cli", "card not readable ({code})").format(code=row["card"])


def _expiry_lines(identity: CardIdentity, today: date) -> list[str]:
    if identity.cert_expiry is None:
        return [translate("Cli", "Certificate for identification (利用者証明用): none on the card")]
    status = cert_status(identity.cert_expiry, today)
    lines = [translate("Cli", "Certificate for identification (利用者証明用) valid until: {date}").format(
        date=both(identity.cert_expiry))]  # fmt: skip
    if status is CertStatus.EXPIRED:
        lines.append(translate("Cli", "Warning: the certificate has expired. The resident must renew it."))
    elif status is CertStatus.RENEW_SOON:
        lines.append(translate("Cli", "Warning: the certificate ends within three months. The resident should renew it."))
    return lines


def run_identify(args: argparse.Namespace, app: CliApp) -> int:
    try:
        identity = make_reader().identify(args.reader)
    except card_errors.CardError as err:
        raise _fail(err) from err
    today = SystemClock().today()
    if args.json:
        expiry = identity.cert_expiry
        _print_json({
            "reader": identity.reader,
            "kind": identity.kind.value,
            "cert_expiry": expiry.isoformat() if expiry else None,
            "cert_status": cert_status(expiry, today).value if expiry else None,
        })  # fmt: skip
    else:
        print(translate("Cli", "Reader: {name}").format(name=identity.reader))
        print(translate("Cli", "Card: {kind}").format(kind=tr_text(identity.kind.label)))
        if identity.kind in (CardKind.MY_NUMBER, CardKind.JUKI):
            print("\n".join(_expiry_lines(identity, today)))
    return EXIT_OK if identity.kind is CardKind.MY_NUMBER else EXIT_NOT_MY_NUMBER


def run_read(args: argparse.Namespace, app: CliApp) -> int:
    if args.password_stdin:
        raise CliExit(EXIT_USAGE, translate(
            "Cli", "card read takes the card's PIN on standard input: give the password in "
                   "MADOGUCHI_PASSWORD, not with --password-stdin."))  # fmt: skip
    if not args.pin_stdin:
        raise CliExit(EXIT_USAGE, translate(
            "Cli", "card read needs --pin-stdin: the card's PIN is read from standard input, never "
                   "from the command line."))  # fmt: skip
    ctx = authenticate(app, args, Role.COUNTER)
    require_office(app)
    pin = read_stdin_line().strip()
    reader = make_reader()
    try:
        check_pin_format(pin)
        session = reader.open_input_support(args.reader)
        info = session.read(pin, allow_last_try=args.allow_last_try)
        del pin
        record(ctx, "read_card", "card", None, "cli input_support")
        expiry = reader.identify(session.reader).cert_expiry if args.cert else None
    except card_errors.CardError as err:
        raise _fail(err) from err
    if args.json:
        _print_json({
            "name": info.name,
            "address": info.address,
            "birth_date": info.birth_date.isoformat() if info.birth_date else None,
            "sex": info.sex_key or None,
            "cert_expiry": expiry.isoformat() if expiry else None,
        })  # fmt: skip
        return EXIT_OK
    print(translate("Cli", "Name: {value}").format(value=info.name))
    print(translate("Cli", "Address: {value}").format(value=info.address))
    print(translate("Cli", "Birth date: {value}").format(value=both(info.birth_date) if info.birth_date else ""))
    print(translate("Cli", "Sex: {value}").format(value=tr_text(info.sex_label) if info.sex_label else ""))
    if args.cert:
        identity = CardIdentity(session.reader, CardKind.MY_NUMBER, expiry)
        print("\n".join(_expiry_lines(identity, ctx.clock.today())))
    return EXIT_OK

