"""Data-folder fixtures: a real SQLite file per test, a fixed clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core.clock import JST, FixedClock
from desktop.store.context import Context
from desktop.store.open import open_office


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 24, 10, 0, tzinfo=JST))


@pytest.fixture
def ctx(data_dir: Path, clock: FixedClock) -> Iterator[Context]:
    context = open_office(data_dir, clock)
    yield context
    context.db.close()
