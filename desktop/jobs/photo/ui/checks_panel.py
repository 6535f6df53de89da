"""The chosen shot, cropped to 35:45, with each check shown as passed or failed, why, and what to do.

"Save to the card case" is enabled when every check passed. When only appearance checks failed,
staff may still save it with a recorded reason (religious or medical head covering, an infant lying
on a sheet, a bedridden resident, or another reason written in the note). A failed face, resolution
or file check cannot be overridden: take the photo again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr_text
from desktop.jobs.photo.domain import checks as ck
from desktop.jobs.photo.domain.analysis import Analysis
from desktop.jobs.photo.ui.feed import bgr_to_qimage

CROP_W, CROP_H = 315, 405


class CheckRow(QWidget):
    def __init__(self, result: ck.CheckResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label, message, advice = ck.render(result)
        mark = {ck.Status.PASSED: "✓", ck.Status.FAILED: "✗", ck.Status.NOT_CHECKED: "–"}[result.status]
        colour = {ck.Status.PASSED: "#1b7f3b", ck.Status.FAILED: "#b00020", ck.Status.NOT_CHECKED: "#666"}[
            result.status
        ]
        self.setObjectName(f"check_{result.key}")
        self.mark = QLabel(mark, self)
        self.mark.setStyleSheet(f"color: {colour}; font-weight: bold; font-size: 16pt;")
        self.mark.setFixedWidth(26)
        text = f"<b>{label}</b> — {message}"
        if advice:
            text += f"<br><span style='color:{colour}'>{advice}</span>"
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.setAccessibleName(f"{label}: {message} {advice}".strip())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)


class ChecksPanel(QWidget):
    saveRequested = Signal(object, str)  # noqa: N815 - (OverrideReason | None, note)
    backRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.analysis: Analysis | None = None
        self.crop = QLabel(self)
        self.crop.setObjectName("chosenCrop")
        self.crop.setFixedSize(CROP_W, CROP_H)
        self.crop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.crop.setStyleSheet("background: #202020;")
        self.summary = QLabel(self)
        self.summary.setObjectName("checksSummary")
        self.summary.setWordWrap(True)
        self.list_box = QWidget(self)
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidget(self.list_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.override = QGroupBox(self.tr("Accept despite failed checks"), self)
        self.reason = QComboBox(self.override)
        self.reason.setObjectName("overrideReason")
        self.reason.addItem(self.tr("Choose the reason…"), None)
        for reason in ck.OverrideReason:
            self.reason.addItem(tr_text(reason.label), reason.value)
        self.note = QLineEdit(self.override)
        self.note.setObjectName("overrideNote")
        self.note.setPlaceholderText(self.tr("Note (needed for another reason)"))
        self.note.setMaxLength(200)
        form = QFormLayout(self.override)
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("N&ote"), self.note)
        self.reason.currentIndexChanged.connect(self._update_buttons)
        self.note.textChanged.connect(self._update_buttons)

        self.back = QPushButton(self.tr("Back to the shots (retake)"), self)
        self.back.setMinimumHeight(44)
        self.back.clicked.connect(self.backRequested.emit)
        self.save = QPushButton(self.tr("&Save to the card case"), self)
        self.save.setObjectName("savePhoto")
        self.save.setMinimumHeight(44)
        self.save.setDefault(True)
        self.save.clicked.connect(self._save)

        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(scroll, 1)
        right.addWidget(self.override)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.crop, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(right, 1)

    def show_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        if analysis.image is not None:
            pix = QPixmap.fromImage(bgr_to_qimage(analysis.image)).scaled(
                CROP_W, CROP_H, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            self.crop.setPixmap(pix)
        else:
            self.crop.clear()
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for result in analysis.checks:
            self.list_layout.addWidget(CheckRow(result, self.list_box))
        self.list_layout.addStretch(1)
        failed = len(analysis.failed)
        if analysis.passed:
            self.summary.setText(self.tr("All checks passed. Save the photo to the card case."))
        elif analysis.may_override:
            self.summary.setText(self.tr(
                "{n} check(s) failed. Take the photo again, or — only for the reasons listed — accept it "
                "with a reason."
            ).format(n=failed))  # fmt: skip
        else:
            self.summary.setText(self.tr("{n} check(s) failed. This photo cannot be used: take it again.").format(n=failed))
        self.reason.setCurrentIndex(0)
        self.note.clear()
        self.override.setVisible(analysis.may_override)
        self._update_buttons()

    def chosen_reason(self) -> ck.OverrideReason | None:
        data = self.reason.currentData()  # Qt hands the enum back as its plain string value
        return ck.OverrideReason(data) if data else None

    def _update_buttons(self) -> None:
        a = self.analysis
        if a is None:
            self.save.setEnabled(False)
            return
        if a.passed:
            self.save.setText(self.tr("&Save to the card case"))
            self.save.setEnabled(True)
            return
        self.save.setText(self.tr("&Save with the reason"))
        reason = self.chosen_reason()
        ok = a.may_override and reason is not None
        if reason == ck.OverrideReason.OTHER and not self.note.text().strip():
            ok = False
        self.save.setEnabled(ok)

    def _save(self) -> None:
        a = self.analysis
        if a is None:
            return
        if a.passed:
            self.saveRequested.emit(None, "")
        else:
            self.saveRequested.emit(self.chosen_reason(), self.note.text().strip())
