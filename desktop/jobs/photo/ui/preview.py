"""The live preview with the guide overlay: where the head, crown and chin belong in the 35 × 45 frame.

The newest frame of the feed is drawn (scaled, letterboxed) only when the widget repaints, so a
30 fps camera never queues work on the GUI thread. Over it: the 35:45 frame, the crown line 4 mm
below its top, the chin line at 38 mm, an oval for the head, a countdown number and a message
(no camera …). A tap or click on the preview is a shutter press (`tapped`).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.jobs.photo.domain.rules import PRINT_HEIGHT_MM, PRINT_WIDTH_MM
from desktop.jobs.photo.ui.feed import FrameFeed

GUIDE_SHARE = 0.80  # of the picture's height: a framing that leaves room to move


class PreviewView(QWidget):
    tapped = Signal()

    def __init__(self, feed: FrameFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.crown_mm = 4.0
        self.head_mm = 34.0
        self.countdown = 0
        self.message = ""
        self.painted_frames = 0  # frames drawn (the preview's frame rate is measured on it)
        self._dirty = False
        self.setObjectName("photoPreview")
        self.setAccessibleName(self.tr("Camera preview"))
        self.setMinimumSize(320, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        feed.frameArrived.connect(self._frame_arrived)

    def set_guide(self, head_mm: float, crown_mm: float) -> None:
        self.head_mm, self.crown_mm = head_mm, crown_mm
        self.update()

    def set_countdown(self, seconds: int) -> None:
        self.countdown = seconds
        self.update()

    def set_message(self, text: str) -> None:
        self.message = text
        self.update()

    def _frame_arrived(self) -> None:
        self._dirty = True
        self.update()  # coalesced by Qt: one paint however many frames arrived meanwhile

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.tapped.emit()
        super().mousePressEvent(event)

    def picture_rect(self, width: int, height: int) -> QRectF:
        scale = min(self.width() / max(1, width), self.height() / max(1, height))
        w, h = width * scale, height * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(32, 32, 32))
        image: QImage | None = self.feed.latest_image() if self.feed.running else None
        if image is not None:
            area = self.picture_rect(image.width(), image.height())
            painter.drawImage(area, image)
            if self._dirty:
                self.painted_frames += 1
                self._dirty = False
            self._draw_guide(painter, area)
        if self.countdown > 0:
            font = QFont(self.font())
            font.setPointSizeF(max(24.0, self.height() / 5))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(255, 255, 255))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, str(self.countdown))
        if self.message:
            painter.setPen(QColor(255, 255, 255))
            box = self.rect().adjusted(24, 24, -24, -24)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.message)
        painter.end()

    def _draw_guide(self, painter: QPainter, area: QRectF) -> None:
        gh = area.height() * GUIDE_SHARE
        gw = gh * PRINT_WIDTH_MM / PRINT_HEIGHT_MM
        guide = QRectF(area.center().x() - gw / 2, area.top() + (area.height() - gh) / 2, gw, gh)
        per_mm = gh / PRINT_HEIGHT_MM
        crown_y = guide.top() + self.crown_mm * per_mm
        chin_y = crown_y + self.head_mm * per_mm
        shade = QColor(0, 0, 0, 90)
        painter.fillRect(QRectF(area.left(), area.top(), guide.left() - area.left(), area.height()), shade)
        painter.fillRect(QRectF(guide.right(), area.top(), area.right() - guide.right(), area.height()), shade)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(255, 255, 255, 220), 2))
        painter.drawRect(guide)
        dashed = QPen(QColor(80, 220, 120, 230), 2, Qt.PenStyle.DashLine)
        painter.setPen(dashed)
        painter.drawLine(QPointF(guide.left(), crown_y), QPointF(guide.right(), crown_y))
        painter.drawLine(QPointF(guide.left(), chin_y), QPointF(guide.right(), chin_y))
        head_w = self.head_mm * per_mm * 0.70
        painter.drawEllipse(QRectF(guide.center().x() - head_w / 2, crown_y, head_w, chin_y - crown_y))
        painter.setPen(QColor(80, 220, 120))
        small = QFont(self.font())
        small.setPointSizeF(max(8.0, self.font().pointSizeF()))
        painter.setFont(small)
        painter.drawText(QPointF(guide.right() + 6, crown_y + 4), self.tr("Crown"))
        painter.drawText(QPointF(guide.right() + 6, chin_y + 4), self.tr("Chin"))
