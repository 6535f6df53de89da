"""Translations: Japanese is the default, English the source language.

The `.ts` files in `resources/translations/` are the single source of truth (kept current by
`pyside6-lupdate`, edited with Qt Linguist); no generated `.qm` file is committed. Qt's `tr()` reads a
`.qm` compiled from the `.ts` by Qt's lrelease into the user cache (`qm_file`; a frozen bundle ships
its own). `translate()` serves the CLI and Qt-free messages (`DomainError` templates, labels marked
with `QT_TRANSLATE_NOOP`): from the `.ts` itself, read on first use; in the GUI, once the application
has installed its translator (`use_qt_catalogue`), from Qt's catalogue instead, so a start never
parses the `.ts`. Qt's own dialogs follow through `qtbase_<lang>.qm` shipped with PySide6.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.platform.paths import resource

log = logging.getLogger(__name__)

LANGUAGES = ("ja", "en")
DEFAULT_LANGUAGE = "ja"

_catalog: dict[tuple[str, str], str] | None = {}  # None: read from the .ts on first use
_language = "en"
_qt_translate: Callable[..., str] | None = None  # QCoreApplication.translate, after use_qt_catalogue()


def ts_path(lang: str) -> Path:
    return resource("translations", f"madoguchi_{lang}.ts")


def load_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for every finished (or unfinished but filled) message."""
    import xml.etree.ElementTree as ET

    out: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr_el = msg.find("translation")
            if tr_el is None:
                continue
            if tr_el.get("type") in ("obsolete", "vanished"):
                continue
            numerus = tr_el.findall("numerusform")
            text = (numerus[0].text if numerus else tr_el.text) or ""
            if text:
                out[(name, source)] = text
    return out


def set_language(lang: str) -> None:
    """Make `lang` the language of `translate()` (its .ts is read when first needed)."""
    global _catalog, _language, _qt_translate
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    _language = lang
    _catalog = {} if lang == "en" else None
    _qt_translate = None


def use_qt_catalogue() -> None:
    """Serve `translate()` from the translators installed in the Qt application (the GUI, after
    `desktop.app.install_translators` installed ours): the same texts, compiled, without reading the .ts."""
    global _qt_translate
    from PySide6.QtCore import QCoreApplication

    _qt_translate = QCoreApplication.translate


def _read_catalogue(lang: str) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET

    path = ts_path(lang)
    try:
        return load_ts(path)
    except (OSError, ET.ParseError):
        log.exception("translation file unreadable: %s", path.name)
        return {}


def language() -> str:
    return _language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a source string in a context (lupdate extracts calls to this name)."""
    global _catalog
    if _qt_translate is not None:
        return _qt_translate(context, text, disambiguation, n)
    catalog = _catalog
    if catalog is None:
        catalog = _catalog = _read_catalogue(_language)
    return catalog.get((context, text), text)


def tr_error(err: Any) -> str:
    """The translated, filled-in message of a DomainError (or any exception, as a fallback)."""
    template = getattr(err, "template", None)
    if template is None:
        return str(err)
    text = translate(getattr(err, "context", "Errors"), template)
    params = {k: (translate_value(v)) for k, v in getattr(err, "params", {}).items()}
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


def translate_value(value: Any) -> Any:
    """A parameter of a message: a marked label (TrText) is translated, anything else is kept."""
    from desktop.core.i18n import TrText

    if isinstance(value, TrText):
        return translate(value.context, str(value))
    return value


def tr_text(value: str) -> str:
    """Translate a label marked with QT_TRANSLATE_NOOP (its context travels with it)."""
    return str(translate_value(value))


def qm_file(lang: str) -> Path | None:
    """The compiled catalogue Qt loads for `lang`: shipped beside the .ts in a frozen bundle, or compiled
    from the .ts with Qt's lrelease into the user cache (named by the .ts's size and time)."""
    ts = ts_path(lang)
    shipped = ts.with_suffix(".qm")
    frozen = getattr(sys, "frozen", False)  # a bundle ships the .qm compiled from its own .ts
    if shipped.exists() and (frozen or not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.exists():
        return None
    import platformdirs

    # named by the .ts's size and modification time (a changed .ts is compiled again; hashing its
    # content at every start would cost more than the rest of reading the translation)
    stat = ts.stat()
    cache = Path(platformdirs.user_cache_dir("Madoguchi", appauthor=False)) / "translations"
    target = cache / f"madoguchi_{lang}-{stat.st_size}-{stat.st_mtime_ns}.qm"
    if target.exists():
        return target
    import shutil
    import subprocess

    exe = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease"
    )
    if exe is None:
        log.error("no compiled translation for %s and no lrelease to build it", lang)
        return None
    cache.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    try:
        subprocess.run([exe, "-silent", str(ts), "-qm", str(tmp)], check=True, capture_output=True)
        tmp.replace(target)
    except (OSError, subprocess.CalledProcessError):
        log.exception("compiling the %s translation failed", lang)
        return None
    return target


def make_qt_translator() -> Any:
    """A QTranslator with the current language's catalogue for Qt's tr() (None for English).

    Qt reads a compiled .qm: overriding QTranslator.translate in Python is avoided on purpose
    (PySide6 6.12 loses a reference to None on every such call with no disambiguation, which
    crashes the interpreter at exit)."""
    from PySide6.QtCore import QTranslator

    if _language == "en":
        return None
    path = qm_file(_language)
    translator = QTranslator()
    if path is None or not translator.load(str(path)):
        log.error("the %s translation could not be loaded", _language)
        return None
    return translator
