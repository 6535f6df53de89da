"""The audit chain against the anchor of the latest backup; `audit verify`; browsing filters; export."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.core.clock import FixedClock
from desktop.core.errors import NotAllowed
from desktop.core.staff import Actor, Role
from desktop.ops import audit_check, backups
from desktop.store import audit
from desktop.store.context import Context
from tests.ops.conftest import Run


def _tamper(ctx: Context, sql: str, *params: object) -> None:
    """What someone with a database editor could do: the append-only trigger is no obstacle."""
    ctx.db.conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    ctx.db.conn.execute(sql, params)


def _seq(ctx: Context) -> int:
    return int(ctx.db.conn.execute("SELECT MAX(seq) FROM audit_log").fetchone()[0])


def test_intact_chain_with_anchor(office: Context, clock: FixedClock) -> None:
    backups.make_backup(office.data_dir, clock)
    audit.record(office, "view", "person", "after")
    assert audit_check.verify(office) == []


def test_edited_entry(office: Context, clock: FixedClock) -> None:
    backups.make_backup(office.data_dir, clock)
    _tamper(office, "UPDATE audit_log SET entity_id = 'someone-else' WHERE seq = 3")
    [problem] = audit_check.verify(office)
    assert (problem.seq, problem.reason) == (3, "edited") and problem.entry_id
    text = audit_check.describe_problem(problem)
    assert text.startswith("Entry 3 of PC") and "was changed after it was written" in text


def test_deleted_middle_entry(office: Context) -> None:
    _tamper(office, "DELETE FROM audit_log WHERE seq = 4")
    [problem] = audit.verify(office)  # no backup needed for this one
    assert (problem.seq, problem.reason) == (4, "deleted")
    assert "deleted from the middle" in audit_check.describe_problem(problem)


def test_deleted_middle_entry_renumbered(office: Context) -> None:
    _tamper(office, "DELETE FROM audit_log WHERE seq = 4")
    _tamper(office, "UPDATE audit_log SET seq = seq - 1 WHERE seq > 4")
    [problem] = audit.verify(office)
    assert (problem.seq, problem.reason) == (4, "bad link")


def test_deleted_newest_entries_against_the_anchor(office: Context, clock: FixedClock) -> None:
    info = backups.make_backup(office.data_dir, clock)
    newest = info.audit_head[office.device_id][0]
    _tamper(office, "DELETE FROM audit_log WHERE seq > ?", newest - 3)
    assert audit.verify(office) == [], "without the anchor a cut chain looks intact"
    [problem] = audit_check.verify(office)
    assert (problem.seq, problem.reason, problem.last_seq) == (newest - 2, "cut", newest)
    text = audit_check.describe_problem(problem, {office.device_id: "窓口PC1"})
    assert text.startswith(f"Entries {newest - 2} to {newest} of PC 窓口PC1 are missing at the end")


def test_newest_entries_replaced_after_the_backup(office: Context, clock: FixedClock) -> None:
    info = backups.make_backup(office.data_dir, clock)
    newest = info.audit_head[office.device_id][0]
    _tamper(office, "DELETE FROM audit_log WHERE seq >= ?", newest - 1)
    for n in range(3):  # the chain is rebuilt properly past the anchor: only the anchor notices
        audit.record(office, "view", "person", f"forged{n}")
    assert audit.verify(office) == []
    [problem] = audit_check.verify(office)
    assert (problem.seq, problem.reason) == (newest, "rewritten")


def test_a_whole_device_chain_deleted(office: Context, clock: FixedClock) -> None:
    backups.make_backup(office.data_dir, clock)
    _tamper(office, "DELETE FROM audit_log")
    [problem] = audit_check.verify(office)
    assert (problem.seq, problem.reason) == (1, "cut")


def test_cli_audit_verify(office: Context, clock: FixedClock, run: Run) -> None:
    ok = run("audit", "verify")
    assert ok.code == 0 and "intact" in ok.out and "No backup has been taken yet" in ok.out
    backups.make_backup(office.data_dir, clock)
    assert run("audit", "verify").code == 0
    newest = _seq(office)
    _tamper(office, "DELETE FROM audit_log WHERE seq = ?", newest)
    cut = run("audit", "verify")
    assert cut.code == 86 and f"Entries {newest} to {newest} of PC" in cut.err
    _tamper(office, "UPDATE audit_log SET detail = 'x' WHERE seq = 2")
    edited = run("audit", "verify")
    assert edited.code == 86 and edited.err.startswith("Entry 2 of PC") and "changed" in edited.err


# -- browsing and export ----------------------------------------------------------------------------------


def test_search_filters(office: Context, clock: FixedClock, staff_users: dict[Role, Actor]) -> None:
    counter = office.as_actor(staff_users[Role.COUNTER])
    clock.advance(timedelta(days=2))
    audit.record(counter, "print", "card_case", "c1", "receipt")
    audit.record(office.as_actor(staff_users[Role.SUPERVISOR]), "export", "report", None, "monthly")
    all_entries = audit.search(office, audit.AuditFilter())
    assert all_entries[0].action == "export"  # newest first
    assert audit.count(office, audit.AuditFilter()) == len(all_entries)
    assert [e.entity_id for e in audit.search(office, audit.AuditFilter(login="COUNTER1", action="print"))] == ["c1"]
    assert len(audit.search(office, audit.AuditFilter(action="view", entity="person"))) == 5
    assert audit.search(office, audit.AuditFilter(entity_id="p2"))[0].entity_id == "p2"
    today = clock.today()
    recent = audit.AuditFilter.for_days(today, today)
    assert {e.action for e in audit.search(office, recent)} == {"print", "export"}
    earlier = audit.AuditFilter.for_days(None, today - timedelta(days=1))
    assert "print" not in {e.action for e in audit.search(office, earlier)}
    assert [e.seq for e in audit.search(office, audit.AuditFilter(), limit=2, offset=1)] == [
        e.seq for e in all_entries[1:3]
    ]
    assert "counter1" in audit.logins(office) and "card_case" in audit.entities(office)


def test_day_bounds_are_local_dates() -> None:
    f = audit.AuditFilter.for_days(date(2026, 11, 24), date(2026, 11, 24))
    assert (f.since, f.until) == ("2026-11-23T15:00:00.000000Z", "2026-11-24T15:00:00.000000Z")


def test_export_csv(office: Context, supervisor_ctx: Context, counter_ctx: Context, tmp_path: Path) -> None:
    with pytest.raises(NotAllowed):
        audit_check.collect(counter_ctx, audit.AuditFilter())
    data = audit_check.collect(supervisor_ctx, audit.AuditFilter(action="view"))
    out = tmp_path / "audit.csv"
    assert audit_check.write_csv(data, out) == 5
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM for Excel
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:3] == ["Date and time", "Staff", "Action"]
    assert {r[6] for r in rows[1:]} == {f"p{n}" for n in range(5)}
    assert rows[1][2] == "Viewed" and rows[1][4] == "Resident"
    last = audit.search(office, audit.AuditFilter())[0]
    assert (last.login, last.action, last.entity, last.detail) == ("super1", "export", "audit_log", "rows=5")


def test_cli_audit_export(office: Context, run: Run, tmp_path: Path) -> None:
    out = tmp_path / "a.csv"
    denied = run("audit", "export", "--out", str(out), "--user", "counter1", "--password-stdin",
                 stdin="correct-horse-1\n")  # fmt: skip
    assert denied.code == 4 and not out.exists()
    ok = run("audit", "export", "--out", str(out), "--from", "2026-11-24", "--to", "2026-11-24",
             "--user", "super1", "--password-stdin", stdin="correct-horse-1\n")  # fmt: skip
    assert ok.code == 0, ok.err
    assert "Wrote" in ok.out and len(out.read_text(encoding="utf-8-sig").splitlines()) > 5
