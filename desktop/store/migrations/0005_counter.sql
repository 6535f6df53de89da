-- 0005 the counter's shared records: count events, visits (queue numbers) and card cases.
-- Site columns hold the site the work was done at: the context's site, else the office row of `sites`,
-- else NULL (an office with no site row yet). Unique indexes fold NULL to '' so NULL sites collide too.

-- Countable acts: append-only. A correction is a new `void` event naming the one it cancels
-- (`voids`); a void may itself be voided (restores the original); an event is voided at most once.
-- Events carry record ids only, never personal values, so retention purges keep them.
CREATE TABLE events (
    id               TEXT PRIMARY KEY,
    kind             TEXT NOT NULL,           -- count-kind key (desktop.core.counts)
    business_date    TEXT NOT NULL,           -- LOCAL date in Asia/Tokyo (ISO), not the UTC date
    at               TEXT NOT NULL,           -- ISO UTC moment
    site_id          TEXT REFERENCES sites(id),
    venue_session_id TEXT,                    -- pop-up venue session, when the act happened at one
    staff_id         TEXT REFERENCES staff(id),
    device_id        TEXT NOT NULL,
    record_id        TEXT,                    -- the counted record (visit, case, booking ...)
    value            INTEGER,                 -- optional integer, e.g. minutes
    voids            TEXT REFERENCES events(id),
    reason           TEXT NOT NULL DEFAULT '', -- why a void was made (staff text; no personal data)
    created_at       TEXT NOT NULL,
    CHECK ((kind = 'void') = (voids IS NOT NULL)),
    CHECK (voids IS NULL OR voids <> id)
) STRICT;
CREATE INDEX events_date_kind ON events(business_date, kind);
CREATE INDEX events_record ON events(record_id);
CREATE UNIQUE INDEX events_voided_once ON events(voids) WHERE voids IS NOT NULL;

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are immutable: append a void event instead');
END;

CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are immutable: append a void event instead');
END;

-- Visits: one per person, service and business day, numbered per site and day (受付番号 from 1).
CREATE TABLE visits (
    id            TEXT PRIMARY KEY,
    person_id     TEXT NOT NULL REFERENCES people(id),
    service       TEXT NOT NULL,              -- service key (desktop.core.services)
    business_date TEXT NOT NULL,              -- local date (ISO)
    site_id       TEXT REFERENCES sites(id),
    number        INTEGER NOT NULL CHECK (number >= 1),
    state         TEXT NOT NULL CHECK (state IN ('waiting', 'serving', 'done', 'absent')),
    group_id      TEXT NOT NULL,              -- visits checked in together (a family) share it
    booking_id    TEXT,                       -- the booking it came from (booking job), if any
    note          TEXT NOT NULL DEFAULT '',
    checked_in_at TEXT NOT NULL,
    started_at    TEXT,
    finished_at   TEXT,
    staff_id      TEXT REFERENCES staff(id),  -- who served it last
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    device_id     TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX visits_once_a_day ON visits(person_id, service, business_date);
CREATE UNIQUE INDEX visits_number ON visits(coalesce(site_id, ''), business_date, number);
CREATE INDEX visits_date ON visits(business_date, state);
CREATE INDEX visits_booking ON visits(booking_id) WHERE booking_id IS NOT NULL;

-- Card cases: one per resident's card, from application (or arrival) to handover or disposal.
CREATE TABLE card_cases (
    id                 TEXT PRIMARY KEY,
    person_id          TEXT REFERENCES people(id),   -- NULL once retention cleared the link
    application_id     TEXT CHECK (application_id IS NULL OR
                                   (length(application_id) = 23 AND application_id NOT GLOB '*[^0-9]*')),
    reservation_number TEXT CHECK (reservation_number IS NULL OR
                                   reservation_number GLOB '[A-Z0-9][A-Z0-9][A-Z0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
    delivery_method    TEXT NOT NULL DEFAULT 'counter'
                       CHECK (delivery_method IN ('counter', 'tokurei', 'kan_i_kakitome')),
    identity_checked_at_application INTEGER NOT NULL DEFAULT 0
                       CHECK (identity_checked_at_application IN (0, 1)),
    identity_result    TEXT,                  -- JSON {"rule": key, "documents": [keys]}: never numbers or images
    photo_ref          TEXT,                  -- reference to the chosen photo (file path or blob id)
    state              TEXT NOT NULL CHECK (state IN ('received', 'applied', 'suspended', 'arrived',
                       'configured', 'notified', 'mailed', 'delivered', 'returned', 'invited',
                       'handed_over', 'disposed')),
    state_at           TEXT NOT NULL,         -- ISO UTC of entering the current state
    opened_by          TEXT NOT NULL,         -- owner job key that opened it
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    device_id          TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX card_cases_reservation ON card_cases(reservation_number)
    WHERE reservation_number IS NOT NULL;
CREATE INDEX card_cases_application ON card_cases(application_id) WHERE application_id IS NOT NULL;
CREATE INDEX card_cases_state ON card_cases(state, state_at);
CREATE INDEX card_cases_person ON card_cases(person_id);

CREATE TABLE card_case_history (
    id         TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES card_cases(id),
    from_state TEXT,                          -- NULL for the opening entry
    to_state   TEXT NOT NULL,
    owner      TEXT NOT NULL,                 -- job that made the move
    staff_id   TEXT REFERENCES staff(id),
    at         TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id  TEXT NOT NULL
) STRICT;
CREATE INDEX card_case_history_case ON card_case_history(case_id, at);
