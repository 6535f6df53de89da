"""The bundled fonts for documents: BIZ UDGothic, HanaMinA as a per-character fallback, 〓 for the rest.

Every PDF embeds TrueType fonts from `resources/fonts/` (reportlab's built-in CID fonts are not embedded
and show as boxes on a PC that lacks them). A name may hold a character the main face lacks (𠮷 U+20BB7):
`split_runs` cuts a string into runs by font, taking each character from the main face when it has it,
else from the fallback. A character neither font has becomes 〓 (U+3013, the 下駄記号 offices use for
exactly this), is logged by code point only (never the surrounding text: it may be a resident's name) and
is collected by the caller so staff are warned before printing (`Document.missing_chars`).

Coverage is read from each font's cmap as parsed by reportlab (`TTFontFile.charToGlyph`); fontTools is
not needed. Variation selectors (U+FE00–FE0F, U+E0100–E01EF, as in an IVS 葛󠄀) pick a glyph variant
that neither font can show: they are dropped and the base character prints; control characters print
as a space.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.platform.paths import resource

log = logging.getLogger(__name__)

MAIN = "BIZUDGothic"
MAIN_BOLD = "BIZUDGothic-Bold"
FALLBACK = "HanaMinA"
GETA = "\u3013"  # 〓: printed for a character no bundled font has

FONT_FILES: dict[str, str] = {
    MAIN: "BIZUDGothic-Regular.ttf",
    MAIN_BOLD: "BIZUDGothic-Bold.ttf",
    FALLBACK: "HanaMinA.ttf",
}

_lock = threading.Lock()


def font_path(name: str) -> Path:
    """The file of a bundled font, by its registered name (MAIN, MAIN_BOLD, FALLBACK)."""
    return resource("fonts", FONT_FILES[name])


@cache
def _load(name: str) -> TTFont:
    return TTFont(name, str(font_path(name)))


def register_fonts() -> None:
    """Register the bundled fonts with reportlab (idempotent, thread-safe; ~0.2 s the first time)."""
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name in FONT_FILES:
            if name not in registered:
                pdfmetrics.registerFont(_load(name))


@cache
def _cmap(name: str) -> frozenset[int]:
    return frozenset(_load(name).face.charToGlyph)


def has_glyph(font: str, char: str) -> bool:
    """Does this bundled font have a glyph for this one character (by its cmap)?"""
    return ord(char) in _cmap(font)


def coverage(text: str, font: str = MAIN) -> dict[str, bool]:
    """For each distinct character of `text`: whether `font` has it."""
    return {ch: has_glyph(font, ch) for ch in dict.fromkeys(text)}


def is_variation_selector(char: str) -> bool:
    cp = ord(char)
    return 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF


def font_for(char: str, *, bold: bool = False) -> str | None:
    """The font that prints `char`: the main face (bold if asked), else the fallback, else None."""
    main = MAIN_BOLD if bold else MAIN
    if has_glyph(main, char):
        return main
    if has_glyph(FALLBACK, char):
        return FALLBACK
    return None


def printable_chars(text: str) -> Iterable[str]:
    """The characters that are drawn: variation selectors dropped, controls as spaces."""
    for ch in text:
        if is_variation_selector(ch):
            continue
        if unicodedata.category(ch) == "Cc":
            yield " "
            continue
        yield ch


@dataclass(frozen=True)
class Run:
    """A piece of text drawn in one font."""

    font: str
    text: str


def split_runs(text: str, *, bold: bool = False, missing: set[str] | None = None) -> list[Run]:
    """Cut `text` into runs by font. Characters no font has become 〓 and are added to `missing`."""
    main = MAIN_BOLD if bold else MAIN
    runs: list[Run] = []
    cur_font = ""
    buf: list[str] = []
    for ch in printable_chars(text):
        font = font_for(ch, bold=bold)
        if font is None:
            if missing is not None:
                missing.add(ch)
            font, ch = main, GETA
        if font != cur_font and buf:
            runs.append(Run(cur_font, "".join(buf)))
            buf = []
        cur_font = font
        buf.append(ch)
    if buf:
        runs.append(Run(cur_font, "".join(buf)))
    return runs


def missing_chars(text: str) -> list[str]:
    """The distinct characters of `text` that no bundled font has (they would print as 〓)."""
    found: set[str] = set()
    split_runs(text, missing=found)
    return [ch for ch in dict.fromkeys(text) if ch in found]


def log_missing(chars: Iterable[str]) -> None:
    """Log characters no font has, by code point only (the text around them may be personal data)."""
    for ch in chars:
        log.warning("no bundled font has U+%04X; printed as U+3013", ord(ch))


def string_width(text: str, size: float, *, bold: bool = False) -> float:
    """Width in points of `text` as `Writer.draw_text` draws it."""
    register_fonts()
    return float(sum(pdfmetrics.stringWidth(r.text, r.font, size) for r in split_runs(text, bold=bold)))


def code_points(chars: Iterable[str]) -> str:
    """'U+20001, U+E000' — how a missing character is named to staff and in logs."""
    return ", ".join(f"U+{ord(ch):04X}" for ch in chars)
