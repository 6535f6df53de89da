"""Marking user-visible text in Qt-free code.

Core, store and job domains never import Qt, yet their messages must be translated. They mark a
message with `QT_TRANSLATE_NOOP("Context", "Source text")` — the same name Qt's lupdate recognises —
and the UI or CLI translates it when showing it (`desktop.i18n.tr`). The marker returns its text.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate needs this exact name
    return text
