"""The GUI's background operations (the one Qt module of `desktop.ops`): the daily backup and the
start-up integrity check.

`AutoBackup` checks shortly after start and then every `INTERVAL_MS` whether today's automatic backup
exists (`backups.backup_due`); when not, it takes one on the task runner's FILE pool ("io") with a
connection of its own, so neither the GUI thread nor the database thread waits for it (SQLite's
backup step runs without Python's GIL, and in WAL mode writers carry on during the copy). A failure
is logged and shown once per session (a backup that silently stops is worse than a message).

`IntegrityGuard` runs SQLite's quick_check on a connection of its own right after start, while the
login window is already shown (it takes about 0.6 s per million events, too long to wait for at every
start). When it finds damage, the windows close, the newest good backup is offered and, with the staff
member's yes, restored into the open database (`restore.apply_live`; the damaged content is kept
aside); then the login window opens again. Without a good backup, or with a no, Madoguchi ends
(`refused`, exit code 3). A database too damaged even to open is handled before any window by the
bootstrap with the same texts (`damage_texts`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.clock import Clock, SystemClock, parse_utc, to_local
from desktop.core.staff import SYSTEM
from desktop.i18n import translate
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
        *,
        allowed: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.tasks = tasks
        self.prompter = prompter
        self.clock = clock or SystemClock()
        self.allowed = allowed  # False while the database is known to be damaged: never back that up
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
        if self.running or not self.allowed() or not backups.office_is_set_up(self.data_dir):
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


@dataclass(frozen=True)
class DamageTexts:
    title: str
    no_backup: str
    offer: str
    done_title: str
    done: str


def damage_texts(backup: backups.BackupInfo | None) -> DamageTexts:
    """What staff read when the office database is damaged (translated)."""
    when = "?"
    if backup is not None and backup.created_at:
        when = to_local(parse_utc(backup.created_at)).strftime("%Y-%m-%d %H:%M")
    return DamageTexts(
        title=translate("Main", "The database is damaged"),
        no_backup=translate(
            "Main",
            "SQLite's integrity check found damage in the office database, and there is no good "
            "backup in the data folder. Nothing was changed. Ask the administrator to restore an "
            "encrypted backup copy ('madoguchi restore').",
        ),
        offer=translate(
            "Main",
            "SQLite's integrity check found damage in the office database. Restore the newest good "
            "backup, taken {when}? Work recorded after that time will have to be entered again. The "
            "damaged file is kept in the backups folder.",
        ).format(when=when),
        done_title=translate("Main", "Backup restored"),
        done=translate("Main", "The backup taken {when} was restored. Madoguchi starts now.").format(when=when),
    )


class IntegrityGuard(QObject):
    """The start-up quick_check in the background; on damage, offer and restore the newest good backup."""

    refused = Signal()  # no good backup, or staff said no: the application ends (exit code 3)
    recovered = Signal()  # the backup was restored; the login window is open again

    def __init__(self, data_dir: Path, ctx: Any, tasks: TaskRunner, prompter: Prompter, launcher: Any,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.data_dir, self.ctx, self.tasks, self.prompter, self.launcher = data_dir, ctx, tasks, prompter, launcher
        self.texts: DamageTexts | None = None
        self.damaged = False  # damage found and not (yet) repaired: no backup may copy this database

    def start(self) -> None:
        from desktop.ops import startup

        data_dir = self.data_dir
        self.tasks.run(lambda: startup.check(data_dir), self._checked, self._failed, kind="io", progress=False)

    def _checked(self, result: Any) -> None:
        from desktop.ops import startup

        if result.ok:
            return
        self.damaged = True
        self.launcher.suspend()
        data_dir = self.data_dir
        self.tasks.run(lambda: startup.newest_good_backup(data_dir), self._offer, self._failed, kind="io",
                       label=translate("Main", "Looking for a good backup…"))  # fmt: skip

    def _offer(self, backup: backups.BackupInfo | None) -> None:
        from desktop.ops import restore

        texts = self.texts = damage_texts(backup)
        if backup is None:
            self.prompter.error(texts.title, texts.no_backup)
            self.refused.emit()
            return
        if not self.prompter.ask_yes_no(texts.title, texts.offer, default_yes=True):
            self.refused.emit()
            return
        data_dir, ctx = self.data_dir, self.ctx
        self.tasks.run(
            lambda: restore.prepare(data_dir, backup.path),
            lambda prepared: self.tasks.run(lambda: restore.apply_live(ctx, prepared, actor=SYSTEM), self._done,
                                            self._failed, label=translate("Main", "Restoring the backup…")),
            self._failed, kind="io", label=translate("Main", "Checking the backup…"),
        )  # fmt: skip

    def _done(self, _aside: Path) -> None:
        self.damaged = False
        if self.texts is not None:
            self.prompter.info(self.texts.done_title, self.texts.done)
        self.launcher.resume()
        self.recovered.emit()

    def _failed(self, exc: BaseException) -> None:
        log.error("start-up integrity check or recovery failed", exc_info=exc)
        report_failure(self.prompter, exc)
        self.refused.emit()
