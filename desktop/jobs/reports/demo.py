"""Demo data of the reports job: only the opening balance of the cumulative count.

Everything else the sheets show comes from the demo's events, settings and calendar. The demo office
"started using Madoguchi" on the first demo day, with 41,250 cards issued before it (about 65 % of
the demo town's 63,723 residents, a realistic rate for a small town today).
"""

from __future__ import annotations

import random
from datetime import date

from desktop.jobs.reports.domain.plan import OpeningBalance
from desktop.jobs.reports.store import save_opening_balance
from desktop.store.context import Context

DEMO_OPENING_BALANCE = 41_250


def generate(ctx: Context, rng: random.Random, start: date, end: date) -> None:
    save_opening_balance(ctx, OpeningBalance(start, DEMO_OPENING_BALANCE))
