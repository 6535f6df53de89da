"""SQLite storage. ALL SQL of the kernel lives here (jobs keep theirs in `desktop/jobs/<job>/store.py`).

sqlite-utils is imported here first, with numpy and pandas hidden for that one import: sqlite-utils
imports them only to recognise numpy/pandas values passed to its insert helpers, which Madoguchi never
does, and numpy alone costs ~0.15 s of every start (docs/BENCHMARKS.md, launch time). numpy stays
importable for the jobs that use it (the photo job imports it itself, later).
"""

import sys as _sys


def _import_sqlite_utils() -> None:
    hidden = [name for name in ("numpy", "pandas") if name not in _sys.modules]
    for name in hidden:
        _sys.modules[name] = None  # type: ignore[assignment]  # makes `import numpy` raise ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if _sys.modules.get(name, "") is None:
                del _sys.modules[name]


_import_sqlite_utils()
