"""The handover job's box on 本日: today's handovers and services, the queue, unclaimed cards."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


@dataclass(frozen=True)
class TodayFigures:
    handed_over: int
    proxies: int
    services: int
    waiting: int
    unclaimed: int
    due: int


def load_figures(ctx: Any) -> TodayFigures:
    from desktop.jobs.handover.store.finder import board
    from desktop.jobs.handover.store.handovers import handovers_between
    from desktop.jobs.handover.store.unclaimed import unclaimed_cards
    from desktop.jobs.handover.store.walkins import walkins_between

    today = ctx.clock.today()
    handed = handovers_between(ctx, today, today)
    cards = unclaimed_cards(ctx)
    return TodayFigures(len(handed), sum(1 for h in handed if h.is_proxy), len(walkins_between(ctx, today, today)),
                        len(board(ctx)), len(cards), sum(1 for c in cards if c.status.due))  # fmt: skip


class HandoverTodayPanel(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setObjectName("handoverTodayPanel")
        self.labels = {key: QLabel("—", self) for key in ("handed", "services", "waiting", "unclaimed")}
        form = QFormLayout(self)
        form.addRow(self.tr("Handed over today:"), self.labels["handed"])
        form.addRow(self.tr("Counter services today:"), self.labels["services"])
        form.addRow(self.tr("Waiting for a handover:"), self.labels["waiting"])
        form.addRow(self.tr("Unclaimed cards:"), self.labels["unclaimed"])
        self.refresh()

    def refresh(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: load_figures(ctx), self.show_figures, progress=False)

    def show_figures(self, f: TodayFigures) -> None:
        self.labels["handed"].setText(
            self.tr("{n} ({proxies} by proxy)").format(n=f.handed_over, proxies=f.proxies)
        )
        self.labels["services"].setText(str(f.services))
        self.labels["waiting"].setText(str(f.waiting))
        text = str(f.unclaimed)
        if f.due:
            text += self.tr(" — {due} due for disposal").format(due=f.due)
        self.labels["unclaimed"].setText(text)
