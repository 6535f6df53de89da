"""The checks a photo goes through, their results, and why staff may accept a failed one.

Each check has a stable key, an English label (context "PhotoCheck") and a result: passed, failed
or not checked (when an earlier check made it impossible: no face, no crop). A failed result says
what is wrong and what to do, as a translatable template with its measured values.

Staff may accept a photo whose *appearance* checks failed only with a recorded reason (religious
or medical head covering, an infant photographed lying on a sheet, a bedridden resident, or another
reason described in words). The face check and the file checks (resolution, JPEG) can never be
overridden: without exactly one face the image is not a portrait of the resident (and must never be,
for example, the back of a card), and a file outside the online system's limits is refused there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP


class Status(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    NOT_CHECKED = "not_checked"


FACE = "face"
HEAD_SIZE = "head_size"
HEAD_POSITION = "head_position"
TILT = "tilt"
EXPOSURE = "exposure"
SHARPNESS = "sharpness"
BACKGROUND = "background"
RESOLUTION = "resolution"
JPEG = "jpeg"

ORDER = (FACE, HEAD_SIZE, HEAD_POSITION, TILT, EXPOSURE, SHARPNESS, BACKGROUND, RESOLUTION, JPEG)
OVERRIDABLE = frozenset({HEAD_SIZE, HEAD_POSITION, TILT, EXPOSURE, SHARPNESS, BACKGROUND})

LABELS = {
    FACE: QT_TRANSLATE_NOOP("PhotoCheck", "Exactly one face"),
    HEAD_SIZE: QT_TRANSLATE_NOOP("PhotoCheck", "Head size"),
    HEAD_POSITION: QT_TRANSLATE_NOOP("PhotoCheck", "Head position"),
    TILT: QT_TRANSLATE_NOOP("PhotoCheck", "Head not tilted"),
    EXPOSURE: QT_TRANSLATE_NOOP("PhotoCheck", "Brightness"),
    SHARPNESS: QT_TRANSLATE_NOOP("PhotoCheck", "Sharpness"),
    BACKGROUND: QT_TRANSLATE_NOOP("PhotoCheck", "Plain background"),
    RESOLUTION: QT_TRANSLATE_NOOP("PhotoCheck", "Resolution (480–6000 px)"),
    JPEG: QT_TRANSLATE_NOOP("PhotoCheck", "JPEG file (RGB, 20 KB–7 MB)"),
}


@dataclass(frozen=True)
class CheckResult:
    key: str
    status: Status
    message: str = ""  # template (context "PhotoCheck"): what was found
    advice: str = ""  # template (context "PhotoCheck"): what to do
    params: dict[str, Any] = field(default_factory=dict)
    value: float | None = None  # the measured figure, for the record and the settings page

    @property
    def passed(self) -> bool:
        return self.status == Status.PASSED

    @property
    def failed(self) -> bool:
        return self.status == Status.FAILED

    @property
    def overridable(self) -> bool:
        return self.key in OVERRIDABLE

    @property
    def label(self) -> str:
        return LABELS[self.key]

    def to_json(self) -> dict[str, Any]:
        """What is stored with a photo: key, status and the measured figure (no personal data)."""
        return {"key": self.key, "status": self.status.value,
                "value": None if self.value is None else round(float(self.value), 3)}  # fmt: skip

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CheckResult:
        value = data.get("value")
        return cls(str(data["key"]), Status(str(data["status"])),
                   value=None if value is None else float(value))  # fmt: skip


def not_checked(key: str) -> CheckResult:
    return CheckResult(
        key, Status.NOT_CHECKED, QT_TRANSLATE_NOOP("PhotoCheck", "Not checked: an earlier check failed.")
    )


def passed(key: str, message: str = "", measured: float | None = None, **params: Any) -> CheckResult:
    return CheckResult(key, Status.PASSED, message, "", params, measured)


def failed(
    key: str, message: str, advice: str, measured: float | None = None, **params: Any
) -> CheckResult:
    return CheckResult(key, Status.FAILED, message, advice, params, measured)


def render(result: CheckResult) -> tuple[str, str, str]:
    """(label, message, advice) translated and filled in, for the screen and the command line."""
    from desktop.i18n import translate

    def fill(template: str) -> str:
        if not template:
            return ""
        text = translate("PhotoCheck", template)
        try:
            return text.format(**result.params)
        except (KeyError, IndexError, ValueError):
            return text

    return translate("PhotoCheck", result.label), fill(result.message), fill(result.advice)


class OverrideReason(StrEnum):
    """Why staff accepted a photo that failed a check (recorded with the photo)."""

    RELIGIOUS_COVERING = "religious_covering"  # 宗教上の理由による頭部の被り物
    MEDICAL_COVERING = "medical_covering"  # 医療上の理由による頭部の被り物
    INFANT_LYING = "infant_lying"  # 乳幼児をシーツの上に寝かせて撮影
    BEDRIDDEN = "bedridden"  # 寝たきりの方
    OTHER = "other"  # その他（内容を記入）

    @property
    def label(self) -> str:
        return REASON_LABELS[self]


REASON_LABELS = {
    OverrideReason.RELIGIOUS_COVERING: QT_TRANSLATE_NOOP("PhotoReason", "Head covering for religious reasons"),
    OverrideReason.MEDICAL_COVERING: QT_TRANSLATE_NOOP("PhotoReason", "Head covering for medical reasons"),
    OverrideReason.INFANT_LYING: QT_TRANSLATE_NOOP("PhotoReason", "Infant photographed lying on a sheet"),
    OverrideReason.BEDRIDDEN: QT_TRANSLATE_NOOP("PhotoReason", "Bedridden resident"),
    OverrideReason.OTHER: QT_TRANSLATE_NOOP("PhotoReason", "Other reason (describe it)"),
}
