"""Per-PC display preferences (language, UI scale) in `<data folder>/ui.json`.

Kept out of the office database so they are readable before login and by the CLI, and so each PC
(a large-print desk, an English-speaking helper) keeps its own. Qt-free.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from desktop import i18n

log = logging.getLogger(__name__)

SCALES = (100, 125, 150)
UI_PREFS_FILE = "ui.json"


@dataclass(frozen=True)
class UiPrefs:
    """Per-PC display preferences, stored in `<data folder>/ui.json` (not in the office database)."""

    language: str = i18n.DEFAULT_LANGUAGE
    scale: int = 100  # percent, one of SCALES


def ui_prefs_path(data_dir: Path) -> Path:
    return data_dir / UI_PREFS_FILE


def load_ui_prefs(data_dir: Path) -> UiPrefs:
    """The saved preferences; defaults (Japanese, 100 %) when the file is missing or unreadable."""
    try:
        raw = json.loads(ui_prefs_path(data_dir).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return UiPrefs()
    except (OSError, ValueError):
        log.warning("ui.json unreadable; using the defaults")
        return UiPrefs()
    if not isinstance(raw, dict):
        return UiPrefs()
    language = raw.get("language")
    scale = raw.get("scale")
    return UiPrefs(
        language=language if language in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE,
        scale=scale if scale in SCALES else 100,
    )


def save_ui_prefs(data_dir: Path, prefs: UiPrefs) -> None:
    """Write ui.json atomically (a temporary file, then a rename)."""
    if prefs.language not in i18n.LANGUAGES or prefs.scale not in SCALES:
        raise ValueError(f"invalid UI preferences {prefs!r}")
    data_dir.mkdir(parents=True, exist_ok=True)
    path = ui_prefs_path(data_dir)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps({"language": prefs.language, "scale": prefs.scale}), encoding="utf-8")
    tmp.replace(path)
