-- 0007 photo: the accepted application photo of a card case (or the record that an under-1 has none).
-- The JPEG itself is a file in the data folder (`file_ref`, relative, e.g. photos/2026/11/<id>.jpg);
-- this row keeps its checksum, size and the check results (keys, statuses, measured figures only).
-- A staff override of failed checks records the reason key and an optional note (staff text).
-- A retake replaces the current photo: its file is deleted at once (state 'replaced'). Retention
-- (`photos` rule) deletes the file of old photos and blanks file_ref, sha256 and the note (state
-- 'purged'); the row stays as a record that a photo was taken.
CREATE TABLE photos (
    id              TEXT PRIMARY KEY,
    case_id         TEXT NOT NULL REFERENCES card_cases(id),
    kind            TEXT NOT NULL CHECK (kind IN ('photo', 'waived')),   -- waived: under 1, card without photo
    state           TEXT NOT NULL CHECK (state IN ('current', 'replaced', 'purged')),
    source          TEXT NOT NULL CHECK (source IN ('camera', 'file', 'none')),
    file_ref        TEXT,
    sha256          TEXT,
    width           INTEGER,
    height          INTEGER,
    bytes           INTEGER,
    checks          TEXT NOT NULL DEFAULT '[]',   -- JSON [{key, status, value}]
    overridden      TEXT NOT NULL DEFAULT '',     -- comma-separated keys of failed checks accepted
    override_reason TEXT,                         -- desktop.jobs.photo.domain.checks.OverrideReason
    override_note   TEXT NOT NULL DEFAULT '',
    taken_at        TEXT NOT NULL,
    staff_id        TEXT REFERENCES staff(id),
    purged_at       TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    device_id       TEXT NOT NULL,
    CHECK (kind = 'photo' OR (file_ref IS NULL AND source = 'none')),
    CHECK (state <> 'current' OR kind = 'waived' OR file_ref IS NOT NULL),
    CHECK (overridden = '' OR override_reason IS NOT NULL)
) STRICT;
-- One current photo (or waiver) per case; a retake replaces it.
CREATE UNIQUE INDEX photos_one_current ON photos(case_id) WHERE state = 'current';
CREATE INDEX photos_case ON photos(case_id);
CREATE INDEX photos_taken ON photos(taken_at);
