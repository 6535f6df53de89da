"""PersonForm: the one form for a resident's 氏名, フリガナ, 生年月日, 電話, 〒 and 住所.

Reused by every job. Errors are shown inline in red under their field and never clear what was
typed. The birth date is typed (1980-05-01, S55.5.1, 昭和55年5月1日 …) and echoed in 和暦 and 西暦.

Action hook: `PersonForm.register_action(key, factory)` adds `factory(form)` (a QAction or a button)
to the toolbar row at the top of every PersonForm made afterwards; card reading registers itself
there and prefills the form with `form.fill({"name": …, "address": …, "birth_date": …,
"postal_code": …})`, reading only the fields in `form.fields_requested`.

When フリガナ and birth date match a stored resident, a non-blocking notice offers to use that
person instead (opening the record is an audited view); nothing is ever merged automatically.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import Clock
from desktop.core.errors import DomainError
from desktop.core.people import FIELDS, InvalidField, Person, problems
from desktop.core.wareki import both, parse_date
from desktop.i18n import tr_error
from desktop.store.context import Context
from desktop.store.people import get_person, possible_duplicates
from desktop.tasks import TaskRunner
from desktop.ui.widgets import ErrorLabel

log = logging.getLogger(__name__)

ActionFactory = Callable[["PersonForm"], QAction | QAbstractButton]
MAX_DUPLICATES_SHOWN = 3


class PersonForm(QWidget):
    #: a stored person was put into the form from the duplicate notice (after an audited view)
    person_loaded = Signal(object)
    #: any field was edited by the user or by fill()
    edited = Signal()

    _action_factories: ClassVar[dict[str, ActionFactory]] = {}

    @classmethod
    def register_action(cls, key: str, factory: ActionFactory) -> None:
        """Add an action to the toolbar row of every PersonForm created from now on."""
        cls._action_factories[key] = factory

    @classmethod
    def unregister_action(cls, key: str) -> None:
        cls._action_factories.pop(key, None)

    def __init__(
        self,
        ctx: Context | None = None,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self.clock = clock or (ctx.clock if ctx is not None else None)
        #: the fields a filler (the card reader) should supply through fill()
        self.fields_requested: tuple[str, ...] = ("name", "address", "birth_date", "postal_code")
        self._person_id: str | None = None
        self._loaded: dict[str, str] = {}
        self._lookup_seq = 0
        self.duplicates: list[Person] = []

        self.toolbar = QHBoxLayout()
        self.toolbar.setContentsMargins(0, 0, 0, 0)
        self.actions_by_key: dict[str, QAction | QAbstractButton] = {}
        for key, factory in self._action_factories.items():
            self._add_action(key, factory(self))
        self.toolbar.addStretch(1)

        self.edits: dict[str, QLineEdit] = {f: QLineEdit(self) for f in FIELDS}
        self.errors: dict[str, ErrorLabel] = {f: ErrorLabel(self) for f in FIELDS}
        labels = {
            "name": self.tr("&Name"),
            "kana": self.tr("&Furigana"),
            "birth_date": self.tr("&Birth date"),
            "phone": self.tr("&Phone"),
            "postal_code": self.tr("P&ostal code"),
            "address": self.tr("&Address"),
        }
        hints = {
            "name": self.tr("As written, e.g. 山田 太郎"),
            "kana": self.tr("In kana, e.g. ヤマダ タロウ"),
            "birth_date": self.tr("e.g. 1980-05-01, S55.5.1, 昭和55年5月1日"),
            "phone": self.tr("e.g. 090-1234-5678"),
            "postal_code": self.tr("e.g. 123-4567"),
            "address": self.tr("As on the residence record"),
        }
        self.birth_echo = QLabel(self)
        self.birth_echo.setAccessibleName(self.tr("Birth date in the Japanese calendar"))
        self.edits["postal_code"].setMaxLength(10)
        self.edits["phone"].setMaxLength(20)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for i, field in enumerate(FIELDS):
            edit = self.edits[field]
            edit.setPlaceholderText(hints[field])
            edit.setAccessibleName(labels[field].replace("&", ""))
            edit.textEdited.connect(lambda _t, f=field: self._on_edited(f))
            label = QLabel(labels[field], self)
            label.setBuddy(edit)
            grid.addWidget(label, 2 * i, 0)
            if field == "birth_date":
                row = QHBoxLayout()
                row.addWidget(edit, 1)
                row.addWidget(self.birth_echo, 1)
                grid.addLayout(row, 2 * i, 1)
            else:
                grid.addWidget(edit, 2 * i, 1)
            grid.addWidget(self.errors[field], 2 * i + 1, 1)
        for first, second in zip(FIELDS, FIELDS[1:], strict=False):
            QWidget.setTabOrder(self.edits[first], self.edits[second])
        self.edits["birth_date"].textChanged.connect(self._echo_birth_date)
        self.edits["kana"].editingFinished.connect(self.check_duplicates)
        self.edits["birth_date"].editingFinished.connect(self.check_duplicates)

        self.duplicate_box = QFrame(self)
        self.duplicate_box.setObjectName("duplicateNotice")
        self.duplicate_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicate_box.setStyleSheet("QFrame#duplicateNotice { background: #fff8e1; }")
        self.duplicate_layout = QVBoxLayout(self.duplicate_box)
        self.duplicate_box.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar)
        layout.addLayout(grid)
        layout.addWidget(self.duplicate_box)
        layout.addStretch(1)
        self._loaded = self.texts()

    # --- the action hook ---------------------------------------------------------------------------

    def _add_action(self, key: str, item: QAction | QAbstractButton) -> None:
        if isinstance(item, QAction):
            button = QToolButton(self)
            button.setDefaultAction(item)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.toolbar.addWidget(button)
        else:
            item.setParent(self)
            self.toolbar.addWidget(item)
        self.actions_by_key[key] = item

    # --- values --------------------------------------------------------------------------------------

    def texts(self) -> dict[str, str]:
        return {f: self.edits[f].text() for f in FIELDS}

    def person_id(self) -> str | None:
        return self._person_id

    def birth_date(self) -> date | None:
        """The typed birth date; None when empty. Raises InvalidField when it is not a date."""
        text = self.edits["birth_date"].text().strip()
        if not text:
            return None
        try:
            return parse_date(text)
        except DomainError as err:
            raise InvalidField("birth_date", err.template, **err.params) from None

    def person(self) -> Person:
        """The resident as typed (call validate() first: an unreadable birth date raises InvalidField)."""
        t = self.texts()
        return Person(
            id=self._person_id,
            name=t["name"],
            kana=t["kana"],
            birth_date=self.birth_date(),
            phone=t["phone"],
            postal_code=t["postal_code"],
            address=t["address"],
        )

    def set_person(self, p: Person | None) -> None:
        """Show a person (None: an empty form for a new one). Clears messages and notices."""
        self._person_id = p.id if p is not None else None
        values = {f: "" for f in FIELDS}
        if p is not None:
            values = {f: getattr(p, f) or "" for f in FIELDS}
            values["birth_date"] = p.birth_date.isoformat() if p.birth_date else ""
        for f in FIELDS:
            self.edits[f].setText(values[f])
        self._loaded = self.texts()
        self.clear_errors()
        self._show_duplicates([])
        if p is not None and p.id is not None:
            self.check_duplicates()

    def clear(self) -> None:
        self.set_person(None)

    def fill(self, values: dict[str, Any]) -> None:
        """Prefill fields (keys of FIELDS; birth_date may be a date or text). Other keys are ignored."""
        for key, value in values.items():
            if key not in self.edits or value is None:
                continue
            text = value.isoformat() if isinstance(value, date) else str(value)
            self.edits[key].setText(text)
            self.errors[key].clear_error()
        self.edited.emit()
        self.check_duplicates()

    def is_modified(self) -> bool:
        return self.texts() != self._loaded

    def mark_saved(self, p: Person) -> None:
        """After a save: take the stored form (normalised values, new id) as the unmodified state."""
        self.set_person(p)

    # --- validation ----------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_error()

    def show_error(self, field: str, message: str) -> None:
        if field in self.errors:
            self.errors[field].show_error(message)

    def validate(self) -> list[str]:
        """Check every field; show each problem in red under its field; return the messages."""
        self.clear_errors()
        found: list[InvalidField] = []
        try:
            birth = self.birth_date()
        except InvalidField as bad_date:
            found.append(bad_date)
            birth = None
        t = self.texts()
        probe = Person(self._person_id, t["name"], t["kana"], birth, t["phone"], t["postal_code"],
                       t["address"])  # fmt: skip
        today = self.clock.today() if self.clock is not None else None
        found += problems(probe, today=today)
        order = {f: i for i, f in enumerate(FIELDS)}
        found.sort(key=lambda e: order.get(e.field, len(order)))
        messages: list[str] = []
        for err in found:
            text = tr_error(err)
            if not self.errors[err.field].text():
                self.errors[err.field].show_error(text)
            messages.append(text)
        if found:
            self.edits[found[0].field].setFocus()
        return messages

    def _on_edited(self, field: str) -> None:
        self.errors[field].clear_error()
        self.edited.emit()

    def _echo_birth_date(self, text: str) -> None:
        if not text.strip():
            self.birth_echo.setText("")
            return
        try:
            self.birth_echo.setText(both(parse_date(text)))
        except DomainError:
            self.birth_echo.setText("")

    # --- possible duplicates -------------------------------------------------------------------------

    def check_duplicates(self) -> None:
        """Look (off the GUI thread) for stored residents with the same フリガナ and birth date."""
        if self.ctx is None or self.tasks is None:
            return
        try:
            birth = self.birth_date()
        except InvalidField:
            birth = None
        probe = Person(self._person_id, "", self.edits["kana"].text(), birth)
        if not probe.kana_key or birth is None:
            self._show_duplicates([])
            return
        self._lookup_seq += 1
        seq = self._lookup_seq
        ctx = self.ctx
        self.tasks.run(
            lambda: possible_duplicates(ctx, probe),
            lambda found: self._show_duplicates(found) if seq == self._lookup_seq else None,
            self._lookup_failed,
            label=self.tr("Looking for the same person"),
        )

    def _lookup_failed(self, exc: BaseException) -> None:
        # only a hint: the form stays usable; the failure is logged without personal data
        log.warning("duplicate lookup failed: %s", type(exc).__name__)
        self._show_duplicates([])

    def _show_duplicates(self, found: list[Person]) -> None:
        self.duplicates = list(found)
        while self.duplicate_layout.count():
            item = self.duplicate_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not found:
            self.duplicate_box.setVisible(False)
            return
        note = QLabel(
            self.tr(
                "A resident with the same furigana and birth date is already recorded. "
                "Use that record if it is the same person; otherwise carry on."
            ),
            self.duplicate_box,
        )
        note.setWordWrap(True)
        self.duplicate_layout.addWidget(note)
        for p in found[:MAX_DUPLICATES_SHOWN]:
            row = QWidget(self.duplicate_box)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            details = "  ".join(x for x in (p.name, p.address, p.phone) if x)
            line.addWidget(QLabel(details, row), 1)
            button = QPushButton(self.tr("Use this person"), row)
            button.setObjectName("useDuplicate")
            button.setAccessibleName(self.tr("Use this person: {name}").format(name=p.name))
            button.clicked.connect(lambda _c=False, pid=p.id: self.use_person(str(pid)))
            line.addWidget(button)
            self.duplicate_layout.addWidget(row)
        if len(found) > MAX_DUPLICATES_SHOWN:
            more = self.tr("… and {n} more: search by furigana to see them all.")
            self.duplicate_layout.addWidget(QLabel(more.format(n=len(found) - MAX_DUPLICATES_SHOWN)))
        self.duplicate_box.setVisible(True)

    def use_person(self, person_id: str) -> None:
        """Open a stored resident (audited view) into this form instead of what was typed."""
        if self.ctx is None or self.tasks is None:
            return
        ctx = self.ctx

        def loaded(p: Person) -> None:
            self.set_person(p)
            self.person_loaded.emit(p)

        self.tasks.run(lambda: get_person(ctx, person_id), loaded, label=self.tr("Opening the record"))
