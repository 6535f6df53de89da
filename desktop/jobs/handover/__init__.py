"""Handover (交付): the card handed to the resident or a proxy, walk-in services, unclaimed cards.

Flow (DOMAIN.md "Handover logging"): find the resident and the waiting card (today's board, the
reservation number + birth date from the 交付通知書, kana, 申請書ID, or a walk-in) → the checklist
(notice, ID documents evaluated live by the foundation's rule, proxy, old cards collected, 顔認証カード,
PINs set on the terminal — a tick, never a PIN —, certificates, terminal) → complete: visit 完了, case
交付済, a `handover` event → 受領書 (A5/A4) to sign and the 80 mm 控え. Walk-in services (電子証明書更新,
暗証番号再設定・変更, 券面事項変更) are one form each counted under its own kind. Unclaimed cards get
reminders (再通知), returned notices, and disposal (廃棄) by the municipality's rule, confirmed by a
supervisor, with a printed list. See README.md in this folder for the keystrokes a handover takes.

Package: `domain/` (rules), `store/` (SQL), `documents.py` (paper), `ui/` (screens), `cli.py`, `demo.py`,
`migrations/0010_handover.sql`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core.counts import CountKind
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.staff import Role
from desktop.jobs.registry import Job, Registry

COUNT_KINDS = [
    CountKind("notice_card_collected", QT_TRANSLATE_NOOP("CountKind", "Notification cards collected")),
    CountKind("juki_card_collected", QT_TRANSLATE_NOOP("CountKind", "Resident registration cards collected")),
    CountKind("handover_proxy", QT_TRANSLATE_NOOP("CountKind", "Cards handed to a proxy")),
    CountKind("face_auth_card", QT_TRANSLATE_NOOP("CountKind", "Face recognition cards handed over")),
    CountKind("unclaimed_reminder", QT_TRANSLATE_NOOP("CountKind", "Reminders for unclaimed cards")),
    CountKind("unclaimed_returned", QT_TRANSLATE_NOOP("CountKind", "Handover letters returned")),
    CountKind("card_disposed", QT_TRANSLATE_NOOP("CountKind", "Unclaimed cards disposed of")),
]


def _page(shell: Any) -> Any:
    from desktop.jobs.handover.ui.page import HandoverPage

    return HandoverPage(shell)


def _today_panel(shell: Any) -> Any:
    from desktop.jobs.handover.ui.today_panel import HandoverTodayPanel

    return HandoverTodayPanel(shell)


def _settings_page(shell: Any) -> Any:
    from desktop.jobs.handover.ui.settings_page import HandoverSettingsPage

    return HandoverSettingsPage(shell)


_settings_page.min_role = Role.ADMIN  # type: ignore[attr-defined]


def _cli(sub: Any) -> None:
    from desktop.jobs.handover.cli import add_subcommands

    add_subcommands(sub)


def _demo(ctx: Any, rng: Any, start: Any, end: Any) -> None:
    from desktop.jobs.handover.demo import generate

    generate(ctx, rng, start, end)


def register(reg: Registry) -> None:
    from desktop.jobs.handover.selftest import SELFTEST
    from desktop.jobs.handover.store.retention import RULE

    reg.add(
        Job(
            key="handover",
            title=QT_TRANSLATE_NOOP("Jobs", "Handover"),
            order=40,
            min_role=Role.COUNTER,
            migrations=Path(__file__).with_name("migrations"),
            page=_page,
            today_panel=_today_panel,
            settings_pages=[(QT_TRANSLATE_NOOP("Settings", "Handover"), _settings_page)],
            cli=_cli,
            demo=_demo,
            selftest=list(SELFTEST),
            count_kinds=list(COUNT_KINDS),
            retention=[RULE],
        )
    )
