"""Pop-up venues (出張申請): the sessions of a month with the applications recorded at each, the month's
figures per venue and per venue type, and planning a session (supervisors): the venue (chosen, or a new
one with its address), its type, the date and times, the staff and the tablets taken there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.staff import Role
from desktop.core.wareki import wareki_short
from desktop.i18n import tr_error, translate
from desktop.jobs.assist.domain.venues import PopupFigures, VenueSession, VenueSessionDraft, VenueType
from desktop.jobs.assist.ui.start_panel import fill, make_table
from desktop.ui.widgets import ErrorLabel

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class VenueData:
    month: date
    sessions: list[VenueSession]
    figures: PopupFigures
    venues: list[tuple[str, str, str]]  # (site id, name, address) of every venue
    staff: list[tuple[str, str]]  # (staff id, name) of active staff
    tablets: list[str]


def load_month(ctx: Any, month: date) -> VenueData:
    from desktop.jobs.assist.store.venues import popup_figures, venue_sessions
    from desktop.store import staff as staff_store
    from desktop.store.office import list_sites, load_profile

    end = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    profile = load_profile(ctx)
    return VenueData(
        month, venue_sessions(ctx, month, end), popup_figures(ctx, month, end),
        [(s.id, s.name, s.address) for s in list_sites(ctx) if s.kind == "venue"],
        [(m.id, m.display_name) for m in staff_store.list_staff(ctx, include_inactive=False)],
        [t.number for t in profile.tablets] if profile is not None else [],
    )  # fmt: skip


def checked(widget: QListWidget) -> tuple[str, ...]:
    return tuple(str(widget.item(i).data(ID_ROLE)) for i in range(widget.count())
                 if widget.item(i).checkState() == Qt.CheckState.Checked)  # fmt: skip


class VenuesPanel(QWidget):
    sessionsChanged = Signal()  # noqa: N815

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.data: VenueData | None = None
        today = shell.ctx.clock.today()
        self.month = today.replace(day=1)
        self.prev = QPushButton("◀", self)
        self.prev.setAccessibleName(self.tr("Previous month"))
        self.next = QPushButton("▶", self)
        self.next.setAccessibleName(self.tr("Next month"))
        self.month_label = QLabel(self)
        self.figures = QLabel(self)
        self.figures.setObjectName("popupFigures")
        self.figures.setWordWrap(True)
        nav = QHBoxLayout()
        nav.addWidget(self.prev)
        nav.addWidget(self.month_label)
        nav.addWidget(self.next)
        nav.addStretch(1)
        self.table = make_table(self, [self.tr("Date"), self.tr("Time"), self.tr("Venue"), self.tr("Type"),
                                       self.tr("Staff"), self.tr("Tablets"), self.tr("Applications")],
                                "venueSessions", stretch=2)  # fmt: skip
        self.remove = QPushButton(self.tr("Remove the session"), self)
        left = QVBoxLayout()
        left.addLayout(nav)
        left.addWidget(self.table, 1)
        left.addWidget(self.figures)
        left.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignRight)

        self.venue = QComboBox(self)
        self.venue.setObjectName("venueName")
        self.venue.setEditable(True)
        self.venue.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.address = QLineEdit(self)
        self.address.setPlaceholderText(self.tr("Address of a new venue"))
        self.type = QComboBox(self)
        self.type.setObjectName("venueType")
        for kind in VenueType:
            self.type.addItem(translate("VenueType", kind.label), kind.value)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.start = QTimeEdit(QTime(13, 0), self)
        self.end = QTimeEdit(QTime(16, 0), self)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("–", self))
        times.addWidget(self.end)
        self.staff = QListWidget(self)
        self.staff.setMaximumHeight(110)
        self.tablets = QListWidget(self)
        self.tablets.setMaximumHeight(80)
        self.note = QLineEdit(self)
        self.add = QPushButton(self.tr("&Add the session"), self)
        self.add.setObjectName("addVenueSession")
        self.error = ErrorLabel(self)
        form = QFormLayout()
        for text, widget in ((self.tr("&Venue:"), self.venue), (self.tr("Address:"), self.address),
                             (self.tr("T&ype:"), self.type), (self.tr("Da&te:"), self.day)):  # fmt: skip
            form.addRow(text, widget)
        form.addRow(self.tr("Time:"), times)
        form.addRow(self.tr("Staff:"), self.staff)
        form.addRow(self.tr("Tablets:"), self.tablets)
        form.addRow(self.tr("Note:"), self.note)
        plan = QGroupBox(self.tr("Plan a pop-up session"), self)
        plan_layout = QVBoxLayout(plan)
        plan_layout.addLayout(form)
        plan_layout.addWidget(self.error)
        plan_layout.addWidget(self.add, 0, Qt.AlignmentFlag.AlignRight)
        plan.setVisible(shell.actor.may(Role.SUPERVISOR))
        self.remove.setVisible(shell.actor.may(Role.SUPERVISOR))
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(plan, 2)
        self.prev.clicked.connect(lambda: self.move_month(-1))
        self.next.clicked.connect(lambda: self.move_month(1))
        self.add.clicked.connect(self.add_session)
        self.remove.clicked.connect(self.remove_session)

    def move_month(self, step: int) -> None:
        shifted = self.month + timedelta(days=32 if step > 0 else -1)
        self.month = shifted.replace(day=1)
        self.refresh()

    def refresh(self) -> None:
        ctx, month = self.shell.ctx, self.month
        self.shell.tasks.run(lambda: load_month(ctx, month), self.show_data, label=self.tr("Loading…"),
                             progress=False)  # fmt: skip

    def show_data(self, data: VenueData) -> None:
        self.data = data
        self.month_label.setText(self.tr("{year}-{month:02d}").format(year=data.month.year, month=data.month.month))
        staff = dict(data.staff)
        fill(self.table, [[wareki_short(s.day), f"{s.start:%H:%M}–{s.end:%H:%M}", s.name,
                           translate("VenueType", s.venue_type.label), "・".join(staff.get(i, "?") for i in s.staff_ids),
                           ", ".join(s.tablets), str(s.assisted)] for s in data.sessions])  # fmt: skip
        f = data.figures
        by_type = "、".join(f"{translate('VenueType', k.label)} {n}" for k, n in sorted(f.by_type.items()))
        by_venue = "、".join(f"{name} {n}" for name, n in sorted(f.by_venue.items()))
        self.figures.setText(self.tr("This month: {n} pop-up application(s) at {s} session(s). By type: {t}. "
                                     "By venue: {v}.").format(n=f.total, s=f.sessions, t=by_type or "—",
                                                              v=by_venue or "—"))  # fmt: skip
        typed = self.venue.currentText()
        self.venue.clear()
        for site_id, name, _address in data.venues:
            self.venue.addItem(name, site_id)
        self.venue.setCurrentText(typed)
        self._checklist(self.staff, data.staff)
        self._checklist(self.tablets, [(t, t) for t in data.tablets])

    def _checklist(self, widget: QListWidget, items: list[tuple[str, str]]) -> None:
        kept = set(checked(widget))
        widget.clear()
        for key, text in items:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in kept else Qt.CheckState.Unchecked)
            widget.addItem(item)

    def draft(self) -> VenueSessionDraft:
        name = self.venue.currentText().strip()
        index = self.venue.findText(name)
        site_id = self.venue.itemData(index) if index >= 0 else None
        d, s, e = self.day.date(), self.start.time(), self.end.time()
        return VenueSessionDraft(
            name, VenueType(self.type.currentData()), date(d.year(), d.month(), d.day()),
            time(s.hour(), s.minute()), time(e.hour(), e.minute()), site_id, self.address.text(),
            checked(self.staff), checked(self.tablets), self.note.text(),
        )  # fmt: skip

    def add_session(self) -> None:
        from desktop.jobs.assist.store.venues import add_venue_session

        ctx, draft = self.shell.ctx, self.draft()
        self.error.clear_error()

        def added(_session: VenueSession) -> None:
            self.note.clear()
            self.address.clear()
            self.refresh()
            self.sessionsChanged.emit()

        self.shell.tasks.run(lambda: add_venue_session(ctx, draft), added,
                             lambda exc: self.error.show_error(tr_error(exc)), label=self.tr("Saving…"))  # fmt: skip

    def remove_session(self) -> None:
        from desktop.jobs.assist.store.venues import remove_venue_session

        row = self.table.currentRow()
        if self.data is None or not 0 <= row < len(self.data.sessions):
            return
        session = self.data.sessions[row]
        if not self.shell.prompter.ask_yes_no(self.tr("Remove the session"), self.tr(
                "Remove the session at {venue} on {day}?").format(venue=session.name, day=wareki_short(session.day))):
            return  # fmt: skip
        ctx = self.shell.ctx

        def removed(_r: None) -> None:
            self.refresh()
            self.sessionsChanged.emit()

        self.shell.tasks.run(lambda: remove_venue_session(ctx, session.id), removed,
                             lambda exc: self.error.show_error(tr_error(exc)), label=self.tr("Removing…"))  # fmt: skip
