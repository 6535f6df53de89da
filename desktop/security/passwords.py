"""Staff passwords: argon2id hashes (argon2-cffi), never the password itself.

The hasher uses argon2-cffi's defaults (RFC 9106 "low memory": t=3, 64 MiB, p=4), about 0.1 s per
hash on an office PC. When those defaults grow in a later argon2-cffi, `needs_rehash` says so and the
login rehashes the password it has just verified. Tests swap `_hasher` for the cheapest profile
(fixture in `tests/kit/staff.py`) so a user per role costs nothing.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP

MIN_LENGTH = 8
MAX_LENGTH = 256  # argon2 takes any length; this bounds the work a pasted blob can cause

_hasher = PasswordHasher()
_dummy: tuple[PasswordHasher, str] | None = None


class WeakPassword(DomainError):
    """The new password does not meet the minimum rule."""


def check_rule(password: str) -> None:
    """The minimum rule for a new password: 8 to 256 characters, not only spaces."""
    if len(password) < MIN_LENGTH or not password.strip():
        raise WeakPassword(
            QT_TRANSLATE_NOOP("Errors", "A password needs at least {n} characters. Choose a longer one."),
            n=MIN_LENGTH,
        )
    if len(password) > MAX_LENGTH:
        raise WeakPassword(
            QT_TRANSLATE_NOOP("Errors", "A password may have at most {n} characters. Choose a shorter one."),
            n=MAX_LENGTH,
        )


def hash_password(password: str) -> str:
    """The argon2id hash of a new password (checked against the minimum rule first)."""
    check_rule(password)
    return _hasher.hash(password)


def rehash(password: str) -> str:
    """A fresh hash of a password just verified at login (no rule check: the rule may have changed)."""
    return _hasher.hash(password)


def verify(password_hash: str, password: str) -> bool:
    """True when `password` matches `password_hash`; False for a mismatch or an unreadable hash."""
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with weaker parameters than the current hasher's."""
    try:
        return _hasher.check_needs_rehash(password_hash)
    except InvalidHashError:
        return True


def dummy_hash() -> str:
    """A hash of no one's password: verifying against it makes an unknown login cost the same time."""
    global _dummy
    if _dummy is None or _dummy[0] is not _hasher:
        _dummy = (_hasher, _hasher.hash("no such staff member"))
    return _dummy[1]
