"""The photo job's records and files: ALL its SQL, Qt-free.

- `save_photo` stores the accepted JPEG in the data folder (`photos/YYYY/MM/<id>.jpg`, written
  atomically, owner-only permissions), records its checks and any override, hangs it on the card case
  (`desktop.store.cases.attach_photo`, ref = the path relative to the data folder), appends a `photo`
  count event and audits it — in one transaction. A retake replaces the previous photo, whose file
  is deleted at once: unchosen shots are never written anywhere.
- `waive_photo`: a child under one gets a card without a photo; the waiver is recorded instead.
- `read_photo` (audited view), `export_photo` (audited export to this PC's export folder, only for
  the role the office allows), `record_sheet_output` (audited print or PDF of the photo sheet).
- `purge_photos`: the retention rule `photos` (files of photos older than the period).
The job's settings (rules, export role, countdown, this PC's export folder) are in `settings`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from desktop.core.cases import CaseState
from desktop.core.clock import JST, iso_utc, parse_utc, to_local
from desktop.core.errors import Conflict, DomainError, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.ids import new_id
from desktop.core.people import reject_individual_number
from desktop.core.staff import Role
from desktop.jobs.photo.domain.checks import FACE, CheckResult, OverrideReason
from desktop.jobs.photo.settings import export_dir, export_role, load_rules
from desktop.security.permissions import require
from desktop.store import audit
from desktop.store import cases as case_store
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.events import record_event

if TYPE_CHECKING:  # OpenCV loads only when a photo is checked, not when the today view lists counts
    from desktop.jobs.photo.domain.analysis import Analysis

ENTITY = "photo"
COUNT_KIND = "photo"
PHOTO_DIR = "photos"
ATTACHABLE = frozenset({CaseState.RECEIVED, CaseState.SUSPENDED})
_COLS = (
    "id, case_id, kind, state, source, file_ref, sha256, width, height, bytes, checks, overridden, "
    "override_reason, override_note, taken_at, staff_id"
)


@dataclass(frozen=True)
class PhotoRecord:
    id: str
    case_id: str
    kind: str  # 'photo' | 'waived'
    state: str  # 'current' | 'replaced' | 'purged'
    source: str  # 'camera' | 'file' | 'none'
    file_ref: str | None
    sha256: str | None
    width: int | None
    height: int | None
    bytes: int | None
    checks: tuple[CheckResult, ...]
    overridden: tuple[str, ...]
    override_reason: OverrideReason | None
    override_note: str
    taken_at: datetime
    staff_id: str | None

    @property
    def waived(self) -> bool:
        return self.kind == "waived"

    @property
    def taken_on(self) -> date:
        """The local (Japan) date the photo was taken."""
        return to_local(self.taken_at).date()


def _row(r: tuple[Any, ...]) -> PhotoRecord:
    return PhotoRecord(
        id=str(r[0]), case_id=str(r[1]), kind=str(r[2]), state=str(r[3]), source=str(r[4]),
        file_ref=None if r[5] is None else str(r[5]), sha256=None if r[6] is None else str(r[6]),
        width=None if r[7] is None else int(r[7]), height=None if r[8] is None else int(r[8]),
        bytes=None if r[9] is None else int(r[9]),
        checks=tuple(CheckResult.from_json(c) for c in json.loads(str(r[10]))),
        overridden=tuple(k for k in str(r[11]).split(",") if k),
        override_reason=None if r[12] is None else OverrideReason(str(r[12])),
        override_note=str(r[13]), taken_at=parse_utc(str(r[14])),
        staff_id=None if r[15] is None else str(r[15]),
    )  # fmt: skip


# --- files ----------------------------------------------------------------------------------------
def photo_path(ctx: Context, file_ref: str) -> Path:
    return ctx.data_dir.joinpath(*PurePosixPath(file_ref).parts)


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _remove(ctx: Context, file_ref: str | None) -> None:
    if file_ref:
        with contextlib.suppress(FileNotFoundError):
            photo_path(ctx, file_ref).unlink()


# --- records --------------------------------------------------------------------------------------
def _open_case(ctx: Context, case_id: str) -> None:
    case = case_store.get_case(ctx, case_id)
    if case.state not in ATTACHABLE:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A photo can be added only while the card case is received or suspended (it is {state}).",
            ),
            state=case.state.label,
        )


def _replace_current(ctx: Context, case_id: str, now: str) -> str | None:
    """Mark the case's current photo or waiver replaced; returns its file to delete after commit."""
    row = ctx.db.conn.execute(
        "SELECT id, file_ref FROM photos WHERE case_id = ? AND state = 'current'", (case_id,)
    ).fetchone()
    if row is None:
        return None
    ctx.db.conn.execute(
        "UPDATE photos SET state = 'replaced', file_ref = NULL, sha256 = NULL, override_note = '', "
        "updated_at = ?, device_id = ? WHERE id = ?",
        (now, ctx.device_id, row[0]),
    )
    audit.record(ctx, "update", ENTITY, str(row[0]), "replaced")
    return None if row[1] is None else str(row[1])


def save_photo(
    ctx: Context,
    case_id: str,
    analysis: Analysis,
    *,
    source: str = "camera",
    reason: OverrideReason | str | None = None,
    note: str = "",
) -> PhotoRecord:
    """Store the accepted photo on the case (see the module docs). Failed checks need a reason."""
    require(ctx.actor, Role.COUNTER)
    if source not in ("camera", "file"):
        raise ValueError(f"unknown photo source {source!r}")
    data = analysis.jpeg
    if data is None or not analysis.check(FACE).passed:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "Only a photo with exactly one face can be stored. Take the photo again.")
        )
    failed = [c for c in analysis.failed]
    if any(not c.overridable for c in failed):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Errors", "This photo cannot be used for the card (resolution or file). Take the photo again."
            )
        )
    why: OverrideReason | None = None
    note = note.strip()
    if failed:
        if reason is None or not str(reason):
            raise DomainError(
                QT_TRANSLATE_NOOP("Errors", "Choose the reason for accepting a photo that failed a check.")
            )
        why = OverrideReason(reason)
        if why == OverrideReason.OTHER and not note:
            raise DomainError(
                QT_TRANSLATE_NOOP("Errors", "Describe the reason for accepting the photo in the note.")
            )
        reject_individual_number(note, QT_TRANSLATE_NOOP("Field", "Note"))
    else:
        note = ""
    from desktop.jobs.photo.domain.analysis import file_check

    written = file_check(data, load_rules(ctx))
    if not written.passed:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "The photo file is not valid for the application. Take the photo again.")
        )
    photo_id = new_id()
    now_dt = ctx.clock.now()
    local = to_local(now_dt)
    file_ref = f"{PHOTO_DIR}/{local:%Y}/{local:%m}/{photo_id}.jpg"
    height, width = analysis.image.shape[:2] if analysis.image is not None else (0, 0)
    target = photo_path(ctx, file_ref)
    _write_atomic(target, data)
    old: str | None = None
    try:
        with write(ctx.db):
            _open_case(ctx, case_id)
            now = ctx.now_text()
            old = _replace_current(ctx, case_id, now)
            ctx.db.conn.execute(
                f"INSERT INTO photos({_COLS}, created_at, updated_at, device_id) VALUES "
                "(?, ?, 'photo', 'current', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (photo_id, case_id, source, file_ref, hashlib.sha256(data).hexdigest(), int(width),
                 int(height), len(data), json.dumps([c.to_json() for c in analysis.checks]),
                 ",".join(c.key for c in failed), None if why is None else why.value, note,
                 iso_utc(now_dt), ctx.actor.staff_id, now, now, ctx.device_id),
            )  # fmt: skip
            case_store.attach_photo(ctx, case_id, file_ref)
            detail = f"source={source}" + (f" override={why.value}" if why else "")
            audit.record(ctx, "create", ENTITY, photo_id, detail)
            record_event(ctx, COUNT_KIND, photo_id)
    except BaseException:
        _remove(ctx, file_ref)
        raise
    _remove(ctx, old)
    return get_photo(ctx, photo_id)


def waive_photo(ctx: Context, case_id: str) -> PhotoRecord:
    """Record that the case's card is issued without a photo: only for a child under one."""
    require(ctx.actor, Role.COUNTER)
    photo_id = new_id()
    old: str | None = None
    with write(ctx.db):
        _open_case(ctx, case_id)
        row = ctx.db.conn.execute(
            "SELECT p.birth_date FROM card_cases c JOIN people p ON p.id = c.person_id WHERE c.id = ?",
            (case_id,),
        ).fetchone()
        if row is None or row[0] is None or not under_one(date.fromisoformat(str(row[0])), ctx.clock.today()):
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Only a child under one year old may have a card without a photo. Check the birth date.",
                )
            )
        now = ctx.now_text()
        old = _replace_current(ctx, case_id, now)
        ctx.db.conn.execute(
            f"INSERT INTO photos({_COLS}, created_at, updated_at, device_id) VALUES "
            "(?, ?, 'waived', 'current', 'none', NULL, NULL, NULL, NULL, NULL, '[]', '', NULL, '', ?, ?, ?, ?, ?)",
            (photo_id, case_id, now, ctx.actor.staff_id, now, now, ctx.device_id),
        )
        case_store.attach_photo(ctx, case_id, None)
        audit.record(ctx, "create", ENTITY, photo_id, "waived=under_one")
    _remove(ctx, old)
    return get_photo(ctx, photo_id)


def under_one(birth: date, today: date) -> bool:
    try:
        first_birthday = birth.replace(year=birth.year + 1)
    except ValueError:  # 29 February
        first_birthday = date(birth.year + 1, 3, 1)
    return birth <= today < first_birthday


def get_photo(ctx: Context, photo_id: str) -> PhotoRecord:
    row = ctx.db.conn.execute(f"SELECT {_COLS} FROM photos WHERE id = ?", (photo_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That photo does not exist (it may have been deleted)."))
    return _row(row)


def current_photo(ctx: Context, case_id: str) -> PhotoRecord | None:
    """The case's current photo or waiver (its details only; reading the image is `read_photo`)."""
    row = ctx.db.conn.execute(
        f"SELECT {_COLS} FROM photos WHERE case_id = ? AND state = 'current'", (case_id,)
    ).fetchone()
    return None if row is None else _row(row)


def _jpeg_of(ctx: Context, record: PhotoRecord) -> bytes:
    if record.file_ref is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That photo's file was deleted (retention or retake)."))
    try:
        data = photo_path(ctx, record.file_ref).read_bytes()
    except FileNotFoundError as err:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "The photo file is missing from the data folder. Take the photo again.")
        ) from err
    if hashlib.sha256(data).hexdigest() != record.sha256:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "The photo file was changed outside Madoguchi. Take the photo again.")
        )
    return data


def read_photo(ctx: Context, photo_id: str) -> bytes:
    """The stored JPEG, checked against its checksum (audited view)."""
    require(ctx.actor, Role.COUNTER)
    record = get_photo(ctx, photo_id)
    data = _jpeg_of(ctx, record)
    audit.record(ctx, "view", ENTITY, photo_id)
    return data


def export_file_name(record: PhotoRecord) -> str:
    """No personal data in the name: the date taken and the start of the record id."""
    return f"photo-{to_local(record.taken_at):%Y%m%d}-{record.id[-8:]}.jpg"


def export_photo(ctx: Context, photo_id: str, folder: Path | None = None) -> Path:
    """Write the JPEG for the online application into this PC's export folder (audited export)."""
    require(ctx.actor, export_role(ctx))
    target_dir = folder if folder is not None else export_dir(ctx)
    if target_dir is None:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Errors", "No export folder is set for this PC. Choose one in Settings › Photo first."
            )
        )
    if not target_dir.is_dir():
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Errors", "The export folder {folder} is not available. Connect the drive or choose another folder."
            ),
            folder=str(target_dir),
        )
    record = get_photo(ctx, photo_id)
    data = _jpeg_of(ctx, record)
    target = target_dir / export_file_name(record)
    with write(ctx.db):
        audit.record(ctx, "export", ENTITY, photo_id, "online_jpeg")
        _write_atomic(target, data)
    return target


def record_sheet_output(ctx: Context, photo_id: str, how: str) -> None:
    """Audit a printed photo sheet (`how` = 'print') or one saved as PDF ('pdf')."""
    if how not in ("print", "pdf"):
        raise ValueError(how)
    get_photo(ctx, photo_id)
    audit.record(ctx, "print" if how == "print" else "export", ENTITY, photo_id, f"photo_sheet_{how}")


# --- listings -------------------------------------------------------------------------------------
def _day_bounds(day: date) -> tuple[str, str]:
    start = datetime.combine(day, time(0, 0), tzinfo=JST)
    end = datetime.combine(date.fromordinal(day.toordinal() + 1), time(0, 0), tzinfo=JST)
    return iso_utc(start), iso_utc(end)


def photos_on(ctx: Context, day: date) -> list[PhotoRecord]:
    """Photos and waivers recorded on a local day (all states), oldest first."""
    start, end = _day_bounds(day)
    rows = ctx.db.conn.execute(
        f"SELECT {_COLS} FROM photos WHERE taken_at >= ? AND taken_at < ? ORDER BY taken_at, id", (start, end)
    ).fetchall()
    return [_row(r) for r in rows]


def cases_without_photo(ctx: Context) -> list[str]:
    """Ids of received or suspended cases that have neither a photo nor a waiver, longest-waiting first."""
    rows = ctx.db.conn.execute(
        "SELECT c.id FROM card_cases c WHERE c.state IN ('received', 'suspended') AND NOT EXISTS "
        "(SELECT 1 FROM photos p WHERE p.case_id = c.id AND p.state = 'current') ORDER BY c.state_at, c.id"
    ).fetchall()
    return [str(r[0]) for r in rows]


def cases_with_missing_files(ctx: Context) -> list[str]:
    """Ids of current photos whose JPEG is not in the data folder (for the selftest)."""
    rows = ctx.db.conn.execute(
        "SELECT id, file_ref FROM photos WHERE state = 'current' AND file_ref IS NOT NULL"
    ).fetchall()
    return [str(r[0]) for r in rows if not photo_path(ctx, str(r[1])).is_file()]


# --- retention ------------------------------------------------------------------------------------
def purge_photos(ctx: Context, cutoff: date) -> int:
    """Delete the files of photos taken before the cutoff (a photo must be at most 6 months old to
    be used, so the default period is 183 days), blank their references, checksums and notes, and
    detach them from their cases. Runs inside the retention transaction; a file is deleted as its
    row is purged (should the transaction fail, the row then reports the file as missing)."""
    moment = iso_utc(datetime.combine(cutoff, time(0, 0), tzinfo=JST))
    rows = ctx.db.conn.execute(
        "SELECT id, file_ref, case_id FROM photos WHERE taken_at < ? AND kind = 'photo' AND state <> 'purged'",
        (moment,),
    ).fetchall()
    now = ctx.now_text()
    for photo_id, file_ref, case_id in rows:
        ctx.db.conn.execute(
            "UPDATE photos SET state = 'purged', file_ref = NULL, sha256 = NULL, override_note = '', "
            "purged_at = ?, updated_at = ?, device_id = ? WHERE id = ?",
            (now, now, ctx.device_id, photo_id),
        )
        if file_ref is not None:
            ctx.db.conn.execute(
                "UPDATE card_cases SET photo_ref = NULL, updated_at = ?, device_id = ? "
                "WHERE id = ? AND photo_ref = ?",
                (now, ctx.device_id, case_id, file_ref),
            )
            _remove(ctx, str(file_ref))
    return len(rows)
