"""The photo job's settings (Qt-free): the photo rules, who may export photos, the countdown, and THIS
PC's export folder.

Keys: `photo.rules` (PhotoRules as JSON), `photo.export_role` ('supervisor' by default: exports of
personal data are for supervisors; an office may allow counter staff), `photo.countdown_seconds`, and
per device `photo.export_dir.<device id>` (the export folder belongs to the PC in use, not the office).
Changes are audited as settings changes.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.staff import Role
from desktop.jobs.photo.domain.rules import SETTING_KEY, PhotoRules, validate
from desktop.security.permissions import require
from desktop.store import audit
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.meta import get_setting, set_setting

EXPORT_ROLE_KEY = "photo.export_role"
COUNTDOWN_KEY = "photo.countdown_seconds"


def load_rules(ctx: Context) -> PhotoRules:
    return PhotoRules.from_json(get_setting(ctx, SETTING_KEY))


def save_rules(ctx: Context, rules: PhotoRules) -> None:
    require(ctx.actor, Role.ADMIN)
    checked = validate(rules)
    with write(ctx.db):
        set_setting(ctx, SETTING_KEY, checked.to_json())
        audit.record(ctx, "settings", "settings", SETTING_KEY, "photo_rules")


def export_role(ctx: Context) -> Role:
    """Who may export a photo JPEG: supervisors by default (personal-data exports), or counter staff."""
    value = get_setting(ctx, EXPORT_ROLE_KEY, Role.SUPERVISOR.key)
    try:
        return Role.from_key(str(value))
    except ValueError:
        return Role.SUPERVISOR


def set_export_role(ctx: Context, role: Role) -> None:
    require(ctx.actor, Role.ADMIN)
    with write(ctx.db):
        set_setting(ctx, EXPORT_ROLE_KEY, Role(role).key)
        audit.record(ctx, "settings", "settings", EXPORT_ROLE_KEY, "photo_export_role")


def countdown_seconds(ctx: Context) -> int:
    value = get_setting(ctx, COUNTDOWN_KEY, 3)
    return value if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 10 else 3


def set_countdown_seconds(ctx: Context, seconds: int) -> None:
    require(ctx.actor, Role.ADMIN)
    if isinstance(seconds, bool) or not isinstance(seconds, int) or not 1 <= seconds <= 10:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The countdown is 1 to 10 seconds."))
    with write(ctx.db):
        set_setting(ctx, COUNTDOWN_KEY, seconds)
        audit.record(ctx, "settings", "settings", COUNTDOWN_KEY, "photo_countdown")


def _export_dir_key(ctx: Context) -> str:
    return f"photo.export_dir.{ctx.device_id}"


def export_dir(ctx: Context) -> Path | None:
    """This PC's export folder for online-application JPEGs (None until set)."""
    value = get_setting(ctx, _export_dir_key(ctx))
    return Path(value) if isinstance(value, str) and value else None


def set_export_dir(ctx: Context, folder: Path | None) -> None:
    """Set (or clear) this PC's export folder; any staff member at the PC may choose it."""
    require(ctx.actor, Role.COUNTER)
    if folder is not None and not folder.is_dir():
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist. Choose an existing folder."),
            folder=str(folder),
        )
    with write(ctx.db):
        set_setting(ctx, _export_dir_key(ctx), None if folder is None else str(folder))
        audit.record(ctx, "settings", "settings", "photo.export_dir", "photo_export_dir")
