"""要確認: items sent N or more days ago with no news, returns not yet invited (print their invitations
here: 来庁のご案内 → 来庁案内済), and invitations whose card was not collected yet.

N is the setting 「確認の目安（日）」. Enter on a row shows the item above (to record its delivery or
return); the handover job takes invited cards over at the counter.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidget, QTabWidget, QVBoxLayout, QWidget

from desktop.i18n import tr_text
from desktop.jobs.mailing.domain import FollowUps, MailItem, format_tracking
from desktop.jobs.mailing.printouts import invitations
from desktop.jobs.mailing.store.figures import followups
from desktop.jobs.mailing.store.settings import load_settings
from desktop.jobs.mailing.ui.common import (
    PrintFlow,
    error_text,
    fill_table,
    make_table,
    refresh_today,
    row_id,
    selected_ids,
    short_date,
)
from desktop.tasks.prompt import report_failure


class FollowUpPanel(QWidget):
    itemChosen = Signal(str)  # noqa: N815 - Qt naming; a mail item id
    changed = Signal()

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.days = 14
        self.data: FollowUps | None = None
        self.print_flow = PrintFlow(shell, self)
        self.tabs = QTabWidget(self)
        self.unconfirmed = self._table([self.tr("Sent"), self.tr("Days")], self.tr("Items with no news"))
        self.returned = self._table([self.tr("Returned"), self.tr("Days"), self.tr("Reason")],
                                    self.tr("Returned items to invite"), multi=True)  # fmt: skip
        self.invited = self._table([self.tr("Invited"), self.tr("Days")], self.tr("Invitations not collected"))
        self.invite_button = QPushButton(self.tr("Print &invitations…"), self)
        self.invite_button.setToolTip(self.tr("Print the invitation to the counter for the selected returned "
                                              "cards; once printed they count as invited"))  # fmt: skip
        self.invite_button.clicked.connect(self.print_invitations)
        self.select_all_button = QPushButton(self.tr("Select all"), self)
        self.select_all_button.clicked.connect(self.returned.selectAll)
        returned_page = QWidget(self)
        rl = QVBoxLayout(returned_page)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.returned, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.select_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.invite_button)
        rl.addLayout(buttons)
        self.tabs.addTab(self.unconfirmed, "")
        self.tabs.addTab(returned_page, "")
        self.tabs.addTab(self.invited, "")
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self._titles(None)

    def _table(self, extra: list[str], name: str, *, multi: bool = False) -> QTableWidget:
        table = make_table(self, [self.tr("Name"), self.tr("Tracking number"), self.tr("Batch"), *extra],
                           name=name, multi=multi, stretch=0)  # fmt: skip
        table.activated.connect(lambda index: self._chosen(table, index.row()))
        return table

    def _chosen(self, table: QTableWidget, row: int) -> None:
        item_id = row_id(table, row)
        if item_id:
            self.itemChosen.emit(item_id)

    def _titles(self, data: FollowUps | None) -> None:
        counts = (0, 0, 0) if data is None else (
            len(data.unconfirmed), len(data.returned_not_invited), len(data.invited_not_collected))  # fmt: skip
        self.tabs.setTabText(0, self.tr("No news after {days} days ({n})").format(days=self.days, n=counts[0]))
        self.tabs.setTabText(1, self.tr("Returned, to invite ({n})").format(n=counts[1]))
        self.tabs.setTabText(2, self.tr("Invited, not collected ({n})").format(n=counts[2]))

    def refresh(self) -> None:
        ctx = self.shell.ctx

        def work() -> tuple[int, FollowUps]:
            days = load_settings(ctx).followup_days
            return days, followups(ctx, days)

        self.shell.tasks.run(work, self._show, progress=False)

    def _show(self, result: tuple[int, FollowUps]) -> None:
        self.days, data = result
        self.data = data

        def base(item: MailItem) -> list[str]:
            return [item.name, format_tracking(item.tracking_number), f"{item.batch_number}-{item.position}"]

        fill_table(self.unconfirmed, [[*base(i), short_date(i.sent_on), str(d)] for i, d in data.unconfirmed],
                   [i.id for i, _ in data.unconfirmed], right=(4,))  # fmt: skip
        fill_table(self.returned, [[*base(i), short_date(i.returned_on), str(d),
                                    tr_text(i.return_reason.label) if i.return_reason else ""]
                                   for i, d in data.returned_not_invited],
                   [i.id for i, _ in data.returned_not_invited], right=(4,))  # fmt: skip
        fill_table(self.invited, [[*base(i), short_date(i.invited_on), str(d)] for i, d in data.invited_not_collected],
                   [i.id for i, _ in data.invited_not_collected], right=(4,))  # fmt: skip
        self._titles(data)
        self.invite_button.setEnabled(bool(data.returned_not_invited))

    def print_invitations(self) -> None:
        ids = selected_ids(self.returned)
        if not ids:
            self.status.setText(self.tr("Select the returned cards to invite."))
            return
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: invitations(ctx, ids),
                             lambda printout: self.print_flow.show(printout, self._invited),
                             self._failed, label=self.tr("Preparing the letters"))  # fmt: skip

    def _invited(self, count: int) -> None:
        self.status.setText(self.tr("{n} resident(s) invited to the counter.").format(n=count))
        self.refresh()
        self.changed.emit()
        refresh_today(self.shell)

    def _failed(self, exc: BaseException) -> None:
        message = error_text(exc)
        if message is None:
            report_failure(self.shell.prompter, exc)
        else:
            self.status.setText(message)
