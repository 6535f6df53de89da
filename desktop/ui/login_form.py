"""The login form shared by the login window and the lock screen: login name, password, error, button.

Enter in the login name moves to the password (or logs in when it is filled); Enter in the password or
the button checks both are filled and emits `submitted(login, password)` (the form is then busy: a
second submit is ignored until `succeeded()` or `failed(exc, prompter)`). A failed login shows one
plain inline message (`desktop.security.auth.LoginFailed`); any other failure goes to the prompter.

The texts use the "LoginWindow" translation context (shared by both screens).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.i18n import tr_error, translate
from desktop.tasks.prompt import Prompter, report_failure
from desktop.ui.labels import ErrorLabel


class LoginForm(QFrame):
    submitted = Signal(str, str)  # login, password

    def __init__(self, parent: QWidget, *, login_name: str, password_name: str, button_name: str) -> None:
        super().__init__(parent)
        self.busy = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName(login_name)
        self.login_edit.setAccessibleName(translate("LoginWindow", "Login name"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName(password_name)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(translate("LoginWindow", "Password"))
        self.error_label = ErrorLabel(self)
        self.button = QPushButton(translate("LoginWindow", "&Log in"), self)
        self.button.setObjectName(button_name)
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.login_edit.returnPressed.connect(self._login_enter)
        self.password_edit.returnPressed.connect(self.submit)

        form = QFormLayout()
        form.addRow(translate("LoginWindow", "Login &name"), self.login_edit)
        form.addRow(translate("LoginWindow", "&Password"), self.password_edit)
        inner = QVBoxLayout(self)
        inner.addLayout(form)
        inner.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        inner.addLayout(buttons)
        self.setMinimumWidth(380)
        self.setMaximumWidth(480)
        QWidget.setTabOrder(self.login_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.button)

    def _login_enter(self) -> None:
        if self.password_edit.text():
            self.submit()
        else:
            self.password_edit.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        if not login or not password:
            self.error_label.show_error(translate("LoginWindow", "Enter your login name and password."))
            (self.login_edit if not login else self.password_edit).setFocus()
            return
        self.set_busy(True)
        self.submitted.emit(login, password)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.button.setEnabled(not busy)

    def succeeded(self) -> None:
        self.set_busy(False)
        self.error_label.clear_error()
        self.password_edit.clear()

    def failed(self, exc: BaseException, prompter: Prompter) -> None:
        from desktop.security.auth import LoginFailed

        self.set_busy(False)
        self.password_edit.clear()
        if isinstance(exc, LoginFailed):
            self.error_label.show_error(tr_error(exc))
            self.password_edit.setFocus()
        else:
            report_failure(prompter, exc)
