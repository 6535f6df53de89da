"""`Application(QApplication)`: names, bundled fonts, UI scale and translators.

- Fonts come from `resources/fonts/` (never from the PC, which usually has no Japanese font we may
  rely on): BIZ UDGothic is the application font, HanaMinA its per-character fallback for rare name
  characters such as 𠮷 (`QFont.setFamilies([main, fallback])`).
- UI scale (100 / 125 / 150 %) multiplies the base point size, for older staff and HiDPI screens.
- Language: Japanese by default, English selectable; Qt's own dialogs follow via `qtbase_<lang>.qm`.

Language and scale are stored per PC in `<data folder>/ui.json` (`UiPrefs`), readable before login and
before the database is opened. The module-level functions work on any QApplication, so tests apply
them to pytest-qt's instance.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, __version__, i18n
from desktop.platform.paths import resource
from desktop.platform.prefs import SCALES, UiPrefs

log = logging.getLogger(__name__)

ORGANIZATION = "Madoguchi"
MAIN_FAMILY = "BIZ UDGothic"
FALLBACK_FAMILY = "HanaMinA"
FONT_FILES = ("BIZUDGothic-Regular.ttf", "BIZUDGothic-Bold.ttf", "HanaMinA.ttf")
# What the login window draws before the office is open (its bold office name comes with the office):
# the other fonts are registered afterwards (`Application.finish_start`), off the path to the window.
FIRST_FONT_FILES = FONT_FILES[:1]
BASE_POINT_SIZE = 10.0


# -- a PySide6 workaround ----------------------------------------------------------------------------


def fix_signal_bool_refcounts() -> bool:
    """Work around PySide6 6.12.0 handing out borrowed references to True/False.

    `SignalInstance.emit()` (and a failed `disconnect()`) return `Py_True`/`Py_False` without a new
    reference, so every emit from Python takes one reference from `True`; after a few hundred emits
    the interpreter frees `True` and aborts ("bool_dealloc: deallocating True or False"). 6.11.3 does
    not do this. When a probe signal shows the leak, we give True, False and None (which other 6.12
    calls leak the same way) 2**40 extra references: they become effectively immortal, as they are
    from Python 3.12 on (where such leaks are harmless and nothing is done). No PySide6 method is replaced. Returns True when the fix was applied.
    Called by `Application` and by the GUI test kit, before any other signal is emitted.
    """
    import sys

    from PySide6.QtCore import QObject, Signal

    if sys.version_info >= (3, 12) or sys.getrefcount(True) > IMMORTAL // 2:
        return False

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost <= 0:
        return False
    import ctypes

    for singleton in (True, False, None):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt: the first field of any object
        refcount.value += IMMORTAL
    log.info("PySide6 workaround: emit() leaks references to True; True, False and None made immortal")
    return True


IMMORTAL = 1 << 40


# -- per-PC preferences: desktop.platform.prefs (Qt-free, also read by the CLI) ---------------------


# -- fonts -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fonts:
    """Families registered from resources/fonts (empty strings when a file is missing)."""

    main: str
    fallback: str

    @property
    def families(self) -> list[str]:
        return [f for f in (self.main, self.fallback) if f]

    def merged(self, other: Fonts) -> Fonts:
        return Fonts(main=self.main or other.main, fallback=self.fallback or other.fallback)


def load_fonts(folder: Path | None = None, files: Sequence[str] = FONT_FILES) -> Fonts:
    """Register bundled TrueType fonts with Qt (once per process is enough; repeats are cheap)."""
    folder = folder or resource("fonts")
    found: set[str] = set()
    for name in files:
        path = folder / name
        if not path.is_file():
            log.error("bundled font missing: %s", name)
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.error("bundled font unreadable: %s", name)
            continue
        found.update(QFontDatabase.applicationFontFamilies(font_id))
    return Fonts(
        main=MAIN_FAMILY if MAIN_FAMILY in found else "",
        fallback=FALLBACK_FAMILY if FALLBACK_FAMILY in found else "",
    )


def ui_font(fonts: Fonts, scale: int = 100) -> QFont:
    """The application font: BIZ UDGothic with HanaMinA as fallback, at the base size × scale."""
    font = QFont()
    if fonts.families:
        font.setFamilies(fonts.families)
    font.setPointSizeF(BASE_POINT_SIZE * (scale if scale in SCALES else 100) / 100)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def apply_font(app: QGuiApplication, fonts: Fonts, scale: int = 100) -> QFont:
    font = ui_font(fonts, scale)
    QGuiApplication.setFont(font)
    return font


# -- translators -------------------------------------------------------------------------------------


def install_translators(
    app: QCoreApplication, lang: str, previous: Sequence[QTranslator] = ()
) -> list[QTranslator]:
    """Make `lang` the language of `translate()`, of every `tr()` and of Qt's own dialogs.

    Returns the installed translators; keep them (Qt does not own them) and pass them as `previous`
    to switch again.
    """
    for old in previous:
        app.removeTranslator(old)
    i18n.set_language(lang)
    QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
                       if lang == "ja" else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))  # fmt: skip
    installed: list[QTranslator] = []
    if lang != "en":
        qt_translator = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(f"qtbase_{lang}", folder):
            app.installTranslator(qt_translator)
            installed.append(qt_translator)
        else:
            log.warning("Qt's own translation qtbase_%s.qm not found in %s", lang, folder)
    own = i18n.make_qt_translator()  # a compiled .qm of resources/translations (None for English)
    if own is not None:
        app.installTranslator(own)  # installed last = asked first
        installed.append(own)
        i18n.use_qt_catalogue()  # translate() too: the same texts, without reading the .ts
    return installed


def set_names(app: QCoreApplication) -> None:
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    if isinstance(app, QGuiApplication):
        QGuiApplication.setDesktopFileName("madoguchi")


class Application(QApplication):
    """The Qt application of the GUI (the CLI never makes one)."""

    def __init__(self, argv: list[str], *, prefs: UiPrefs | None = None, language: str | None = None) -> None:
        super().__init__(argv)
        fix_signal_bool_refcounts()
        self.prefs = prefs or UiPrefs()
        set_names(self)
        self.fonts = load_fonts(files=FIRST_FONT_FILES)
        apply_font(self, self.fonts, self.prefs.scale)
        self.translators: list[QTranslator] = []
        self.set_language(language or self.prefs.language)
        self.started = False

    def finish_start(self) -> Fonts:
        """What the first window does without, once it shows: the bold face and the fallback font for
        rare name characters (the application font is set again with them), and the window icon.
        Returns the fonts found (a missing one is logged; the bootstrap tells staff)."""
        if not self.started:
            self.started = True
            self.fonts = self.fonts.merged(load_fonts(files=FONT_FILES[len(FIRST_FONT_FILES) :]))
            apply_font(self, self.fonts, self.prefs.scale)
            icon = resource("icons", "madoguchi.svg")
            if icon.exists():
                self.setWindowIcon(QIcon(str(icon)))
        return self.fonts

    def set_language(self, lang: str) -> None:
        self.translators = install_translators(self, lang, self.translators)
