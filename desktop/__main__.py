"""Bootstrap of the GUI, and nothing else:
paths → logging → crash hook → single instance → Application (fonts, scale) → translators →
open the office database → windows (setup wizard on a first run, login, main window).

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

    from desktop.i18n import translate
    from desktop.store.open import open_office
    from desktop.tasks.failures import describe
    from desktop.tasks.runner import QtTaskRunner
    from desktop.ui.shell import Launcher

    # the office database (fast to open; before any window, on this thread, before the workers start)
    try:
        ctx = open_office(data_dir)
    except Exception as exc:  # noqa: BLE001 - a refused or unreadable database ends the start plainly
        log.exception("database refused")
        title, text, details = describe(exc)
        prompter.error(translate("Main", "The database cannot be opened"), text, details)
        return EXIT_REFUSED
    tasks = QtTaskRunner(prompter)
    launcher = Launcher(ctx, tasks, prompter, data_dir)
    launcher.finished.connect(app.quit)
    app.setQuitOnLastWindowClosed(False)  # the launcher says when the last window is gone
    QTimer.singleShot(0, launcher.start)
    log.info("started")
    try:
        code = int(app.exec())
    finally:
        tasks.shutdown()
        ctx.db.close()
        log.info("stopped")
    return code


if __name__ == "__main__":
    from desktop.cli import main as cli_main

    sys.exit(cli_main())
