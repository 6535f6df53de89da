"""The ID-document catalogue and the identity rules as the municipality set them (settings table).

Settings keys: `identity.catalogue` (a list of {key, kind, active} for the built-in types, plus
label and official_name_ja for types an administrator added) and `identity.rules` (the fields of
IdentityRules). A built-in type keeps its label from the code, so a corrected label or translation
reaches every office; types added to the code later appear in existing offices too. Every save is
audited ("settings", entity "settings", id = the key).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from desktop.core import identity as core
from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.identity import Catalogue, IdDocument, IdentityRules
from desktop.core.ids import new_id
from desktop.core.people import reject_individual_number
from desktop.store import audit
from desktop.store.context import Context
from desktop.store.db import write
from desktop.store.meta import get_setting, set_setting

CATALOGUE_KEY = "identity.catalogue"
RULES_KEY = "identity.rules"


def _decode_catalogue(stored: Any) -> Catalogue:
    defaults = {d.key: d for d in core.DEFAULT_DOCUMENTS}
    docs: list[IdDocument] = []
    seen: set[str] = set()
    for item in stored if isinstance(stored, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get("key"), str):
            continue
        key = item["key"]
        kind = item.get("kind")
        active = bool(item.get("active", True))
        if key in seen:
            continue
        if key in defaults:
            base = defaults[key]
            # the special kinds never move; A/B may
            if base.kind in (core.LIST_A, core.LIST_B) and kind in (core.LIST_A, core.LIST_B):
                base = dataclasses.replace(base, kind=kind)
            docs.append(dataclasses.replace(base, active=active))
        elif kind in (core.LIST_A, core.LIST_B):
            label = str(item.get("label", "")) or key
            docs.append(IdDocument(key, label, str(item.get("official_name_ja", label)), kind, active, False))
        else:
            continue
        seen.add(key)
    docs += [d for d in core.DEFAULT_DOCUMENTS if d.key not in seen]
    return Catalogue(tuple(docs))


def _encode_catalogue(cat: Catalogue) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for d in cat.documents:
        item: dict[str, Any] = {"key": d.key, "kind": d.kind, "active": d.active}
        if not d.builtin:
            item["label"] = d.label
            item["official_name_ja"] = d.official_name_ja
        out.append(item)
    return out


def load_catalogue(ctx: Context) -> Catalogue:
    return _decode_catalogue(get_setting(ctx, CATALOGUE_KEY, None))


def save_catalogue(ctx: Context, cat: Catalogue) -> Catalogue:
    """Store the whole catalogue (audited). At least one active type of list A is required."""
    if not cat.active(core.LIST_A):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Keep at least one active document type in list A."))
    with write(ctx.db):
        set_setting(ctx, CATALOGUE_KEY, _encode_catalogue(cat))
        audit.record(ctx, "settings", "settings", CATALOGUE_KEY)
    return load_catalogue(ctx)


def new_document(cat: Catalogue, name: str, kind: str) -> IdDocument:
    """A document type an administrator adds: `name` (in Japanese, as printed) in list A or B."""
    name = name.strip()
    if not name:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Type the name of the document type."))
    reject_individual_number(name, "name")
    if kind not in (core.LIST_A, core.LIST_B):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose list A or list B."))
    taken = {d.official_name_ja for d in cat.documents} | {d.label for d in cat.documents}
    if name in taken:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "This document type is already in the list."),
        )
    key = "custom_" + re.sub(r"[^0-9a-f]", "", new_id())[-12:]
    return IdDocument(key, name, name, kind, True, False)


def add_document_type(ctx: Context, name: str, kind: str) -> IdDocument:
    """Add a type to list A or B and store the catalogue (audited)."""
    with write(ctx.db):
        cat = load_catalogue(ctx)
        doc = new_document(cat, name, kind)
        save_catalogue(ctx, cat.with_document(doc))
    return doc


def move_document(ctx: Context, key: str, kind: str) -> Catalogue:
    with write(ctx.db):
        return save_catalogue(ctx, load_catalogue(ctx).moved(key, kind))


def set_document_active(ctx: Context, key: str, active: bool) -> Catalogue:
    with write(ctx.db):
        return save_catalogue(ctx, load_catalogue(ctx).activated(key, active))


def load_rules(ctx: Context) -> IdentityRules:
    stored = get_setting(ctx, RULES_KEY, None)
    if not isinstance(stored, dict):
        return IdentityRules()
    defaults = dataclasses.asdict(IdentityRules())
    values: dict[str, Any] = {}
    for name, value in stored.items():
        if name in defaults and type(value) is type(defaults[name]):
            values[name] = value
    return IdentityRules(**values)


def save_rules(ctx: Context, rules: IdentityRules) -> IdentityRules:
    """Validate (at least one 申請時来庁 option) and store the rules (audited)."""
    rules.check()
    with write(ctx.db):
        set_setting(ctx, RULES_KEY, dataclasses.asdict(rules))
        audit.record(ctx, "settings", "settings", RULES_KEY)
    return rules


def load_identity(ctx: Context) -> tuple[Catalogue, IdentityRules]:
    return load_catalogue(ctx), load_rules(ctx)


def save_identity(ctx: Context, cat: Catalogue, rules: IdentityRules) -> tuple[Catalogue, IdentityRules]:
    """Store the catalogue and the rules together (both or neither), each save audited."""
    rules.check()
    cat.check()
    with write(ctx.db):
        saved = save_catalogue(ctx, cat)
        save_rules(ctx, rules)
    return saved, rules
