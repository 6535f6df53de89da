"""Demo records of the mailing job: three months of cards arriving from J-LIS, their set-up, handover
notices, fortnightly mailing batches with tracking numbers, deliveries, returns and invitations.

The job makes its own demo residents and their card cases (opened as the assistance job does, through
the kernel's card-case API: 申請済, with the 申請時来庁 identity result for cards to be mailed), then walks
day by day over the office's open days with the demo clock: J-LIS shipments arrive on Tuesdays, set-up
follows in a day or two, notices go out, batches are sent every other Thursday, the post office's
results come back over the next two weeks. What is still under way on the last day is left as it is:
cards waiting for set-up, notices and mailing, items with no news, returns to invite.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from desktop.core.cases import CaseState, DeliveryMethod, IdentityResult
from desktop.core.clock import JST, FixedClock
from desktop.core.people import Person
from desktop.core.staff import Actor
from desktop.jobs.mailing.domain import ReturnReason
from desktop.jobs.mailing.store import batches, cards, results
from desktop.store import calendar as cal_store
from desktop.store import cases as case_store
from desktop.store import people as people_store
from desktop.store import staff as staff_store
from desktop.store.context import Context

_FAMILY = [("青木", "アオキ"), ("石井", "イシイ"), ("上田", "ウエダ"), ("遠藤", "エンドウ"), ("大野", "オオノ"),
           ("岡田", "オカダ"), ("菊地", "キクチ"), ("久保", "クボ"), ("近藤", "コンドウ"), ("斉藤", "サイトウ"),
           ("柴田", "シバタ"), ("杉山", "スギヤマ"), ("関口", "セキグチ"), ("高木", "タカギ"), ("千葉", "チバ"),
           ("土屋", "ツチヤ"), ("中島", "ナカジマ"), ("西村", "ニシムラ"), ("野口", "ノグチ"), ("橋本", "ハシモト")]  # fmt: skip
_GIVEN = [("浩二", "コウジ"), ("由美", "ユミ"), ("直樹", "ナオキ"), ("恵子", "ケイコ"), ("翼", "ツバサ"), ("彩", "アヤ"),
          ("大輔", "ダイスケ"), ("真由美", "マユミ"), ("拓也", "タクヤ"), ("千尋", "チヒロ"), ("勇", "イサム"),
          ("文子", "フミコ")]  # fmt: skip
_TOWNS = ["緑町", "本町", "旭町", "栄町", "若葉台", "桜ヶ丘", "東町", "西町"]
_BUILDINGS = ["", "", "", "", " みどりハイツ201", " コーポ栄305", " グリーンマンション1102号室"]
_RETURNS = [ReturnReason.STORAGE_EXPIRED] * 6 + [ReturnReason.ADDRESS_UNKNOWN] * 2 + [ReturnReason.REFUSED,
                                                                                        ReturnReason.OTHER]  # fmt: skip


@dataclass
class _Card:
    case_id: str
    arrives: date
    by_post: bool
    setup: date | None = None
    notice: date | None = None
    item_id: str | None = None
    result: date | None = None
    returned: bool = False
    invite: date | None = None
    done: bool = False


@dataclass
class _Plan:
    rng: random.Random
    cards: list[_Card] = field(default_factory=list)
    tracking: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    reservation: int = 0


def _person(ctx: Context, rng: random.Random, seen: set[str]) -> str:
    while True:
        fam, fam_kana = rng.choice(_FAMILY)
        given, given_kana = rng.choice(_GIVEN)
        if fam + given not in seen:
            break
    seen.add(fam + given)
    person = people_store.add_person(ctx, Person(
        id=None, name=f"{fam} {given}", kana=f"{fam_kana} {given_kana}",
        birth_date=date(1940, 1, 1) + timedelta(days=rng.randrange(0, 365 * 80)),
        phone=f"080-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}",
        postal_code=f"123-{rng.randrange(4500, 4599):04d}",
        address=f"みどり市{rng.choice(_TOWNS)}{rng.randrange(1, 9)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}"
        + rng.choice(_BUILDINGS),
    ))  # fmt: skip
    assert person.id is not None
    return person.id


def _at(clock: FixedClock, d: date, hour: int, minute: int = 0) -> None:
    clock.set(datetime.combine(d, time(hour, minute), tzinfo=JST))


def _next_weekday(d: date, weekday: int) -> date:
    return d + timedelta(days=(weekday - d.weekday()) % 7)


def _open_from(ctx: Context, d: date, days: int) -> date:
    """The open day `days` open days after `d` (0: `d` itself if open)."""
    while not cal_store.is_open(ctx, d):
        d += timedelta(days=1)
    for _ in range(days):
        d += timedelta(days=1)
        while not cal_store.is_open(ctx, d):
            d += timedelta(days=1)
    return d


def _applications(ctx: Context, clock: FixedClock, plan: _Plan, start: date, end: date) -> None:
    """About eight cards a week applied for 3–4 weeks before each Tuesday shipment."""
    rng, seen = plan.rng, plan.names
    tuesday = _next_weekday(start, 1)
    serial = 0
    while tuesday <= end:
        for _ in range(rng.randrange(5, 11)):
            applied = tuesday - timedelta(days=rng.randrange(21, 35))
            _at(clock, applied, 10, rng.randrange(0, 59))
            by_post = rng.random() < 0.4
            method = (DeliveryMethod.KAN_I_KAKITOME if rng.random() < 0.15 else DeliveryMethod.TOKUREI) if by_post \
                else DeliveryMethod.COUNTER  # fmt: skip
            serial += 1
            app_id = f"99{applied:%Y%m%d}{serial:05d}" + f"{rng.randrange(0, 10**8):08d}"
            case = case_store.open_case(ctx, _person(ctx, rng, seen), owner="assist", application_id=app_id,
                                        delivery_method=method, note="demo")  # fmt: skip
            case_store.transition(ctx, case.id, CaseState.APPLIED, owner="assist")
            if by_post:
                case_store.set_identity_result(ctx, case.id, IdentityResult("a_plus_b", (
                    "driver_license", "health_insurance")))  # fmt: skip
            plan.cards.append(_Card(case.id, _open_from(ctx, tuesday, 0), by_post))
        tuesday += timedelta(days=7)


def _tracking(plan: _Plan) -> str:
    while True:
        number = str(plan.rng.randrange(10**10, 10**11))  # 11 digits, as on a 書留 label
        if number not in plan.tracking:
            plan.tracking.add(number)
            return number


def _day(ctx: Context, clock: FixedClock, plan: _Plan, d: date, end: date) -> None:
    last = d == end
    rng = plan.rng
    for card in plan.cards:  # 10:00 J-LIS shipment
        if card.arrives == d:
            _at(clock, d, 10, rng.randrange(0, 50))
            cards.register_arrival(ctx, card.case_id)
            card.setup = _open_from(ctx, d, rng.choice((0, 1, 1, 2)))
    if d.weekday() == 1 and rng.random() < 0.35:  # a card applied for elsewhere (e.g. before moving here)
        _at(clock, d, 10, 55)
        row = cards.register_elsewhere(ctx, _person(ctx, rng, plan.names))
        plan.cards.append(_Card(row.case_id, d, False, setup=_open_from(ctx, d, 1)))
    if last:
        return  # today: the shipment came in this morning; the rest of the day has not happened yet
    for card in plan.cards:  # 11:00 交付前設定
        if card.setup == d:
            _at(clock, d, 11, rng.randrange(0, 59))
            cards.mark_configured(ctx, card.case_id)
            card.setup = None
            if not card.by_post:
                card.notice = _open_from(ctx, d, rng.choice((0, 1, 2)))
    for card in plan.cards:  # 14:00 交付通知書
        if card.notice == d:
            _at(clock, d, 14, rng.randrange(0, 59))
            plan.reservation += 1
            cards.record_notice(ctx, card.case_id, f"MDR{plan.reservation:06d}", d)
            card.notice = None
    if d.weekday() == 3 and d.isocalendar()[1] % 2 == 0:  # every other Thursday, 15:00: a batch
        ready = {r.case_id for r in cards.ready_for_mailing(ctx)}
        todo = [c for c in plan.cards if c.case_id in ready]
        if todo:
            _at(clock, d, 15, 0)
            batch = batches.create_batch(ctx, [c.case_id for c in todo])
            for item in batch.items:
                batches.set_tracking(ctx, item.id, _tracking(plan))
            _at(clock, d, 15, 40)
            sent = batches.send_batch(ctx, batch.id, d)
            for card, item in zip(todo, sent.items, strict=True):
                card.item_id = item.id
                card.returned = rng.random() < 0.18
                card.result = _open_from(ctx, d, rng.randrange(11, 14) if card.returned else rng.randrange(2, 8))
                if d >= end - timedelta(days=30) and rng.random() < 0.15:
                    card.result = None  # no news from the post office yet: a follow-up
    for card in plan.cards:  # 16:00 the post office's results
        if card.result == d and card.item_id is not None:
            _at(clock, d, 16, rng.randrange(0, 30))
            if card.returned:
                reason = rng.choice(_RETURNS)
                note = "転居先不明（郵便局より）" if reason is ReturnReason.OTHER else ""
                results.record_returned(ctx, card.item_id, reason, note)
                card.invite = _open_from(ctx, d, rng.randrange(1, 8))
            else:
                results.record_delivered(ctx, card.item_id)
            card.result = None
    for card in plan.cards:  # 16:30 来庁のご案内 printed
        if card.invite == d and card.item_id is not None:
            _at(clock, d, 16, 40)
            results.record_invited(ctx, card.item_id)
            card.invite = None


def generate(ctx: Context, rng: random.Random, start: date, end: date) -> None:
    """Add the mailing job's demo records for `start`..`end` (deterministic for `rng`)."""
    clock = ctx.clock
    if not isinstance(clock, FixedClock):
        raise TypeError("the demo runs on a FixedClock")
    member = staff_store.get_by_login(ctx, "demo-counter")
    if member is not None:
        ctx = ctx.as_actor(Actor(member.id, member.login, member.role))
    plan = _Plan(random.Random(rng.random()))
    _applications(ctx, clock, plan, start, end)
    d = start
    while d <= end:
        if cal_store.is_open(ctx, d):
            _day(ctx, clock, plan, d, end)
        d += timedelta(days=1)
    _at(clock, end, 8, 50)
