-- 0006 booking (交付予約): session rules, bookings, the people of each booking, the seats they hold,
-- and the history of every booking. Times are Japan local time: days 'YYYY-MM-DD', times 'HH:MM',
-- slot starts 'YYYY-MM-DDTHH:MM'. Settings live in `settings` ('booking.settings') and capacities in
-- `dated_settings` ('booking.capacity.<resource>').

-- Rules that write opening sessions into the office calendar (calendar_sessions.source =
-- 'booking-rule:<id>'): 第2土曜, 最終日曜, weekly evening desks, one-off extra days and closures.
CREATE TABLE booking_rules (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('nth_weekday', 'last_weekday', 'weekly', 'one_off', 'closure')),
    session_kind  TEXT NOT NULL CHECK (session_kind IN ('weekend', 'extra', 'closure')),
    weekdays      TEXT NOT NULL DEFAULT '',     -- '1,3' (0 = Monday) for weekly / nth / last rules
    nth           INTEGER CHECK (nth IS NULL OR nth BETWEEN 1 AND 5),
    day           TEXT,                         -- the date of a one-off rule
    except_months TEXT NOT NULL DEFAULT '',     -- '3,4': months the rule skips
    skip_holidays INTEGER NOT NULL DEFAULT 1 CHECK (skip_holidays IN (0, 1)),
    start_time    TEXT NOT NULL,
    end_time      TEXT NOT NULL,
    label         TEXT NOT NULL DEFAULT '',
    valid_from    TEXT,
    valid_to      TEXT,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    device_id     TEXT NOT NULL,
    CHECK (start_time < end_time),
    CHECK ((kind IN ('one_off', 'closure')) = (day IS NOT NULL))
) STRICT;

-- A booking: one service at one time for a party of 1..N residents (the booker is person 1).
CREATE TABLE bookings (
    id                 TEXT PRIMARY KEY,
    service            TEXT NOT NULL,            -- service key (desktop.core.services)
    resource           TEXT NOT NULL,            -- 'terminal' | 'desk' (the seats it holds)
    day                TEXT NOT NULL,
    start_time         TEXT NOT NULL,
    end_time           TEXT NOT NULL,            -- start + the slots held
    party_size         INTEGER NOT NULL CHECK (party_size >= 1),
    person_id          TEXT NOT NULL REFERENCES people(id),  -- the booker
    reservation_number TEXT CHECK (reservation_number IS NULL OR
                       reservation_number GLOB '[A-Z0-9][A-Z0-9][A-Z0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
    case_id            TEXT REFERENCES card_cases(id),
    notes              TEXT NOT NULL DEFAULT '',
    channel            TEXT NOT NULL CHECK (channel IN ('phone', 'desk', 'import')),
    external_id        TEXT,                     -- idempotence key of an import (or its row hash)
    state              TEXT NOT NULL CHECK (state IN ('active', 'cancelled')),
    created_by         TEXT REFERENCES staff(id),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    device_id          TEXT NOT NULL,
    CHECK (start_time < end_time)
) STRICT;
CREATE UNIQUE INDEX bookings_external ON bookings(external_id) WHERE external_id IS NOT NULL;
CREATE INDEX bookings_day ON bookings(day, start_time);
CREATE INDEX bookings_person ON bookings(person_id);
CREATE INDEX bookings_reservation ON bookings(reservation_number) WHERE reservation_number IS NOT NULL;

-- Each resident of a booking, with their own state. Service and day are copied here so that one
-- resident holds at most one live booking per service and day.
CREATE TABLE booking_people (
    id               TEXT PRIMARY KEY,
    booking_id       TEXT NOT NULL REFERENCES bookings(id),
    position         INTEGER NOT NULL CHECK (position >= 1),
    person_id        TEXT NOT NULL REFERENCES people(id),
    service          TEXT NOT NULL,
    day              TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('booked', 'checked_in', 'no_show', 'cancelled')),
    visit_id         TEXT REFERENCES visits(id),
    no_show_event_id TEXT REFERENCES events(id),
    no_show_exempt   INTEGER NOT NULL DEFAULT 0 CHECK (no_show_exempt IN (0, 1)), -- corrected by staff:
                                                  -- never marked again automatically
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    device_id        TEXT NOT NULL,
    UNIQUE (booking_id, position),
    UNIQUE (booking_id, person_id)
) STRICT;
CREATE UNIQUE INDEX booking_people_once ON booking_people(person_id, service, day) WHERE state <> 'cancelled';
CREATE INDEX booking_people_day ON booking_people(day, state);
CREATE INDEX booking_people_person ON booking_people(person_id);
CREATE INDEX booking_people_visit ON booking_people(visit_id) WHERE visit_id IS NOT NULL;

-- The seats a booked resident holds: one row per slot. The unique index is what makes over-booking
-- impossible: two desks (or two processes) taking the last seat of a slot cannot both insert it.
-- Seats are numbered 0 .. capacity-1 by the booking code, inside one BEGIN IMMEDIATE transaction.
CREATE TABLE booking_slots (
    id                TEXT PRIMARY KEY,
    booking_person_id TEXT NOT NULL REFERENCES booking_people(id),
    resource          TEXT NOT NULL,
    slot_start        TEXT NOT NULL,             -- 'YYYY-MM-DDTHH:MM' local time
    seat              INTEGER NOT NULL CHECK (seat >= 0),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    device_id         TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX booking_slots_seat ON booking_slots(resource, slot_start, seat);
CREATE INDEX booking_slots_person ON booking_slots(booking_person_id);

-- What happened to a booking, oldest first: made, moved, cancelled, checked in, no-show, corrected.
-- Rows are never edited (a retention purge may delete them with their booking).
CREATE TABLE booking_history (
    id          TEXT PRIMARY KEY,
    booking_id  TEXT NOT NULL REFERENCES bookings(id),
    action      TEXT NOT NULL CHECK (action IN ('booked', 'imported', 'rescheduled', 'cancelled', 'edited',
                'checked_in', 'no_show', 'no_show_corrected')),
    position    INTEGER,                        -- the resident concerned (NULL: the whole booking)
    from_day    TEXT,
    from_start  TEXT,
    to_day      TEXT,
    to_start    TEXT,
    override    TEXT NOT NULL DEFAULT '',       -- the rule staff overrode: 'window' | 'cancel_deadline'
    reason      TEXT NOT NULL DEFAULT '',       -- staff text (no 個人番号: refused on input)
    staff_id    TEXT REFERENCES staff(id),
    at          TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    device_id   TEXT NOT NULL
) STRICT;
CREATE INDEX booking_history_booking ON booking_history(booking_id, at);

CREATE TRIGGER booking_history_no_update BEFORE UPDATE ON booking_history
BEGIN
    SELECT RAISE(ABORT, 'booking history is append-only');
END;
