"""Where things live. One resource resolver for a checkout and for the frozen bundle.

The office database lives in the per-user data folder (platformdirs) or in `--data-dir DIR`, never in
the install folder, so an upgrade or reinstall keeps the office's data.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from desktop import APP_ID, APP_NAME

DB_NAME = "madoguchi.sqlite3"


def resource_root() -> Path:
    """`resources/` of a checkout, or of a PyInstaller bundle (`sys._MEIPASS`)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def default_data_dir() -> Path:
    env = os.environ.get("MADOGUCHI_DATA_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None) -> Path:
    path = Path(explicit) if explicit else default_data_dir()
    return path.expanduser().resolve()


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_NAME


def logs_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


__all__ = ["APP_ID", "resource", "resource_root", "resolve_data_dir", "database_path", "logs_dir"]
