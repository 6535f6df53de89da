"""The checks on real frames: the fixture videos played through QMediaPlayer into the QVideoSink of the
photo job's frame feed (the camera's path from the sink on), the 512 px photo, and variants of a real
frame composed here (cluttered background, dark, blurred, tilted, too close)."""

from __future__ import annotations

import io
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from desktop.jobs.photo.domain import checks as ck
from desktop.jobs.photo.domain.analysis import analyze
from desktop.jobs.photo.domain.geometry import CrownFrom
from desktop.jobs.photo.domain.imageio import read_image_file
from desktop.jobs.photo.domain.rules import PhotoRules
from tests.jobs.photo.conftest import FACE_PNG, FACE_VIDEO, NO_FACE_VIDEO, QT_MEDIA_NOISE

pytestmark = pytest.mark.qt_log_ignore(QT_MEDIA_NOISE)

RULES = PhotoRules()


def failed_keys(result) -> set[str]:  # type: ignore[no-untyped-def]
    return {c.key for c in result.failed}


def test_face_feed_frames_come_through_the_video_sink(video_frames) -> None:  # type: ignore[no-untyped-def]
    frames = video_frames(FACE_VIDEO, 5)
    assert len(frames) == 5
    assert all(f.shape == (1080, 1920, 3) and f.dtype == np.uint8 for f in frames)


def test_face_feed_passes_every_check(face_frame) -> None:  # type: ignore[no-untyped-def]
    result = analyze(face_frame, RULES)
    assert result.passed, [(c.key, ck.render(c)[1]) for c in result.failed]
    assert len(result.faces) == 1
    head = result.head
    assert head is not None
    # crown found in the image at about y=326 and chin estimated at about y=900 (fixture README)
    assert head.crown_from == CrownFrom.FOUND
    assert head.crown == pytest.approx(326, abs=15)
    assert head.chin == pytest.approx(900, abs=20)
    # a 35:45 crop with a 34 mm head and 4 mm above the crown: about 594 × 764 px
    crop = result.crop
    assert crop is not None and not crop.fitted
    assert crop.width == pytest.approx(594, abs=25) and crop.height == pytest.approx(764, abs=30)
    assert crop.height * 35 == pytest.approx(crop.width * 45, abs=45)
    assert result.check(ck.HEAD_SIZE).value == pytest.approx(34.0, abs=0.3)
    assert result.check(ck.HEAD_POSITION).value == pytest.approx(4.0, abs=0.3)


def test_every_frame_of_the_face_feed_finds_exactly_one_face(video_frames) -> None:  # type: ignore[no-untyped-def]
    for frame in video_frames(FACE_VIDEO, 30)[::5]:
        result = analyze(frame, RULES)
        assert result.check(ck.FACE).passed
        assert result.passed, failed_keys(result)


def test_no_face_feed_fails_with_the_no_face_message(video_frames) -> None:  # type: ignore[no-untyped-def]
    frame = video_frames(NO_FACE_VIDEO, 3)[-1]
    assert frame.shape == (720, 1280, 3)
    result = analyze(frame, RULES)
    face = result.check(ck.FACE)
    assert face.failed
    label, message, advice = ck.render(face)
    assert message == "No face was found."
    assert "face the camera" in advice
    assert all(c.status == ck.Status.NOT_CHECKED for c in result.checks if c.key != ck.FACE)
    assert result.jpeg is None and not result.may_override


def test_output_jpeg_reread_format_mode_size_and_bytes(face_frame) -> None:  # type: ignore[no-untyped-def]
    result = analyze(face_frame, RULES)
    assert result.jpeg is not None and result.image is not None
    with Image.open(io.BytesIO(result.jpeg)) as img:
        assert img.format == "JPEG"
        assert img.mode == "RGB"
        assert img.size == (result.image.shape[1], result.image.shape[0])
        assert min(img.size) >= 480 and max(img.size) <= 6000
        assert not img.info.get("exif")
    assert 20 * 1024 <= len(result.jpeg) <= 7_000_000


def test_small_photo_fails_resolution_on_its_own_pixels_never_upscaled() -> None:
    image = read_image_file(FACE_PNG)
    assert image.shape == (512, 512, 3)
    result = analyze(image, RULES)
    assert result.check(ck.FACE).passed
    resolution = result.check(ck.RESOLUTION)
    assert resolution.failed
    assert resolution.value is not None and resolution.value < 480
    assert result.crop is not None and result.image is not None
    # the output is the crop's own pixels: same size as the crop, smaller than the source
    assert result.image.shape[:2] == (result.crop.height, result.crop.width)
    assert max(result.image.shape[:2]) <= 512
    assert "never enlarged" in ck.render(resolution)[2]
    assert not result.may_override  # a resolution failure cannot be accepted by staff


def cluttered(frame: np.ndarray) -> np.ndarray:
    """The studio backdrop replaced by shelves of coloured boxes and posters (the person kept)."""
    lab = cv2.cvtColor(frame, cv2.COLOR_BGR2LAB).astype(np.float32)
    backdrop = np.median(lab[40:200, 700:1200].reshape(-1, 3), axis=0)
    mask = (np.linalg.norm(lab - backdrop, axis=2) < 16).astype(np.uint8)
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    rng = np.random.default_rng(7)
    clutter = np.full_like(frame, 170)
    for y in range(0, 1080, 120):  # shelves
        cv2.rectangle(clutter, (0, y + 100), (1920, y + 112), (40, 60, 90), -1)
        x = 0
        while x < 1920:
            w = int(rng.integers(20, 70))
            colour = tuple(int(c) for c in rng.integers(0, 255, 3))
            cv2.rectangle(clutter, (x, y + int(rng.integers(10, 50))), (x + w, y + 100), colour, -1)
            x += w + int(rng.integers(2, 10))
    return np.where(mask[..., None] > 0, clutter, frame).astype(np.uint8)


def test_cluttered_background_fails_the_background_check(face_frame) -> None:  # type: ignore[no-untyped-def]
    result = analyze(cluttered(face_frame), RULES)
    assert result.check(ck.FACE).passed
    background = result.check(ck.BACKGROUND)
    assert background.failed
    assert "behind the head" in ck.render(background)[1]
    assert result.may_override  # staff could accept it with a recorded reason


def test_shadow_on_the_background_fails_the_background_check(face_frame) -> None:  # type: ignore[no-untyped-def]
    lab = cv2.cvtColor(face_frame, cv2.COLOR_BGR2LAB).astype(np.float32)
    mask = np.linalg.norm(lab - np.median(lab[40:200, 700:1200].reshape(-1, 3), axis=0), axis=2) < 16
    # a soft shadow on the wall at the right of the head
    side = (np.arange(face_frame.shape[1])[None, :] > 831).astype(np.float32).repeat(face_frame.shape[0], 0)
    shade = 1.0 - 0.45 * cv2.GaussianBlur(side, (0, 0), 40)[..., None]
    shaded = np.where(mask[..., None], face_frame * shade, face_frame).astype(np.uint8)
    result = analyze(shaded, RULES)
    assert failed_keys(result) == {ck.BACKGROUND}
    assert "shadow" in ck.render(result.check(ck.BACKGROUND))[1]


def test_darkened_frame_fails_brightness_only(face_frame) -> None:  # type: ignore[no-untyped-def]
    dark = (face_frame.astype(np.float32) * 0.35).astype(np.uint8)
    result = analyze(dark, RULES)
    assert failed_keys(result) == {ck.EXPOSURE}
    assert "too dark" in ck.render(result.check(ck.EXPOSURE))[1]


def test_overexposed_frame_fails_brightness(face_frame) -> None:  # type: ignore[no-untyped-def]
    bright = cv2.convertScaleAbs(face_frame, alpha=1.6, beta=60)
    assert ck.EXPOSURE in failed_keys(analyze(bright, RULES))


def test_blurred_frame_fails_sharpness_only(face_frame) -> None:  # type: ignore[no-untyped-def]
    blurred = cv2.GaussianBlur(face_frame, (0, 0), 3)
    result = analyze(blurred, RULES)
    assert failed_keys(result) == {ck.SHARPNESS}
    sharp = analyze(face_frame, RULES).check(ck.SHARPNESS).value
    assert sharp is not None and result.check(ck.SHARPNESS).value is not None
    assert result.check(ck.SHARPNESS).value < RULES.sharpness_min < sharp


def test_tilted_head_fails_the_tilt_check(face_frame) -> None:  # type: ignore[no-untyped-def]
    matrix = cv2.getRotationMatrix2D((831, 680), -12, 1.0)
    tilted = cv2.warpAffine(face_frame, matrix, (1920, 1080), borderMode=cv2.BORDER_REPLICATE)
    result = analyze(tilted, RULES)
    assert result.check(ck.FACE).passed
    assert ck.TILT in failed_keys(result)


def test_too_close_fails_head_size_and_never_pads(face_frame) -> None:  # type: ignore[no-untyped-def]
    close = np.ascontiguousarray(face_frame[330:1080, 500:1200])  # crown at the top edge, chin low
    result = analyze(close, RULES)
    assert result.check(ck.FACE).passed
    assert failed_keys(result) & {ck.HEAD_SIZE, ck.HEAD_POSITION}
    assert result.crop is not None and result.crop.fitted
    assert result.crop.top >= 0 and result.crop.top + result.crop.height <= close.shape[0]


def test_two_faces_fail_the_face_check(face_frame) -> None:  # type: ignore[no-untyped-def]
    small = cv2.resize(face_frame, (960, 540), interpolation=cv2.INTER_AREA)
    twice = np.hstack([small, small])
    result = analyze(twice, RULES)
    assert result.check(ck.FACE).failed
    assert result.check(ck.FACE).value == 2


def test_imported_file_goes_through_the_same_crop(face_frame, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "tablet.jpg"
    cv2.imwrite(str(path), face_frame, [cv2.IMWRITE_JPEG_QUALITY, 95])
    from_file = analyze(read_image_file(path), RULES)
    direct = analyze(face_frame, RULES)
    assert from_file.passed
    assert from_file.crop is not None and direct.crop is not None
    assert abs(from_file.crop.top - direct.crop.top) <= 6 and abs(from_file.crop.height - direct.crop.height) <= 12
