"""The prompt seam: every modal dialog of the application goes through one `Prompter`.

Widgets call `shell.prompter.error(title, text)` etc.; workers never do (they return or raise). A test
replaces the prompter with `ScriptedPrompter`, which records what was asked and answers from a script.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)


class Prompter(Protocol):
    def info(self, title: str, text: str) -> None: ...

    def warn(self, title: str, text: str) -> None: ...

    def error(self, title: str, text: str, details: str = "") -> None: ...

    def ask_yes_no(self, title: str, text: str, *, default_yes: bool = False) -> bool: ...

    def choose(self, title: str, text: str, options: list[str]) -> int | None:
        """Buttons with these labels; returns the index chosen, None when cancelled."""
        ...

    def save_file(self, title: str, suggested: Path, file_filter: str) -> Path | None: ...

    def open_file(self, title: str, start: Path, file_filter: str) -> Path | None: ...


@dataclass
class ScriptedPrompter:
    """For tests: records every prompt; answers yes/no and choices from queues (default: no / cancel)."""

    answers: list[Any] = field(default_factory=list)
    asked: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, title, text)
    details: list[str] = field(default_factory=list)  # the details of each error() (crash reports)

    def _next(self, default: Any) -> Any:
        return self.answers.pop(0) if self.answers else default

    def info(self, title: str, text: str) -> None:
        self.asked.append(("info", title, text))

    def warn(self, title: str, text: str) -> None:
        self.asked.append(("warn", title, text))

    def error(self, title: str, text: str, details: str = "") -> None:
        self.asked.append(("error", title, text))
        self.details.append(details)

    def ask_yes_no(self, title: str, text: str, *, default_yes: bool = False) -> bool:
        self.asked.append(("ask", title, text))
        return bool(self._next(False))

    def choose(self, title: str, text: str, options: list[str]) -> int | None:
        self.asked.append(("choose", title, text))
        answer = self._next(None)
        return None if answer is None else int(answer)

    def save_file(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        self.asked.append(("save", title, str(suggested)))
        answer = self._next(None)
        return None if answer is None else Path(answer)

    def open_file(self, title: str, start: Path, file_filter: str) -> Path | None:
        self.asked.append(("open", title, str(start)))
        answer = self._next(None)
        return None if answer is None else Path(answer)

    def texts(self, kind: str | None = None) -> list[str]:
        return [t for k, _, t in self.asked if kind is None or k == kind]


def report_failure(prompter: Prompter | None, exc: BaseException) -> None:
    """Show a failure: a DomainError or a known environment failure as a plain message, else a crash report."""
    from desktop.i18n import translate
    from desktop.tasks.failures import describe

    title, text, details = describe(exc)
    if details:
        log.error("unexpected failure", exc_info=exc)
    if prompter is None:
        log.error("%s: %s", title, text)
        return
    prompter.error(translate("Failures", title), text, details)
