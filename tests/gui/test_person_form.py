"""PersonForm: typed values, inline errors that keep the text, 和暦 echo, the action hook, duplicates."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from desktop.core.people import FIELDS, InvalidField, Person
from desktop.store.context import Context
from desktop.store.people import add_person
from desktop.tasks import SyncTaskRunner
from desktop.tasks.prompt import ScriptedPrompter
from desktop.ui.person_form import PersonForm


@pytest.fixture
def form(qtbot: QtBot, ctx: Context) -> PersonForm:
    widget = PersonForm(ctx, SyncTaskRunner(ScriptedPrompter()))
    qtbot.addWidget(widget)
    return widget


def commit(edit: QLineEdit, text: str) -> None:
    """Type like a Japanese input method does: commit the converted text (QTest is ASCII-only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


def type_in(qtbot: QtBot, form: PersonForm, **values: str) -> None:
    for field, text in values.items():
        form.edits[field].clear()
        commit(form.edits[field], text)


def error_text(form: PersonForm, field: str) -> str:
    return form.errors[field].text()


def test_typed_person(qtbot: QtBot, form: PersonForm) -> None:
    type_in(qtbot, form, name="𠮷田 髙﨑", kana="よしだ たかさき", birth_date="S55.5.1",
            phone="090-1234-5678", postal_code="1234567", address="東京都千代田区1-1")  # fmt: skip
    assert form.birth_echo.text() == "昭和55年（1980年）5月1日"
    assert form.validate() == []
    p = form.person()
    assert p == Person(None, "𠮷田 髙﨑", "よしだ たかさき", date(1980, 5, 1), "090-1234-5678", "1234567",
                       "東京都千代田区1-1")  # fmt: skip
    assert form.is_modified()


def test_errors_inline_and_text_kept(qtbot: QtBot, form: PersonForm) -> None:
    type_in(qtbot, form, kana="山田", birth_date="平成31年5月1日", phone="12", postal_code="12")
    before = form.texts()
    messages = form.validate()
    assert len(messages) == 5
    for field in ("name", "kana", "birth_date", "phone", "postal_code"):
        assert error_text(form, field), field
    assert error_text(form, "address") == ""
    assert "平成" in error_text(form, "birth_date")
    assert form.texts() == before, "errors never lose what was typed"
    assert form.birth_echo.text() == ""
    with pytest.raises(InvalidField):
        form.person()
    # editing a field clears its message only
    commit(form.edits["name"], "山田 太郎")
    assert error_text(form, "name") == "" and error_text(form, "kana")


def test_future_birth_date_uses_the_clock(qtbot: QtBot, form: PersonForm) -> None:
    type_in(qtbot, form, name="山田", birth_date="2026-11-25")  # the clock says 2026-11-24
    assert form.validate() and error_text(form, "birth_date")
    type_in(qtbot, form, birth_date="2026-11-24")
    assert form.validate() == []


@pytest.mark.parametrize("field", ["name", "phone", "address"])
def test_individual_number_refused_in_every_field(qtbot: QtBot, form: PersonForm, field: str) -> None:
    type_in(qtbot, form, name="山田")
    type_in(qtbot, form, **{field: "1234 5678 9012"})
    messages = form.validate()
    assert len(messages) == 1
    assert "must never be recorded" in error_text(form, field)


def test_set_person_and_clear(form: PersonForm) -> None:
    p = Person("id-1", "山田 太郎", "ヤマダ タロウ", date(2019, 5, 1), "03-1234-5678", "123-4567", "住所")
    form.set_person(p)
    assert form.edits["birth_date"].text() == "2019-05-01"
    assert form.birth_echo.text() == "令和元年（2019年）5月1日"
    assert form.person() == p and form.person_id() == "id-1"
    assert not form.is_modified()
    form.clear()
    assert form.texts() == {f: "" for f in FIELDS} and form.person_id() is None


def test_fill_prefills_requested_fields(form: PersonForm) -> None:
    assert set(form.fields_requested) == {"name", "address", "birth_date", "postal_code"}
    form.fill({"name": "髙橋 一郎", "birth_date": date(1990, 1, 2), "address": "住所", "postal_code": "1000001",
               "sex": "male", "kana": None})  # fmt: skip
    assert form.edits["name"].text() == "髙橋 一郎"
    assert form.edits["birth_date"].text() == "1990-01-02"
    assert form.edits["kana"].text() == ""
    assert form.birth_echo.text() == "平成2年（1990年）1月2日"


def test_labels_have_mnemonics_and_tab_order(form: PersonForm) -> None:
    buddies = {lab.buddy(): lab.text() for lab in form.findChildren(QLabel) if lab.buddy() is not None}
    for field in FIELDS:
        assert "&" in buddies[form.edits[field]], field
    for first, second in zip(FIELDS, FIELDS[1:], strict=False):
        assert form.edits[first].nextInFocusChain() is form.edits[second]


@pytest.fixture
def hooks() -> Iterator[None]:
    yield
    PersonForm.unregister_action("test_card")
    PersonForm.unregister_action("test_button")


def test_action_hook(qtbot: QtBot, ctx: Context, hooks: None) -> None:
    clicked: list[PersonForm] = []

    def card_action(form: PersonForm) -> QAction:
        action = QAction("Read card", form)
        action.triggered.connect(lambda: form.fill({"name": "カード 太郎", "birth_date": "1980-05-01"}))
        return action

    def extra_button(form: PersonForm) -> QPushButton:
        button = QPushButton("Extra")
        button.clicked.connect(lambda: clicked.append(form))
        return button

    PersonForm.register_action("test_card", card_action)
    PersonForm.register_action("test_button", extra_button)
    form = PersonForm(ctx, SyncTaskRunner())
    qtbot.addWidget(form)
    tool = [
        b for b in form.findChildren(QToolButton) if b.defaultAction() is form.actions_by_key["test_card"]
    ]
    assert len(tool) == 1
    tool[0].click()
    assert form.edits["name"].text() == "カード 太郎"
    button = form.actions_by_key["test_button"]
    assert isinstance(button, QPushButton) and button.parent() is form
    button.click()
    assert clicked == [form]
    PersonForm.unregister_action("test_card")
    later = PersonForm()
    qtbot.addWidget(later)
    assert list(later.actions_by_key) == ["test_button"]


def test_possible_duplicate_notice(qtbot: QtBot, ctx: Context, form: PersonForm) -> None:
    stored = add_person(ctx, Person(None, "山田 太郎", "ヤマダ タロウ", date(1980, 5, 1), address="元の住所"))
    loaded: list[Person] = []
    form.person_loaded.connect(loaded.append)
    type_in(qtbot, form, name="山田 太朗", kana="やまだたろう", birth_date="昭和55年5月1日")
    qtbot.keyClick(form.edits["birth_date"], Qt.Key.Key_Return)  # editingFinished
    assert not form.duplicate_box.isHidden()
    assert form.duplicates == [stored]
    views = ctx.db.conn.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'view'").fetchone()[0]
    assert views == 0, "suggesting is not opening"
    [use] = [b for b in form.duplicate_box.findChildren(QPushButton) if b.objectName() == "useDuplicate"]
    use.click()
    assert loaded == [stored]
    assert form.person() == stored
    row = ctx.db.conn.execute("SELECT action, entity_id FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert tuple(row) == ("view", stored.id)
    assert ctx.db.conn.execute("SELECT COUNT(*) FROM people").fetchone()[0] == 1, "never merged or added"


def test_no_notice_without_match(qtbot: QtBot, ctx: Context, form: PersonForm) -> None:
    add_person(ctx, Person(None, "山田 太郎", "ヤマダ タロウ", date(1980, 5, 1)))
    type_in(qtbot, form, kana="やまだたろう", birth_date="S55.5.2")
    form.check_duplicates()
    assert form.duplicate_box.isHidden()
    type_in(qtbot, form, birth_date="")
    form.check_duplicates()
    assert form.duplicate_box.isHidden()


def test_form_without_database(qtbot: QtBot) -> None:
    form = PersonForm()
    qtbot.addWidget(form)
    form.fill({"kana": "ヤマダ", "birth_date": "1980-05-01"})
    assert form.duplicate_box.isHidden()
    form.edits["name"].setText("山田")
    assert form.validate() == []
