"""Stopping an application (中断) without a modal dialog: a strip under the flow with the reason, a short
note and the button that stops it. The resident can come back and staff resume it from the start screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.i18n import translate
from desktop.jobs.assist.domain.flow import NOTE_MAX
from desktop.jobs.assist.domain.records import SuspendReason


class StopPanel(QFrame):
    confirmed = Signal(object, str)  # (SuspendReason, note)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assistStopPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#assistStopPanel { background: #fff3e0; }")
        self.reason = QComboBox(self)
        self.reason.setObjectName("suspendReason")
        for reason in SuspendReason:
            self.reason.addItem(translate("SuspendReason", reason.label), reason.value)
        self.note = QLineEdit(self)
        self.note.setObjectName("suspendNote")
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(self.tr("Short note (optional; needed for “Other”)"))
        self.stop_button = QPushButton(self.tr("Stop the application"), self)
        self.stop_button.setObjectName("confirmSuspend")
        self.keep = QPushButton(self.tr("Keep going"), self)
        label = QLabel(self.tr("Stop because:"), self)
        label.setBuddy(self.reason)
        row = QHBoxLayout(self)
        row.addWidget(label)
        row.addWidget(self.reason)
        row.addWidget(self.note, 1)
        row.addWidget(self.stop_button)
        row.addWidget(self.keep)
        self.stop_button.clicked.connect(self._confirm)
        self.note.returnPressed.connect(self._confirm)
        self.keep.clicked.connect(self.hide)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.hide)
        self.setVisible(False)

    def open(self) -> None:
        self.reason.setCurrentIndex(0)
        self.note.clear()
        self.setVisible(True)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def _confirm(self) -> None:
        self.confirmed.emit(SuspendReason(self.reason.currentData()), self.note.text())
