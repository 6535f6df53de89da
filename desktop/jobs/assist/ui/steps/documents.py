"""The ID documents shown, ticked by TYPE from the office's catalogue (no number, no image, no free text),
with the foundation's evaluator answering live under the list (the 申請時来庁 rule): which rule is met
in green, or what is missing in red. List A first, then list B, then the 通知カード and the 顔写真証明書."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.core import identity
from desktop.core.identity import Catalogue, Evaluation, IdentityRules
from desktop.i18n import translate

KEY_ROLE = Qt.ItemDataRole.UserRole
OK_STYLE = "QLabel { color: #1b5e20; font-weight: bold; }"
BAD_STYLE = "QLabel { color: #b00020; }"
KIND_ORDER = (identity.LIST_A, identity.LIST_B, identity.NOTICE_CARD, identity.PHOTO_CERTIFICATE)


def rule_text(evaluation: Evaluation) -> str:
    if evaluation.ok and evaluation.rule_met is not None:
        text = translate("Identity", identity.RULE_TEXTS[evaluation.rule_met]).format(n=evaluation.photo_b_items)
        return translate("Assist", "Identity confirmed: {rule}.").format(rule=text)
    return evaluation.message(translate)


class DocumentsPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = Catalogue()
        self.rules = IdentityRules()
        self.pin_typed = False
        self.evaluation = identity.evaluate(self.rules, identity.APPLY_IDENTITY, ())
        self.list = QListWidget(self)
        self.list.setObjectName("applyIdentityDocuments")
        self.list.setAccessibleName(self.tr("Identity documents shown"))
        self.list.setUniformItemSizes(True)
        self.list.itemChanged.connect(lambda _i: self._evaluate())
        self.result = QLabel(self)
        self.result.setObjectName("applyIdentityResult")
        self.result.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.result)

    def set_rules(self, catalogue: Catalogue, rules: IdentityRules, keys: tuple[str, ...], pin_typed: bool) -> None:
        self.catalogue, self.rules, self.pin_typed = catalogue, rules, pin_typed
        wanted = set(keys)
        self.list.blockSignals(True)
        self.list.clear()
        for kind in KIND_ORDER:
            docs = catalogue.active(kind)
            if not docs:
                continue
            header = QListWidgetItem(translate("IdDocument", identity.KIND_LABELS[kind]))
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.list.addItem(header)
            for doc in docs:
                item = QListWidgetItem(translate("IdDocument", doc.label) if doc.builtin else doc.label)
                item.setData(KEY_ROLE, doc.key)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)  # fmt: skip
                item.setCheckState(Qt.CheckState.Checked if doc.key in wanted else Qt.CheckState.Unchecked)
                item.setToolTip(doc.official_name_ja)
                self.list.addItem(item)
        self.list.blockSignals(False)
        first = next((i for i in range(self.list.count()) if self.list.item(i).data(KEY_ROLE)), -1)
        self.list.setCurrentRow(first)
        self._evaluate(emit=False)

    def set_pin_typed(self, on: bool) -> None:
        self.pin_typed = on
        self._evaluate(emit=False)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count()) if self.list.item(i).data(KEY_ROLE)]

    def keys(self) -> tuple[str, ...]:
        return tuple(str(i.data(KEY_ROLE)) for i in self._items() if i.checkState() == Qt.CheckState.Checked)

    def tick(self, key: str, on: bool = True) -> None:
        for item in self._items():
            if item.data(KEY_ROLE) == key:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _evaluate(self, *, emit: bool = True) -> None:
        self.evaluation = identity.evaluate(self.rules, identity.APPLY_IDENTITY, self.keys(),
                                            pin_typed=self.pin_typed, catalogue=self.catalogue)  # fmt: skip
        self.result.setText(rule_text(self.evaluation))
        self.result.setStyleSheet(OK_STYLE if self.evaluation.ok else BAD_STYLE)
        if emit:
            self.changed.emit()
