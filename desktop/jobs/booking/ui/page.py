"""予約 page: five tabs — 予約 (book), 本日の受付 (today's board), 検索 (find), 週・月 (how full), 連絡
(call lists). Alt+1 … Alt+5 switch tabs; F5 reloads the tab shown."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.jobs.booking.store.rules import ensure_sessions
from desktop.jobs.booking.ui.board import BoardWidget
from desktop.jobs.booking.ui.book import BookTab
from desktop.jobs.booking.ui.call_list import CallListTab
from desktop.jobs.booking.ui.common import to_qdate
from desktop.jobs.booking.ui.search import SearchTab
from desktop.jobs.booking.ui.views import FullnessView


class BookingPage(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setObjectName("bookingPage")
        ctx = shell.ctx
        shell.tasks.run(lambda: ensure_sessions(ctx), lambda _n: None, lambda _exc: None, progress=False)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("bookingTabs")
        self.book = BookTab(shell, self)
        self.board = BoardWidget(shell, self)
        self.search = SearchTab(shell, self)
        self.views = FullnessView(shell, self)
        self.calls = CallListTab(shell, self)
        for widget, title in ((self.book, self.tr("Book (Alt+1)")), (self.board, self.tr("Today's board (Alt+2)")),
                              (self.search, self.tr("Find (Alt+3)")), (self.views, self.tr("Week / month (Alt+4)")),
                              (self.calls, self.tr("Call lists (Alt+5)"))):  # fmt: skip
            self.tabs.addTab(widget, title)
        for n in range(self.tabs.count()):
            shortcut = QShortcut(QKeySequence(f"Alt+{n + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda i=n: self.tabs.setCurrentIndex(i))
        self.views.daySelected.connect(self.book_on)
        self.book.booked.connect(lambda _b: self.views.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.tabs.currentWidget().setFocus()  # 予約: the cursor starts on 用件 (service)

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if hasattr(current, "refresh"):
            current.refresh()

    def show_board(self) -> None:
        self.tabs.setCurrentWidget(self.board)
        self.board.refresh()

    def book_on(self, day: date) -> None:
        self.tabs.setCurrentWidget(self.book)
        self.book.date_edit.setDate(to_qdate(day))
