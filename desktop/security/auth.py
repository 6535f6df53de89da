"""Login and logout of staff (Qt-free; the login window and the CLI both call `login`).

An unknown login, a wrong password, a disabled account and a locked one all fail with the SAME
message (`LoginFailed`), so the login window never tells anyone which logins exist. The audit trail
says which it was ("login_failed" with detail `unknown login` / `wrong password` / `disabled` /
`locked`); it never holds the password, nor the text typed as an unknown login (that may be a
password typed into the wrong field).

Login protection: after `login.lockout_after` consecutive wrong passwords (setting, default 5; 0 turns
it off) the account is locked for `login.lockout_minutes` (default 15). An administrator unlocks it at
once by resetting the password or re-enabling the account. While an account is locked, logging in to
it fails with `AccountLocked` (a LoginFailed) whose message gives the time the lock ends, so the staff
member knows to wait or to call the administrator. (This tells someone who typed five wrong passwords
for a login that the login exists; an unknown login never locks. At a counter where staff know each
other's logins that costs nothing, and a plain "wait until 10:15" saves a call.)
"""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.core.clock import iso_utc, parse_utc, to_local
from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.staff import SYSTEM, Actor
from desktop.security import passwords
from desktop.store import staff as staff_store
from desktop.store.audit import record
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.meta import get_setting

LOCKOUT_AFTER = "login.lockout_after"
LOCKOUT_MINUTES = "login.lockout_minutes"
DEFAULT_LOCKOUT_AFTER = 5
DEFAULT_LOCKOUT_MINUTES = 15

GENERIC_FAILURE = QT_TRANSLATE_NOOP(
    "Errors",
    "Login failed. Check the login name and the password and try again. After several failed tries "
    "the account is locked for a while; an administrator can unlock it.",
)


class LoginFailed(DomainError):
    """Unknown login, wrong password, disabled or locked account: one message for all."""

    def __init__(self) -> None:
        super().__init__(GENERIC_FAILURE)


class AccountLocked(LoginFailed):
    """The account is locked after too many wrong passwords; `until` is the local time it opens again."""

    def __init__(self, until: datetime, now: datetime) -> None:
        local = to_local(until)
        same_day = local.date() == to_local(now).date()
        DomainError.__init__(
            self,
            QT_TRANSLATE_NOOP(
                "Errors",
                "Too many wrong passwords: this account is locked until {time}. Try again then, or ask "
                "an administrator to unlock it now.",
            ),
            time=local.strftime("%H:%M") if same_day else local.strftime("%Y-%m-%d %H:%M"),
        )
        self.until = until


def _int_setting(ctx: Context, key: str, default: int) -> int:
    value = get_setting(ctx, key, default)
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return default


def lockout_policy(ctx: Context) -> tuple[int, int]:
    """(failures before a lock, minutes locked); a first value of 0 means no locking."""
    return (
        _int_setting(ctx, LOCKOUT_AFTER, DEFAULT_LOCKOUT_AFTER),
        _int_setting(ctx, LOCKOUT_MINUTES, DEFAULT_LOCKOUT_MINUTES),
    )


def check_locked(ctx: Context, row: staff_store.StaffMember) -> bool:
    """True while the account is locked (by `ctx.clock`); always False when locking is switched off."""
    after, _minutes = lockout_policy(ctx)
    if after <= 0 or row.locked_until is None:
        return False
    return parse_utc(row.locked_until) > ctx.clock.now()


def login(ctx: Context, login: str, password: str) -> Actor:
    """Check a login and password; returns the Actor, or raises LoginFailed. Audited either way."""
    row = staff_store.get_by_login(ctx, login)
    if row is None:
        passwords.verify(passwords.dummy_hash(), password)  # same time as a real check
        record(ctx, "login_failed", "staff", None, "unknown login")
        raise LoginFailed()
    matches = passwords.verify(row.password_hash, password)
    locked_until: datetime | None = None
    with write(ctx.db):
        if check_locked(ctx, row):
            record(ctx, "login_failed", "staff", row.id, "locked")
            failure: str | None = "locked"
            locked_until = parse_utc(str(row.locked_until))
        elif not row.active:
            record(ctx, "login_failed", "staff", row.id, "disabled")
            failure = "disabled"
        elif not matches:
            failure = "wrong password"
            count = staff_store.note_failed_login(ctx, row.id)
            after, minutes = lockout_policy(ctx)
            if after > 0 and count >= after:
                until = ctx.clock.now() + timedelta(minutes=minutes)
                staff_store.lock_login(ctx, row.id, iso_utc(until))
                failure = f"wrong password; locked for {minutes} min"
                locked_until = until
            record(ctx, "login_failed", "staff", row.id, failure)
        else:
            failure = None
            new_hash = None
            if passwords.needs_rehash(row.password_hash):
                new_hash = passwords.rehash(password)
            staff_store.note_login(ctx, row.id, new_hash=new_hash)
            record(ctx.as_actor(row.actor), "login", "staff", row.id)
    if locked_until is not None:
        raise AccountLocked(locked_until, ctx.clock.now())
    if failure is not None:
        raise LoginFailed()
    return row.actor


def set_lockout_policy(ctx: Context, after: int, minutes: int) -> None:
    """An administrator sets the login protection: failures before a lock (0 = off), minutes locked."""
    from desktop.core.staff import Role
    from desktop.security.permissions import require
    from desktop.store.meta import set_setting

    require(ctx.actor, Role.ADMIN)
    if not (0 <= after <= 20 and 1 <= minutes <= 24 * 60):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Lock after 0 to 20 failed logins (0 = never) for 1 to 1440 minutes.",
            )
        )
    with write(ctx.db):
        set_setting(ctx, LOCKOUT_AFTER, int(after))
        set_setting(ctx, LOCKOUT_MINUTES, int(minutes))
        record(ctx, "settings", "settings", "login.lockout", f"after={after} minutes={minutes}")


def logout(ctx: Context) -> None:
    """Audit the end of the acting staff member's session (the caller drops its Context)."""
    if ctx.actor == SYSTEM or ctx.actor.staff_id is None:
        return
    record(ctx, "logout", "staff", ctx.actor.staff_id)
