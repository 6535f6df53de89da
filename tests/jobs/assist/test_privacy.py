"""Nothing the assistance job keeps can hold an image of an ID document or a PIN: no column could, the
database refuses what tries, and after a whole 申請時来庁 application — with a form image decoded on
the way and logging on — no field, no file in the data folder and no log line holds an image, a PIN, a
個人番号 or a resident's name."""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import replace
from pathlib import Path

import cv2
import pytest

from desktop.core.cases import DeliveryMethod
from desktop.core.office import OfficeProfile
from desktop.core.people import InvalidField
from desktop.jobs.assist.domain.application_form import decode_qr_file
from desktop.jobs.assist.domain.apply_identity import ApplyIdentityDraft
from desktop.jobs.assist.domain.records import SuspendReason
from desktop.jobs.assist.store import begin, records
from desktop.logs import setup_logging, teardown_logging
from desktop.store.context import Context
from tests.jobs.assist.conftest import APP_ID, make_person
from tests.jobs.assist.test_store import complete_draft

TABLES = ("assist_records", "assist_venue_sessions")
HEX_DIGEST = re.compile(r"\b[0-9a-f]{40,}\b")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"BM", b"II*\x00", b"MM\x00*")


def columns(ctx: Context, table: str) -> list[tuple[str, str]]:
    return [(str(r[1]), str(r[2]).upper()) for r in ctx.db.conn.execute(f"PRAGMA table_info({table})")]


def test_no_column_could_hold_an_image_or_a_pin(ctx: Context) -> None:
    for table in TABLES:
        cols = columns(ctx, table)
        assert all(kind in ("TEXT", "INTEGER") for _name, kind in cols), cols  # no BLOB, no ANY
        pin_cols = [name for name, _kind in cols if "pin" in name]
        assert all(kind == "INTEGER" for name, kind in cols if name in pin_cols)
        assert not [name for name, _k in cols if re.search(r"image|photo_data|scan|document_number|id_number|individual", name)]
    assert sorted(n for n, _k in columns(ctx, "assist_records") if "pin" in n) == ["pin_request_received", "pin_typed"]


def test_the_database_refuses_a_pin_or_an_individual_number(counter_ctx: Context, office: OfficeProfile) -> None:
    s = begin.begin_person(counter_ctx, make_person(counter_ctx).id or "")
    conn = counter_ctx.db.conn
    for column, value in (("pin_typed", 1234), ("pin_typed", "1234"), ("questions", "番号123456789012"),
                          ("suspend_reason", "other: 123456789012"), ("phone", "123456789012")):  # fmt: skip
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(f"UPDATE assist_records SET {column} = ? WHERE id = ?", (value, s.record.id))
    for text in ("暗証番号は1234です", "個人番号 1234-5678-9012"):
        with pytest.raises(InvalidField):
            records.save_draft(counter_ctx, replace(s.draft, questions=text))
        with pytest.raises(InvalidField):
            records.suspend(counter_ctx, s.draft, SuspendReason.OTHER, text)


def test_a_whole_application_leaves_no_image_pin_or_name_behind(
    tmp_path: Path, counter_ctx: Context, office: OfficeProfile, data_dir: Path
) -> None:
    handler = setup_logging(data_dir, logging.DEBUG)
    try:
        image = tmp_path / "outside" / "form.png"
        image.parent.mkdir()
        code = cv2.QRCodeEncoder.create().encode(f"https://example.jp/?id={APP_ID}")
        cv2.imwrite(str(image), cv2.resize(code, None, fx=6, fy=6, interpolation=cv2.INTER_NEAREST))
        assert decode_qr_file(image).application_id() == APP_ID
        person = make_person(counter_ctx, "秘密 花子", "ヒミツ ハナコ")
        s = begin.begin_person(counter_ctx, person.id or "")
        identity = ApplyIdentityDraft(("driving_licence",), pin_typed=True, id_copy_consent=True,
                                      pin_request_received=True, delivery=DeliveryMethod.TOKUREI, name_confirmed=True,
                                      kana_confirmed=True, postal_confirmed=True, address_confirmed=True)  # fmt: skip
        records.finish(counter_ctx, complete_draft(s.draft, mailed_later=True, identity=identity))
        logging.getLogger("desktop.jobs.assist").info("application finished")
    finally:
        teardown_logging(handler)
    # no image file anywhere in the data folder (the decoded form image was read where it was)
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert not [p for p in files if p.suffix.lower() in (".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff")]
    assert image.exists() and image.parent != data_dir
    # no image bytes and no PIN-like value in any field of any table
    conn = counter_ctx.db.conn
    tables = [str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        cursor = conn.execute(f"SELECT * FROM {table}")  # noqa: S608 - table names from sqlite_master
        names = [d[0] for d in cursor.description]
        for row in cursor:
            for name, value in zip(names, row, strict=True):
                if name in ("id", "hash", "prev_hash") or name.endswith("_id"):
                    continue  # record ids (UUIDv7) and the audit chain's hex digests
                if isinstance(value, bytes):
                    assert not value.startswith(IMAGE_MAGIC), table
                    assert len(value) < 4096, table
                elif isinstance(value, str):
                    text = UUID.sub("", HEX_DIGEST.sub("", value))  # ids and digests named in details
                    assert not re.search(r"(?<!\d)\d{12}(?!\d)", text), (table, name, value)
                    assert not value.startswith(("data:image", "/9j/", "iVBOR")), table  # base64 images
    # the identity result holds document KINDS and the rule only
    stored = conn.execute("SELECT identity_result FROM card_cases").fetchone()[0]
    assert stored == '{"rule": "A+PIN", "documents": ["driving_licence"]}'
    # the audit trail and the log name no resident and hold no ID
    details = " ".join(str(r[0]) for r in conn.execute("SELECT detail FROM audit_log"))
    assert "秘密" not in details and APP_ID not in details
    log_text = "".join(p.read_text(encoding="utf-8") for p in (data_dir / "logs").glob("*.log*"))
    assert "application finished" in log_text
    assert "秘密" not in log_text and "ヒミツ" not in log_text and APP_ID not in log_text
