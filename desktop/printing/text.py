"""Measuring and wrapping text in the bundled fonts (Japanese breaks between any two characters)."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from desktop.printing.fonts import GETA, MAIN, MAIN_BOLD, font_for, printable_chars, register_fonts

# Characters that must not start a line (行頭禁則): they hang at the end of the previous line instead.
NO_LINE_START = frozenset("、。，．,.・：；:;？！?!）)」』】〕〉》ー々ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ")

# Vertical metrics of BIZ UDGothic as a fraction of the font size: baseline below the top of the em box.
ASCENT = 0.88


def char_width(ch: str, size: float, bold: bool = False) -> float:
    font = font_for(ch, bold=bold)
    if font is None:
        font, ch = (MAIN_BOLD if bold else MAIN), GETA
    return float(pdfmetrics.stringWidth(ch, font, size))


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    register_fonts()
    return sum(char_width(ch, size, bold) for ch in printable_chars(text))


def wrap(text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
    """Lines of `text` no wider than `width` (an explicit newline always breaks; never returns [])."""
    register_fonts()
    out: list[str] = []
    for para in text.split("\n"):
        out.extend(_wrap_paragraph(para, width, size, bold))
    return out or [""]


def _wrap_paragraph(para: str, width: float, size: float, bold: bool) -> list[str]:
    lines: list[str] = []
    line: list[str] = []
    used = 0.0
    for ch in para:
        w = sum(char_width(c, size, bold) for c in printable_chars(ch))  # 0 for a variation selector
        if line and used + w > width and ch not in NO_LINE_START:
            tail: list[str] = []
            if ch.isascii() and ch.isalnum() and " " in line:
                # Keep a Latin word together: move it from after the last space to the next line.
                cut = len(line) - line[::-1].index(" ")
                tail = line[cut:]
                line = line[:cut]
            lines.append("".join(line).rstrip())
            line = tail
            used = sum(char_width(c, size, bold) for c in line)
            if not line and ch == " ":
                continue
        line.append(ch)
        used += w
    lines.append("".join(line).rstrip())
    return lines


def fit_size(text: str, width: float, size: float, *, bold: bool = False, minimum: float = 6.0) -> float:
    """The largest size <= `size` at which `text` fits on one line of `width` (never below `minimum`)."""
    natural = text_width(text, size, bold=bold)
    if natural <= width or natural == 0:
        return size
    return max(minimum, size * width / natural)
