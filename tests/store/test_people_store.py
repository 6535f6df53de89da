"""People in the real database: add/update/open audited, search by kana/phone/birth date, duplicates."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date

import pytest

from desktop.core.errors import DomainError, NotFound
from desktop.core.people import IndividualNumberRefused, Person
from desktop.core.staff import Actor, Role
from desktop.store.audit import verify
from desktop.store.context import Context
from desktop.store.people import (
    add_person,
    get_person,
    names_of,
    possible_duplicates,
    search_people,
    update_person,
)

STAFF = Actor(staff_id="staff-1", login="sato", role=Role.COUNTER)


def audit_rows(ctx: Context) -> list[tuple[str, str, str | None, str, str]]:
    return [
        (r[0], r[1], r[2], r[3], r[4])
        for r in ctx.db.conn.execute(
            "SELECT action, entity, entity_id, detail, login FROM audit_log ORDER BY seq"
        )
    ]


def yamada(**kw: object) -> Person:
    base: dict[str, object] = {
        "id": None, "name": "山田 太郎", "kana": "ヤマダ タロウ", "birth_date": date(1980, 5, 1),
        "phone": "０９０－１２３４－５６７８", "postal_code": "〒1234567", "address": "東京都千代田区1-1",
    }  # fmt: skip
    base.update(kw)
    return Person(**base)  # type: ignore[arg-type]


@pytest.fixture
def sctx(ctx: Context) -> Context:
    return ctx.as_actor(STAFF)


def test_add_normalises_and_audits_without_personal_data(sctx: Context) -> None:
    p = add_person(sctx, yamada(name="𠮷田 髙﨑"))
    assert p.id is not None
    assert (p.name, p.phone, p.postal_code) == ("𠮷田 髙﨑", "090-1234-5678", "123-4567")
    row = sctx.db.conn.execute("SELECT kana_key, birth_date FROM people WHERE id = ?", (p.id,)).fetchone()
    assert tuple(row) == ("ヤマダタロウ", "1980-05-01")
    [(action, entity, entity_id, detail, login)] = audit_rows(sctx)
    assert (action, entity, entity_id, login) == ("create", "person", p.id, "sato")
    assert detail == "name,kana,birth_date,phone,postal_code,address"
    assert verify(sctx) == []


def test_add_refuses_invalid(sctx: Context) -> None:
    with pytest.raises(DomainError):
        add_person(sctx, yamada(name=""))
    with pytest.raises(DomainError):
        add_person(sctx, yamada(birth_date=date(2026, 11, 25)))  # the clock says 2026-11-24
    for field in ("name", "address", "phone"):
        with pytest.raises(IndividualNumberRefused):
            add_person(sctx, yamada(**{field: "1234 5678 9012"}))
    assert sctx.db.conn.execute("SELECT COUNT(*) FROM people").fetchone()[0] == 0
    assert audit_rows(sctx) == []


def test_no_individual_number_column(ctx: Context) -> None:
    cols = [r[1] for r in ctx.db.conn.execute("PRAGMA table_info(people)")]
    assert cols == [
        "id", "name", "kana", "kana_key", "birth_date", "phone", "postal_code", "address",
        "created_at", "updated_at", "device_id",
    ]  # fmt: skip


def test_schema_checks(ctx: Context) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        ctx.db.conn.execute(
            "INSERT INTO people(id, name, birth_date, created_at, updated_at, device_id) "
            "VALUES ('x', '', NULL, 't', 't', 'd')"
        )
    with pytest.raises(sqlite3.IntegrityError):
        ctx.db.conn.execute(
            "INSERT INTO people(id, name, birth_date, created_at, updated_at, device_id) "
            "VALUES ('y', 'a', 'S55.5.1', 't', 't', 'd')"
        )


def test_update_audits_changed_field_names_only(sctx: Context) -> None:
    p = add_person(sctx, yamada())
    changed = dataclasses.replace(p, phone="03-1111-2222", address="大阪府大阪市1-2")
    saved = update_person(sctx, changed)
    assert saved.phone == "03-1111-2222"
    assert get_person(sctx, str(p.id)).address == "大阪府大阪市1-2"
    actions = audit_rows(sctx)
    assert [a[0] for a in actions] == ["create", "update", "view"]
    assert actions[1][3] == "phone,address"
    assert all("03-1111" not in a[3] and "大阪" not in a[3] for a in actions)
    # no change: nothing written, nothing audited
    update_person(sctx, saved)
    assert len(audit_rows(sctx)) == 3


def test_update_unknown_and_invalid(sctx: Context) -> None:
    with pytest.raises(NotFound):
        update_person(sctx, yamada(id="missing"))
    p = add_person(sctx, yamada())
    with pytest.raises(IndividualNumberRefused):
        update_person(sctx, dataclasses.replace(p, address="1234-5678-9012"))
    with pytest.raises(ValueError):
        update_person(sctx, yamada())


def test_get_person_is_audited_view(sctx: Context) -> None:
    p = add_person(sctx, yamada())
    assert get_person(sctx, str(p.id)) == p
    assert audit_rows(sctx)[-1][:3] == ("view", "person", p.id)
    with pytest.raises(NotFound):
        get_person(sctx, "nope")


def test_search(sctx: Context) -> None:
    taro = add_person(sctx, yamada())
    hanako = add_person(
        sctx, yamada(name="山田 花子", kana="やまだ はなこ", birth_date=date(1985, 3, 3), phone="0312345678")
    )
    suzuki = add_person(sctx, Person(None, "鈴木 一郎", "ｽｽﾞｷ ｲﾁﾛｳ", date(1980, 5, 1)))
    before = len(audit_rows(sctx))

    assert search_people(sctx, kana="やまだ") == [taro, hanako]  # ヤマダタロウ < ヤマダハナコ
    assert search_people(sctx, kana="ﾔﾏﾀﾞ ﾀﾛｳ") == [taro]
    assert search_people(sctx, kana="ヤマダ　ハ") == [hanako]
    assert search_people(sctx, kana="すずき") == [suzuki]
    assert search_people(sctx, kana="タロウ") == []  # prefix only
    assert search_people(sctx, phone="09012345678") == [taro]
    assert search_people(sctx, phone="5678") == [taro, hanako]
    assert search_people(sctx, phone="03-1234-5678") == [hanako]
    assert search_people(sctx, birth_date=date(1980, 5, 1)) == [suzuki, taro]
    assert search_people(sctx, kana="やまだ", birth_date=date(1980, 5, 1)) == [taro]
    assert search_people(sctx, kana="やまだ", limit=1) == [taro]
    assert search_people(sctx) == []
    assert search_people(sctx, kana="  ") == []
    assert len(audit_rows(sctx)) == before, "searching is not audited"


def test_search_kana_with_like_characters(sctx: Context) -> None:
    add_person(sctx, yamada())
    assert search_people(sctx, kana="%") == []
    assert search_people(sctx, kana="_") == []


def test_possible_duplicates(sctx: Context) -> None:
    first = add_person(sctx, yamada())
    # same kana (other width/script) and birth date: suggested, never merged
    candidate = yamada(name="山田 太朗", kana="やまだ たろう", phone="")
    assert possible_duplicates(sctx, candidate) == [first]
    second = add_person(sctx, candidate)
    assert sctx.db.conn.execute("SELECT COUNT(*) FROM people").fetchone()[0] == 2
    assert possible_duplicates(sctx, first) == [second]
    assert possible_duplicates(sctx, yamada(birth_date=date(1980, 5, 2))) == []
    assert possible_duplicates(sctx, yamada(birth_date=None)) == []
    assert possible_duplicates(sctx, yamada(kana="")) == []


def test_names_of_for_lists(sctx: Context) -> None:
    a = add_person(sctx, yamada())
    b = add_person(sctx, yamada(name="𠮷田 花", kana="よしだ はな"))
    before = len(audit_rows(sctx))
    assert names_of(sctx, [str(a.id), str(b.id), "gone", ""]) == {a.id: "山田 太郎", b.id: "𠮷田 花"}
    assert names_of(sctx, []) == {}
    assert len(audit_rows(sctx)) == before
