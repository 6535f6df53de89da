"""Demo records of the handover job for the last three months (deterministic from `rng`).

- Every handover visit the kernel's demo served gets its card: a case opened by the card-arrival
  side (到着 → 設定済 → 通知済, a few weeks before) and handed over at the visit's time by the staff
  member who served it — some to proxies, many with the 通知カード collected, a few 顔認証 cards.
- Served certificate-renewal and PIN-reset visits become walk-in service records.
- Today's waiting handover visits have their cards waiting (the board shows them).
- About thirty cards stay unclaimed: notices from up to fourteen months ago, reminders, returned
  notices, a few invitations after returned mail, some due for disposal today, and one disposal list
  confirmed by the supervisor last month.
Cases are opened through the kernel API as the mailing side would (that job is built separately).
"""

from __future__ import annotations

import random
import string
from datetime import date, datetime, time, timedelta

from desktop.core.cases import MAILING, CaseState
from desktop.core.clock import JST, FixedClock, to_local
from desktop.core.people import Person
from desktop.core.staff import Actor, Role
from desktop.core.visits import Visit, VisitState
from desktop.jobs.handover.domain import (
    HandoverDraft,
    ProxyDraft,
    ProxyProof,
    ProxyReason,
    WalkInDraft,
    WalkInService,
    age_on,
)
from desktop.jobs.handover.domain.walkin import detail_keys
from desktop.jobs.handover.store.demo_queries import people_with_cases, person_ids
from desktop.jobs.handover.store.handovers import complete_handover
from desktop.jobs.handover.store.unclaimed import dispose, record_reminders, record_return
from desktop.jobs.handover.store.walkins import record_walkin
from desktop.store import cases as case_store
from desktop.store import staff as staff_store
from desktop.store import visits as visit_store
from desktop.store.context import Context
from desktop.store.office import load_profile
from desktop.store.people import get_person

A_DOCS = ("driving_licence", "driving_licence", "driving_licence", "passport", "residence_card",
          "physical_disability_cert")  # fmt: skip
B_PAIRS = (("insurance_qualification_cert", "pension_book"), ("health_insurance_card", "bank_book"),
           ("care_insurance_card", "pension_certificate"))  # fmt: skip
PROXY_REASONS = (
    (ProxyReason.HOSPITAL, ProxyProof.ADMISSION_CERT), (ProxyReason.PREGNANCY, ProxyProof.MATERNITY_BOOK),
    (ProxyReason.NEED_OF_CARE, ProxyProof.CARE_INSURANCE_CARD), (ProxyReason.CARE_FACILITY, ProxyProof.FACILITY_CERT),
    (ProxyReason.BUSINESS_TRIP, ProxyProof.EMPLOYER_CERT), (ProxyReason.DISABILITY, ProxyProof.DISABILITY_BOOK),
)  # fmt: skip


class _Demo:
    def __init__(self, ctx: Context, rng: random.Random, start: date, end: date) -> None:
        self.ctx, self.rng, self.start, self.end = ctx, rng, start, end
        clock = ctx.clock
        if not isinstance(clock, FixedClock):
            raise TypeError("the demo runs on a FixedClock")
        self.clock = clock
        profile = load_profile(ctx)
        self.terminals = list(profile.terminals) if profile and profile.terminals else ["統合端末1"]
        staff = staff_store.list_staff(ctx, include_inactive=False)
        self.actors = {m.id: Actor(m.id, m.login, m.role) for m in staff}
        counters = [a for a in self.actors.values() if a.role == Role.COUNTER]
        supervisors = [a for a in self.actors.values() if a.role >= Role.SUPERVISOR]
        self.counter = ctx.as_actor(counters[0]) if counters else ctx
        self.supervisor = ctx.as_actor(supervisors[0]) if supervisors else ctx
        self.reservations: set[str] = set()
        self.people: dict[str, Person] = {}
        self.handed: set[str] = set()

    # --- helpers -----------------------------------------------------------------------------------
    def at(self, moment: datetime) -> None:
        self.clock.set(moment)

    def person(self, person_id: str) -> Person:
        if person_id not in self.people:
            self.people[person_id] = get_person(self.ctx, person_id)
        return self.people[person_id]

    def reservation(self) -> str:
        while True:
            head = "".join(self.rng.choice(string.ascii_uppercase) for _ in range(3))
            number = f"{head}{self.rng.randrange(0, 10**6):06d}"
            if number not in self.reservations:
                self.reservations.add(number)
                return number

    def open_notified(self, person_id: str, notified_at: datetime, *, invited: bool = False) -> str:
        """A card case as the arrival and mailing side leaves it: 通知済 (or 来庁案内済 after returned mail)."""
        arrived = notified_at - timedelta(days=self.rng.randint(3, 8))
        self.at(arrived)
        case = case_store.open_case(self.counter, person_id, owner=MAILING, state=CaseState.ARRIVED,
                                    reservation_number=None if invited else self.reservation())  # fmt: skip
        self.at(arrived + timedelta(days=1))
        case_store.transition(self.counter, case.id, CaseState.CONFIGURED, owner=MAILING)
        if invited:
            self.at(arrived + timedelta(days=2))
            case_store.transition(self.counter, case.id, CaseState.MAILED, owner=MAILING)
            self.at(notified_at - timedelta(days=1))
            case_store.transition(self.counter, case.id, CaseState.RETURNED, owner=MAILING)
            self.at(notified_at)
            case_store.transition(self.counter, case.id, CaseState.INVITED, owner=MAILING)
        else:
            self.at(notified_at)
            case_store.transition(self.counter, case.id, CaseState.NOTIFIED, owner=MAILING)
        return case.id

    def staff_ctx(self, visit: Visit) -> Context:
        actor = self.actors.get(visit.staff_id or "")
        return self.ctx.as_actor(actor) if actor is not None else self.counter

    # --- handovers ---------------------------------------------------------------------------------
    def draft(self, case_id: str, visit: Visit) -> HandoverDraft:
        rng = self.rng
        person = self.person(visit.person_id)
        age = age_on(person.birth_date, visit.business_date) if person.birth_date else 40
        proxy = None
        if rng.random() < 0.08:
            reason, proof = (
                (ProxyReason.AGE_75, ProxyProof.REGISTER) if age >= 75 else rng.choice(PROXY_REASONS)
            )
            proxy = ProxyDraft(reason, proof, ("driving_licence", "health_insurance_card"), True)
        if proxy is not None:
            documents: tuple[str, ...] = (rng.choice(A_DOCS), rng.choice(B_PAIRS)[0])
        elif rng.random() < 0.2:
            documents = rng.choice(B_PAIRS)
        else:
            documents = (rng.choice(A_DOCS),)
        face = rng.random() < 0.03
        return HandoverDraft(
            case_id, visit.person_id, visit.id, documents=documents, proxy=proxy,
            collected_notice_card=rng.random() < 0.6, collected_juki_card=rng.random() < 0.05,
            face_auth=face, pins_set=not face, cert_signature=not face and age >= 15 and rng.random() < 0.95,
            cert_user=rng.random() < 0.97, terminal=rng.choice(self.terminals),
        )  # fmt: skip

    def handovers_and_services(self) -> tuple[int, int]:
        handed = services = 0
        day = self.start
        while day <= self.end:
            for visit in visit_store.visits_on(self.ctx, day):
                if visit.state is VisitState.DONE and visit.finished_at is not None:
                    if visit.service == "handover":
                        handed += self.hand_over(visit)
                    elif visit.service in {s.value for s in WalkInService}:
                        services += self.walk_in(visit)
                elif visit.service == "handover" and visit.state is VisitState.WAITING and day == self.end:
                    notified = datetime.combine(
                        day - timedelta(days=self.rng.randint(7, 30)), time(9, 0), JST
                    )
                    self.open_notified(visit.person_id, notified)
            day += timedelta(days=1)
        return handed, services

    def hand_over(self, visit: Visit) -> int:
        assert visit.finished_at is not None
        if self.rng.random() < 0.05 or visit.person_id in self.handed:
            return 0  # came without a waiting card (explained at the counter): no handover
        self.handed.add(visit.person_id)
        notified = to_local(visit.checked_in_at) - timedelta(days=self.rng.randint(10, 40), hours=1)
        case_id = self.open_notified(visit.person_id, notified, invited=self.rng.random() < 0.04)
        self.at(visit.finished_at)
        complete_handover(self.staff_ctx(visit), self.draft(case_id, visit), visit_already_done=True)
        return 1

    def walk_in(self, visit: Visit) -> int:
        assert visit.finished_at is not None
        service = WalkInService(visit.service)
        self.at(visit.finished_at)
        documents = ("my_number_card",) if self.rng.random() < 0.9 else ("driving_licence",)
        record_walkin(self.staff_ctx(visit), WalkInDraft(
            visit.person_id, service, self.rng.choice(detail_keys(service)), visit.id, documents,
        ), visit_already_done=True)  # fmt: skip
        return 1

    # --- unclaimed cards ---------------------------------------------------------------------------
    def unclaimed(self, busy: set[str]) -> int:
        rng = self.rng
        free = [p for p in person_ids(self.ctx) if p not in busy]
        rng.shuffle(free)
        made = 0
        ages_days = sorted((rng.randint(5, 360) for _ in range(29)), reverse=True)
        ages_days = [rng.randint(380, 430) for _ in range(3)] + ages_days
        for person_id, days in zip(free, ages_days, strict=False):
            notified = datetime.combine(self.end - timedelta(days=days), time(9, 30), JST)
            case_id = self.open_notified(person_id, notified, invited=rng.random() < 0.12)
            made += 1
            if made <= 3:  # the oldest ones: past the rule, proposed for disposal today
                reminder_day = self.end - timedelta(days=rng.randint(95, 200))
                self.at(datetime.combine(reminder_day, time(10, 0), JST))
                record_reminders(self.counter, [case_id], reminder_day)
            elif days > 60 and rng.random() < 0.85:
                reminder_day = notified.date() + timedelta(days=rng.randint(45, min(days - 5, 330)))
                self.at(datetime.combine(reminder_day, time(10, 0), JST))
                (letter,) = record_reminders(self.counter, [case_id], reminder_day)
                if rng.random() < 0.3:
                    back = min(reminder_day + timedelta(days=rng.randint(4, 12)), self.end)
                    self.at(datetime.combine(back, time(11, 0), JST))
                    record_return(self.counter, case_id, letter.id, back)
            elif days > 20 and rng.random() < 0.25:
                back = notified.date() + timedelta(days=rng.randint(5, 15))
                self.at(datetime.combine(back, time(11, 0), JST))
                record_return(self.counter, case_id, None, back)
        return made

    def disposal_last_month(self, busy: set[str]) -> None:
        """Three cards notified 15 months ago, reminded 5 months ago, disposed of by the supervisor."""
        free = [p for p in person_ids(self.ctx, by_birth_date=True) if p not in busy][:3]
        disposal_day = self.end - timedelta(days=30)
        while disposal_day.weekday() >= 5:
            disposal_day -= timedelta(days=1)
        ids = []
        for person_id in free:
            notified = datetime.combine(disposal_day - timedelta(days=450), time(9, 30), JST)
            case_id = self.open_notified(person_id, notified)
            reminder_day = disposal_day - timedelta(days=150)
            self.at(datetime.combine(reminder_day, time(10, 0), JST))
            record_reminders(self.counter, [case_id], reminder_day)
            ids.append(case_id)
        if ids:
            self.at(datetime.combine(disposal_day, time(16, 0), JST))
            dispose(self.supervisor, ids)


def generate(ctx: Context, rng: random.Random, start: date, end: date) -> None:
    demo = _Demo(ctx, rng, start, end)
    resume = demo.clock.now()
    demo.handovers_and_services()
    busy = people_with_cases(ctx)
    busy |= {v.person_id for v in visit_store.visits_on(ctx, end)}
    demo.disposal_last_month(busy)
    busy |= people_with_cases(ctx)
    demo.unclaimed(busy)
    demo.at(resume)
