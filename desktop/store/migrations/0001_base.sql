-- 0001 base: facts about this database file, this device, and the office's settings.
-- Record tables elsewhere follow the same shape: id TEXT (UUIDv7) PRIMARY KEY, created_at/updated_at
-- as ISO-8601 UTC text, device_id of the writing device.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
-- keys: device_id (this PC's id), office_kind ('real' | 'demo'), created_at, demo_seed

CREATE TABLE devices (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

-- Plain settings: one JSON value per key (office profile, rules, retention periods, UI language...).
CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,          -- JSON
    updated_at TEXT NOT NULL,
    device_id  TEXT NOT NULL
) STRICT;

-- Dated settings: values that change over time; the value in force on a date is the row with the
-- greatest valid_from <= that date (population as of 1 January, staffing per month, postage prices...).
CREATE TABLE dated_settings (
    id         TEXT PRIMARY KEY,
    key        TEXT NOT NULL,
    valid_from TEXT NOT NULL,          -- ISO date (local business date)
    value      TEXT NOT NULL,          -- JSON
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id  TEXT NOT NULL,
    UNIQUE (key, valid_from)
) STRICT;
