"""The PIN dialog of カード読取: exactly 4 digits, the tries left shown before anything is sent, and the
last try only with an explicit confirmation (a blocked card needs a PIN reset at the counter).

The dialog never sends anything itself and never keeps the PIN: the caller takes `pin()` once when
the dialog is accepted and calls `clear()` straight away.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

PIN_LENGTH = 4


class PinDialog(QDialog):
    def __init__(self, tries_left: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardPinDialog")
        self.setWindowTitle(self.tr("Card PIN"))
        self.tries_left = tries_left

        intro = QLabel(
            self.tr(
                "Ask the resident to type the 4-digit PIN of the card (券面事項入力補助用暗証番号). "
                "The PIN is only sent to the card; it is not kept."
            ),
            self,
        )
        intro.setWordWrap(True)

        if tries_left is None:
            tries_text = self.tr("The card did not say how many tries are left.")
        else:
            tries_text = self.tr("Tries left: {n} of 3").format(n=tries_left)
        self.tries_label = QLabel(tries_text, self)
        self.tries_label.setObjectName("pinTries")

        self.edit = QLineEdit(self)
        self.edit.setObjectName("pinEdit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMaxLength(PIN_LENGTH)
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,4}"), self.edit))
        self.edit.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.edit.setAccessibleName(self.tr("PIN (4 digits)"))
        self.edit.textChanged.connect(self._update)

        form = QFormLayout()
        form.addRow(self.tr("&PIN (4 digits)"), self.edit)

        self.last_try_box = QCheckBox(self.tr("Use the last try: I understand that a wrong PIN blocks the card"), self)
        self.last_try_box.setObjectName("lastTryConfirm")
        self.last_try_box.toggled.connect(self._update)
        self.last_try_note = QLabel(
            self.tr(
                "Only one try is left. If this PIN is wrong, the card is blocked and the resident needs "
                "a PIN reset at the counter (暗証番号の再設定). If the resident is not sure, cancel and "
                "type the details by hand."
            ),
            self,
        )
        self.last_try_note.setObjectName("lastTryWarning")
        self.last_try_note.setWordWrap(True)
        self.last_try_note.setStyleSheet("color: #b71c1c; font-weight: bold;")
        last = tries_left == 1
        self.last_try_box.setVisible(last)
        self.last_try_note.setVisible(last)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Read the card"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tries_label)
        layout.addLayout(form)
        layout.addWidget(self.last_try_note)
        layout.addWidget(self.last_try_box)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.edit.setFocus()
        self._update()

    @property
    def last_try(self) -> bool:
        return self.tries_left == 1

    def _complete(self) -> bool:
        text = self.edit.text()
        return len(text) == PIN_LENGTH and text.isascii() and text.isdigit()

    def _update(self) -> None:
        allowed = self._complete() and (not self.last_try or self.last_try_box.isChecked())
        self.ok_button.setEnabled(allowed)

    def accept(self) -> None:
        if not self.ok_button.isEnabled():  # Enter pressed before 4 digits (or without confirming)
            return
        super().accept()

    def pin(self) -> str:
        return self.edit.text()

    def last_try_confirmed(self) -> bool:
        return self.last_try and self.last_try_box.isChecked()

    def clear(self) -> None:
        self.edit.clear()
