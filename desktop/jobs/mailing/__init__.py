"""The mailing job (カード受入・交付通知・郵送): from a card's arrival at the office to delivery or return.

- Card arrival: find the 申請済 case by 申請書ID (scanned QR code or typed), name or kana, or open a case
  for a card applied for elsewhere → 到着 (`card_arrived`); 交付前設定 done → 設定済.
- Collection at the counter: the 交付通知書 with its reservation number → 通知済 (`notice_sent`), with an
  optional booking guide letter (交付予約のご案内).
- By post (申請時来庁, 本人限定受取郵便（特例型） or 簡易書留): mailing batches with the mailing list (発送一覧),
  address labels and cover letters (送付のご案内), tracking numbers, the dated postage, → 発送済 (`mail_sent`)
  → 配達済 (`mail_delivered`) or 返戻 (`mail_returned`) → 来庁案内済 when the invitation is printed.
- Follow-up lists and monthly figures; settings (label sheet, follow-up days); CLI; demo; selftest.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.retention import RetentionRule, setting_key_for
from desktop.jobs.registry import Job, Registry, SelftestResult
from desktop.store.context import Context


def _page(shell: Any) -> Any:
    from desktop.jobs.mailing.ui.page import MailingPage

    return MailingPage(shell)


def _today_panel(shell: Any) -> Any:
    from desktop.jobs.mailing.ui.today_panel import MailingTodayPanel

    return MailingTodayPanel(shell)


def _settings_page(shell: Any) -> Any:
    from desktop.jobs.mailing.ui.settings_page import MailingSettingsPage

    return MailingSettingsPage(shell)


def _cli(sub: Any) -> None:
    from desktop.jobs.mailing.cli import add_subcommands

    add_subcommands(sub)


def _demo(ctx: Context, rng: Any, start: date, end: date) -> None:
    from desktop.jobs.mailing.demo import generate

    generate(ctx, rng, start, end)


def _purge_return_notes(ctx: Context, cutoff: date) -> int:
    from desktop.jobs.mailing.store.results import purge_return_notes

    return purge_return_notes(ctx, cutoff)


def _check_postage(ctx: Context) -> SelftestResult:
    from desktop.jobs.mailing.domain import POSTAL_METHODS
    from desktop.store.office import postage_on

    today = ctx.clock.today()
    missing = [m.value for m in POSTAL_METHODS if postage_on(ctx, today, m.value) is None]
    return SelftestResult(
        QT_TRANSLATE_NOOP("Selftest", "Postage for mailed cards is set"),
        not missing,
        "warning",
        ", ".join(missing),
    )


def _check_labels(ctx: Context) -> SelftestResult:
    from desktop.jobs.mailing.store.settings import load_settings

    problems = load_settings(ctx).labels.problems()
    return SelftestResult(
        QT_TRANSLATE_NOOP("Selftest", "The address label sheet fits on A4"),
        not problems,
        "error",
        str(problems[0]) if problems else "",
    )


def register(reg: Registry) -> None:
    reg.add(
        Job(
            key="mailing",
            title=QT_TRANSLATE_NOOP("Jobs", "Arrival and mailing"),
            order=40,
            migrations=Path(__file__).with_name("migrations"),
            page=_page,
            today_panel=_today_panel,
            settings_pages=[(QT_TRANSLATE_NOOP("Settings", "Mailing"), _settings_page)],
            cli=_cli,
            demo=_demo,
            selftest=[_check_postage, _check_labels],
            retention=[
                RetentionRule(
                    "mail_return_notes",
                    QT_TRANSLATE_NOOP("Retention", "Notes on cards returned by post"),
                    setting_key_for("mail_return_notes"),
                    730,
                    _purge_return_notes,
                )
            ],
        )
    )
