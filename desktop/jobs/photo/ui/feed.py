"""The frame pipeline: a camera (QCamera → QMediaCaptureSession) or a video file (QMediaPlayer) into
ONE QVideoSink; everything from the sink onward is the same code, so a video file is a faithful
stand-in for the camera in tests and in the demo.

`FrameFeed` keeps the latest frame (nothing is queued: a slow consumer sees the newest picture),
announces it with `frameArrived`, and hands out a copy as 8-bit BGR pixels (`grab`) for the checks,
which run off the GUI thread. Failures are reported with a plain message through `failed`: no camera,
the camera refused (in use by another program), the camera unplugged during preview, no picture
arriving, or a video file that cannot be played.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QMediaPlayer,
    QVideoFrame,
    QVideoSink,
)

log = logging.getLogger(__name__)

NO_PICTURE_MS = 6000


def qimage_to_bgr(image: QImage) -> npt.NDArray[np.uint8]:
    """A copy of a QImage's pixels as contiguous 8-bit BGR (height × width × 3)."""
    img = image.convertToFormat(QImage.Format.Format_BGR888)
    width, height, stride = img.width(), img.height(), img.bytesPerLine()
    buf = np.frombuffer(img.constBits(), dtype=np.uint8, count=stride * height)
    # always a copy: the buffer belongs to the converted QImage, which is freed on return
    return buf.reshape(height, stride)[:, : width * 3].reshape(height, width, 3).copy()


def bgr_to_qimage(pixels: npt.NDArray[np.uint8]) -> QImage:
    height, width = pixels.shape[:2]
    data = np.ascontiguousarray(pixels)
    return QImage(data.data, width, height, width * 3, QImage.Format.Format_BGR888).copy()


class FrameFeed(QObject):
    frameArrived = Signal()  # noqa: N815 - Qt naming
    failed = Signal(str)  # a translated message: what happened and what to do
    runningChanged = Signal(bool)  # noqa: N815

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self._on_frame)
        self._frame: QVideoFrame | None = None
        self._camera: QCamera | None = None
        self._session: QMediaCaptureSession | None = None
        self._player: QMediaPlayer | None = None
        self._device_id: bytes | None = None
        self.frames = 0  # frames received since the last start
        self._devices = QMediaDevices(self)
        self._devices.videoInputsChanged.connect(self._inputs_changed)
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(NO_PICTURE_MS)
        self._watchdog.timeout.connect(self._no_picture)

    # -- sources -------------------------------------------------------------------------------------
    @staticmethod
    def cameras() -> list[QCameraDevice]:
        return list(QMediaDevices.videoInputs())

    def start_camera(self, device: QCameraDevice) -> None:
        self.stop()
        camera = QCamera(device, self)
        camera.errorOccurred.connect(self._camera_error)
        session = QMediaCaptureSession(self)
        session.setCamera(camera)
        session.setVideoSink(self.sink)
        self._camera, self._session = camera, session
        self._device_id = bytes(device.id().data())
        self.frames = 0
        camera.start()
        self._watchdog.start()
        self.runningChanged.emit(True)

    def start_file(self, path: Path, *, loop: bool = True) -> None:
        """Play a video file into the sink instead of a camera (tests, demo, training)."""
        self.stop()
        player = QMediaPlayer(self)
        player.setVideoSink(self.sink)
        player.setLoops(QMediaPlayer.Loops.Infinite if loop else 1)
        player.errorOccurred.connect(self._player_error)
        self._player = player
        self.frames = 0
        player.setSource(QUrl.fromLocalFile(str(path)))
        player.play()
        self._watchdog.start()
        self.runningChanged.emit(True)

    @property
    def player(self) -> QMediaPlayer | None:
        return self._player

    @property
    def running(self) -> bool:
        return self._camera is not None or self._player is not None

    def stop(self) -> None:
        self._watchdog.stop()
        was = self.running
        if self._camera is not None:
            self._camera.stop()
            self._camera.deleteLater()
        if self._session is not None:
            self._session.deleteLater()
        if self._player is not None:
            self._player.stop()
            self._player.deleteLater()
        self._camera = self._session = self._player = None
        self._device_id = None
        if was:
            self.runningChanged.emit(False)

    # -- frames --------------------------------------------------------------------------------------
    def _on_frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid():
            return
        self._frame = QVideoFrame(frame)
        self.frames += 1
        if self._watchdog.isActive():
            self._watchdog.stop()
        self.frameArrived.emit()

    def latest_image(self) -> QImage | None:
        """The newest frame as a QImage (for the preview), None before the first frame."""
        if self._frame is None:
            return None
        image = self._frame.toImage()
        return None if image.isNull() else image

    def grab(self) -> npt.NDArray[np.uint8] | None:
        """A copy of the newest frame as BGR pixels (for the checks), None before the first frame."""
        image = self.latest_image()
        return None if image is None else qimage_to_bgr(image)

    def clear(self) -> None:
        self._frame = None

    # -- failures ------------------------------------------------------------------------------------
    def _camera_error(self, error: QCamera.Error, text: str) -> None:
        if error == QCamera.Error.NoError:
            return
        log.warning("camera error %s: %s", error, text)
        self.stop()
        self.failed.emit(self.tr(
            "The camera could not be started. It may be in use by another program (close video calls or "
            "the camera app) or unplugged. You can still import a photo from a file."
        ))  # fmt: skip

    def _player_error(self, error: QMediaPlayer.Error, text: str) -> None:
        if error == QMediaPlayer.Error.NoError:
            return
        log.warning("video file error %s: %s", error, text)
        self.stop()
        self.failed.emit(self.tr("The video file cannot be played. Choose another file."))

    def _inputs_changed(self) -> None:
        if self._camera is None or self._device_id is None:
            return
        present = {bytes(d.id().data()) for d in QMediaDevices.videoInputs()}
        if self._device_id not in present:
            self.stop()
            self.failed.emit(self.tr(
                "The camera was disconnected. Plug it in again and choose it, or import a photo from a file."
            ))  # fmt: skip

    def _no_picture(self) -> None:
        if self.frames == 0 and self.running:
            self.stop()
            self.failed.emit(self.tr(
                "The camera sends no picture. It may be in use by another program or covered. Close other "
                "camera programs and start it again, or import a photo from a file."
            ))  # fmt: skip
