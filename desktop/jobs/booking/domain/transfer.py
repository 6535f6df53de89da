"""CSV import and export of bookings (Qt-free): the TOML column mapping, reading rows, writing rows.

An online reservation service exports one row per resident; the mapping (see
`desktop/jobs/booking/samples/mapping.toml`) names the CSV column of each field and translates the
service's own names of the services into Madoguchi's service keys. Rows sharing an external id form
one booking (a family); without an external id column each row is a booking of its own, keyed by a
hash of date, time, 氏名, birth date and service so that importing the same file twice adds nothing.

Files are UTF-8 (with or without BOM) or CP932 (Windows Shift_JIS). Exports write the same columns,
so an export imports back unchanged; in CP932 a character the code page lacks (𠮷) is never replaced:
the export is refused with the rows that hold one.
"""

from __future__ import annotations

import csv
import hashlib
import io
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.wareki import parse_date

SAMPLE_MAPPING = Path(__file__).resolve().parent.parent / "samples" / "mapping.toml"
FIELDS = ("external_id", "date", "time", "service", "name", "kana", "birth_date", "phone",
          "reservation_number", "notes")  # fmt: skip
REQUIRED = ("date", "time", "service", "name")
DEFAULT_DATE_FORMATS = ("%Y/%m/%d", "%Y-%m-%d", "%Y年%m月%d日", "%Y%m%d")
DEFAULT_TIME_FORMATS = ("%H:%M", "%H:%M:%S", "%H時%M分")
ENCODINGS = ("utf-8-sig", "cp932")


class MappingError(DomainError):
    """The mapping file cannot be used; the message says what to fix."""


class RowError(DomainError):
    """One CSV row was refused; `line` is its line number in the file (the header is line 1) and
    `kind` says why: bad_date, bad_time, unknown_service, no_name, bad_birth_date, bad_person,
    closed_day, full_slot, past_day, conflict."""

    def __init__(self, line: int, template: str, *, kind: str = "conflict", **params: Any) -> None:
        super().__init__(template, **params)
        self.line = line
        self.kind = kind

    @classmethod
    def of(cls, line: int, err: DomainError, kind: str) -> RowError:
        return cls(line, err.template, kind=kind, **err.params)


@dataclass(frozen=True)
class ColumnMapping:
    columns: dict[str, str]  # field -> CSV column title
    services: dict[str, str]  # CSV service name -> service key
    date_formats: tuple[str, ...] = DEFAULT_DATE_FORMATS
    time_formats: tuple[str, ...] = DEFAULT_TIME_FORMATS
    keys: frozenset[str] = frozenset()  # the service keys also accepted as they are

    @property
    def header(self) -> list[str]:
        return [self.columns[f] for f in FIELDS if f in self.columns]

    def service_name(self, key: str) -> str:
        """The CSV name of a service key (the first listed), the key itself when unnamed."""
        for name, value in self.services.items():
            if value == key:
                return name
        return key


def load_mapping(text: str, service_keys: Iterable[str]) -> ColumnMapping:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise MappingError(QT_TRANSLATE_NOOP("Errors", "The mapping file is not valid TOML: {reason}"),
                           reason=str(exc)) from None  # fmt: skip
    columns = data.get("columns")
    if not isinstance(columns, dict) or not all(isinstance(v, str) and v for v in columns.values()):
        raise MappingError(QT_TRANSLATE_NOOP(
            "Errors", "The mapping needs a [columns] table naming a CSV column for each field."))
    unknown = sorted(set(columns) - set(FIELDS))
    if unknown:
        raise MappingError(QT_TRANSLATE_NOOP("Errors", "The mapping names unknown fields: {fields}."),
                           fields=", ".join(unknown))  # fmt: skip
    missing = [f for f in REQUIRED if f not in columns]
    if missing:
        raise MappingError(QT_TRANSLATE_NOOP("Errors", "The mapping must name the columns of: {fields}."),
                           fields=", ".join(missing))  # fmt: skip
    services = data.get("services", {})
    keys = set(service_keys)
    if not isinstance(services, dict) or any(v not in keys for v in services.values()):
        raise MappingError(QT_TRANSLATE_NOOP(
            "Errors", "Each entry of [services] must be a service key: {keys}."), keys=", ".join(sorted(keys)))
    formats = data.get("formats", {})
    date_formats = tuple(_strings(formats.get("date"))) + DEFAULT_DATE_FORMATS
    time_formats = tuple(_strings(formats.get("time"))) + DEFAULT_TIME_FORMATS
    return ColumnMapping({str(k): str(v) for k, v in columns.items()},
                         {str(k): str(v) for k, v in services.items()},
                         tuple(dict.fromkeys(date_formats)), tuple(dict.fromkeys(time_formats)),
                         frozenset(keys))  # fmt: skip


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value if isinstance(v, str)]
    return []


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read with (UTF-8 with or without BOM, or CP932)."""
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise DomainError(QT_TRANSLATE_NOOP(
        "Errors", "The file is neither UTF-8 nor CP932 (Shift_JIS) text. Save it as CSV in one of them."))


@dataclass
class ImportRow:
    line: int
    key: str  # the idempotence key (external id, or 'hash:' + row hash)
    day: date
    start: time
    service: str
    name: str
    kana: str = ""
    birth_date: date | None = None
    phone: str = ""
    reservation_number: str = ""
    notes: str = ""
    hashed: bool = False


@dataclass
class ParsedFile:
    rows: list[ImportRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def _parse_with(text: str, formats: Sequence[str]) -> datetime | None:
    folded = unicodedata.normalize("NFKC", text).strip()
    for fmt in formats:
        try:
            return datetime.strptime(folded, fmt)
        except ValueError:
            continue
    return None


def row_hash(day: date, start: time, name: str, birth: date | None, service: str) -> str:
    raw = "|".join([day.isoformat(), start.strftime("%H:%M"), name.strip(),
                    birth.isoformat() if birth else "", service])  # fmt: skip
    return "hash:" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:24]


def parse_csv(text: str, mapping: ColumnMapping) -> ParsedFile:
    """Read every row; format problems (a bad date or time, an unknown service, a missing 氏名) are
    collected as RowErrors with their line numbers. Calendar and capacity are checked by the store."""
    out = ParsedFile()
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The CSV file is empty."))
    header = [h.strip() for h in header]
    index: dict[str, int] = {}
    for name, title in mapping.columns.items():
        if title not in header:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Errors", "The CSV file has no column {column} (named in the mapping for {field})."),
                column=title, field=name)  # fmt: skip
        index[name] = header.index(title)
    line = reader.line_num
    for cells in reader:
        row_line, line = line + 1, reader.line_num
        if not any(c.strip() for c in cells):
            continue

        def cell(name: str, cells: list[str] = cells) -> str:
            i = index.get(name)
            return cells[i].strip() if i is not None and i < len(cells) else ""

        parsed = _parse_row(row_line, cell, mapping, out.errors)
        if parsed is not None:
            out.rows.append(parsed)
    return out


def _parse_row(line: int, cell: Any, mapping: ColumnMapping, errors: list[RowError]) -> ImportRow | None:
    day_at = _parse_with(cell("date"), mapping.date_formats)
    if day_at is None:
        errors.append(RowError(line, QT_TRANSLATE_NOOP(
            "Errors", "The date cannot be read (write it like 2026/11/25)."), kind="bad_date"))  # fmt: skip
        return None
    start_at = _parse_with(cell("time"), mapping.time_formats)
    if start_at is None:
        errors.append(RowError(line, QT_TRANSLATE_NOOP(
            "Errors", "The time cannot be read (write it like 9:30)."), kind="bad_time"))  # fmt: skip
        return None
    raw_service = cell("service")
    service = mapping.services.get(raw_service) or (raw_service if raw_service in mapping.keys else "")
    if not service:
        errors.append(RowError(line, QT_TRANSLATE_NOOP(
            "Errors", "Unknown service {service}. Add it to [services] in the mapping."),
            kind="unknown_service", service=raw_service))  # fmt: skip
        return None
    name = cell("name")
    if not name:
        errors.append(RowError(line, QT_TRANSLATE_NOOP("Errors", "The name (氏名) is empty."), kind="no_name"))  # fmt: skip
        return None
    birth: date | None = None
    if cell("birth_date"):
        try:
            birth = parse_date(cell("birth_date"))
        except DomainError:
            errors.append(RowError(line, QT_TRANSLATE_NOOP(
                "Errors", "The birth date cannot be read (write it like 1980/5/1)."), kind="bad_birth_date"))  # fmt: skip
            return None
    day, start = day_at.date(), start_at.time().replace(second=0)
    external = cell("external_id")
    key = external or row_hash(day, start, name, birth, service)
    return ImportRow(line, key, day, start, service, name, cell("kana"), birth, cell("phone"),
                     cell("reservation_number"), cell("notes"), hashed=not external)  # fmt: skip


@dataclass(frozen=True)
class ExportRow:
    """One resident of one booking, as the export writes it."""

    external_id: str
    day: date
    start: time
    service: str
    name: str
    kana: str
    birth_date: date | None
    phone: str
    reservation_number: str
    notes: str


def export_cells(row: ExportRow, mapping: ColumnMapping) -> list[str]:
    values = {
        "external_id": row.external_id,
        "date": row.day.strftime(mapping.date_formats[0]),
        "time": row.start.strftime(mapping.time_formats[0]),
        "service": mapping.service_name(row.service),
        "name": row.name,
        "kana": row.kana,
        "birth_date": row.birth_date.isoformat() if row.birth_date else "",
        "phone": row.phone,
        "reservation_number": row.reservation_number,
        "notes": row.notes,
    }
    return [values[f] for f in FIELDS if f in mapping.columns]


def encode_csv(header: list[str], rows: Sequence[list[str]], encoding: str) -> bytes:
    """The CSV bytes (CRLF line ends, as spreadsheet programs expect). In CP932 every cell must be
    encodable: otherwise a DomainError lists the rows (line numbers in the file) and columns."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    bad: list[str] = []
    for i, cells in enumerate(rows, start=2):
        if encoding == "cp932":
            for title, value in zip(header, cells, strict=False):
                try:
                    value.encode("cp932")
                except UnicodeEncodeError:
                    bad.append(f"{i}:{title}")
        writer.writerow(cells)
    if bad:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Errors", "Some characters cannot be written in CP932 (line:column {cells}). Nothing was "
            "written: export as UTF-8 (--encoding utf-8-sig) or correct the names."), cells=", ".join(bad))
    return buffer.getvalue().encode(encoding)
