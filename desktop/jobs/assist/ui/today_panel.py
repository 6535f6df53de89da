"""The assistance job's box on 本日: today's applications (and the average minutes), the queue, the
applications in progress or suspended, and today's pop-up sessions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from desktop.jobs.assist.ui.board_link import link_booking_board


@dataclass(frozen=True)
class TodayFigures:
    applied: int
    by_post: int
    average: float | None
    waiting: int
    in_progress: int
    suspended: int
    venues: tuple[str, ...]


def load_figures(ctx: Any) -> TodayFigures:
    from desktop.jobs.assist.domain.records import Status
    from desktop.jobs.assist.store.queue import start_data
    from desktop.jobs.assist.store.records import records_between

    today = ctx.clock.today()
    done = records_between(ctx, today, today, done_only=True)
    minutes = [r.minutes for r in done if r.minutes is not None]
    data = start_data(ctx)
    return TodayFigures(
        len(done), sum(1 for r in done if r.draft.mailed_later), sum(minutes) / len(minutes) if minutes else None,
        sum(1 for r in data.visits if r.visit is not None and r.visit.state.value == "waiting"),
        sum(1 for r in data.unfinished if r.status is Status.OPEN),
        sum(1 for r in data.unfinished if r.status is Status.SUSPENDED), tuple(v.name for v in data.venues),
    )  # fmt: skip


class AssistTodayPanel(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setObjectName("assistTodayPanel")
        link_booking_board()  # the today view exists from the start: Enter on the board opens visits here
        self.labels = {key: QLabel("—", self) for key in ("applied", "waiting", "open", "venues")}
        form = QFormLayout(self)
        form.addRow(self.tr("Applications today:"), self.labels["applied"])
        form.addRow(self.tr("Waiting for support:"), self.labels["waiting"])
        form.addRow(self.tr("In progress / suspended:"), self.labels["open"])
        form.addRow(self.tr("Pop-up sessions today:"), self.labels["venues"])
        self.refresh()

    def refresh(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: load_figures(ctx), self.show_figures, progress=False)

    def show_figures(self, f: TodayFigures) -> None:
        text = self.tr("{n} ({post} by post)").format(n=f.applied, post=f.by_post)
        if f.average is not None:
            text += self.tr(", {m:.1f} min each").format(m=f.average)
        self.labels["applied"].setText(text)
        self.labels["waiting"].setText(str(f.waiting))
        self.labels["open"].setText(f"{f.in_progress} / {f.suspended}")
        self.labels["venues"].setText("、".join(f.venues) or self.tr("none"))
