-- 0004 office model: sites (the office and pop-up venues) and the office calendar (overrides and
-- sessions). The office profile (counters, terminals, tablets, hours) is one JSON setting
-- ('office.profile'); values that change over time are dated_settings (0001).

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
-- exactly one main office; venue names are unique
CREATE UNIQUE INDEX sites_one_office ON sites(kind) WHERE kind = 'office';
CREATE UNIQUE INDEX sites_venue_name ON sites(name) WHERE kind = 'venue';

-- An administrator's decision for one date: forced open or closed, with a reason.
CREATE TABLE calendar_overrides (
    id          TEXT PRIMARY KEY,
    day         TEXT NOT NULL UNIQUE,     -- ISO date (local business date)
    open        INTEGER NOT NULL CHECK (open IN (0, 1)),
    reason      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    device_id   TEXT NOT NULL
) STRICT;

-- Opening sessions of one date at one site (NULL = the main office): regular hours, weekend
-- (休日開庁) and extra sessions, one-off closures. Written by hand or by the booking job's rules
-- (`source` = the rule's key), so re-running a rule cannot duplicate a session.
CREATE TABLE calendar_sessions (
    id          TEXT PRIMARY KEY,
    day         TEXT NOT NULL,            -- ISO date (local business date)
    kind        TEXT NOT NULL CHECK (kind IN ('regular', 'weekend', 'extra', 'closure')),
    start_time  TEXT NOT NULL,            -- HH:MM (Japan time)
    end_time    TEXT NOT NULL,            -- HH:MM
    site_id     TEXT REFERENCES sites(id),
    label       TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    CHECK (start_time < end_time)
) STRICT;
CREATE UNIQUE INDEX calendar_sessions_unique
    ON calendar_sessions(day, COALESCE(site_id, ''), kind, start_time);
CREATE INDEX calendar_sessions_site_day ON calendar_sessions(site_id, day);
