"""Staff accounts: add, duplicates, the last administrator, reset; login, lockout, logout; audit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher

from desktop.core.clock import FixedClock
from desktop.core.errors import Conflict, DomainError, NotAllowed, NotFound
from desktop.core.staff import Actor, Role
from desktop.security import passwords
from desktop.security.auth import LoginFailed, check_locked, login, logout
from desktop.store import audit
from desktop.store import staff as store
from desktop.store.context import Context
from desktop.store.meta import set_setting
from tests.kit.staff import PASSWORD


def staff_row(ctx: Context, login: str) -> store.StaffMember:
    found = store.get_by_login(ctx, login)
    assert found is not None
    return found


def audit_rows(ctx: Context) -> list[tuple[str, str, str | None, str, str]]:
    return ctx.db.conn.execute(
        "SELECT login, action, entity_id, detail, entity FROM audit_log ORDER BY seq"
    ).fetchall()


def all_text(ctx: Context) -> str:
    """Everything in the audit trail and the staff table, as one string (to look for leaked passwords)."""
    parts = [repr(r) for r in ctx.db.conn.execute("SELECT * FROM audit_log")]
    parts += [repr(r) for r in ctx.db.conn.execute("SELECT * FROM staff")]
    return "\n".join(parts)


def test_add_and_list(ctx: Context) -> None:
    assert not store.has_admin(ctx)
    sid = store.add_staff(ctx, "Tanaka", " 田中 太郎 ", Role.ADMIN, "correct-horse-1")
    member = store.get_by_login(ctx, "tanaka")
    assert member is not None and member.id == sid
    assert (member.login, member.display_name, member.role, member.active) == (
        "Tanaka",
        "田中 太郎",
        Role.ADMIN,
        True,
    )
    assert member.created_at == ctx.now_text() and member.last_login_at is None
    assert "correct-horse-1" not in repr(member)
    assert store.has_admin(ctx)
    assert [m.login for m in store.list_staff(ctx)] == ["Tanaka"]
    assert audit_rows(ctx)[-1] == ("system", "create", sid, "role=admin", "staff")
    assert "correct-horse-1" not in all_text(ctx)


def test_staff_users_fixture(staff_users: dict[Role, Actor], ctx: Context) -> None:
    assert {m.login: m.role for m in store.list_staff(ctx)} == {
        "admin1": Role.ADMIN, "counter1": Role.COUNTER, "super1": Role.SUPERVISOR,
    }  # fmt: skip
    assert login(ctx, "counter1", PASSWORD) == staff_users[Role.COUNTER]


def test_duplicate_login_refused_in_any_case(ctx: Context) -> None:
    store.add_staff(ctx, "sato", "佐藤", Role.COUNTER, "correct-horse-1")
    for again in ("sato", "SATO", " Sato "):
        with pytest.raises(Conflict):
            store.add_staff(ctx, again, "別の佐藤", Role.COUNTER, "correct-horse-2")
    assert len(store.list_staff(ctx)) == 1


@pytest.mark.parametrize("bad", ["", "   ", "system", "SYSTEM", "two words", "-dash", "名前", "x" * 65])
def test_bad_login_refused(ctx: Context, bad: str) -> None:
    with pytest.raises(DomainError):
        store.add_staff(ctx, bad, "名前", Role.COUNTER, "correct-horse-1")


def test_empty_name_and_short_password_refused(ctx: Context) -> None:
    with pytest.raises(DomainError):
        store.add_staff(ctx, "ok", "  ", Role.COUNTER, "correct-horse-1")
    with pytest.raises(passwords.WeakPassword):
        store.add_staff(ctx, "ok", "名前", Role.COUNTER, "short")
    assert store.list_staff(ctx) == []


def test_only_admins_manage_staff(counter_ctx: Context, supervisor_ctx: Context) -> None:
    for c in (counter_ctx, supervisor_ctx):
        with pytest.raises(NotAllowed):
            store.add_staff(c, "new1", "新人", Role.COUNTER, "correct-horse-1")
        with pytest.raises(NotAllowed):
            store.set_active(c, "admin1", False)
        with pytest.raises(NotAllowed):
            store.reset_password(c, "admin1", "another-horse-1")
        with pytest.raises(NotAllowed):
            store.set_role(c, "counter1", Role.ADMIN)


def test_last_active_admin_cannot_be_disabled_or_demoted(admin_ctx: Context) -> None:
    with pytest.raises(Conflict):
        store.set_active(admin_ctx, "admin1", False)
    with pytest.raises(Conflict):
        store.set_role(admin_ctx, "admin1", Role.SUPERVISOR)
    store.add_staff(admin_ctx, "admin2", "管理 次郎", Role.ADMIN, "correct-horse-1")
    store.set_active(admin_ctx, "admin1", False)
    assert store.has_admin(admin_ctx)
    with pytest.raises(Conflict):
        store.set_active(admin_ctx, "admin2", False)
    store.set_active(admin_ctx, "admin1", True)
    store.set_role(admin_ctx, "admin2", Role.COUNTER)
    assert staff_row(admin_ctx, "admin2").role is Role.COUNTER


def test_disabled_admin_does_not_count(admin_ctx: Context) -> None:
    store.add_staff(admin_ctx, "admin2", "管理 次郎", Role.ADMIN, "correct-horse-1")
    store.set_active(admin_ctx, "admin2", False)
    with pytest.raises(Conflict):
        store.set_active(admin_ctx, "admin1", False)
    store.set_active(admin_ctx, "counter1", False)
    assert audit_rows(admin_ctx)[-1][1:4] == ("update", staff_row(admin_ctx, "counter1").id, "active=0")


def test_unknown_login_not_found(admin_ctx: Context) -> None:
    with pytest.raises(NotFound):
        store.set_active(admin_ctx, "nobody", False)
    with pytest.raises(NotFound):
        store.reset_password(admin_ctx, "nobody", "correct-horse-1")


def test_reset_password(admin_ctx: Context) -> None:
    store.reset_password(admin_ctx, "counter1", "a-new-horse-2")
    with pytest.raises(LoginFailed):
        login(admin_ctx, "counter1", PASSWORD)
    assert login(admin_ctx, "counter1", "a-new-horse-2").login == "counter1"
    with pytest.raises(passwords.WeakPassword):
        store.reset_password(admin_ctx, "counter1", "short")
    assert "a-new-horse-2" not in all_text(admin_ctx)
    assert ("admin1", "update", "password reset") in [(r[0], r[1], r[3]) for r in audit_rows(admin_ctx)]


def test_login_success_audited_and_stamped(ctx: Context, staff_users: dict[Role, Actor]) -> None:
    actor = login(ctx, "SUPER1", PASSWORD)
    assert actor == staff_users[Role.SUPERVISOR]
    member = store.get_by_login(ctx, "super1")
    assert member is not None and member.last_login_at == ctx.now_text()
    assert audit_rows(ctx)[-1][:3] == ("super1", "login", actor.staff_id)
    logout(ctx.as_actor(actor))
    assert audit_rows(ctx)[-1][:3] == ("super1", "logout", actor.staff_id)
    assert audit.verify(ctx) == []


def test_login_failures_share_one_message(ctx: Context, staff_users: dict[Role, Actor]) -> None:
    store.set_active(ctx, "counter1", False)
    messages = set()
    for who, pw in (("nobody", PASSWORD), ("super1", "wrong-horse-9"), ("counter1", PASSWORD)):
        with pytest.raises(LoginFailed) as info:
            login(ctx, who, pw)
        messages.add(str(info.value))
    assert len(messages) == 1
    fails = [(r[2], r[3]) for r in audit_rows(ctx) if r[1] == "login_failed"]
    assert fails == [
        (None, "unknown login"),
        (staff_users[Role.SUPERVISOR].staff_id, "wrong password"),
        (staff_users[Role.COUNTER].staff_id, "disabled"),
    ]
    text = all_text(ctx)
    assert "wrong-horse-9" not in text and PASSWORD not in text and "nobody" not in text
    assert staff_row(ctx, "super1").failed_logins == 1


def test_lockout_after_five_failures(ctx: Context, clock: FixedClock, staff_users: dict[Role, Actor]) -> None:
    for _ in range(4):
        with pytest.raises(LoginFailed):
            login(ctx, "counter1", "wrong-horse-9")
    assert staff_row(ctx, "counter1").failed_logins == 4
    login(ctx, "counter1", PASSWORD)  # a success resets the count
    for _ in range(5):
        with pytest.raises(LoginFailed):
            login(ctx, "counter1", "wrong-horse-9")
    member = store.get_by_login(ctx, "counter1")
    assert member is not None and check_locked(ctx, member)
    with pytest.raises(LoginFailed):
        login(ctx, "counter1", PASSWORD)  # even the right password, while locked
    assert audit_rows(ctx)[-1][3] == "locked"
    clock.advance(timedelta(minutes=14, seconds=59))
    with pytest.raises(LoginFailed):
        login(ctx, "counter1", PASSWORD)
    clock.advance(timedelta(seconds=2))
    assert not check_locked(ctx, staff_row(ctx, "counter1"))
    assert login(ctx, "counter1", PASSWORD).role is Role.COUNTER


def test_lockout_settings(ctx: Context, clock: FixedClock, staff_users: dict[Role, Actor]) -> None:
    set_setting(ctx, "login.lockout_after", 2)
    set_setting(ctx, "login.lockout_minutes", 1)
    for _ in range(2):
        with pytest.raises(LoginFailed):
            login(ctx, "super1", "wrong-horse-9")
    with pytest.raises(LoginFailed):
        login(ctx, "super1", PASSWORD)
    clock.advance(timedelta(minutes=1, seconds=1))
    login(ctx, "super1", PASSWORD)
    set_setting(ctx, "login.lockout_after", 0)  # switched off
    for _ in range(10):
        with pytest.raises(LoginFailed):
            login(ctx, "super1", "wrong-horse-9")
    assert login(ctx, "super1", PASSWORD).login == "super1"


def test_admin_unlocks_by_reset_or_enable(admin_ctx: Context) -> None:
    for _ in range(5):
        with pytest.raises(LoginFailed):
            login(admin_ctx, "counter1", "wrong-horse-9")
    store.set_active(admin_ctx, "counter1", True)
    assert login(admin_ctx, "counter1", PASSWORD)
    for _ in range(5):
        with pytest.raises(LoginFailed):
            login(admin_ctx, "counter1", "wrong-horse-9")
    store.reset_password(admin_ctx, "counter1", "fresh-horse-3")
    assert login(admin_ctx, "counter1", "fresh-horse-3")


def test_login_rehashes_weaker_hash(
    ctx: Context, staff_users: dict[Role, Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    old = staff_row(ctx, "admin1").password_hash
    assert passwords._hasher is not None
    stronger = PasswordHasher(time_cost=2, memory_cost=16, parallelism=1, hash_len=16, salt_len=16)
    monkeypatch.setattr(passwords, "_hasher", stronger)
    login(ctx, "admin1", PASSWORD)
    new = staff_row(ctx, "admin1").password_hash
    assert new != old and not passwords.needs_rehash(new)
    assert login(ctx, "admin1", PASSWORD).login == "admin1"
