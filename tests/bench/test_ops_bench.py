"""Benchmarks of the operations (issue 3), skipped in the normal run (`--benchmark-skip` in pyproject):

    .venv/bin/python -m pytest tests/bench/test_ops_bench.py --benchmark-only

- launch → login window, as a ratio to a bare PySide6 window started the same way (a child process
  timed from spawn to the first event-loop turn after the window is shown; bytecode caching on for
  both, in a private pycache, as in an installed application), on the demo office and on an office
  holding 1,000,000 events;
- idle memory after login (resident set of the application process, the main window shown and idle);
- the daily backup of a database with 1,000,000 events, and the GUI's event loop during it (the
  largest gap between 10 ms timer ticks while the backup runs on the file pool);
- for scale: the start-up quick_check, an encrypted export and a restore of that database.

Each test asserts a bound; the targets of the issue and the measured values are in docs/BENCHMARKS.md.
Set MADOGUCHI_CRASH_ITERATIONS for a long crash test (tests/ops/test_crash.py) alongside.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from desktop.core.clock import JST, FixedClock, iso_utc
from desktop.core.ids import new_id
from desktop.store.context import Context
from desktop.store.db import write

ROOT = Path(__file__).resolve().parents[2]
EVENTS = 1_000_000
LAUNCH_RUNS = 15
LAUNCH_TARGET = 1.5  # the target, asserted on the fastest runs (docs/BENCHMARKS.md)
MEMORY_LIMIT_MB = 200
GAP_LIMIT_MS = 100

BARE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
window = QWidget()
window.resize(720, 520)
window.show()
QTimer.singleShot(0, lambda: print("SHOWN", flush=True))
app.exec()
"""

APP = r"""
import sys
import desktop.__main__ as bootstrap

def session(app, data_dir, prompter, _session=bootstrap._session):  # patched as late as the app imports it
    from PySide6.QtCore import QTimer
    import desktop.ui.shell as shell

    def show_login(self, _show=shell.Launcher.show_login):
        _show(self)
        QTimer.singleShot(0, lambda: print("SHOWN", flush=True))

    shell.Launcher.show_login = show_login
    return _session(app, data_dir, prompter)

bootstrap._session = session
sys.exit(bootstrap.main(sys.argv[1:]))
"""

MEMORY = r"""
import sys
import desktop.__main__ as bootstrap

def rss_mb():
    if sys.platform == "win32":
        import ctypes, ctypes.wintypes as wt
        class Counters(ctypes.Structure):
            _fields_ = [("cb", wt.DWORD), ("PageFaultCount", wt.DWORD)] + [
                (n, ctypes.c_size_t) for n in ("PeakWorkingSetSize", "WorkingSetSize", "QuotaPeakPagedPoolUsage",
                "QuotaPagedPoolUsage", "QuotaPeakNonPagedPoolUsage", "QuotaNonPagedPoolUsage", "PagefileUsage",
                "PeakPagefileUsage")]
        c = Counters(); c.cb = ctypes.sizeof(c)
        ctypes.windll.psapi.GetProcessMemoryInfo(ctypes.windll.kernel32.GetCurrentProcess(), ctypes.byref(c), c.cb)
        return c.WorkingSetSize / 2**20, 0.0
    status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
    private = 0
    for line in open("/proc/self/smaps_rollup"):
        if line.startswith(("Private_Clean", "Private_Dirty")):
            private += int(line.split()[1])
    return int(status["VmRSS"].split()[0]) / 1024, private / 1024

def session(app, data_dir, prompter, _session=bootstrap._session):
    from PySide6.QtCore import QTimer
    import desktop.ui.shell as shell

    def show_login(self, _show=shell.Launcher.show_login):
        _show(self)
        self.login_window.login_edit.setText(sys.argv[-2])
        self.login_window.password_edit.setText(sys.argv[-1])
        QTimer.singleShot(0, self.login_window.submit)

    def open_main(self, ctx, info, _open=shell.Launcher._open_main):
        _open(self, ctx, info)
        def measure():
            rss, private = rss_mb()
            print(f"RSS {rss:.1f} PRIVATE {private:.1f}", flush=True)
            self.main_window.close()
        QTimer.singleShot(3000, measure)  # settled: today view loaded, workers idle

    shell.Launcher.show_login = show_login
    shell.Launcher._open_main = open_main
    return _session(app, data_dir, prompter)

bootstrap._session = session
bootstrap._backup_on_exit = lambda data_dir: None
sys.exit(bootstrap.main(sys.argv[1:-2]))
"""


def _env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               PYTHONPYCACHEPREFIX=str(tmp / "pycache"), XDG_CACHE_HOME=str(tmp / "cache"))  # fmt: skip
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def time_to_shown(script: Path, env: dict[str, str], *args: str) -> float:
    """Seconds from spawning the process to its first event-loop turn with the window shown."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(script), *args], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)  # fmt: skip
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if line.startswith("SHOWN"):
                return time.perf_counter() - start
        raise AssertionError(f"{script.name} ended without showing its window")
    finally:
        proc.kill()
        proc.communicate()


@pytest.fixture(scope="module")
def bench_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ops-bench")


@pytest.fixture(scope="module")
def demo_office(bench_dir: Path) -> Path:
    folder = bench_dir / "demo"
    result = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(folder), "--lang", "en", "demo"],
                            cwd=ROOT, env=_env(bench_dir), capture_output=True, text=True, timeout=600)  # fmt: skip
    assert result.returncode == 0, result.stderr
    return folder


@pytest.fixture(scope="module")
def million_office(bench_dir: Path) -> Iterator[Context]:
    """An office with 1,000,000 count events over a fiscal year (inserted in bulk, as `record_event`
    writes them: the store's one-by-one path would take many minutes)."""
    from desktop.store.events import site_of
    from desktop.store.office import mark_office_kind, save_profile
    from desktop.store.open import open_office
    from tests.kit.qt import sample_profile

    ctx = open_office(bench_dir / "million", FixedClock(datetime(2027, 4, 2, 9, tzinfo=JST)))
    save_profile(ctx, sample_profile())
    mark_office_kind(ctx, "real")
    rng = random.Random(3)
    site = site_of(ctx)
    kinds = ["handover", "checkin", "assist", "apply_identity", "mail_delivered", "no_show"]
    start = date(2026, 4, 1)
    for _chunk in range(EVENTS // 100_000):
        rows = []
        for _ in range(100_000):
            day = start + timedelta(days=rng.randrange(365))
            moment = datetime.combine(day, dtime(8, 30), JST) + timedelta(seconds=rng.randrange(9 * 3600))
            at = iso_utc(moment)
            rows.append((new_id(), rng.choice(kinds), day.isoformat(), at, site, None, None, ctx.device_id,
                         new_id(), None, None, "", at))  # fmt: skip
        with write(ctx.db):
            ctx.db.conn.executemany(
                "INSERT INTO events(id, kind, business_date, at, site_id, venue_session_id, staff_id, "
                "device_id, record_id, value, voids, reason, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                rows,
            )
    ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    yield ctx
    ctx.db.close()


def _launch_ratio(benchmark: BenchmarkFixture, bench_dir: Path, data_dir: Path) -> float:
    env = _env(bench_dir)
    bare, app = bench_dir / "bare.py", bench_dir / "app.py"
    bare.write_text(BARE, encoding="utf-8")
    app.write_text(APP, encoding="utf-8")
    args = ("--data-dir", str(data_dir), "--lang", "ja")
    time_to_shown(bare, env)  # warm-up: bytecode caches, the compiled translation, the OS file cache
    time_to_shown(app, env, *args)
    bare_times: list[float] = []
    # interleaved (a bare start before each of ours), so a change in the machine's load hits both alike
    benchmark.pedantic(time_to_shown, args=(app, env, *args), rounds=LAUNCH_RUNS, iterations=1,
                       setup=lambda: bare_times.append(time_to_shown(bare, env)))  # fmt: skip
    stats = benchmark.stats
    assert stats is not None
    # the ratio of the fastest runs: least disturbed by whatever else the PC is doing (the medians
    # are recorded too)
    ratio = float(stats.stats.min) / min(bare_times)
    median_ratio = float(stats.stats.median) / statistics.median(bare_times)
    benchmark.extra_info.update(
        bare_min_s=round(min(bare_times), 3), bare_median_s=round(statistics.median(bare_times), 3),
        app_min_s=round(float(stats.stats.min), 3), app_median_s=round(float(stats.stats.median), 3),
        ratio_min=round(ratio, 2), ratio_median=round(median_ratio, 2), target=LAUNCH_TARGET,
    )  # fmt: skip
    print(f"\nlaunch: bare {min(bare_times):.3f} s (median {statistics.median(bare_times):.3f}), Madoguchi "
          f"{stats.stats.min:.3f} s (median {stats.stats.median:.3f}); ratio {ratio:.2f} (median "
          f"{median_ratio:.2f}), target {LAUNCH_TARGET}")  # fmt: skip
    return ratio


def test_launch_to_login_window_demo_office(benchmark: BenchmarkFixture, bench_dir: Path, demo_office: Path) -> None:
    assert _launch_ratio(benchmark, bench_dir, demo_office) <= LAUNCH_TARGET


def test_launch_to_login_window_million_events(benchmark: BenchmarkFixture, bench_dir: Path,
                                               million_office: Context) -> None:  # fmt: skip
    assert _launch_ratio(benchmark, bench_dir, million_office.data_dir) <= LAUNCH_TARGET


def test_idle_memory_after_login(benchmark: BenchmarkFixture, bench_dir: Path, demo_office: Path) -> None:
    script = bench_dir / "memory.py"
    script.write_text(MEMORY, encoding="utf-8")
    found: dict[str, float] = {}

    def run() -> None:
        result = subprocess.run(
            [sys.executable, str(script), "--data-dir", str(demo_office), "--lang", "ja",
             "demo-admin", "demo-admin-pass"],
            cwd=ROOT, env=_env(bench_dir), capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        line = next((ln for ln in result.stdout.splitlines() if ln.startswith("RSS")), "")
        assert line, result.stderr
        parts = line.split()
        found.update(rss=float(parts[1]), private=float(parts[3]))

    benchmark.pedantic(run, rounds=1, iterations=1)
    benchmark.extra_info.update(rss_mb=found["rss"], private_mb=found["private"], target_mb=MEMORY_LIMIT_MB)
    print(f"\nidle after login: RSS {found['rss']:.1f} MB (private {found['private']:.1f} MB)")
    assert found["rss"] <= MEMORY_LIMIT_MB


def test_daily_backup_of_a_million_events(benchmark: BenchmarkFixture, million_office: Context) -> None:
    from desktop.ops import backups

    data_dir = million_office.data_dir
    info = benchmark.pedantic(lambda: backups.make_backup(data_dir, reason="daily", keep_days=1),
                              rounds=3, iterations=1)  # fmt: skip
    benchmark.extra_info.update(size_mb=round(info.size / 2**20, 1))
    assert info.size > 100 * 2**20
    assert benchmark.stats is not None and benchmark.stats.stats.median < 30


def test_gui_stays_responsive_during_the_backup(benchmark: BenchmarkFixture, qtbot: object,
                                                million_office: Context) -> None:  # fmt: skip
    from PySide6.QtCore import QTimer

    from desktop.ops import backups
    from desktop.tasks.prompt import ScriptedPrompter
    from desktop.tasks.runner import QtTaskRunner

    data_dir = million_office.data_dir
    runner = QtTaskRunner(ScriptedPrompter())
    gaps: list[float] = []

    def run() -> None:
        ticks: list[float] = []
        done: list[object] = []
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        timer.start()
        runner.run(lambda: backups.make_backup(data_dir, reason="daily", keep_days=1), done.append,
                   done.append, kind="io", progress=False)  # fmt: skip
        qtbot.waitUntil(lambda: bool(done), timeout=120_000)  # type: ignore[attr-defined]
        timer.stop()
        assert isinstance(done[0], backups.BackupInfo), done[0]
        gaps.append(max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) * 1000)

    benchmark.pedantic(run, rounds=3, iterations=1)
    runner.shutdown()
    benchmark.extra_info.update(max_event_loop_gap_ms=round(max(gaps), 1))
    print(f"\nevent loop during the backup: largest gap {max(gaps):.1f} ms")
    assert max(gaps) < GAP_LIMIT_MS


def test_startup_quick_check_of_a_million_events(benchmark: BenchmarkFixture, million_office: Context) -> None:
    from desktop.ops import startup

    result = benchmark.pedantic(lambda: startup.check(million_office.data_dir), rounds=3, iterations=1)
    assert result.ok


def test_encrypted_export_and_restore_of_a_million_events(benchmark: BenchmarkFixture, million_office: Context,
                                                          bench_dir: Path) -> None:  # fmt: skip
    from desktop.ops import backups, restore

    phrase = "a long bench passphrase"
    if not backups.passphrase_is_set(million_office):
        backups.set_passphrase(million_office, phrase)  # the system actor is an administrator
    out = bench_dir / "million.mdgbackup"
    timings: dict[str, float] = {}

    def export_then_restore() -> None:
        t0 = time.perf_counter()
        backups.export_encrypted(million_office, out, phrase)
        t1 = time.perf_counter()
        prepared = restore.prepare(million_office.data_dir, out, phrase)
        t2 = time.perf_counter()
        restore.apply_live(million_office, prepared)
        t3 = time.perf_counter()
        timings.update(export_s=t1 - t0, check_s=t2 - t1, replace_s=t3 - t2)

    benchmark.pedantic(export_then_restore, rounds=1, iterations=1)
    benchmark.extra_info.update({k: round(v, 2) for k, v in timings.items()})
    benchmark.extra_info.update(encrypted_mb=round(out.stat().st_size / 2**20, 1))
    print("\n" + ", ".join(f"{k} {v:.2f}" for k, v in timings.items()))
