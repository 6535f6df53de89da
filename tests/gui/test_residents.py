"""The 住民 page: search by kana / phone / birth date, open (audited), edit and save, new person."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.people import Person
from desktop.core.staff import Actor, Role
from desktop.store.context import Context
from desktop.store.people import add_person, search_people
from desktop.tasks import SyncTaskRunner
from desktop.tasks.prompt import ScriptedPrompter
from desktop.ui.residents import ResidentsPage

STAFF = Actor(staff_id="staff-1", login="sato", role=Role.COUNTER)


def commit(edit: QLineEdit, text: str) -> None:
    edit.clear()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


def audits(ctx: Context) -> list[tuple[str, str]]:
    rows = ctx.db.conn.execute("SELECT action, detail FROM audit_log WHERE entity = 'person' ORDER BY seq")
    return [(str(r[0]), str(r[1])) for r in rows]


def shortcut(page: ResidentsPage, key: QKeySequence.StandardKey) -> None:
    """Fire the page's shortcut for `key` (offscreen windows are never active, so keys can't reach it)."""
    [found] = [s for s in page.findChildren(QShortcut) if s.key() == QKeySequence(key)]
    found.activated.emit()


@pytest.fixture
def shell(ctx: Context) -> SimpleNamespace:
    prompter = ScriptedPrompter()
    return SimpleNamespace(ctx=ctx.as_actor(STAFF), tasks=SyncTaskRunner(prompter), prompter=prompter)


@pytest.fixture
def page(qtbot: QtBot, shell: SimpleNamespace) -> ResidentsPage:
    widget = ResidentsPage(shell)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    return widget


@pytest.fixture
def people(shell: SimpleNamespace) -> list[Person]:
    ctx = shell.ctx
    return [
        add_person(ctx, Person(None, "山田 太郎", "ヤマダ タロウ", date(1980, 5, 1), "090-1234-5678")),
        add_person(ctx, Person(None, "山田 花子", "やまだ はなこ", date(1985, 3, 3), "03-1234-5678")),
        add_person(ctx, Person(None, "𠮷田 一", "ﾖｼﾀﾞ ﾊｼﾞﾒ", date(2019, 5, 1))),
    ]


def search(qtbot: QtBot, page: ResidentsPage, text: str) -> list[list[str]]:
    commit(page.search_edit, text)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    table = page.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_search_kinds(qtbot: QtBot, page: ResidentsPage, people: list[Person]) -> None:
    rows = search(qtbot, page, "ﾔﾏﾀﾞ")
    assert rows == [
        ["山田 太郎", "ヤマダ タロウ", "昭和55年5月1日", "090-1234-5678"],
        ["山田 花子", "やまだ はなこ", "昭和60年3月3日", "03-1234-5678"],
    ]
    assert search(qtbot, page, "5678") == rows
    assert [r[0] for r in search(qtbot, page, "090-1234-5678")] == ["山田 太郎"]
    assert [r[0] for r in search(qtbot, page, "R1.5.1")] == ["𠮷田 一"]
    assert [r[0] for r in search(qtbot, page, "令和元年5月1日")] == ["𠮷田 一"]
    assert search(qtbot, page, "すずき") == []
    assert "No one found" in page.status.text()
    assert [a for a, _ in audits(page.shell.ctx)] == ["create"] * 3, "searching is not audited"


def test_search_refusals_inline(qtbot: QtBot, page: ResidentsPage, people: list[Person]) -> None:
    search(qtbot, page, "やまだ")
    assert page.table.rowCount() == 2
    search(qtbot, page, "山田")
    assert not page.search_error.isHidden() and "フリガナ" in page.search_error.text()
    assert page.search_edit.text() == "山田"
    search(qtbot, page, "1234 5678 9012")
    assert "must never be recorded" in page.search_error.text()
    search(qtbot, page, "平成31年5月1日")
    assert "平成" in page.search_error.text()
    assert page.shell.prompter.asked == []


def test_open_edit_save(qtbot: QtBot, page: ResidentsPage, people: list[Person]) -> None:
    search(qtbot, page, "やまだ た")
    assert page.table.rowCount() == 1
    page.table.setFocus()
    page.table.setCurrentCell(0, 0)
    page.open_row(0)
    ctx = page.shell.ctx
    assert audits(ctx)[-1] == ("view", "")
    assert page.form.person() == people[0]
    assert page.heading.text() == "Resident record"
    commit(page.form.edits["phone"], "０３－９９９９－８８８８")
    commit(page.form.edits["address"], "東京都千代田区1-1")
    page.save_button.click()
    assert audits(ctx)[-1] == ("update", "phone,address")
    assert page.form.edits["phone"].text() == "03-9999-8888"
    assert not page.form.is_modified()
    assert page.form_status.text() == "Saved."
    assert page.table.item(0, 3).text() == "03-9999-8888", "results refreshed"


def test_save_refused_keeps_typing(qtbot: QtBot, page: ResidentsPage, people: list[Person]) -> None:
    page.new_person()
    commit(page.form.edits["name"], "新規 太郎")
    commit(page.form.edits["address"], "個人番号 123456789012")
    commit(page.form.edits["birth_date"], "2月30日")
    page.save_button.click()
    assert "must never be recorded" in page.form.errors["address"].text()
    assert page.form.errors["birth_date"].text()
    assert page.form.edits["address"].text() == "個人番号 123456789012"
    assert page.form.person_id() is None
    assert search_people(page.shell.ctx, kana="シンキ") == []
    assert [a for a, _ in audits(page.shell.ctx)] == ["create"] * 3


def test_new_person(qtbot: QtBot, page: ResidentsPage, people: list[Person]) -> None:
    search(qtbot, page, "すずき")
    shortcut(page, QKeySequence.StandardKey.New)
    assert page.form.edits["kana"].text() == "すずき", "the kana searched for is carried over"
    assert page.heading.text() == "New resident"
    commit(page.form.edits["name"], "鈴木 一郎")
    commit(page.form.edits["birth_date"], "S50.1.1")
    shortcut(page, QKeySequence.StandardKey.Save)
    assert page.form.person_id() is not None
    assert audits(page.shell.ctx)[-1][0] == "create"
    assert [r[0] for r in search(qtbot, page, "スズキ")] == ["鈴木 一郎"]


def test_unsaved_changes_asked_before_discarding(
    qtbot: QtBot, page: ResidentsPage, people: list[Person]
) -> None:
    search(qtbot, page, "やまだ")
    page.open_row(0)
    commit(page.form.edits["address"], "書きかけ")
    page.shell.prompter.answers = [False]
    page.open_row(1)
    assert page.form.edits["address"].text() == "書きかけ"
    assert page.shell.prompter.texts("ask")
    page.shell.prompter.answers = [True]
    page.open_row(1)
    assert page.form.person() == people[1]


def test_duplicate_notice_from_page(qtbot: QtBot, page: ResidentsPage, people: list[Person]) -> None:
    page.new_person()
    commit(page.form.edits["kana"], "やまだたろう")
    commit(page.form.edits["birth_date"], "1980/5/1")
    qtbot.keyClick(page.form.edits["birth_date"], Qt.Key.Key_Return)
    assert page.form.duplicates == [people[0]]
    page.form.use_person(str(people[0].id))
    assert page.form.person() == people[0]
    assert page.heading.text() == "Resident record"


def next_tab(widget: QWidget) -> QWidget:
    """The next widget Tab reaches (the focus chain also holds widgets that take no Tab focus)."""
    nxt = widget.nextInFocusChain()
    while not (nxt.focusPolicy() & Qt.FocusPolicy.TabFocus):
        nxt = nxt.nextInFocusChain()
    return nxt


def test_find_shortcut_and_tab_order(page: ResidentsPage) -> None:
    shortcut(page, QKeySequence.StandardKey.Find)
    assert next_tab(page.search_edit) is page.search_button
    assert next_tab(page.search_button) is page.table
    assert next_tab(page.table) is page.form.edits["name"]
    assert next_tab(page.form.edits["address"]) is page.new_button
    assert next_tab(page.new_button) is page.save_button


# --- 設定 › 本人確認書類 (IdentityPage; kept here as the brief lists no file of its own) ---------------


def test_identity_settings_page(qtbot: QtBot, ctx: Context) -> None:
    from desktop.core.identity import LIST_A, LIST_B, IdentityRules
    from desktop.store.identity import load_catalogue, load_rules
    from desktop.ui.settings.identity import COL_ACTIVE, COL_LIST, IdentityPage

    prompter = ScriptedPrompter()
    admin = Actor(staff_id="admin-1", login="admin", role=Role.ADMIN)
    shell = SimpleNamespace(ctx=ctx.as_actor(admin), tasks=SyncTaskRunner(prompter), prompter=prompter)
    page = IdentityPage(shell)
    qtbot.addWidget(page)
    assert page.min_role == Role.ADMIN and page.title() == "Identity documents"
    page.load()
    keys = [page.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(page.table.rowCount())]
    row = keys.index("student_id")
    assert page.table.item(row, COL_LIST).text() == "List B"

    # move 学生証 to list A, deactivate 預金通帳, add a type, choose rules
    page.table.setCurrentCell(row, 0)
    page.to_a.click()
    assert page.table.item(row, COL_LIST).text() == "List A"
    page.table.setCurrentCell(keys.index("notice_card"), 0)
    page.to_a.click()
    assert "Only documents of lists A and B" in page.error.text()
    page.table.item(keys.index("bank_book"), COL_ACTIVE).setCheckState(Qt.CheckState.Unchecked)
    commit(page.new_name, "町民カード（写真付き）")
    page.new_kind.setCurrentIndex(page.new_kind.findData(LIST_A))
    qtbot.keyClick(page.new_name, Qt.Key.Key_Return)
    assert page.table.rowCount() == len(keys) + 1
    assert page.new_name.text() == ""
    commit(page.new_name, "町民カード（写真付き）")
    page.add_button.click()
    assert "already in the list" in page.error.text()
    page.handover_two.setChecked(True)
    page.apply_pin.setChecked(False)
    page.photo_b_items.setValue(1)
    page.save()
    assert page.status.text() == "Saved."

    cat = load_catalogue(ctx)
    assert cat.kind_of("student_id") == LIST_A and cat.kind_of("bank_book") is None
    added = [d for d in cat.documents if not d.builtin]
    assert [(d.official_name_ja, d.kind) for d in added] == [("町民カード（写真付き）", LIST_A)]
    assert load_rules(ctx) == IdentityRules(
        handover_always_two=True, apply_a_with_pin=False, photo_certificate_b_items=1
    )
    # every 申請時来庁 option off: refused, nothing written
    for box in (page.apply_two_a, page.apply_a_b, page.apply_notice):
        box.setChecked(False)
    page.save()
    assert prompter.texts("error") and "at least one way" in page.error.text()
    assert load_rules(ctx).apply_two_a is True
    audited = ctx.db.conn.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'settings'").fetchone()[0]
    assert audited == 2
    assert page.new_kind.findData(LIST_B) >= 0
