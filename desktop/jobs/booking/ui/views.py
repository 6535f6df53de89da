"""週・月: how full each day is, per resource. The month view shows every day's seats taken / offered
for handover terminals and assistance desks; the week view shows one resource slot by slot.
Colours: green under half full, yellow under 80 %, orange under full, red full, grey closed.

Keyboard: Alt+V week/month, Alt+U resource (week), PageUp / PageDown previous / next, Home today;
Enter on a day opens it in 予約 (booking).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.wareki import weekday_kanji
from desktop.jobs.booking.domain.settings import RESOURCES
from desktop.jobs.booking.domain.slots import DayPlan
from desktop.jobs.booking.store.availability import day_plans
from desktop.jobs.booking.texts import hm, resource_label, resource_short
from desktop.jobs.booking.ui.board import hm_time

DAY_ROLE = Qt.ItemDataRole.UserRole


def fullness_color(taken: int, seats: int) -> str:
    if seats <= 0:
        return "#e0e0e0"
    ratio = taken / seats
    if ratio >= 1:
        return "#f4a6a6"
    if ratio >= 0.8:
        return "#ffcc99"
    if ratio >= 0.5:
        return "#fff2a8"
    return "#d8f0d0"


def month_start(d: date) -> date:
    return d.replace(day=1)


class FullnessView(QWidget):
    daySelected = Signal(object)  # noqa: N815 - date

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.anchor = shell.ctx.clock.today()
        self.plans: dict[date, dict[str, DayPlan]] = {}
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Month"), "month")
        self.mode.addItem(self.tr("Week"), "week")
        self.resource = QComboBox(self)
        for r in RESOURCES:
            self.resource.addItem(resource_label(r), r)
        self.prev_button = QPushButton(self.tr("◀ Previous"), self)
        self.today_button = QPushButton(self.tr("Today"), self)
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.caption = QLabel(self)
        self.caption.setObjectName("fullnessCaption")
        self.table = QTableWidget(self)
        self.table.setObjectName("fullnessTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        top = QHBoxLayout()
        for label, widget in ((self.tr("&View"), self.mode), (self.tr("Reso&urce"), self.resource)):
            text = QLabel(label, self)
            text.setBuddy(widget)
            top.addWidget(text)
            top.addWidget(widget)
        top.addStretch(1)
        for w in (self.prev_button, self.today_button, self.next_button):
            top.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        self.mode.currentIndexChanged.connect(lambda _i: self.refresh())
        self.resource.currentIndexChanged.connect(lambda _i: self.refresh())
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.table.activated.connect(self._activated)
        for keys, slot in (("PgUp", lambda: self.step(-1)), ("PgDown", lambda: self.step(1)), ("Home", self.go_today)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.refresh()

    def range(self) -> tuple[date, date]:
        if self.mode.currentData() == "week":
            start = self.anchor - timedelta(days=self.anchor.weekday())
            return start, start + timedelta(days=6)
        first = month_start(self.anchor)
        start = first - timedelta(days=first.weekday())
        return start, start + timedelta(days=41)

    def step(self, n: int) -> None:
        if self.mode.currentData() == "week":
            self.anchor += timedelta(days=7 * n)
        else:
            m = self.anchor.month - 1 + n
            self.anchor = date(self.anchor.year + m // 12, m % 12 + 1, 1)
        self.refresh()

    def go_today(self) -> None:
        self.anchor = self.shell.ctx.clock.today()
        self.refresh()

    def refresh(self) -> None:
        ctx, (start, end) = self.shell.ctx, self.range()
        self.resource.setEnabled(self.mode.currentData() == "week")
        self.shell.tasks.run(lambda: day_plans(ctx, start, end), self.show_plans,
                             label=self.tr("Counting the seats…"))  # fmt: skip

    def show_plans(self, plans: dict[date, dict[str, DayPlan]]) -> None:
        self.plans = plans
        if self.mode.currentData() == "week":
            self._week()
        else:
            self._month()

    def _item(self, text: str, color: str, day: date | None) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setBackground(QBrush(QColor(color)))
        item.setForeground(QBrush(QColor("#111111")))
        item.setData(DAY_ROLE, day)
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return item

    def _month(self) -> None:
        first = month_start(self.anchor)
        self.caption.setText(self.tr("{year}-{month:02d}: seats taken / offered per day").format(
            year=first.year, month=first.month))  # fmt: skip
        days = sorted(self.plans)
        self.table.clear()
        self.table.setColumnCount(7)
        self.table.setRowCount(6)
        self.table.setHorizontalHeaderLabels(list("月火水木金土日"))
        self.table.verticalHeader().setVisible(False)
        for i, d in enumerate(days):
            plans = self.plans[d]
            lines = [f"{d.day}" + ("" if d.month == first.month else f" ({d.month}月)")]
            seats = sum(p.seats for p in plans.values())
            if seats == 0:
                lines.append(self.tr("closed"))
            for r in RESOURCES:
                if plans[r].seats:
                    lines.append(f"{resource_short(r)} {plans[r].taken}/{plans[r].seats} ({round(100 * plans[r].fullness)}%)")
            worst = max(plans.values(), key=lambda p: p.fullness if p.seats else -1)
            self.table.setItem(i // 7, i % 7, self._item("\n".join(lines), fullness_color(worst.taken, worst.seats), d))
        self.table.resizeRowsToContents()

    def _week(self) -> None:
        resource = str(self.resource.currentData())
        days = sorted(self.plans)
        self.caption.setText(self.tr("{resource}: seats taken / on duty per slot").format(
            resource=resource_label(resource)))  # fmt: skip
        starts = sorted({m for d in days for m in self.plans[d][resource].grid})
        self.table.clear()
        self.table.setColumnCount(len(days))
        self.table.setRowCount(len(starts))
        self.table.setHorizontalHeaderLabels([
            f"{d.month}/{d.day}（{weekday_kanji(d)}）\n{self.plans[d][resource].taken}/{self.plans[d][resource].seats}"
            for d in days])  # fmt: skip
        self.table.setVerticalHeaderLabels([hm(hm_time(m)) for m in starts])
        self.table.verticalHeader().setVisible(True)
        for col, d in enumerate(days):
            plan = self.plans[d][resource]
            for row, m in enumerate(starts):
                if m in plan.grid:
                    used = plan.used.get(m, 0)
                    item = self._item(f"{used}/{plan.capacity}", fullness_color(used, plan.capacity), d)
                else:
                    item = self._item("", "#e0e0e0", d)
                self.table.setItem(row, col, item)

    def _activated(self, index: Any) -> None:
        item = self.table.item(index.row(), index.column())
        day = item.data(DAY_ROLE) if item is not None else None
        if isinstance(day, date):
            self.daySelected.emit(day)
