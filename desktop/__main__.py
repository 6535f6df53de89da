"""Bootstrap of the GUI, and nothing else:
paths (a data folder on a network share is refused) → logging → crash hook → single instance →
Application (fonts, scale) → translators → quick integrity check of the office database (on failure
the newest good backup is offered) → open the office database → daily backups → windows (setup
wizard on a first run, login, main window) → a backup on exit.

`main(argv)` returns the exit code: 0 normal end, 1 already running / failure, 3 database refused.
`python -m desktop [--data-dir DIR] [--lang ja|en] [subcommand …]` runs the command line, which starts
the GUI here when no subcommand is given.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from desktop.i18n import LANGUAGES

log = logging.getLogger("desktop")

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_REFUSED = 3


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and the rest (left to Qt, e.g. `-platform offscreen`)."""
    parser = argparse.ArgumentParser(prog="madoguchi", add_help=False)
    parser.add_argument("--data-dir", default=None)
    parser.add_argument("--lang", choices=LANGUAGES, default=None)
    parser.add_argument("--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    return parser.parse_known_args(list(argv))


class CrashHook:
    """sys.excepthook: log the exception, then show it through the prompter (versions + 「詳細をコピー」)."""

    def __init__(self) -> None:
        self.prompter: Any = None
        self._showing = False
        self.previous = sys.excepthook

    def install(self) -> None:
        self.previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self.previous(exc_type, exc, tb)
            return
        log.error("unhandled exception", exc_info=(exc_type, exc, tb))
        if self.prompter is None or self._showing:
            return
        from desktop.i18n import translate
        from desktop.tasks.failures import describe

        self._showing = True
        try:
            title, text, details = describe(exc)
            self.prompter.error(translate("Failures", title), text, details)
        except Exception:  # noqa: BLE001 - the crash dialog itself failed: the log has it
            log.exception("crash dialog failed")
        finally:
            self._showing = False


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)

    # paths
    from desktop.platform.paths import resolve_data_dir

    data_dir = resolve_data_dir(args.data_dir)
    from desktop.ops.netpath import NetworkDataFolder, check_data_dir

    try:
        check_data_dir(data_dir)
    except NetworkDataFolder as err:  # nothing is written there, not even a log
        return _refuse_network_folder(args, qt_args, err)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"madoguchi: cannot use the data folder {data_dir}: {exc}", file=sys.stderr)
        return EXIT_REFUSED

    # logging, crash hook
    from desktop.logs import setup_logging, teardown_logging

    handler = setup_logging(data_dir, args.log_level)
    _preload_kernel()
    hook = CrashHook()
    hook.install()
    try:
        return _run(data_dir, args, qt_args, hook)
    finally:
        hook.uninstall()
        teardown_logging(handler)


def _preload_kernel() -> None:
    """Import the Qt-free kernel and the jobs' registrations BEFORE Qt: PySide6's import hook reads the
    source of every module imported after PySide6 (its `__feature__` check), which costs about 0.1 s
    of every start for the few hundred modules of the kernel, the jobs and sqlite-utils."""
    import desktop.store.open  # noqa: F401
    from desktop.jobs.registry import load

    load()


def _refuse_network_folder(args: argparse.Namespace, qt_args: list[str], err: Exception) -> int:
    from desktop.app import Application
    from desktop.i18n import set_language, tr_error, translate
    from desktop.tasks.qt_prompter import QtPrompter

    language = args.lang or "ja"
    set_language(language)
    app = Application([sys.argv[0], *qt_args], language=language)
    message = tr_error(err)
    print(f"madoguchi: {message}", file=sys.stderr)
    QtPrompter().error(translate("Main", "The data folder is on a network share"), message)
    app.quit()
    return EXIT_REFUSED


def _warn_missing_fonts(app: Any, prompter: Any) -> None:
    """The bundled Japanese fonts are missing: the screens and printouts would show boxes. Say so."""
    from desktop.i18n import translate

    fonts = getattr(app, "fonts", None)
    if fonts is None or (fonts.main and fonts.fallback):
        return
    prompter.warn(
        translate("Main", "Fonts are missing"),
        translate(
            "Main",
            "Madoguchi's Japanese fonts were not found in its installation folder, so some characters "
            "may show as boxes on screen and on printouts. Ask the administrator to repair or reinstall "
            "Madoguchi.",
        ),
    )


def _run(data_dir: Path, args: argparse.Namespace, qt_args: list[str], hook: CrashHook) -> int:
    from desktop.app import Application
    from desktop.i18n import translate
    from desktop.platform.prefs import load_ui_prefs
    from desktop.platform.single_instance import SingleInstance
    from desktop.tasks.qt_prompter import QtPrompter

    # single instance per data folder
    instance = SingleInstance(data_dir)
    first = instance.acquire()

    # Application: names, fonts, UI scale, translators (language: --lang, else this PC's setting)
    prefs = load_ui_prefs(data_dir)
    app = Application([sys.argv[0], *qt_args], prefs=prefs, language=args.lang or prefs.language)
    prompter = QtPrompter()
    hook.prompter = prompter
    if first:
        _warn_missing_fonts(app, prompter)
    if not first:
        log.info("another Madoguchi already uses %s", data_dir)
        prompter.warn(
            translate("Main", "Madoguchi is already running"),
            translate(
                "Main",
                "Madoguchi is already open for this data folder on this PC. Switch to its window "
                "(look in the taskbar) instead of starting it again.",
            ),
        )
        return EXIT_FAILURE
    try:
        return _session(app, data_dir, prompter)
    finally:
        instance.release()


def _session(app: Any, data_dir: Path, prompter: Any) -> int:
    import sqlite3

    from PySide6.QtCore import QTimer

    from desktop.ops.scheduler import AutoBackup, IntegrityGuard
    from desktop.store.open import open_office
    from desktop.tasks.runner import QtTaskRunner
    from desktop.ui.shell import Launcher

    # The office database (fast to open; before any window, on this thread, before the workers start).
    # One too damaged to open is checked at once and the newest good backup offered; otherwise SQLite's
    # quick_check runs in the background while the login window shows (IntegrityGuard below: about
    # 0.6 s per million events, which would otherwise delay every start).
    try:
        ctx = open_office(data_dir)
    except sqlite3.DatabaseError:
        log.exception("database unreadable at start")
        if not _check_database(data_dir, prompter):
            return EXIT_REFUSED
        try:
            ctx = open_office(data_dir)
        except Exception as exc:  # noqa: BLE001 - even the restored database refused: end plainly
            return _refused(prompter, exc)
    except Exception as exc:  # noqa: BLE001 - a refused or unreadable database ends the start plainly
        return _refused(prompter, exc)
    tasks = QtTaskRunner(prompter)
    launcher = Launcher(ctx, tasks, prompter, data_dir)
    launcher.finished.connect(app.quit)
    app.setQuitOnLastWindowClosed(False)  # the launcher says when the last window is gone
    QTimer.singleShot(0, launcher.start)
    guard = IntegrityGuard(data_dir, ctx, tasks, prompter, launcher)
    guard.refused.connect(lambda: app.exit(EXIT_REFUSED))
    QTimer.singleShot(0, guard.start)
    auto_backup = AutoBackup(data_dir, tasks, prompter, allowed=lambda: not guard.damaged)
    auto_backup.start()
    log.info("started")
    code = EXIT_FAILURE
    try:
        code = int(app.exec())
    finally:
        auto_backup.stop()
        tasks.shutdown()
        ctx.db.close()
        if code == EXIT_OK and not guard.damaged:  # never a backup of a database known to be damaged
            _backup_on_exit(data_dir)
        log.info("stopped")
    return code


def _refused(prompter: Any, exc: BaseException) -> int:
    from desktop.i18n import translate
    from desktop.tasks.failures import describe

    log.error("database refused", exc_info=exc)
    _title, text, details = describe(exc)
    prompter.error(translate("Main", "The database cannot be opened"), text, details)
    return EXIT_REFUSED


def _check_database(data_dir: Path, prompter: Any) -> bool:
    """The integrity check of a database that would not open; False when the application must not start.

    (A database that opens is checked in the background: `desktop.ops.scheduler.IntegrityGuard`.)"""
    from desktop.ops import startup
    from desktop.ops.scheduler import damage_texts

    result = startup.check(data_dir)
    if result.ok:
        return True
    backup = startup.newest_good_backup(data_dir)
    texts = damage_texts(backup)
    if backup is None:
        prompter.error(texts.title, texts.no_backup, "\n".join(result.problems))
        return False
    if not prompter.ask_yes_no(texts.title, texts.offer, default_yes=True):
        return False
    try:
        startup.recover(data_dir, backup)
    except Exception as exc:  # noqa: BLE001 - the start ends with a plain message
        from desktop.tasks.prompt import report_failure

        log.exception("recovery from backup failed")
        report_failure(prompter, exc)
        return False
    prompter.info(texts.done_title, texts.done)
    return True


def _backup_on_exit(data_dir: Path) -> None:
    """An automatic backup when the application closes (logged, never in the way of closing)."""
    from desktop.ops import backups

    try:
        if backups.office_is_set_up(data_dir):
            backups.make_backup(data_dir, reason="exit")
    except Exception:  # noqa: BLE001 - closing must not fail for a backup; the log says why
        log.exception("backup on exit failed")


if __name__ == "__main__":
    from desktop.cli import main as cli_main

    sys.exit(cli_main())
