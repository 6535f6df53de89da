"""Password hashing (argon2id), the minimum rule, rehash detection, and role checks."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher, Type, extract_parameters, profiles

from desktop.core.errors import DomainError, NotAllowed
from desktop.core.staff import SYSTEM, Actor, Role
from desktop.security import passwords
from desktop.security.permissions import allowed, require


def test_hash_is_argon2id_and_verifies() -> None:
    h = passwords.hash_password("correct-horse-1")
    assert h.startswith("$argon2id$")
    assert "correct-horse-1" not in h
    assert passwords.verify(h, "correct-horse-1")
    assert not passwords.verify(h, "correct-horse-2")
    assert not passwords.verify(h, "")
    assert passwords.hash_password("correct-horse-1") != h, "salted: two hashes of one password differ"


def test_unreadable_hash_never_verifies() -> None:
    assert not passwords.verify("not-a-hash", "whatever-password")
    assert passwords.needs_rehash("not-a-hash")


@pytest.mark.parametrize("bad", ["", "short", "1234567", "        ", "x" * 257])
def test_minimum_rule(bad: str) -> None:
    with pytest.raises(DomainError) as info:
        passwords.hash_password(bad)
    assert isinstance(info.value, passwords.WeakPassword)
    assert bad.strip() == "" or bad not in str(info.value)


def test_eight_characters_suffice_and_unicode_works() -> None:
    for ok in ("12345678", "窓口のパスワード", "pass word"):
        assert passwords.verify(passwords.hash_password(ok), ok)


def test_production_hasher_parameters(monkeypatch: pytest.MonkeyPatch) -> None:
    real = PasswordHasher()
    monkeypatch.setattr(passwords, "_hasher", real)
    h = passwords.hash_password("correct-horse-1")
    params = extract_parameters(h)
    assert params.type is Type.ID
    low = profiles.RFC_9106_LOW_MEMORY
    assert params.memory_cost >= low.memory_cost and params.time_cost >= low.time_cost
    assert not passwords.needs_rehash(h)
    cheap = PasswordHasher.from_parameters(profiles.CHEAPEST).hash("correct-horse-1")
    assert passwords.needs_rehash(cheap)
    assert passwords.verify(cheap, "correct-horse-1"), "old hashes still verify before the rehash"


def test_dummy_hash_follows_the_hasher(monkeypatch: pytest.MonkeyPatch) -> None:
    first = passwords.dummy_hash()
    assert passwords.dummy_hash() == first
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher.from_parameters(profiles.CHEAPEST))
    assert passwords.dummy_hash() != first


@pytest.mark.parametrize(
    ("role", "needed", "ok"),
    [
        (Role.COUNTER, Role.COUNTER, True),
        (Role.COUNTER, Role.SUPERVISOR, False),
        (Role.COUNTER, Role.ADMIN, False),
        (Role.SUPERVISOR, Role.SUPERVISOR, True),
        (Role.SUPERVISOR, Role.ADMIN, False),
        (Role.ADMIN, Role.COUNTER, True),
        (Role.ADMIN, Role.ADMIN, True),
    ],
)
def test_require_roles_are_cumulative(role: Role, needed: Role, ok: bool) -> None:
    actor = Actor(staff_id="x", login="someone", role=role)
    assert allowed(actor, needed) is ok
    if ok:
        require(actor, needed)
    else:
        with pytest.raises(NotAllowed):
            require(actor, needed)


def test_refusal_names_the_needed_role() -> None:
    counter = Actor(staff_id="x", login="c", role=Role.COUNTER)
    with pytest.raises(NotAllowed, match="administrator"):
        require(counter, Role.ADMIN)
    with pytest.raises(NotAllowed, match="supervisor"):
        require(counter, Role.SUPERVISOR)
    require(SYSTEM, Role.ADMIN)
