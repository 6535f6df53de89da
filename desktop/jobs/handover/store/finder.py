"""Finding the resident and the waiting card: today's board, reservation number + birth date, kana,
申請書ID. Only through the kernel: visits (`visits_on`), cases (`find_by_reservation`,
`find_by_application_id`, `cases_of`, `cases_in`) and people (`search_people`, `names_of`).

These are listings (not audited, and the search text is never logged); opening a candidate with
`begin_handover` is the audited view.
"""

from __future__ import annotations

from datetime import date

from desktop.core.cases import CardCase, CaseState
from desktop.core.errors import NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.people import Person
from desktop.core.visits import Visit, VisitState
from desktop.jobs.handover.domain.records import Candidate
from desktop.store import cases as case_store
from desktop.store import visits as visit_store
from desktop.store.context import Context
from desktop.store.people import names_of, search_people

READY = (CaseState.NOTIFIED, CaseState.INVITED)
NOT_FOUND = QT_TRANSLATE_NOOP(
    "Errors", "No waiting card matches. Check the number and the birth date, or search by kana."
)


def _ready_case_of(ctx: Context, person_id: str) -> CardCase | None:
    """The resident's waiting card (the one notified longest ago, if ever more than one)."""
    ready = [c for c in case_store.cases_of(ctx, person_id) if c.state in READY]
    return min(ready, key=lambda c: c.state_at) if ready else None


def _candidate(person: Person, case: CardCase | None, visit: Visit | None = None) -> Candidate:
    assert person.id is not None
    return Candidate(person.id, person.name, person.kana, person.birth_date, case, visit)


def board(ctx: Context, day: date | None = None, *, include_closed: bool = False) -> list[Candidate]:
    """Today's handover visits in queue order, each with the card waiting for the resident."""
    d = day or ctx.clock.today()
    visits = [v for v in visit_store.visits_on(ctx, d) if v.service == "handover"]
    if not include_closed:
        visits = [v for v in visits if v.state in (VisitState.WAITING, VisitState.SERVING)]
    names = names_of(ctx, [v.person_id for v in visits])
    out: list[Candidate] = []
    for visit in visits:
        out.append(Candidate(visit.person_id, names.get(visit.person_id, ""), "", None,
                             _ready_case_of(ctx, visit.person_id), visit))  # fmt: skip
    return out


def by_reservation(ctx: Context, number: str, birth_date: date) -> Candidate:
    """The card with this reservation number, when the birth date matches its resident (else NotFound)."""
    case = case_store.find_by_reservation(ctx, number)
    if case is None or case.person_id is None:
        raise NotFound(NOT_FOUND)
    matches = {p.id: p for p in search_people(ctx, birth_date=birth_date, limit=500)}
    person = matches.get(case.person_id)
    if person is None:
        raise NotFound(NOT_FOUND)
    return _candidate(person, case)


def by_application_id(ctx: Context, application_id: str) -> list[Candidate]:
    """Cases with this 申請書ID and their residents (the birth date is shown for staff to compare)."""
    out: list[Candidate] = []
    for case in case_store.find_by_application_id(ctx, application_id):
        if case.person_id is None:
            continue
        name = names_of(ctx, [case.person_id]).get(case.person_id, "")
        out.append(Candidate(case.person_id, name, "", None, case))
    return out


def by_kana(ctx: Context, kana: str, *, birth_date: date | None = None, limit: int = 50) -> list[Candidate]:
    """Residents whose フリガナ starts with `kana` (optionally with this birth date), with their waiting card."""
    people = search_people(ctx, kana=kana, birth_date=birth_date, limit=limit)
    return [_candidate(p, _ready_case_of(ctx, p.id or "")) for p in people]


def waiting_cards(ctx: Context) -> list[CardCase]:
    """Every card waiting to be collected, longest-waiting first."""
    return case_store.cases_in(ctx, READY)


WALK_IN_SERVICES = ("cert_renewal", "pin_reset", "pin_change", "card_update")


def service_board(ctx: Context, day: date | None = None) -> list[Candidate]:
    """Today's visits for the walk-in services (waiting or being served), in queue order."""
    d = day or ctx.clock.today()
    visits = [v for v in visit_store.visits_on(ctx, d)
              if v.service in WALK_IN_SERVICES and v.state in (VisitState.WAITING, VisitState.SERVING)]  # fmt: skip
    names = names_of(ctx, [v.person_id for v in visits])
    return [Candidate(v.person_id, names.get(v.person_id, ""), "", None, None, v) for v in visits]


def people_by_kana(ctx: Context, kana: str, limit: int = 50) -> list[Candidate]:
    """Residents by フリガナ (a listing, not audited), without looking at their cards."""
    return [
        Candidate(p.id or "", p.name, p.kana, p.birth_date, None)
        for p in search_people(ctx, kana=kana, limit=limit)
    ]
