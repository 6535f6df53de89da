"""The bundled fonts, per-character fallback and 〓 for characters no font has."""

from __future__ import annotations

import logging

import pytest

from desktop.platform.paths import resource
from desktop.printing import fonts
from desktop.printing.fonts import FALLBACK, GETA, MAIN, MAIN_BOLD, Run, split_runs

YOSHI = "\U00020bb7"  # 𠮷 (つちよし): not in BIZ UDGothic, in HanaMinA
NOWHERE = "\U00020001"  # a CJK Extension B character neither font has


def test_font_files_and_licences_are_bundled() -> None:
    for name in fonts.FONT_FILES:
        assert fonts.font_path(name).stat().st_size > 1_000_000
    readme = resource("fonts", "README.md").read_text(encoding="utf-8")
    for file in ["BIZUDGothic-Regular.ttf", "BIZUDGothic-Bold.ttf", "HanaMinA.ttf", "OFL-BIZUDGothic.txt",
                 "OFL-HanaMinA.txt"]:
        assert file in readme
        assert resource("fonts", file).exists()
    assert "SIL OPEN FONT LICENSE Version 1.1" in resource("fonts", "OFL-HanaMinA.txt").read_text("utf-8")


def test_coverage_from_the_cmap() -> None:
    assert fonts.coverage("髙﨑德辻邉齋" + YOSHI) == {**dict.fromkeys("髙﨑德辻邉齋", True), YOSHI: False}
    assert fonts.has_glyph(FALLBACK, YOSHI)
    assert fonts.has_glyph(MAIN, GETA)
    assert not fonts.has_glyph(MAIN, NOWHERE) and not fonts.has_glyph(FALLBACK, NOWHERE)


def test_runs_take_a_rare_character_from_the_fallback() -> None:
    assert split_runs(YOSHI + "田 一郎") == [Run(FALLBACK, YOSHI), Run(MAIN, "田 一郎")]
    assert split_runs("髙田", bold=True) == [Run(MAIN_BOLD, "髙田")]
    assert split_runs("") == []


def test_a_character_in_no_font_becomes_geta_and_is_reported() -> None:
    missing: set[str] = set()
    assert split_runs("山" + NOWHERE + "花子", missing=missing) == [Run(MAIN, "山" + GETA + "花子")]
    assert missing == {NOWHERE}
    assert fonts.missing_chars("山" + NOWHERE + "花子" + NOWHERE) == [NOWHERE]


def test_missing_characters_are_logged_by_code_point_only(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="desktop.printing.fonts"):
        fonts.log_missing([NOWHERE])
    assert "U+20001" in caplog.text
    assert NOWHERE not in caplog.text


def test_variation_selectors_are_dropped_and_controls_print_as_spaces() -> None:
    assert split_runs("葛\U000e0100城\t市") == [Run(MAIN, "葛城 市")]
    assert fonts.string_width("葛\U000e0100", 10) == pytest.approx(fonts.string_width("葛", 10))


def test_wrapping_breaks_between_characters_but_not_before_closing_punctuation() -> None:
    from desktop.printing.text import fit_size, text_width, wrap

    width = text_width("あいうえお", 10)
    assert wrap("あいうえおかきくけこ", width, 10) == ["あいうえお", "かきくけこ"]
    assert wrap("あいうえお。かきく", width, 10) == ["あいうえお。", "かきく"]  # 。 hangs
    assert wrap("ab cd efgh", text_width("ab cd ef", 10), 10) == ["ab cd", "efgh"]  # a Latin word stays whole
    assert wrap("一行目\n二行目", 1000, 10) == ["一行目", "二行目"]
    assert fit_size("あいうえお", width * 0.7, 10) == pytest.approx(7, abs=0.01)
    assert fit_size("あいうえお", width / 4, 10) == 6  # never below the minimum
    assert fit_size("あいうえお", width, 10) == 10
