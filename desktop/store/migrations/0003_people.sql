-- 0003 people: residents as entered at the counter. NEVER the 12-digit 個人番号.

CREATE TABLE people (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,           -- 氏名 exactly as typed (rare kanji kept)
    kana        TEXT NOT NULL,           -- フリガナ as typed
    kana_key    TEXT NOT NULL,           -- normalised search key (width + hiragana/katakana folded)
    birth_date  TEXT,                    -- ISO date (西暦)
    phone       TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    device_id   TEXT NOT NULL
) STRICT;
CREATE INDEX people_kana_key ON people(kana_key);
CREATE INDEX people_birth ON people(birth_date);
CREATE INDEX people_phone ON people(phone);
