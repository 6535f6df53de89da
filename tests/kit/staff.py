"""Staff fixtures: one active user per role, and a Context acting as each.

- `staff_users`: {Role.COUNTER: Actor("counter1"), Role.SUPERVISOR: Actor("super1"), Role.ADMIN: Actor("admin1")},
  all with the password `PASSWORD`
- `counter_ctx`, `supervisor_ctx`, `admin_ctx`: `ctx.as_actor(...)` of those users

Every test hashes passwords with argon2id's cheapest parameters (autouse `fast_password_hashing`):
the real parameters cost ~0.1 s per hash, which a suite creating three users per test cannot afford.
`tests/unit/test_passwords.py` checks the production parameters explicitly.
"""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher, profiles

from desktop.core.staff import Actor, Role
from desktop.security import passwords
from desktop.store.context import Context
from desktop.store.staff import add_staff

PASSWORD = "correct-horse-1"
LOGINS = {Role.COUNTER: "counter1", Role.SUPERVISOR: "super1", Role.ADMIN: "admin1"}
NAMES = {Role.COUNTER: "窓口 一郎", Role.SUPERVISOR: "監督 花子", Role.ADMIN: "管理 太郎"}

_CHEAP = PasswordHasher.from_parameters(profiles.CHEAPEST)


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "_hasher", _CHEAP)


@pytest.fixture
def staff_users(ctx: Context) -> dict[Role, Actor]:
    actors = {}
    for role, login in LOGINS.items():
        staff_id = add_staff(ctx, login, NAMES[role], role, PASSWORD)
        actors[role] = Actor(staff_id=staff_id, login=login, role=role)
    return actors


@pytest.fixture
def counter_ctx(ctx: Context, staff_users: dict[Role, Actor]) -> Context:
    return ctx.as_actor(staff_users[Role.COUNTER])


@pytest.fixture
def supervisor_ctx(ctx: Context, staff_users: dict[Role, Actor]) -> Context:
    return ctx.as_actor(staff_users[Role.SUPERVISOR])


@pytest.fixture
def admin_ctx(ctx: Context, staff_users: dict[Role, Actor]) -> Context:
    return ctx.as_actor(staff_users[Role.ADMIN])
