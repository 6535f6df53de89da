"""The handover job's settings: the disposal rule, the receipt paper, this PC's terminal.

Keys: `handover.disposal_rule` (DisposalRule JSON; missing = the default 12 months after the notice /
3 months after a reminder), `handover.printing` ({"paper": "a5"|"a4", "slip": bool, "preview": bool}) and
`handover.terminal.<device id>` (the terminal last used at this PC, offered first). Saves of the
office rules are audited ("settings").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.staff import Role
from desktop.jobs.handover.domain.unclaimed import DisposalRule
from desktop.security.permissions import require
from desktop.store import audit
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.meta import get_setting, set_setting

DISPOSAL_KEY = "handover.disposal_rule"
PRINTING_KEY = "handover.printing"
PAPERS = ("a5", "a4")


@dataclass(frozen=True)
class PrintSettings:
    paper: str = "a5"  # the 受領書: "a5" | "a4"
    slip: bool = True  # also print the 80 mm 控え for the resident
    preview: bool = True  # show the print preview first (else straight to the default printer)

    def check(self) -> PrintSettings:
        if self.paper not in PAPERS:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose A5 or A4 for the receipt."))
        return self


def load_disposal_rule(ctx: Context) -> DisposalRule:
    stored = get_setting(ctx, DISPOSAL_KEY, None)
    return DisposalRule() if stored is None else DisposalRule.from_json(stored)


def save_disposal_rule(ctx: Context, rule: DisposalRule) -> DisposalRule:
    """The municipality's rule (administrators; audited)."""
    require(ctx.actor, Role.ADMIN)
    rule.check()
    with write(ctx.db):
        set_setting(ctx, DISPOSAL_KEY, rule.to_json())
        audit.record(ctx, "settings", "settings", DISPOSAL_KEY)
    return rule


def load_print_settings(ctx: Context) -> PrintSettings:
    stored: Any = get_setting(ctx, PRINTING_KEY, None)
    if not isinstance(stored, dict):
        return PrintSettings()
    paper = stored.get("paper")
    slip, preview = stored.get("slip"), stored.get("preview")
    return PrintSettings(
        paper=paper if paper in PAPERS else "a5",
        slip=slip if isinstance(slip, bool) else True,
        preview=preview if isinstance(preview, bool) else True,
    )


def save_print_settings(ctx: Context, settings: PrintSettings) -> PrintSettings:
    require(ctx.actor, Role.ADMIN)
    settings.check()
    with write(ctx.db):
        set_setting(
            ctx, PRINTING_KEY, {"paper": settings.paper, "slip": settings.slip, "preview": settings.preview}
        )
        audit.record(ctx, "settings", "settings", PRINTING_KEY)
    return settings


def _terminal_key(ctx: Context) -> str:
    return f"handover.terminal.{ctx.device_id}"


def last_terminal(ctx: Context) -> str:
    value = get_setting(ctx, _terminal_key(ctx), "")
    return value if isinstance(value, str) else ""


def remember_terminal(ctx: Context, terminal: str) -> None:
    set_setting(ctx, _terminal_key(ctx), terminal)
