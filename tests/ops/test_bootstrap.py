"""The GUI bootstrap's operations: the start-up integrity check (recovery offered), the backup on exit,
the network-folder refusal. In-process with the scripted prompter, plus two real starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop import __main__ as bootstrap
from desktop.core.clock import FixedClock
from desktop.core.office import OfficeProfile
from desktop.ops import backups
from desktop.platform.paths import backups_dir, database_path
from desktop.store.context import Context
from desktop.tasks.prompt import ScriptedPrompter

ROOT = Path(__file__).resolve().parents[2]


def _corrupt(ctx: Context) -> None:
    ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.db.close()
    path = database_path(ctx.data_dir)
    data = bytearray(path.read_bytes())
    for at in range(4096 * 2, len(data) - 4096, 4096):
        data[at : at + 32] = b"\xff" * 32
    path.write_bytes(bytes(data))


def test_healthy_database_starts_without_a_question(office: Context) -> None:
    prompter = ScriptedPrompter()
    assert bootstrap._check_database(office.data_dir, prompter)
    assert prompter.asked == []


def test_damaged_database_offers_the_newest_good_backup(office: Context, clock: FixedClock) -> None:
    backups.make_backup(office.data_dir, clock)
    _corrupt(office)
    declined = ScriptedPrompter(answers=[False])
    assert not bootstrap._check_database(office.data_dir, declined)
    assert declined.asked[0][0] == "ask" and "taken 2026-11-24 10:00" in declined.asked[0][2]
    assert not list(backups_dir(office.data_dir).glob("damaged-*"))  # nothing done without a yes
    accepted = ScriptedPrompter(answers=[True])
    assert bootstrap._check_database(office.data_dir, accepted)
    assert accepted.asked[-1][0] == "info"
    assert list(backups_dir(office.data_dir).glob("damaged-*"))
    assert bootstrap._check_database(office.data_dir, ScriptedPrompter())


def test_damaged_database_without_backup_refuses_to_start(office: Context) -> None:
    _corrupt(office)
    prompter = ScriptedPrompter()
    assert not bootstrap._check_database(office.data_dir, prompter)
    assert prompter.asked[0][0] == "error" and "no good backup" in prompter.asked[0][2]


def test_backup_on_exit_only_for_a_set_up_office(ctx: Context, tmp_path: Path) -> None:
    bootstrap._backup_on_exit(ctx.data_dir)  # a first run without an office profile
    assert backups.list_backups(ctx.data_dir) == []
    from desktop.store.office import mark_office_kind

    mark_office_kind(ctx, "real")
    bootstrap._backup_on_exit(ctx.data_dir)
    [info] = backups.list_backups(ctx.data_dir)
    assert info.reason == "exit"
    bootstrap._backup_on_exit(tmp_path / "missing")  # never raises


BOOT = r"""
import os, sys
from PySide6.QtCore import QTimer
import desktop.ui.shell as shell
import desktop.tasks.qt_prompter as qt_prompter
import desktop.ops.netpath as netpath
import desktop.ops.scheduler as scheduler

if os.environ.get("FAKE_NETWORK"):
    netpath.network_reason = lambda folder: "UNC path"

state = {"end": False}

def end(launcher):
    state["end"] = True
    if launcher.login_window is not None:
        QTimer.singleShot(0, launcher.login_window.close)  # the last window closes: the run ends

def login(self, _show=shell.Launcher.show_login):
    _show(self)
    if self.login_window is not None:
        print("LOGIN", flush=True)
        if state["end"]:
            end(self)

def checked(self, result, _orig=scheduler.IntegrityGuard._checked):
    print("CHECKED", "ok" if result.ok else "damaged", flush=True)
    _orig(self, result)
    if result.ok:
        end(self.launcher)

def done(self, aside, _orig=scheduler.IntegrityGuard._done):
    _orig(self, aside)
    end(self.launcher)

shell.Launcher.show_login = login
scheduler.IntegrityGuard._checked, scheduler.IntegrityGuard._done = checked, done
ANSWER = os.environ.get("ANSWER", "yes") == "yes"
qt_prompter.QtPrompter.ask_yes_no = lambda self, t, x, default_yes=False: print("ASK", t, flush=True) or ANSWER
qt_prompter.QtPrompter.info = lambda self, t, x: print("INFO", t, flush=True)
qt_prompter.QtPrompter.error = lambda self, t, x, d="": print("ERROR", t, "|", x, flush=True)
from desktop.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def _boot(tmp_path: Path, data_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "boot.py"
    script.write_text(BOOT, encoding="utf-8")
    full = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
                XDG_CACHE_HOME=str(tmp_path / "cache"), **env)  # fmt: skip
    return subprocess.run([sys.executable, str(script), "--data-dir", str(data_dir), "--lang", "en"],
                          cwd=ROOT, env=full, capture_output=True, text=True, timeout=60)  # fmt: skip


def _corrupt_page_of(ctx: Context, index: str) -> None:
    """Damage one index's root page only: the database opens, SQLite's quick_check finds it."""
    root = int(ctx.db.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0])
    page = int(ctx.db.conn.execute("PRAGMA page_size").fetchone()[0])
    ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.db.close()
    path = database_path(ctx.data_dir)
    data = bytearray(path.read_bytes())
    data[(root - 1) * page : (root - 1) * page + 16] = b"\xff" * 16
    path.write_bytes(bytes(data))


def test_damage_found_in_the_background_is_repaired_from_a_backup(
    tmp_path: Path, office: Context, office_profile: OfficeProfile, clock: FixedClock
) -> None:
    backups.make_backup(office.data_dir, clock)
    _corrupt_page_of(office, "audit_log_entity")
    result = _boot(tmp_path, office.data_dir)
    assert result.returncode == 0, result.stderr
    lines = [ln for ln in result.stdout.split("\n") if ln]
    if lines[0] == "LOGIN":  # the login window may or may not be up before the check ends
        lines.pop(0)
    assert lines == ["CHECKED damaged", "ASK The database is damaged", "INFO Backup restored", "LOGIN"]
    assert list(backups_dir(office.data_dir).glob("replaced-*"))  # the damaged content, kept aside
    reasons = [b.reason for b in backups.list_backups(office.data_dir)]
    assert reasons == ["exit", "manual"]  # and the backup on exit


def test_damage_found_and_no_restore_ends_without_backing_up_the_damage(
    tmp_path: Path, office: Context, office_profile: OfficeProfile, clock: FixedClock
) -> None:
    backups.make_backup(office.data_dir, clock)
    _corrupt_page_of(office, "audit_log_entity")
    result = _boot(tmp_path, office.data_dir, ANSWER="no")
    assert result.returncode == 3, result.stderr
    assert "ASK The database is damaged" in result.stdout
    assert [b.reason for b in backups.list_backups(office.data_dir)] == ["manual"]  # no "exit" backup


def test_a_database_that_will_not_open_is_repaired_before_anyone_logs_in(
    tmp_path: Path, office: Context, office_profile: OfficeProfile, clock: FixedClock
) -> None:
    backups.make_backup(office.data_dir, clock)
    office.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    office.db.close()
    path = database_path(office.data_dir)
    data = bytearray(path.read_bytes())
    data[4096 - 1200 : 4096] = b"\xff" * 1200  # the schema records at the end of page 1
    path.write_bytes(bytes(data))
    result = _boot(tmp_path, office.data_dir)
    assert result.returncode == 0, result.stderr
    lines = [ln for ln in result.stdout.split("\n") if ln]
    # the login window shows at once; when the database will not open it closes, the backup is
    # offered and restored, and the login window opens again on the repaired office
    assert lines[:3] == ["LOGIN", "ASK The database is damaged", "INFO Backup restored"]
    assert sorted(lines[3:]) == ["CHECKED ok", "LOGIN"]
    assert list(backups_dir(office.data_dir).glob("damaged-*"))


def test_start_refuses_a_network_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "share"
    result = _boot(tmp_path, folder, FAKE_NETWORK="1")
    assert result.returncode == 3
    assert result.stdout.startswith("ERROR The data folder is on a network share | The data folder")
    assert not folder.exists()  # not even a log was written there


# -- the daily backup (desktop.ops.scheduler.AutoBackup) --------------------------------------------------


def test_auto_backup_once_a_day(qtbot: object, office: Context, office_profile: OfficeProfile,
                                clock: FixedClock) -> None:  # fmt: skip
    from datetime import timedelta

    from desktop.ops.scheduler import AutoBackup
    from desktop.tasks import SyncTaskRunner

    prompter = ScriptedPrompter()
    damaged = [False]
    auto = AutoBackup(office.data_dir, SyncTaskRunner(prompter), prompter, clock,
                      allowed=lambda: not damaged[0])  # fmt: skip
    done: list[object] = []
    auto.finished.connect(done.append)
    auto.check()
    assert [b.reason for b in backups.list_backups(office.data_dir)] == ["daily"] and len(done) == 1
    auto.check()  # the same day: nothing
    clock.advance(timedelta(days=1))
    damaged[0] = True
    auto.check()  # a damaged database is never backed up
    assert len(backups.list_backups(office.data_dir)) == 1
    damaged[0] = False
    auto.check()
    assert len(backups.list_backups(office.data_dir)) == 2 and not auto.running


def test_auto_backup_failure_is_said_once(qtbot: object, office: Context, office_profile: OfficeProfile,
                                         clock: FixedClock, monkeypatch: object) -> None:  # fmt: skip
    import errno

    from desktop.ops.scheduler import AutoBackup
    from desktop.tasks import SyncTaskRunner

    def full(*_a: object, **_k: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups.store_backup, "snapshot", full)  # type: ignore[attr-defined]
    prompter = ScriptedPrompter()
    auto = AutoBackup(office.data_dir, SyncTaskRunner(prompter), prompter, clock)
    auto.check()
    auto.check()
    assert prompter.texts("error") == ["The disk is full. Nothing was lost; free some space and try again."]
    assert not auto.running


# -- the login window first (the launch target of docs/BENCHMARKS.md, kept by construction) -----------

FIRST = r"""
import sys
import desktop.__main__ as bootstrap

LATER = ("sqlite_utils", "desktop.store.db", "desktop.store.open", "desktop.jobs.registry",
         "desktop.ui.main_window", "desktop.security.auth")

def session(app, data_dir, prompter, _session=bootstrap._session):
    from PySide6.QtCore import QTimer
    import desktop.ui.shell as shell

    def show_login(self, _show=shell.Launcher.show_login):
        _show(self)
        print("LOADED", *[m for m in LATER if m in sys.modules], flush=True)
        QTimer.singleShot(0, self.login_window.close)

    shell.Launcher.show_login = show_login
    return _session(app, data_dir, prompter)

bootstrap._session = session
sys.exit(bootstrap.main(sys.argv[1:]))
"""


def test_the_login_window_shows_before_the_database_layer_and_the_jobs_load(
    tmp_path: Path, office: Context, office_profile: OfficeProfile
) -> None:
    script = tmp_path / "first.py"
    script.write_text(FIRST, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(tmp_path / "cache"))
    result = subprocess.run([sys.executable, str(script), "--data-dir", str(office.data_dir), "--lang", "en"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[0] == "LOADED"  # none of them: they load on the database thread after


MISSING_FONT = r"""
import sys
import desktop.app as app_module
app_module.FONT_FILES = ("BIZUDGothic-Regular.ttf", "BIZUDGothic-Bold.ttf", "NoSuchFallback.ttf")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import desktop.tasks.qt_prompter as qt_prompter
import desktop.ui.shell as shell

def login(self, _show=shell.Launcher.show_login):
    _show(self)
    print("LOGIN", flush=True)

def warn(self, title, text):
    print("WARN", title, "|", text, flush=True)
    QTimer.singleShot(0, QApplication.closeAllWindows)  # the login window closes: the run ends

shell.Launcher.show_login = login
qt_prompter.QtPrompter.warn = warn
from desktop.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_missing_bundled_font_is_said_once_the_login_window_shows(
    tmp_path: Path, office: Context, office_profile: OfficeProfile
) -> None:
    script = tmp_path / "fonts.py"
    script.write_text(MISSING_FONT, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(tmp_path / "cache"))
    result = subprocess.run([sys.executable, str(script), "--data-dir", str(office.data_dir), "--lang", "en"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = [ln for ln in result.stdout.split("\n") if ln]
    assert lines[0] == "LOGIN" and lines[1].startswith("WARN Fonts are missing | Madoguchi's Japanese fonts")
    assert len(lines) == 2
    assert "bundled font missing: NoSuchFallback.ttf" in (office.data_dir / "logs" / "madoguchi.log").read_text(
        encoding="utf-8"
    )
