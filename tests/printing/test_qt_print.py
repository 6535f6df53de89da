"""The Qt side: QtPdf rendering, the real print path into a PDF-format QPrinter, failures, the job, preview."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image, ImageOps
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from desktop.core.errors import DomainError
from desktop.printing import Document, Letterhead, PrinterUnavailable, sample_a4, sample_receipt
from desktop.printing.qt import PrintJob, PrintOutcome, PrintPreviewDialog, print_document, render_pdf_pages
from desktop.printing.qt import printer as printers
from desktop.tasks.prompt import ScriptedPrompter
from tests.kit.pdf import ink, pdf_page_sizes_mm, pdf_text, pdf_to_png

LINES = [("受付番号", "12"), ("氏名", "髙﨑 德子"), ("ご用件", "マイナンバーカード交付")]
NOWHERE = "\U00020001"


@pytest.fixture
def receipt(letterhead: Letterhead, when: datetime) -> Document:
    return sample_receipt(letterhead, LINES, when)


@pytest.fixture
def a4(letterhead: Letterhead, when: datetime) -> Document:
    rows = [["日付", "件数"]] + [[f"11月{d}日", str(d)] for d in range(1, 50)]
    return sample_a4(letterhead, "交付状況一覧", rows, when=when)


def pdf_printer(path: Path) -> QPrinter:
    """The real print path up to the device boundary: a high-resolution QPrinter writing a PDF file."""
    p = QPrinter(QPrinter.PrinterMode.HighResolution)
    p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    p.setOutputFileName(str(path))
    return p


def ink_bbox(png: Path) -> tuple[int, int, int, int]:
    with Image.open(png) as img:
        box = ImageOps.invert(img.convert("L")).point(lambda v: 255 if v > 100 else 0).getbbox()
    assert box is not None
    return box


def factory(path: Path) -> Callable[[], QPrinter]:
    return lambda: pdf_printer(path)


@pytest.fixture
def no_printers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printers, "available_printers", lambda: [])


def test_pages_render_opaque_at_the_asked_resolution(qapp: object, receipt: Document, a4: Document) -> None:
    (page,) = render_pdf_pages(receipt.pdf, dpi=100)
    assert page.width() == pytest.approx(80 / 25.4 * 100, abs=1)
    assert page.pixelColor(0, 0) == QColor("white") and page.pixelColor(0, 0).alpha() == 255
    assert page.dotsPerMeterX() == round(100 * 39.37007874)
    assert len(render_pdf_pages(a4.pdf, dpi=50)) == a4.page_count


def test_unreadable_pdf_is_a_plain_error(qapp: object) -> None:
    with pytest.raises(DomainError):
        render_pdf_pages(b"not a pdf")


def test_receipt_prints_at_80mm_and_full_scale(qapp: object, receipt: Document, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    print_document(receipt, printer=pdf_printer(out))
    ((w, h),) = pdf_page_sizes_mm(out)
    ((w0, h0),) = pdf_page_sizes_mm(receipt.pdf)
    # Qt's PDF engine writes whole points: 80 mm comes out as 227 pt = 80.08 mm.
    assert w == pytest.approx(80, abs=0.2) and h == pytest.approx(h0, abs=0.4)
    # 100 %: the ink sits where it sits in the document, within a pixel at 50 dpi (0.5 mm): no fit-to-page
    # shrinking and no offset.
    (original,) = pdf_to_png(receipt.pdf, tmp_path / "a", dpi=50)
    (printed,) = pdf_to_png(out, tmp_path / "b", dpi=50)
    assert ink(printed) > 500
    assert ink_bbox(printed) == pytest.approx(ink_bbox(original), abs=1)


def test_a4_prints_every_page_on_a4(qapp: object, a4: Document, tmp_path: Path) -> None:
    out = tmp_path / "a4.pdf"
    print_document(a4, printer=pdf_printer(out))
    sizes = pdf_page_sizes_mm(out)
    assert len(sizes) == a4.page_count >= 2
    assert all(s == pytest.approx((210, 297), abs=0.4) for s in sizes)


def test_no_printer_or_unknown_printer(qapp: object, receipt: Document, no_printers: None,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(PrinterUnavailable):
        print_document(receipt)
    monkeypatch.setattr(printers, "available_printers", lambda: ["窓口プリンタ"])
    with pytest.raises(PrinterUnavailable) as info:
        print_document(receipt, "存在しないプリンタ")
    assert info.value.params == {"printer": "存在しないプリンタ"}


@pytest.mark.qt_log_ignore("QPdfWriter|QPainter::begin|QPrinter")
def test_a_printer_that_refuses_the_job(qapp: object, receipt: Document, tmp_path: Path) -> None:
    with pytest.raises(PrinterUnavailable):
        print_document(receipt, printer=pdf_printer(tmp_path / "no-such-dir" / "out.pdf"))


@pytest.mark.qt_log_ignore("QPdfWriter|QPainter::begin|QPrinter")
def test_job_retries_after_a_failure(qapp: object, receipt: Document, tmp_path: Path) -> None:
    targets = [tmp_path / "missing" / "x.pdf", tmp_path / "ok.pdf"]
    prompter = ScriptedPrompter(answers=[0])  # 「再試行」
    outcomes: list[PrintOutcome] = []
    job = PrintJob(receipt, prompter, printer_factory=lambda: pdf_printer(targets.pop(0)), on_done=outcomes.append)
    job.start()
    assert outcomes == [PrintOutcome.PRINTED] and job.attempts == 2
    assert (tmp_path / "ok.pdf").exists()
    assert [k for k, _, _ in prompter.asked] == ["choose"]


def test_job_without_printer_keeps_the_document_and_saves_a_pdf(
        qapp: object, receipt: Document, tmp_path: Path, no_printers: None) -> None:
    target = tmp_path / "saved"  # ".pdf" is added
    prompter = ScriptedPrompter(answers=[1, target])  # 「PDFで保存」, then the file
    job = PrintJob(receipt, prompter)
    job.start()
    assert job.outcome is PrintOutcome.SAVED
    assert job.saved_to == tmp_path / "saved.pdf" and job.saved_to.read_bytes() == receipt.pdf
    kinds = [k for k, _, _ in prompter.asked]
    assert kinds == ["choose", "save"]
    assert "receipt-20261124-1000.pdf" in prompter.asked[1][2]


def test_job_cancelled_and_save_cancelled(qapp: object, receipt: Document, no_printers: None) -> None:
    job = PrintJob(receipt, ScriptedPrompter(answers=[2]))
    job.start()
    assert job.outcome is PrintOutcome.CANCELLED
    prompter = ScriptedPrompter(answers=[1, None, 2])  # save, then cancel the file dialog, then cancel
    job = PrintJob(receipt, prompter)
    job.start()
    assert job.outcome is PrintOutcome.CANCELLED
    assert [k for k, _, _ in prompter.asked] == ["choose", "save", "choose"]


def test_missing_characters_are_confirmed_before_printing(
        qapp: object, letterhead: Letterhead, when: datetime, tmp_path: Path) -> None:
    doc = sample_receipt(letterhead, [("氏名", "山" + NOWHERE + "花子")], when)
    refused = ScriptedPrompter(answers=[False])
    job = PrintJob(doc, refused, printer_factory=factory(tmp_path / "never.pdf"))
    job.start()
    assert job.outcome is PrintOutcome.CANCELLED and not (tmp_path / "never.pdf").exists()
    assert "U+20001" in refused.asked[0][2] and "花子" not in refused.asked[0][2]
    accepted = ScriptedPrompter(answers=[True])
    job = PrintJob(doc, accepted, printer_factory=factory(tmp_path / "yes.pdf"))
    job.start()
    assert job.outcome is PrintOutcome.PRINTED
    assert "山〓花子" in pdf_text(doc.pdf)


def show(qtbot: QtBot, dialog: PrintPreviewDialog) -> None:
    """Show and activate the dialog: its keyboard shortcuts work only in the active window."""
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform says so on show()
def test_preview_shows_pages_zooms_and_prints(qtbot: QtBot, a4: Document, tmp_path: Path) -> None:
    prompter = ScriptedPrompter()
    dialog = PrintPreviewDialog(a4, prompter, printer_factory=factory(tmp_path / "p.pdf"))
    show(qtbot, dialog)
    assert len(dialog.page_labels) == a4.page_count
    assert not dialog.warning.isVisible()
    width = dialog.page_labels[0].width()
    assert width == pytest.approx(210 / 25.4 * 96, abs=2)  # 100 % = physical size at 96 dpi
    qtbot.keyClick(dialog, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.zoom == 1.25 and dialog.page_labels[0].width() > width
    qtbot.keyClick(dialog, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert dialog.zoom == 1.0
    with qtbot.waitSignal(dialog.printed):
        qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert dialog.outcome is PrintOutcome.PRINTED and not dialog.isVisible()
    assert len(pdf_page_sizes_mm(tmp_path / "p.pdf")) == a4.page_count


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_preview_warns_and_saves(qtbot: QtBot, letterhead: Letterhead, when: datetime, tmp_path: Path,
                                 no_printers: None) -> None:
    doc = sample_receipt(letterhead, [("氏名", NOWHERE + "田")], when)
    prompter = ScriptedPrompter(answers=[tmp_path / "r.pdf"])
    dialog = PrintPreviewDialog(doc, prompter)
    show(qtbot, dialog)
    assert dialog.warning.isVisible() and "U+20001" in dialog.warning.text()
    assert not dialog.printer_box.isEnabled()
    with qtbot.waitSignal(dialog.saved) as blocker:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [tmp_path / "r.pdf"]
    assert (tmp_path / "r.pdf").read_bytes() == doc.pdf
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_job_prints_off_the_gui_thread_with_the_real_runner(qtbot: QtBot, a4: Document, tmp_path: Path) -> None:
    from desktop.tasks.runner import QtTaskRunner

    runner = QtTaskRunner(ScriptedPrompter())
    outcomes: list[PrintOutcome] = []
    job = PrintJob(a4, ScriptedPrompter(), tasks=runner, printer_factory=factory(tmp_path / "t.pdf"),
                   on_done=outcomes.append)
    job.start()
    qtbot.waitUntil(lambda: outcomes == [PrintOutcome.PRINTED], timeout=10_000)
    assert runner.shutdown()
    assert len(pdf_page_sizes_mm(tmp_path / "t.pdf")) == a4.page_count
