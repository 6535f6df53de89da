"""設定 › 職員: staff accounts (administrators only). List, add, disable / enable, reset a password.

Changes take effect at once (each is its own audited write in `desktop.store.staff`), so 保存 has
nothing left to do here. Forms are inline, not extra dialogs: keyboard-friendly and testable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.staff import ROLE_LABELS, Role
from desktop.i18n import tr_error, translate
from desktop.store import staff as staff_store
from desktop.ui.settings.base import SettingsPage
from desktop.ui.widgets import ErrorLabel


def _password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class UsersPage(SettingsPage):
    min_role = Role.ADMIN

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.setObjectName("usersSettings")
        self.members: list[staff_store.StaffMember] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("staffTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Login name"), self.tr("Name"), self.tr("Role"), self.tr("Status")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.toggle_button = QPushButton(self.tr("&Disable"), self)
        self.toggle_button.setObjectName("toggleActive")
        self.toggle_button.clicked.connect(self.toggle_active)

        self.reset_box = QGroupBox(self.tr("New password for the selected staff member"), self)
        self.reset_password = _password_edit(self.reset_box, "resetPassword")
        self.reset_password2 = _password_edit(self.reset_box, "resetPassword2")
        self.reset_button = QPushButton(self.tr("Set &password"), self.reset_box)
        self.reset_button.setObjectName("resetButton")
        self.reset_button.clicked.connect(self.reset_selected)
        reset_form = QFormLayout(self.reset_box)
        reset_form.addRow(self.tr("Password"), self.reset_password)
        reset_form.addRow(self.tr("Password again"), self.reset_password2)
        reset_form.addRow("", self.reset_button)

        self.add_box = QGroupBox(self.tr("Add a staff member"), self)
        self.new_login = QLineEdit(self.add_box)
        self.new_login.setObjectName("newLogin")
        self.new_name = QLineEdit(self.add_box)
        self.new_name.setObjectName("newName")
        self.new_role = QComboBox(self.add_box)
        self.new_role.setObjectName("newRole")
        for role in Role:
            self.new_role.addItem(translate("Role", ROLE_LABELS[role]), role)
        self.new_password = _password_edit(self.add_box, "newPassword")
        self.new_password2 = _password_edit(self.add_box, "newPassword2")
        self.add_button = QPushButton(self.tr("&Add"), self.add_box)
        self.add_button.setObjectName("addStaff")
        self.add_button.clicked.connect(self.add_member)
        add_form = QFormLayout(self.add_box)
        add_form.addRow(self.tr("Login name"), self.new_login)
        add_form.addRow(self.tr("Name"), self.new_name)
        add_form.addRow(self.tr("Role"), self.new_role)
        add_form.addRow(self.tr("Password"), self.new_password)
        add_form.addRow(self.tr("Password again"), self.new_password2)
        add_form.addRow("", self.add_button)

        self.error_label = ErrorLabel(self)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.toggle_button)
        row_buttons.addStretch(1)
        forms = QHBoxLayout()
        forms.addWidget(self.add_box, 1)
        forms.addWidget(self.reset_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.error_label)
        layout.addLayout(forms)
        self._selection_changed()

    def title(self) -> str:
        return self.tr("Staff")

    # -- loading ---------------------------------------------------------------------------------------
    def load(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: staff_store.list_staff(ctx), self._show, progress=False)

    def _show(self, members: list[staff_store.StaffMember]) -> None:
        selected = self.selected()
        self.members = members
        self.table.setRowCount(len(members))
        for row, m in enumerate(members):
            status = self.tr("Active") if m.active else self.tr("Disabled")
            for col, text in enumerate(
                (m.login, m.display_name, translate("Role", ROLE_LABELS[m.role]), status)
            ):
                self.table.setItem(row, col, QTableWidgetItem(text))
            if selected is not None and m.login == selected.login:
                self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> staff_store.StaffMember | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.members):
            return None
        return self.members[rows[0].row()]

    def select_login(self, login: str) -> None:
        for row, m in enumerate(self.members):
            if m.login == login:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        member = self.selected()
        self.toggle_button.setEnabled(member is not None)
        self.reset_box.setEnabled(member is not None)
        if member is not None:
            self.toggle_button.setText(self.tr("&Disable") if member.active else self.tr("&Enable"))

    # -- changes ----------------------------------------------------------------------------------------
    def _run(self, work: Any, done: Any = None) -> None:
        self.error_label.clear_error()

        def ok(_result: object) -> None:
            if done is not None:
                done()
            self.load()

        self.shell.tasks.run(work, ok, self._failed)

    def _failed(self, exc: BaseException) -> None:
        from desktop.core.errors import DomainError
        from desktop.tasks.prompt import report_failure

        if isinstance(exc, DomainError):
            self.error_label.show_error(tr_error(exc))
        else:
            report_failure(self.shell.prompter, exc)

    def toggle_active(self) -> None:
        member = self.selected()
        if member is None:
            return
        ctx, login, active = self.shell.ctx, member.login, not member.active
        self._run(lambda: staff_store.set_active(ctx, login, active))

    def reset_selected(self) -> None:
        member = self.selected()
        if member is None:
            return
        password = self.reset_password.text()
        if password != self.reset_password2.text():
            self.error_label.show_error(self.tr("The two passwords differ. Type the same password twice."))
            return
        ctx, login = self.shell.ctx, member.login

        def cleared() -> None:
            self.reset_password.clear()
            self.reset_password2.clear()

        self._run(lambda: staff_store.reset_password(ctx, login, password), cleared)

    def add_member(self) -> None:
        password = self.new_password.text()
        if password != self.new_password2.text():
            self.error_label.show_error(self.tr("The two passwords differ. Type the same password twice."))
            return
        ctx = self.shell.ctx
        login, name, role = (
            self.new_login.text().strip(),
            self.new_name.text().strip(),
            self.new_role.currentData(),
        )

        def cleared() -> None:
            for edit in (self.new_login, self.new_name, self.new_password, self.new_password2):
                edit.clear()

        self._run(lambda: staff_store.add_staff(ctx, login, name, Role(role), password), cleared)

    def save(self) -> None:
        """Nothing to do: every change above is saved when made."""
