"""Finding bookings: by kana, phone, reservation number + birth date, or date; the day-before call
list; the bookings a closed day or shortened hours leave without a slot (residents to call).

These are listings (not audited, like the kernel's people search): opening one booking with
`get_booking` is the audited view; printing or exporting a list is audited by the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from typing import Any

from desktop.core import people as core_people
from desktop.core.cases import normalize_reservation_number
from desktop.jobs.booking.domain.model import BookingSummary
from desktop.jobs.booking.domain.slots import minutes, starts_for
from desktop.jobs.booking.store.availability import day_plans
from desktop.jobs.booking.store.settings import load_settings
from desktop.store.context import Context

_MAX_CHAR = "\U0010ffff"
_SUMMARY = (
    "SELECT b.id, b.day, b.start_time, b.end_time, b.service, b.party_size, b.state, b.person_id, "
    "p.name, p.kana, p.birth_date, p.phone, b.reservation_number FROM bookings b "
    "JOIN people p ON p.id = b.person_id"
)


def _summaries(ctx: Context, rows: Sequence[Any]) -> list[BookingSummary]:
    ids = [str(r[0]) for r in rows]
    party: dict[str, list[tuple[str, str]]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for booking_id, state, name in ctx.db.conn.execute(
            f"SELECT bp.booking_id, bp.state, p.name FROM booking_people bp JOIN people p ON p.id = bp.person_id "
            f"WHERE bp.booking_id IN ({marks}) ORDER BY bp.booking_id, bp.position",
            chunk,
        ):
            party[str(booking_id)].append((str(state), str(name)))
    out = []
    for r in rows:
        members = party.get(str(r[0]), [])
        live = [(s, n) for s, n in members if s != "cancelled"] or members
        out.append(
            BookingSummary(
                booking_id=str(r[0]), day=date.fromisoformat(r[1]), start=time.fromisoformat(r[2]),
                end=time.fromisoformat(r[3]), service=str(r[4]), party_size=int(r[5]), state=str(r[6]),
                person_id=str(r[7]), name=str(r[8]), kana=str(r[9]),
                birth_date=date.fromisoformat(r[10]) if r[10] else None, phone=str(r[11]),
                reservation_number=r[12], people_states=tuple(s for s, _ in live),
                names=tuple(n for _, n in live),
            )  # fmt: skip
        )
    return out


def search_bookings(
    ctx: Context,
    *,
    kana: str | None = None,
    phone: str | None = None,
    reservation_number: str | None = None,
    birth_date: date | None = None,
    day: date | None = None,
    include_cancelled: bool = False,
    limit: int = 100,
) -> list[BookingSummary]:
    """Bookings matching every criterion given (none given: empty), upcoming first (soonest first),
    then past ones (latest first). A kana or phone matches anyone in the party; a reservation number
    needs the booker's birth date and also finds bookings of the resident whose card case has it."""
    where: list[str] = []
    args: list[Any] = []
    if kana is not None and core_people.kana_key(kana):
        key = core_people.kana_key(kana)
        where.append(
            "b.id IN (SELECT bp.booking_id FROM people q JOIN booking_people bp ON bp.person_id = q.id "
            "WHERE q.kana_key >= ? AND q.kana_key < ?)"
        )
        args += [key, key + _MAX_CHAR]
    if phone is not None and core_people.phone_digits(phone):
        where.append(
            "b.id IN (SELECT bp.booking_id FROM people q JOIN booking_people bp ON bp.person_id = q.id "
            "WHERE replace(q.phone, '-', '') LIKE ?)"
        )
        args.append("%" + core_people.phone_digits(phone))
    if reservation_number is not None and reservation_number.strip():
        resv = normalize_reservation_number(reservation_number)
        where.append(
            "(b.reservation_number = ? OR b.person_id IN "
            "(SELECT c.person_id FROM card_cases c WHERE c.reservation_number = ?))"
        )
        args += [resv, resv]
        if birth_date is None:
            return []  # the number alone never opens anyone's booking
    if birth_date is not None:
        where.append("p.birth_date = ?")
        args.append(birth_date.isoformat())
    if day is not None:
        where.append("b.day = ?")
        args.append(day.isoformat())
    if not where:
        return []
    if not include_cancelled:
        where.append("b.state = 'active'")
    today = ctx.clock.today().isoformat()
    rows = ctx.db.conn.execute(
        f"{_SUMMARY} WHERE {' AND '.join(where)} ORDER BY b.day < ?, "
        "CASE WHEN b.day >= ? THEN b.day END, b.day DESC, b.start_time, b.id LIMIT ?",
        (*args, today, today, max(0, int(limit))),
    ).fetchall()
    return _summaries(ctx, rows)


def bookings_on(ctx: Context, day: date, *, include_cancelled: bool = False) -> list[BookingSummary]:
    """The bookings of one day in time order."""
    where = "b.day = ?" + ("" if include_cancelled else " AND b.state = 'active'")
    rows = ctx.db.conn.execute(
        f"{_SUMMARY} WHERE {where} ORDER BY b.start_time, b.id", (day.isoformat(),)
    ).fetchall()
    return _summaries(ctx, rows)


def call_list(ctx: Context, day: date) -> list[BookingSummary]:
    """The day-before call list (前日連絡): active bookings of `day` with someone still booked."""
    return [b for b in bookings_on(ctx, day) if "booked" in b.people_states]


def bookings_without_slot(ctx: Context, start: date, end: date) -> list[BookingSummary]:
    """Active bookings from start to end whose time the calendar no longer opens (a closure, a removed
    session, shorter hours): the residents to call. Past days are not listed."""
    first = max(start, ctx.clock.today())
    if first > end:
        return []
    rows = ctx.db.conn.execute(
        f"{_SUMMARY} WHERE b.state = 'active' AND b.day BETWEEN ? AND ? ORDER BY b.day, b.start_time, b.id",
        (first.isoformat(), end.isoformat()),
    ).fetchall()
    found = [b for b in _summaries(ctx, rows) if "booked" in b.people_states]
    if not found:
        return []
    settings = load_settings(ctx)
    plans = day_plans(ctx, min(b.day for b in found), max(b.day for b in found), settings=settings)
    out = []
    for b in found:
        resource = settings.resource_of(b.service)
        plan = plans[b.day][resource]
        k = max(1, (minutes(b.end) - minutes(b.start)) // plan.slot_minutes)
        if minutes(b.start) not in starts_for(plan.grid, plan.slot_minutes, k):
            out.append(b)
    return out
