"""Count kinds and the netting of count events (件数の集計).

Every countable act at the counter appends an immutable event (desktop.store.events): a kind from
this catalogue, the local business date (Asia/Tokyo), site, staff, device and the counted record's id.
A correction never edits or deletes: it appends a `void` event naming the event it cancels. Readers
net them with `net()`: a void cancels its target; voiding a void restores the target; the count of a
restored or cancelled event stays on the target's own (kind, business date), whatever day the
correction was made. Keys are stable ASCII (stored, exported); labels are English sources translated
in context "CountKind". Jobs add kinds through the registry (`Job.count_kinds`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from desktop.core.i18n import QT_TRANSLATE_NOOP

VOID_KEY = "void"


@dataclass(frozen=True)
class CountKind:
    key: str  # stable ASCII, e.g. "handover"
    label: str  # English source; translate in context "CountKind"


_KERNEL: tuple[CountKind, ...] = (
    CountKind("checkin", QT_TRANSLATE_NOOP("CountKind", "Check-ins")),  # 受付
    CountKind("handover", QT_TRANSLATE_NOOP("CountKind", "Cards handed over")),  # 交付
    CountKind("assist", QT_TRANSLATE_NOOP("CountKind", "Application support")),  # 申請サポート
    CountKind("popup_assist", QT_TRANSLATE_NOOP("CountKind", "Pop-up application support")),  # 出張申請受付
    CountKind(
        "apply_identity", QT_TRANSLATE_NOOP("CountKind", "Identity checked at application")
    ),  # 申請時来庁
    CountKind("card_arrived", QT_TRANSLATE_NOOP("CountKind", "Cards arrived")),  # 到着
    CountKind("notice_sent", QT_TRANSLATE_NOOP("CountKind", "Handover notices sent")),  # 交付通知書
    CountKind("mail_sent", QT_TRANSLATE_NOOP("CountKind", "Cards mailed")),  # 発送
    CountKind("mail_delivered", QT_TRANSLATE_NOOP("CountKind", "Mailed cards delivered")),  # 配達
    CountKind("mail_returned", QT_TRANSLATE_NOOP("CountKind", "Mailed cards returned")),  # 返戻
    CountKind("cert_renewal", QT_TRANSLATE_NOOP("CountKind", "Certificate renewals")),  # 電子証明書更新
    CountKind("pin_reset", QT_TRANSLATE_NOOP("CountKind", "PIN resets")),  # 暗証番号再設定
    CountKind("pin_change", QT_TRANSLATE_NOOP("CountKind", "PIN changes")),  # 暗証番号変更
    CountKind("card_update", QT_TRANSLATE_NOOP("CountKind", "Card details updates")),  # 券面事項変更/追記
    CountKind("no_show", QT_TRANSLATE_NOOP("CountKind", "No-shows")),  # 不在
)

VOID = CountKind(VOID_KEY, QT_TRANSLATE_NOOP("CountKind", "Corrections"))  # 取消


def kernel_kinds() -> list[CountKind]:
    """The kernel's countable kinds, in display order (`void` is not countable and not listed)."""
    return list(_KERNEL)


def all_kinds(extra: Iterable[CountKind] = ()) -> list[CountKind]:
    """Kernel kinds followed by the jobs' kinds. A job may not redefine a key (ValueError)."""
    out = kernel_kinds()
    seen = {k.key for k in out} | {VOID_KEY}
    for kind in extra:
        if kind.key in seen:
            if any(k == kind for k in out):
                continue  # the same kind contributed twice is harmless
            raise ValueError(f"count kind {kind.key!r} defined twice")
        if not kind.key.isascii() or not kind.key.replace("_", "").isalnum() or kind.key != kind.key.lower():
            raise ValueError(f"count kind key {kind.key!r} must be lower-case ASCII letters, digits and _")
        seen.add(kind.key)
        out.append(kind)
    return out


@dataclass(frozen=True)
class Event:
    """One countable act as stored (immutable). `voids` names the event a `void` event cancels."""

    id: str
    kind: str
    business_date: date  # local date in Asia/Tokyo
    at: datetime  # aware UTC moment
    site_id: str | None = None
    venue_session_id: str | None = None
    staff_id: str | None = None
    device_id: str = ""
    record_id: str | None = None
    value: int | None = None
    voids: str | None = None
    reason: str = ""


def effective(events: Iterable[Event]) -> list[Event]:
    """The non-void events that still count after every void in `events` is applied.

    An event counts unless an effective void names it; a void is effective unless an effective void
    names it in turn (so voiding a void restores). Voids whose target is not in `events` are ignored.
    """
    items = list(events)
    voiders: dict[str, list[str]] = {}
    for e in items:
        if e.kind == VOID_KEY and e.voids is not None:
            voiders.setdefault(e.voids, []).append(e.id)
    alive: dict[str, bool] = {}

    def is_alive(start: str) -> bool:
        # Iterative post-order walk up the chain of voids (no recursion limit on long chains).
        # Each void names one target, so the voids above a counted event form a tree: no cycles.
        stack = [start]
        while stack:
            current = stack[-1]
            pending = [v for v in voiders.get(current, []) if v not in alive]
            if pending:
                stack.extend(pending)
                continue
            stack.pop()
            alive[current] = not any(alive[v] for v in voiders.get(current, []))
        return alive[start]

    return [e for e in items if e.kind != VOID_KEY and is_alive(e.id)]


def net(events: Iterable[Event]) -> dict[tuple[str, date], int]:
    """Netted counts per (kind, business date): voided events removed, voids not counted."""
    out: dict[tuple[str, date], int] = {}
    for e in effective(events):
        key = (e.kind, e.business_date)
        out[key] = out.get(key, 0) + 1
    return out
