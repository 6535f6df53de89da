"""Reading and saving the mailing job's settings (audited as settings changes)."""

from __future__ import annotations

from desktop.jobs.mailing.domain import DEFAULT_FOLLOWUP_DAYS
from desktop.jobs.mailing.settings import (
    COLLECT_DAYS_KEY,
    FOLLOWUP_DAYS_KEY,
    LABEL_SHEET_KEY,
    LabelLayout,
    MailingSettings,
)
from desktop.store import audit
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.meta import get_setting, set_setting


def _int(value: object, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def load_settings(ctx: Context) -> MailingSettings:
    """The office's mailing settings; a missing or damaged value falls back to its default."""
    return MailingSettings(
        labels=LabelLayout.from_json(get_setting(ctx, LABEL_SHEET_KEY)),
        followup_days=_int(get_setting(ctx, FOLLOWUP_DAYS_KEY), DEFAULT_FOLLOWUP_DAYS),
        collect_days=_int(get_setting(ctx, COLLECT_DAYS_KEY), 0),
    )


def save_settings(ctx: Context, settings: MailingSettings) -> None:
    settings.check()
    with write(ctx.db):
        old = load_settings(ctx)
        for key, before, after in (
            (LABEL_SHEET_KEY, old.labels.to_json(), settings.labels.to_json()),
            (FOLLOWUP_DAYS_KEY, old.followup_days, settings.followup_days),
            (COLLECT_DAYS_KEY, old.collect_days, settings.collect_days),
        ):
            if before != after or get_setting(ctx, key) is None:
                set_setting(ctx, key, after)
                audit.record(ctx, "settings", "settings", key, "mailing")
