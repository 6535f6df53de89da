"""The ID-document picker: the office's catalogue as a tick list, with the evaluator's answer shown live.

Documents are chosen by TYPE (a tick): no number, no image, no free text. List A comes first, then
list B, then the special kinds; headers are not tickable. Space ticks the current row; typing jumps to
a row. Under the list, the foundation's evaluator (`desktop.core.identity.evaluate`) says which rule
is met — in green — or what is missing, in red, as the ticks change.
"""

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
    """The met rule as staff read it, or the evaluator's own explanation of what is missing."""
    if evaluation.ok and evaluation.rule_met is not None:
        text = translate("Identity", identity.RULE_TEXTS[evaluation.rule_met]).format(
            n=evaluation.photo_b_items
        )
        return translate("Handover", "Identity confirmed: {rule}.").format(rule=text)
    return evaluation.message(translate)


class IdDocumentPicker(QWidget):
    """Tick the document types shown; `evaluation` is recomputed on every tick (signal `changed`)."""

    changed = Signal()

    def __init__(self, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.purpose = purpose
        self.catalogue = Catalogue()
        self.rules = IdentityRules()
        self.is_proxy = False
        self.evaluation: Evaluation = identity.evaluate(self.rules, purpose, ())
        self.list = QListWidget(self)
        self.list.setObjectName(f"idDocuments_{purpose}")
        self.list.setUniformItemSizes(True)
        self.list.itemChanged.connect(lambda _item: self._evaluate())
        self.result = QLabel(self)
        self.result.setObjectName(f"idResult_{purpose}")
        self.result.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.result)

    def set_rules(self, catalogue: Catalogue, rules: IdentityRules, *, is_proxy: bool = False) -> None:
        """Fill the list from the office's catalogue (ticks of types still offered are kept)."""
        kept = set(self.keys())
        self.catalogue, self.rules, self.is_proxy = catalogue, rules, is_proxy
        self.list.blockSignals(True)
        self.list.clear()
        for kind in KIND_ORDER:
            docs = catalogue.active(kind)
            if self.purpose == identity.PROXY and kind == identity.PHOTO_CERTIFICATE:
                continue  # never accepted as a proxy's own ID
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
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(Qt.CheckState.Checked if doc.key in kept else Qt.CheckState.Unchecked)
                item.setToolTip(doc.official_name_ja)
                self.list.addItem(item)
        self.list.blockSignals(False)
        first = next((i for i in range(self.list.count()) if self.list.item(i).data(KEY_ROLE)), -1)
        self.list.setCurrentRow(first)
        self._evaluate()

    def set_context(self, *, rules: IdentityRules | None = None, is_proxy: bool | None = None) -> None:
        """Evaluate under other rules (two documents when the notice is missing; a proxy collecting).
        Does not emit `changed` (the caller is reacting to a change already)."""
        if rules is not None:
            self.rules = rules
        if is_proxy is not None:
            self.is_proxy = is_proxy
        self._evaluate(emit=False)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count()) if self.list.item(i).data(KEY_ROLE)]

    def keys(self) -> tuple[str, ...]:
        return tuple(str(i.data(KEY_ROLE)) for i in self._items() if i.checkState() == Qt.CheckState.Checked)

    def set_keys(self, keys: tuple[str, ...] | list[str]) -> None:
        wanted = set(keys)
        self.list.blockSignals(True)
        for item in self._items():
            on = str(item.data(KEY_ROLE)) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._evaluate()

    def tick(self, key: str, on: bool = True) -> None:
        for item in self._items():
            if item.data(KEY_ROLE) == key:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _evaluate(self, *, emit: bool = True) -> None:
        self.evaluation = identity.evaluate(self.rules, self.purpose, self.keys(), is_proxy=self.is_proxy,
                                            catalogue=self.catalogue)  # fmt: skip
        self.result.setText(rule_text(self.evaluation))
        self.result.setStyleSheet(OK_STYLE if self.evaluation.ok else BAD_STYLE)
        if emit:
            self.changed.emit()

    def focus_list(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
