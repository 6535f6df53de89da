"""Application assistance (申請サポート): the guided flow of an assisted application, the identity check at
application (申請時来庁方式, card mailed later), and pop-up venues (出張申請受付).

Flow (DOMAIN.md "Application assistance", about five minutes a resident): reception (the visit from the
day's board or a walk-in, its 受付番号 and ticket, the resident's questions) → the application form (申請書ID:
typed, USB scanner, camera/image QR code, or reissued on the terminal) → photo (taken, brought, none
under one) → explanations (terms, 電子証明書, 点字, 顔認証カード, how the card is received) → [identity
check at application] → contact (phone, tablet and its mail address, 「市民課+受付番号」) → online
application sent (time recorded) or paper form to be posted → what to bring at handover (the slip).
Finishing moves the card case 受付中 → 申請済 and records `assist` (or `popup_assist` at a venue) with the
minutes taken; stopping moves it to 中断, and staff resume it later. See README.md in this folder for the
keystrokes a straightforward application takes.

Package: `domain/` (rules), `store/` (SQL), `documents.py` (paper), `ui/` (screens), `cli.py`,
`demo.py`, `migrations/0008_assist.sql`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.retention import RetentionRule, setting_key_for
from desktop.core.staff import Role
from desktop.jobs.registry import Job, Registry

KEY = "assist"


def _page(shell: Any) -> Any:
    from desktop.jobs.assist.ui.page import AssistPage

    return AssistPage(shell)


def _today_panel(shell: Any) -> Any:
    from desktop.jobs.assist.ui.today_panel import AssistTodayPanel

    return AssistTodayPanel(shell)


def _settings_page(shell: Any) -> Any:
    from desktop.jobs.assist.ui.settings_page import AssistSettingsPage

    return AssistSettingsPage(shell)


_settings_page.min_role = Role.ADMIN  # type: ignore[attr-defined]


def _cli(sub: Any) -> None:
    from desktop.jobs.assist.cli import add_subcommands

    add_subcommands(sub)


def _demo(ctx: Any, rng: Any, start: Any, end: Any) -> None:
    from desktop.jobs.assist.demo import generate

    generate(ctx, rng, start, end)


def _purge(ctx: Any, cutoff: Any) -> int:
    from desktop.jobs.assist.store.retention import purge_records

    return purge_records(ctx, cutoff)


def register(reg: Registry) -> None:
    from desktop.jobs.assist.selftest import SELFTEST

    reg.add(
        Job(
            key=KEY,
            title=QT_TRANSLATE_NOOP("Jobs", "Application support"),
            order=30,
            min_role=Role.COUNTER,
            migrations=Path(__file__).with_name("migrations"),
            page=_page,
            today_panel=_today_panel,
            settings_pages=[(QT_TRANSLATE_NOOP("Settings", "Application support"), _settings_page)],
            cli=_cli,
            demo=_demo,
            selftest=list(SELFTEST),
            retention=[
                RetentionRule(
                    "assist_records",
                    QT_TRANSLATE_NOOP(
                        "Retention", "Assisted applications (phone, questions, links to the resident)"
                    ),
                    setting_key_for("assist_records"),
                    730,
                    _purge,
                )
            ],
        )
    )
