"""The handover checklist (交付): everything ticked on one screen, checked live, completed in one step.

Left: the resident's ID documents (the foundation's evaluator answers under the list). Middle: the
notice (交付通知書 or 来庁案内) and the proxy. Right: the card — old cards collected, 顔認証カード, the
PINs set by the resident on the national terminal (a TICK: no PIN is ever typed here), certificates,
terminal, remarks — the problems still open and the buttons.

Keyboard: focus starts in the ID list (arrows, Space ticks); Alt+P ticks the PINs; Ctrl+Enter
completes; Esc cancels (the visit goes back to the queue).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import identity
from desktop.core.wareki import wareki
from desktop.i18n import tr_error, translate
from desktop.jobs.handover.domain.checklist import (
    HandoverCheck,
    HandoverDraft,
    NoticeAbsence,
    check_handover,
    resident_rules,
)
from desktop.jobs.handover.domain.proxy import age_on
from desktop.jobs.handover.domain.records import Handover, HandoverSession
from desktop.jobs.handover.ui.documents_picker import IdDocumentPicker
from desktop.jobs.handover.ui.proxy_box import ProxyBox
from desktop.ui.widgets import ErrorLabel, heading

PROBLEMS_STYLE = "QLabel#checklistProblems { color: #8a4b00; }"
READY_STYLE = "QLabel#checklistProblems { color: #1b5e20; font-weight: bold; }"


class HandoverChecklist(QWidget):
    completed = Signal(object)  # Handover
    cancelled = Signal()

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setObjectName("handoverChecklist")
        self.session: HandoverSession | None = None
        self.check: HandoverCheck | None = None
        self.busy = False
        self.title = heading("", self, scale=1.3)
        self.title.setObjectName("checklistTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)

        # column 1: the resident's ID
        self.picker = IdDocumentPicker(identity.HANDOVER, self)
        self.picker.list.setAccessibleName(self.tr("The resident's identity documents"))
        id_box = QGroupBox(self.tr("Resident's &ID"), self)
        QVBoxLayout(id_box).addWidget(self.picker)

        # column 2: notice and proxy
        self.notice = QCheckBox(self.tr("Handover &notice brought"), self)
        self.notice.setObjectName("noticeBrought")
        self.absence = QComboBox(self)
        self.absence.setObjectName("noticeAbsence")
        self.absence.addItem(self.tr("— why not? —"), None)
        for reason in NoticeAbsence:
            self.absence.addItem(translate("NoticeAbsence", reason.label), reason.value)
        self.declared = QCheckBox(self.tr("Declaration for the missing notice signed"), self)
        self.declared.setObjectName("absenceDeclared")
        self.absence_hint = QLabel(self.tr("Without the notice, check two identity documents."), self)
        self.absence_hint.setWordWrap(True)
        notice_box = QGroupBox(self.tr("Notice"), self)
        notice_layout = QVBoxLayout(notice_box)
        for w in (self.notice, self.absence, self.declared, self.absence_hint):
            notice_layout.addWidget(w)
        self.proxy = ProxyBox(self)
        self.middle = QVBoxLayout()
        self.middle.addWidget(notice_box)
        self.middle.addWidget(self.proxy)
        self.middle.addStretch(1)
        self.proxy.toggled.connect(self._proxy_toggled)

        # column 3: the card
        self.notice_card = QCheckBox(self.tr("Notification card collected"), self)
        self.juki_card = QCheckBox(self.tr("Resident registration card collected"), self)
        self.face_auth = QCheckBox(self.tr("&Face recognition card (no PINs)"), self)
        self.pins = QCheckBox(self.tr("&PINs set by the resident on the terminal"), self)
        self.pins.setObjectName("pinsSet")
        self.cert_signature = QCheckBox(self.tr("Signature certificate issued"), self)
        self.cert_user = QCheckBox(self.tr("User certificate issued"), self)
        self.terminal = QComboBox(self)
        self.terminal.setObjectName("terminal")
        self.note = QLineEdit(self)
        self.note.setObjectName("handoverNote")
        self.note.setPlaceholderText(self.tr("Remarks (never a PIN or an Individual Number)"))
        card_box = QGroupBox(self.tr("Card"), self)
        card_layout = QVBoxLayout(card_box)
        for w in (
            self.notice_card,
            self.juki_card,
            self.face_auth,
            self.pins,
            self.cert_signature,
            self.cert_user,
        ):
            card_layout.addWidget(w)
        form = QFormLayout()
        form.addRow(self.tr("&Terminal:"), self.terminal)
        form.addRow(self.tr("Re&marks:"), self.note)
        card_layout.addLayout(form)
        self.problems = QLabel(self)
        self.problems.setObjectName("checklistProblems")
        self.problems.setWordWrap(True)
        self.error = ErrorLabel(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.complete_button = QPushButton(self.tr("&Complete handover"), self)
        self.complete_button.setObjectName("completeHandover")
        self.complete_button.setToolTip(self.tr("Complete the handover and print the receipt (Ctrl+Enter)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.complete_button)
        right = QVBoxLayout()
        right.addWidget(card_box)
        right.addWidget(self.problems, 1, Qt.AlignmentFlag.AlignTop)
        right.addWidget(self.error)
        right.addLayout(buttons)

        columns = QHBoxLayout()
        columns.addWidget(id_box, 3)
        columns.addLayout(self.middle, 3)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(columns, 1)

        for box in (self.notice, self.declared, self.notice_card, self.juki_card, self.pins,
                    self.cert_signature, self.cert_user):  # fmt: skip
            box.toggled.connect(self._update)
        self.face_auth.toggled.connect(self._face_auth_toggled)
        self.notice.toggled.connect(self._notice_toggled)
        self.absence.currentIndexChanged.connect(self._update)
        self.terminal.currentIndexChanged.connect(self._update)
        self.note.textChanged.connect(self._update)
        self.picker.changed.connect(self._update)
        self.proxy.changed.connect(self._update)
        self.cancel_button.clicked.connect(self.cancel)
        self.complete_button.clicked.connect(self.complete)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.complete)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel)

    # --- filling -----------------------------------------------------------------------------------
    def start(self, session: HandoverSession) -> None:
        """Show a resident's checklist with the usual answers filled in."""
        self.session = session
        person, case, visit = session.person, session.case, session.visit
        birth = person.birth_date
        today = self.shell.ctx.clock.today()
        self.title.setText(f"{person.name}（{person.kana}）" if person.kana else person.name)
        parts = []
        if birth is not None:
            parts.append(
                self.tr("Born {date} (age {age})").format(date=wareki(birth), age=age_on(birth, today))
            )
        parts.append(self.tr("Queue number {number}").format(number=visit.number))
        state = translate("CaseState", case.state.label)
        if session.first_notice_on is not None:
            state += self.tr(" since {date}").format(date=wareki(session.first_notice_on))
        parts.append(state)
        if case.reservation_number:
            parts.append(self.tr("Reservation {number}").format(number=case.reservation_number))
        self.subtitle.setText(" ・ ".join(parts))
        self.picker.set_rules(session.catalogue, session.rules)
        self.picker.set_keys(())
        self.proxy.set_rules(session.catalogue, session.rules)
        self.proxy.reset()
        under_15 = birth is not None and age_on(birth, today) < 15
        for box, on in ((self.notice, True), (self.declared, False), (self.notice_card, False),
                        (self.juki_card, False), (self.face_auth, False), (self.pins, False),
                        (self.cert_signature, not under_15), (self.cert_user, True)):  # fmt: skip
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        self.absence.setCurrentIndex(0)
        self.terminal.blockSignals(True)
        self.terminal.clear()
        self.terminal.addItems(session.terminals)
        self.terminal.setCurrentText(session.default_terminal)
        self.terminal.blockSignals(False)
        self.note.clear()
        self.error.clear_error()
        self._notice_toggled(True)
        self._face_auth_toggled(False)
        self.picker.focus_list()

    # --- live checking -----------------------------------------------------------------------------
    def draft(self) -> HandoverDraft:
        assert self.session is not None
        s = self.session
        absence = self.absence.currentData()
        return HandoverDraft(
            case_id=s.case.id, person_id=s.person.id or "", visit_id=s.visit.id,
            notice_brought=self.notice.isChecked(),
            notice_absence=None if absence is None else NoticeAbsence(absence),
            absence_declared=self.declared.isChecked(), documents=self.picker.keys(), proxy=self.proxy.draft(),
            collected_notice_card=self.notice_card.isChecked(), collected_juki_card=self.juki_card.isChecked(),
            face_auth=self.face_auth.isChecked(), pins_set=self.pins.isChecked() and not self.face_auth.isChecked(),
            cert_signature=self.cert_signature.isChecked(), cert_user=self.cert_user.isChecked(),
            terminal=self.terminal.currentText(), note=self.note.text(),
        )  # fmt: skip

    def _notice_toggled(self, brought: bool) -> None:
        for w in (self.absence, self.declared, self.absence_hint):
            w.setVisible(not brought)
        self._update()

    def _proxy_toggled(self, on: bool) -> None:
        """An open proxy box takes the column's height; a closed one only its title."""
        self.middle.setStretch(1, 1 if on else 0)
        self.middle.setStretch(2, 0 if on else 1)

    def _face_auth_toggled(self, on: bool) -> None:
        self.pins.setEnabled(not on)
        if on:
            self.cert_signature.setChecked(False)
        self._update()

    def _update(self, *_args: object) -> None:
        if self.session is None:
            return
        s = self.session
        draft = self.draft()
        self.picker.set_context(rules=resident_rules(s.rules, draft), is_proxy=draft.is_proxy)
        self.check = check_handover(draft, rules=s.rules, catalogue=s.catalogue, birth_date=s.person.birth_date,
                                    today=self.shell.ctx.clock.today(), terminals=s.terminals)  # fmt: skip
        lines = [f"・{tr_error(p)}" for p in self.check.problems]
        self.problems.setText(
            "\n".join(lines)
            if lines
            else self.tr("Everything is checked: complete the handover (Ctrl+Enter).")
        )
        self.problems.setStyleSheet(PROBLEMS_STYLE if lines else READY_STYLE)
        self.complete_button.setEnabled(self.check.ok and not self.busy)

    # --- completing --------------------------------------------------------------------------------
    def complete(self) -> None:
        if self.session is None or self.busy:
            return
        self._update()
        if self.check is None or not self.check.ok:
            return
        from desktop.jobs.handover.store.handovers import complete_handover

        ctx, draft = self.shell.ctx, self.draft()
        self.busy = True
        self.complete_button.setEnabled(False)
        self.error.clear_error()
        self.shell.tasks.run(lambda: complete_handover(ctx, draft), self._completed, self._failed,
                             label=self.tr("Recording the handover…"))  # fmt: skip

    def _completed(self, handover: Handover) -> None:
        self.busy = False
        self.session = None
        self.completed.emit(handover)

    def _failed(self, exc: BaseException) -> None:
        from desktop.core.errors import DomainError
        from desktop.tasks.prompt import report_failure

        self.busy = False
        self._update()
        if isinstance(exc, DomainError):
            self.error.show_error(tr_error(exc))
        else:
            report_failure(self.shell.prompter, exc)

    def cancel(self) -> None:
        """Close without a handover: the visit returns to the queue."""
        if self.session is None or self.busy:
            return
        from desktop.jobs.handover.store.handovers import cancel_handover

        ctx, visit_id = self.shell.ctx, self.session.visit.id
        self.session = None
        self.shell.tasks.run(lambda: cancel_handover(ctx, visit_id), lambda _v: self.cancelled.emit(),
                             label=self.tr("Returning the visit to the queue…"))  # fmt: skip
