"""The shots, side by side: the resident picks one (large buttons for a tablet; keys 1–9).

Each shot shows its 35:45 crop as soon as its checks are done (before that, the frame), and a badge:
checking…, all checks passed, or how many failed. Camera shots may be chosen once there are at least
two (the resident compares them); an imported photo may be chosen on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.jobs.photo.domain.analysis import Analysis
from desktop.jobs.photo.ui.feed import bgr_to_qimage

THUMB_W, THUMB_H = 168, 216
MIN_CAMERA_SHOTS = 2


@dataclass
class Shot:
    number: int
    source: str  # 'camera' | 'file'
    preview: QImage  # the frame (or file) as taken, for the card until the crop exists
    analysis: Analysis | None = None
    error: str = ""

    @property
    def thumbnail(self) -> QImage:
        if self.analysis is not None and self.analysis.image is not None:
            return bgr_to_qimage(self.analysis.image)
        return self.preview


class ShotCard(QFrame):
    chosen = Signal(int)

    def __init__(self, shot: Shot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shot = shot
        self.setObjectName(f"shotCard{shot.number}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.picture = QLabel(self)
        self.picture.setFixedSize(THUMB_W, THUMB_H)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge = QLabel(self)
        self.badge.setWordWrap(True)
        self.choose = QPushButton(self.tr("Choose this one"), self)
        self.choose.setObjectName(f"chooseShot{shot.number}")
        self.choose.setMinimumHeight(44)
        self.choose.clicked.connect(lambda: self.chosen.emit(self.shot.number))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.picture)
        layout.addWidget(self.badge)
        layout.addWidget(self.choose)
        self.refresh()

    def refresh(self) -> None:
        shot = self.shot
        kind = self.tr("imported") if shot.source == "file" else self.tr("camera")
        self.title.setText(self.tr("Shot {n} ({kind})").format(n=shot.number, kind=kind))
        pix = QPixmap.fromImage(shot.thumbnail).scaled(
            THUMB_W, THUMB_H, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.picture.setPixmap(pix)
        self.picture.setAccessibleName(self.title.text())
        if shot.error:
            self.badge.setText(shot.error)
        elif shot.analysis is None:
            self.badge.setText(self.tr("Checking…"))
        elif shot.analysis.passed:
            self.badge.setText(self.tr("✓ All checks passed"))
        else:
            self.badge.setText(self.tr("✗ {n} check(s) failed").format(n=len(shot.analysis.failed)))


class ShotStrip(QWidget):
    chosen = Signal(int)  # the shot number

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shots: list[Shot] = []
        self.cards: dict[int, ShotCard] = {}
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.row = QHBoxLayout()
        self.row.addStretch(1)
        inner = QWidget(self)
        inner.setLayout(self.row)
        self.scroller = QScrollArea(self)
        self.scroller.setWidget(inner)
        self.scroller.setWidgetResizable(True)
        self.scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.scroller.setFixedHeight(THUMB_H + 150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        for n in range(1, 10):
            QShortcut(QKeySequence(str(n)), self, lambda n=n: self._key(n),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        self._update_hint()

    def next_number(self) -> int:
        return (self.shots[-1].number + 1) if self.shots else 1

    def add(self, shot: Shot) -> ShotCard:
        self.shots.append(shot)
        card = ShotCard(shot, self)
        card.chosen.connect(self.chosen.emit)
        self.cards[shot.number] = card
        self.row.insertWidget(self.row.count() - 1, card)
        self.refresh()
        self.scroller.ensureWidgetVisible(card)
        return card

    def shot(self, number: int) -> Shot | None:
        return next((s for s in self.shots if s.number == number), None)

    def clear(self) -> None:
        for card in self.cards.values():
            card.setParent(None)
            card.deleteLater()
        self.cards.clear()
        self.shots.clear()
        self._update_hint()

    def camera_shots(self) -> int:
        return sum(1 for s in self.shots if s.source == "camera")

    def may_choose(self, shot: Shot) -> bool:
        ready = shot.analysis is not None and not shot.error
        return ready and (shot.source == "file" or self.camera_shots() >= MIN_CAMERA_SHOTS)

    def refresh(self) -> None:
        for card in self.cards.values():
            card.refresh()
            card.choose.setEnabled(self.may_choose(card.shot))
        self._update_hint()

    def _update_hint(self) -> None:
        if self.camera_shots() < MIN_CAMERA_SHOTS and not any(s.source == "file" for s in self.shots):
            self.hint.setText(self.tr("Take at least two shots; then the resident picks one (keys 1–9)."))
        else:
            self.hint.setText(self.tr("The resident picks a shot (keys 1–9), or take another one."))

    def _key(self, number: int) -> None:
        shot = self.shot(number)
        if shot is not None and self.may_choose(shot):
            self.chosen.emit(number)
