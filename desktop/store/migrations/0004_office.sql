-- 0004 office model: sites (the office and pop-up venues), counters and terminals, tablets,
-- and the office calendar (overrides and sessions).

CREATE TABLE sites (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('office', 'venue')),
    name        TEXT NOT NULL,
    address     TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    device_id   TEXT NOT NULL
) STRICT;
