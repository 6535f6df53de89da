"""Staff accounts (職員): logins, roles, active flag, password hashes and the login counters.

Every change is audited (entity "staff") and needs an administrator as `ctx.actor` (the system actor
counts as one: the setup wizard and the CLI create the first administrator with it). The last active
administrator can be neither disabled nor given a lower role, so the office never locks itself out.
Passwords are hashed here (argon2id, `desktop.security.passwords`); no password reaches a row, a log
or the audit trail.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from desktop.core.errors import Conflict, DomainError, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.ids import new_id
from desktop.core.staff import Actor, Role
from desktop.security import passwords
from desktop.security.permissions import require
from desktop.store.audit import record
from desktop.store.context import Context
from desktop.store.db import write

_LOGIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
RESERVED_LOGINS = frozenset({"system"})  # the system actor's name in the audit trail
_COLS = (
    "id, login, display_name, role, active, failed_logins, locked_until, last_login_at, "
    "created_at, updated_at, password_hash"
)


@dataclass(frozen=True)
class StaffMember:
    id: str
    login: str
    display_name: str
    role: Role
    active: bool
    failed_logins: int
    locked_until: str | None  # ISO UTC
    last_login_at: str | None  # ISO UTC
    created_at: str
    updated_at: str
    password_hash: str = field(repr=False)

    @property
    def actor(self) -> Actor:
        return Actor(staff_id=self.id, login=self.login, role=self.role)


def _row(r: sqlite3.Row | tuple[object, ...]) -> StaffMember:
    return StaffMember(
        id=str(r[0]),
        login=str(r[1]),
        display_name=str(r[2]),
        role=Role.from_key(str(r[3])),
        active=bool(r[4]),
        failed_logins=int(str(r[5])),
        locked_until=None if r[6] is None else str(r[6]),
        last_login_at=None if r[7] is None else str(r[7]),
        created_at=str(r[8]),
        updated_at=str(r[9]),
        password_hash=str(r[10]),
    )


def _check_login(login: str) -> str:
    login = login.strip()
    if not _LOGIN.match(login) or login.lower() in RESERVED_LOGINS:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A login name has 1 to 64 letters, digits or . _ @ - and starts with a letter or digit; "
                "'system' is reserved. Choose another login name.",
            )
        )
    return login


def _check_name(display_name: str) -> str:
    name = display_name.strip()
    if not name or len(name) > 100:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "Enter the staff member's name (at most 100 characters).")
        )
    return name


def _not_found(login: str) -> NotFound:
    return NotFound(
        QT_TRANSLATE_NOOP("Errors", "There is no staff member with the login {login}."), login=login
    )


def get_by_login(ctx: Context, login: str) -> StaffMember | None:
    """The account with this login (case-insensitive), active or not."""
    r = ctx.db.conn.execute(f"SELECT {_COLS} FROM staff WHERE login = ?", (login.strip(),)).fetchone()
    return None if r is None else _row(r)


def get(ctx: Context, staff_id: str) -> StaffMember | None:
    r = ctx.db.conn.execute(f"SELECT {_COLS} FROM staff WHERE id = ?", (staff_id,)).fetchone()
    return None if r is None else _row(r)


def display_names(ctx: Context, staff_ids: set[str]) -> dict[str, str]:
    """Display names by staff id (for lists of who did what; absent ids are left out)."""
    if not staff_ids:
        return {}
    keys = sorted(staff_ids)
    rows = ctx.db.conn.execute(
        f"SELECT id, display_name FROM staff WHERE id IN ({', '.join('?' for _ in keys)})", keys
    ).fetchall()
    return {str(r[0]): str(r[1]) for r in rows}


def _existing(ctx: Context, login: str) -> StaffMember:
    member = get_by_login(ctx, login)
    if member is None:
        raise _not_found(login)
    return member


def list_staff(ctx: Context, *, include_inactive: bool = True) -> list[StaffMember]:
    where = "" if include_inactive else "WHERE active = 1"
    rows = ctx.db.conn.execute(f"SELECT {_COLS} FROM staff {where} ORDER BY login COLLATE NOCASE").fetchall()
    return [_row(r) for r in rows]


def has_admin(ctx: Context) -> bool:
    """True when at least one ACTIVE administrator exists (else the first one may be created freely)."""
    r = ctx.db.conn.execute("SELECT 1 FROM staff WHERE role = 'admin' AND active = 1 LIMIT 1").fetchone()
    return r is not None


def _active_admins(ctx: Context) -> int:
    r = ctx.db.conn.execute("SELECT COUNT(*) FROM staff WHERE role = 'admin' AND active = 1").fetchone()
    return int(r[0])


def _refuse_last_admin() -> Conflict:
    return Conflict(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This is the last active administrator. Make another staff member an administrator first.",
        )
    )


def add_staff(ctx: Context, login: str, display_name: str, role: Role, password: str) -> str:
    """Create an active account; returns its id. A login already taken (in any case) is refused."""
    require(ctx.actor, Role.ADMIN)
    login = _check_login(login)
    name = _check_name(display_name)
    password_hash = passwords.hash_password(password)
    staff_id = new_id()
    now = ctx.now_text()
    taken = Conflict(
        QT_TRANSLATE_NOOP("Errors", "The login {login} is already taken. Choose another login name."),
        login=login,
    )
    with write(ctx.db):
        if get_by_login(ctx, login) is not None:
            raise taken
        try:
            ctx.db.conn.execute(
                "INSERT INTO staff(id, login, display_name, role, password_hash, active, failed_logins, "
                "created_at, updated_at, device_id) VALUES (?, ?, ?, ?, ?, 1, 0, ?, ?, ?)",
                (staff_id, login, name, role.key, password_hash, now, now, ctx.device_id),
            )
        except sqlite3.IntegrityError:
            raise taken from None
        record(ctx, "create", "staff", staff_id, f"role={role.key}")
    return staff_id


def set_active(ctx: Context, login: str, active: bool) -> None:
    """Disable or re-enable an account. Enabling also clears a login lock and the failure counter."""
    require(ctx.actor, Role.ADMIN)
    with write(ctx.db):
        member = _existing(ctx, login)
        if not active and member.active and member.role is Role.ADMIN and _active_admins(ctx) <= 1:
            raise _refuse_last_admin()
        ctx.db.conn.execute(
            "UPDATE staff SET active = ?, failed_logins = CASE WHEN ? THEN 0 ELSE failed_logins END, "
            "locked_until = CASE WHEN ? THEN NULL ELSE locked_until END, updated_at = ?, device_id = ? "
            "WHERE id = ?",
            (int(active), int(active), int(active), ctx.now_text(), ctx.device_id, member.id),
        )
        record(ctx, "update", "staff", member.id, f"active={int(active)}")


def set_role(ctx: Context, login: str, role: Role) -> None:
    """Change an account's role; the last active administrator keeps theirs."""
    require(ctx.actor, Role.ADMIN)
    with write(ctx.db):
        member = _existing(ctx, login)
        if (
            member.role is Role.ADMIN
            and role is not Role.ADMIN
            and member.active
            and _active_admins(ctx) <= 1
        ):
            raise _refuse_last_admin()
        ctx.db.conn.execute(
            "UPDATE staff SET role = ?, updated_at = ?, device_id = ? WHERE id = ?",
            (role.key, ctx.now_text(), ctx.device_id, member.id),
        )
        record(ctx, "update", "staff", member.id, f"role={role.key}")


def reset_password(ctx: Context, login: str, new_password: str) -> None:
    """An administrator sets a new password; this also clears a login lock and the failure counter."""
    require(ctx.actor, Role.ADMIN)
    password_hash = passwords.hash_password(new_password)
    with write(ctx.db):
        member = _existing(ctx, login)
        ctx.db.conn.execute(
            "UPDATE staff SET password_hash = ?, failed_logins = 0, locked_until = NULL, updated_at = ?, "
            "device_id = ? WHERE id = ?",
            (password_hash, ctx.now_text(), ctx.device_id, member.id),
        )
        record(ctx, "update", "staff", member.id, "password reset")


def note_failed_login(ctx: Context, staff_id: str) -> int:
    """Count one more failed login; returns the new count (consecutive failures since the last success)."""
    ctx.db.conn.execute("UPDATE staff SET failed_logins = failed_logins + 1 WHERE id = ?", (staff_id,))
    r = ctx.db.conn.execute("SELECT failed_logins FROM staff WHERE id = ?", (staff_id,)).fetchone()
    return int(r[0])


def lock_login(ctx: Context, staff_id: str, until: str) -> None:
    """Refuse logins until `until` (ISO UTC) and restart the failure count for after the lock."""
    ctx.db.conn.execute(
        "UPDATE staff SET locked_until = ?, failed_logins = 0 WHERE id = ?", (until, staff_id)
    )


def note_login(ctx: Context, staff_id: str, *, new_hash: str | None = None) -> None:
    """A successful login: reset the counter and lock, stamp the time, store a rehashed password."""
    ctx.db.conn.execute(
        "UPDATE staff SET failed_logins = 0, locked_until = NULL, last_login_at = ?, "
        "password_hash = COALESCE(?, password_hash) WHERE id = ?",
        (ctx.now_text(), new_hash, staff_id),
    )
