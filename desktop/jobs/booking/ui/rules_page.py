"""設定 › 予約の開庁日: the session rules that write weekend, evening and one-off sessions (and one-off
closures) into the office calendar. A rule is written at once when added (追加) and its future
sessions are removed with it (削除). When that leaves bookings without a slot, their number is shown:
the residents are listed in 予約 › 連絡 › 枠のない予約 to be called.
"""

from __future__ import annotations

from datetime import time
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.staff import Role
from desktop.i18n import tr_error, tr_text
from desktop.jobs.booking.domain.model import BookingSummary
from desktop.jobs.booking.domain.rules import RULE_KIND_LABELS, RULE_KINDS, SessionRule
from desktop.jobs.booking.store import rules as store
from desktop.jobs.booking.texts import describe_rule, weekday_name
from desktop.jobs.booking.ui.common import from_qdate, read_only_table, row_data, set_row, to_qdate
from desktop.ui.settings.base import SettingsPage
from desktop.ui.widgets import ErrorLabel


class SessionRulesPage(SettingsPage):
    min_role = Role.ADMIN

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.setObjectName("sessionRules")
        self.table = read_only_table([self.tr("Rule"), self.tr("Label")], self, stretch=0)
        self.table.setObjectName("rulesTable")
        self.kind = QComboBox(self)
        for kind in RULE_KINDS:
            self.kind.addItem(tr_text(RULE_KIND_LABELS[kind]), kind)
        self.session_kind = QComboBox(self)
        self.session_kind.addItem(self.tr("Weekend session"), "weekend")
        self.session_kind.addItem(self.tr("Extra session (e.g. evening)"), "extra")
        self.weekdays = [QCheckBox(weekday_name(w), self) for w in range(7)]
        self.nth = QSpinBox(self)
        self.nth.setRange(1, 5)
        self.nth.setPrefix(self.tr("week "))
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd (ddd)")
        self.day.setDate(to_qdate(shell.ctx.clock.today()))
        self.start = QTimeEdit(QTime(9, 0), self)
        self.end = QTimeEdit(QTime(12, 0), self)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.except_months = QLineEdit(self)
        self.except_months.setPlaceholderText(self.tr("e.g. 3, 4"))
        self.skip_holidays = QCheckBox(self.tr("Skip national holidays"), self)
        self.skip_holidays.setChecked(True)
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(self.tr("Shown in the calendar, e.g. 第2土曜 休日開庁"))
        self.add_button = QPushButton(self.tr("&Add rule"), self)
        self.remove_button = QPushButton(self.tr("&Remove selected rule"), self)
        self.error = ErrorLabel(self)

        days = QHBoxLayout()
        for box in self.weekdays:
            days.addWidget(box)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(self.end)
        new = QGroupBox(self.tr("New rule"), self)
        form = QFormLayout(new)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Session"), self.session_kind)
        form.addRow(self.tr("Weekdays"), days)
        form.addRow(self.tr("Which week"), self.nth)
        form.addRow(self.tr("Date (one-off)"), self.day)
        form.addRow(self.tr("From – to"), times)
        form.addRow(self.tr("Except months"), self.except_months)
        form.addRow(self.skip_holidays)
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.remove_button)
        layout.addWidget(new)
        layout.addWidget(self.error)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self._kind_changed()

    def title(self) -> str:
        return self.tr("Booking sessions")

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        one_off = kind in ("one_off", "closure")
        for box in self.weekdays:
            box.setEnabled(not one_off)
        self.nth.setEnabled(kind == "nth_weekday")
        self.day.setEnabled(one_off)
        self.except_months.setEnabled(not one_off)
        self.skip_holidays.setEnabled(not one_off)
        self.session_kind.setEnabled(kind != "closure")
        self.start.setEnabled(kind != "closure")
        self.end.setEnabled(kind != "closure")

    def load(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: store.list_rules(ctx), self._show)

    def _show(self, rules: list[SessionRule]) -> None:
        self.table.setRowCount(len(rules))
        for i, rule in enumerate(rules):
            set_row(self.table, i, [describe_rule(rule), rule.label], rule.id)

    def rule(self) -> SessionRule:
        kind = str(self.kind.currentData())
        try:
            months = tuple(int(x) for x in self.except_months.text().replace("、", ",").split(",") if x.strip())
        except ValueError:
            raise DomainError(self.tr("Write the excepted months as numbers, e.g. 3, 4.")) from None
        s, e = self.start.time(), self.end.time()
        return SessionRule(
            None, kind, time(s.hour(), s.minute()), time(e.hour(), e.minute()),  # type: ignore[arg-type]
            session_kind="closure" if kind == "closure" else str(self.session_kind.currentData()),
            weekdays=tuple(w for w, box in enumerate(self.weekdays) if box.isChecked()),
            nth=self.nth.value() if kind == "nth_weekday" else None,
            day=from_qdate(self.day.date()) if kind in ("one_off", "closure") else None,
            except_months=months, skip_holidays=self.skip_holidays.isChecked(), label=self.label.text(),
        )  # fmt: skip

    def add(self) -> None:
        self.error.clear_error()
        try:
            rule = self.rule()
        except DomainError as err:
            self.error.show_error(tr_error(err))
            return
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: store.add_rule(ctx, rule), lambda result: self._changed(result[1]),
                             lambda exc: self.error.show_error(tr_error(exc)), label=self.tr("Writing sessions…"))  # fmt: skip

    def remove(self) -> None:
        rule_id = row_data(self.table)
        if not rule_id:
            self.error.show_error(self.tr("Select a rule in the list."))
            return
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: store.remove_rule(ctx, str(rule_id)), self._changed,
                             lambda exc: self.error.show_error(tr_error(exc)))  # fmt: skip

    def _changed(self, affected: list[BookingSummary]) -> None:
        self.load()
        if affected:
            self.shell.prompter.warn(
                self.tr("Bookings without a slot"),
                self.tr("{n} bookings are now on a closed day or outside the opening hours. Call the residents: "
                        "the list is in Booking › Call lists › Bookings without a slot.").format(n=len(affected)),
            )  # fmt: skip

    def save(self) -> None:
        """Rules are written when added or removed; nothing is pending here."""
