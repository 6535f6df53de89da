"""Fixtures of the photo job's tests.

- `FACE_VIDEO`, `NO_FACE_VIDEO`, `FACE_PNG`: the fixture files in tests/fixtures (see PHOTO_FIXTURES.md)
- `video_frames(path, count)`: real frames of a video file played by QMediaPlayer into the QVideoSink
  of `desktop.jobs.photo.ui.feed.FrameFeed` (the camera's code path from the sink on), as BGR arrays
- `face_frame`: one 1920×1080 frame of the face video taken that way (per test session)
- `case_of(ctx, name, birth)`: a resident with a card case opened in 受付中 by the photo job
- `QT_MEDIA_NOISE`: Qt Multimedia's messages on a machine without VA-API or a GPU, ignored in tests
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from desktop.core.people import Person
from desktop.store.cases import open_case
from desktop.store.context import Context
from desktop.store.people import add_person

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
FACE_VIDEO = FIXTURES / "face-astronaut-1080p30.mp4"
NO_FACE_VIDEO = FIXTURES / "no-face-720p30.mp4"
FACE_PNG = FIXTURES / "face-astronaut.png"

# VA-API libraries are absent and there is no GPU here: Qt Multimedia says so once per process.
QT_MEDIA_NOISE = r"(Couldn.t (load|resolve) (va|pipewire)|No RHI backend|No HW decoder)"

_session_frames: dict[str, np.ndarray] = {}


def collect_frames(qtbot: Any, path: Path, count: int, *, timeout: int = 15000) -> list[np.ndarray]:
    from desktop.jobs.photo.ui.feed import FrameFeed

    feed = FrameFeed()
    frames: list[np.ndarray] = []

    def arrived() -> None:
        if len(frames) < count:
            grabbed = feed.grab()
            if grabbed is not None:
                frames.append(grabbed)

    feed.frameArrived.connect(arrived)
    feed.start_file(path, loop=False)
    try:
        qtbot.waitUntil(lambda: len(frames) >= count, timeout=timeout)
    finally:
        feed.stop()
        feed.deleteLater()
    return frames


@pytest.fixture
def video_frames(qtbot: Any) -> Callable[[Path, int], list[np.ndarray]]:
    return lambda path, count: collect_frames(qtbot, path, count)


@pytest.fixture
def face_frame(qtbot: Any) -> np.ndarray:
    """Frame 10 of the face video, through the QVideoSink (decoded once per session)."""
    key = str(FACE_VIDEO)
    if key not in _session_frames:
        _session_frames[key] = collect_frames(qtbot, FACE_VIDEO, 10)[-1]
    return _session_frames[key].copy()


@pytest.fixture
def case_of() -> Callable[..., str]:
    def make(ctx: Context, name: str = "佐藤 太郎", birth: date = date(1980, 4, 1)) -> str:
        person = add_person(ctx, Person(id=None, name=name, kana="サトウ タロウ", birth_date=birth))
        assert person.id is not None
        return open_case(ctx, person.id, owner="photo").id

    return make
