"""Images coming in: a photo file ("Import from file") or a camera frame, as 8-bit BGR pixels.

A file from the tablet's own camera app or a USB stick is decoded by OpenCV, which turns it the right
way up by its EXIF orientation; greyscale, 16-bit and transparent images become 8-bit colour. What
cannot be read as an image is refused with a message that says what to do. Nothing of the file's
metadata (camera, location) survives: the output JPEG is written from the pixels alone.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP

Image = npt.NDArray[np.uint8]

MAX_FILE_BYTES = 60_000_000
MAX_PIXELS = 120_000_000
FILE_FILTER = "*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp"


class UnreadableImage(DomainError):
    """The file is not an image OpenCV can read (or is too large to be a photo)."""


def read_image_file(path: Path) -> Image:
    """Decode a photo file to BGR pixels (EXIF orientation applied)."""
    try:
        size = path.stat().st_size
    except OSError as err:
        raise UnreadableImage(
            QT_TRANSLATE_NOOP("Errors", "The file {name} cannot be opened. Check that it still exists."),
            name=path.name,
        ) from err
    if size > MAX_FILE_BYTES:
        raise UnreadableImage(
            QT_TRANSLATE_NOOP(
                "Errors", "The file {name} is too large to be a photo. Choose the photo itself (JPEG or PNG)."
            ),
            name=path.name,
        )
    return decode_image(path.read_bytes(), path.name)


def decode_image(data: bytes, name: str = "") -> Image:
    """Decode image bytes to BGR. JPEG and most formats: OpenCV's colour decode, which applies the
    EXIF orientation; a PNG is decoded unchanged so its transparency can be laid on white."""
    buf = np.frombuffer(data, dtype=np.uint8)
    image: npt.NDArray[np.generic] | None = None
    if buf.size:
        try:
            flags = cv2.IMREAD_UNCHANGED if data[:8] == b"\x89PNG\r\n\x1a\n" else cv2.IMREAD_COLOR
            image = cv2.imdecode(buf, flags)
        except cv2.error:
            image = None
    if image is None or image.size == 0:
        raise UnreadableImage(
            QT_TRANSLATE_NOOP(
                "Errors", "The file {name} is not a photo Madoguchi can read. Save it as JPEG or PNG and try again."
            ),
            name=name,
        )
    return to_bgr8(image)


def _flatten_alpha(image: npt.NDArray[np.generic]) -> Image:
    """A transparent PNG on white (transparency would turn black in a JPEG)."""
    rgb = to_depth8(image[:, :, :3]).astype(np.float32)
    alpha = to_depth8(image[:, :, 3]).astype(np.float32)[:, :, None] / 255.0
    return np.asarray(np.clip(rgb * alpha + 255.0 * (1.0 - alpha), 0, 255), dtype=np.uint8)


def to_depth8(image: npt.NDArray[np.generic]) -> Image:
    if image.dtype == np.uint8:
        return np.asarray(image, dtype=np.uint8)
    if image.dtype == np.uint16:
        return np.asarray(image.astype(np.uint32) >> 8, dtype=np.uint8)
    scaled = image.astype(np.float32) * (255.0 if image.dtype.kind == "f" else 1.0)
    return np.asarray(np.clip(scaled, 0, 255), dtype=np.uint8)


def to_bgr8(image: npt.NDArray[np.generic]) -> Image:
    """Any decoded image as contiguous 8-bit BGR."""
    img: Image = to_depth8(image)
    if img.ndim == 2:
        img = np.asarray(cv2.cvtColor(img, cv2.COLOR_GRAY2BGR), dtype=np.uint8)
    elif img.shape[2] == 4:
        img = _flatten_alpha(img)
    elif img.shape[2] != 3:
        img = np.asarray(cv2.cvtColor(img[:, :, 0], cv2.COLOR_GRAY2BGR), dtype=np.uint8)
    if img.shape[0] * img.shape[1] > MAX_PIXELS:
        raise UnreadableImage(
            QT_TRANSLATE_NOOP("Errors", "The photo is too large. Choose a photo of at most 120 megapixels.")
        )
    return np.ascontiguousarray(img)
