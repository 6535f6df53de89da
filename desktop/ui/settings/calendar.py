"""設定 › カレンダー: the 条例 year-end days, the administrator's overrides (a date forced open or
closed), and a month of the office calendar with each day's status, hours, reason and sessions.

The year-end days are written by `save()`; an override is written as soon as it is added or removed.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.calendar import SESSION_KIND_LABELS, DayInfo, Override, YearEnd
from desktop.core.errors import DomainError
from desktop.core.office import WEEKDAY_LABELS
from desktop.core.staff import Role
from desktop.i18n import tr_error, translate
from desktop.store import calendar as store
from desktop.ui.settings.base import SettingsPage


def _read_only_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def _fmt_day(d: date) -> str:
    return f"{d.isoformat()} ({translate('Weekday', WEEKDAY_LABELS[d.weekday()])})"


class CalendarPage(SettingsPage):
    min_role = Role.ADMIN
    saved = Signal()

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        today = shell.ctx.clock.today()

        # year-end days
        self.start_month = self._spin(1, 12, self.tr("From month"))
        self.start_day = self._spin(1, 31, self.tr("From day"))
        self.end_month = self._spin(1, 12, self.tr("To month"))
        self.end_day = self._spin(1, 31, self.tr("To day"))
        year_end_box = QGroupBox(self.tr("Year-end days (by ordinance)"))
        row = QHBoxLayout(year_end_box)
        for widget in (
            QLabel(self.tr("From")), self.start_month, QLabel("/"), self.start_day,
            QLabel(self.tr("to")), self.end_month, QLabel("/"), self.end_day,
        ):  # fmt: skip
            row.addWidget(widget)
        row.addStretch(1)

        # overrides
        self.overrides_table = _read_only_table([self.tr("Date"), self.tr("Status"), self.tr("Reason")])
        self.overrides_table.setAccessibleName(self.tr("Overrides"))
        self.override_date = QDateEdit(QDate(today.year, today.month, today.day))
        self.override_date.setCalendarPopup(True)
        self.override_date.setDisplayFormat("yyyy-MM-dd")
        self.override_date.setAccessibleName(self.tr("Override date"))
        self.override_open = QComboBox()
        self.override_open.addItem(self.tr("Closed"), False)
        self.override_open.addItem(self.tr("Open"), True)
        self.override_open.setAccessibleName(self.tr("Open or closed"))
        self.override_reason = QLineEdit()
        self.override_reason.setPlaceholderText(self.tr("Reason"))
        self.override_reason.setAccessibleName(self.tr("Reason"))
        self.add_override_button = QPushButton(self.tr("Add override"))
        self.remove_override_button = QPushButton(self.tr("Remove override"))
        self.add_override_button.clicked.connect(self.add_override)
        self.remove_override_button.clicked.connect(self.remove_override)
        overrides_box = QGroupBox(self.tr("Days forced open or closed"))
        ob = QVBoxLayout(overrides_box)
        ob.addWidget(self.overrides_table, 1)
        form = QHBoxLayout()
        form.addWidget(self.override_date)
        form.addWidget(self.override_open)
        form.addWidget(self.override_reason, 1)
        ob.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_override_button)
        buttons.addWidget(self.remove_override_button)
        buttons.addStretch(1)
        ob.addLayout(buttons)

        # one month of the calendar
        self.month = QDateEdit(QDate(today.year, today.month, 1))
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setAccessibleName(self.tr("Month shown"))
        self.month.dateChanged.connect(lambda _d: self.load_month())
        self.prev_button = QPushButton(self.tr("Previous month"))
        self.next_button = QPushButton(self.tr("Next month"))
        self.prev_button.clicked.connect(lambda: self._shift_month(-1))
        self.next_button.clicked.connect(lambda: self._shift_month(1))
        self.days_table = _read_only_table(
            [self.tr("Date"), self.tr("Status"), self.tr("Hours"), self.tr("Reason"), self.tr("Sessions")]
        )
        self.days_table.setAccessibleName(self.tr("Days of the month"))
        month_box = QGroupBox(self.tr("Calendar"))
        mb = QVBoxLayout(month_box)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addWidget(self.month)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        mb.addLayout(nav)
        mb.addWidget(self.days_table, 1)

        left = QVBoxLayout()
        left.addWidget(year_end_box)
        left.addWidget(overrides_box, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(month_box, 3)

    def _spin(self, low: int, high: int, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setAccessibleName(name)
        return spin

    def title(self) -> str:
        return self.tr("Calendar")

    # --- loading ---------------------------------------------------------------------------------

    def load(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: store.year_end(ctx), self._fill_year_end)
        self.load_overrides()
        self.load_month()

    def _fill_year_end(self, value: YearEnd) -> None:
        self.start_month.setValue(value.start_month)
        self.start_day.setValue(value.start_day)
        self.end_month.setValue(value.end_month)
        self.end_day.setValue(value.end_day)

    def load_overrides(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: store.overrides(ctx), self._fill_overrides)

    def _fill_overrides(self, overrides: list[Override]) -> None:
        self.overrides_table.setRowCount(len(overrides))
        for row, o in enumerate(overrides):
            cells = [_fmt_day(o.day), self.tr("Open") if o.open else self.tr("Closed"), o.reason]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setData(Qt.ItemDataRole.UserRole, o.day.isoformat())
                self.overrides_table.setItem(row, col, item)
        self.overrides_table.resizeColumnsToContents()

    def _month_range(self) -> tuple[date, date]:
        shown = self.month.date()
        first = date(shown.year(), shown.month(), 1)
        following = (first + timedelta(days=32)).replace(day=1)
        return first, following - timedelta(days=1)

    def _shift_month(self, step: int) -> None:
        self.month.setDate(self.month.date().addMonths(step))

    def load_month(self) -> None:
        ctx = self.shell.ctx
        start, end = self._month_range()
        self.shell.tasks.run(lambda: store.days(ctx, start, end), self._fill_days)

    def _fill_days(self, days: list[DayInfo]) -> None:
        self.days_table.setRowCount(len(days))
        for row, info in enumerate(days):
            hours = "" if info.hours is None else f"{info.hours[0]:%H:%M}–{info.hours[1]:%H:%M}"
            sessions = ", ".join(
                f"{translate('Calendar', SESSION_KIND_LABELS[s.kind])} {s.start:%H:%M}–{s.end:%H:%M}"
                + (f" {s.label}" if s.label else "")
                for s in info.sessions
            )
            reason = translate("Calendar", info.reason) if info.reason else ""
            cells = [_fmt_day(info.date), self.tr("Open") if info.open else self.tr("Closed"), hours,
                     reason, sessions]  # fmt: skip
            for col, text in enumerate(cells):
                self.days_table.setItem(row, col, QTableWidgetItem(text))
        self.days_table.resizeColumnsToContents()

    # --- changes ---------------------------------------------------------------------------------

    def add_override(self) -> None:
        ctx = self.shell.ctx
        chosen = self.override_date.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        is_open = bool(self.override_open.currentData())
        reason = self.override_reason.text().strip()
        self.shell.tasks.run(lambda: store.set_override(ctx, day, is_open, reason), self._override_changed)

    def remove_override(self) -> None:
        row = self.overrides_table.currentRow()
        if row < 0:
            self.shell.prompter.info(
                self.tr("Remove override"), self.tr("Select an override in the list first.")
            )
            return
        item = self.overrides_table.item(row, 0)
        if item is None:
            return
        day = date.fromisoformat(str(item.data(Qt.ItemDataRole.UserRole)))
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: store.clear_override(ctx, day), self._override_changed)

    def _override_changed(self, _result: object = None) -> None:
        self.override_reason.clear()
        self.load_overrides()
        self.load_month()

    def year_end(self) -> YearEnd:
        """The year-end days as entered; raises DomainError for an impossible date."""
        return YearEnd(
            self.start_month.value(), self.start_day.value(), self.end_month.value(), self.end_day.value()
        )

    def save(self) -> None:
        try:
            value = self.year_end()
        except DomainError as exc:
            self.shell.prompter.error(self.tr("Calendar not saved"), tr_error(exc))
            return
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: store.set_year_end(ctx, value), self._saved)

    def _saved(self, _result: object = None) -> None:
        self.load_month()
        self.saved.emit()
