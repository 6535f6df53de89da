"""Demo records of the photo job: application photos taken during application-support visits.

For a sample of the demo's 申請サポート visits of the last three months, the photo job opens the
resident's card case in 受付中 (unless one is open) and stores an accepted photo on it, as taken at
the visit; one photo was accepted despite failed checks (a bedridden resident, on a home visit), and
a baby born a few months ago has the under-one waiver. The demo images are drawn placeholders (a
grey head-and-shoulders silhouette marked "DEMO"), never anyone's likeness; their check results are
recorded as they would have been for a good photo.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import cv2
import numpy as np
import numpy.typing as npt

from desktop.core.clock import FixedClock, to_local
from desktop.core.people import Person
from desktop.core.staff import Actor
from desktop.jobs.photo.domain import checks as ck
from desktop.jobs.photo.domain import jpeg
from desktop.jobs.photo.domain.analysis import Analysis
from desktop.jobs.photo.domain.geometry import Box
from desktop.jobs.photo.domain.rules import PhotoRules
from desktop.jobs.photo.intake import save_for, waive_for
from desktop.store import people as people_store
from desktop.store import staff as staff_store
from desktop.store import visits as visit_store
from desktop.store.context import Context

PHOTOS = 12
WIDTH, HEIGHT = 600, 771


def placeholder(rng: random.Random) -> npt.NDArray[np.uint8]:
    """A drawn silhouette on a light background with a little sensor-like noise, marked DEMO."""
    shade = rng.randrange(225, 242)
    image = np.full((HEIGHT, WIDTH, 3), shade, np.uint8)
    tone = rng.randrange(90, 140)
    head_w, head_h = rng.randrange(150, 175), 290
    cv2.ellipse(image, (WIDTH // 2, 62 + head_h), (head_w, head_h - 10), 0, 180, 360, (tone,) * 3, -1)
    cv2.ellipse(image, (WIDTH // 2, 62 + head_h), (head_w - 10, head_h - 20), 0, 0, 180, (tone + 20,) * 3, -1)
    cv2.ellipse(image, (WIDTH // 2, HEIGHT + 60), (280, 170), 0, 180, 360, (tone - 30,) * 3, -1)
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 4, image.shape)
    image = np.clip(image.astype(np.float32) + noise, 0, 255).astype(np.uint8)
    cv2.putText(image, "DEMO", (WIDTH // 2 - 95, HEIGHT - 60), cv2.FONT_HERSHEY_SIMPLEX, 2.2, (250, 250, 250), 5)
    return image


def _analysis(rng: random.Random, rules: PhotoRules, *, bad_background: bool = False) -> Analysis:
    image = placeholder(rng)
    data = jpeg.encode(image, rules.jpeg_quality, rules.min_bytes, rules.max_bytes)
    values = {ck.FACE: 1.0, ck.HEAD_SIZE: rules.head_mm + rng.uniform(-1, 1),
              ck.HEAD_POSITION: rules.crown_mm + rng.uniform(-1, 1), ck.TILT: rng.uniform(0, 4),
              ck.EXPOSURE: rng.uniform(140, 190), ck.SHARPNESS: rng.uniform(14, 30),
              ck.BACKGROUND: rng.uniform(8, 20), ck.RESOLUTION: float(WIDTH), ck.JPEG: float(len(data))}  # fmt: skip
    results = tuple(
        ck.failed(key, "", "", values[key]) if bad_background and key == ck.BACKGROUND
        else ck.passed(key, "", values[key])
        for key in ck.ORDER
    )  # fmt: skip
    face = Box(180, 200, 240, 240)
    return Analysis(1920, 1080, (face,), None, None, results, image, data)


def _actor(ctx: Context, staff_id: str | None) -> Context:
    member = staff_store.get(ctx, staff_id) if staff_id else None
    if member is None:
        return ctx
    return ctx.as_actor(Actor(member.id, member.login, member.role))


def generate(ctx: Context, rng: random.Random, start: date, end: date) -> None:
    clock = ctx.clock
    if not isinstance(clock, FixedClock):
        raise RuntimeError("the demo runs on a FixedClock")
    rules = PhotoRules()
    visits = []
    d = start
    while d <= end:
        visits += [v for v in visit_store.visits_on(ctx, d) if v.service == "assist" and v.state == "done"]
        d += timedelta(days=1)
    chosen = rng.sample(visits, min(PHOTOS, len(visits)))
    chosen.sort(key=lambda v: v.checked_in_at)
    for i, visit in enumerate(chosen):
        at = (visit.started_at or visit.checked_in_at) + timedelta(minutes=rng.randrange(3, 8))
        clock.set(at)
        staff = _actor(ctx, visit.staff_id)
        override = i == len(chosen) // 2
        analysis = _analysis(rng, rules, bad_background=override)
        if override:
            save_for(staff, None, visit.person_id, analysis, source="camera", reason=ck.OverrideReason.BEDRIDDEN,
                     note="訪問受付（ベッド上で撮影）")  # fmt: skip
        else:
            save_for(staff, None, visit.person_id, analysis, source="file" if i % 5 == 4 else "camera")
    _infant(ctx, clock, chosen[-1].staff_id if chosen else None, end)


def _infant(ctx: Context, clock: FixedClock, staff_id: str | None, end: date) -> None:
    """A baby's card: applied for without a photo (under one)."""
    when = datetime.combine(end - timedelta(days=2), datetime.min.time()).replace(
        hour=10, minute=20, tzinfo=to_local(clock.now()).tzinfo
    )
    clock.set(when)
    staff = _actor(ctx, staff_id)
    baby = people_store.add_person(
        staff,
        Person(id=None, name="山田 陽菜", kana="ヤマダ ヒナ", birth_date=end - timedelta(days=150),
               phone="090-1234-5678", postal_code="123-4567", address="みどり市本町2-3-4"),
    )  # fmt: skip
    assert baby.id is not None
    waive_for(staff, None, baby.id)
