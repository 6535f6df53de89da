"""The service catalogue: what a resident comes to the counter for (窓口の用件).

Each service has a stable ASCII key (stored in visits and bookings), an English source label
(translated in context "Service"), a usual duration in minutes (slot length for booking, expected
wait for the queue) and whether it is walk-in only (暗証番号再設定 is not bookable by default).
Durations and walk-in-only are municipality settings: the settings key `services` holds overrides as
`{"<key>": {"minutes": int, "walk_in_only": bool}}` (read and written by
`desktop.store.visits.configured_services` / `set_service_setting`); this module stays pure.
A service's key doubles as the count kind recorded when the serving job completes it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP

SETTING_KEY = "services"
MAX_MINUTES = 240


@dataclass(frozen=True)
class Service:
    key: str
    label: str  # English source; translate in context "Service"
    minutes: int
    walk_in_only: bool = False


CATALOGUE: tuple[Service, ...] = (
    Service("handover", QT_TRANSLATE_NOOP("Service", "Card handover"), 30),  # 交付
    Service("assist", QT_TRANSLATE_NOOP("Service", "Application support"), 15),  # 申請サポート
    Service("cert_renewal", QT_TRANSLATE_NOOP("Service", "Certificate renewal"), 20),  # 電子証明書更新
    Service("pin_reset", QT_TRANSLATE_NOOP("Service", "PIN reset"), 15, walk_in_only=True),  # 暗証番号再設定
    Service("pin_change", QT_TRANSLATE_NOOP("Service", "PIN change"), 15),  # 暗証番号変更
    Service("card_update", QT_TRANSLATE_NOOP("Service", "Card details update"), 20),  # 券面事項変更/追記
)

SERVICE_KEYS: tuple[str, ...] = tuple(s.key for s in CATALOGUE)


def unknown_service(key: str) -> DomainError:
    return DomainError(QT_TRANSLATE_NOOP("Errors", "Unknown service {service}."), service=key)


def default_service(key: str) -> Service:
    for service in CATALOGUE:
        if service.key == key:
            return service
    raise unknown_service(key)


def validate_override(key: str, minutes: Any = None, walk_in_only: Any = None) -> None:
    """Refuse a duration or flag that cannot be right (before it is stored)."""
    default_service(key)
    if minutes is not None and (
        isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= MAX_MINUTES
    ):
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "A service takes between 1 and {max} minutes; enter a whole number."),
            max=MAX_MINUTES,
        )
    if walk_in_only is not None and not isinstance(walk_in_only, bool):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Walk-in only must be yes or no."))


def with_overrides(overrides: Mapping[str, Any] | None) -> dict[str, Service]:
    """The catalogue with the office's overrides applied, in catalogue order.

    Unknown keys and malformed values in the stored setting are ignored (the default stays) so a
    damaged setting never stops the counter.
    """
    out: dict[str, Service] = {}
    for service in CATALOGUE:
        raw = (overrides or {}).get(service.key)
        if isinstance(raw, Mapping):
            minutes = raw.get("minutes")
            if isinstance(minutes, int) and not isinstance(minutes, bool) and 1 <= minutes <= MAX_MINUTES:
                service = replace(service, minutes=minutes)
            walk_in_only = raw.get("walk_in_only")
            if isinstance(walk_in_only, bool):
                service = replace(service, walk_in_only=walk_in_only)
        out[service.key] = service
    return out
