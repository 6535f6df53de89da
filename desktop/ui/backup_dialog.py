"""バックアップ: the backups in the data folder, 「バックアップを書き出す」 (an encrypted copy to carry off the
PC), restoring a backup, and the office backup passphrase.

Supervisors see the first two tabs; administrators also restore and set the passphrase. Slow work runs
through `shell.tasks`: the database part (role, passphrase check, audit entry, replacing the content)
on the database thread, the copying and encryption on the file pool with a connection of its own.
After a restore the dialog emits `restored`: the main window then returns to the login window, since
every page shows data that no longer exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import parse_utc, to_local
from desktop.core.staff import Role
from desktop.ops import backups, crypto, restore
from desktop.platform.paths import backups_dir
from desktop.tasks.prompt import report_failure
from desktop.ui.widgets import ErrorLabel


@dataclass(frozen=True)
class PassphraseState:
    is_set: bool
    set_at: str | None


def _when(iso: str | None) -> str:
    if not iso:
        return "?"
    try:
        return to_local(parse_utc(iso)).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def _label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def _secret(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    return edit


class BackupDialog(QDialog):
    restored = Signal()

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._local_tab(), self.tr("On this PC"))
        self.tabs.addTab(self._export_tab(), self.tr("Write a backup"))
        self.is_admin = shell.actor.may(Role.ADMIN)
        if self.is_admin:
            self.tabs.addTab(self._restore_tab(), self.tr("Restore"))
            self.tabs.addTab(self._passphrase_tab(), self.tr("Passphrase"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)
        self.reload()

    # -- tabs ----------------------------------------------------------------------------------------------
    def _local_tab(self) -> QWidget:
        tab = QWidget(self)
        self.local_info = _label(
            self.tr(
                "Madoguchi backs up the office database once a day and whenever it closes, into the "
                "backups folder of the data folder: {folder}. The newest backup of each of the last days "
                "is kept. These copies protect against a damaged database, not against losing this PC: "
                "write an encrypted backup to carry elsewhere as well."
            ).format(folder=backups_dir(self.shell.data_dir)),
            tab,
        )
        self.backup_table = QTableWidget(0, 3, tab)
        self.backup_table.setObjectName("backupTable")
        self.backup_table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        self.backup_table.verticalHeader().setVisible(False)
        self.backup_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backup_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backup_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.backup_now = QPushButton(self.tr("Back up &now"), tab)
        self.backup_now.setObjectName("backupNow")
        self.backup_now.clicked.connect(self.back_up_now)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.backup_now)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.local_info)
        layout.addWidget(self.backup_table, 1)
        layout.addLayout(row)
        return tab

    def _export_tab(self) -> QWidget:
        tab = QWidget(self)
        self.export_info = _label(
            self.tr(
                "Writes a copy of the whole office database, encrypted with the office backup passphrase, "
                "to a file you choose (for example a USB drive kept locked away). Without the passphrase "
                "the file cannot be read. Writing a copy is recorded in the audit trail."
            ),
            tab,
        )
        self.export_state = _label("", tab)
        self.export_state.setObjectName("exportState")
        self.export_passphrase = _secret(tab, "exportPassphrase", self.tr("Office backup passphrase"))
        self.export_passphrase.returnPressed.connect(self.export)
        self.export_error = ErrorLabel(tab)
        self.export_button = QPushButton(self.tr("&Write backup…"), tab)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export)
        form = QFormLayout()
        form.addRow(self.tr("Office backup &passphrase"), self.export_passphrase)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.export_info)
        layout.addWidget(self.export_state)
        layout.addLayout(form)
        layout.addWidget(self.export_error)
        layout.addLayout(row)
        layout.addStretch(1)
        return tab

    def _restore_tab(self) -> QWidget:
        tab = QWidget(self)
        info = _label(
            self.tr(
                "Replaces ALL of the office's records with those of a backup: work recorded after the "
                "backup was taken is lost. The current database is kept in the backups folder first. A "
                "file that is not a Madoguchi backup, damaged, written by a newer Madoguchi or opened "
                "with a wrong passphrase is refused before anything is changed. Afterwards everyone "
                "logs in again."
            ),
            tab,
        )
        self.restore_passphrase = _secret(tab, "restorePassphrase", self.tr("Passphrase of the backup"))
        self.restore_error = ErrorLabel(tab)
        self.restore_button = QPushButton(self.tr("&Choose a backup and restore…"), tab)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.choose_restore)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase (&encrypted backups)"), self.restore_passphrase)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.restore_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(self.restore_error)
        layout.addLayout(row)
        layout.addStretch(1)
        return tab

    def _passphrase_tab(self) -> QWidget:
        tab = QWidget(self)
        info = _label(
            self.tr(
                "Encrypted backups use one office passphrase, set here by an administrator. Madoguchi keeps "
                "only a check value, never the passphrase: write it down and keep it locked away, apart from "
                "the backups. Without it an encrypted backup cannot be restored. Use at least {n} characters."
            ).format(n=crypto.MIN_PASSPHRASE),
            tab,
        )
        self.passphrase_state = _label("", tab)
        self.passphrase_state.setObjectName("passphraseState")
        self.new_passphrase = _secret(tab, "newPassphrase", self.tr("New passphrase"))
        self.new_passphrase2 = _secret(tab, "newPassphrase2", self.tr("New passphrase again"))
        self.new_passphrase2.returnPressed.connect(self.set_passphrase)
        self.passphrase_error = ErrorLabel(tab)
        self.passphrase_button = QPushButton(self.tr("&Set passphrase"), tab)
        self.passphrase_button.setObjectName("setPassphraseButton")
        self.passphrase_button.clicked.connect(self.set_passphrase)
        form = QFormLayout()
        form.addRow(self.tr("&New passphrase"), self.new_passphrase)
        form.addRow(self.tr("&Again"), self.new_passphrase2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.passphrase_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(info)
        layout.addWidget(self.passphrase_state)
        layout.addLayout(form)
        layout.addWidget(self.passphrase_error)
        layout.addLayout(row)
        layout.addStretch(1)
        return tab

    # -- state -----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        ctx, data_dir = self.shell.ctx, self.shell.data_dir
        self.shell.tasks.run(
            lambda: PassphraseState(backups.passphrase_is_set(ctx), backups.passphrase_set_at(ctx)),
            self._show_passphrase_state,
        )
        self.shell.tasks.run(lambda: backups.list_backups(data_dir), self._show_backups, kind="io")

    def _show_backups(self, found: list[backups.BackupInfo]) -> None:
        reasons = {"daily": self.tr("daily"), "exit": self.tr("on closing"), "manual": self.tr("by hand")}
        self.backup_table.setRowCount(len(found))
        for row, info in enumerate(found):
            values = [_when(info.created_at), reasons.get(info.reason, info.reason), f"{info.size / 1024**2:.1f} MB"]
            for col, value in enumerate(values):
                self.backup_table.setItem(row, col, QTableWidgetItem(value))

    def _show_passphrase_state(self, state: PassphraseState) -> None:
        self.passphrase_is_set = state.is_set
        if state.is_set:
            text = self.tr("The office backup passphrase was set on {when}.").format(when=_when(state.set_at))
        else:
            text = self.tr("No office backup passphrase is set yet: an administrator sets it first.")
        self.export_state.setText(text)
        self.export_button.setEnabled(state.is_set)
        self.export_passphrase.setEnabled(state.is_set)
        if self.is_admin:
            self.passphrase_state.setText(text)

    # -- actions ---------------------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        data_dir, clock, actor = self.shell.data_dir, self.shell.ctx.clock, self.shell.actor
        self.backup_now.setEnabled(False)
        self.shell.tasks.run(
            lambda: backups.make_backup(data_dir, clock, reason="manual", actor=actor),
            self._backed_up,
            self._backup_failed,
            kind="io",
            label=self.tr("Backing up…"),
        )

    def _backed_up(self, info: backups.BackupInfo) -> None:
        self.backup_now.setEnabled(True)
        self.reload()

    def _backup_failed(self, exc: BaseException) -> None:
        self.backup_now.setEnabled(True)
        report_failure(self.shell.prompter, exc)

    def export(self) -> None:
        passphrase = self.export_passphrase.text()
        if not passphrase:
            self.export_error.show_error(self.tr("Enter the office backup passphrase."))
            self.export_passphrase.setFocus()
            return
        suggested = Path.home() / backups.default_export_name(self.shell.ctx.clock)
        out = self.shell.prompter.save_file(
            self.tr("Write an encrypted backup"), suggested, self.tr("Madoguchi backup (*{ext})").format(
                ext=backups.EXPORT_SUFFIX)
        )
        if out is None:
            return
        ctx, data_dir = self.shell.ctx, self.shell.data_dir
        target = Path(out)
        self.export_error.clear_error()
        self.export_button.setEnabled(False)
        self.shell.tasks.run(
            lambda: backups.authorize_export(ctx, passphrase),
            lambda _none: self.shell.tasks.run(
                lambda: backups.write_export(data_dir, target, passphrase, ctx.clock),
                self._exported, self._export_failed, kind="io", label=self.tr("Writing the backup…"),
            ),
            self._export_failed,
        )  # fmt: skip

    def _exported(self, info: backups.BackupInfo) -> None:
        self.export_button.setEnabled(True)
        self.export_passphrase.clear()
        self.shell.prompter.info(
            self.tr("Backup written"),
            self.tr("The encrypted backup was written to {path}. Keep it locked away.").format(path=info.path),
        )

    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(exc, (backups.PassphraseMismatch, backups.PassphraseNotSet)):
            from desktop.i18n import tr_error

            self.export_error.show_error(tr_error(exc))
            self.export_passphrase.selectAll()
            self.export_passphrase.setFocus()
        else:
            report_failure(self.shell.prompter, exc)

    def choose_restore(self) -> None:
        start = Path.home()
        chosen = self.shell.prompter.open_file(
            self.tr("Choose a backup to restore"), start,
            self.tr("Madoguchi backups (*{ext} *.sqlite3);;All files (*)").format(ext=backups.EXPORT_SUFFIX),
        )  # fmt: skip
        if chosen is None:
            return
        file, passphrase, data_dir = Path(chosen), self.restore_passphrase.text(), self.shell.data_dir
        self.restore_error.clear_error()
        self.restore_button.setEnabled(False)
        self.shell.tasks.run(
            lambda: restore.prepare(data_dir, file, passphrase or None),
            self._confirm_restore,
            self._restore_failed,
            kind="io",
            label=self.tr("Checking the backup…"),
        )

    def _confirm_restore(self, prepared: restore.Prepared) -> None:
        ok = self.shell.prompter.ask_yes_no(
            self.tr("Restore this backup?"),
            self.tr(
                "The backup {name} (taken {when}) passed every check. Replace all of the office's records "
                "with it now? Work recorded after {when} is lost; the current database is kept in the "
                "backups folder. Everyone is logged out."
            ).format(name=prepared.source.name, when=_when(prepared.created_at)),
        )
        if not ok:
            self.restore_button.setEnabled(True)
            self.shell.tasks.run(prepared.discard, kind="io")
            return
        ctx = self.shell.ctx
        self.shell.tasks.run(
            lambda: restore.apply_live(ctx, prepared),
            self._restore_done,
            lambda exc: self._apply_failed(prepared, exc),
            label=self.tr("Restoring…"),
        )

    def _apply_failed(self, prepared: restore.Prepared, exc: BaseException) -> None:
        prepared.discard()
        self._restore_failed(exc)

    def _restore_done(self, aside: Path) -> None:
        self.restore_button.setEnabled(True)
        self.restore_passphrase.clear()
        self.shell.prompter.info(
            self.tr("Backup restored"),
            self.tr("The backup was restored. The previous database was kept as {path}. Please log in again.").format(
                path=aside
            ),
        )
        self.restored.emit()

    def _restore_failed(self, exc: BaseException) -> None:
        from desktop.i18n import tr_error

        self.restore_button.setEnabled(True)
        if isinstance(exc, restore.RestoreRefused):
            self.restore_error.show_error(tr_error(exc))
        else:
            report_failure(self.shell.prompter, exc)

    def set_passphrase(self) -> None:
        first, second = self.new_passphrase.text(), self.new_passphrase2.text()
        if first != second:
            self.passphrase_error.show_error(self.tr("The two passphrases differ. Type them again."))
            self.new_passphrase2.clear()
            self.new_passphrase2.setFocus()
            return
        ctx = self.shell.ctx
        self.shell.tasks.run(lambda: backups.set_passphrase(ctx, first), self._passphrase_set, self._passphrase_failed)

    def _passphrase_set(self, _none: None) -> None:
        self.new_passphrase.clear()
        self.new_passphrase2.clear()
        self.passphrase_error.clear_error()
        self.reload()

    def _passphrase_failed(self, exc: BaseException) -> None:
        from desktop.core.errors import DomainError
        from desktop.i18n import tr_error

        if isinstance(exc, DomainError):
            self.passphrase_error.show_error(tr_error(exc))
            self.new_passphrase.setFocus()
        else:
            report_failure(self.shell.prompter, exc)
