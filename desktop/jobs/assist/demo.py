"""Demo records of the assistance job for the last three months (deterministic from `rng`).

The job makes its own residents (so it depends on no other job's demo) and walks over the office's open
days with the demo clock: a few walk-ins a day are checked in, assisted through the flow's store calls
(a 受付番号, the form scanned or typed — now and then reissued on the terminal —, a photo, the options,
the tablet and 「市民課+受付番号」, the online or paper application, the guidance) and finished in about
four to nine minutes, so their card cases reach 申請済 for the arrival and mailing side. About one in five
chose 申請時来庁 (identity checked at the counter, the card mailed by 本人限定受取郵便 or 簡易書留, or kept
at the counter). A few were stopped (中断) and resumed later the same day or another day; two stopped
yesterday stay suspended for the demo to resume. Five pop-up venue sessions (a company, a community centre, a shopping
centre, a care facility and a home visit) were planned by the supervisor and record `popup_assist`.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from desktop.core.cases import DeliveryMethod
from desktop.core.clock import JST, FixedClock
from desktop.core.people import Person
from desktop.core.staff import Actor, Role
from desktop.jobs.assist.domain.apply_identity import ApplyIdentityDraft
from desktop.jobs.assist.domain.flow import AssistDraft, Channel, FormSource, PhotoChoice, Step
from desktop.jobs.assist.domain.records import AssistSession, SuspendReason
from desktop.jobs.assist.domain.venues import VenueSession, VenueSessionDraft, VenueType
from desktop.jobs.assist.store import begin, records, venues
from desktop.store import calendar as cal_store
from desktop.store import people as people_store
from desktop.store import staff as staff_store
from desktop.store.context import Context

_FAMILY = [("石川", "イシカワ"), ("前田", "マエダ"), ("藤田", "フジタ"), ("後藤", "ゴトウ"), ("岡本", "オカモト"),
           ("長谷川", "ハセガワ"), ("村上", "ムラカミ"), ("近藤", "コンドウ"), ("坂本", "サカモト"), ("遠藤", "エンドウ"),
           ("青木", "アオキ"), ("藤井", "フジイ"), ("西村", "ニシムラ"), ("福田", "フクダ"), ("太田", "オオタ"),
           ("三浦", "ミウラ"), ("藤原", "フジワラ"), ("岡田", "オカダ"), ("松田", "マツダ"), ("中川", "ナカガワ")]  # fmt: skip
_GIVEN = [("大樹", "ダイキ"), ("結菜", "ユイナ"), ("湊", "ミナト"), ("紬", "ツムギ"), ("陽翔", "ハルト"), ("凛", "リン"),
          ("正男", "マサオ"), ("久美子", "クミコ"), ("浩", "ヒロシ"), ("明美", "アケミ"), ("隆", "タカシ"), ("洋子", "ヨウコ"),
          ("健一", "ケンイチ"), ("由紀", "ユキ"), ("誠一", "セイイチ"), ("智子", "トモコ")]  # fmt: skip
_TOWNS = ["緑町", "本町", "旭町", "栄町", "若葉台", "桜ヶ丘", "東町", "西町"]
_IDENTITY = (
    (("driving_licence", "health_insurance_card"), False), (("passport", "driving_licence"), False),
    (("driving_licence",), True), (("residence_card", "insurance_qualification_cert"), False),
    (("notice_card", "insurance_qualification_cert", "pension_book"), False),
)  # fmt: skip
_VENUES = (
    ("みどり電機株式会社 本社", VenueType.COMPANY, "みどり市工業団地3-1", 18, (13, 0), (16, 0)),
    ("みどり市中央公民館", VenueType.COMMUNITY_CENTRE, "みどり市本町2-5", 14, (9, 30), (12, 0)),
    ("ショッピングモールみどり", VenueType.SHOPPING_CENTRE, "みどり市若葉台1-1", 32, (10, 0), (16, 0)),
    ("特別養護老人ホーム 緑風苑", VenueType.CARE_FACILITY, "みどり市桜ヶ丘4-8", 9, (13, 30), (15, 30)),
    ("自宅訪問（東町）", VenueType.HOME_VISIT, "", 2, (14, 0), (15, 0)),
)  # fmt: skip


class _Demo:
    def __init__(self, ctx: Context, rng: random.Random, start: date, end: date) -> None:
        clock = ctx.clock
        if not isinstance(clock, FixedClock):
            raise TypeError("the demo runs on a FixedClock")
        self.ctx, self.rng, self.start, self.end, self.clock = ctx, rng, start, end, clock
        staff = staff_store.list_staff(ctx, include_inactive=False)
        counters = [Actor(m.id, m.login, m.role) for m in staff if m.role == Role.COUNTER]
        supervisors = [Actor(m.id, m.login, m.role) for m in staff if m.role >= Role.SUPERVISOR]
        self.counters = [ctx.as_actor(a) for a in counters] or [ctx]
        self.supervisor = ctx.as_actor(supervisors[0]) if supervisors else ctx
        self.names: set[str] = set()
        self.ids: set[str] = set()

    def at(self, moment: datetime) -> None:
        self.clock.set(moment)

    def person(self, today: date, *, baby: bool = False) -> str:
        rng = self.rng
        while True:
            fam, fam_kana = rng.choice(_FAMILY)
            given, given_kana = rng.choice(_GIVEN)
            if fam + given not in self.names or len(self.names) > 300:
                break
        self.names.add(fam + given)
        birth = (today - timedelta(days=rng.randint(40, 330)) if baby
                 else date(1938, 1, 1) + timedelta(days=rng.randrange(0, 365 * 68)))  # fmt: skip
        person = people_store.add_person(self.ctx, Person(
            None, f"{fam} {given}", f"{fam_kana} {given_kana}", birth,
            phone=f"090-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}",
            postal_code=f"123-{rng.randrange(4500, 4599):04d}",
            address=f"みどり市{rng.choice(_TOWNS)}{rng.randrange(1, 9)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}"))  # fmt: skip
        assert person.id is not None
        return person.id

    def application_id(self) -> str:
        while True:
            value = "".join(str(self.rng.randrange(10)) for _ in range(23))
            if value not in self.ids:
                self.ids.add(value)
                return value

    def filled(self, session: AssistSession, baby: bool, applied_at: datetime) -> AssistDraft:
        rng, draft = self.rng, session.draft
        roll = rng.random()
        form = (FormSource.SCANNER if roll < 0.6 else FormSource.TYPED if roll < 0.8
                else FormSource.QR if roll < 0.9 else FormSource.REISSUE)  # fmt: skip
        application_id = self.application_id() if form is not FormSource.REISSUE or rng.random() < 0.5 else None
        photo = (PhotoChoice.NONE_UNDER_ONE if baby else
                 PhotoChoice.TAKEN if rng.random() < 0.7 else PhotoChoice.BROUGHT)  # fmt: skip
        mailed = not baby and rng.random() < 0.2
        identity = ApplyIdentityDraft()
        if mailed:
            docs, pin = rng.choice(_IDENTITY)
            delivery = rng.choices((DeliveryMethod.TOKUREI, DeliveryMethod.KAN_I_KAKITOME, DeliveryMethod.COUNTER),
                                   (60, 25, 15))[0]  # fmt: skip
            identity = ApplyIdentityDraft(docs, pin, True, True, delivery, True, True, True, True)
        channel = Channel.PAPER if rng.random() < 0.15 else Channel.ONLINE
        tablet = session.default_tablet if channel is Channel.ONLINE else ""
        return replace(
            draft, questions=rng.choice(["", "", "", "写真の写り方が心配", "暗証番号の決め方を相談", "更新の手続きについて"]),
            form=form, application_id=application_id, photo=photo, terms_explained=True,
            cert_wanted=not baby and rng.random() < 0.9, braille=rng.random() < 0.02, face_auth=rng.random() < 0.04,
            mailed_later=mailed, identity=identity, tablet=tablet,
            tablet_mail=session.tablet_mails.get(tablet, "") if tablet else "", channel=channel,
            applied_at=applied_at, guidance_explained=True, step=Step.GUIDANCE,
        )  # fmt: skip

    def assist(self, staff: Context, arrive: datetime, venue: VenueSession | None = None) -> None:
        """One resident: checked in at `arrive`, called a minute later, assisted, finished (or stopped)."""
        rng = self.rng
        baby = rng.random() < 0.03
        person_id = self.person(arrive.date(), baby=baby)
        self.at(arrive)
        session = begin.begin_person(staff, person_id, venue_session_id=venue.id if venue else None)
        minutes = rng.choices((4, 5, 6, 7, 8, 9, 12), (10, 25, 25, 18, 10, 7, 5))[0]
        stop = venue is None and rng.random() < 0.05
        if stop:
            self.at(arrive + timedelta(minutes=2))
            records.suspend(staff, replace(session.draft, step=Step.PHOTO, form=FormSource.SCANNER,
                                           application_id=self.application_id()),
                            rng.choice((SuspendReason.PHOTO, SuspendReason.DOCUMENTS, SuspendReason.THINKING)))  # fmt: skip
            later = self.resume_time(arrive)
            self.at(later)
            session = begin.open_record(staff, session.record.id)
            arrive = later
        self.at(arrive + timedelta(minutes=minutes))
        draft = self.filled(session, baby, arrive + timedelta(minutes=minutes - 1))
        records.finish(staff, replace(draft, application_id=draft.application_id or session.draft.application_id))
        if rng.random() < 0.7:
            records.mark_printed(staff, session.record.id, "slip")

    def resume_time(self, stopped: datetime) -> datetime:
        """Back later the same day, or on a later open day before today."""
        if self.rng.random() < 0.45 and stopped.hour < 15:
            return stopped + timedelta(hours=self.rng.randint(1, 2))
        day = stopped.date() + timedelta(days=self.rng.randint(1, 6))
        while day < self.end and not cal_store.is_open(self.ctx, day):
            day += timedelta(days=1)
        if day >= self.end:
            return stopped + timedelta(hours=1)
        return datetime.combine(day, time(self.rng.randint(9, 15), self.rng.choice((0, 20, 40))), JST)

    def left_suspended(self) -> None:
        """Two applications stopped on the last open day before today, for the demo to resume."""
        day = self.end - timedelta(days=1)
        while day > self.start and not cal_store.is_open(self.ctx, day):
            day -= timedelta(days=1)
        for i, reason in enumerate((SuspendReason.PHOTO, SuspendReason.DOCUMENTS)):
            arrive = datetime.combine(day, time(15, 10 + 25 * i), JST)
            staff = self.counters[i % len(self.counters)]
            self.at(arrive)
            session = begin.begin_person(staff, self.person(day))
            self.at(arrive + timedelta(minutes=3))
            draft = replace(session.draft, step=Step.PHOTO, form=FormSource.TYPED, application_id=self.application_id())
            records.suspend(staff, draft, reason)

    def office_days(self) -> int:
        made = 0
        day = self.start
        while day < self.end:  # today's queue is the kernel's (its waiting visits are live in the demo)
            if cal_store.is_open(self.ctx, day):
                count = self.rng.randint(1, 4) if day.weekday() < 5 else self.rng.randint(0, 2)
                times = sorted(self.rng.randint(0, 420) for _ in range(count))
                for minute in times:
                    arrive = datetime.combine(day, time(8, 50), JST) + timedelta(minutes=minute)
                    self.assist(self.rng.choice(self.counters), arrive)
                    made += 1
            day += timedelta(days=1)
        return made

    def venue_sessions(self) -> int:
        made = 0
        span = (self.end - self.start).days
        for i, (name, kind, address, people, (h1, m1), (h2, m2)) in enumerate(_VENUES):
            day = self.start + timedelta(days=int(span * (i + 0.6) / (len(_VENUES) + 0.5)))
            while day.weekday() >= 5 and kind is not VenueType.SHOPPING_CENTRE:
                day += timedelta(days=1)
            if day >= self.end:
                continue
            self.at(datetime.combine(day - timedelta(days=14), time(16, 0), JST))
            staff = self.counters[: 2 if people > 10 else 1]
            tablets = ("1", "2") if people > 10 else ("2",)
            session = venues.add_venue_session(self.supervisor, VenueSessionDraft(
                name, kind, day, time(h1, m1), time(h2, m2), address=address,
                staff_ids=tuple(s.actor.staff_id for s in staff if s.actor.staff_id), tablets=tablets,
                note="出張申請受付" if kind is not VenueType.HOME_VISIT else "寝たきりの方の自宅訪問"))  # fmt: skip
            opening = datetime.combine(day, time(h1, m1), JST)
            length = (h2 * 60 + m2) - (h1 * 60 + m1) - 15
            for minute in sorted(self.rng.randint(0, max(1, length)) for _ in range(people)):
                self.assist(self.rng.choice(staff), opening + timedelta(minutes=minute), session)
                made += 1
        return made


def generate(ctx: Context, rng: random.Random, start: date, end: date) -> None:
    demo = _Demo(ctx, rng, start, end)
    resume = demo.clock.now()
    demo.venue_sessions()
    demo.office_days()
    demo.left_suspended()
    demo.at(resume)
