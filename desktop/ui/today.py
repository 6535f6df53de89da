"""本日: today's date in 和暦 and 西暦, whether the office is open, the visit queue, today's counts and
each job's today panel. Everything is loaded on the database thread through `shell.tasks`.

The queue shows 受付番号, name, service and state: listing names is counter work and is not audited;
opening a resident's record (in the residents page or a job) is the audited view.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.calendar import DayInfo
from desktop.core.counts import CountKind
from desktop.core.visits import Visit, VisitState
from desktop.core.wareki import seireki, wareki, weekday_kanji
from desktop.i18n import translate
from desktop.store.context import Context
from desktop.ui.widgets import heading


@dataclass
class TodayData:
    day: date
    info: DayInfo
    visits: list[Visit]
    names: dict[str, str]  # person id -> 氏名
    services: dict[str, str]  # service key -> English source label
    counts: list[tuple[CountKind, int]] = field(default_factory=list)


def load_today(ctx: Context) -> TodayData:
    """Everything the today view shows (runs on the database thread)."""
    from desktop.store.calendar import day_info
    from desktop.store.events import counts, known_kinds
    from desktop.store.visits import configured_services, visits_on

    d = ctx.clock.today()
    visits = visits_on(ctx, d)
    by_kind = {kind: n for (kind, day), n in counts(ctx, d, d).items() if day == d}
    return TodayData(
        day=d,
        info=day_info(ctx, d),
        visits=visits,
        names=_names(ctx, [v.person_id for v in visits]),
        services={key: s.label for key, s in configured_services(ctx).items()},
        counts=[(kind, by_kind.get(kind.key, 0)) for kind in known_kinds()],
    )


def _names(ctx: Context, person_ids: list[str]) -> dict[str, str]:
    """Names for the queue: a listing, not an opened record, so not audited."""
    from desktop.store.people import names_of

    return names_of(ctx, person_ids)


def _hm(t: Any) -> str:
    return f"{t.hour}:{t.minute:02d}"


class TodayView(QWidget):
    """The first page after login (Ctrl+1)."""

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setObjectName("todayView")
        self.data: TodayData | None = None
        self.date_label = heading("", self, scale=1.6)
        self.date_label.setObjectName("todayWareki")
        self.seireki_label = QLabel(self)
        self.open_label = QLabel(self)
        self.open_label.setObjectName("openToday")
        self.open_label.setWordWrap(True)

        self.queue = QTableWidget(0, 4, self)
        self.queue.setObjectName("visitQueue")
        self.queue.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Name"), self.tr("Service"), self.tr("State")]
        )
        self.queue.verticalHeader().setVisible(False)
        self.queue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.queue.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.queue.setWordWrap(False)
        self.queue.setAccessibleName(self.tr("Today's queue"))
        queue_box = QGroupBox(self.tr("Today's queue"), self)
        QVBoxLayout(queue_box).addWidget(self.queue)

        self.counts = QTableWidget(0, 2, self)
        self.counts.setObjectName("todayCounts")
        self.counts.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Today")])
        self.counts.verticalHeader().setVisible(False)
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts.setAccessibleName(self.tr("Today's counts"))
        counts_box = QGroupBox(self.tr("Today's counts"), self)
        QVBoxLayout(counts_box).addWidget(self.counts)

        self.panels = QWidget(self)
        self.panels_layout = QHBoxLayout(self.panels)
        self.panels_layout.setContentsMargins(0, 0, 0, 0)
        self.job_panels: list[QWidget] = []
        self._add_job_panels()

        columns = QHBoxLayout()
        columns.addWidget(queue_box, 3)
        columns.addWidget(counts_box, 2)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(self.date_label)
        layout.addWidget(self.seireki_label)
        layout.addWidget(self.open_label)
        layout.addLayout(columns, 1)
        layout.addWidget(self.panels)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()

    def _add_job_panels(self) -> None:
        actor = self.shell.actor
        for job in self.shell.jobs():
            if job.today_panel is None or not actor.may(job.min_role):
                continue
            panel = job.today_panel(self.shell)
            box = QGroupBox(translate("Jobs", job.title), self.panels)
            QVBoxLayout(box).addWidget(panel)
            self.panels_layout.addWidget(box)
            self.job_panels.append(panel)
        self.panels.setVisible(bool(self.job_panels))

    def refresh(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: load_today(ctx), self.show_data, label=self.tr("Loading today…"))
        for panel in self.job_panels:
            if hasattr(panel, "refresh"):
                panel.refresh()

    def show_data(self, data: TodayData) -> None:
        self.data = data
        d = data.day
        self.date_label.setText(f"{wareki(d)}（{weekday_kanji(d)}）")
        self.seireki_label.setText(seireki(d))
        self.open_label.setText(self._open_text(data.info))
        self._fill_queue(data)
        self.counts.setRowCount(len(data.counts))
        for row, (kind, n) in enumerate(data.counts):
            self.counts.setItem(row, 0, QTableWidgetItem(translate("CountKind", kind.label)))
            item = QTableWidgetItem(str(n))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.counts.setItem(row, 1, item)

    def _open_text(self, info: DayInfo) -> str:
        reason = translate("Calendar", info.reason) if info.reason else ""
        if info.open and info.hours is not None:
            text = self.tr("Open today, {start}–{end}").format(
                start=_hm(info.hours[0]), end=_hm(info.hours[1])
            )
        elif info.open:
            text = self.tr("Open today")
        else:
            text = self.tr("Closed today")
        if info.holiday and info.holiday != reason:
            text += f" — {info.holiday}"
        if reason:
            text += f" — {reason}"
        sessions = [s for s in info.sessions if s.kind != "closure"]
        if sessions:
            spans = ", ".join(
                f"{_hm(s.start)}–{_hm(s.end)}" + (f" {s.label}" if s.label else "") for s in sessions
            )
            text += "\n" + self.tr("Sessions: {spans}").format(spans=spans)
        return text

    def _fill_queue(self, data: TodayData) -> None:
        self.queue.setRowCount(len(data.visits))
        for row, visit in enumerate(sorted(data.visits, key=lambda v: v.number)):
            number = QTableWidgetItem(str(visit.number))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            service = data.services.get(visit.service, visit.service)
            state = VisitState(visit.state)
            cells = [
                number,
                QTableWidgetItem(data.names.get(visit.person_id, "")),
                QTableWidgetItem(translate("Service", service)),
                QTableWidgetItem(translate("VisitState", state.label)),
            ]
            for col, item in enumerate(cells):
                self.queue.setItem(row, col, item)
