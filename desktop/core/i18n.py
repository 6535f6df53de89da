"""Marking user-visible text in Qt-free code.

Core, store and job domains never import Qt, yet their messages must be translated. They mark a
message with `QT_TRANSLATE_NOOP("Context", "Source text")` — the same name Qt's lupdate recognises —
and the UI or CLI translates it when showing it (`desktop.i18n.tr_error`, `desktop.i18n.tr_text`).

The marker returns a `TrText`: a plain `str` that remembers its context, so a label passed as a
parameter of an error message (a service name, a case state) is translated too when shown.
"""

from __future__ import annotations


class TrText(str):
    """A source string that knows its translation context."""

    context: str = ""

    def __new__(cls, context: str, text: str) -> TrText:
        obj = super().__new__(cls, text)
        obj.context = context
        return obj

    def __reduce__(self) -> tuple[type[TrText], tuple[str, str]]:
        return (TrText, (self.context, str(self)))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate needs this exact name
    return TrText(context, text)
