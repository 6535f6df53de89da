"""The GUI's automatic daily backup (the one Qt module of `desktop.ops`).

`AutoBackup` checks shortly after start and then every `INTERVAL_MS` whether today's automatic backup
exists (`backups.backup_due`); when not, it takes one on the task runner's FILE pool ("io") with a
connection of its own, so neither the GUI thread nor the database thread waits for it (SQLite's
backup step runs without Python's GIL, and in WAL mode writers carry on during the copy). A failure
is logged and shown once per session (a backup that silently stops is worse than a message).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.clock import Clock, SystemClock
from desktop.ops import backups
from desktop.tasks import TaskRunner
from desktop.tasks.prompt import Prompter, report_failure

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 20_000  # after start-up has settled
INTERVAL_MS = 30 * 60_000


class AutoBackup(QObject):
    """Once a day (and never twice at the same time)."""

    finished = Signal(object)  # BackupInfo

    def __init__(
        self,
        data_dir: Path,
        tasks: TaskRunner,
        prompter: Prompter | None = None,
        clock: Clock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.tasks = tasks
        self.prompter = prompter
        self.clock = clock or SystemClock()
        self.running = False
        self._warned = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def start(self, first_check_ms: int = FIRST_CHECK_MS) -> None:
        self.timer.start()
        QTimer.singleShot(first_check_ms, self.check)

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        if self.running or not backups.office_is_set_up(self.data_dir):
            return
        if not backups.backup_due(self.data_dir, self.clock.today()):
            return
        self.running = True
        data_dir, clock = self.data_dir, self.clock
        self.tasks.run(
            lambda: backups.make_backup(data_dir, clock, reason="daily"),
            self._done,
            self._failed,
            kind="io",
            progress=False,
        )

    def _done(self, info: backups.BackupInfo) -> None:
        self.running = False
        self.finished.emit(info)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        log.error("daily backup failed", exc_info=exc)
        if not self._warned and self.prompter is not None:
            self._warned = True
            report_failure(self.prompter, exc)
