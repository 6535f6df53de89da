"""Read-only lookups the demo generator needs (kept here: all of the job's SQL lives in its store)."""

from __future__ import annotations

from desktop.store.context import Context


def people_with_cases(ctx: Context) -> set[str]:
    rows = ctx.db.conn.execute("SELECT DISTINCT person_id FROM card_cases WHERE person_id IS NOT NULL")
    return {str(r[0]) for r in rows}


def person_ids(ctx: Context, *, by_birth_date: bool = False) -> list[str]:
    order = "birth_date, id" if by_birth_date else "kana_key, id"
    return [str(r[0]) for r in ctx.db.conn.execute(f"SELECT id FROM people ORDER BY {order}")]
