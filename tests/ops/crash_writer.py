"""The writer of the crash test: commits small multi-row transactions on the office database, printing
each record id only after its COMMIT returned, until it is killed. Kept light (no job registry)."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.core.clock import SystemClock
from desktop.core.ids import new_id
from desktop.store import audit
from desktop.store.context import Context
from desktop.store.db import connect, write
from desktop.store.meta import get_meta, set_setting


def main(path: str, start: int) -> None:
    db = connect(Path(path))
    device = get_meta(db, "device_id") or "crash-test"
    ctx = Context(db=db, clock=SystemClock(), device_id=device, data_dir=Path(path).parent)
    n = start
    while True:
        rid = new_id()
        with write(db):  # three rows, all or nothing
            audit.record(ctx, "create", "crash_test", rid, f"n={n}")
            set_setting(ctx, f"crash.slot{n % 7}", {"n": n, "rid": rid})
            audit.record(ctx, "update", "crash_test", rid, "second row")
        sys.stdout.write(f"{rid}\n")
        sys.stdout.flush()
        n += 1


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
