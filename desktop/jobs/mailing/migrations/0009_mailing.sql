-- 0009 mailing: card arrival (カード受入), 交付通知書, mailing batches by 本人限定受取郵便 / 簡易書留.
-- The card case itself (state, reservation number, delivery method) lives in the kernel's card_cases;
-- these tables keep what the mailing job adds. They reference card cases only, never people, so the
-- kernel's retention unlinks a finished case from its resident and these rows become anonymous.
-- Dates (*_on) are LOCAL business dates in Asia/Tokyo (ISO text); *_at are ISO UTC moments.

-- One row per card that arrived from J-LIS: when, when its 交付前設定 was done, when its notice went out.
CREATE TABLE mailing_arrivals (
    id             TEXT PRIMARY KEY,
    case_id        TEXT NOT NULL UNIQUE REFERENCES card_cases(id),
    arrived_on     TEXT NOT NULL,
    configured_on  TEXT,                      -- 交付前設定 done
    notice_sent_on TEXT,                      -- 交付通知書 sent (collection at the counter)
    opened_here    INTEGER NOT NULL DEFAULT 0 CHECK (opened_here IN (0, 1)),  -- applied for elsewhere
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    device_id      TEXT NOT NULL,
    CHECK (configured_on IS NULL OR configured_on >= arrived_on),
    CHECK (notice_sent_on IS NULL OR configured_on IS NOT NULL)
) STRICT;
CREATE INDEX mailing_arrivals_arrived ON mailing_arrivals(arrived_on);

-- A mailing batch (発送): prepared (draft: items may be added, removed, numbered), then sent on a date.
CREATE TABLE mail_batches (
    id          TEXT PRIMARY KEY,
    number      INTEGER NOT NULL UNIQUE CHECK (number >= 1),   -- 発送番号, office-wide running number
    state       TEXT NOT NULL CHECK (state IN ('draft', 'sent')),
    prepared_at TEXT NOT NULL,                 -- dates the batch's documents (reprints are identical)
    sent_on     TEXT,
    staff_id    TEXT REFERENCES staff(id),     -- who prepared it
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    CHECK ((state = 'sent') = (sent_on IS NOT NULL))
) STRICT;

-- One mailed card. A card case is mailed at most once (the transition table has no way back).
CREATE TABLE mail_items (
    id              TEXT PRIMARY KEY,
    batch_id        TEXT NOT NULL REFERENCES mail_batches(id),
    case_id         TEXT NOT NULL UNIQUE REFERENCES card_cases(id),
    position        INTEGER NOT NULL CHECK (position >= 1),     -- order in the batch (list, labels)
    method          TEXT NOT NULL CHECK (method IN ('tokurei', 'kan_i_kakitome')),
    tracking_number TEXT CHECK (tracking_number IS NULL OR (length(tracking_number) BETWEEN 11 AND 13
                                AND tracking_number NOT GLOB '*[^0-9]*')),
    postage_yen     INTEGER CHECK (postage_yen IS NULL OR postage_yen >= 0),  -- price on the date sent
    sent_on         TEXT,
    delivered_on    TEXT,
    returned_on     TEXT,
    return_reason   TEXT CHECK (return_reason IS NULL OR
                                return_reason IN ('storage_expired', 'address_unknown', 'refused', 'other')),
    return_note     TEXT NOT NULL DEFAULT '',  -- staff text (guarded against 個人番号; blanked by retention)
    invited_on      TEXT,                      -- 来庁のご案内 printed
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    device_id       TEXT NOT NULL,
    CHECK ((sent_on IS NULL) = (postage_yen IS NULL)),
    CHECK (delivered_on IS NULL OR returned_on IS NULL),
    CHECK ((returned_on IS NULL) = (return_reason IS NULL)),
    CHECK (invited_on IS NULL OR returned_on IS NOT NULL)
) STRICT;
CREATE UNIQUE INDEX mail_items_tracking ON mail_items(tracking_number) WHERE tracking_number IS NOT NULL;
CREATE INDEX mail_items_batch ON mail_items(batch_id, position);
CREATE INDEX mail_items_sent ON mail_items(sent_on);
