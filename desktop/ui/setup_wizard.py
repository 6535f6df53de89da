"""The first-run setup wizard (初期設定): the office profile and the first administrator.

Pages: welcome (with a 「デモ窓口」 button when the demo generator is installed) → office (municipality,
市民課, 地方公共団体コード with its check digit) → opening hours per weekday → counters and handover
terminals → tablets for online applications → the first administrator. Each page checks its own
fields with `OfficeProfile.validate()` and says what is wrong inline. Finishing saves the profile,
creates the administrator and marks the data folder as a real office, in one transaction.
"""

from __future__ import annotations

import importlib
import io
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.core.office import OfficeProfile, default_profile, validate_local_gov_code
from desktop.core.staff import Role
from desktop.i18n import tr_error
from desktop.store.context import Context
from desktop.tasks import TaskRunner
from desktop.tasks.prompt import Prompter, report_failure
from desktop.ui.widgets import EditableList, ErrorLabel, HoursEditor, TabletsEditor

DEFAULT_TERMINALS = 3


def demo_module() -> Any | None:
    """`desktop.demo` when installed (it offers the demo office), else None."""
    try:
        return importlib.import_module("desktop.demo")
    except ImportError:
        return None


class WelcomePage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Welcome to Madoguchi"))
        text = QLabel(
            self.tr(
                "This is the first start of Madoguchi in this data folder. The next pages ask for the "
                "office profile (municipality, local government code, opening hours, counters, "
                "terminals and tablets) and create the first administrator. Everything can be changed "
                "later in Settings."
            ),
            self,
        )
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        self.demo_button: QPushButton | None = None
        self.error_label = ErrorLabel(self)
        if demo_module() is not None:
            demo_text = QLabel(
                self.tr(
                    "To try Madoguchi first, create a demo office instead: invented residents and three "
                    "months of activity, clearly marked DEMO. Use an empty data folder for the real office "
                    "later."
                ),
                self,
            )
            demo_text.setWordWrap(True)
            self.demo_button = QPushButton(self.tr("Create a &demo office"), self)
            self.demo_button.setObjectName("demoButton")
            self.demo_button.clicked.connect(wizard.create_demo)
            layout.addSpacing(24)
            layout.addWidget(demo_text)
            row = QHBoxLayout()
            row.addWidget(self.demo_button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addStretch(1)


class WizardPage(QWizardPage):
    """A page that edits part of the office profile: `fill` from it, `apply` to it, inline errors."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setup = wizard
        self.error_label = ErrorLabel(self)
        self.body = QVBoxLayout(self)

    def finish_layout(self) -> None:
        self.body.addWidget(self.error_label)

    def fill(self, profile: OfficeProfile) -> None:
        raise NotImplementedError

    def apply(self, profile: OfficeProfile) -> None:
        raise NotImplementedError

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return self.setup.commit_page(self)


class OfficePage(WizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("The office"))
        self.setSubTitle(self.tr("Printed on receipts and forms. The local government code has 6 digits."))
        self.municipality = QLineEdit(self)
        self.municipality.setObjectName("municipality")
        self.department = QLineEdit(self)
        self.code = QLineEdit(self)
        self.code.setObjectName("localGovCode")
        self.code.setMaxLength(6)
        self.code.setPlaceholderText("131016")
        self.phone = QLineEdit(self)
        self.postal_code = QLineEdit(self)
        self.postal_code.setPlaceholderText("123-4567")
        self.address = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("&Municipality"), self.municipality)
        form.addRow(self.tr("De&partment"), self.department)
        form.addRow(self.tr("&Local government code"), self.code)
        form.addRow(self.tr("P&hone"), self.phone)
        form.addRow(self.tr("P&ostal code"), self.postal_code)
        form.addRow(self.tr("&Address"), self.address)
        self.body.addLayout(form)
        self.finish_layout()
        self.body.addStretch(1)
        for edit in (self.municipality, self.department, self.code):
            edit.textChanged.connect(self._edited)

    def _edited(self) -> None:
        code = self.code.text().strip()
        if len(code) == 6 and not validate_local_gov_code(code):
            self.error_label.show_error(
                self.tr("The check digit of this code is wrong. Check the code (for example 131016).")
            )
        else:
            self.error_label.clear_error()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.municipality.text().strip()) and validate_local_gov_code(self.code.text())

    def fill(self, profile: OfficeProfile) -> None:
        self.municipality.setText(profile.municipality)
        self.department.setText(profile.department)
        self.code.setText(profile.local_gov_code)
        self.phone.setText(profile.phone)
        self.postal_code.setText(profile.postal_code)
        self.address.setText(profile.address)

    def apply(self, profile: OfficeProfile) -> None:
        profile.municipality = self.municipality.text().strip()
        profile.department = self.department.text().strip()
        profile.local_gov_code = self.code.text().strip()
        profile.phone = self.phone.text().strip()
        profile.postal_code = self.postal_code.text().strip()
        profile.address = self.address.text().strip()


class HoursPage(WizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Opening hours"))
        self.setSubTitle(
            self.tr("The usual hours per weekday. Holidays, year-end days and weekend sessions come later.")
        )
        self.editor = HoursEditor(self)
        self.body.addWidget(self.editor)
        self.finish_layout()
        self.body.addStretch(1)

    def fill(self, profile: OfficeProfile) -> None:
        self.editor.set_hours(profile.hours)

    def apply(self, profile: OfficeProfile) -> None:
        profile.hours = self.editor.hours()


class CountersPage(WizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Counters and handover terminals"))
        self.setSubTitle(self.tr("Double-click a name to change it."))
        self.counters = EditableList(self)
        self.counters.setObjectName("counters")
        self.terminals = EditableList(self)
        self.terminals.setObjectName("terminals")
        self.body.addWidget(QLabel(self.tr("Counters"), self))
        self.body.addWidget(self.counters)
        self.body.addWidget(QLabel(self.tr("Handover terminals"), self))
        self.body.addWidget(self.terminals)
        self.finish_layout()

    def fill(self, profile: OfficeProfile) -> None:
        self.counters.set_values(profile.counters)
        self.terminals.set_values(profile.terminals)
        while len(self.terminals.values()) < DEFAULT_TERMINALS:  # the model town has three
            self.terminals.append(self.terminals.next_name())

    def apply(self, profile: OfficeProfile) -> None:
        profile.counters = self.counters.values()
        profile.terminals = self.terminals.values()


class TabletsPage(WizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Tablets for online applications"))
        self.setSubTitle(
            self.tr(
                "Each tablet has its own mail address for the online application. You may add them later."
            )
        )
        self.editor = TabletsEditor(self)
        self.body.addWidget(self.editor)
        self.finish_layout()

    def fill(self, profile: OfficeProfile) -> None:
        self.editor.set_tablets(profile.tablets)

    def apply(self, profile: OfficeProfile) -> None:
        profile.tablets = self.editor.tablets()


class AdminPage(WizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(self.tr("The administrator adds the other staff in Settings › Staff."))
        self.login = QLineEdit(self)
        self.login.setObjectName("adminLogin")
        self.name = QLineEdit(self)
        self.name.setObjectName("adminName")
        self.password = QLineEdit(self)
        self.password.setObjectName("adminPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit(self)
        self.password2.setObjectName("adminPassword2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.exists_label = QLabel(self.tr("An administrator already exists; no new one is needed."), self)
        self.exists_label.setVisible(False)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Login name"), self.login)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Password"), self.password)
        self.form.addRow(self.tr("Password &again"), self.password2)
        self.body.addWidget(self.exists_label)
        self.body.addLayout(self.form)
        self.finish_layout()
        self.body.addStretch(1)
        for edit in (self.login, self.name, self.password, self.password2):
            edit.textChanged.connect(lambda _text: self.completeChanged.emit())

    def set_admin_exists(self, exists: bool) -> None:
        self.exists_label.setVisible(exists)
        for edit in (self.login, self.name, self.password, self.password2):
            edit.setEnabled(not exists)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        if self.setup.admin_exists:
            return True
        return all(e.text().strip() for e in (self.login, self.name, self.password, self.password2))

    def fill(self, profile: OfficeProfile) -> None:
        pass

    def apply(self, profile: OfficeProfile) -> None:
        pass

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.setup.admin_exists:
            return True
        from desktop.security.passwords import check_rule

        if self.password.text() != self.password2.text():
            self.error_label.show_error(self.tr("The two passwords differ. Type the same password twice."))
            return False
        try:
            check_rule(self.password.text())
        except Exception as exc:  # noqa: BLE001 - a DomainError with the rule's message
            self.error_label.show_error(tr_error(exc))
            return False
        self.error_label.clear_error()
        return True

    def admin(self) -> tuple[str, str, str]:
        return (self.login.text().strip(), self.name.text().strip(), self.password.text())


class SetupWizard(QWizard):
    """Accepted once the profile and the administrator are saved (or a demo office was created)."""

    def __init__(
        self,
        ctx: Context,
        tasks: TaskRunner,
        prompter: Prompter,
        data_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self.prompter = prompter
        self.data_dir = data_dir if data_dir is not None else ctx.data_dir
        self.profile: OfficeProfile = default_profile()
        self.demo_created = False
        self.admin_exists = False
        self._saving = False
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Madoguchi — First setup"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.welcome = WelcomePage(self)
        self.office_page = OfficePage(self)
        self.hours_page = HoursPage(self)
        self.counters_page = CountersPage(self)
        self.tablets_page = TabletsPage(self)
        self.admin_page = AdminPage(self)
        self.content_pages: list[WizardPage] = [
            self.office_page, self.hours_page, self.counters_page, self.tablets_page, self.admin_page,
        ]  # fmt: skip
        for page in (self.welcome, *self.content_pages):
            self.addPage(page)
        for page in self.content_pages:
            page.fill(self.profile)
        self.resize(780, 580)
        from desktop.store.staff import has_admin

        self.tasks.run(lambda: has_admin(ctx), self._admin_known)

    def _admin_known(self, exists: bool) -> None:
        """An administrator made earlier (e.g. with `madoguchi users add`) is kept: no second one here."""
        self.admin_exists = exists
        self.admin_page.set_admin_exists(exists)

    # -- the profile as entered so far ------------------------------------------------------------------
    def profile_with(self, page: WizardPage) -> OfficeProfile:
        """The profile with `page`'s fields applied (later pages still at their valid defaults)."""
        profile = replace(self.profile)
        page.apply(profile)
        return profile

    def page_errors(self, page: WizardPage) -> list[str]:
        return [tr_error(e) for e in self.profile_with(page).validate()]

    def commit_page(self, page: WizardPage) -> bool:
        errors = self.page_errors(page)
        page.error_label.show_error("\n".join(errors))
        if errors:
            return False
        page.apply(self.profile)
        return True

    # -- finishing -------------------------------------------------------------------------------------
    def accept(self) -> None:
        if self._saving or not self.validateCurrentPage():
            return
        for page in self.content_pages:
            page.apply(self.profile)
        errors = [tr_error(e) for e in self.profile.validate()]
        if errors:
            self.admin_page.error_label.show_error("\n".join(errors))
            return
        admin = None if self.admin_exists else self.admin_page.admin()
        profile, ctx = self.profile, self.ctx

        def work() -> None:
            from desktop.store.db import write
            from desktop.store.office import mark_office_kind, save_profile
            from desktop.store.staff import add_staff

            with write(ctx.db):
                save_profile(ctx, profile)
                if admin is not None:
                    add_staff(ctx, admin[0], admin[1], Role.ADMIN, admin[2])
                mark_office_kind(ctx, "real")

        self._saving = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.tasks.run(work, self._saved, self._save_failed, label=self.tr("Saving the office profile…"))

    def _saved(self, _result: object) -> None:
        self._saving = False
        super().accept()

    def _save_failed(self, exc: BaseException) -> None:
        from desktop.core.errors import DomainError

        self._saving = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if isinstance(exc, DomainError):
            self.admin_page.error_label.show_error(tr_error(exc))
        else:
            report_failure(self.prompter, exc)

    # -- the demo office ---------------------------------------------------------------------------------
    def create_demo(self) -> None:
        demo = demo_module()
        if demo is None or self._saving:
            return
        out = io.StringIO()
        data_dir = self.data_dir
        self._saving = True
        if self.welcome.demo_button is not None:
            self.welcome.demo_button.setEnabled(False)
        self.tasks.run(lambda: demo.run(data_dir, seed=1, out=out), lambda code: self._demo_done(code, out.getvalue()),
                       self._demo_failed, label=self.tr("Creating the demo office…"))  # fmt: skip

    def _demo_done(self, code: int, printed: str) -> None:
        self._saving = False
        if code:
            if self.welcome.demo_button is not None:
                self.welcome.demo_button.setEnabled(True)
            self.welcome.error_label.show_error(
                self.tr(
                    "No demo office was made: this data folder already holds an office. Use an empty folder."
                )
            )
            return
        self.demo_created = True
        self.prompter.info(self.tr("Demo office created"), printed.strip())
        super().accept()

    def _demo_failed(self, exc: BaseException) -> None:
        from desktop.core.errors import DomainError

        self._saving = False
        if self.welcome.demo_button is not None:
            self.welcome.demo_button.setEnabled(True)
        if isinstance(exc, DomainError):
            self.welcome.error_label.show_error(tr_error(exc))
        else:
            report_failure(self.prompter, exc)
