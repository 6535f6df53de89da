"""The idle lock and the staff switch (Qt-free rules; the screen is `desktop/ui/lock_screen.py`).

- Idle lock: after `security.idle_lock_minutes` without a key press or mouse use (default 5; 0 turns
  it off) the main window hides everything it shows — residents' names, the queue, open dialogs — behind
  the lock screen until a staff member logs in again.
- Staff switch (職員交代, Ctrl+Shift+L): the same lock screen on demand. Whoever logs in next decides:
  the same staff member resumes where they were; another one takes over (the previous session is
  logged out, the main window is rebuilt for the new staff member's role). Either way the login goes
  through `desktop.security.auth.login`, so wrong passwords count towards the login protection.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.staff import Actor, Role
from desktop.security.auth import login
from desktop.security.permissions import require
from desktop.store.audit import record
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.meta import get_setting, set_setting

IDLE_LOCK_MINUTES = "security.idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 5
MAX_IDLE_LOCK_MINUTES = 120


class Outcome(Enum):
    RESUME = "resume"  # the same staff member: carry on where they were
    SWITCH = "switch"  # another staff member takes over the PC


@dataclass(frozen=True)
class Unlock:
    outcome: Outcome
    actor: Actor


def idle_lock_minutes(ctx: Context) -> int:
    """Minutes without input before the screen locks (0 = never)."""
    value = get_setting(ctx, IDLE_LOCK_MINUTES, DEFAULT_IDLE_LOCK_MINUTES)
    try:
        return min(MAX_IDLE_LOCK_MINUTES, max(0, int(value)))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_LOCK_MINUTES


def set_idle_lock_minutes(ctx: Context, minutes: int) -> None:
    require(ctx.actor, Role.ADMIN)
    if not 0 <= minutes <= MAX_IDLE_LOCK_MINUTES:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Errors", "Lock the screen after 1 to {n} idle minutes, or 0 for never."
            ),
            n=MAX_IDLE_LOCK_MINUTES,
        )
    with write(ctx.db):
        set_setting(ctx, IDLE_LOCK_MINUTES, int(minutes))
        record(ctx, "settings", "settings", IDLE_LOCK_MINUTES, f"minutes={minutes}")


def unlock(ctx: Context, current: Actor, login_name: str, password: str) -> Unlock:
    """Log in at the lock screen (audited, login protection applies); resume or switch staff."""
    actor = login(ctx, login_name, password)
    same = actor.staff_id is not None and actor.staff_id == current.staff_id
    return Unlock(Outcome.RESUME if same else Outcome.SWITCH, actor)
