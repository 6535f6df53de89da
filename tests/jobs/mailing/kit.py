"""Helpers for the mailing tests: residents, card cases as the assistance job will open them, postage."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.core.cases import CardCase, CaseState, DeliveryMethod, IdentityResult
from desktop.core.people import Person
from desktop.store import cases as case_store
from desktop.store import office as office_store
from desktop.store import people as people_store
from desktop.store.context import Context

MAILING_MIGRATIONS = Path(__file__).resolve().parents[3] / "desktop" / "jobs" / "mailing" / "migrations"

# The model town's 2020 budget price, then list price from 2024-10 (110 + 480 + 210 = 800 yen).
POSTAGE = ((date(2020, 4, 1), 492), (date(2024, 10, 1), 800))
KAN_I = ((date(2020, 4, 1), 404), (date(2024, 10, 1), 460))

FAMILY = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"]
FAMILY_KANA = ["サトウ", "スズキ", "タカハシ", "タナカ", "イトウ", "ワタナベ", "ヤマモト", "ナカムラ", "コバヤシ", "カトウ"]
GIVEN = ["花子", "太郎", "美咲"]
GIVEN_KANA = ["ハナコ", "タロウ", "ミサキ"]


def set_postage(ctx: Context) -> None:
    for valid_from, yen in POSTAGE:
        office_store.set_postage(ctx, valid_from, "tokurei", yen)
    for valid_from, yen in KAN_I:
        office_store.set_postage(ctx, valid_from, "kan_i_kakitome", yen)


def add_resident(ctx: Context, n: int = 0, *, name: str | None = None, kana: str | None = None,
                 address: str | None = None) -> str:
    fam, given = n % len(FAMILY), (n // len(FAMILY)) % len(GIVEN)
    person = people_store.add_person(ctx, Person(
        id=None,
        name=name or f"{FAMILY[fam]} {GIVEN[given]}",
        kana=kana or f"{FAMILY_KANA[fam]} {GIVEN_KANA[given]}",
        birth_date=date(1950 + n % 50, 1 + n % 12, 1 + n % 28),
        phone=f"090-1234-{n:04d}",
        postal_code=f"123-{4500 + n:04d}",
        address=address or f"みどり市本町{1 + n % 9}-{1 + n % 20}-{1 + n % 15}",
    ))  # fmt: skip
    assert person.id is not None
    return person.id


def app_id(n: int) -> str:
    return f"{n:023d}"


def applied_case(ctx: Context, person_id: str, *, application_id: str | None = None,
                 method: DeliveryMethod | str = DeliveryMethod.COUNTER, identity: bool = False) -> CardCase:
    """A case as the assistance job leaves it: 申請済, with the 申請時来庁 identity result when `identity`."""
    case = case_store.open_case(ctx, person_id, owner="assist", application_id=application_id,
                                delivery_method=method)  # fmt: skip
    case = case_store.transition(ctx, case.id, CaseState.APPLIED, owner="assist")
    if identity:
        case = case_store.set_identity_result(ctx, case.id, IdentityResult("a_plus_b", ("driver_license",
                                                                                        "health_insurance")))
    return case


def postal_case(ctx: Context, n: int = 0, method: DeliveryMethod | str = DeliveryMethod.TOKUREI) -> CardCase:
    return applied_case(ctx, add_resident(ctx, n), application_id=app_id(n + 1), method=method, identity=True)


def configured_postal(ctx: Context, n: int = 0, method: DeliveryMethod | str = DeliveryMethod.TOKUREI) -> str:
    """A 申請時来庁 card by post that arrived and was set up: ready for a mailing batch."""
    from desktop.jobs.mailing.store import cards

    case = postal_case(ctx, n, method)
    cards.register_arrival(ctx, case.id)
    cards.mark_configured(ctx, case.id)
    return case.id


def tracking(n: int, digits: int = 12) -> str:
    """A distinct tracking number per n (digits only)."""
    return f"9{n:0{digits - 1}d}"


def state_of(ctx: Context, case_id: str) -> CaseState:
    return case_store.get_case(ctx, case_id).state


def pdf_words(pdf: bytes, tmp_path: Path) -> list[list[tuple[str, float, float, float, float]]]:
    """Words of every page with their boxes in points from the top left (pdftotext -bbox)."""
    import html
    import re
    import subprocess

    src = tmp_path / "words.pdf"
    src.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-bbox", str(src), "-"], check=True, capture_output=True,
                         timeout=60).stdout.decode("utf-8")  # fmt: skip
    pages: list[list[tuple[str, float, float, float, float]]] = []
    for page in out.split("<page ")[1:]:
        words = re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page)
        pages.append([(html.unescape(t), float(a), float(b), float(c), float(d)) for a, b, c, d, t in words])
    return pages
