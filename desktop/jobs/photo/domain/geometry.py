"""Finding the head in a frame and cutting the 35:45 crop around it (OpenCV, no Qt).

- **Faces**: OpenCV's frontal-face Haar cascade on a copy scaled to at most 640 px (histogram
  equalised), boxes scaled back to the frame. Detections narrower than a third of the widest are
  dropped as noise; any other second face counts.
- **Crown** (頭頂): found in the image. In a vertical band through the middle of the face (40 % of the
  face width), the mean CIE L*a*b* colour of each row is compared, from above the head downwards,
  with the median of the rows just above it; the crown is the first row where the colour changes by
  more than 12 units and stays changed for about 3 % of the face height (background → hair or skin).
  A change accepted as the crown lies between 1.0 and 0.2 face heights above the face box. When none
  is found there (hair the colour of the background), the crown is estimated as 0.47 face heights
  above the box; when that lies above the frame, the top of the head is cut off.
- **Chin** (あご): estimated as the face box's top + 1.10 × its height. The Haar box runs from the
  eyebrows to about the lower lip, and the jaw line has too little contrast against the neck to be
  found reliably. On the 1080p fixture this gives the crown at y≈318 and the chin at y≈901 (the
  fixture README measures about 326 and 900).
- **Eyes**: the Haar eye cascade in the upper part of the face box scaled to 160 × 160; the line
  through the two eye centres gives the head's tilt (roll).
- **Crop**: the head (crown to chin) is made `head_mm` of the 45 mm height with `crown_mm` above the
  crown, centred on the face. When the frame is too small for that crop (the resident too close), the
  crop is shrunk and moved inside the frame: the head then measures larger or off centre and the
  checks say so. The crop is never enlarged and never padded with invented pixels.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt

from desktop.jobs.photo.domain.rules import PRINT_HEIGHT_MM, PRINT_WIDTH_MM, PhotoRules

Image = npt.NDArray[np.uint8]

DETECT_MAX_SIDE = 640
MIN_FACE_SHARE = 0.15  # smallest face side searched, as a share of the frame's shorter side
CHIN_FACTOR = 1.10
CROWN_FALLBACK = 0.47
CROWN_HIGHEST = 1.0  # face heights above the box top
CROWN_LOWEST = 0.2
CROWN_DELTA = 12.0  # L*a*b* units (OpenCV's 8-bit scale)
EYE_SIZE = 160
HAAR_DIR = Path(cv2.__file__).resolve().parent / "data"  # = cv2.data.haarcascades (shipped by 4.x)


@dataclass(frozen=True)
class Box:
    x: int
    y: int
    w: int
    h: int

    @property
    def centre_x(self) -> float:
        return self.x + self.w / 2


class CrownFrom(StrEnum):
    FOUND = "found"  # a background → head edge found above the face
    ESTIMATED = "estimated"  # no edge: estimated from the face box
    CUT_OFF = "cut_off"  # the top of the head is outside the frame


@dataclass(frozen=True)
class Head:
    face: Box
    crown: float
    chin: float
    centre_x: float
    crown_from: CrownFrom
    eye_angle: float | None  # degrees, positive when the resident's left eye (image right) is lower


@dataclass(frozen=True)
class Crop:
    left: int
    top: int
    width: int
    height: int
    fitted: bool  # shrunk or moved to stay inside the frame

    @property
    def px_per_mm(self) -> float:
        return self.height / PRINT_HEIGHT_MM


_local = threading.local()


def _cascade(name: str) -> cv2.CascadeClassifier:
    """One classifier per thread (OpenCV's cascades are not safe to share between threads)."""
    cache: dict[str, cv2.CascadeClassifier] | None = getattr(_local, "cascades", None)
    if cache is None:
        cache = {}
        _local.cascades = cache
    found = cache.get(name)
    if found is None:
        found = cv2.CascadeClassifier(str(HAAR_DIR / name))
        if found.empty():
            raise RuntimeError(f"OpenCV cascade {name} is missing (opencv-python-headless < 5 ships it)")
        cache[name] = found
    return found


def detect_faces(image: Image) -> list[Box]:
    """Faces in a BGR frame, largest first."""
    height, width = image.shape[:2]
    scale = min(1.0, DETECT_MAX_SIDE / max(height, width))
    small: Image = image
    if scale < 1.0:
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        small = np.asarray(cv2.resize(image, size, interpolation=cv2.INTER_AREA), dtype=np.uint8)
    gray = cv2.equalizeHist(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY))
    side = max(24, int(min(gray.shape[:2]) * MIN_FACE_SHARE))
    found = _cascade("haarcascade_frontalface_default.xml").detectMultiScale(
        gray, scaleFactor=1.15, minNeighbors=5, minSize=(side, side)
    )
    boxes = [
        Box(round(x / scale), round(y / scale), round(w / scale), round(h / scale))
        for (x, y, w, h) in (tuple(int(v) for v in f) for f in found)
    ]
    boxes.sort(key=lambda b: b.w * b.h, reverse=True)
    if boxes:
        widest = boxes[0].w
        boxes = [b for b in boxes if b.w >= widest / 3]
    return boxes


def find_crown(image: Image, face: Box) -> tuple[float, CrownFrom]:
    """The crown's row (see the module docs) and how it was obtained."""
    height, width = image.shape[:2]
    estimate = face.y - CROWN_FALLBACK * face.h
    half = max(2, int(0.2 * face.w))
    x0, x1 = max(0, int(face.centre_x) - half), min(width, int(face.centre_x) + half)
    bottom = min(height, int(face.y + 0.1 * face.h))
    highest, lowest = face.y - CROWN_HIGHEST * face.h, face.y - CROWN_LOWEST * face.h
    found: int | None = None
    if bottom > 8 and x1 - x0 >= 2:
        narrow = cv2.resize(image[0:bottom, x0:x1], (16, bottom), interpolation=cv2.INTER_AREA)
        rows = cv2.cvtColor(narrow, cv2.COLOR_BGR2LAB).astype(np.float32).mean(axis=1)
        rows = cv2.blur(rows.reshape(-1, 1, 3), (1, 3)).reshape(-1, 3)
        hold = max(3, int(0.03 * face.h))
        start = max(4, int(highest))
        for r in range(start, min(bottom - hold, int(lowest) + 1)):
            ref = np.median(rows[max(0, r - 40) : r - 1], axis=0)
            if float(np.linalg.norm(rows[r] - ref)) <= CROWN_DELTA:
                continue
            ahead = np.linalg.norm(rows[r + 1 : r + 1 + hold] - ref, axis=1)
            if bool(np.all(ahead > CROWN_DELTA)):
                found = r
                break
    if found is not None and found > 4:
        return float(found), CrownFrom.FOUND
    if estimate < 0 or found is not None:
        return max(0.0, estimate), CrownFrom.CUT_OFF
    return estimate, CrownFrom.ESTIMATED


def eye_angle(image: Image, face: Box) -> float | None:
    """Roll of the head from the two eyes, in degrees; None when two eyes are not found."""
    height, width = image.shape[:2]
    x0, y0 = max(0, face.x), max(0, face.y)
    x1, y1 = min(width, face.x + face.w), min(height, face.y + face.h)
    if x1 - x0 < 24 or y1 - y0 < 24:
        return None
    gray = cv2.cvtColor(image[y0:y1, x0:x1], cv2.COLOR_BGR2GRAY)
    gray = cv2.equalizeHist(cv2.resize(gray, (EYE_SIZE, EYE_SIZE), interpolation=cv2.INTER_AREA))
    eyes = _cascade("haarcascade_eye.xml").detectMultiScale(
        gray[: int(EYE_SIZE * 0.62)], scaleFactor=1.1, minNeighbors=4, minSize=(13, 13), maxSize=(60, 60)
    )
    mid = EYE_SIZE / 2
    centres = [(x + w / 2, y + h / 2, w) for (x, y, w, h) in (tuple(int(v) for v in e) for e in eyes)]
    left = [c for c in centres if c[0] < mid]
    right = [c for c in centres if c[0] >= mid]
    if not left or not right:
        return None
    lx, ly, _ = max(left, key=lambda c: c[2])
    rx, ry, _ = max(right, key=lambda c: c[2])
    return math.degrees(math.atan2(ry - ly, rx - lx))


def locate_head(image: Image, face: Box) -> Head:
    crown, crown_from = find_crown(image, face)
    chin = face.y + CHIN_FACTOR * face.h
    return Head(face, crown, chin, face.centre_x, crown_from, eye_angle(image, face))


def crop_for(head: Head, frame_width: int, frame_height: int, rules: PhotoRules) -> Crop:
    """The 35:45 crop placing the head as the rules want, kept inside the frame."""
    scale = max(1e-6, head.chin - head.crown) / rules.head_mm  # px per mm of the print
    height = PRINT_HEIGHT_MM * scale
    width = PRINT_WIDTH_MM * scale
    shrink = min(1.0, frame_width / width, frame_height / height)
    fitted = shrink < 1.0
    height *= shrink
    h = max(1, math.floor(height))
    w = max(1, round(h * PRINT_WIDTH_MM / PRINT_HEIGHT_MM))
    if w > frame_width:
        w = frame_width
        h = min(frame_height, round(w * PRINT_HEIGHT_MM / PRINT_WIDTH_MM))
    top = round(head.crown - rules.crown_mm * h / PRINT_HEIGHT_MM)
    left = round(head.centre_x - w / 2)
    if left < 0 or left + w > frame_width:
        left = min(max(0, left), frame_width - w)
        fitted = True
    if top < 0 or top + h > frame_height:
        top = min(max(0, top), frame_height - h)
        fitted = True
    return Crop(int(left), int(top), int(w), int(h), fitted)


def cut(image: Image, crop: Crop) -> Image:
    return np.ascontiguousarray(image[crop.top : crop.top + crop.height, crop.left : crop.left + crop.width])
