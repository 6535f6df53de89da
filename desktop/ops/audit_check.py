"""The audit trail for people: plain descriptions of a broken chain, labels, and the CSV export.

`verify(ctx)` checks every device's chain against the anchor of the latest backup (see
`desktop.store.audit`) and returns the problems; `describe_problem` names the first broken entry in a
sentence staff and auditors understand. The export (`collect` on the database thread, then `write_csv`
on a file thread) writes UTF-8 with a BOM so Excel opens it with Japanese intact; the export itself is
audited ("export", entity "audit_log") and needs a supervisor.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path

from desktop.core.clock import parse_utc, to_local
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.staff import Role
from desktop.i18n import tr_text, translate
from desktop.ops.backups import read_anchor
from desktop.security.permissions import require
from desktop.store import audit
from desktop.store.context import Context

EXIT_AUDIT_BROKEN = 86

ACTION_LABELS = {
    "view": QT_TRANSLATE_NOOP("Audit", "Viewed"),
    "create": QT_TRANSLATE_NOOP("Audit", "Created"),
    "update": QT_TRANSLATE_NOOP("Audit", "Changed"),
    "delete": QT_TRANSLATE_NOOP("Audit", "Deleted"),
    "print": QT_TRANSLATE_NOOP("Audit", "Printed"),
    "export": QT_TRANSLATE_NOOP("Audit", "Exported"),
    "import": QT_TRANSLATE_NOOP("Audit", "Imported"),
    "purge": QT_TRANSLATE_NOOP("Audit", "Purged (retention)"),
    "login": QT_TRANSLATE_NOOP("Audit", "Logged in"),
    "logout": QT_TRANSLATE_NOOP("Audit", "Logged out"),
    "login_failed": QT_TRANSLATE_NOOP("Audit", "Login failed"),
    "settings": QT_TRANSLATE_NOOP("Audit", "Settings changed"),
    "read_card": QT_TRANSLATE_NOOP("Audit", "Card read"),
    "backup": QT_TRANSLATE_NOOP("Audit", "Backed up"),
    "restore": QT_TRANSLATE_NOOP("Audit", "Restored"),
}
ENTITY_LABELS = {
    "person": QT_TRANSLATE_NOOP("Audit", "Resident"),
    "card_case": QT_TRANSLATE_NOOP("Audit", "Card case"),
    "visit": QT_TRANSLATE_NOOP("Audit", "Visit"),
    "staff": QT_TRANSLATE_NOOP("Audit", "Staff account"),
    "settings": QT_TRANSLATE_NOOP("Audit", "Settings"),
    "database": QT_TRANSLATE_NOOP("Audit", "Database"),
    "audit_log": QT_TRANSLATE_NOOP("Audit", "Audit trail"),
    "retention": QT_TRANSLATE_NOOP("Audit", "Retention"),
    "booking": QT_TRANSLATE_NOOP("Audit", "Booking"),
    "card": QT_TRANSLATE_NOOP("Audit", "Card"),
    "event": QT_TRANSLATE_NOOP("Audit", "Count event"),
    "mail_batch": QT_TRANSLATE_NOOP("Audit", "Mailing batch"),
    "mail_item": QT_TRANSLATE_NOOP("Audit", "Mailed card"),
    "handover_letter": QT_TRANSLATE_NOOP("Audit", "Handover notice"),
    "report": QT_TRANSLATE_NOOP("Audit", "Report"),
    "office": QT_TRANSLATE_NOOP("Audit", "Office"),
    "office_profile": QT_TRANSLATE_NOOP("Audit", "Office profile"),
    "dated_setting": QT_TRANSLATE_NOOP("Audit", "Dated setting"),
}


def action_label(action: str) -> str:
    return tr_text(ACTION_LABELS[action]) if action in ACTION_LABELS else action


def entity_label(entity: str) -> str:
    return tr_text(ENTITY_LABELS[entity]) if entity in ENTITY_LABELS else entity


def local_time(at: str) -> str:
    try:
        return to_local(parse_utc(at)).strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return at


def verify(ctx: Context) -> list[audit.ChainProblem]:
    """Every device's chain, against the anchor written with the latest backup."""
    return audit.verify(ctx, read_anchor(ctx.data_dir))


def describe_problem(problem: audit.ChainProblem, devices: dict[str, str] | None = None) -> str:
    """One sentence naming the first broken entry of a chain."""
    device = (devices or {}).get(problem.device_id) or problem.device_id
    when = local_time(problem.at) if problem.at else ""
    texts = {
        "edited": translate(
            "Audit", "Entry {seq} of PC {device} ({when}) was changed after it was written."
        ),
        "deleted": translate(
            "Audit", "Entry {seq} of PC {device} is missing: it was deleted from the middle of the trail."
        ),
        "bad link": translate(
            "Audit",
            "Entry {seq} of PC {device} ({when}) does not follow the entry before it: entries were "
            "inserted, renumbered or rewritten.",
        ),
        "cut": translate(
            "Audit",
            "Entries {seq} to {last} of PC {device} are missing at the end: the latest backup recorded "
            "{last} entries, the trail now ends before them.",
        ),
        "rewritten": translate(
            "Audit", "Entry {seq} of PC {device} ({when}) differs from the one recorded with the latest backup."
        ),
    }
    text = texts.get(problem.reason, translate("Audit", "Entry {seq} of PC {device} is broken."))
    sentence = text.format(seq=problem.seq, device=device, when=when, last=problem.last_seq or "")
    if problem.entry_id:
        sentence += " " + translate("Audit", "(entry id {id})").format(id=problem.entry_id)
    return sentence


@dataclass(frozen=True)
class ExportRows:
    header: list[str]
    rows: list[list[str]]


def collect(ctx: Context, f: audit.AuditFilter) -> ExportRows:
    """The rows of an audit export (database thread; a supervisor; audited as an export)."""
    require(ctx.actor, Role.SUPERVISOR)
    names = audit.device_names(ctx)
    rows = [
        [local_time(e.at), e.login, action_label(e.action), e.action, entity_label(e.entity), e.entity,
         e.entity_id or "", e.detail, names.get(e.device_id, e.device_id), str(e.seq), e.id]
        for e in audit.entries(ctx, f)
    ]  # fmt: skip
    header = [
        translate("Audit", "Date and time"), translate("Audit", "Staff"), translate("Audit", "Action"),
        translate("Audit", "Action code"), translate("Audit", "Kind"), translate("Audit", "Kind code"),
        translate("Audit", "Record"), translate("Audit", "Detail"), translate("Audit", "PC"),
        translate("Audit", "No."), translate("Audit", "Entry id"),
    ]  # fmt: skip
    audit.record(ctx, "export", "audit_log", None, f"rows={len(rows)}")
    return ExportRows(header, rows)


def write_csv(data: ExportRows, out: Path) -> int:
    """Write the export as UTF-8 CSV with a BOM (Excel); returns the number of rows."""
    part = out.with_name(out.name + ".part")
    with part.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(data.header)
        writer.writerows(data.rows)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(part, out)
    return len(data.rows)
