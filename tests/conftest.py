"""The test kit for every job. Fixtures live in `tests/kit/*.py`, one module per area.

- `tests.kit.store`: `data_dir` (a fresh data folder), `clock` (a FixedClock, 2026-11-24 10:00 JST),
  `ctx` (an opened office database as the system actor)
- `tests.kit.staff`: a user per role and their Actors / Contexts
- `tests.kit.qt`: the synchronous task runner and prompt seam for GUI tests
- `tests.kit.pdf`: PDF -> PNG and text helpers
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MADOGUCHI_DATA_DIR", "/nonexistent-madoguchi-tests-must-use-data_dir")

pytest_plugins = [
    "tests.kit.store",
    "tests.kit.pdf",
    "tests.kit.staff",
    "tests.kit.qt",
    "tests.card.stack",  # a private pcscd + virtual reader and emulated My Number Cards
]
