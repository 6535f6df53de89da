"""The guided flow of an assisted application: one screen, a visible checklist, nothing forgotten.

Left: the checklist — every step with ✓ when done, ▶ for the one on screen, ! when something is still
missing there; Enter or a click on a step goes to it. Middle: the step. Under it: what is still missing
at this step, and the buttons. Every move saves the draft (nothing is lost if the PC stops).

Keyboard: Ctrl+Enter goes on (and finishes on the last step); Alt+← goes back; Esc opens the strip to
stop the application (中断) with a reason. Each step has its own Alt+letter shortcuts.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.people import InvalidField, Person
from desktop.i18n import tr_error, translate
from desktop.jobs.assist.domain.flow import STEP_ORDER, AssistDraft, Step, step_problems
from desktop.jobs.assist.domain.records import AssistRecord, AssistSession, SuspendReason
from desktop.jobs.assist.ui import printouts
from desktop.jobs.assist.ui.steps.apply import ApplyStep
from desktop.jobs.assist.ui.steps.base import StepWidget
from desktop.jobs.assist.ui.steps.contact import ContactStep
from desktop.jobs.assist.ui.steps.explain import ExplainStep
from desktop.jobs.assist.ui.steps.form import FormStep
from desktop.jobs.assist.ui.steps.guidance import GuidanceStep
from desktop.jobs.assist.ui.steps.identity import IdentityStep
from desktop.jobs.assist.ui.steps.photo import PhotoStep
from desktop.jobs.assist.ui.steps.reception import ReceptionStep
from desktop.jobs.assist.ui.stop_panel import StopPanel
from desktop.printing.qt.output import DocumentOutput
from desktop.ui.widgets import ErrorLabel, heading

STEP_ROLE = Qt.ItemDataRole.UserRole
DONE_COLOR, OPEN_COLOR = QColor("#1b5e20"), QColor("#8a4b00")


class AssistFlow(QWidget):
    finished = Signal(object)  # AssistRecord
    closed = Signal()  # stopped (中断): back to the start screen

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setObjectName("assistFlow")
        self.session: AssistSession | None = None
        self.draft: AssistDraft | None = None
        self.person: Person | None = None
        self.venue_session_id: str | None = None
        self.current = Step.RECEPTION
        self.visited: set[Step] = set()
        self.busy = False
        self.output = DocumentOutput(shell, self)
        self.title = heading("", self, scale=1.3)
        self.title.setObjectName("assistTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("assistSubtitle")

        self.reception = ReceptionStep(shell, self)
        self.identity = IdentityStep(shell, self)
        self.steps: dict[Step, StepWidget] = {
            Step.RECEPTION: self.reception, Step.FORM: FormStep(shell, self), Step.PHOTO: PhotoStep(shell, self),
            Step.EXPLAIN: ExplainStep(shell, self), Step.IDENTITY: self.identity,
            Step.CONTACT: ContactStep(shell, self), Step.APPLY: ApplyStep(shell, self),
            Step.GUIDANCE: GuidanceStep(shell, self),
        }  # fmt: skip
        self.stack = QStackedWidget(self)
        for widget in self.steps.values():
            self.stack.addWidget(widget)
            widget.changed.connect(self._update)
            widget.advance.connect(self.go_next)
        self.reception.printTicket.connect(self.print_ticket)
        self.checklist = QListWidget(self)
        self.checklist.setObjectName("assistChecklist")
        self.checklist.setAccessibleName(self.tr("Steps of the application"))
        self.checklist.setFixedWidth(250)
        self.checklist.setWordWrap(True)
        self.checklist.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.checklist.setStyleSheet("QListWidget#assistChecklist::item { padding: 5px 2px; }")
        self.checklist.itemActivated.connect(lambda item: self.jump(Step(item.data(STEP_ROLE))))
        self.checklist.itemClicked.connect(lambda item: self.jump(Step(item.data(STEP_ROLE))))
        self.problems = QLabel(self)
        self.problems.setObjectName("stepProblems")
        self.problems.setWordWrap(True)
        self.error = ErrorLabel(self)
        self.stop_panel = StopPanel(self)
        self.stop_panel.confirmed.connect(self.suspend)
        self.back_button = QPushButton(self.tr("← Back"), self)
        self.back_button.setToolTip(self.tr("The previous step (Alt+Left)"))
        self.stop_button = QPushButton(self.tr("Stop…"), self)
        self.stop_button.setObjectName("stopApplication")
        self.stop_button.setToolTip(self.tr("Stop the application with a reason; resume it later (Esc)"))
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("nextStep")
        self.next_button.setDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        middle = QVBoxLayout()
        middle.addWidget(self.stack, 1)
        middle.addWidget(self.problems)
        middle.addWidget(self.error)
        middle.addWidget(self.stop_panel)
        middle.addLayout(buttons)
        columns = QHBoxLayout()
        columns.addWidget(self.checklist)
        columns.addLayout(middle, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(columns, 1)

        self.back_button.clicked.connect(self.go_back)
        self.stop_button.clicked.connect(self.open_stop)
        self.next_button.clicked.connect(self.go_next)
        for keys, slot in (("Ctrl+Return", self.go_next), ("Ctrl+Enter", self.go_next), ("Alt+Right", self.go_next),
                           ("Alt+Left", self.go_back), ("Esc", self.open_stop)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self._show_subtitle)

    # --- starting ----------------------------------------------------------------------------------
    def start_new(self, venue_session_id: str | None = None) -> None:
        """A new walk-in: the reception step with an empty form (the resident is stored on Ctrl+Enter)."""
        self.session, self.draft, self.person = None, None, None
        self.venue_session_id = venue_session_id
        self.visited = {Step.RECEPTION}
        self.reception.start_new()
        self.title.setText(self.tr("New walk-in resident"))
        self.subtitle.setText("")
        self.stop_panel.hide()
        self.error.clear_error()
        self._show(Step.RECEPTION)

    def start(self, session: AssistSession) -> None:
        """Show a resident's application: the first step still open (or the reception of a new one)."""
        self.session, self.draft, self.person = session, session.draft, session.person
        self.venue_session_id = session.record.venue_session_id
        self.busy = False
        for widget in self.steps.values():
            widget.load(session, session.draft)
        self.stop_panel.hide()
        self.error.clear_error()
        name = session.person.name
        self.title.setText(f"{name}（{session.person.kana}）" if session.person.kana else name)
        self._show_subtitle()
        self.timer.start()
        steps = session.draft.steps()
        reached = STEP_ORDER.index(session.draft.step)
        self.visited = {s for s in steps if STEP_ORDER.index(s) <= reached}
        first_open = next((s for s in steps if s in self.visited and self._problems(s)), None)
        self._show(first_open or (session.draft.step if reached else Step.RECEPTION))
        if session.ticket_needed:
            self.print_ticket()

    def _show_subtitle(self) -> None:
        s = self.session
        if s is None or self.draft is None:
            return
        parts = [self.tr("Queue number {number}").format(number=self.draft.queue_number or "—")]
        if s.venue is not None:
            parts.append(self.tr("Pop-up: {venue}").format(venue=s.venue.name))
        if s.resumed:
            parts.append(self.tr("Resumed"))
        minutes = s.record.seconds_at(self.shell.ctx.clock.now()) // 60
        parts.append(self.tr("{minutes} min so far").format(minutes=minutes))
        self.subtitle.setText(" ・ ".join(parts))

    # --- the checklist -----------------------------------------------------------------------------
    def collect(self) -> AssistDraft | None:
        if self.draft is None:
            return None
        draft = self.draft
        for step in STEP_ORDER:
            draft = self.steps[step].apply(draft)
        return draft

    def _problems(self, step: Step, draft: AssistDraft | None = None) -> list[InvalidField]:
        draft = draft or self.collect()
        if draft is None or self.session is None:
            return []
        return step_problems(step, draft, self.session.facts)

    def _update(self) -> None:
        draft = self.collect()
        steps = draft.steps() if draft is not None else (Step.RECEPTION,)
        self.checklist.blockSignals(True)
        self.checklist.clear()
        for number, step in enumerate(steps, start=1):
            problems = self._problems(step, draft) if draft is not None else [InvalidField("", "")]
            seen = step in self.visited
            mark = "▶" if step is self.current else ("✓" if seen and not problems else ("!" if seen else "○"))
            item = QListWidgetItem(f"{mark}  {number}. {translate('AssistStep', step.label)}")
            item.setData(STEP_ROLE, step.value)
            if seen and not problems:
                item.setForeground(QBrush(DONE_COLOR))
            elif seen and step is not self.current:
                item.setForeground(QBrush(OPEN_COLOR))
            self.checklist.addItem(item)
            if step is self.current:
                self.checklist.setCurrentItem(item)
        self.checklist.blockSignals(False)
        current = self._problems(self.current, draft) if draft is not None else []
        self.problems.setText("\n".join("・" + tr_error(p) for p in current))
        self.problems.setStyleSheet("QLabel#stepProblems { color: #8a4b00; }")
        last = steps[-1] is self.current and draft is not None
        self.next_button.setText(self.tr("Finish (Ctrl+Enter)") if last else self.tr("Next (Ctrl+Enter) →"))
        self.back_button.setEnabled(steps.index(self.current) > 0 if self.current in steps else False)
        self.stop_button.setEnabled(self.session is not None)

    def _show(self, step: Step) -> None:
        self.current = step
        self.visited.add(step)
        widget = self.steps[step]
        if self.session is not None and self.draft is not None:
            if step is Step.GUIDANCE:
                self.steps[Step.GUIDANCE].load(self.session, self.collect() or self.draft)
            if step is Step.CONTACT:
                self.steps[Step.CONTACT].load(self.session, self.collect() or self.draft)
        self.stack.setCurrentWidget(widget)
        self._update()
        widget.focus_first()

    def jump(self, step: Step) -> None:
        if self.busy or self.session is None or step is self.current:
            return
        self._save(step)

    # --- moving on ---------------------------------------------------------------------------------
    def go_back(self) -> None:
        draft = self.collect()
        if draft is None or self.busy:
            return
        steps = draft.steps()
        if self.current in steps and steps.index(self.current) > 0:
            self._save(steps[steps.index(self.current) - 1])

    def go_next(self) -> None:
        if self.busy:
            return
        if self.session is None:
            self._begin_walk_in()
            return
        draft = self.collect()
        assert draft is not None
        problems = self._problems(self.current, draft)
        if self.current is Step.RECEPTION and self.reception.form.is_modified() and self.reception.form.validate():
            return
        if problems:
            self.steps[self.current].show_problems(problems)
            self._update()
            return
        steps = draft.steps()
        if self.current is steps[-1]:
            self.finish()
            return
        self._save(steps[steps.index(self.current) + 1])

    def _edited_person(self) -> Person | None:
        form = self.reception.form
        if not form.is_modified() or form.validate():
            return None
        return form.person()

    def _save(self, to_step: Step) -> None:
        from desktop.jobs.assist.store.records import save_draft

        draft = self.collect()
        if draft is None:
            return
        reached = max(STEP_ORDER.index(draft.step), STEP_ORDER.index(to_step))
        draft = replace(draft, step=STEP_ORDER[reached])
        ctx, person = self.shell.ctx, self._edited_person()
        self.busy = True
        self.error.clear_error()

        known = self.person

        def work() -> tuple[AssistRecord, Person | None]:
            from desktop.store.people import get_person

            record = save_draft(ctx, draft, person=person)
            return record, get_person(ctx, record.person_id) if person is not None else known

        self.shell.tasks.run(work, lambda result: self._saved(result, to_step), self._failed,
                             label=self.tr("Saving…"), progress=False)  # fmt: skip

    def _saved(self, result: tuple[AssistRecord, Person | None], to_step: Step) -> None:
        record, person = result
        self.busy = False
        assert self.session is not None
        self.draft = record.draft
        if person is not None and person is not self.person:
            self.person = person
            self.session = replace(self.session, person=person, facts=replace(
                self.session.facts, birth_date=person.birth_date, has_postal_code=bool(person.postal_code),
                has_address=bool(person.address.strip())))  # fmt: skip
            self.reception.form.mark_saved(person)
            self.identity.set_person(person)
        self.session = replace(self.session, record=record)
        self._show(to_step)

    def _failed(self, exc: BaseException) -> None:
        from desktop.tasks.prompt import report_failure

        self.busy = False
        self._update()
        if isinstance(exc, InvalidField) and exc.field in ("application_id", "questions", "phone"):
            step = {"application_id": Step.FORM, "questions": Step.RECEPTION, "phone": Step.CONTACT}[exc.field]
            self._show(step)
            self.steps[step].show_problems([exc])
        if isinstance(exc, DomainError):
            self.error.show_error(tr_error(exc))
        else:
            report_failure(self.shell.prompter, exc)

    def _begin_walk_in(self) -> None:
        from desktop.jobs.assist.store.begin import begin_walk_in

        form = self.reception.form
        if form.validate():
            return
        ctx, person, venue = self.shell.ctx, form.person(), self.venue_session_id
        questions = self.reception.questions.text()
        self.busy = True

        def started(session: AssistSession) -> None:
            self.busy = False
            self.start(session)
            self.reception.questions.setText(questions)
            self.go_next()

        self.shell.tasks.run(lambda: begin_walk_in(ctx, person, venue_session_id=venue), started, self._failed,
                             label=self.tr("Checking the resident in…"))  # fmt: skip

    # --- finishing and stopping --------------------------------------------------------------------
    def finish(self) -> None:
        from desktop.jobs.assist.domain.flow import all_problems
        from desktop.jobs.assist.store.records import finish

        draft = self.collect()
        if draft is None or self.session is None or self.busy:
            return
        problems = all_problems(draft, self.session.facts)
        if problems:
            step, _problem = problems[0]
            self._show(step)
            self.steps[step].show_problems([p for s, p in problems if s is step])
            return
        ctx, person = self.shell.ctx, self._edited_person()
        self.busy = True
        self.shell.tasks.run(lambda: finish(ctx, draft, person=person), self._finished, self._failed,
                             label=self.tr("Recording the application…"))  # fmt: skip

    def _finished(self, record: AssistRecord) -> None:
        self.busy = False
        self.timer.stop()
        self.session = None
        self.finished.emit(record)

    def open_stop(self) -> None:
        if self.session is None or self.busy:
            return
        if self.stop_panel.isVisible():
            self.stop_panel.hide()
        else:
            self.stop_panel.open()

    def suspend(self, reason: SuspendReason, note: str) -> None:
        from desktop.jobs.assist.store.records import suspend

        draft = self.collect()
        if draft is None or self.busy:
            return
        ctx = self.shell.ctx
        self.busy = True

        def stopped(_record: AssistRecord) -> None:
            self.busy = False
            self.timer.stop()
            self.session = None
            self.stop_panel.hide()
            self.closed.emit()

        self.shell.tasks.run(lambda: suspend(ctx, draft, reason, note), stopped, self._failed,
                             label=self.tr("Stopping the application…"))  # fmt: skip

    # --- paper -------------------------------------------------------------------------------------
    def print_ticket(self) -> None:
        if self.session is None:
            return
        printouts.print_ticket(self.shell, self.output, self.session.record.id, self.session.settings.preview,
                               on_printed=lambda: self.reception.set_ticket(True))  # fmt: skip
