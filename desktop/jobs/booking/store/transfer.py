"""Importing bookings from an online reservation service, and exporting bookings, as CSV.

Import: every row is checked (format, person details, calendar, capacity) inside one transaction,
each booking in a savepoint of its own so the rows compete for seats exactly as they would when
written. If any row is refused, or on `dry_run`, the transaction is rolled back: **nothing** is
written, and the report lists every refused row with its line number. Imports bypass the booking
window (residents booked online within the service's own rules) but never the calendar or capacity.
A booking already imported (same external id, or a row hash seen before) is skipped: re-importing a
file adds nothing. Export writes the same columns (so an export imports back) and is audited.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, time

from desktop.core import people as core_people
from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.people import InvalidField, Person
from desktop.core.staff import Role
from desktop.jobs.booking.domain.model import DayClosed, SlotFull
from desktop.jobs.booking.domain.transfer import (
    ColumnMapping,
    ExportRow,
    ImportRow,
    RowError,
    decode,
    encode_csv,
    export_cells,
    parse_csv,
)
from desktop.jobs.booking.store.bookings import ENTITY, create_booking
from desktop.security.permissions import require
from desktop.store import audit
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.people import add_person


@dataclass
class ImportReport:
    encoding: str = ""
    rows: int = 0
    bookings_added: int = 0
    people_added: int = 0
    already_imported: int = 0
    errors: list[RowError] = field(default_factory=list)
    dry_run: bool = False

    @property
    def written(self) -> bool:
        return not self.dry_run and not self.errors


class _Rollback(Exception):
    pass


def _groups(rows: list[ImportRow], errors: list[RowError]) -> Iterator[list[ImportRow]]:
    """Rows sharing a key form one booking (a family), in file order; they must agree on the time."""
    by_key: dict[str, list[ImportRow]] = {}
    for row in rows:
        group = by_key.setdefault(row.key, [])
        if group and (group[0].day, group[0].start, group[0].service) != (row.day, row.start, row.service):
            errors.append(RowError(row.line, QT_TRANSLATE_NOOP(
                "Errors", "This row has the same booking id as line {first} but another date, time or "
                "service."), kind="conflict", first=group[0].line))  # fmt: skip
            continue
        if row.hashed and group:
            continue  # the very same row twice: one booking
        group.append(row)
    yield from by_key.values()


def _existing(ctx: Context, key: str) -> bool:
    row = ctx.db.conn.execute("SELECT 1 FROM bookings WHERE external_id = ? OR id = ?", (key, key)).fetchone()
    return row is not None


def _person(ctx: Context, row: ImportRow, report: ImportReport) -> str:
    """The resident of a row: a stored one with the same 氏名, birth date (and フリガナ when given),
    else a new record."""
    probe = Person(None, row.name, row.kana, row.birth_date, row.phone)
    checked = core_people.check(probe, today=ctx.clock.today())
    if checked.birth_date is not None:
        sql = "SELECT id FROM people WHERE name = ? AND birth_date = ?"
        args: list[object] = [checked.name, checked.birth_date.isoformat()]
        if checked.kana_key:
            sql += " AND kana_key = ?"
            args.append(checked.kana_key)
        found = ctx.db.conn.execute(sql + " ORDER BY created_at, id LIMIT 1", args).fetchone()
        if found is not None:
            return str(found[0])
    report.people_added += 1
    stored = add_person(ctx, checked)
    assert stored.id is not None
    return stored.id


def _import_group(ctx: Context, group: list[ImportRow], report: ImportReport) -> None:
    first = group[0]
    if _existing(ctx, first.key):
        report.already_imported += 1
        return
    person_ids: list[str] = []
    for row in group:
        try:
            person_ids.append(_person(ctx, row, report))
        except InvalidField as err:
            raise RowError.of(row.line, err, "bad_person") from None
    notes = "\n".join(dict.fromkeys(r.notes for r in group if r.notes))
    resv = next((r.reservation_number for r in group if r.reservation_number), None)
    try:
        create_booking(ctx, first.service, first.day, first.start, person_ids, reservation_number=resv,
                       notes=notes, channel="import", external_id=first.key)  # fmt: skip
    except DayClosed as err:
        raise RowError.of(first.line, err, "closed_day") from None
    except SlotFull as err:
        raise RowError.of(first.line, err, "full_slot") from None
    except DomainError as err:
        kind = "past_day" if first.day < ctx.clock.today() else "conflict"
        raise RowError.of(first.line, err, kind) from None
    report.bookings_added += 1


def import_bookings(ctx: Context, data: bytes, mapping: ColumnMapping, *, dry_run: bool = False) -> ImportReport:
    """Import a CSV file (bytes as read). All or nothing: see the module docstring."""
    require(ctx.actor, Role.COUNTER)
    text, encoding = decode(data)
    parsed = parse_csv(text, mapping)
    report = ImportReport(encoding=encoding, rows=len(parsed.rows) + len(parsed.errors), dry_run=dry_run)
    report.errors.extend(parsed.errors)
    try:
        with write(ctx.db):
            for group in list(_groups(parsed.rows, report.errors)):
                if not group:
                    continue
                try:
                    with write(ctx.db):  # a savepoint: a refused booking leaves nothing behind
                        _import_group(ctx, group, report)
                except RowError as err:
                    report.errors.append(err)
            report.errors.sort(key=lambda e: e.line)
            if report.errors or dry_run:
                raise _Rollback
            audit.record(ctx, "import", ENTITY, None,
                         f"rows={report.rows} bookings={report.bookings_added} people={report.people_added}")  # fmt: skip
    except _Rollback:
        pass
    return report


def export_rows(ctx: Context, start: date, end: date) -> list[ExportRow]:
    """Every resident still on an active booking from start to end inclusive, in time order."""
    rows = ctx.db.conn.execute(
        "SELECT coalesce(b.external_id, b.id), b.day, b.start_time, b.service, p.name, p.kana, p.birth_date, "
        "p.phone, coalesce(b.reservation_number, ''), b.notes FROM bookings b "
        "JOIN booking_people bp ON bp.booking_id = b.id JOIN people p ON p.id = bp.person_id "
        "WHERE b.state = 'active' AND bp.state <> 'cancelled' AND b.day BETWEEN ? AND ? "
        "ORDER BY b.day, b.start_time, b.id, bp.position",
        (start.isoformat(), end.isoformat()),
    ).fetchall()
    return [
        ExportRow(str(r[0]), date.fromisoformat(r[1]), time.fromisoformat(r[2]), str(r[3]), str(r[4]),
                  str(r[5]), date.fromisoformat(r[6]) if r[6] else None, str(r[7]), str(r[8]), str(r[9]))
        for r in rows
    ]  # fmt: skip


def export_bookings(
    ctx: Context, start: date, end: date, mapping: ColumnMapping, *, encoding: str = "utf-8-sig"
) -> tuple[bytes, int]:
    """The CSV bytes of the bookings from start to end inclusive and the number of rows (supervisors:
    a file of residents' data leaves the application). Audited ("export")."""
    require(ctx.actor, Role.SUPERVISOR)
    if encoding not in ("utf-8-sig", "utf-8", "cp932"):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the encoding utf-8-sig or cp932."))
    if end < start:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The end date is before the start date."))
    rows = export_rows(ctx, start, end)
    data = encode_csv(mapping.header, [export_cells(r, mapping) for r in rows], encoding)
    audit.record(ctx, "export", ENTITY, None,
                 f"from={start.isoformat()} to={end.isoformat()} rows={len(rows)} encoding={encoding}")  # fmt: skip
    return data, len(rows)
