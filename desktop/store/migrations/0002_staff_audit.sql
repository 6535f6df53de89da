-- 0002 staff accounts and the audit trail.

CREATE TABLE staff (
    id            TEXT PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('counter', 'supervisor', 'admin')),
    password_hash TEXT NOT NULL,        -- argon2id
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until  TEXT,                 -- ISO UTC, set by the login-protection rule
    last_login_at TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    device_id     TEXT NOT NULL
) STRICT;

-- Append-only audit trail: who, when, device, which record, what action. Never search text or
-- personal values. One hash chain per device: hash = sha256(prev_hash || canonical row).
CREATE TABLE audit_log (
    id          TEXT PRIMARY KEY,
    device_id   TEXT NOT NULL,
    seq         INTEGER NOT NULL,       -- 1, 2, 3 ... per device
    at          TEXT NOT NULL,          -- ISO UTC
    staff_id    TEXT,
    login       TEXT NOT NULL,
    action      TEXT NOT NULL,          -- view | create | update | delete | print | export | login ...
    entity      TEXT NOT NULL,          -- person | card_case | visit | staff | settings | ...
    entity_id   TEXT,
    detail      TEXT NOT NULL DEFAULT '', -- never personal data: field names, counts, document kinds
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL,
    UNIQUE (device_id, seq)
) STRICT;
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
