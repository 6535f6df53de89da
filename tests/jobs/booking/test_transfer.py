"""CSV import and export: every kind of refused row (with its line number, and nothing written),
--dry-run, UTF-8 with/without BOM and CP932 input, idempotence, families, the export → import round
trip, and the CP932 export refusing a name it cannot encode."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from pathlib import Path

import pytest

from desktop.core.clock import FixedClock
from desktop.core.errors import DomainError
from desktop.core.services import SERVICE_KEYS
from desktop.core.staff import Role
from desktop.jobs.booking.domain.transfer import SAMPLE_MAPPING, load_mapping
from desktop.jobs.booking.store.bookings import create_booking
from desktop.jobs.booking.store.transfer import export_bookings, import_bookings
from desktop.store.context import Context
from desktop.store.office import mark_office_kind, save_profile
from tests.jobs.booking.conftest import booking_profile, open_booking_office

MAPPING = load_mapping(SAMPLE_MAPPING.read_text(encoding="utf-8"), SERVICE_KEYS)
HEADER = "予約ID,予約日,開始時刻,用件,氏名,フリガナ,生年月日,電話番号,予約番号,備考"
GOOD = [
    "W-1,2026/11/25,9:00,マイナンバーカード交付,山田 太郎,ヤマダ タロウ,1980-05-01,090-1111-2222,ABC123456,",
    "W-1,2026/11/25,9:00,マイナンバーカード交付,山田 花子,ヤマダ ハナコ,1982-06-02,090-1111-2222,,",
    "W-2,2026/11/26,14:00,申請サポート,佐藤 一郎,サトウ イチロウ,S30.1.15,0123-45-6789,,車椅子",
]


def csv_bytes(lines: list[str], encoding: str = "utf-8") -> bytes:
    return ("\r\n".join([HEADER, *lines]) + "\r\n").encode(encoding)


def count(ctx: Context, table: str) -> int:
    return int(ctx.db.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_sample_mapping_is_valid_and_documents_every_field() -> None:
    assert MAPPING.header == HEADER.split(",")
    assert MAPPING.services["申請サポート"] == "assist"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932"])
def test_import_reads_utf8_with_or_without_bom_and_cp932(office: Context, encoding: str) -> None:
    report = import_bookings(office, csv_bytes(GOOD, encoding), MAPPING)
    assert report.errors == [] and report.written
    assert (report.bookings_added, report.people_added) == (2, 3)
    names = [r[0] for r in office.db.conn.execute("SELECT name FROM people ORDER BY name")]
    assert names == ["佐藤 一郎", "山田 太郎", "山田 花子"]
    family = office.db.conn.execute("SELECT party_size, reservation_number, channel FROM bookings "
                                    "WHERE external_id = 'W-1'").fetchone()  # fmt: skip
    assert tuple(family) == (2, "ABC123456", "import")


def test_importing_twice_adds_nothing(office: Context) -> None:
    import_bookings(office, csv_bytes(GOOD), MAPPING)
    again = import_bookings(office, csv_bytes(GOOD), MAPPING)
    assert (again.bookings_added, again.already_imported, again.people_added) == (0, 2, 0)
    assert count(office, "bookings") == 2 and count(office, "people") == 3


def test_without_an_id_column_the_row_hash_is_the_key(office: Context) -> None:
    mapping = load_mapping(SAMPLE_MAPPING.read_text(encoding="utf-8").replace('external_id = "予約ID"', ""),
                           SERVICE_KEYS)  # fmt: skip
    data = csv_bytes(GOOD)
    first = import_bookings(office, data, mapping)
    second = import_bookings(office, data, mapping)
    assert first.bookings_added == 3 and second.already_imported == 3 and second.bookings_added == 0


def test_dry_run_checks_everything_and_writes_nothing(office: Context) -> None:
    before = count(office, "audit_log")
    report = import_bookings(office, csv_bytes(GOOD), MAPPING, dry_run=True)
    assert report.bookings_added == 2 and not report.written
    assert count(office, "bookings") == 0 and count(office, "people") == 0
    assert count(office, "audit_log") == before


BAD_ROWS = {
    "bad_date": "B-1,2026/13/01,9:00,申請サポート,田中 一,タナカ ハジメ,1990-01-01,,,",
    "bad_time": "B-2,2026/11/25,九時,申請サポート,田中 二,タナカ ジ,1990-01-01,,,",
    "unknown_service": "B-3,2026/11/25,9:00,住民票,田中 三,タナカ サン,1990-01-01,,,",
    "no_name": "B-4,2026/11/25,9:00,申請サポート,,タナカ,1990-01-01,,,",
    "bad_birth_date": "B-5,2026/11/25,9:00,申請サポート,田中 五,タナカ ゴ,1990-02-30,,,",
    "closed_day": "B-6,2026/11/28,9:00,申請サポート,田中 六,タナカ ロク,1990-01-01,,,",
    "past_day": "B-7,2026/11/20,9:00,申請サポート,田中 七,タナカ ナナ,1990-01-01,,,",
    "bad_person": "B-8,2026/11/25,9:00,申請サポート,田中 八,たなか８,1990-01-01,,,",
}


@pytest.mark.parametrize("kind", sorted(BAD_ROWS))
def test_each_kind_of_bad_row_is_reported_with_its_line_and_nothing_is_written(office: Context, kind: str) -> None:
    report = import_bookings(office, csv_bytes([*GOOD, BAD_ROWS[kind]]), MAPPING)
    assert [(e.line, e.kind) for e in report.errors] == [(5, kind)]
    assert not report.written
    assert count(office, "bookings") == 0 and count(office, "people") == 0


def test_a_full_slot_is_refused_also_when_rows_of_the_file_fill_it(office: Context) -> None:
    rows = [f"F-{i},2026/11/25,10:00,申請サポート,住民 {i},ジュウミン,1990-01-0{i},,," for i in range(1, 4)]
    report = import_bookings(office, csv_bytes(rows), MAPPING)  # two desks: the third row is refused
    assert [(e.line, e.kind) for e in report.errors] == [(4, "full_slot")]
    assert count(office, "bookings") == 0


def test_imports_bypass_the_booking_window_but_not_capacity(office: Context) -> None:
    far = "X-1,2027/02/01,9:00,マイナンバーカード交付,遠藤 一,エンドウ ハジメ,1970-01-01,,,"
    report = import_bookings(office, csv_bytes([far]), MAPPING)
    assert report.written and report.bookings_added == 1


def test_a_file_that_is_not_utf8_or_cp932_is_refused(office: Context) -> None:
    with pytest.raises(DomainError):
        import_bookings(office, HEADER.encode("utf-16"), MAPPING)


def test_export_round_trips_through_import(office: Context, staff: dict[Role, Context], data_dir: Path,
                                           clock: FixedClock, resident: Callable[..., str], tmp_path: Path) -> None:  # fmt: skip
    import_bookings(office, csv_bytes(GOOD), MAPPING)
    create_booking(office, "cert_renewal", date(2026, 11, 27), time(11), [resident("髙橋 一", "タカハシ ハジメ")],
                   notes="電話予約")  # fmt: skip
    exported, rows = export_bookings(staff[Role.SUPERVISOR], date(2026, 11, 24), date(2026, 12, 31), MAPPING)
    assert rows == 4 and exported.startswith(b"\xef\xbb\xbf")
    assert "電子証明書更新" in exported.decode("utf-8-sig")
    # the same office: everything is already there
    again = import_bookings(office, exported, MAPPING)
    assert again.bookings_added == 0 and again.already_imported == 3
    # another office imports it and exports the very same file
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other = open_booking_office(other_dir, clock)
    try:
        save_profile(other, booking_profile())
        mark_office_kind(other, "real")
        assert import_bookings(other, exported, MAPPING).written
        assert export_bookings(other, date(2026, 11, 24), date(2026, 12, 31), MAPPING)[0] == exported
    finally:
        other.db.close()


def test_cp932_export_refuses_a_name_it_cannot_encode(office: Context, staff: dict[Role, Context],
                                                      resident: Callable[..., str]) -> None:  # fmt: skip
    create_booking(office, "handover", date(2026, 11, 25), time(9), [resident("佐藤 一", "サトウ ハジメ")])
    create_booking(office, "handover", date(2026, 11, 26), time(9), [resident("𠮷田 太郎", "ヨシダ タロウ")])
    with pytest.raises(DomainError) as refused:
        export_bookings(staff[Role.SUPERVISOR], date(2026, 11, 24), date(2026, 11, 30), MAPPING, encoding="cp932")
    assert "3:氏名" in str(refused.value)
    data, _ = export_bookings(staff[Role.SUPERVISOR], date(2026, 11, 24), date(2026, 11, 25), MAPPING,
                              encoding="cp932")  # fmt: skip
    assert "佐藤 一" in data.decode("cp932")


def test_only_supervisors_export_and_exports_are_audited(office: Context, staff: dict[Role, Context]) -> None:
    from desktop.core.errors import NotAllowed

    with pytest.raises(NotAllowed):
        export_bookings(staff[Role.COUNTER], date(2026, 11, 24), date(2026, 11, 30), MAPPING)
    export_bookings(staff[Role.SUPERVISOR], date(2026, 11, 24), date(2026, 11, 30), MAPPING)
    (detail,) = office.db.conn.execute("SELECT detail FROM audit_log WHERE action = 'export'").fetchone()
    assert "rows=0" in detail
