"""The demo office: marked as demo, deterministic for a seed, refuses a real office."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from desktop import demo
from desktop.core.office import OfficeProfile, local_gov_check_digit
from desktop.security.auth import login
from desktop.store import office as office_store
from desktop.store.open import open_office

TODAY = date(2026, 11, 24)


def content(data_dir: Path) -> list[tuple[object, ...]]:
    ctx = open_office(data_dir)
    try:
        q = ctx.db.conn.execute
        people = q("SELECT name, kana, birth_date, phone, address FROM people ORDER BY kana, birth_date, name")
        visits = q(
            "SELECT p.kana, p.birth_date, v.service, v.business_date, v.number, v.state "
            "FROM visits v JOIN people p ON p.id = v.person_id ORDER BY v.business_date, v.number"
        )
        events = q("SELECT kind, business_date, COUNT(*) FROM events GROUP BY kind, business_date ORDER BY 1, 2")
        return [*people.fetchall(), *visits.fetchall(), *events.fetchall()]
    finally:
        ctx.db.close()


def test_demo_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    demo.generate(tmp_path / "a", 7, today=TODAY)
    demo.generate(tmp_path / "b", 7, today=TODAY)
    demo.generate(tmp_path / "c", 8, today=TODAY)
    assert content(tmp_path / "a") == content(tmp_path / "b")
    assert content(tmp_path / "a") != content(tmp_path / "c")


def test_demo_is_marked_and_has_three_months_and_logins(tmp_path: Path) -> None:
    result = demo.generate(tmp_path / "d", 1, today=TODAY)
    assert result.people == 240
    assert result.visits > 500
    ctx = open_office(tmp_path / "d")
    try:
        assert office_store.office_kind(ctx) == "demo"
        profile = office_store.load_profile(ctx)
        assert profile is not None and "デモ" in profile.municipality
        first = ctx.db.conn.execute("SELECT MIN(business_date) FROM visits").fetchone()[0]
        assert date.fromisoformat(first) <= date(2026, 8, 26)
        for login_name, _name, role, password in demo.DEMO_LOGINS:
            assert login(ctx, login_name, password).role == role
    finally:
        ctx.db.close()


def test_demo_refuses_a_real_office(tmp_path: Path) -> None:
    data = tmp_path / "real"
    ctx = open_office(data)
    code = "13101" + str(local_gov_check_digit("13101"))
    office_store.save_profile(ctx, OfficeProfile(municipality="本物市", local_gov_code=code, phone="03-1234-5678"))
    office_store.mark_office_kind(ctx, "real")
    ctx.db.close()
    assert demo.run(data, 1, io.StringIO()) == demo.EXIT_REFUSED
    ctx = open_office(data)
    try:
        assert ctx.db.conn.execute("SELECT COUNT(*) FROM people").fetchone()[0] == 0
    finally:
        ctx.db.close()


def test_demo_replaces_an_earlier_demo(tmp_path: Path) -> None:
    out = io.StringIO()
    assert demo.run(tmp_path / "e", 3, out) == 0
    assert demo.run(tmp_path / "e", 3, out) == 0
    assert "demo-admin" in out.getvalue()
