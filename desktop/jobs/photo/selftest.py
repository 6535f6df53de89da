"""Selftest checks of the photo job (Qt-free)."""

from __future__ import annotations

from desktop.jobs.registry import SelftestResult
from desktop.store.context import Context


def cascades(ctx: Context) -> SelftestResult:
    """OpenCV 4.x with its Haar cascades is installed (OpenCV 5 dropped them) and the files store
    has every current photo the database names."""
    import cv2

    from desktop.jobs.photo.domain.geometry import HAAR_DIR, _cascade
    from desktop.jobs.photo.store import cases_with_missing_files

    try:
        _cascade("haarcascade_frontalface_default.xml")
        _cascade("haarcascade_eye.xml")
    except (RuntimeError, cv2.error) as err:
        return SelftestResult("photo.face_detection", False, "error", f"{err} ({HAAR_DIR})")
    missing = cases_with_missing_files(ctx)
    if missing:
        return SelftestResult("photo.files", False, "error", f"{len(missing)} photo files missing")
    return SelftestResult("photo.face_detection", True, "error", f"OpenCV {cv2.__version__}")
