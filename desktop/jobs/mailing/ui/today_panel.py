"""The mailing job's panel on the 本日 view: what is waiting, as short lines staff act on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.store.context import Context


@dataclass(frozen=True)
class Waiting:
    setup: int = 0
    notices: int = 0
    mailing: int = 0
    unconfirmed: int = 0
    to_invite: int = 0
    days: int = 14


def load_waiting(ctx: Context) -> Waiting:
    from desktop.jobs.mailing.store import cards
    from desktop.jobs.mailing.store.figures import followups
    from desktop.jobs.mailing.store.settings import load_settings

    days = load_settings(ctx).followup_days
    due = followups(ctx, days)
    return Waiting(
        setup=len(cards.arrived_waiting(ctx)),
        notices=len(cards.ready_for_notice(ctx)),
        mailing=len(cards.ready_for_mailing(ctx)),
        unconfirmed=len(due.unconfirmed),
        to_invite=len(due.returned_not_invited),
        days=days,
    )


class MailingTodayPanel(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Cards waiting"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        self.refresh()

    def refresh(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: load_waiting(ctx), self.show_waiting, progress=False)

    def show_waiting(self, w: Waiting) -> None:
        lines = [
            self.tr("Cards arrived, set-up pending: {n}").format(n=w.setup),
            self.tr("Handover notices to send: {n}").format(n=w.notices),
            self.tr("Cards ready for mailing: {n}").format(n=w.mailing),
            self.tr("Mailed {days}+ days ago with no news: {n}").format(days=w.days, n=w.unconfirmed),
            self.tr("Returned cards to invite: {n}").format(n=w.to_invite),
        ]
        self.label.setText("\n".join(lines))
