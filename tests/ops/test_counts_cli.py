"""`madoguchi counts list | void` in-process: a supervisor lists a day's entries and cancels one; the
monthly count drops by one; a counter clerk is refused with exit code 4; refusals exit 1."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.core.clock import JST, FixedClock
from desktop.core.staff import Actor, Role
from desktop.store import events as ev
from desktop.store.context import Context
from tests.ops.conftest import Run

PW = "correct-horse-1"
NOV24 = date(2026, 11, 24)
LOGIN = ("--user", "super1", "--password-stdin")


@pytest.fixture
def day(office: Context, clock: FixedClock, staff_users: dict[Role, Actor]) -> list[str]:
    """Three handovers and an application support on 24 November, by the counter clerk."""
    clerk = office.as_actor(staff_users[Role.COUNTER])
    ids = []
    for minute in (5, 6, 7):
        clock.set(datetime(2026, 11, 24, 9, minute, tzinfo=JST))
        ids.append(ev.record_event(clerk, "handover", None))
    clock.set(datetime(2026, 11, 24, 14, 30, tzinfo=JST))
    ids.append(ev.record_event(clerk, "assist", None, value=25))
    return ids


def test_list_then_void_then_list(day: list[str], run: Run, office: Context) -> None:
    listed = run("counts", "list", "--date", "2026-11-24", *LOGIN, stdin=PW + "\n")
    assert listed.code == 0, listed.err
    lines = listed.out.splitlines()
    assert lines[0].split() == ["ID", "Time", "Count", "Staff", "Value", "Status"]
    assert len(lines) == 5
    assert day[0] in lines[1] and "09:05" in lines[1] and "Cards handed over" in lines[1]
    assert "窓口 一郎" in lines[1] and lines[1].endswith("counted")
    assert "14:30" in lines[4] and "Application support" in lines[4] and "25" in lines[4]

    voided = run("counts", "void", day[1], "--reason", "entered twice", *LOGIN, stdin=PW + "\n")
    assert voided.code == 0, voided.err
    assert day[1] in voided.out and "2026-11-24" in voided.out
    assert ev.counts(office, date(2026, 11, 1), date(2026, 11, 30), ["handover"]) == {("handover", NOV24): 2}

    handovers = run("counts", "list", "--date", "2026-11-24", "--kind", "handover", *LOGIN, stdin=PW + "\n")
    assert handovers.code == 0, handovers.err
    rows = handovers.out.splitlines()[1:]
    assert len(rows) == 3
    assert rows[1].startswith(day[1]) and rows[1].endswith("cancelled (entered twice)")

    again = run("counts", "void", day[1], "--reason", "again", *LOGIN, stdin=PW + "\n")
    assert again.code == 1 and "already cancelled" in again.err
    empty = run("counts", "list", "--date", "2026-11-23", *LOGIN, stdin=PW + "\n")
    assert empty.code == 0 and "No count entries on 2026-11-23." in empty.out


def test_refusals_and_usage(day: list[str], run: Run, office: Context) -> None:
    clerk = run("counts", "list", "--date", "2026-11-24", "--user", "counter1", "--password-stdin",
                stdin=PW + "\n")  # fmt: skip
    assert clerk.code == 4 and "supervisor" in clerk.err and clerk.out == ""
    clerk_void = run("counts", "void", day[0], "--reason", "mistake", "--user", "counter1", "--password-stdin",
                     stdin=PW + "\n")  # fmt: skip
    assert clerk_void.code == 4
    no_login = run("counts", "list", "--date", "2026-11-24")
    assert no_login.code == 4
    no_reason = run("counts", "void", day[0], "--reason", "  ", *LOGIN, stdin=PW + "\n")
    assert no_reason.code == 1 and "why" in no_reason.err
    missing = run("counts", "void", "no-such-id", "--reason", "mistake", *LOGIN, stdin=PW + "\n")
    assert missing.code == 1 and "does not exist" in missing.err
    assert run("counts", "list", "--date", "24/11/2026", *LOGIN, stdin=PW + "\n").code == 2
    assert run("counts", "list", "--date", "2026-11-24", "--kind", "handovers", *LOGIN, stdin=PW + "\n").code == 2
    assert run("counts", "void", day[0], *LOGIN, stdin=PW + "\n").code == 2  # --reason is required
    assert ev.counts(office, NOV24, NOV24) == {("handover", NOV24): 3, ("assist", NOV24): 1}


def test_help_documents_the_exit_codes(run: Run, office: Context) -> None:
    shown = run("counts", "void", "--help")
    text = " ".join(shown.out.split())  # argparse wraps the epilog to the terminal's width
    assert shown.code == 0 and "exit codes" in text and "4 login failed or not a supervisor" in text
