"""Fixtures of the mailing job's tests: a data folder migrated WITH the mailing tables (whether or not
the job is in `desktop.jobs.INSTALLED` yet), postage set, and helpers for residents and card cases."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.clock import FixedClock
from desktop.store.context import Context
from desktop.store.open import open_office
from tests.jobs.mailing.kit import MAILING_MIGRATIONS, set_postage


def _folders() -> list[Path]:
    from desktop.jobs.registry import load

    folders = list(load().migration_folders())
    if MAILING_MIGRATIONS not in folders:
        folders.append(MAILING_MIGRATIONS)
    return folders


@pytest.fixture
def ctx(data_dir: Path, clock: FixedClock) -> Iterator[Context]:
    context = open_office(data_dir, clock, job_folders=_folders())
    set_postage(context)
    yield context
    context.db.close()
