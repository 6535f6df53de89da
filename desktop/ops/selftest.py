"""`madoguchi selftest`: is this PC ready for the counter? (Qt-free except the printer probe.)

Errors (exit code 87): the database fails SQLite's integrity_check, its schema is not this version's,
the audit trail is broken, a bundled font or the Japanese translation is missing or unreadable, the
data folder is on a network share. Warnings (exit code 0): no printer visible to Qt, the smart-card
service not running (the card reader job's own checks), no recent automatic backup, no backup
passphrase set, little free disk space. Each installed job adds its own checks (`Job.selftest`).
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from desktop import __version__
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.i18n import tr_error, tr_text, translate
from desktop.jobs.registry import SelftestResult
from desktop.store.context import Context

log = logging.getLogger(__name__)

EXIT_SELFTEST_FAILED = 87
ERROR = "error"
WARNING = "warning"
LOW_DISK_BYTES = 1024 * 1024 * 1024  # 1 GiB: a year of records and two weeks of backups fit easily
BACKUP_MAX_AGE = timedelta(days=2)
SMARTCARD_CHECK = QT_TRANSLATE_NOOP("Selftest", "Smart-card service")

Check = Callable[[Context], SelftestResult]


def _ok(name: str, severity: str, detail: str = "") -> SelftestResult:
    return SelftestResult(name, True, severity, detail)


def _fail(name: str, severity: str, detail: str) -> SelftestResult:
    return SelftestResult(name, False, severity, detail)


def check_integrity(ctx: Context) -> SelftestResult:
    name = QT_TRANSLATE_NOOP("Selftest", "Database integrity")
    rows = [str(r[0]) for r in ctx.db.conn.execute("PRAGMA integrity_check(20)")]
    if rows == ["ok"]:
        return _ok(name, ERROR)
    return _fail(name, ERROR, "; ".join(rows[:3]))


def check_schema(ctx: Context) -> SelftestResult:
    from desktop.store.migrate import current_version, latest_version
    from desktop.store.open import all_migrations

    name = QT_TRANSLATE_NOOP("Selftest", "Schema version")
    have, want = current_version(ctx.db), latest_version(all_migrations())
    if have == want:
        return _ok(name, ERROR, str(have))
    return _fail(
        name, ERROR, translate("Selftest", "database {have}, this version {want}").format(have=have, want=want)
    )


def check_audit(ctx: Context) -> SelftestResult:
    from desktop.ops.audit_check import describe_problem
    from desktop.ops.backups import read_anchor
    from desktop.store import audit

    name = QT_TRANSLATE_NOOP("Selftest", "Audit trail")
    problems = audit.verify(ctx, read_anchor(ctx.data_dir))
    if not problems:
        return _ok(name, ERROR)
    return _fail(name, ERROR, describe_problem(problems[0]))


def check_fonts(ctx: Context) -> SelftestResult:
    from desktop.printing.fonts import FONT_FILES, MAIN, font_path, has_glyph

    name = QT_TRANSLATE_NOOP("Selftest", "Fonts")
    missing = [FONT_FILES[f] for f in FONT_FILES if not font_path(f).is_file()]
    if missing:
        return _fail(name, ERROR, translate("Selftest", "missing: {files}").format(files=", ".join(missing)))
    try:
        if not all(has_glyph(MAIN, ch) for ch in "窓口交付"):
            return _fail(name, ERROR, translate("Selftest", "the main font lacks Japanese characters"))
    except Exception as exc:  # noqa: BLE001 - a damaged font file reads as anything
        return _fail(name, ERROR, translate("Selftest", "unreadable: {reason}").format(reason=exc))
    return _ok(name, ERROR, ", ".join(FONT_FILES.values()))


def check_translations(ctx: Context) -> SelftestResult:
    from desktop.i18n import load_ts, qm_file, ts_path

    name = QT_TRANSLATE_NOOP("Selftest", "Translations")
    path = ts_path("ja")
    try:
        catalogue = load_ts(path) if path.is_file() else {}
    except Exception as exc:  # noqa: BLE001 - ParseError, OSError
        return _fail(name, ERROR, translate("Selftest", "unreadable: {reason}").format(reason=exc))
    if not catalogue:
        return _fail(name, ERROR, translate("Selftest", "the Japanese translation is missing"))
    if qm_file("ja") is None:
        return _fail(name, ERROR, translate("Selftest", "the Japanese translation cannot be compiled for Qt"))
    return _ok(name, ERROR, translate("Selftest", "Japanese: {n} messages").format(n=len(catalogue)))


def check_printers(ctx: Context) -> SelftestResult:
    name = QT_TRANSLATE_NOOP("Selftest", "Printers")
    try:
        from PySide6.QtPrintSupport import QPrinterInfo

        names = list(QPrinterInfo.availablePrinterNames())
        default = QPrinterInfo.defaultPrinterName()
    except Exception as exc:  # noqa: BLE001 - no print support on this system
        return _fail(name, WARNING, str(exc))
    if not names:
        return _fail(name, WARNING, translate("Selftest", "no printer is visible; documents can still be saved as PDF"))
    shown = ", ".join(f"{n} *" if n == default else n for n in names)
    return _ok(name, WARNING, shown)


def check_smartcard(ctx: Context) -> SelftestResult:
    """Fallback when no installed job checks the smart-card service itself."""
    try:
        from smartcard.System import readers

        found = readers()
    except Exception as exc:  # noqa: BLE001 - no PC/SC service
        return _fail(SMARTCARD_CHECK, WARNING, str(exc) or type(exc).__name__)
    return _ok(SMARTCARD_CHECK, WARNING, ", ".join(str(r) for r in found))


def check_backups(ctx: Context) -> SelftestResult:
    from desktop.ops.backups import newest_backup_age, passphrase_is_set

    name = QT_TRANSLATE_NOOP("Selftest", "Backups")
    age = newest_backup_age(ctx.data_dir, ctx.clock.now())
    if age is None:
        return _fail(name, WARNING, translate("Selftest", "no automatic backup yet"))
    if age > BACKUP_MAX_AGE:
        return _fail(name, WARNING, translate("Selftest", "the newest backup is {days} days old").format(days=age.days))
    if not passphrase_is_set(ctx):
        return _fail(name, WARNING, translate("Selftest", "no backup passphrase set for encrypted copies"))
    return _ok(name, WARNING)


def check_data_folder(ctx: Context) -> SelftestResult:
    from desktop.ops.netpath import NetworkDataFolder, check_data_dir

    name = QT_TRANSLATE_NOOP("Selftest", "Data folder")
    try:
        check_data_dir(ctx.data_dir)
    except NetworkDataFolder as err:
        return _fail(name, ERROR, tr_error(err))
    return _ok(name, ERROR, str(ctx.data_dir))


def check_disk_space(ctx: Context) -> SelftestResult:
    name = QT_TRANSLATE_NOOP("Selftest", "Free disk space")
    free = shutil.disk_usage(ctx.data_dir).free
    detail = f"{free / 1024**3:.1f} GB"
    return (_ok if free >= LOW_DISK_BYTES else _fail)(name, WARNING, detail)


KERNEL_CHECKS: list[Check] = [
    check_integrity, check_schema, check_audit, check_data_folder, check_disk_space, check_fonts,
    check_translations, check_printers, check_backups,
]  # fmt: skip


def run(ctx: Context, *, jobs: list[object] | None = None, checks: list[Check] | None = None) -> list[SelftestResult]:
    """Run the kernel's checks, then every installed job's; a check that raises is an error."""
    if jobs is None:
        from desktop.jobs.registry import jobs as registered

        jobs = list(registered())
    all_checks = list(KERNEL_CHECKS if checks is None else checks)
    for job in jobs:
        all_checks.extend(getattr(job, "selftest", []))
    results = [_run_one(check, ctx) for check in all_checks]
    if checks is None and not any(r.name == SMARTCARD_CHECK for r in results):
        results.append(_run_one(check_smartcard, ctx))
    return results


def _run_one(check: Check, ctx: Context) -> SelftestResult:
    try:
        return check(ctx)
    except Exception as exc:  # noqa: BLE001 - a failing check is a failed check, not a crash
        log.exception("selftest check %s failed", getattr(check, "__name__", check))
        name = getattr(check, "__name__", "check").removeprefix("check_").replace("_", " ")
        return SelftestResult(name, False, ERROR, f"{type(exc).__name__}: {exc}")


def exit_code(results: list[SelftestResult]) -> int:
    return EXIT_SELFTEST_FAILED if any(not r.ok and r.severity == ERROR for r in results) else 0


def report(results: list[SelftestResult], data_dir: Path) -> str:
    """A short plain-text report, one line per check."""
    from desktop.cli_common import format_table

    labels = {
        (True, ERROR): translate("Selftest", "OK"), (True, WARNING): translate("Selftest", "OK"),
        (False, ERROR): translate("Selftest", "ERROR"), (False, WARNING): translate("Selftest", "WARNING"),
    }  # fmt: skip
    rows = [[labels[(r.ok, r.severity)], tr_text(r.name), r.detail] for r in results]
    errors = sum(1 for r in results if not r.ok and r.severity == ERROR)
    warnings = sum(1 for r in results if not r.ok and r.severity == WARNING)
    title = translate("Selftest", "Madoguchi {version} selftest of {folder}").format(
        version=__version__, folder=data_dir
    )
    table = format_table([translate("Selftest", "Result"), translate("Selftest", "Check"),
                          translate("Selftest", "Detail")], rows)  # fmt: skip
    summary = translate("Selftest", "{errors} errors, {warnings} warnings.").format(
        errors=errors, warnings=warnings
    )
    return f"{title}\n\n{table}\n\n{summary}"
