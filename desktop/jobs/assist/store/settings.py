"""The assistance job's settings in the database: the slip's texts and paper (`assist.settings`,
administrators), and the tablet this PC used last (`assist.tablet.<device id>`)."""

from __future__ import annotations

from desktop.core.staff import Role
from desktop.jobs.assist.domain.settings import SETTING_KEY, AssistSettings
from desktop.security.permissions import require
from desktop.store import audit
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.meta import get_setting, set_setting


def load_settings(ctx: Context) -> AssistSettings:
    return AssistSettings.from_json(get_setting(ctx, SETTING_KEY))


def save_settings(ctx: Context, settings: AssistSettings) -> AssistSettings:
    """Validate and store (administrators; audited)."""
    require(ctx.actor, Role.ADMIN)
    settings.check()
    with write(ctx.db):
        set_setting(ctx, SETTING_KEY, settings.to_json())
        audit.record(ctx, "settings", "settings", SETTING_KEY)
    return load_settings(ctx)


def _tablet_key(ctx: Context) -> str:
    return f"assist.tablet.{ctx.device_id}"


def last_tablet(ctx: Context) -> str:
    value = get_setting(ctx, _tablet_key(ctx), "")
    return value if isinstance(value, str) else ""


def remember_tablet(ctx: Context, tablet: str) -> None:
    set_setting(ctx, _tablet_key(ctx), tablet)
