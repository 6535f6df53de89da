"""Card reader (カードリーダー): the My Number Card on the counter's PC/SC reader.

Contributes, through the registry, only what reading a card needs:
- a status-bar indicator (no smart-card service / no reader / reader ready / card on the reader),
  updated on hot-plug by a watcher thread; clicking it identifies the card without a PIN and shows
  the expiry of its 利用者証明用電子証明書 (`ui/indicator.py`)
- the カード読取 action on every PersonForm: PIN → 券面事項入力補助AP → preview → fill (`ui/read_action.py`)
- `madoguchi card status | identify | read` (`cli.py`, exit codes 20–29)
- selftest checks for the smart-card service and a reader (`selftest.py`)

It has no page, no table and no migration: what a card holds is never stored (the audit trail records
only that a card was read). The reader logic itself is Qt-free in `desktop.card`.
"""

from __future__ import annotations

from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.jobs.cardreader.selftest import check_reader, check_service
from desktop.jobs.registry import Job, Registry

READ_ACTION_KEY = "card_read"


def _indicator(shell: Any) -> Any:
    from desktop.jobs.cardreader.ui.indicator import ReaderIndicator

    return ReaderIndicator(shell)


def _read_action(form: Any) -> Any:
    from desktop.jobs.cardreader.ui.read_action import CardReadAction

    return CardReadAction(form)


def _cli(sub: Any) -> None:
    from desktop.jobs.cardreader.cli import add_subcommands

    add_subcommands(sub)


def register(reg: Registry) -> None:
    reg.add(
        Job(
            key="cardreader",
            title=QT_TRANSLATE_NOOP("Jobs", "Card reader"),
            order=900,
            status_widgets=[_indicator],
            person_actions=[(READ_ACTION_KEY, _read_action)],
            cli=_cli,
            selftest=[check_service, check_reader],
        )
    )
