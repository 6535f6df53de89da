"""Reading the 申請書's QR code with a camera (Qt-free I/O, run on the "io" task pool).

Frames are grabbed with OpenCV and decoded one by one (`decode_qr_image`, OpenCV's QRCodeDetector) until
a QR code is found, staff stop it (`stop` is set) or `max_frames` have been looked at. Frames are never
stored: each is dropped once decoded. A PC without a camera gets a plain message (type the ID, or use
the barcode scanner, which types into the field).
"""

from __future__ import annotations

import threading

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.jobs.assist.domain.application_form import QrReading, decode_qr_image

MAX_FRAMES = 450  # about 15 to 30 seconds at the usual webcam rates
MAX_FAILED_READS = 30


class NoCamera(DomainError):
    """The camera cannot be opened (none connected, or used by another program)."""


def scan_camera(index: int, stop: threading.Event, *, max_frames: int = MAX_FRAMES) -> QrReading:
    """Look for a QR code in front of camera `index`; an empty reading when stopped or nothing was found."""
    import cv2

    capture = cv2.VideoCapture(index)
    try:
        if not capture.isOpened():
            raise NoCamera(QT_TRANSLATE_NOOP(
                "Errors", "No camera could be opened (camera {index}). Type the ID, or scan the QR code with "
                "the barcode scanner."), index=index)  # fmt: skip
        failed = 0
        for _ in range(max_frames):
            if stop.is_set():
                break
            ok, frame = capture.read()
            if not ok:
                failed += 1
                if failed >= MAX_FAILED_READS:
                    raise NoCamera(QT_TRANSLATE_NOOP(
                        "Errors", "The camera stopped sending pictures. Check its cable, or type the ID."))  # fmt: skip
                continue
            reading = decode_qr_image(frame)
            if reading.texts:
                return reading
        return QrReading(())
    finally:
        capture.release()
