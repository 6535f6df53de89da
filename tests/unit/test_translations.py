"""Japanese is complete and current: a stale .ts or a message without Japanese fails here."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from desktop import i18n, i18n_tools
from desktop.platform.paths import resource


def test_ts_file_is_current(tmp_path: Path) -> None:
    committed = resource("translations", "madoguchi_ja.ts")
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    i18n_tools.run_lupdate(fresh, "ja")
    now, then = fresh.read_text(encoding="utf-8"), committed.read_text(encoding="utf-8")
    if now != then:
        diff = difflib.unified_diff(then.splitlines(), now.splitlines(), "committed", "from sources", n=1)
        pytest.fail(
            "resources/translations/madoguchi_ja.ts is stale: run installer/update-translations.sh "
            "and translate the new messages.\n" + "\n".join(list(diff)[:60]),
            pytrace=False,
        )


def test_every_message_has_japanese() -> None:
    missing = i18n_tools.untranslated(resource("translations", "madoguchi_ja.ts"))
    assert missing == [], f"{len(missing)} message(s) lack Japanese, e.g. {missing[:5]}"


def test_placeholders_survive_translation() -> None:
    assert i18n_tools.placeholder_mismatches(resource("translations", "madoguchi_ja.ts")) == []


def test_japanese_is_default_and_english_selectable() -> None:
    assert i18n.DEFAULT_LANGUAGE == "ja"
    try:
        i18n.set_language("ja")
        assert i18n.translate("Role", "Administrator") == "管理者"
        i18n.set_language("en")
        assert i18n.translate("Role", "Administrator") == "Administrator"
    finally:
        i18n.set_language("en")
