"""Qt-free parts of the photo job: the JPEG writer and header reader, reading photo files, the rules."""

from __future__ import annotations

import io
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from desktop.core.errors import DomainError
from desktop.jobs.photo.domain import checks as ck
from desktop.jobs.photo.domain import jpeg
from desktop.jobs.photo.domain.analysis import file_check
from desktop.jobs.photo.domain.imageio import UnreadableImage, decode_image, read_image_file
from desktop.jobs.photo.domain.rules import PhotoRules


def noisy(h: int, w: int, seed: int = 1) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 255, (h, w, 3), dtype=np.uint8)


def test_inspect_reads_the_frame_header() -> None:
    data = jpeg.encode(noisy(617, 480), 92, 20_480, 7_000_000)
    info = jpeg.inspect(data)
    assert info.is_jpeg and info.rgb and (info.width, info.height) == (480, 617) and not info.progressive
    gray = cv2.imencode(".jpg", noisy(100, 80)[:, :, 0])[1].tobytes()
    assert jpeg.inspect(gray).components == 1 and not jpeg.inspect(gray).rgb
    png = cv2.imencode(".png", noisy(10, 10))[1].tobytes()
    assert not jpeg.inspect(png).is_jpeg
    assert not jpeg.inspect(b"\xff\xd8\xff").is_jpeg


def test_encode_keeps_the_file_inside_the_byte_limits() -> None:
    image = noisy(1200, 934)
    big = jpeg.encode(image, 100, 20_480, 7_000_000)
    capped = jpeg.encode(image, 100, 20_480, 400_000)
    assert len(capped) <= 400_000 < len(big)
    flat = np.full((617, 480, 3), 200, np.uint8)
    small = jpeg.encode(flat, 60, 20_480, 7_000_000)
    assert jpeg.inspect(small).rgb  # still a valid JPEG even when no quality reaches 20 KB
    check = file_check(small, PhotoRules())
    assert check.failed and "20 KB–7 MB" in ck.render(check)[1]


def test_file_check_refuses_greyscale() -> None:
    gray = cv2.imencode(".jpg", noisy(700, 545)[:, :, 0], [cv2.IMWRITE_JPEG_QUALITY, 100])[1].tobytes()
    result = file_check(gray, PhotoRules())
    assert result.failed and "RGB" in ck.render(result)[1]


def test_exif_orientation_is_applied(tmp_path: Path) -> None:
    img = Image.new("RGB", (200, 100), (255, 0, 0))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to view
    path = tmp_path / "tablet.jpg"
    img.save(path, exif=exif)
    assert read_image_file(path).shape == (200, 100, 3)


def test_transparent_png_is_laid_on_white_and_grey_becomes_colour() -> None:
    rgba = np.zeros((20, 30, 4), np.uint8)
    data = cv2.imencode(".png", rgba)[1].tobytes()  # fully transparent black
    out = decode_image(data, "x.png")
    assert out.shape == (20, 30, 3) and int(out.min()) == 255
    grey16 = (np.arange(600, dtype=np.uint16).reshape(20, 30) * 100).astype(np.uint16)
    out16 = decode_image(cv2.imencode(".png", grey16)[1].tobytes(), "g.png")
    assert out16.shape == (20, 30, 3) and out16.dtype == np.uint8


def test_unreadable_files_say_what_to_do(tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("not a photo")
    with pytest.raises(UnreadableImage, match="JPEG or PNG"):
        read_image_file(bad)
    with pytest.raises(UnreadableImage, match="cannot be opened"):
        read_image_file(tmp_path / "missing.jpg")


def test_rules_from_settings() -> None:
    assert PhotoRules.from_json(None) == PhotoRules()
    rules = PhotoRules.from_json({"head_mm": 33, "unknown": 1, "min_px": 500})
    assert rules.head_mm == 33.0 and rules.min_px == 500 and isinstance(rules.min_px, int)
    with pytest.raises(DomainError):
        PhotoRules.from_json({"head_mm": "34"})
    with pytest.raises(DomainError):
        PhotoRules.from_json({"crown_mm": 10, "head_mm": 40})


def test_checks_render_in_english_by_default() -> None:
    result = ck.failed(ck.EXPOSURE, "The face is too dark ({value:.0f}; at least {min:.0f}).", "Add light.",
                       50.0, value=50.0, min=80.0)  # fmt: skip
    assert ck.render(result) == ("Brightness", "The face is too dark (50; at least 80).", "Add light.")
    assert ck.CheckResult.from_json(result.to_json()) == ck.CheckResult(ck.EXPOSURE, ck.Status.FAILED, value=50.0)
    assert result.overridable and not ck.passed(ck.RESOLUTION).overridable


def test_output_is_plain_jfif_without_metadata() -> None:
    data = jpeg.encode(noisy(617, 480), 92, 20_480, 7_000_000)
    with Image.open(io.BytesIO(data)) as img:
        assert img.format == "JPEG" and img.mode == "RGB"
        assert "exif" not in img.info
