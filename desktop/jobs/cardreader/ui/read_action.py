"""カード読取 on every PersonForm: read the card's 券面事項入力補助AP and fill the form when staff confirm.

1. (io task) connect to the card on the reader, select 券面事項入力補助AP, read the PIN tries left
2. the PIN dialog shows the tries left; the last try needs an explicit confirmation; cancel = nothing sent
3. (io task) VERIFY once (never retried), read 基本4情報, close the connection (the card is reset)
4. (db task) the audit trail records that a card was read — not what it held
5. a preview of what will be filled (氏名, 住所, 生年月日; 性別 only when the form asks for it); on yes the
   form is filled and the cursor goes to フリガナ, which is not on the card. The postal code is left
   for staff.

Every outcome (no service, no reader, no card, not a My Number Card, wrong PIN, blocked, card pulled
out, card not answering, reader unplugged) ends in one plain message; nothing is retried by itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.card.errors import CardError
from desktop.card.mynumber import InputSupportSession
from desktop.card.reader import CardReader
from desktop.card.tlv import BasicInfo
from desktop.core.wareki import both
from desktop.i18n import tr_error, tr_text
from desktop.jobs.cardreader.ui.pin_dialog import PinDialog
from desktop.store.audit import record
from desktop.tasks.prompt import report_failure

log = logging.getLogger(__name__)

#: how the action gets its reader (tests set a short watchdog)
make_reader: Callable[[], CardReader] = CardReader

AUDIT_DETAIL = "input_support"


def prompter_for(widget: QWidget) -> Any:
    """The shell's prompt seam: from the window's shell, else from the form's task runner."""
    window = widget.window()
    shell = getattr(window, "shell", None)
    if shell is not None and getattr(shell, "prompter", None) is not None:
        return shell.prompter
    return getattr(getattr(widget, "tasks", None), "prompter", None)


class CardReadAction(QAction):
    #: the read ended: "filled", "declined", "cancelled" or a CardError code ("wrong_pin" …)
    finished = Signal(str)

    def __init__(self, form: Any) -> None:
        super().__init__(form)
        self.setText(self.tr("Read card"))
        self.setObjectName("cardReadAction")
        self.setToolTip(
            self.tr("Read name, address and birth date from the My Number Card on the reader (Ctrl+R)")
        )
        self.setShortcut(QKeySequence("Ctrl+R"))
        self.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        form.addAction(self)
        self.form = form
        self.reader: CardReader | None = None
        self.session: InputSupportSession | None = None
        self.pin_dialog: PinDialog | None = None
        self.busy = False
        self.triggered.connect(self.start)
        self.setEnabled(form.tasks is not None)

    # -- flow ----------------------------------------------------------------------------------------
    def start(self) -> None:
        if self.busy or self.form.tasks is None:
            return
        self.busy = True
        self.setEnabled(False)
        if self.reader is None:
            self.reader = make_reader()
        reader = self.reader
        self.form.tasks.run(reader.open_input_support, self._opened, self._failed,
                            label=self.tr("Reading the card…"), kind="io")  # fmt: skip

    def _opened(self, session: InputSupportSession) -> None:
        self.session = session
        dialog = PinDialog(session.tries_left, self.form)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(self._pin_given)
        dialog.rejected.connect(self._pin_cancelled)
        self.pin_dialog = dialog
        dialog.open()

    def _take_session(self) -> InputSupportSession | None:
        session, self.session = self.session, None
        dialog, self.pin_dialog = self.pin_dialog, None
        if dialog is not None:
            dialog.clear()
            dialog.deleteLater()
        return session

    def _pin_given(self) -> None:
        dialog = self.pin_dialog
        if dialog is None:
            return
        pin, confirmed = dialog.pin(), dialog.last_try_confirmed()
        session = self._take_session()
        if session is None:
            return

        def read() -> BasicInfo:
            return session.read(pin, allow_last_try=confirmed)

        self.form.tasks.run(read, self._read_done, self._failed, label=self.tr("Reading the card…"), kind="io")

    def _pin_cancelled(self) -> None:
        session = self._take_session()
        if session is not None:
            self.form.tasks.run(session.close, kind="io", progress=False)
        self._finish("cancelled")

    def _read_done(self, info: BasicInfo) -> None:
        ctx = self.form.ctx
        if ctx is not None:
            self.form.tasks.run(lambda: record(ctx, "read_card", "card", None, AUDIT_DETAIL),
                                label=self.tr("Recording the card read"))  # fmt: skip
        prompter = prompter_for(self.form)
        if prompter is None or not prompter.ask_yes_no(
            self.tr("Card read"), self.preview_text(info), default_yes=True
        ):
            self._finish("declined")
            return
        values = self.values(info)
        self.form.fill(values)
        for key in values:  # show the start of a long address, not its end
            edit = getattr(self.form, "edits", {}).get(key)
            if edit is not None:
                edit.setCursorPosition(0)
        kana = getattr(self.form, "edits", {}).get("kana")
        if kana is not None:
            kana.setFocus()
        self._finish("filled")

    def _failed(self, exc: BaseException) -> None:
        self._take_session()
        prompter = prompter_for(self.form)
        if isinstance(exc, CardError):
            log.info("card read ended: %s", exc.code)
            if prompter is not None:
                prompter.warn(self.tr("Card not read"), tr_error(exc))
            self._finish(exc.code)
            return
        report_failure(prompter, exc)
        self._finish("error")

    def _finish(self, outcome: str) -> None:
        self.busy = False
        self.setEnabled(self.form.tasks is not None)
        self.finished.emit(outcome)

    # -- what is shown and filled -----------------------------------------------------------------------
    def wants_sex(self) -> bool:
        return "sex" in tuple(getattr(self.form, "fields_requested", ()))

    def values(self, info: BasicInfo) -> dict[str, Any]:
        requested = tuple(getattr(self.form, "fields_requested", ("name", "address", "birth_date")))
        values: dict[str, Any] = {"name": info.name, "address": info.address, "birth_date": info.birth_date}
        if self.wants_sex():
            values["sex"] = info.sex
        return {k: v for k, v in values.items() if k in requested and v not in (None, "")}

    def preview_text(self, info: BasicInfo) -> str:
        lines = [self.tr("Fill the form with what the card holds?"), ""]
        lines.append(self.tr("Name: {value}").format(value=info.name))
        lines.append(self.tr("Address: {value}").format(value=info.address))
        birth = both(info.birth_date) if info.birth_date is not None else self.tr("(not on the card)")
        lines.append(self.tr("Birth date: {value}").format(value=birth))
        if self.wants_sex():
            lines.append(self.tr("Sex: {value}").format(value=tr_text(info.sex_label)))
        lines += ["", self.tr("Furigana and the postal code are not on the card: type them after filling.")]
        return "\n".join(lines)
