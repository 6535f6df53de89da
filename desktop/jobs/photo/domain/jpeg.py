"""Writing and inspecting the online-application JPEG.

`encode` writes baseline JPEG (3 colour components, no EXIF or other metadata: no camera model, no
location) and adjusts the quality so the file lands inside the byte limits. `inspect` reads a JPEG's
own header (SOI, the SOF frame header) without decoding it, so the file check judges the bytes that
are actually written, not what the encoder was asked for.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

Image = npt.NDArray[np.uint8]

_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


@dataclass(frozen=True)
class JpegInfo:
    is_jpeg: bool
    width: int = 0
    height: int = 0
    components: int = 0  # 3 = colour (YCbCr from RGB), 1 = greyscale, 4 = CMYK
    progressive: bool = False
    size: int = 0  # bytes

    @property
    def rgb(self) -> bool:
        return self.is_jpeg and self.components == 3


def inspect(data: bytes) -> JpegInfo:
    """Parse the markers up to the frame header; anything else is `is_jpeg=False`."""
    size = len(data)
    if size < 4 or data[0] != 0xFF or data[1] != 0xD8:
        return JpegInfo(False, size=size)
    i = 2
    while i + 4 <= size:
        if data[i] != 0xFF:
            return JpegInfo(False, size=size)
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        length = int.from_bytes(data[i + 2 : i + 4], "big")
        if length < 2:
            return JpegInfo(False, size=size)
        if marker in _SOF:
            seg = data[i + 4 : i + 2 + length]
            if len(seg) < 6:
                return JpegInfo(False, size=size)
            height = int.from_bytes(seg[1:3], "big")
            width = int.from_bytes(seg[3:5], "big")
            return JpegInfo(True, width, height, seg[5], marker == 0xC2, size)
        if marker == 0xDA:  # scan before any frame header
            return JpegInfo(False, size=size)
        i += 2 + length
    return JpegInfo(False, size=size)


def encode(image: Image, quality: int, min_bytes: int, max_bytes: int) -> bytes:
    """Baseline JPEG of a BGR image; quality lowered (or raised) to fit [min_bytes, max_bytes].

    Returns the best attempt even when no quality fits (the file check then says why)."""
    q = int(quality)
    data = _encode(image, q)
    while len(data) > max_bytes and q > 40:
        q -= 8
        data = _encode(image, q)
    while len(data) < min_bytes and q < 100:
        q = min(100, q + 4)
        data = _encode(image, q)
    return data


def _encode(image: Image, quality: int) -> bytes:
    ok, buf = cv2.imencode(
        ".jpg",
        image,
        [cv2.IMWRITE_JPEG_QUALITY, int(quality), cv2.IMWRITE_JPEG_PROGRESSIVE, 0,
         cv2.IMWRITE_JPEG_OPTIMIZE, 1],
    )  # fmt: skip
    if not ok:
        raise ValueError("JPEG encoding failed")
    return bytes(buf.tobytes())
