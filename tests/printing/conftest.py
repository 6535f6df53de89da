"""Fixtures for the printing tests: a letterhead and the print moment (from the fixed test clock)."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.core.clock import FixedClock
from desktop.printing import Letterhead


@pytest.fixture
def letterhead() -> Letterhead:
    return Letterhead("みどり市", "市民課", "0123-45-6789", "〒123-4567 みどり市中央一丁目1番1号")


@pytest.fixture
def when(clock: FixedClock) -> datetime:
    return clock.now()  # 令和8年11月24日 10:00 JST
