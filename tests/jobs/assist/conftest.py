"""Fixtures of the assistance job's tests: a data folder migrated WITH the assistance tables (whether or
not the job is in `desktop.jobs.INSTALLED`), an office with tablets, residents, and helpers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.core.clock import JST, FixedClock
from desktop.core.office import OfficeProfile, Tablet
from desktop.core.people import Person
from desktop.store.context import Context
from desktop.store.open import open_office
from desktop.store.people import add_person
from tests.kit.qt import sample_profile

ASSIST_MIGRATIONS = Path(__file__).resolve().parents[3] / "desktop" / "jobs" / "assist" / "migrations"
APP_ID = "12345678901234567890123"
APP_ID_2 = "98765432109876543210987"
TABLETS = [Tablet("1", "tablet1@city.example.jp"), Tablet("2", "tablet2@city.example.jp")]


def _folders() -> list[Path]:
    from desktop.jobs.registry import load

    folders = list(load().migration_folders())
    if ASSIST_MIGRATIONS not in folders:
        folders.append(ASSIST_MIGRATIONS)
    return folders


@pytest.fixture
def ctx(data_dir: Path, clock: FixedClock) -> Iterator[Context]:
    context = open_office(data_dir, clock, job_folders=_folders())
    yield context
    context.db.close()


@pytest.fixture
def office(ctx: Context) -> OfficeProfile:
    from desktop.store.office import mark_office_kind, save_profile

    profile = sample_profile()
    profile.tablets = list(TABLETS)
    profile.phone = "0123-45-6789"
    profile.postal_code = "123-4567"
    profile.address = "みどり市中央1-1-1"
    save_profile(ctx, profile)
    mark_office_kind(ctx, "real")
    return profile


def make_person(ctx: Context, name: str = "山田 太郎", kana: str = "ヤマダ タロウ",
                birth: date | None = date(1980, 5, 1), **extra: str) -> Person:  # fmt: skip
    values = {"phone": "090-1234-5678", "postal_code": "123-4567", "address": "みどり市本町1-2-3", **extra}
    return add_person(ctx, Person(None, name, kana, birth, **values))


def jst(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=JST)
