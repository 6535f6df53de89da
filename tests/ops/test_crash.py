"""Crash safety: a process writing records is killed with SIGKILL at random moments, many times.

Afterwards SQLite's integrity_check passes, every record whose COMMIT had returned (the writer prints
its id only then) is present with all of its rows, no transaction is half there, and the audit hash
chain is intact. The normal run kills 8 writers (a few seconds); set MADOGUCHI_CRASH_ITERATIONS for a
longer run (the benchmark notes in docs/BENCHMARKS.md used 500).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.platform.paths import database_path
from desktop.store import audit
from desktop.store.context import Context
from desktop.store.open import open_office

ROOT = Path(__file__).resolve().parents[2]
ITERATIONS = int(os.environ.get("MADOGUCHI_CRASH_ITERATIONS", "8"))


def _committed_ids(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT entity_id, COUNT(*) FROM audit_log WHERE entity = 'crash_test' GROUP BY entity_id"
        ).fetchall()
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
    return {str(r[0]): int(r[1]) for r in rows}


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_sigkill_at_random_moments_loses_nothing_committed(ctx: Context) -> None:
    path = database_path(ctx.data_dir)
    data_dir = ctx.data_dir
    ctx.db.close()
    rng = random.Random(int(os.environ.get("MADOGUCHI_CRASH_SEED", "20261124")))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    confirmed: set[str] = set()
    for iteration in range(ITERATIONS):
        writer = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("crash_writer.py")), str(path), str(iteration * 10_000)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert writer.stdout is not None
        wanted = rng.randint(1, 60)  # commits to see before the kill; the writer keeps going meanwhile
        for _ in range(wanted):
            line = writer.stdout.readline()
            if not line:
                break
            confirmed.add(line.strip())
        writer.send_signal(signal.SIGKILL)
        rest, _ = writer.communicate(timeout=30)  # ids printed before the kill landed were committed too
        confirmed.update(x for x in rest.split() if x)
        assert writer.returncode == -signal.SIGKILL
        present = _committed_ids(path)
        missing = confirmed - set(present)
        assert not missing, f"iteration {iteration}: {len(missing)} committed records lost"
        half = {rid: n for rid, n in present.items() if n != 2}
        assert not half, f"iteration {iteration}: half-written transactions {half}"
    assert len(confirmed) >= ITERATIONS
    reopened = open_office(data_dir)
    try:
        assert audit.verify(reopened) == []
        assert reopened.db.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        reopened.db.close()
