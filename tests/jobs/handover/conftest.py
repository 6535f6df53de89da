"""Fixtures for the handover job: an office with terminals, residents, and cards waiting in 通知済 /
来庁案内済 — opened through the kernel API as the card-arrival and mailing side leaves them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest

from desktop.core.cases import MAILING, CardCase, CaseState
from desktop.core.clock import JST, FixedClock
from desktop.core.office import OfficeProfile
from desktop.core.people import Person
from desktop.store import cases as case_store
from desktop.store.context import Context
from desktop.store.people import add_person
from tests.kit.qt import sample_profile

TERMINALS = ["統合端末1", "統合端末2"]


@pytest.fixture
def office(ctx: Context) -> OfficeProfile:
    from desktop.store.office import mark_office_kind, save_profile

    profile = sample_profile()
    profile.terminals = list(TERMINALS)
    profile.phone = "0123-45-6789"
    profile.postal_code = "123-4567"
    profile.address = "みどり市中央1-1-1"
    save_profile(ctx, profile)
    mark_office_kind(ctx, "real")
    return profile


def make_person(ctx: Context, name: str = "山田 太郎", kana: str = "ヤマダ タロウ",
                birth: date | None = date(1980, 5, 1)) -> Person:  # fmt: skip
    return add_person(ctx, Person(None, name, kana, birth, phone="090-1234-5678", postal_code="123-4567",
                                  address="みどり市本町1-2-3"))  # fmt: skip


def waiting_card(ctx: Context, person: Person, *, state: CaseState = CaseState.NOTIFIED,
                 reservation: str | None = None, application_id: str | None = None,
                 notified_at: datetime | None = None) -> CardCase:  # fmt: skip
    """A card case in 通知済 (arrived → configured → notified) or 来庁案内済 (… mailed → returned →
    invited), moved at `notified_at` (default: now) on the context's FixedClock, which is restored."""
    assert person.id is not None
    clock = ctx.clock
    assert isinstance(clock, FixedClock)
    resume = clock.now()
    at = notified_at or resume
    clock.set(at - timedelta(days=3))
    case = case_store.open_case(ctx, person.id, owner=MAILING, state=CaseState.ARRIVED,
                                reservation_number=reservation, application_id=application_id)  # fmt: skip
    clock.set(at - timedelta(days=2))
    case_store.transition(ctx, case.id, CaseState.CONFIGURED, owner=MAILING)
    if state is CaseState.INVITED:
        case_store.transition(ctx, case.id, CaseState.MAILED, owner=MAILING)
        clock.set(at - timedelta(days=1))
        case_store.transition(ctx, case.id, CaseState.RETURNED, owner=MAILING)
    elif state is not CaseState.NOTIFIED:
        raise ValueError(state)
    clock.set(at)
    case = case_store.transition(ctx, case.id, state, owner=MAILING)
    clock.set(resume)
    return case


@dataclass
class Resident:
    person: Person
    case: CardCase

    @property
    def id(self) -> str:
        assert self.person.id is not None
        return self.person.id


@pytest.fixture
def resident(ctx: Context, office: OfficeProfile) -> Callable[..., Resident]:
    """resident(name=..., kana=..., birth=..., state=..., reservation=...) -> Resident with a waiting card."""

    def make(name: str = "山田 太郎", kana: str = "ヤマダ タロウ", birth: date | None = date(1980, 5, 1), *,
             state: CaseState = CaseState.NOTIFIED, reservation: str | None = None,
             application_id: str | None = None, notified_at: datetime | None = None) -> Resident:  # fmt: skip
        person = make_person(ctx, name, kana, birth)
        case = waiting_card(ctx, person, state=state, reservation=reservation, application_id=application_id,
                            notified_at=notified_at)  # fmt: skip
        return Resident(person, case)

    return make


def jst(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=JST)
