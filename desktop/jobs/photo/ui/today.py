"""The photo job's panel on the 本日 page: photos taken today, and card cases waiting for a photo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.store.context import Context


@dataclass(frozen=True)
class PhotoToday:
    taken: int
    overridden: int
    waived: int
    waiting: int


def load_photo_today(ctx: Context) -> PhotoToday:
    from desktop.jobs.photo.store import cases_without_photo, photos_on

    records = photos_on(ctx, ctx.clock.today())
    photos = [r for r in records if not r.waived]
    return PhotoToday(
        taken=len(photos),
        overridden=sum(1 for r in photos if r.override_reason is not None),
        waived=sum(1 for r in records if r.waived),
        waiting=len(cases_without_photo(ctx)),
    )


class PhotoTodayPanel(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setObjectName("photoToday")
        self.taken = QLabel(self)
        self.waiting = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.taken)
        layout.addWidget(self.waiting)

    def refresh(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: load_photo_today(ctx), self.show_data, label=self.tr("Loading…"))

    def show_data(self, data: PhotoToday) -> None:
        text = self.tr("Photos taken today: {n}").format(n=data.taken)
        if data.overridden:
            text += self.tr(" ({n} accepted with a reason)").format(n=data.overridden)
        if data.waived:
            text += self.tr(" · without a photo (under one): {n}").format(n=data.waived)
        self.taken.setText(text)
        self.waiting.setText(self.tr("Card cases waiting for a photo: {n}").format(n=data.waiting))
