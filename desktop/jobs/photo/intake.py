"""Whose card case a photo goes on (Qt-free, through the kernel's card-case API — no SQL here).

A resident chosen on the photo screen may already have a case in 受付中 / 中断 (opened by the
assistance job, or earlier by this one): the photo goes on it. Otherwise the photo job opens one in
受付中 — but only when the photo (or the under-one waiver) is actually saved, in the same transaction,
so looking a resident up never leaves an empty case behind.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.cases import CaseState
from desktop.jobs.photo.domain.checks import OverrideReason
from desktop.jobs.photo.store import PhotoRecord, save_photo, waive_photo
from desktop.store import cases as case_store
from desktop.store.context import Context
from desktop.store.db import write

if TYPE_CHECKING:
    from desktop.jobs.photo.domain.analysis import Analysis

OWNER = "photo"
OPEN_STATES = (CaseState.RECEIVED, CaseState.SUSPENDED)


def open_case_of(ctx: Context, person_id: str) -> str | None:
    """The resident's newest case in 受付中 or 中断, if any."""
    for case in case_store.cases_of(ctx, person_id):
        if case.state in OPEN_STATES:
            return case.id
    return None


def _case(ctx: Context, case_id: str | None, person_id: str) -> str:
    if case_id is not None:
        return case_id
    return open_case_of(ctx, person_id) or case_store.open_case(ctx, person_id, owner=OWNER).id


def save_for(
    ctx: Context,
    case_id: str | None,
    person_id: str,
    analysis: Analysis,
    *,
    source: str = "camera",
    reason: OverrideReason | str | None = None,
    note: str = "",
) -> PhotoRecord:
    """Save the photo on `case_id`, or on the resident's open case, opened now when there is none."""
    with write(ctx.db):
        return save_photo(ctx, _case(ctx, case_id, person_id), analysis, source=source, reason=reason, note=note)


def waive_for(ctx: Context, case_id: str | None, person_id: str) -> PhotoRecord:
    with write(ctx.db):
        return waive_photo(ctx, _case(ctx, case_id, person_id))
