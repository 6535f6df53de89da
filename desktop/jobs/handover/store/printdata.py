"""What the handover documents print, read from the database (each resident opened is an audited view),
and the audit of a print or an export (`record_output`)."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.clock import to_local
from desktop.core.identity import RULE_TEXTS, Catalogue
from desktop.core.staff import Role
from desktop.i18n import translate
from desktop.jobs.handover import documents
from desktop.jobs.handover.documents import (
    DisposalListData,
    DisposalRow,
    ReceiptData,
    ReminderData,
    WalkInSlipData,
    letterhead_for,
)
from desktop.jobs.handover.domain.checklist import (
    ABSENCE_LABELS,
    NoticeAbsence,
    card_valid_until,
    certificate_valid_until,
)
from desktop.jobs.handover.domain.proxy import ProxyProof, ProxyReason
from desktop.jobs.handover.domain.unclaimed import DisposalRule, disposal_status
from desktop.jobs.handover.domain.walkin import WalkInService, detail_ja
from desktop.jobs.handover.store.handovers import get_handover
from desktop.jobs.handover.store.settings import load_disposal_rule, load_print_settings
from desktop.jobs.handover.store.unclaimed import disposal_batch, letters_of, unclaimed_cards
from desktop.jobs.handover.store.walkins import get_walkin
from desktop.printing import Document, Letterhead
from desktop.security.permissions import require
from desktop.store import audit
from desktop.store import staff as staff_store
from desktop.store import visits as visit_store
from desktop.store.context import Context
from desktop.store.identity import load_catalogue
from desktop.store.office import load_profile
from desktop.store.people import get_person


def letterhead(ctx: Context) -> Letterhead:
    return letterhead_for(load_profile(ctx))


def _staff_name(ctx: Context, staff_id: str | None) -> str:
    if staff_id is None:
        return ""
    member = staff_store.get(ctx, staff_id)
    return member.display_name if member is not None else ""


def _names_ja(catalogue: Catalogue, keys: Iterable[str]) -> tuple[str, ...]:
    out = []
    for key in keys:
        doc = catalogue.get(key)
        out.append(doc.official_name_ja if doc is not None else key)
    return tuple(out)


def _rule(rule: str | None) -> str:
    if not rule or rule not in RULE_TEXTS:
        return ""
    return translate("Identity", RULE_TEXTS[rule]).format(n=2)


def receipt_data(ctx: Context, handover_id: str) -> ReceiptData:
    h = get_handover(ctx, handover_id)
    if h.person_id is None:
        from desktop.core.errors import NotFound
        from desktop.core.i18n import QT_TRANSLATE_NOOP

        raise NotFound(QT_TRANSLATE_NOOP(
            "Errors", "The personal details of this handover were removed under the retention rule."))  # fmt: skip
    person = get_person(ctx, h.person_id)
    catalogue = load_catalogue(ctx)
    visit = visit_store.get_visit(ctx, h.visit_id) if h.visit_id else None
    issued = to_local(h.handed_at).date()
    collected = tuple(n for n, on in (("通知カード", h.collected_notice_card),
                                      ("住民基本台帳カード", h.collected_juki_card)) if on)  # fmt: skip
    absent = ""
    if not h.notice_brought and h.notice_absence:
        absent = translate("NoticeAbsence", ABSENCE_LABELS[NoticeAbsence(h.notice_absence)])
    return ReceiptData(
        name=person.name, kana=person.kana, birth_date=person.birth_date, handed_at=to_local(h.handed_at),
        queue_number=visit.number if visit is not None else None,
        proxy_reason_ja=ProxyReason(h.proxy_reason).official_ja if h.proxy_reason else "",
        proxy_proof_ja=ProxyProof(h.proxy_proof).official_ja if h.proxy_proof else "",
        documents_ja=_names_ja(catalogue, h.identity_documents), rule_text=_rule(h.identity_rule),
        proxy_documents_ja=_names_ja(catalogue, h.proxy_documents), proxy_rule_text=_rule(h.proxy_identity_rule),
        collected_ja=collected, face_auth=h.face_auth, pins_set=h.pins_set,
        cert_signature=h.cert_signature, cert_user=h.cert_user,
        card_valid_until=card_valid_until(person.birth_date, issued) if person.birth_date else None,
        cert_valid_until=certificate_valid_until(person.birth_date, issued) if person.birth_date else None,
        terminal=h.terminal, staff_name=_staff_name(ctx, h.staff_id), notice_absent_text=absent,
    )  # fmt: skip


def walkin_slip_data(ctx: Context, record_id: str) -> WalkInSlipData:
    r = get_walkin(ctx, record_id)
    person = get_person(ctx, r.person_id or "")
    visit = visit_store.get_visit(ctx, r.visit_id) if r.visit_id else None
    service = WalkInService(r.service)
    return WalkInSlipData(person.name, to_local(r.done_at), service.official_ja, detail_ja(service, r.detail),
                          visit.number if visit else None, _staff_name(ctx, r.staff_id))  # fmt: skip


def reminder_data(ctx: Context, case_ids: list[str]) -> list[ReminderData]:
    """The letters for these waiting cards (each resident's address is an audited view)."""
    cards = {u.case_id: u for u in unclaimed_cards(ctx)}
    rule, today = load_disposal_rule(ctx), ctx.clock.today()
    out: list[ReminderData] = []
    for case_id in case_ids:
        card = cards.get(case_id)
        if card is None or card.person_id is None:
            continue
        person = get_person(ctx, card.person_id)
        # the date the rule allows disposal once THIS reminder is sent today
        after = disposal_status(
            rule, card.first_notice_on, [x.sent_on for x in card.reminders] + [today], today
        )
        out.append(ReminderData(person.name, person.postal_code, person.address, card.first_notice_on,
                                card.reservation_number, after.due_on))  # fmt: skip
    return out


def rule_summary(rule: DisposalRule) -> str:
    if rule.keeps_everything:
        return translate("HandoverPrint", "Unclaimed cards are kept.")
    parts = []
    if rule.months_after_notice is not None:
        parts.append(
            translate("HandoverPrint", "{n} months after the notice").format(n=rule.months_after_notice)
        )
    if rule.months_after_reminder is not None:
        parts.append(
            translate("HandoverPrint", "{n} months after the last reminder").format(
                n=rule.months_after_reminder
            )
        )
    text = translate("HandoverPrint", "Disposal from the later of: {parts}").format(parts="; ".join(parts))
    if rule.reminder_required:
        text += translate("HandoverPrint", " (after a reminder)")
    return text


def disposal_list_data(ctx: Context, batch_id: str) -> DisposalListData:
    """The disposal list of one batch (supervisors; each resident shown is an audited view)."""
    require(ctx.actor, Role.SUPERVISOR)
    entries = disposal_batch(ctx, batch_id)
    letters = letters_of(ctx, [e.case_id for e in entries])
    from desktop.store.cases import get_case

    rows = []
    for entry in entries:
        case = get_case(ctx, entry.case_id)
        person = get_person(ctx, case.person_id) if case.person_id else None
        returned = any(x.returned_on is not None for x in letters.get(entry.case_id, []))
        rows.append(DisposalRow(person.name if person else "—", person.birth_date if person else None,
                                entry.first_notice_on, entry.last_reminder_on, entry.due_on, returned))  # fmt: skip
    return DisposalListData(entries[0].disposed_on, _staff_name(ctx, entries[0].staff_id),
                            rule_summary(load_disposal_rule(ctx)), tuple(rows))  # fmt: skip


def record_output(ctx: Context, action: str, entity: str, ids: Iterable[str], detail: str) -> None:
    """Audit a print ("print") or a saved PDF ("export") of residents' records, one entry per record."""
    audit.record_each(ctx, action, entity, ids, detail)


def handover_documents(ctx: Context, handover_id: str) -> list[tuple[Document, str]]:
    """The 受領書 on the office's paper, then (when the office wants it) the 80 mm 控え."""
    settings = load_print_settings(ctx)
    data = receipt_data(ctx, handover_id)
    lh, when = letterhead(ctx), ctx.clock.now()
    docs = [(documents.handover_receipt(data, lh, when=when, layout=documents.LAYOUTS[settings.paper]),
             f"receipt_{settings.paper}")]  # fmt: skip
    if settings.slip:
        docs.append((documents.handover_slip(data, lh, when=when), "slip"))
    return docs


def walkin_documents(ctx: Context, record_id: str) -> list[tuple[Document, str]]:
    return [(documents.walkin_slip(walkin_slip_data(ctx, record_id), letterhead(ctx), when=ctx.clock.now()),
             "slip")]  # fmt: skip


def reminder_document(ctx: Context, case_ids: list[str]) -> Document:
    return documents.reminder_letters(reminder_data(ctx, case_ids), letterhead(ctx), when=ctx.clock.now())


def disposal_document(ctx: Context, batch_id: str) -> Document:
    return documents.disposal_list(disposal_list_data(ctx, batch_id), letterhead(ctx), when=ctx.clock.now())
