-- 0003 people: residents as entered at the counter. NEVER the 12-digit 個人番号.

CREATE TABLE people (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL CHECK (name <> ''),  -- 氏名 exactly as typed (rare kanji kept)
    kana        TEXT NOT NULL DEFAULT '',          -- フリガナ as typed
    kana_key    TEXT NOT NULL DEFAULT '',          -- normalised search key (width + hiragana/katakana folded)
    birth_date  TEXT CHECK (birth_date IS NULL OR birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    phone       TEXT NOT NULL DEFAULT '',          -- half-width digits and hyphens
    postal_code TEXT NOT NULL DEFAULT '',          -- 123-4567 or ''
    address     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    device_id   TEXT NOT NULL
) STRICT;
-- (kana_key, birth_date) serves both the kana prefix search and the duplicate suggestion.
CREATE INDEX people_kana_key ON people(kana_key, birth_date);
CREATE INDEX people_birth ON people(birth_date);
CREATE INDEX people_phone ON people(phone);
