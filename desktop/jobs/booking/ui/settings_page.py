"""設定 › 予約: the booking window, the cancellation deadline, people per booking, the no-show grace
time, the last handover time, slot lengths and which resource each service uses (saved with 保存),
and the units on duty per resource from a date (written at once with 追加 / 削除)."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.services import Service
from desktop.core.staff import Role
from desktop.i18n import tr_error, tr_text
from desktop.jobs.booking.domain.settings import RESOURCES, SLOT_CHOICES, BookingSettings
from desktop.jobs.booking.store import settings as store
from desktop.jobs.booking.texts import resource_label
from desktop.jobs.booking.ui.common import from_qdate, read_only_table, row_data, set_row, to_qdate
from desktop.store.visits import configured_services
from desktop.ui.settings.base import SettingsPage


def _spin(low: int, high: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    return spin


class BookingSettingsPage(SettingsPage):
    min_role = Role.ADMIN

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.setObjectName("bookingSettings")
        self.loaded = BookingSettings()
        days = self.tr(" days")
        self.open_days = _spin(1, 366, days)
        self.close_days = _spin(0, 30, days)
        self.cancel_days = _spin(0, 30, days)
        self.max_party = _spin(1, 10, self.tr(" people"))
        self.grace = _spin(0, 240, self.tr(" min"))
        self.last_time = QTimeEdit(self)
        self.last_time.setDisplayFormat("HH:mm")
        rules = QGroupBox(self.tr("Booking rules"), self)
        form = QFormLayout(rules)
        form.addRow(self.tr("Bookings open this many days ahead"), self.open_days)
        form.addRow(self.tr("and close this many days before the day"), self.close_days)
        form.addRow(self.tr("Residents may cancel until (days before)"), self.cancel_days)
        form.addRow(self.tr("People per booking (booker included)"), self.max_party)
        form.addRow(self.tr("No-show after the slot ends, plus"), self.grace)
        form.addRow(self.tr("Last time a booked slot may end"), self.last_time)

        self.slot_boxes: dict[str, QComboBox] = {}
        resources = QGroupBox(self.tr("Resources"), self)
        res_form = QFormLayout(resources)
        for r in RESOURCES:
            box = QComboBox(self)
            for minutes in SLOT_CHOICES:
                box.addItem(self.tr("{n} min").format(n=minutes), minutes)
            self.slot_boxes[r] = box
            res_form.addRow(self.tr("Slot length: {resource}").format(resource=resource_label(r)), box)
        self.service_boxes: dict[str, QComboBox] = {}
        self.services_form = res_form

        self.capacity_resource = QComboBox(self)
        for r in RESOURCES:
            self.capacity_resource.addItem(resource_label(r), r)
        self.capacity_table = read_only_table([self.tr("Valid from"), self.tr("Units on duty")], self)
        self.capacity_table.setObjectName("capacityTable")
        self.capacity_from = QDateEdit(self)
        self.capacity_from.setCalendarPopup(True)
        self.capacity_from.setDisplayFormat("yyyy-MM-dd")
        self.capacity_from.setDate(to_qdate(shell.ctx.clock.today()))
        self.capacity_units = _spin(0, store.MAX_CAPACITY, "")
        self.capacity_add = QPushButton(self.tr("Add"), self)
        self.capacity_remove = QPushButton(self.tr("Remove"), self)
        capacity = QGroupBox(self.tr("Units on duty (from a date)"), self)
        cap_layout = QVBoxLayout(capacity)
        hint = QLabel(self.tr("Without a value: the terminals in service (Values by date) or the office "
                              "profile's terminals; for desks, the profile's tablets."), self)  # fmt: skip
        hint.setWordWrap(True)
        cap_layout.addWidget(self.capacity_resource)
        cap_layout.addWidget(hint)
        cap_layout.addWidget(self.capacity_table)
        row = QHBoxLayout()
        for w in (self.capacity_from, self.capacity_units, self.capacity_add, self.capacity_remove):
            row.addWidget(w)
        cap_layout.addLayout(row)

        columns = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(rules)
        left.addWidget(resources)
        left.addStretch(1)
        columns.addLayout(left, 1)
        columns.addWidget(capacity, 1)
        self.capacity_resource.currentIndexChanged.connect(lambda _i: self.load_capacity())
        self.capacity_add.clicked.connect(self.add_capacity)
        self.capacity_remove.clicked.connect(self.remove_capacity)

    def title(self) -> str:
        return self.tr("Booking")

    def load(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: (store.load_settings(ctx), configured_services(ctx)), self._loaded)
        self.load_capacity()

    def _loaded(self, result: tuple[BookingSettings, dict[str, Service]]) -> None:
        settings, services = result
        self.loaded = settings
        self.open_days.setValue(settings.open_days_ahead)
        self.close_days.setValue(settings.close_days_before)
        self.cancel_days.setValue(settings.cancel_days_before)
        self.max_party.setValue(settings.max_party)
        self.grace.setValue(settings.no_show_grace_minutes)
        self.last_time.setTime(QTime(settings.last_time.hour, settings.last_time.minute))
        for r, box in self.slot_boxes.items():
            box.setCurrentIndex(max(0, box.findData(settings.slot_of(r))))
        for key, service in services.items():
            if key not in self.service_boxes:
                box = QComboBox(self)
                for r in RESOURCES:
                    box.addItem(resource_label(r), r)
                self.service_boxes[key] = box
                self.services_form.addRow(self.tr("{service} uses").format(service=tr_text(service.label)), box)
            self.service_boxes[key].setCurrentIndex(max(0, self.service_boxes[key].findData(settings.resource_of(key))))

    def current(self) -> BookingSettings:
        t = self.last_time.time()
        return BookingSettings(
            open_days_ahead=self.open_days.value(), close_days_before=self.close_days.value(),
            cancel_days_before=self.cancel_days.value(), max_party=self.max_party.value(),
            no_show_grace_minutes=self.grace.value(), last_time=time(t.hour(), t.minute()),
            slot_minutes={r: int(b.currentData()) for r, b in self.slot_boxes.items()},
            service_resources={k: str(b.currentData()) for k, b in self.service_boxes.items()},
        )  # fmt: skip

    def save(self) -> None:
        ctx, settings = self.shell.ctx, self.current()
        self.shell.tasks.run(lambda: store.save_settings(ctx, settings), None,
                             lambda exc: self.shell.prompter.error(self.tr("Booking"), tr_error(exc)))  # fmt: skip

    # --- capacity -------------------------------------------------------------------------------
    def resource(self) -> str:
        return str(self.capacity_resource.currentData())

    def load_capacity(self) -> None:
        ctx, resource = self.shell.ctx, self.resource()
        self.shell.tasks.run(lambda: store.capacity_rows(ctx, resource), self._show_capacity)

    def _show_capacity(self, rows: list[tuple[date, int]]) -> None:
        table: QTableWidget = self.capacity_table
        table.setRowCount(len(rows))
        for i, (valid_from, units) in enumerate(rows):
            set_row(table, i, [valid_from.isoformat(), str(units)], valid_from, right=(1,))

    def add_capacity(self) -> None:
        ctx, resource = self.shell.ctx, self.resource()
        day, units = from_qdate(self.capacity_from.date()), self.capacity_units.value()
        self.shell.tasks.run(lambda: store.set_capacity(ctx, resource, day, units), lambda _r: self.load_capacity())

    def remove_capacity(self) -> None:
        valid_from = row_data(self.capacity_table)
        if not isinstance(valid_from, date):
            return
        ctx, resource = self.shell.ctx, self.resource()
        self.shell.tasks.run(lambda: store.remove_capacity(ctx, resource, valid_from), lambda _r: self.load_capacity())
