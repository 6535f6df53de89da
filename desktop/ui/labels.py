"""The labels every screen uses, the login window first: a heading, an inline error, the DEMO badge.

Kept apart from `desktop.ui.widgets` and light on imports: the login window is shown before anything
else loads, and PySide6 builds all of a Qt class's (or the `Qt` namespace's: about 15 ms) Python enums
the first time the class is imported. So the `Qt` namespace is imported here only where it is used,
and the inline error gets its style sheet (Qt then styles that widget through a style-sheet style)
when it first has something to say.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


def heading(text: str, parent: QWidget | None = None, *, scale: float = 1.4) -> QLabel:
    """A bold label somewhat larger than the application font (follows the UI scale)."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class ErrorLabel(QLabel):
    """A plain inline error message (no dialog): red text, hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineError")
        self.setWordWrap(True)
        self.setVisible(False)
        self._styled = False

    def show_error(self, text: str) -> None:
        if not self._styled:  # on the first error, not in __init__: see the module docstring
            from PySide6.QtCore import Qt

            self.setStyleSheet("QLabel#inlineError { color: #b00020; }")
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._styled = True
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.setText("")
        self.setVisible(False)


class DemoBadge(QLabel):
    """「DEMO」 on a red ground: a demo office's data is invented and must never be mistaken for real."""

    def __init__(self, parent: QWidget | None = None, *, large: bool = False) -> None:
        from PySide6.QtCore import Qt

        super().__init__("DEMO", parent)
        self.setObjectName("demoBadge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setToolTip(self.tr("This is a demo office: all residents and records are invented."))
        self.setAccessibleName(self.tr("Demo office"))
        size = "20pt" if large else "10pt"
        self.setStyleSheet(
            "QLabel#demoBadge { background: #c62828; color: white; font-weight: bold; "
            f"font-size: {size}; padding: 2px 10px; border-radius: 4px; }}"
        )
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
