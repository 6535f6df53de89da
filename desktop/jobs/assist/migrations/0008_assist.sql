-- 0008 the assistance job (申請サポート): one record per card case assisted, and pop-up venue sessions.
-- What the counter records about an assisted application beyond the kernel's card case: the steps
-- reached, the choices, the contact used for the online application, the time taken. Only ticks and
-- document-type KEYS: never a PIN (there is no column that could hold one), a document number, an image
-- or a 個人番号 — the free-text columns refuse a run of 12 digits here too.
-- `person_id`, `visit_id`, `phone`, `questions` and `suspend_reason` are the personal parts the
-- retention rule `assist_records` clears; counts live in `events` and survive.

-- 出張申請の会場の開催: a pop-up venue session. Its id IS the calendar session's id (kind 'extra', at the
-- venue's site), so the kernel's calendar, the events' `venue_session_id` and this row share one id.
CREATE TABLE assist_venue_sessions (
    id          TEXT PRIMARY KEY REFERENCES calendar_sessions(id),
    site_id     TEXT NOT NULL REFERENCES sites(id),
    day         TEXT NOT NULL,                 -- local date (ISO)
    venue_type  TEXT NOT NULL CHECK (venue_type IN ('company', 'community_centre', 'shopping_centre',
                                                    'care_facility', 'home_visit', 'other')),
    staff_ids   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(staff_ids)),   -- JSON list of staff ids
    tablets     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tablets)),     -- JSON list of tablet numbers
    note        TEXT NOT NULL DEFAULT ''
                CHECK (note NOT GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*'),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    device_id   TEXT NOT NULL
) STRICT;
CREATE INDEX assist_venue_sessions_day ON assist_venue_sessions(day);
CREATE INDEX assist_venue_sessions_site ON assist_venue_sessions(site_id, day);

CREATE TABLE assist_records (
    id                   TEXT PRIMARY KEY,
    case_id              TEXT NOT NULL REFERENCES card_cases(id),
    person_id            TEXT REFERENCES people(id),
    visit_id             TEXT REFERENCES visits(id),
    site_id              TEXT REFERENCES sites(id),
    venue_session_id     TEXT REFERENCES assist_venue_sessions(id),
    business_date        TEXT NOT NULL,        -- 申請日: local date the application was begun (finished, once done)
    queue_number         INTEGER CHECK (queue_number IS NULL OR queue_number >= 1),   -- 受付番号
    ticket_printed       INTEGER NOT NULL DEFAULT 0 CHECK (ticket_printed IN (0, 1)),
    questions            TEXT NOT NULL DEFAULT ''
                         CHECK (questions NOT GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*'),
    form                 TEXT CHECK (form IN ('typed', 'qr', 'scanner', 'reissue')),
    photo                TEXT CHECK (photo IN ('taken', 'brought', 'none_under_one')),
    terms_explained      INTEGER NOT NULL DEFAULT 0 CHECK (terms_explained IN (0, 1)),
    cert_wanted          INTEGER NOT NULL DEFAULT 1 CHECK (cert_wanted IN (0, 1)),      -- 電子証明書
    braille              INTEGER NOT NULL DEFAULT 0 CHECK (braille IN (0, 1)),          -- 点字
    face_auth            INTEGER NOT NULL DEFAULT 0 CHECK (face_auth IN (0, 1)),        -- 顔認証カード
    mailed_later         INTEGER NOT NULL DEFAULT 0 CHECK (mailed_later IN (0, 1)),     -- 申請時来庁方式
    identity_documents   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(identity_documents)),  -- type KEYS
    pin_typed            INTEGER NOT NULL DEFAULT 0 CHECK (pin_typed IN (0, 1)),  -- a tick, never a PIN
    id_copy_consent      INTEGER NOT NULL DEFAULT 0 CHECK (id_copy_consent IN (0, 1)),
    pin_request_received INTEGER NOT NULL DEFAULT 0 CHECK (pin_request_received IN (0, 1)),  -- sealed 依頼書
    delivery_method      TEXT CHECK (delivery_method IN ('counter', 'tokurei', 'kan_i_kakitome')),
    name_confirmed       INTEGER NOT NULL DEFAULT 0 CHECK (name_confirmed IN (0, 1)),
    kana_confirmed       INTEGER NOT NULL DEFAULT 0 CHECK (kana_confirmed IN (0, 1)),
    postal_confirmed     INTEGER NOT NULL DEFAULT 0 CHECK (postal_confirmed IN (0, 1)),
    address_confirmed    INTEGER NOT NULL DEFAULT 0 CHECK (address_confirmed IN (0, 1)),
    phone                TEXT NOT NULL DEFAULT '' CHECK (phone NOT GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*'),
    tablet               TEXT NOT NULL DEFAULT '',
    tablet_mail          TEXT NOT NULL DEFAULT '',
    contact_name         TEXT NOT NULL DEFAULT '',  -- 「市民課+受付番号」
    channel              TEXT CHECK (channel IN ('online', 'paper')),
    applied_at           TEXT,                 -- ISO UTC the online application was sent (or the paper form done)
    guidance_explained   INTEGER NOT NULL DEFAULT 0 CHECK (guidance_explained IN (0, 1)),
    slip_printed         INTEGER NOT NULL DEFAULT 0 CHECK (slip_printed IN (0, 1)),
    step                 TEXT NOT NULL DEFAULT 'reception' CHECK (step IN ('reception', 'form', 'photo',
                         'explain', 'identity', 'contact', 'apply', 'guidance')),  -- the step reached
    status               TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'suspended', 'done')),
    suspend_reason       TEXT NOT NULL DEFAULT ''
                         CHECK (suspend_reason NOT GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*'),
    started_at           TEXT NOT NULL,        -- ISO UTC
    segment_started_at   TEXT,                 -- ISO UTC of the current stretch of work (NULL while stopped)
    active_seconds       INTEGER NOT NULL DEFAULT 0 CHECK (active_seconds >= 0),  -- time taken so far
    finished_at          TEXT,
    minutes              INTEGER CHECK (minutes IS NULL OR minutes >= 0),  -- time taken, once done
    staff_id             TEXT REFERENCES staff(id),      -- who worked on it last
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    device_id            TEXT NOT NULL,
    CHECK (person_id IS NOT NULL OR visit_id IS NULL),
    CHECK ((status = 'done') = (finished_at IS NOT NULL)),
    CHECK (status <> 'open' OR segment_started_at IS NOT NULL),
    CHECK (mailed_later = 1 OR delivery_method IS NULL OR delivery_method = 'counter')
) STRICT;
CREATE UNIQUE INDEX assist_records_case ON assist_records(case_id);
CREATE INDEX assist_records_date ON assist_records(business_date, status);
CREATE INDEX assist_records_status ON assist_records(status) WHERE status <> 'done';
CREATE INDEX assist_records_person ON assist_records(person_id) WHERE person_id IS NOT NULL;
CREATE INDEX assist_records_venue ON assist_records(venue_session_id) WHERE venue_session_id IS NOT NULL;
