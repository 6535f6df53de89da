"""PDF helpers for tests (poppler-utils): render to PNG, extract text, list fonts, page sizes.

    pngs = pdf_to_png(doc.pdf, tmp_path)            # one PNG per page, 100 dpi
    assert "市民課" in pdf_text(doc.pdf)
    assert all(f.embedded for f in pdf_font_list(doc.pdf))
    assert pdf_page_sizes_mm(doc.pdf)[0] == pytest.approx((80, 120), abs=0.5)

Note (SETUP.md): reportlab writes a wrong text mapping for characters outside the BMP (𠮷), so
`pdf_text` does not return them: check such characters on the rendered PNG.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

PdfSource = bytes | str | Path

TOOLS = ("pdftoppm", "pdftotext", "pdffonts", "pdfinfo")


def _run(args: list[str]) -> str:
    done = subprocess.run(args, check=True, capture_output=True, timeout=60)
    return done.stdout.decode("utf-8", errors="replace")


def _with_file(pdf: PdfSource, tool: list[str]) -> str:
    if isinstance(pdf, bytes):
        with tempfile.TemporaryDirectory(prefix="madoguchi-pdf-") as tmp:
            path = Path(tmp) / "doc.pdf"
            path.write_bytes(pdf)
            return _run([*tool, str(path), "-"] if tool[0] == "pdftotext" else [*tool, str(path)])
    path = Path(pdf)
    return _run([*tool, str(path), "-"] if tool[0] == "pdftotext" else [*tool, str(path)])


def pdf_to_png(pdf: PdfSource, tmp_path: Path, dpi: int = 100, *, prefix: str = "page") -> list[Path]:
    """Render every page with pdftoppm; returns the PNG paths in page order."""
    out_dir = Path(tmp_path)
    out_dir.mkdir(parents=True, exist_ok=True)
    if isinstance(pdf, bytes):
        src = out_dir / f"{prefix}.pdf"
        src.write_bytes(pdf)
    else:
        src = Path(pdf)
    _run(["pdftoppm", "-r", str(dpi), "-png", str(src), str(out_dir / prefix)])
    pages = sorted(out_dir.glob(f"{prefix}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return pages


def pdf_text(pdf: PdfSource) -> str:
    """The text of every page (pdftotext -layout, UTF-8)."""
    return _with_file(pdf, ["pdftotext", "-layout", "-enc", "UTF-8"])


def pdf_fonts(pdf: PdfSource) -> str:
    """The raw pdffonts table (name, type, encoding, emb, sub, uni)."""
    return _with_file(pdf, ["pdffonts"])


@dataclass(frozen=True)
class PdfFont:
    name: str
    type: str
    embedded: bool


def pdf_font_list(pdf: PdfSource) -> list[PdfFont]:
    """pdffonts parsed: one entry per font with whether it is embedded."""
    fonts: list[PdfFont] = []
    for line in pdf_fonts(pdf).splitlines()[2:]:
        m = re.match(r"^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line)
        if m:
            fonts.append(PdfFont(m.group(1), m.group(2), m.group(4) == "yes"))
    return fonts


def pdf_info(pdf: PdfSource) -> str:
    return _with_file(pdf, ["pdfinfo", "-f", "1", "-l", "9999"])


def pdf_page_sizes_mm(pdf: PdfSource) -> list[tuple[float, float]]:
    """(width, height) of every page in millimetres."""
    sizes = re.findall(r"Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts", pdf_info(pdf))
    return [(float(w) * 25.4 / 72, float(h) * 25.4 / 72) for w, h in sizes]


def ink(png: Path, box: tuple[int, int, int, int] | None = None, *, threshold: int = 128) -> int:
    """Dark pixels of a rendered page, optionally inside `box` = (left, top, right, bottom) in pixels."""
    from PIL import Image  # Pillow comes with reportlab

    with Image.open(png) as img:
        gray = img.convert("L")
        if box:
            gray = gray.crop(box)
        return sum(gray.histogram()[:threshold])


def png_size(png: Path) -> tuple[int, int]:
    from PIL import Image

    with Image.open(png) as img:
        return img.size


@pytest.fixture(scope="session")
def poppler() -> None:
    """Skip-free guard: the poppler tools are part of the test setup (SETUP.md); fail clearly if absent."""
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        pytest.fail(f"poppler-utils missing ({', '.join(missing)}): apt-get install poppler-utils poppler-data")
