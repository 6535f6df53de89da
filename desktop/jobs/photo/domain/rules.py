"""The photo rules (写真の規格) as settings: sizes on the 35 × 45 mm print, image checks, the online file.

The official rules: printed photo 縦4.5cm × 横3.5cm, taken within 6 months, 正面・無帽・無背景; the
online-application file is a JPEG of 20 KB–7 MB, 480–6000 px on each side, in RGB. The official
diagram is a guideline; third-party figures give a head (crown to chin) of about 34 ± 2 mm in the
45 mm height with 4 ± 2 mm above the crown. Every tolerance here is a municipality setting (settings
key `photo.rules`), with these figures as defaults.

The byte limits are the strict reading of "20 KB–7 MB": at least 20 × 1024 bytes and at most
7,000,000 bytes, so a file passes whichever definition of KB and MB the receiving system uses.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP

PRINT_WIDTH_MM = 35.0
PRINT_HEIGHT_MM = 45.0
ASPECT = PRINT_WIDTH_MM / PRINT_HEIGHT_MM

SETTING_KEY = "photo.rules"


@dataclass(frozen=True)
class PhotoRules:
    # Head (crown to chin) on the 45 mm print, and the space above the crown.
    head_mm: float = 34.0
    head_tolerance_mm: float = 2.0
    crown_mm: float = 4.0
    crown_tolerance_mm: float = 2.0
    # How far the head's centre may sit from the middle of the 35 mm width.
    centre_tolerance_mm: float = 2.0
    # Roll of the head (the line through the eyes), in degrees.
    tilt_max_deg: float = 8.0
    # Mean lightness of the face (CIE L* scaled 0–255) and the share of burnt-out face pixels.
    brightness_min: float = 80.0
    brightness_max: float = 220.0
    overexposed_max: float = 0.15
    # Sharpness: variance of the Laplacian of the face resized to 300 × 300 px (see analysis).
    sharpness_min: float = 10.0
    # Plain background: share of background pixels with fine lightness detail (objects, pattern),
    # of another hue than the background's (objects), of edge pixels (furniture, frames), and the
    # spread p95 − p5 of its smoothed lightness (a shadow or uneven light).
    background_texture_max: float = 0.15
    background_colour_max: float = 0.06
    background_edges_max: float = 0.04
    background_spread_max: float = 40.0
    # The online-application file.
    min_px: int = 480
    max_px: int = 6000
    min_bytes: int = 20 * 1024
    max_bytes: int = 7_000_000
    jpeg_quality: int = 92

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> PhotoRules:
        """Stored values over the defaults; unknown keys are ignored, bad values refused."""
        if not isinstance(data, dict):
            return cls()
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            f = known.get(key)
            if f is None or value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise _bad(key)
            values[key] = int(value) if f.type == "int" else float(value)
        return validate(replace(cls(), **values))


_LABELS = {
    "head_mm": QT_TRANSLATE_NOOP("PhotoRules", "Head height (mm)"),
    "head_tolerance_mm": QT_TRANSLATE_NOOP("PhotoRules", "Head height tolerance (± mm)"),
    "crown_mm": QT_TRANSLATE_NOOP("PhotoRules", "Space above the head (mm)"),
    "crown_tolerance_mm": QT_TRANSLATE_NOOP("PhotoRules", "Space above the head tolerance (± mm)"),
    "centre_tolerance_mm": QT_TRANSLATE_NOOP("PhotoRules", "Head off centre at most (mm)"),
    "tilt_max_deg": QT_TRANSLATE_NOOP("PhotoRules", "Head tilt at most (degrees)"),
    "brightness_min": QT_TRANSLATE_NOOP("PhotoRules", "Face brightness at least"),
    "brightness_max": QT_TRANSLATE_NOOP("PhotoRules", "Face brightness at most"),
    "overexposed_max": QT_TRANSLATE_NOOP("PhotoRules", "Burnt-out face share at most"),
    "sharpness_min": QT_TRANSLATE_NOOP("PhotoRules", "Sharpness at least"),
    "background_texture_max": QT_TRANSLATE_NOOP("PhotoRules", "Background detail share at most"),
    "background_colour_max": QT_TRANSLATE_NOOP("PhotoRules", "Background other-colour share at most"),
    "background_edges_max": QT_TRANSLATE_NOOP("PhotoRules", "Background pattern share at most"),
    "background_spread_max": QT_TRANSLATE_NOOP("PhotoRules", "Background shading at most"),
    "min_px": QT_TRANSLATE_NOOP("PhotoRules", "Smallest side (px)"),
    "max_px": QT_TRANSLATE_NOOP("PhotoRules", "Largest side (px)"),
    "min_bytes": QT_TRANSLATE_NOOP("PhotoRules", "Smallest file (bytes)"),
    "max_bytes": QT_TRANSLATE_NOOP("PhotoRules", "Largest file (bytes)"),
    "jpeg_quality": QT_TRANSLATE_NOOP("PhotoRules", "JPEG quality"),
}

# (minimum, maximum) each setting may take: wide enough for any municipality, narrow enough that a
# typo cannot switch a check off.
_RANGES: dict[str, tuple[float, float]] = {
    "head_mm": (25.0, 40.0),
    "head_tolerance_mm": (0.5, 6.0),
    "crown_mm": (1.0, 10.0),
    "crown_tolerance_mm": (0.5, 5.0),
    "centre_tolerance_mm": (0.5, 6.0),
    "tilt_max_deg": (1.0, 20.0),
    "brightness_min": (20.0, 200.0),
    "brightness_max": (60.0, 255.0),
    "overexposed_max": (0.0, 0.8),
    "sharpness_min": (1.0, 200.0),
    "background_texture_max": (0.0, 0.8),
    "background_colour_max": (0.0, 0.8),
    "background_edges_max": (0.0, 0.8),
    "background_spread_max": (5.0, 200.0),
    "min_px": (100, 2000),
    "max_px": (1000, 20000),
    "min_bytes": (1000, 1_000_000),
    "max_bytes": (100_000, 50_000_000),
    "jpeg_quality": (60, 100),
}


def label(key: str) -> str:
    """English source label of a setting (context "PhotoRules")."""
    return _LABELS[key]


def value_range(key: str) -> tuple[float, float]:
    return _RANGES[key]


def _bad(key: str) -> DomainError:
    low, high = _RANGES[key]
    return DomainError(
        QT_TRANSLATE_NOOP("Errors", "{setting} must be a number from {low} to {high}."),
        setting=_LABELS[key],
        low=low,
        high=high,
    )


def validate(rules: PhotoRules) -> PhotoRules:
    """Refuse values outside their range or that contradict each other."""
    for f in fields(rules):
        value = getattr(rules, f.name)
        low, high = _RANGES[f.name]
        if isinstance(value, bool) or not low <= value <= high:
            raise _bad(f.name)
    if rules.brightness_min >= rules.brightness_max:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "The lowest face brightness must be below the highest.")
        )
    if rules.min_px >= rules.max_px or rules.min_bytes >= rules.max_bytes:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "Each smallest size must be below the largest size.")
        )
    if rules.head_mm + rules.crown_mm >= PRINT_HEIGHT_MM:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "The head and the space above it must fit in the 45 mm height.")
        )
    return rules
