"""`madoguchi demo`: a clearly marked demo office with three months of realistic activity.

The kernel adds the office profile, staff, dated settings, weekend sessions, residents and the
counter's visits (check-ins and no-shows); then every registered job adds its own records through
its `demo(ctx, rng, start, end)` hook. The same seed on the same day gives the same office (ids and
timestamps aside). A data folder holding a real office is refused.

Everything is written in one transaction: a demo is complete or absent.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TextIO

from desktop.core.clock import JST, Clock, FixedClock, SystemClock
from desktop.core.office import OfficeProfile, Staffing, Tablet, TargetRate, local_gov_check_digit
from desktop.core.people import Person
from desktop.core.staff import Role
from desktop.i18n import translate
from desktop.platform.paths import database_path
from desktop.store import calendar as cal_store
from desktop.store import office as office_store
from desktop.store import people as people_store
from desktop.store import staff as staff_store
from desktop.store import visits as visit_store
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.open import open_office

DEMO_DAYS = 91
EXIT_REFUSED = 3

DEMO_LOGINS: tuple[tuple[str, str, Role, str], ...] = (
    ("demo-admin", "デモ 管理者", Role.ADMIN, "demo-admin-pass"),
    ("demo-super", "デモ 監督者", Role.SUPERVISOR, "demo-super-pass"),
    ("demo-counter", "デモ 窓口一郎", Role.COUNTER, "demo-counter-pass"),
    ("demo-counter2", "デモ 窓口花子", Role.COUNTER, "demo-counter-pass"),
)

# Family and given names with their kana; a few carry the rare characters that names really have.
_FAMILY = [
    ("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"), ("伊藤", "イトウ"),
    ("渡辺", "ワタナベ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"), ("小林", "コバヤシ"), ("加藤", "カトウ"),
    ("吉田", "ヨシダ"), ("山田", "ヤマダ"), ("佐々木", "ササキ"), ("松本", "マツモト"), ("井上", "イノウエ"),
    ("木村", "キムラ"), ("林", "ハヤシ"), ("清水", "シミズ"), ("山崎", "ヤマザキ"), ("森", "モリ"),
    ("髙橋", "タカハシ"), ("𠮷田", "ヨシダ"), ("山﨑", "ヤマサキ"), ("齋藤", "サイトウ"), ("渡邉", "ワタナベ"),
]  # fmt: skip
_GIVEN = [
    ("太郎", "タロウ"), ("花子", "ハナコ"), ("一郎", "イチロウ"), ("美咲", "ミサキ"), ("健太", "ケンタ"),
    ("陽菜", "ヒナ"), ("大翔", "ヒロト"), ("結衣", "ユイ"), ("翔太", "ショウタ"), ("さくら", "サクラ"),
    ("和子", "カズコ"), ("清", "キヨシ"), ("茂", "シゲル"), ("幸子", "サチコ"), ("蓮", "レン"),
    ("葵", "アオイ"), ("悠真", "ユウマ"), ("芽依", "メイ"), ("誠", "マコト"), ("節子", "セツコ"),
]  # fmt: skip
_TOWNS = ["緑町", "本町", "旭町", "栄町", "若葉台", "桜ヶ丘", "東町", "西町"]


@dataclass(frozen=True)
class DemoResult:
    data_dir: Path
    people: int
    visits: int


class DemoRefused(Exception):
    pass


def demo_profile() -> OfficeProfile:
    first_five = "99999"
    code = first_five + str(local_gov_check_digit(first_five))
    return OfficeProfile(
        municipality="みどり市（デモ）",
        local_gov_code=code,
        phone="0123-45-6789",
        postal_code="123-4567",
        address="みどり市本町1-1",
        counters=["窓口1", "窓口2"],
        terminals=["統合端末1", "統合端末2", "統合端末3"],
        tablets=[Tablet("1", "tablet1@demo.invalid"), Tablet("2", "tablet2@demo.invalid")],
    )


def _check_folder(data_dir: Path) -> None:
    """Refuse a folder with a real office; an earlier demo office is replaced."""
    db_file = database_path(data_dir)
    if not db_file.exists():
        return
    ctx = open_office(data_dir)
    try:
        kind = office_store.office_kind(ctx)
        has_profile = office_store.load_profile(ctx) is not None
        has_staff = bool(staff_store.list_staff(ctx))
    finally:
        ctx.db.close()
    if kind is None and not has_profile and not has_staff:
        return  # a fresh first-run database (e.g. opened by the setup wizard): fill it in place
    if kind == "demo":
        for suffix in ("", "-wal", "-shm"):
            Path(str(db_file) + suffix).unlink(missing_ok=True)
        return
    if kind == "real" or has_profile or kind is None:
        raise DemoRefused(str(data_dir))


def generate(data_dir: Path, seed: int, *, today: date | None = None) -> DemoResult:
    """Create the demo office in `data_dir` (deterministic for `seed` and `today`)."""
    _check_folder(data_dir)
    real_clock: Clock = SystemClock()
    end = today or real_clock.today()
    cutoff = real_clock.now() if today is None else datetime.combine(end, time(23, 59), tzinfo=JST)
    start = end - timedelta(days=DEMO_DAYS)
    clock = FixedClock(datetime.combine(start, time(8, 0), tzinfo=JST))
    rng = random.Random(seed)
    ctx = open_office(data_dir, clock)
    try:
        with write(ctx.db):
            result = _fill(ctx, clock, rng, start, end, seed, cutoff)
    finally:
        ctx.db.close()
    return result


def _fill(
    ctx: Context, clock: FixedClock, rng: random.Random, start: date, end: date, seed: int, cutoff: datetime
) -> DemoResult:
    from desktop.core.staff import Actor
    from desktop.jobs.registry import jobs
    from desktop.store.meta import set_meta

    office_store.save_profile(ctx, demo_profile())
    office_store.mark_office_kind(ctx, "demo")
    set_meta(ctx.db, "demo_seed", str(seed))
    staff_ids: dict[str, str] = {}
    for login, name, role, password in DEMO_LOGINS:
        staff_ids[login] = staff_store.add_staff(ctx, login, name, role, password)
    _settings(ctx, start, end)
    _weekend_sessions(ctx, start, end)
    counters = [
        ctx.as_actor(Actor(staff_ids[login], login, role))
        for login, _, role, _ in DEMO_LOGINS
        if role == Role.COUNTER
    ]
    people = _people(ctx, rng, 240)
    visits = _visits(ctx, clock, rng, people, counters, start, end, cutoff)
    for job in jobs():
        if job.demo is not None:
            job.demo(ctx, rng, start, end)
    return DemoResult(ctx.data_dir, len(people), visits)


def _settings(ctx: Context, start: date, end: date) -> None:
    for year, pop in ((start.year - 1, 64102), (start.year, 63723), (end.year, 63723)):
        office_store.set_population(ctx, year, pop)
    month = date(start.year, start.month, 1)
    while month <= end:
        office_store.set_staffing(ctx, month.year, month.month, Staffing(regular=3, temporary=2))
        office_store.set_terminals_in_service(ctx, month.year, month.month, 3)
        step = (month.year - start.year) * 12 + month.month - start.month
        rate = TargetRate(lower=round(72.0 + 0.5 * step, 1), upper=round(78.0 + 0.5 * step, 1))
        office_store.set_target_rate(ctx, month.year, month.month, rate)
        month = (month + timedelta(days=32)).replace(day=1)
    office_store.set_counters_open(ctx, start.year, start.month, 2)  # 窓口数, as in the profile
    office_store.set_postage(ctx, date(start.year, 1, 1), "tokurei", 492)
    office_store.set_postage(ctx, date(start.year, 1, 1), "kan_i_kakitome", 450)


def _weekend_sessions(ctx: Context, start: date, end: date) -> None:
    """第2土曜 and 最終日曜 9:00–12:00 (the kernel stores them; the booking job's rules write them later)."""
    d = start
    while d <= end + timedelta(days=31):
        second_saturday = d.weekday() == 5 and 8 <= d.day <= 14
        last_sunday = d.weekday() == 6 and (d + timedelta(days=7)).month != d.month
        if second_saturday or last_sunday:
            label = "第2土曜 休日開庁" if second_saturday else "最終日曜 休日開庁"
            cal_store.add_session(ctx, d, "weekend", time(9, 0), time(12, 0), label=label, source="demo")
        d += timedelta(days=1)


def _people(ctx: Context, rng: random.Random, n: int) -> list[Person]:
    people: list[Person] = []
    seen: set[tuple[str, str]] = set()
    while len(people) < n:
        fam, fam_kana = rng.choice(_FAMILY)
        given, given_kana = rng.choice(_GIVEN)
        birth = date(1935, 1, 1) + timedelta(days=rng.randrange(0, 365 * 88))
        key = (fam + given, birth.isoformat())
        if key in seen:
            continue
        seen.add(key)
        p = Person(
            id=None,
            name=f"{fam} {given}",
            kana=f"{fam_kana} {given_kana}",
            birth_date=birth,
            phone=f"090-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}",
            postal_code=f"123-{rng.randrange(4500, 4599):04d}",
            address=f"みどり市{rng.choice(_TOWNS)}{rng.randrange(1, 9)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}",
        )
        people.append(people_store.add_person(ctx, p))
    return people


_SERVICE_MIX = (("handover", 10), ("assist", 5), ("cert_renewal", 3), ("pin_reset", 2))


def _visits(
    ctx: Context,
    clock: FixedClock,
    rng: random.Random,
    people: list[Person],
    counters: list[Context],
    start: date,
    end: date,
    cutoff: datetime,
) -> int:
    """Check-ins on every open day; most are served, a few do not come (no-show).

    Today's check-ins stop at `cutoff` (now), and half of them are still waiting in the queue."""
    total = 0
    d = start
    while d <= end:
        if not cal_store.is_open(ctx, d):
            d += timedelta(days=1)
            continue
        day_visits: list[tuple[str, Person]] = []
        for service, mean in _SERVICE_MIX:
            count = max(0, int(rng.gauss(mean, mean / 3)))
            if d.weekday() >= 5:
                count //= 2
            day_visits += [(service, p) for p in rng.sample(people, min(count, len(people)))]
        rng.shuffle(day_visits)
        opening = datetime.combine(d, time(8, 45), tzinfo=JST)
        step = timedelta(minutes=450 / max(1, len(day_visits)))
        for i, (service, person) in enumerate(day_visits):
            clock.set(opening + step * i)
            if clock.now() > cutoff:
                break
            staff = rng.choice(counters)
            assert person.id is not None
            (visit,) = visit_store.check_in(staff, [person.id], service)
            total += 1
            roll = rng.random()
            if d == end and roll < 0.5:
                continue  # still waiting in today's queue
            if roll < 0.06:
                visit_store.mark_absent(staff, visit.id)
            else:
                visit_store.start_serving(staff, visit.id)
                visit_store.complete(staff, visit.id)
        d += timedelta(days=1)
    return total


def run(data_dir: Path, seed: int = 1, out: TextIO | None = None) -> int:
    """The CLI and the setup wizard's entry point; prints what was made and the demo logins."""
    out = out or sys.stdout
    try:
        result = generate(data_dir, seed)
    except DemoRefused:
        print(
            translate(
                "Demo",
                "Refused: {folder} holds a real office. A demo office needs an empty data folder "
                "(use --data-dir).",
            ).format(folder=data_dir),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    print(
        translate("Demo", "Demo office created in {folder}: {people} residents, {visits} visits.").format(
            folder=result.data_dir, people=result.people, visits=result.visits
        ),
        file=out,
    )
    print(translate("Demo", "Demo logins (login / password / role):"), file=out)
    for login, _name, role, password in DEMO_LOGINS:
        print(f"  {login:<14} {password:<18} {translate('Role', role.label)}", file=out)
    return 0
