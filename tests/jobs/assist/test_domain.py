"""The assistance job's rules without a database: the 申請書ID (typed, scanned, QR text) and what is said
when it is wrong, QR decoding of a form image generated here, the 申請時来庁 rule over every combination
of documents and rule settings, and the flow's step checks."""

from __future__ import annotations

import itertools
import subprocess
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import cv2
import numpy as np
import pytest
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desktop.core.cases import DeliveryMethod
from desktop.core.identity import Catalogue, IdentityRules
from desktop.core.people import IndividualNumberRefused, InvalidField
from desktop.jobs.assist.domain.application_form import (
    ApplicationIdProblem,
    decode_qr_file,
    decode_qr_image,
    grouped,
    id_from_qr_text,
    read_application_id,
)
from desktop.jobs.assist.domain.apply_identity import ApplyIdentityDraft, check_apply_identity
from desktop.jobs.assist.domain.flow import (
    AssistDraft,
    Channel,
    FlowFacts,
    FormSource,
    PhotoChoice,
    Step,
    all_problems,
    check_text,
    contact_name,
    minutes_of,
    step_problems,
    steps_for,
)
from desktop.jobs.assist.domain.settings import AssistSettings
from desktop.printing.guard import looks_like_individual_number
from tests.jobs.assist.conftest import APP_ID

QR_URL = f"https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA01S001Action.do?shinseiId={APP_ID}&lang=ja"


# --- the 申請書ID ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [APP_ID, "12345 67890 12345 67890 123", "1234-5678-9012-3456-7890-123",
                                  "１２３４５６７８９０１２３４５６７８９０１２３", f" {APP_ID}\n", QR_URL,
                                  f"https://example.jp/apply/{APP_ID}/start"])  # fmt: skip
def test_application_id_is_read_from_what_staff_type_or_scan(text: str) -> None:
    assert read_application_id(text) == APP_ID


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "Type the 23-digit"),
        ("1234567890123456789012", "22 were entered (1 missing)"),
        ("123456789012345678901234", "24 were entered (1 too many)"),
        ("1234567890123456789012a", "remove “a”"),
        ("ABC123456", "remove “ABC”"),
        ("https://example.jp/?id=1234", "the longest run has 4 digits"),
        (f"https://example.jp/?a={APP_ID}&b=98765432109876543210987", "more than one 23-digit number"),
    ],
)
def test_what_is_wrong_with_an_application_id_is_said(text: str, expected: str) -> None:
    with pytest.raises(ApplicationIdProblem) as err:
        read_application_id(text)
    assert expected in err.value.template.format(**err.value.params)
    assert err.value.field == "application_id"


def test_twelve_digits_are_refused_as_a_possible_individual_number() -> None:
    with pytest.raises(IndividualNumberRefused):
        read_application_id("1234 5678 9012")


def test_grouped_id_passes_the_printing_guard() -> None:
    assert grouped(APP_ID) == "12345 67890 12345 67890 123"
    assert not looks_like_individual_number(grouped(APP_ID))


# --- QR codes ------------------------------------------------------------------------------------------


def form_image(tmp_path: Path, payload: str, *, dpi: int = 150) -> Path:
    """An A4 交付申請書 look-alike with the QR code at the top right, rendered to PNG by pdftoppm."""
    pdf = tmp_path / "form.pdf"
    canvas = Canvas(str(pdf), pagesize=A4)
    canvas.setFont("Helvetica", 14)
    canvas.drawString(60, A4[1] - 80, "Application form (test)")
    canvas.drawString(60, A4[1] - 110, grouped(APP_ID))
    for i in range(12):  # lines of a form around the code
        canvas.rect(60, A4[1] - 200 - i * 40, A4[0] - 120, 30)
    widget = QrCodeWidget(payload, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    size = 28 * 72 / 25.4  # 28 mm, as printed on the form
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, A4[0] - 60 - size, A4[1] - 60 - size)
    canvas.showPage()
    canvas.save()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(pdf), str(tmp_path / "form")],
                   check=True, timeout=60)  # fmt: skip
    return tmp_path / "form.png"


def test_qr_code_of_a_generated_form_is_decoded(tmp_path: Path, poppler: None) -> None:
    reading = decode_qr_file(form_image(tmp_path, QR_URL))
    assert QR_URL in reading.texts
    assert reading.application_id() == APP_ID


def test_qr_code_photographed_at_an_angle_and_dim(tmp_path: Path, poppler: None) -> None:
    image = cv2.imread(str(form_image(tmp_path, QR_URL, dpi=200)))
    h, w = image.shape[:2]
    turned = cv2.warpAffine(image, cv2.getRotationMatrix2D((w / 2, h / 2), 12, 1.0), (w, h),
                            borderValue=(255, 255, 255))  # fmt: skip
    dim = (turned.astype(np.float32) * 0.55 + 40).astype(np.uint8)
    assert decode_qr_image(dim).application_id() == APP_ID


def test_a_qr_code_without_an_id_and_an_image_without_a_code(tmp_path: Path, poppler: None) -> None:
    with pytest.raises(ApplicationIdProblem) as err:
        decode_qr_file(form_image(tmp_path, "https://example.jp/")).application_id()
    assert "no application form ID" in err.value.template
    blank = np.full((400, 400, 3), 255, np.uint8)
    with pytest.raises(ApplicationIdProblem) as err:
        decode_qr_image(blank).application_id()
    assert "No QR code was found" in err.value.template


def test_an_unreadable_file_is_said_plainly(tmp_path: Path) -> None:
    bad = tmp_path / "not-an-image.png"
    bad.write_bytes(b"hello")
    with pytest.raises(Exception) as err:
        decode_qr_file(bad)
    assert "not an image" in err.value.template  # type: ignore[attr-defined]


def test_qr_text_with_the_id_as_a_path() -> None:
    assert id_from_qr_text(f"HTTPS://EXAMPLE.JP/{APP_ID}") == APP_ID


# --- 申請時来庁: every combination ---------------------------------------------------------------------

A_KEYS = ("driving_licence", "passport")
B_KEYS = ("health_insurance_card", "pension_book", "bank_book")
CATALOGUE = Catalogue()


def expected_ok(rules: IdentityRules, a: int, b: int, notice: int, photo: int, pin: bool) -> tuple[bool, str | None]:
    """The 申請時来庁 rule written out independently, in the evaluator's order of preference."""
    options = [
        ("A+A", rules.apply_two_a and a >= 2),
        ("A+B", rules.apply_a_and_b and a >= 1 and b >= 1),
        ("A+PIN", rules.apply_a_with_pin and a >= 1 and pin),
        ("notice+B+B", rules.apply_notice_card_two_b and notice >= 1 and b >= 2),
        ("photo+B", rules.photo_certificate_allowed and photo >= 1 and b >= rules.photo_certificate_b_items),
    ]
    met = next((key for key, ok in options if ok), None)
    return met is not None, met


RULE_SETTINGS = [
    IdentityRules(apply_a_with_pin=p, apply_two_a=aa, apply_a_and_b=ab, apply_notice_card_two_b=nb,
                  photo_certificate_allowed=ph)
    for p, aa, ab, nb, ph in itertools.product((True, False), repeat=5) if p or aa or ab or nb
]  # fmt: skip


@pytest.mark.parametrize("rules", RULE_SETTINGS, ids=lambda r: "".join(
    "1" if v else "0" for v in (r.apply_a_with_pin, r.apply_two_a, r.apply_a_and_b, r.apply_notice_card_two_b,
                                r.photo_certificate_allowed)))  # fmt: skip
def test_apply_identity_rule_over_every_document_combination(rules: IdentityRules) -> None:
    checked = 0
    for a, b, notice, photo, pin in itertools.product(range(3), range(4), range(2), range(2), (False, True)):
        shown = (*A_KEYS[:a], *B_KEYS[:b], *(["notice_card"] * notice), *(["photo_certificate"] * photo))
        draft = ApplyIdentityDraft(tuple(shown), pin_typed=pin, id_copy_consent=True, pin_request_received=True,
                                   delivery=DeliveryMethod.TOKUREI, name_confirmed=True, kana_confirmed=True,
                                   postal_confirmed=True, address_confirmed=True)  # fmt: skip
        result = check_apply_identity(draft, rules, CATALOGUE, has_postal_code=True, has_address=True)
        ok, met = expected_ok(rules, a, b, notice, photo, pin)
        assert (result.evaluation.ok, result.evaluation.rule_met) == (ok, met), (a, b, notice, photo, pin)
        assert result.ok == ok
        if not ok:
            assert [p.field for p in result.problems] == ["identity_documents"]
        checked += 1
    assert checked == 3 * 4 * 2 * 2 * 2


def test_one_photo_id_alone_is_not_enough_but_with_a_pin_it_is() -> None:
    rules = IdentityRules()
    alone = check_apply_identity(ApplyIdentityDraft(("driving_licence",)), rules, CATALOGUE,
                                 has_postal_code=True, has_address=True)  # fmt: skip
    assert not alone.evaluation.ok and "PIN" in alone.evaluation.message()
    with_pin = check_apply_identity(ApplyIdentityDraft(("driving_licence",), pin_typed=True), rules, CATALOGUE,
                                    has_postal_code=True, has_address=True)  # fmt: skip
    assert with_pin.evaluation.rule_met == "A+PIN"


def test_apply_identity_needs_every_tick_and_an_address_for_post() -> None:
    draft = ApplyIdentityDraft(("driving_licence", "passport"))
    fields = [p.field for p in check_apply_identity(draft, IdentityRules(), CATALOGUE, has_postal_code=True,
                                                    has_address=True).problems]  # fmt: skip
    assert fields == ["id_copy_consent", "pin_request", "delivery", "confirm_name", "confirm_address"]
    ready = replace(draft, id_copy_consent=True, pin_request_received=True, delivery=DeliveryMethod.KAN_I_KAKITOME,
                    name_confirmed=True, kana_confirmed=True, postal_confirmed=True, address_confirmed=True)  # fmt: skip
    assert check_apply_identity(ready, IdentityRules(), CATALOGUE, has_postal_code=True, has_address=True).ok
    no_address = check_apply_identity(ready, IdentityRules(), CATALOGUE, has_postal_code=False, has_address=True)
    assert [p.field for p in no_address.problems] == ["confirm_address"]
    at_counter = replace(ready, delivery=DeliveryMethod.COUNTER)
    assert check_apply_identity(at_counter, IdentityRules(), CATALOGUE, has_postal_code=False, has_address=False).ok


# --- the flow --------------------------------------------------------------------------------------------

FACTS = FlowFacts(today=date(2026, 11, 24), birth_date=date(1980, 5, 1), has_postal_code=True, has_address=True,
                  tablets=("1", "2"))  # fmt: skip


def ready_draft(**changes: object) -> AssistDraft:
    draft = AssistDraft("r", "c", "p", "v", 12, form=FormSource.QR, application_id=APP_ID, photo=PhotoChoice.TAKEN,
                        terms_explained=True, phone="090-1234-5678", tablet="1", tablet_mail="t@x.jp",
                        contact_name="市民課12", channel=Channel.ONLINE, applied_at=datetime(2026, 11, 24, 1, 0),
                        guidance_explained=True)  # fmt: skip
    return replace(draft, **changes)  # type: ignore[arg-type]


def test_a_complete_draft_has_no_problems_and_the_identity_step_only_when_mailed() -> None:
    assert all_problems(ready_draft(), FACTS) == []
    assert Step.IDENTITY not in steps_for(False) and Step.IDENTITY in steps_for(True)
    mailed = ready_draft(mailed_later=True)
    assert {s for s, _p in all_problems(mailed, FACTS)} == {Step.IDENTITY}


@pytest.mark.parametrize(
    ("changes", "step", "field"),
    [
        ({"queue_number": None}, Step.RECEPTION, "visit"),
        ({"form": None}, Step.FORM, "application_id"),
        ({"application_id": None}, Step.FORM, "application_id"),
        ({"photo": None}, Step.PHOTO, "photo"),
        ({"photo": PhotoChoice.NONE_UNDER_ONE}, Step.PHOTO, "photo"),
        ({"terms_explained": False}, Step.EXPLAIN, "terms"),
        ({"phone": "0901234"}, Step.CONTACT, "phone"),
        ({"tablet": "9"}, Step.CONTACT, "tablet"),
        ({"channel": None}, Step.APPLY, "channel"),
        ({"applied_at": None}, Step.APPLY, "channel"),
        ({"guidance_explained": False}, Step.GUIDANCE, "guidance"),
    ],
)
def test_each_missing_thing_is_named_at_its_step(changes: dict, step: Step, field: str) -> None:
    problems = all_problems(ready_draft(**changes), FACTS)
    assert [(s, p.field) for s, p in problems] == [(step, field)]


def test_reissued_form_needs_no_id_and_paper_needs_no_tablet() -> None:
    assert all_problems(ready_draft(form=FormSource.REISSUE, application_id=None), FACTS) == []
    assert all_problems(ready_draft(channel=Channel.PAPER, applied_at=None, tablet=""), FACTS) == []


def test_no_photo_only_under_one() -> None:
    baby = replace(FACTS, birth_date=date(2026, 2, 1))
    assert step_problems(Step.PHOTO, ready_draft(photo=PhotoChoice.NONE_UNDER_ONE), baby) == []
    one = replace(FACTS, birth_date=date(2025, 11, 24))
    (problem,) = step_problems(Step.PHOTO, ready_draft(photo=PhotoChoice.NONE_UNDER_ONE), one)
    assert problem.params == {"age": 1}
    unknown = replace(FACTS, birth_date=None)
    assert step_problems(Step.PHOTO, ready_draft(photo=PhotoChoice.NONE_UNDER_ONE), unknown)


def test_notes_refuse_individual_numbers_and_pins() -> None:
    assert check_text("  写真について  ", "questions") == "写真について"
    for bad in ("番号 1234 5678 9012", "暗証番号は1234", "PIN: 987654"):
        with pytest.raises(InvalidField):
            check_text(bad, "questions")


def test_contact_name_minutes_and_settings() -> None:
    assert contact_name("市民課", 12) == "市民課12" and contact_name("", 3) == "市民課3"
    assert (minutes_of(0), minutes_of(89), minutes_of(90), minutes_of(301)) == (1, 1, 2, 5)
    assert AssistSettings.from_json({"weeks_min": 9, "weeks_max": 2}) == AssistSettings()
    assert AssistSettings.from_json({"paper": "receipt", "bring": [" a ", ""]}).bring == ("a",)


# --- the camera ------------------------------------------------------------------------------------------


class FakeCamera:
    """Frames as a webcam gives them: a few without the form, then the form held up."""

    def __init__(self, frames: list[np.ndarray]) -> None:
        self.frames = list(frames)
        self.released = False

    def isOpened(self) -> bool:  # noqa: N802 - OpenCV's name
        return True

    def read(self) -> tuple[bool, np.ndarray | None]:
        if not self.frames:
            return False, None
        return True, self.frames.pop(0)

    def release(self) -> None:
        self.released = True


def test_camera_frames_are_decoded_until_the_code_shows(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from desktop.jobs.assist import camera

    code = cv2.QRCodeEncoder.create().encode(QR_URL)
    form = cv2.cvtColor(cv2.resize(code, None, fx=6, fy=6, interpolation=cv2.INTER_NEAREST), cv2.COLOR_GRAY2BGR)
    blank = np.full_like(form, 200)
    fake = FakeCamera([blank, blank, form, blank])
    monkeypatch.setattr(cv2, "VideoCapture", lambda _i: fake)
    reading = camera.scan_camera(0, threading.Event())
    assert reading.application_id() == APP_ID and fake.released and len(fake.frames) == 1
    stop = threading.Event()
    stop.set()
    fake = FakeCamera([form])
    assert camera.scan_camera(0, stop).texts == ()  # stopped by staff: nothing read
    fake = FakeCamera([])
    with pytest.raises(camera.NoCamera):
        camera.scan_camera(0, threading.Event())  # the camera stopped sending pictures
