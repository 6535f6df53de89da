"""Running the retention rules, and the kernel's own rules.

Kernel rules, run in this order by `all_rules()` (jobs' rules come between the kernel's record
rules and `people`, so a job purges its own rows before residents are removed):
- `visit_notes`: notes of visits of days before the cutoff (the day is over, so they are closed).
- `card_cases`: handed-over / disposed / delivered cases closed before the cutoff lose their personal
  links: resident, 申請書ID, reservation number, identity result, photo reference, history notes.
- `people`: residents not changed since the cutoff with no visit on or after it, no open case, no
  case closed on or after it, and no row of any other table pointing at them (a job's booking, …):
  their old visits are deleted, their old cases unlinked, and the person deleted.
Count events are never touched. Each rule runs in its own transaction with its audit entry.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date, datetime, time

from desktop.core.cases import CLOSED_STATES
from desktop.core.clock import JST, iso_utc
from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.retention import RetentionRule, cutoff_for, setting_key_for, validate_days
from desktop.store import audit
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.meta import get_setting, set_setting

log = logging.getLogger(__name__)

_CLOSED = tuple(sorted(s.value for s in CLOSED_STATES))
_CLOSED_SQL = ", ".join(f"'{s}'" for s in _CLOSED)
_KERNEL_PERSON_TABLES = frozenset({"visits", "card_cases"})


def _moment(cutoff: date) -> str:
    """Start of the cutoff's local day, as stored UTC text."""
    return iso_utc(datetime.combine(cutoff, time(0, 0), tzinfo=JST))


def purge_visit_notes(ctx: Context, cutoff: date) -> int:
    cur = ctx.db.conn.execute(
        "UPDATE visits SET note = '', updated_at = ?, device_id = ? WHERE business_date < ? AND note <> ''",
        (ctx.now_text(), ctx.device_id, cutoff.isoformat()),
    )
    return int(cur.rowcount)


def _unlink_cases(ctx: Context, where: str, params: tuple[object, ...]) -> int:
    now = ctx.now_text()
    ids = [str(r[0]) for r in ctx.db.conn.execute(f"SELECT id FROM card_cases WHERE {where}", params)]
    for case_id in ids:
        ctx.db.conn.execute(
            "UPDATE card_cases SET person_id = NULL, application_id = NULL, reservation_number = NULL, "
            "identity_result = NULL, photo_ref = NULL, updated_at = ?, device_id = ? WHERE id = ?",
            (now, ctx.device_id, case_id),
        )
        ctx.db.conn.execute(
            "UPDATE card_case_history SET note = '', updated_at = ?, device_id = ? "
            "WHERE case_id = ? AND note <> ''",
            (now, ctx.device_id, case_id),
        )
    return len(ids)


def purge_card_cases(ctx: Context, cutoff: date) -> int:
    return _unlink_cases(
        ctx,
        f"state IN ({_CLOSED_SQL}) AND state_at < ? AND (person_id IS NOT NULL OR application_id IS NOT "
        "NULL OR reservation_number IS NOT NULL OR identity_result IS NOT NULL OR photo_ref IS NOT NULL "
        "OR EXISTS (SELECT 1 FROM card_case_history h WHERE h.case_id = card_cases.id AND h.note <> ''))",
        (_moment(cutoff),),
    )


def _other_person_references(ctx: Context) -> list[tuple[str, str]]:
    """(table, column) of every foreign key to people(id) outside the kernel's visits and cases."""
    out: list[tuple[str, str]] = []
    tables = [str(r[0]) for r in ctx.db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        if table in _KERNEL_PERSON_TABLES:
            continue
        for fk in ctx.db.conn.execute('SELECT "table", "from" FROM pragma_foreign_key_list(?)', (table,)):
            if str(fk[0]) == "people":
                out.append((table, str(fk[1])))
    return out


def purge_people(ctx: Context, cutoff: date) -> int:
    moment = _moment(cutoff)
    blockers = "".join(
        f' AND NOT EXISTS (SELECT 1 FROM "{t}" x WHERE x."{c}" = p.id)'
        for t, c in _other_person_references(ctx)
    )
    ids = [
        str(r[0])
        for r in ctx.db.conn.execute(
            "SELECT p.id FROM people p WHERE p.updated_at < ? "
            "AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.person_id = p.id AND v.business_date >= ?) "
            "AND NOT EXISTS (SELECT 1 FROM card_cases c WHERE c.person_id = p.id "
            f"AND (c.state NOT IN ({_CLOSED_SQL}) OR c.state_at >= ?))" + blockers,
            (moment, cutoff.isoformat(), moment),
        )
    ]
    for person_id in ids:
        _unlink_cases(ctx, "person_id = ?", (person_id,))
        ctx.db.conn.execute("DELETE FROM visits WHERE person_id = ?", (person_id,))
        ctx.db.conn.execute("DELETE FROM people WHERE id = ?", (person_id,))
    return len(ids)


def kernel_rules() -> list[RetentionRule]:
    """The kernel's rules, `people` last (it needs the others to have run first)."""
    return [
        RetentionRule(
            "visit_notes", QT_TRANSLATE_NOOP("Retention", "Notes on visits"),
            setting_key_for("visit_notes"), 90, purge_visit_notes,
        ),
        RetentionRule(
            "card_cases", QT_TRANSLATE_NOOP("Retention", "Personal details of finished card cases"),
            setting_key_for("card_cases"), 730, purge_card_cases,
        ),
        RetentionRule(
            "people", QT_TRANSLATE_NOOP("Retention", "Residents with no recent visit or case"),
            setting_key_for("people"), 1095, purge_people,
        ),
    ]  # fmt: skip


def all_rules() -> list[RetentionRule]:
    """Kernel record rules, then the installed jobs' rules, then `people`."""
    from desktop.jobs.registry import jobs

    kernel = kernel_rules()
    people = [r for r in kernel if r.key == "people"]
    rules = [r for r in kernel if r.key != "people"]
    keys = {r.key for r in kernel}
    for job in jobs():
        for rule in job.retention:
            if rule.key in keys:
                raise ValueError(f"retention rule {rule.key!r} defined twice")
            keys.add(rule.key)
            rules.append(rule)
    return rules + people


def period_days(ctx: Context, rule: RetentionRule) -> int | None:
    """The office's period for a rule in days (None = keep forever); a damaged setting keeps."""
    value = get_setting(ctx, rule.setting_key, rule.default_days)
    try:
        return validate_days(value)
    except DomainError:
        log.warning("retention setting %s is not a valid period; nothing purged", rule.setting_key)
        return None


def set_period(ctx: Context, rule: RetentionRule, days: int | None) -> None:
    """Set a rule's period in days (None = keep forever); audited as a settings change."""
    checked = validate_days(days)
    with write(ctx.db):
        set_setting(ctx, rule.setting_key, checked)
        audit.record(ctx, "settings", "settings", rule.setting_key, "retention")


def run_purges(ctx: Context, rules: Iterable[RetentionRule] | None = None) -> dict[str, int]:
    """Run each rule with a period (in the given order; default `all_rules()`); returns key -> count.

    Rules kept forever are skipped and absent from the result. Each purge is audited ("purge",
    entity "retention", detail "rule=<key> count=<n>")."""
    today = ctx.clock.today()
    done: dict[str, int] = {}
    for rule in all_rules() if rules is None else rules:
        days = period_days(ctx, rule)
        if days is None:
            continue
        with write(ctx.db):
            count = int(rule.purge(ctx, cutoff_for(today, days)))
            audit.record(ctx, "purge", "retention", rule.key, f"rule={rule.key} count={count}")
        done[rule.key] = count
    return done
