"""Demo data of the booking job: session rules, three months of bookings that were checked in, served,
cancelled, moved or not attended, today's board, and bookings for the coming weeks.

Runs inside the demo's single transaction after the kernel's office, staff, residents and walk-in
visits (desktop/demo.py), with `ctx.clock` a FixedClock it moves; deterministic for the `rng` given.
Today's board (the demo's last day) shows residents booked for later, checked in and waiting (a
family of two with consecutive numbers among them), one being served, some done and one no-show,
as far as the clock has reached when the demo runs.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from desktop.core.clock import JST, FixedClock, to_local
from desktop.core.errors import DomainError
from desktop.core.people import Person
from desktop.core.staff import Actor, Role
from desktop.jobs.booking.domain.rules import SessionRule
from desktop.jobs.booking.domain.slots import at_minutes, minutes
from desktop.jobs.booking.store import availability, board, changes, rules
from desktop.jobs.booking.store.bookings import create_booking
from desktop.store import staff as staff_store
from desktop.store import visits as visit_store
from desktop.store.context import Context
from desktop.store.people import add_person

_FAMILY = [("青木", "アオキ"), ("石井", "イシイ"), ("上田", "ウエダ"), ("遠藤", "エンドウ"), ("岡本", "オカモト"),
           ("菊地", "キクチ"), ("久保", "クボ"), ("後藤", "ゴトウ"), ("坂本", "サカモト"), ("杉山", "スギヤマ"),
           ("千葉", "チバ"), ("中野", "ナカノ"), ("西村", "ニシムラ"), ("野口", "ノグチ"), ("藤田", "フジタ"),
           ("前田", "マエダ"), ("村上", "ムラカミ"), ("森田", "モリタ"), ("横山", "ヨコヤマ"), ("𠮷川", "ヨシカワ")]  # fmt: skip
_GIVEN = [("愛", "アイ"), ("勇気", "ユウキ"), ("恵子", "ケイコ"), ("健一", "ケンイチ"), ("智子", "トモコ"),
          ("大輔", "ダイスケ"), ("真由美", "マユミ"), ("隆", "タカシ"), ("由美", "ユミ"), ("翼", "ツバサ"),
          ("直樹", "ナオキ"), ("美穂", "ミホ"), ("浩二", "コウジ"), ("彩", "アヤ"), ("修", "オサム")]  # fmt: skip
_SERVICES = (("handover", 12), ("assist", 5), ("cert_renewal", 3))
_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


class _Demo:
    def __init__(self, ctx: Context, clock: FixedClock, rng: random.Random, staff: list[Context]) -> None:
        self.ctx, self.clock, self.rng, self.staff = ctx, clock, rng, staff
        self.people: list[str] = []
        self.used: set[tuple[str, date]] = set()

    def person(self, family: tuple[str, str] | None = None) -> str:
        fam, fam_kana = family or self.rng.choice(_FAMILY)
        given, given_kana = self.rng.choice(_GIVEN)
        birth = date(1940, 1, 1) + timedelta(days=self.rng.randrange(0, 365 * 80))
        p = add_person(self.ctx, Person(None, f"{fam} {given}", f"{fam_kana} {given_kana}", birth,
                                        f"080-{self.rng.randrange(1000, 9999)}-{self.rng.randrange(1000, 9999)}"))  # fmt: skip
        assert p.id is not None
        self.people.append(p.id)
        return p.id

    def party(self, day: date) -> list[str]:
        if self.rng.random() < 0.08:
            family = self.rng.choice(_FAMILY)
            return [self.person(family), self.person(family)]
        for _ in range(5):
            pid = self.rng.choice(self.people) if len(self.people) > 60 and self.rng.random() < 0.3 else self.person()
            if (pid, day) not in self.used:
                return [pid]
        return [self.person()]

    def service(self) -> str:
        total = sum(w for _, w in _SERVICES)
        roll = self.rng.randrange(total)
        for key, weight in _SERVICES:
            if roll < weight:
                return key
            roll -= weight
        return "handover"

    def staff_ctx(self) -> Context:
        return self.rng.choice(self.staff)

    def book(self, day: date, made_on: date, *, start: time | None = None, service: str = "",
             ) -> tuple[str, int] | None:  # fmt: skip
        """One booking on `day`, made `made_on` at a random office hour: (id, start in minutes) or None."""
        self.clock.set(datetime.combine(made_on, time(9 + self.rng.randrange(0, 8), self.rng.randrange(0, 60)), JST))
        service = service or self.service()
        people = self.party(day)
        free = availability.free_slots(self.ctx, service, day, len(people))
        if start is not None:
            free = [f for f in free if f.start == start]
        if not free:
            return None
        slot = self.rng.choice(free)
        resv = None
        if service == "handover" and self.rng.random() < 0.5:
            resv = "".join(self.rng.choice(_LETTERS) for _ in range(3)) + f"{self.rng.randrange(0, 999999):06d}"
        try:
            booking = create_booking(self.staff_ctx(), service, day, slot.start, people, reservation_number=resv,
                                     channel="phone" if self.rng.random() < 0.7 else "desk")  # fmt: skip
        except DomainError:
            return None
        self.used.update((p, day) for p in people)
        return booking.id, minutes(slot.start)

    def serve(self, booking_id: str, at: datetime, outcome: str = "done") -> None:
        """Check in at `at`; then 'done' (everyone served), 'serving' (the first being served) or 'waiting'."""
        self.clock.set(at)
        staff = self.staff_ctx()
        visits = board.check_in_booking(staff, booking_id)
        if outcome == "waiting":
            return
        for i, visit in enumerate(visits):
            self.clock.set(at + timedelta(minutes=5 + 20 * i))
            visit_store.start_serving(staff, visit.id)
            if outcome == "serving":
                return
            self.clock.set(at + timedelta(minutes=20 + 20 * i))
            visit_store.complete(staff, visit.id)


def _rules(ctx: Context) -> None:
    rules.add_rule(ctx, SessionRule(None, "nth_weekday", time(9), time(12), weekdays=(5,), nth=2, except_months=(4,),
                                    label="第2土曜 休日開庁"))  # fmt: skip
    rules.add_rule(ctx, SessionRule(None, "last_weekday", time(9), time(12), weekdays=(6,), except_months=(3,),
                                    label="最終日曜 休日開庁"))  # fmt: skip
    rules.add_rule(ctx, SessionRule(None, "weekly", time(17, 15), time(19), session_kind="extra", weekdays=(1, 3),
                                    label="夜間窓口（火・木）"))  # fmt: skip


def generate(ctx: Context, rng: random.Random, start: date, end: date) -> None:
    clock = ctx.clock
    if not isinstance(clock, FixedClock):
        raise RuntimeError("the booking demo needs the demo's FixedClock")
    now = clock.now() if clock.today() == end else datetime.combine(end, time(8, 0), JST)
    counters = [ctx.as_actor(Actor(m.id, m.login, m.role)) for m in staff_store.list_staff(ctx)
                if m.role == Role.COUNTER]  # fmt: skip
    demo = _Demo(ctx, clock, rng, counters or [ctx])
    clock.set(datetime.combine(start, time(8, 0), JST))
    _rules(ctx)
    rules.apply_rules(ctx, end + timedelta(days=60), start=start)
    maintenance = next(d for d in (end + timedelta(days=n) for n in range(20, 30)) if d.weekday() == 2)

    _past(demo, start, end)
    _today(demo, end, now)
    _future(demo, end)
    clock.set(now)
    rules.add_rule(ctx, SessionRule(None, "closure", time(0), time(1), day=maintenance, label="システム停止日"))


def _past(demo: _Demo, start: date, end: date) -> None:
    day = start
    while day < end:
        plans = availability.day_plans(demo.ctx, day, day)[day]
        if plans["terminal"].grid:
            weekend = day.weekday() >= 5
            for _ in range(demo.rng.randrange(5, 10) if weekend else demo.rng.randrange(14, 24)):
                made = demo.book(day, day - timedelta(days=demo.rng.randrange(1, 30)))
                if made is not None:
                    _past_outcome(demo, made[0], day)
        day += timedelta(days=1)
    demo.clock.set(datetime.combine(end, time(7, 0), JST))
    board.mark_no_shows(demo.ctx)


def _past_outcome(demo: _Demo, booking_id: str, day: date) -> None:
    from desktop.jobs.booking.store.bookings import peek_booking

    roll = demo.rng.random()
    booking = peek_booking(demo.ctx, booking_id)
    if roll < 0.07:  # cancelled by phone
        made = to_local(booking.created_at).date()
        demo.clock.set(datetime.combine(max(made, day - timedelta(days=demo.rng.randrange(1, 5))), time(11), JST))
        late = demo.clock.today() > day - timedelta(days=2)
        changes.cancel_booking(demo.staff_ctx(), booking_id, reason="本人より電話" if late else "")
        return
    start = booking.start
    if roll < 0.11:  # moved by phone to another time of the day
        demo.clock.set(datetime.combine(day - timedelta(days=3), time(14), JST))
        party = len(booking.live_people())
        other = [f for f in availability.free_slots(demo.ctx, booking.service, day, party) if f.start != start]
        if other:
            start = demo.rng.choice(other).start
            changes.reschedule_booking(demo.staff_ctx(), booking_id, day, start, reason="本人の都合")
    if roll < 0.16 and roll >= 0.11:
        return  # not attended: marked no-show
    slot = datetime.combine(day, start, JST)
    demo.serve(booking_id, slot - timedelta(minutes=demo.rng.randrange(0, 15)))


def _today(demo: _Demo, today: date, now: datetime) -> None:
    """Today's board: booked yesterday; those whose time has come are checked in (the family too),
    in the order they arrived."""
    plans = availability.day_plans(demo.ctx, today, today)[today]
    grid = plans["terminal"].grid
    if not grid:
        return
    yesterday = today - timedelta(days=1)
    local_now = minutes(to_local(now).time())
    made = [b for b in (demo.book(today, yesterday, start=at_minutes(m), service="handover")
                        for m in grid[:: max(1, len(grid) // 12)]) if b is not None]  # fmt: skip
    desk = [b for b in (demo.book(today, yesterday, start=at_minutes(m), service="assist")
                        for m in plans["desk"].grid[:: max(1, len(plans["desk"].grid) // 5)]) if b is not None]  # fmt: skip
    family = _family_booking(demo, today, yesterday, grid, local_now)
    arrivals: list[tuple[datetime, str, str]] = []
    over = [(b, m) for b, m in made if m + 30 <= local_now]
    for index, (booking_id, m) in enumerate(over[1:]):  # the first never came: a no-show
        left = len(over) - 2 - index
        outcome = "serving" if left == 1 else ("waiting" if left == 0 else "done")
        arrivals.append((datetime.combine(today, at_minutes(m), JST) - timedelta(minutes=5), booking_id, outcome))
    for booking_id, m in [*[(b, m) for b, m in made if m - 10 <= local_now < m + 30],
                          *[(b, m) for b, m in desk if m - 10 <= local_now]]:  # fmt: skip
        at = min(now, datetime.combine(today, at_minutes(m), JST)) - timedelta(minutes=4)
        arrivals.append((at, booking_id, "waiting" if m + 15 > local_now else "done"))
    if family is not None and family[1] - 10 <= local_now:
        at = min(now, datetime.combine(today, at_minutes(family[1]), JST)) - timedelta(minutes=8)
        arrivals.append((at, family[0], "waiting"))
    for at, booking_id, outcome in sorted(arrivals):
        demo.serve(booking_id, at, outcome)
    demo.clock.set(now)
    board.mark_no_shows(demo.ctx)


def _family_booking(demo: _Demo, today: date, yesterday: date, grid: tuple[int, ...], local_now: int,
                    ) -> tuple[str, int] | None:  # fmt: skip
    demo.clock.set(datetime.combine(yesterday, time(10), JST))
    family = demo.rng.choice(_FAMILY)
    people = [demo.person(family), demo.person(family)]
    wanted = [m for m in grid if m >= local_now - 20] or list(grid)
    for m in wanted:
        try:
            booking = create_booking(demo.staff_ctx(), "handover", today, at_minutes(m), people, channel="phone")
        except DomainError:
            continue
        return booking.id, m
    return None


def _future(demo: _Demo, today: date) -> None:
    for ahead in range(1, 46):
        day = today + timedelta(days=ahead)
        if not availability.day_plans(demo.ctx, day, day)[day]["terminal"].grid:
            continue
        target = max(2, int((30 if day.weekday() < 5 else 10) * (1.0 - ahead / 55)))
        for _ in range(target):
            demo.book(day, today - timedelta(days=demo.rng.randrange(0, min(ahead, 20))))
