"""Selftest: errors fail (exit 87), warnings do not; every kernel check on a healthy and a broken office."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from desktop.core.clock import FixedClock
from desktop.jobs.registry import SelftestResult
from desktop.ops import backups, selftest
from desktop.store.context import Context


@dataclass
class FakeJob:
    selftest: list[object] = field(default_factory=list)


def test_severities_decide_the_exit_code() -> None:
    ok = SelftestResult("A", True, "error")
    warn = SelftestResult("B", False, "warning", "hmm")
    err = SelftestResult("C", False, "error", "broken")
    assert selftest.exit_code([ok, warn]) == 0
    assert selftest.exit_code([ok, warn, err]) == selftest.EXIT_SELFTEST_FAILED == 87
    text = selftest.report([ok, warn, err], Path("/data"))
    lines = text.splitlines()
    assert lines[0] == "Madoguchi 0.1.0 selftest of /data"
    assert [ln.split()[0] for ln in lines[3:6]] == ["OK", "WARNING", "ERROR"]
    assert lines[-1] == "1 errors, 1 warnings."


def test_healthy_office_passes_the_kernel_checks(office: Context, clock: FixedClock, admin_ctx: Context) -> None:
    backups.set_passphrase(admin_ctx, "office passphrase 2026")
    backups.make_backup(office.data_dir, clock)
    results = {r.name: r for r in selftest.run(office, jobs=[], checks=None)}
    for name in ("Database integrity", "Schema version", "Audit trail", "Data folder", "Fonts",
                 "Translations", "Backups"):  # fmt: skip
        assert results[name].ok, (name, results[name].detail)
        assert results[name].severity == ("warning" if name == "Backups" else "error")
    assert results["Printers"].severity == "warning"  # none in the container: a warning, never an error
    assert results["Smart-card service"].severity == "warning"  # kernel fallback: no job checks it here


def test_backup_warnings(office: Context, clock: FixedClock) -> None:
    assert "no automatic backup yet" in selftest.check_backups(office).detail
    backups.make_backup(office.data_dir, clock)
    result = selftest.check_backups(office)
    assert not result.ok and result.severity == "warning" and "passphrase" in result.detail
    from datetime import timedelta

    clock.advance(timedelta(days=3))
    assert "3 days old" in selftest.check_backups(office).detail


def test_broken_audit_trail_is_an_error(office: Context) -> None:
    office.db.conn.execute("DELETE FROM audit_log WHERE seq = 2")
    result = selftest.check_audit(office)
    assert (result.ok, result.severity) == (False, "error") and "Entry 2" in result.detail


def test_schema_mismatch_is_an_error(office: Context, monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop.store.open as store_open

    real = store_open.all_migrations()
    monkeypatch.setattr(store_open, "all_migrations", lambda: real[:-1])
    result = selftest.check_schema(office)
    assert not result.ok and result.severity == "error"


def test_missing_translation_is_an_error(office: Context, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import desktop.i18n as i18n

    monkeypatch.setattr(i18n, "ts_path", lambda lang: tmp_path / "none.ts")
    result = selftest.check_translations(office)
    assert (result.ok, result.severity) == (False, "error")


def test_network_data_folder_is_an_error(office: Context, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ops import netpath

    monkeypatch.setattr(netpath, "network_reason", lambda folder: "nfs4")
    result = selftest.check_data_folder(office)
    assert (result.ok, result.severity) == (False, "error") and "network share" in result.detail


def test_job_checks_run_and_a_crashing_check_is_an_error(office: Context) -> None:
    def fine(ctx: Context) -> SelftestResult:
        return SelftestResult("Job check", True, "warning")

    def crashes(ctx: Context) -> SelftestResult:
        raise RuntimeError("oops")

    results = selftest.run(office, jobs=[FakeJob([fine, crashes])], checks=[])
    assert [r.name for r in results] == ["Job check", "crashes"]
    assert results[1].severity == "error" and "RuntimeError: oops" in results[1].detail
    assert selftest.exit_code(results) == 87


def test_smartcard_fallback_only_without_a_job_check(office: Context) -> None:
    def card_job(ctx: Context) -> SelftestResult:
        return SelftestResult(selftest.SMARTCARD_CHECK, False, "warning", "job says no")

    results = selftest.run(office, jobs=[FakeJob([card_job])], checks=None)
    assert [r.detail for r in results if r.name == selftest.SMARTCARD_CHECK] == ["job says no"]
