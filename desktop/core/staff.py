"""Staff roles and the acting staff member, as the kernel sees them (accounts live in `security`)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP


class Role(IntEnum):
    """Cumulative roles: each includes what the ones below may do."""

    COUNTER = 1  # 窓口: counter work
    SUPERVISOR = 2  # 監督者: + personal-data exports, disposal confirmation, audit browser
    ADMIN = 3  # 管理者: + users, settings, restore

    @property
    def key(self) -> str:
        return self.name.lower()

    @classmethod
    def from_key(cls, key: str) -> Role:
        try:
            return cls[key.upper()]
        except KeyError:
            raise ValueError(f"unknown role {key!r}") from None

    @property
    def label(self) -> str:
        """English source label; translate in context "Role"."""
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.COUNTER: QT_TRANSLATE_NOOP("Role", "Counter staff"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Role", "Supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Administrator"),
}


@dataclass(frozen=True)
class Actor:
    """Who is doing something, for audit and events. `staff_id` None means the system itself."""

    staff_id: str | None
    login: str
    role: Role

    def may(self, needed: Role) -> bool:
        return self.role >= needed


SYSTEM = Actor(staff_id=None, login="system", role=Role.ADMIN)
