"""GUI test kit: the synchronous task runner, the scripted prompt seam and a shell factory.

- `prompter`: a `ScriptedPrompter` (records every prompt; answers from `prompter.answers`)
- `sync_tasks`: a `SyncTaskRunner` reporting failures to that prompter (work runs inline, in order)
- `make_shell(ctx, *, jobs=None, info=None)`: a `desktop.ui.shell.Shell` over a Context (e.g.
  `admin_ctx` from `tests.kit.staff`) with `sync_tasks` and `prompter`
- `office_profile`: a valid office profile saved into `ctx` (so the data folder is no longer a first run)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from desktop.app import fix_signal_bool_refcounts
from desktop.core.office import OfficeProfile, Tablet, default_profile
from desktop.store.context import Context
from desktop.tasks import SyncTaskRunner
from desktop.tasks.prompt import ScriptedPrompter

# PySide6 6.12.0 loses a reference to True on every Python emit(): fix it before any test emits.
fix_signal_bool_refcounts()

MUNICIPALITY = "みどり市"
LOCAL_GOV_CODE = "131016"  # a valid code (千代田区) with its check digit


@pytest.fixture
def prompter() -> ScriptedPrompter:
    return ScriptedPrompter()


@pytest.fixture
def sync_tasks(prompter: ScriptedPrompter) -> SyncTaskRunner:
    return SyncTaskRunner(prompter)


def sample_profile() -> OfficeProfile:
    profile = default_profile()
    profile.municipality = MUNICIPALITY
    profile.local_gov_code = LOCAL_GOV_CODE
    profile.tablets = [Tablet("1", "tablet1@city.example.jp")]
    return profile


@pytest.fixture
def office_profile(ctx: Context) -> OfficeProfile:
    from desktop.store.office import mark_office_kind, save_profile

    profile = sample_profile()
    save_profile(ctx, profile)
    mark_office_kind(ctx, "real")
    return profile


@pytest.fixture
def make_shell(sync_tasks: SyncTaskRunner, prompter: ScriptedPrompter) -> Callable[..., Any]:
    def make(ctx: Context, *, jobs: list[Any] | None = None, info: Any = None) -> Any:
        from desktop.ui.shell import Shell, load_session_info

        return Shell(
            ctx,
            sync_tasks,
            prompter,
            ctx.data_dir,
            info=info if info is not None else load_session_info(ctx),
            jobs=jobs if jobs is not None else [],
        )

    return make


def clashing_mnemonics(window: Any) -> dict[str, list[str]]:
    """The Alt+letter keys that more than one visible control of `window` answers to (buttons, check
    boxes, labels with a buddy, the tabs of visible tab bars): {letter: [texts]}. Empty when none clash."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    texts: list[str] = []
    for w in window.findChildren(QAbstractButton):
        if w.isVisibleTo(window):
            texts.append(w.text())
    for w in window.findChildren(QLabel):
        if w.isVisibleTo(window) and w.buddy() is not None:
            texts.append(w.text())
    for bar in window.findChildren(QTabBar):
        if bar.isVisibleTo(window):
            texts.extend(bar.tabText(i) for i in range(bar.count()))
    found: dict[str, list[str]] = {}
    for text in texts:
        m = re.search(r"&([^&\s])", text.replace("&&", ""))
        if m:
            found.setdefault(m.group(1).lower(), []).append(text)
    return {k: v for k, v in found.items() if len(v) > 1}
