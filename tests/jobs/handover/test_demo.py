"""The demo office shows the handover job's work: handovers (some to proxies, old cards collected),
walk-in services, and unclaimed cards with reminders, returned letters and a disposal — the same for
the same seed."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from desktop.core.clock import JST, FixedClock
from desktop.demo import generate
from desktop.store.open import open_office

TODAY = date(2026, 11, 24)


def figures(folder: Path) -> dict[str, int]:
    from datetime import datetime

    from desktop.jobs.handover.store.finder import board
    from desktop.jobs.handover.store.unclaimed import disposal_batches, unclaimed_cards
    from desktop.store.events import counts

    generate(folder, 7, today=TODAY)
    ctx = open_office(folder, FixedClock(datetime(2026, 11, 24, 12, 0, tzinfo=JST)))
    try:
        out: Counter[str] = Counter()
        for (kind, _day), n in counts(ctx, date(2026, 8, 1), TODAY).items():
            out[kind] += n
        cards = unclaimed_cards(ctx)
        out["unclaimed"] = len(cards)
        out["unclaimed_due"] = sum(c.status.due for c in cards)
        out["unclaimed_reminded"] = sum(bool(c.reminders) for c in cards)
        out["unclaimed_invited"] = sum(c.state == "invited" for c in cards)
        out["board_with_card"] = sum(c.case is not None for c in board(ctx))
        out["batches"] = len(disposal_batches(ctx))
        return dict(out)
    finally:
        ctx.db.close()


def test_demo_shows_the_handover_work(tmp_path: Path) -> None:
    f = figures(tmp_path / "a")
    assert f["handover"] > 100
    assert 5 <= f["handover_proxy"] < f["handover"] // 4
    assert f["notice_card_collected"] > f["handover"] // 3 and f["juki_card_collected"] >= 1
    assert f["cert_renewal"] > 20 and f["pin_reset"] > 10
    assert f["unclaimed"] >= 25 and f["unclaimed_due"] >= 3 and f["unclaimed_reminded"] >= 10
    assert f["unclaimed_invited"] >= 1 and f["unclaimed_returned"] >= 1
    assert f["card_disposed"] == 3 and f["batches"] == 1
    assert f["board_with_card"] >= 1
    assert figures(tmp_path / "b") == f  # deterministic for the seed
