"""The demo office shows the assistance job's work: three months of assisted applications on the job's
own residents (some stopped and resumed, two still suspended), 申請時来庁 cases with their identity result
and delivery method, five pop-up venue sessions counted per venue and type — the same for the same seed."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop import jobs as jobs_pkg
from desktop.core.cases import CaseState
from desktop.core.clock import JST, FixedClock
from desktop.demo import generate
from desktop.jobs import registry
from desktop.store.open import open_office

TODAY = date(2026, 11, 24)


@pytest.fixture(autouse=True)
def with_assist(monkeypatch: pytest.MonkeyPatch) -> None:
    names = tuple(dict.fromkeys([*jobs_pkg.INSTALLED, "assist"]))
    monkeypatch.setattr(registry, "_registry", registry.load(names))


def figures(folder: Path) -> dict[str, object]:
    from desktop.jobs.assist.domain.records import Status
    from desktop.jobs.assist.store.records import records_between
    from desktop.jobs.assist.store.venues import popup_figures, venue_sessions
    from desktop.store.cases import get_case
    from desktop.store.cases import history as case_history
    from desktop.store.events import counts

    generate(folder, 11, today=TODAY)
    ctx = open_office(folder, FixedClock(datetime(2026, 11, 24, 12, 0, tzinfo=JST)))
    try:
        out: Counter[str] = Counter()
        for (kind, _day), n in counts(ctx, date(2026, 8, 1), TODAY).items():
            out[kind] += n
        rows = records_between(ctx, date(2026, 8, 1), TODAY)
        done = [r for r in rows if r.status is Status.DONE]
        out["suspended"] = sum(r.status is Status.SUSPENDED for r in rows)
        out["resumed"] = sum(1 for r in done if len(case_history(ctx, r.case_id)) == 4)
        states = Counter(get_case(ctx, r.case_id).state for r in done)
        mailed = [get_case(ctx, r.case_id) for r in done if r.draft.mailed_later]
        assert all(c.identity_result is not None and c.identity_checked_at_application for c in mailed)
        assert {c.delivery_method.value for c in mailed} >= {"tokurei", "kan_i_kakitome"}
        assert all(r.minutes is not None and 1 <= r.minutes <= 20 for r in done)
        sessions = venue_sessions(ctx, date(2026, 8, 1), TODAY)
        fig = popup_figures(ctx, date(2026, 8, 1), TODAY)
        return {**out, "done": len(done), "applied_states": states[CaseState.APPLIED], "sessions": len(sessions),
                "types": len(fig.by_type), "popup_total": fig.total, "mailed": len(mailed)}  # fmt: skip
    finally:
        ctx.db.close()


def test_demo_shows_the_assistance_work(tmp_path: Path) -> None:
    f = figures(tmp_path / "a")
    assert f["assist"] > 100 and f["popup_assist"] == f["popup_total"] >= 60
    assert f["done"] == f["assist"] + f["popup_assist"] == f["applied_states"]
    assert f["apply_identity"] == f["mailed"] > 15
    assert f["sessions"] == 5 and f["types"] == 5
    assert f["suspended"] == 2 and f["resumed"] >= 3
    assert figures(tmp_path / "b") == f  # deterministic for the seed
