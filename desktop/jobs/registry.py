"""The job registry: what each job contributes to the shell, the CLI and the kernel.

A job's `register(reg)` calls `reg.add(Job(...))`. Everything GUI-side is a factory called lazily
(so the CLI never imports widgets). Kernel contributions (migrations, count kinds, retention rules,
demo data, selftest checks) are plain data or Qt-free callables.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.staff import Role

if TYPE_CHECKING:
    from desktop.core.counts import CountKind
    from desktop.core.retention import RetentionRule
    from desktop.store.context import Context


@dataclass(frozen=True)
class SelftestResult:
    name: str
    ok: bool
    severity: str  # "error" | "warning"
    detail: str = ""


@dataclass
class Job:
    key: str  # stable ASCII id, e.g. "booking"
    title: str  # English source, translated in context "Jobs"; e.g. "Booking"
    order: int = 100
    min_role: Role = Role.COUNTER  # who sees its navigation entry
    migrations: Path | None = None  # folder of NNNN_name.sql files (global numbering)
    # GUI factories: called with the shell (desktop.ui.shell.Shell) and return a QWidget
    page: Callable[[Any], Any] | None = None
    today_panel: Callable[[Any], Any] | None = None
    settings_pages: list[tuple[str, Callable[[Any], Any]]] = field(default_factory=list)
    # Widgets for the main window's status bar (e.g. the card-reader indicator): factory(shell) -> QWidget
    status_widgets: list[Callable[[Any], Any]] = field(default_factory=list)
    # Actions on every PersonForm (e.g. カード読取): (key, factory(form) -> QAction | QPushButton)
    person_actions: list[tuple[str, Callable[[Any], Any]]] = field(default_factory=list)
    # CLI: called with the subparsers object; each subcommand sets `func=handler(args, app) -> int`
    cli: Callable[[argparse._SubParsersAction[Any]], None] | None = None
    # Demo data: called with (ctx, rng, start_date, end_date) after the kernel's own demo records
    demo: Callable[..., None] | None = None
    selftest: list[Callable[[Context], SelftestResult]] = field(default_factory=list)
    count_kinds: list[CountKind] = field(default_factory=list)
    retention: list[RetentionRule] = field(default_factory=list)


class Registry:
    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}

    def add(self, job: Job) -> None:
        if job.key in self._jobs:
            raise ValueError(f"job {job.key!r} registered twice")
        self._jobs[job.key] = job

    def jobs(self) -> list[Job]:
        return sorted(self._jobs.values(), key=lambda j: (j.order, j.key))

    def migration_folders(self) -> list[Path]:
        return [j.migrations for j in self.jobs() if j.migrations is not None]


_registry: Registry | None = None


def load(installed: tuple[str, ...] | None = None) -> Registry:
    """Import every installed job and let it register (once per process unless `installed` given)."""
    global _registry
    if installed is None and _registry is not None:
        return _registry
    from desktop import jobs as jobs_pkg

    reg = Registry()
    for name in jobs_pkg.INSTALLED if installed is None else installed:
        module = importlib.import_module(f"desktop.jobs.{name}")
        module.register(reg)
    if installed is None:
        _registry = reg
    return reg


def jobs() -> list[Job]:
    return load().jobs()
