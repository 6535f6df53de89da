"""Fixtures of the booking job's tests: an office database with the booking migration, staff, residents.

- `office`: a Context (system actor) on a real SQLite file, the booking job's migration applied, an
  office profile (みどり市, 3 handover terminals, 2 tablets, Mon–Fri 8:30–17:15), clock at
  2026-11-24 (Tue) 10:00 JST
- `staff`: {Role: Context acting as a staff member of that role}
- `resident(name, kana, birth)`: stores a resident and returns its id
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop.core.clock import FixedClock
from desktop.core.office import OfficeProfile, Tablet
from desktop.core.people import Person
from desktop.core.staff import Actor, Role
from desktop.store.context import Context
from desktop.store.office import mark_office_kind, save_profile
from desktop.store.open import open_office
from desktop.store.people import add_person
from desktop.store.staff import add_staff

MIGRATIONS = Path(__file__).resolve().parents[3] / "desktop" / "jobs" / "booking" / "migrations"
PASSWORD = "correct-horse-1"


def booking_profile() -> OfficeProfile:
    return OfficeProfile(
        municipality="みどり市",
        local_gov_code="131016",
        phone="0123-45-6789",
        postal_code="123-4567",
        address="みどり市本町1-1",
        terminals=["統合端末1", "統合端末2", "統合端末3"],
        tablets=[Tablet("1", "t1@city.example.jp"), Tablet("2", "t2@city.example.jp")],
    )


def open_booking_office(data_dir: Path, clock: FixedClock) -> Context:
    return open_office(data_dir, clock, job_folders=[MIGRATIONS])


@pytest.fixture
def office(data_dir: Path, clock: FixedClock) -> Iterator[Context]:
    ctx = open_booking_office(data_dir, clock)
    save_profile(ctx, booking_profile())
    mark_office_kind(ctx, "real")
    yield ctx
    ctx.db.close()


@pytest.fixture
def staff(office: Context) -> dict[Role, Context]:
    out = {}
    for role, login in ((Role.COUNTER, "counter1"), (Role.SUPERVISOR, "super1"), (Role.ADMIN, "admin1")):
        staff_id = add_staff(office, login, f"職員 {login}", role, PASSWORD)
        out[role] = office.as_actor(Actor(staff_id, login, role))
    return out


@pytest.fixture
def resident(office: Context) -> Callable[..., str]:
    counter = [0]

    def make(name: str = "", kana: str = "", birth: date | None = date(1980, 5, 1), phone: str = "") -> str:
        counter[0] += 1
        n = counter[0]
        person = add_person(
            office,
            Person(None, name or f"住民 {n}号", kana or f"ジュウミン {'ア' * n}", birth,
                   phone or f"090-0000-{n:04d}"),
        )  # fmt: skip
        assert person.id is not None
        return person.id

    return make
