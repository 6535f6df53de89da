"""From a frame (or an imported photo) to the checked 35:45 crop and its JPEG — Qt-free.

    result = analyze(frame_bgr, rules)
    result.checks        # one CheckResult per key of checks.ORDER
    result.jpeg          # the online-application file (when a crop exists)
    result.passed        # every check passed

The geometry (face, crown, chin, crop) is explained in `geometry`. The image checks are judged at
fixed analysis sizes, so a sharp 4000 px photo and a sharp 640 px one measure alike:
- brightness: CIE L* (0–255) of the inner face box (20–80 % across, 20–90 % down);
- sharpness: variance of the Laplacian of the face box resized to 300 × 300 px, contrast normalised
  (on the 1080p fixture about 19 sharp, 3 after a Gaussian blur of sigma 3);
- background: the crop resized to 350 × 450 px (10 px per mm of the print); the background is the part
  above eye level outside an ellipse around the head; it must be plain: little fine detail, few pixels
  of another hue, few edges (objects, pattern, furniture), and a smoothed lightness that varies little
  (a shadow or uneven light is smooth, so it is told apart from objects).
Resolution is judged on the crop's own pixels, which are never enlarged; a crop larger than the
maximum is reduced.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.jobs.photo.domain import checks as ck
from desktop.jobs.photo.domain import jpeg
from desktop.jobs.photo.domain.checks import CheckResult
from desktop.jobs.photo.domain.geometry import (
    Box,
    Crop,
    CrownFrom,
    Head,
    crop_for,
    cut,
    detect_faces,
    locate_head,
)
from desktop.jobs.photo.domain.rules import PRINT_HEIGHT_MM, PRINT_WIDTH_MM, PhotoRules

Image = npt.NDArray[np.uint8]

FACE_ANALYSIS = 300
CONTRAST = 50.0
MIN_STD = 10.0
BG_SIZE = (350, 450)
BG_SMOOTH = 6.0  # px at the analysis size: what a shadow's soft edge looks like
BG_DETAIL = 8.0  # lightness units off the smoothed background that count as detail
BG_HUE = 12.0  # a*b* distance from the background's median hue that counts as another colour
BURNT = 250


@dataclass(frozen=True)
class Analysis:
    frame_width: int
    frame_height: int
    faces: tuple[Box, ...]
    head: Head | None
    crop: Crop | None
    checks: tuple[CheckResult, ...]
    image: Image | None  # the output pixels (the crop, reduced only if above the maximum)
    jpeg: bytes | None
    elapsed_ms: float = 0.0

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.checks)

    @property
    def failed(self) -> list[CheckResult]:
        return [c for c in self.checks if c.failed]

    def check(self, key: str) -> CheckResult:
        for c in self.checks:
            if c.key == key:
                return c
        raise KeyError(key)

    @property
    def may_override(self) -> bool:
        """Only appearance checks failed: staff may accept the photo with a recorded reason."""
        return self.jpeg is not None and all(c.overridable for c in self.failed) and not self.passed


def analyze(image: Image, rules: PhotoRules) -> Analysis:
    started = time.perf_counter()
    height, width = image.shape[:2]
    faces = tuple(detect_faces(image))
    results: dict[str, CheckResult] = {}
    head: Head | None = None
    crop: Crop | None = None
    out: Image | None = None
    data: bytes | None = None
    results[ck.FACE] = _face_check(len(faces))
    if len(faces) == 1:
        head = locate_head(image, faces[0])
        crop = crop_for(head, width, height, rules)
        pixels = cut(image, crop)
        results.update(_head_checks(head, crop, rules))
        results[ck.TILT] = _tilt_check(head, rules)
        results[ck.EXPOSURE] = _exposure_check(image, head.face, rules)
        results[ck.SHARPNESS] = _sharpness_check(image, head.face, rules)
        results[ck.BACKGROUND] = _background_check(pixels, head, crop, rules)
        results[ck.RESOLUTION], out = _resolution_check(pixels, rules)
        data = jpeg.encode(out, rules.jpeg_quality, rules.min_bytes, rules.max_bytes)
        results[ck.JPEG] = file_check(data, rules, check_pixels=results[ck.RESOLUTION].passed)
    checks = tuple(results.get(key) or ck.not_checked(key) for key in ck.ORDER)
    elapsed = (time.perf_counter() - started) * 1000
    return Analysis(width, height, faces, head, crop, checks, out, data, elapsed)


def _face_check(count: int) -> CheckResult:
    if count == 1:
        return ck.passed(ck.FACE, QT_TRANSLATE_NOOP("PhotoCheck", "One face found."), 1)
    if count == 0:
        return ck.failed(
            ck.FACE,
            QT_TRANSLATE_NOOP("PhotoCheck", "No face was found."),
            QT_TRANSLATE_NOOP(
                "PhotoCheck",
                "Ask the resident to face the camera with the whole face visible (no mask, no hand or hair "
                "over it), and check the light.",
            ),
            0,
        )
    return ck.failed(
        ck.FACE,
        QT_TRANSLATE_NOOP("PhotoCheck", "{count} faces were found."),
        QT_TRANSLATE_NOOP(
            "PhotoCheck", "Only the resident may be in the picture: ask others to step out of view."
        ),
        count,
        count=count,
    )


def _head_checks(head: Head, crop: Crop, rules: PhotoRules) -> dict[str, CheckResult]:
    per_mm = crop.height / PRINT_HEIGHT_MM
    head_mm = (head.chin - head.crown) / per_mm
    crown_mm = (head.crown - crop.top) / per_mm
    offset_mm = (head.centre_x - (crop.left + crop.width / 2)) * PRINT_WIDTH_MM / crop.width
    low, high = rules.head_mm - rules.head_tolerance_mm, rules.head_mm + rules.head_tolerance_mm
    how = {
        CrownFrom.FOUND: QT_TRANSLATE_NOOP("PhotoCheck", "Crown to chin {value:.1f} mm (crown found in the image)."),
        CrownFrom.ESTIMATED: QT_TRANSLATE_NOOP("PhotoCheck", "Crown to chin {value:.1f} mm (crown estimated from the face)."),
        CrownFrom.CUT_OFF: QT_TRANSLATE_NOOP("PhotoCheck", "Crown to chin {value:.1f} mm (top of the head cut off)."),
    }[head.crown_from]  # fmt: skip
    out: dict[str, CheckResult] = {}
    if head_mm > high:
        out[ck.HEAD_SIZE] = ck.failed(
            ck.HEAD_SIZE,
            QT_TRANSLATE_NOOP("PhotoCheck", "The head is too large: {value:.1f} mm, {low:.0f}–{high:.0f} mm needed."),
            QT_TRANSLATE_NOOP("PhotoCheck", "The resident is too close: step back from the camera or zoom out."),
            head_mm, value=head_mm, low=low, high=high,
        )  # fmt: skip
    elif head_mm < low:
        out[ck.HEAD_SIZE] = ck.failed(
            ck.HEAD_SIZE,
            QT_TRANSLATE_NOOP("PhotoCheck", "The head is too small: {value:.1f} mm, {low:.0f}–{high:.0f} mm needed."),
            QT_TRANSLATE_NOOP("PhotoCheck", "Move the camera closer to the resident."),
            head_mm, value=head_mm, low=low, high=high,
        )  # fmt: skip
    else:
        out[ck.HEAD_SIZE] = ck.passed(ck.HEAD_SIZE, how, head_mm, value=head_mm)

    c_low, c_high = rules.crown_mm - rules.crown_tolerance_mm, rules.crown_mm + rules.crown_tolerance_mm
    if head.crown_from == CrownFrom.CUT_OFF:
        out[ck.HEAD_POSITION] = ck.failed(
            ck.HEAD_POSITION,
            QT_TRANSLATE_NOOP("PhotoCheck", "The top of the head is outside the picture."),
            QT_TRANSLATE_NOOP("PhotoCheck", "Tilt the camera up or ask the resident to sit lower or further back."),
            crown_mm,
        )
    elif crown_mm < c_low or crown_mm > c_high:
        advice = (
            QT_TRANSLATE_NOOP("PhotoCheck", "The head is too near the top edge: tilt the camera up or step back.")
            if crown_mm < c_low
            else QT_TRANSLATE_NOOP("PhotoCheck", "The head is too low: tilt the camera down or ask the resident to sit up.")
        )  # fmt: skip
        out[ck.HEAD_POSITION] = ck.failed(
            ck.HEAD_POSITION,
            QT_TRANSLATE_NOOP("PhotoCheck", "{value:.1f} mm above the crown; {low:.0f}–{high:.0f} mm needed."),
            advice, crown_mm, value=crown_mm, low=c_low, high=c_high,
        )  # fmt: skip
    elif abs(offset_mm) > rules.centre_tolerance_mm:
        out[ck.HEAD_POSITION] = ck.failed(
            ck.HEAD_POSITION,
            QT_TRANSLATE_NOOP("PhotoCheck", "The head is {value:.1f} mm off centre (at most {max:.1f} mm)."),
            QT_TRANSLATE_NOOP("PhotoCheck", "The head is near the side of the picture: turn the camera towards the resident."),
            abs(offset_mm), value=abs(offset_mm), max=rules.centre_tolerance_mm,
        )  # fmt: skip
    else:
        out[ck.HEAD_POSITION] = ck.passed(
            ck.HEAD_POSITION,
            QT_TRANSLATE_NOOP("PhotoCheck", "{value:.1f} mm above the crown, head centred."),
            crown_mm, value=crown_mm,
        )  # fmt: skip
    return out


def _tilt_check(head: Head, rules: PhotoRules) -> CheckResult:
    if head.eye_angle is None:
        return ck.failed(
            ck.TILT,
            QT_TRANSLATE_NOOP("PhotoCheck", "Both eyes could not be found."),
            QT_TRANSLATE_NOOP(
                "PhotoCheck",
                "Both eyes must be open and visible: no hair over them, no glare on glasses. Face the camera.",
            ),
        )
    angle = abs(head.eye_angle)
    if angle > rules.tilt_max_deg:
        return ck.failed(
            ck.TILT,
            QT_TRANSLATE_NOOP("PhotoCheck", "The head is tilted by {value:.0f}° (at most {max:.0f}°)."),
            QT_TRANSLATE_NOOP("PhotoCheck", "Ask the resident to hold the head straight and look at the camera."),
            angle, value=angle, max=rules.tilt_max_deg,
        )  # fmt: skip
    return ck.passed(ck.TILT, QT_TRANSLATE_NOOP("PhotoCheck", "Tilted {value:.1f}°."), angle, value=angle)


def _inner_face(image: Image, face: Box) -> Image:
    height, width = image.shape[:2]
    x0, x1 = max(0, int(face.x + 0.2 * face.w)), min(width, int(face.x + 0.8 * face.w))
    y0, y1 = max(0, int(face.y + 0.2 * face.h)), min(height, int(face.y + 0.9 * face.h))
    return image[y0:y1, x0:x1]


def _exposure_check(image: Image, face: Box, rules: PhotoRules) -> CheckResult:
    region = _inner_face(image, face)
    lightness = cv2.cvtColor(region, cv2.COLOR_BGR2LAB)[:, :, 0]
    mean = float(lightness.mean())
    burnt = float((lightness >= BURNT).mean())
    if mean < rules.brightness_min:
        return ck.failed(
            ck.EXPOSURE,
            QT_TRANSLATE_NOOP("PhotoCheck", "The face is too dark ({value:.0f}; at least {min:.0f})."),
            QT_TRANSLATE_NOOP("PhotoCheck", "Add light in front of the resident; do not photograph against a window."),
            mean, value=mean, min=rules.brightness_min,
        )  # fmt: skip
    if mean > rules.brightness_max or burnt > rules.overexposed_max:
        return ck.failed(
            ck.EXPOSURE,
            QT_TRANSLATE_NOOP("PhotoCheck", "The face is too bright ({value:.0f}; at most {max:.0f})."),
            QT_TRANSLATE_NOOP("PhotoCheck", "Reduce the light on the face or move away from direct light or the flash."),
            mean, value=mean, max=rules.brightness_max,
        )  # fmt: skip
    return ck.passed(ck.EXPOSURE, QT_TRANSLATE_NOOP("PhotoCheck", "Face brightness {value:.0f}."), mean, value=mean)


def sharpness(image: Image, face: Box) -> float:
    """Variance of the Laplacian of the face box at 300 × 300 px, its contrast first brought to a
    standard deviation of 50 grey levels (so a dim face is not mistaken for a blurred one)."""
    height, width = image.shape[:2]
    x0, y0 = max(0, face.x), max(0, face.y)
    x1, y1 = min(width, face.x + face.w), min(height, face.y + face.h)
    gray = cv2.cvtColor(image[y0:y1, x0:x1], cv2.COLOR_BGR2GRAY)
    face_px = cv2.resize(gray, (FACE_ANALYSIS, FACE_ANALYSIS), interpolation=cv2.INTER_AREA).astype(np.float64)
    contrast = CONTRAST / max(float(face_px.std()), MIN_STD)
    return float(cv2.Laplacian(face_px * contrast, cv2.CV_64F).var())


def _sharpness_check(image: Image, face: Box, rules: PhotoRules) -> CheckResult:
    value = sharpness(image, face)
    if value < rules.sharpness_min:
        return ck.failed(
            ck.SHARPNESS,
            QT_TRANSLATE_NOOP("PhotoCheck", "The photo is blurred (sharpness {value:.1f}; at least {min:.0f})."),
            QT_TRANSLATE_NOOP("PhotoCheck", "Hold the camera still, ask the resident not to move, and let the camera focus."),
            value, value=value, min=rules.sharpness_min,
        )  # fmt: skip
    return ck.passed(ck.SHARPNESS, QT_TRANSLATE_NOOP("PhotoCheck", "Sharpness {value:.1f}."), value, value=value)


def background_mask(head: Head, crop: Crop) -> npt.NDArray[np.uint8]:
    """255 where the analysis-size crop shows background: above eye level, outside the head ellipse."""
    bw, bh = BG_SIZE
    sx, sy = bw / crop.width, bh / crop.height
    mask = np.full((bh, bw), 255, np.uint8)
    centre = (round((head.centre_x - crop.left) * sx), round(((head.crown + head.chin) / 2 - crop.top) * sy))
    axes = (max(1, round(0.80 * head.face.w * sx)), max(1, round(0.58 * (head.chin - head.crown) * sy)))
    cv2.ellipse(mask, centre, axes, 0, 0, 360, 0, -1)
    eye_level = int((head.face.y + 0.45 * head.face.h - crop.top) * sy)
    mask[max(0, eye_level) :] = 0
    return mask


@dataclass(frozen=True)
class BackgroundMeasure:
    share: float  # of the crop that is background
    texture: float  # share with fine lightness detail (|L − smoothed L| > 8)
    colour: float  # share of another hue (a*b* distance from the median > 12)
    edges: float  # share of Canny edge pixels
    spread: float  # p95 − p5 of the smoothed lightness


def measure_background(pixels: Image, head: Head, crop: Crop) -> BackgroundMeasure:
    small = cv2.resize(pixels, BG_SIZE, interpolation=cv2.INTER_AREA)
    mask = background_mask(head, crop) > 0
    share = float(mask.mean())
    if mask.sum() < 200:
        return BackgroundMeasure(share, 0.0, 0.0, 0.0, 0.0)
    lab = cv2.cvtColor(small, cv2.COLOR_BGR2LAB).astype(np.float32)
    lightness = lab[:, :, 0]
    smooth = cv2.GaussianBlur(lightness, (0, 0), BG_SMOOTH)
    texture = float((np.abs(lightness - smooth)[mask] > BG_DETAIL).mean())
    hue = lab[:, :, 1:][mask]
    colour = float((np.linalg.norm(hue - np.median(hue, axis=0), axis=1) > BG_HUE).mean())
    spread = float(np.percentile(smooth[mask], 95) - np.percentile(smooth[mask], 5))
    gray = cv2.GaussianBlur(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY), (0, 0), 1.0)
    edges = float((cv2.Canny(gray, 40, 100)[mask] > 0).mean())
    return BackgroundMeasure(share, texture, colour, edges, spread)


def _background_check(pixels: Image, head: Head, crop: Crop, rules: PhotoRules) -> CheckResult:
    m = measure_background(pixels, head, crop)
    if (m.texture > rules.background_texture_max or m.colour > rules.background_colour_max
            or m.edges > rules.background_edges_max):  # fmt: skip
        return ck.failed(
            ck.BACKGROUND,
            QT_TRANSLATE_NOOP("PhotoCheck", "Objects or a pattern are visible behind the head."),
            QT_TRANSLATE_NOOP("PhotoCheck", "Photograph against a plain wall or screen with nothing behind the resident."),
            max(m.texture, m.colour, m.edges),
        )
    if m.spread > rules.background_spread_max:
        return ck.failed(
            ck.BACKGROUND,
            QT_TRANSLATE_NOOP("PhotoCheck", "The background has a shadow or uneven light."),
            QT_TRANSLATE_NOOP(
                "PhotoCheck", "Light the background evenly and move the resident a little away from the wall."
            ),
            m.spread,
        )
    return ck.passed(ck.BACKGROUND, QT_TRANSLATE_NOOP("PhotoCheck", "Plain background."), m.spread)


def _resolution_check(pixels: Image, rules: PhotoRules) -> tuple[CheckResult, Image]:
    height, width = pixels.shape[:2]
    if min(width, height) < rules.min_px:
        result = ck.failed(
            ck.RESOLUTION,
            QT_TRANSLATE_NOOP("PhotoCheck", "Only {width} × {height} px after cropping; at least {min} px needed on each side."),
            QT_TRANSLATE_NOOP(
                "PhotoCheck",
                "Move the camera closer or use a camera with a higher resolution. Photos are never enlarged.",
            ),
            min(width, height), width=width, height=height, min=rules.min_px,
        )  # fmt: skip
        return result, pixels
    out = pixels
    if max(width, height) > rules.max_px:
        factor = rules.max_px / max(width, height)
        size = (max(1, int(width * factor)), max(1, int(height * factor)))
        out = np.ascontiguousarray(cv2.resize(pixels, size, interpolation=cv2.INTER_AREA))
    oh, ow = out.shape[:2]
    return ck.passed(
        ck.RESOLUTION, QT_TRANSLATE_NOOP("PhotoCheck", "{width} × {height} px."), min(ow, oh), width=ow, height=oh
    ), out


def file_check(data: bytes, rules: PhotoRules, *, check_pixels: bool = True) -> CheckResult:
    """The online-application file as written: JPEG, colour, size in bytes (and in pixels, unless the
    resolution check already failed and said why)."""
    info = jpeg.inspect(data)
    kb = len(data) / 1024
    if not info.rgb:
        return ck.failed(
            ck.JPEG,
            QT_TRANSLATE_NOOP("PhotoCheck", "The file is not a colour (RGB) JPEG."),
            QT_TRANSLATE_NOOP("PhotoCheck", "Take the photo again; if it keeps failing, tell the administrator."),
        )
    if not rules.min_bytes <= info.size <= rules.max_bytes:
        return ck.failed(
            ck.JPEG,
            QT_TRANSLATE_NOOP("PhotoCheck", "The JPEG is {kb:.0f} KB; it must be 20 KB–7 MB."),
            QT_TRANSLATE_NOOP("PhotoCheck", "Take the photo again with a plain background and good light."),
            info.size, kb=kb,
        )  # fmt: skip
    if check_pixels and not (rules.min_px <= min(info.width, info.height) and max(info.width, info.height) <= rules.max_px):
        return ck.failed(
            ck.JPEG,
            QT_TRANSLATE_NOOP("PhotoCheck", "The JPEG is {width} × {height} px, outside the allowed size."),
            QT_TRANSLATE_NOOP("PhotoCheck", "Move the camera closer or use a camera with a higher resolution."),
            info.size, width=info.width, height=info.height,
        )  # fmt: skip
    return ck.passed(
        ck.JPEG,
        QT_TRANSLATE_NOOP("PhotoCheck", "JPEG, RGB, {width} × {height} px, {kb:.0f} KB."),
        info.size, width=info.width, height=info.height, kb=kb,
    )  # fmt: skip
