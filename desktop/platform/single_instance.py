"""One GUI per data folder: a QLockFile in the data folder.

The lock file records the process id and host; Qt takes over a lock whose process has died (a crash
or a power cut never leaves the office locked out), and we never treat a live lock as stale by age
(`setStaleLockTime(0)`): the GUI legitimately runs all day. The CLI does not take the lock: it may use
the database while the GUI runs (SQLite's own locking keeps them apart).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_NAME = "madoguchi-gui.lock"


class SingleInstance:
    """`acquire()` once at start; False means another Madoguchi window already uses this data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)

    def acquire(self, timeout_ms: int = 200) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return self._lock.tryLock(timeout_ms)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def __enter__(self) -> SingleInstance:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
