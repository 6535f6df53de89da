-- 0010 the handover job: handovers (交付), walk-in services, unclaimed-card letters and disposals.
-- Only document-type KEYS and the identity rule met are stored: never a document number, an image,
-- a PIN or a 個人番号. The one free-text column (note) refuses a run of 12 digits here too.
-- `person_id` and `visit_id` are the personal links the retention rule `handover_records` clears
-- (both together: a visit is only ever referenced while its person is).

CREATE TABLE handovers (
    id                    TEXT PRIMARY KEY,
    case_id               TEXT NOT NULL REFERENCES card_cases(id),
    visit_id              TEXT REFERENCES visits(id),
    person_id             TEXT REFERENCES people(id),
    business_date         TEXT NOT NULL,      -- local date (Asia/Tokyo)
    handed_at             TEXT NOT NULL,      -- ISO UTC
    notice_brought        INTEGER NOT NULL CHECK (notice_brought IN (0, 1)),
    notice_absence        TEXT CHECK (notice_absence IN ('lost', 'forgotten')),
    identity_rule         TEXT NOT NULL CHECK (identity_rule IN ('A', 'B+B', 'A+A', 'A+B', 'photo+B')),
    identity_documents    TEXT NOT NULL CHECK (json_valid(identity_documents)),  -- JSON list of keys
    proxy_reason          TEXT CHECK (proxy_reason IN ('under_15', 'age_75', 'pregnancy', 'hospital',
                          'disability', 'care_facility', 'need_of_care', 'business_trip', 'study_abroad',
                          'other')),
    proxy_proof           TEXT,
    proxy_identity_rule   TEXT CHECK (proxy_identity_rule IN ('A+A', 'A+B')),
    proxy_documents       TEXT CHECK (proxy_documents IS NULL OR json_valid(proxy_documents)),
    power_of_attorney     INTEGER NOT NULL DEFAULT 0 CHECK (power_of_attorney IN (0, 1)),
    collected_notice_card INTEGER NOT NULL DEFAULT 0 CHECK (collected_notice_card IN (0, 1)),
    collected_juki_card   INTEGER NOT NULL DEFAULT 0 CHECK (collected_juki_card IN (0, 1)),
    face_auth             INTEGER NOT NULL DEFAULT 0 CHECK (face_auth IN (0, 1)),
    pins_set              INTEGER NOT NULL DEFAULT 0 CHECK (pins_set IN (0, 1)),  -- a tick, never a PIN
    cert_signature        INTEGER NOT NULL DEFAULT 0 CHECK (cert_signature IN (0, 1)),
    cert_user             INTEGER NOT NULL DEFAULT 0 CHECK (cert_user IN (0, 1)),
    terminal              TEXT NOT NULL,
    note                  TEXT NOT NULL DEFAULT ''
                          CHECK (note NOT GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*'),
    staff_id              TEXT REFERENCES staff(id),
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    device_id             TEXT NOT NULL,
    CHECK (person_id IS NOT NULL OR visit_id IS NULL),
    CHECK ((proxy_reason IS NULL) = (proxy_identity_rule IS NULL)),
    CHECK (notice_brought = 1 OR notice_absence IS NOT NULL),
    CHECK (face_auth = 0 OR cert_signature = 0)
) STRICT;
CREATE UNIQUE INDEX handovers_case ON handovers(case_id);
CREATE INDEX handovers_date ON handovers(business_date);
CREATE INDEX handovers_person ON handovers(person_id) WHERE person_id IS NOT NULL;
CREATE INDEX handovers_visit ON handovers(visit_id) WHERE visit_id IS NOT NULL;

-- Walk-in services: one per visit (the visit's service is the count kind recorded).
CREATE TABLE walkin_services (
    id                 TEXT PRIMARY KEY,
    visit_id           TEXT REFERENCES visits(id),
    person_id          TEXT REFERENCES people(id),
    service            TEXT NOT NULL CHECK (service IN ('cert_renewal', 'pin_reset', 'pin_change', 'card_update')),
    detail             TEXT NOT NULL,
    business_date      TEXT NOT NULL,
    done_at            TEXT NOT NULL,
    identity_rule      TEXT NOT NULL CHECK (identity_rule IN ('A', 'B+B', 'A+A', 'A+B', 'photo+B')),
    identity_documents TEXT NOT NULL CHECK (json_valid(identity_documents)),
    note               TEXT NOT NULL DEFAULT ''
                       CHECK (note NOT GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*'),
    staff_id           TEXT REFERENCES staff(id),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    device_id          TEXT NOT NULL,
    CHECK (person_id IS NOT NULL OR visit_id IS NULL)
) STRICT;
CREATE UNIQUE INDEX walkin_services_visit ON walkin_services(visit_id) WHERE visit_id IS NOT NULL;
CREATE INDEX walkin_services_date ON walkin_services(business_date, service);
CREATE INDEX walkin_services_person ON walkin_services(person_id) WHERE person_id IS NOT NULL;

-- Letters about an unclaimed card: reminders (再通知) sent, and returned mail (返戻). The original
-- notice gets a row (kind 'notice') only when it comes back.
CREATE TABLE handover_letters (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES card_cases(id),
    kind        TEXT NOT NULL CHECK (kind IN ('notice', 'reminder')),
    sent_on     TEXT NOT NULL,               -- local date
    returned_on TEXT,                        -- local date the letter came back, if it did
    staff_id    TEXT REFERENCES staff(id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    CHECK (returned_on IS NULL OR returned_on >= sent_on)
) STRICT;
CREATE UNIQUE INDEX handover_letters_once_a_day ON handover_letters(case_id, kind, sent_on);
CREATE INDEX handover_letters_case ON handover_letters(case_id, sent_on);

-- Disposals (廃棄) confirmed by a supervisor, in batches that print as one list.
CREATE TABLE handover_disposals (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES card_cases(id),
    batch_id    TEXT NOT NULL,
    disposed_on TEXT NOT NULL,               -- local date
    due_on      TEXT NOT NULL,               -- the date the rule allowed it from
    first_notice_on TEXT NOT NULL,
    last_reminder_on TEXT,
    staff_id    TEXT REFERENCES staff(id),   -- the supervisor who confirmed
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    CHECK (disposed_on >= due_on)
) STRICT;
CREATE UNIQUE INDEX handover_disposals_case ON handover_disposals(case_id);
CREATE INDEX handover_disposals_batch ON handover_disposals(batch_id);
