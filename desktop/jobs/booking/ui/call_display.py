"""呼出表示: the public monitor. Queue numbers being called, and the numbers waiting, large enough to
read across the waiting room. It never shows a name: its data (`store.board.display`) holds numbers
only. It opens full screen on a second screen when there is one (else as a window); F11 toggles full
screen, Esc leaves it, Ctrl+W closes. It reloads every few seconds."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.jobs.booking.domain.queue import DisplayState
from desktop.jobs.booking.store.board import display

REFRESH_MS = 5_000
MAX_WAITING = 24


def _big(text: str, size: int, *, bold: bool = True, color: str = "#111") -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSize(size)
    font.setBold(bold)
    label.setFont(font)
    label.setStyleSheet(f"color: {color};")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class CallDisplay(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.shell = shell
        self.state = DisplayState((), ())
        self.setObjectName("callDisplay")
        self.setWindowTitle(self.tr("Call display"))
        self.setStyleSheet("QWidget#callDisplay { background: #fdfdf8; }")
        self.calling_title = _big(self.tr("Now calling"), 36, color="#0b4f9c")
        self.calling = _big("", 110, color="#0b4f9c")
        self.calling.setObjectName("callingNumbers")
        self.calling.setWordWrap(True)
        self.waiting_title = _big(self.tr("Please wait"), 30, color="#333")
        self.waiting_grid = QGridLayout()
        self.waiting_labels: list[QLabel] = []
        for i in range(MAX_WAITING):
            label = _big("", 44, bold=False)
            label.setObjectName("waitingNumber")
            self.waiting_labels.append(label)
            self.waiting_grid.addWidget(label, i // 8, i % 8)
        self.note = _big(self.tr("When your number is shown, please come to the counter."), 22, bold=False)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calling_title)
        layout.addWidget(self.calling, 2)
        layout.addWidget(line)
        layout.addWidget(self.waiting_title)
        layout.addLayout(self.waiting_grid, 2)
        layout.addWidget(self.note)
        QShortcut(QKeySequence("F11"), self, self.toggle_full_screen)
        QShortcut(QKeySequence("Esc"), self, self.showNormal)
        QShortcut(QKeySequence("Ctrl+W"), self, self.close)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.resize(1280, 720)
        self.refresh()

    def refresh(self) -> None:
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: display(ctx), self.show_state, lambda _exc: None, progress=False)

    def show_state(self, state: DisplayState) -> None:
        self.state = state
        self.calling.setText("  ".join(str(n) for n in state.calling) or "—")
        for i, label in enumerate(self.waiting_labels):
            label.setText(str(state.waiting[i]) if i < len(state.waiting) else "")

    def texts(self) -> list[str]:
        """Every text the display shows (tests check that no name is among them)."""
        return [w.text() for w in self.findChildren(QLabel)] + [self.windowTitle()]

    def show_on_second_screen(self) -> None:
        screens = QGuiApplication.screens()
        self.timer.start()
        if len(screens) > 1:
            self.setScreen(screens[1])
            self.move(screens[1].geometry().topLeft())
            self.showFullScreen()
        else:
            self.show()
        self.raise_()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.timer.stop()
        super().closeEvent(event)
