"""Bootstrap of the GUI, and nothing else:
paths (a data folder on a network share is refused) → logging → crash hook → single instance →
Application (fonts, scale) → translators → the login window (when an office exists) while the office
database opens on the database thread (too damaged to open: the newest good backup is offered) →
quick integrity check in the background, daily backups → windows (setup wizard on a first run, login,
main window) → a backup on exit.

`main(argv)` returns the exit code: 0 normal end, 1 already running / failure, 3 database refused.
`madoguchi` / `python -m desktop [--data-dir DIR] [--lang ja|en] [subcommand …]` (`console`) starts the
GUI at once when no subcommand is given, and runs the command line (`desktop.cli`) otherwise.
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


def _parser(*, exit_on_error: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="madoguchi", add_help=False, allow_abbrev=False,
                                     exit_on_error=exit_on_error)  # fmt: skip
    parser.add_argument("--data-dir", default=None)
    parser.add_argument("--lang", choices=LANGUAGES, default=None)
    parser.add_argument("--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    return parser


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and the rest (left to Qt, e.g. `-platform offscreen`)."""
    return _parser().parse_known_args(list(argv))


def console(argv: Sequence[str] | None = None) -> int:
    """The console script `madoguchi` (and `python -m desktop`): given no more than the GUI's own options
    it starts the GUI at once; anything else is the command line (`desktop.cli`, which loads every
    job's subcommands, and reports a bad option in the chosen language)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        gui_only = not _parser(exit_on_error=False).parse_known_args(args_list)[1]
    except argparse.ArgumentError:  # e.g. --lang xx: the command line says what is wrong
        gui_only = False
    if gui_only:
        return main(args_list)
    from desktop.cli import main as cli_main

    return cli_main(args_list)


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
    hook = CrashHook()
    hook.install()
    try:
        return _run(data_dir, args, qt_args, hook)
    finally:
        hook.uninstall()
        teardown_logging(handler)


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
    # The Qt-free modules of the first window before PySide6: its import hook reads the source of every
    # module imported after it. The rest (the database layer, the jobs) loads on the database thread
    # once the login window shows (`Launcher`; measured by tests/bench/test_ops_bench.py).
    import desktop.tasks.prompt  # noqa: F401
    from desktop.i18n import translate
    from desktop.platform.prefs import load_ui_prefs

    # isort: split
    from desktop.app import Application  # PySide6 from here on
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
    from PySide6.QtCore import QTimer

    from desktop.tasks.runner import QtTaskRunner
    from desktop.ui.shell import Launcher

    # The login window shows first; the office database opens on the database thread meanwhile
    # (importing the database layer and the jobs and migrating take longer than showing the window).
    # A database too damaged to open: the newest good backup is offered (`_open_failed`). One that
    # opens: SQLite's quick_check runs in the background while staff log in (`IntegrityGuard`: about
    # 0.6 s per million events, which would otherwise delay every start).
    tasks = QtTaskRunner(prompter)
    launcher = Launcher(None, tasks, prompter, data_dir)
    launcher.finished.connect(app.quit)
    app.setQuitOnLastWindowClosed(False)  # the launcher says when the last window is gone
    # the fonts and icon the login window does without, before anything else reacts to the office
    # (connected first: Qt calls slots in the order they were connected)
    def finish_start(_ctx_or_exc: object) -> None:
        if not app.started:
            app.finish_start()
            _warn_missing_fonts(app, prompter)

    launcher.opened.connect(finish_start)
    launcher.openFailed.connect(finish_start)
    ops = _Operations(app, data_dir, tasks, prompter, launcher)
    QTimer.singleShot(0, launcher.start)
    log.info("started")
    code = EXIT_FAILURE
    try:
        code = int(app.exec())
    finally:
        ops.stop()
        tasks.shutdown()
        if launcher.ctx is not None:
            launcher.ctx.db.close()
        if code == EXIT_OK and ops.backup_allowed():  # never a backup of a database known to be damaged
            _backup_on_exit(data_dir)
        log.info("stopped")
    return code


class _Operations:
    """What starts once the office database is open (the start-up integrity check in the background, the
    daily backup), and what happens when it does not open."""

    def __init__(self, app: Any, data_dir: Path, tasks: Any, prompter: Any, launcher: Any) -> None:
        self.app, self.data_dir, self.tasks, self.prompter, self.launcher = app, data_dir, tasks, prompter, launcher
        self.guard: Any = None
        self.auto_backup: Any = None
        self.retried = False
        launcher.opened.connect(self._opened)
        launcher.openFailed.connect(self._open_failed)

    def _opened(self, ctx: Any) -> None:
        from desktop.ops.scheduler import AutoBackup, IntegrityGuard

        self.guard = IntegrityGuard(self.data_dir, ctx, self.tasks, self.prompter, self.launcher)
        self.guard.refused.connect(lambda: self.app.exit(EXIT_REFUSED))
        self.guard.start()
        self.auto_backup = AutoBackup(self.data_dir, self.tasks, self.prompter,
                                      allowed=lambda: not self.guard.damaged)  # fmt: skip
        self.auto_backup.start()

    def _open_failed(self, exc: BaseException) -> None:
        import sqlite3

        if isinstance(exc, sqlite3.DatabaseError) and not self.retried:
            log.error("database unreadable at start", exc_info=exc)
            self.retried = True
            # the integrity check (and a restore) on the file pool; its questions come to the GUI
            # thread through the prompter
            data_dir, prompter = self.data_dir, self.prompter
            self.tasks.run(lambda: _check_database(data_dir, prompter), self._checked,
                           lambda err: self.app.exit(_refused(self.prompter, err)), kind="io", progress=False)  # fmt: skip
            return
        # a refused database (newer schema, locked …), or even the restored one would not open
        self.app.exit(_refused(self.prompter, exc))

    def _checked(self, repaired: bool) -> None:
        if repaired:
            self.launcher.resume()  # opens it again
        else:
            self.app.exit(EXIT_REFUSED)

    def backup_allowed(self) -> bool:
        return self.guard is not None and not self.guard.damaged

    def stop(self) -> None:
        if self.auto_backup is not None:
            self.auto_backup.stop()


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
    sys.exit(console())
