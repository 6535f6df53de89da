"""Fixtures of the reports tests: the reports job registered, an office with a profile."""

from __future__ import annotations

import pytest

from desktop.core.office import OfficeProfile
from desktop.jobs import registry
from desktop.store.context import Context


@pytest.fixture(autouse=True)
def reports_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """The job registry holds the reports job (whatever INSTALLED lists while jobs are being built)."""
    monkeypatch.setattr(registry, "_registry", registry.load(("reports",)))


@pytest.fixture
def office(ctx: Context) -> OfficeProfile:
    from desktop.store.office import mark_office_kind, save_profile
    from tests.kit.qt import sample_profile

    profile = sample_profile()
    profile.counters = ["窓口1", "窓口2"]
    save_profile(ctx, profile)
    mark_office_kind(ctx, "real")
    return profile
