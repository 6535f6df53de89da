"""Refuse a data folder on a network share (Qt-free).

SQLite's documentation is plain about it: its file locking is unreliable on network file systems, and
WAL mode (which Madoguchi uses) does not work over a network at all, because the readers and the writer
share memory through the `-shm` file ("All processes using a database must be on the same host
computer; WAL does not work over a network filesystem", https://www.sqlite.org/wal.html; see also
https://www.sqlite.org/useovernet.html). A database there can be silently damaged, so Madoguchi refuses
to start (GUI, exit code 3) or to run a command (CLI, exit code 3) with such a data folder.

Recognised:
- Windows: UNC paths (`\\\\server\\share\\…`, `//server/share/…`, `\\\\?\\UNC\\server\\share\\…`) and
  drive letters that Windows reports as remote (a mapped network drive: GetDriveTypeW = DRIVE_REMOTE);
- elsewhere: the file system type of the mount holding the folder (NFS, SMB/CIFS, sshfs, WebDAV, …)
  from /proc/self/mountinfo.
The pure functions take the path as a string and the drive-type / mount table as arguments, so the
Windows path forms are tested on any system.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP

DRIVE_REMOTE = 4  # GetDriveTypeW
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "coda", "9p",
    "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph",
    "lustre", "gpfs", "beegfs", "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse", "fuse.smbnetfs", "ocfs2",
})  # fmt: skip


class NetworkDataFolder(DomainError):
    """The data folder is on a network share."""


def _message(folder: str, where: str) -> NetworkDataFolder:
    return NetworkDataFolder(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The data folder {folder} is on a network share ({where}). Madoguchi keeps the office "
            "database only on this PC's own disk: SQLite's file locking and its write-ahead log do not "
            "work reliably over a network, and the records could be damaged. Choose a folder on a local "
            "disk (the default folder is one) and use backups to keep copies elsewhere.",
        ),
        folder=folder,
        where=where,
    )


def windows_network_reason(path: str, drive_type: Callable[[str], int] | None = None) -> str | None:
    """Why a Windows path is on the network ("UNC path", "network drive Z:"), or None."""
    p = path.replace("/", "\\")
    upper = p.upper()
    if upper.startswith(("\\\\?\\UNC\\", "\\\\.\\UNC\\")):
        return "UNC path"
    if upper.startswith(("\\\\?\\", "\\\\.\\")):
        p = p[4:]  # \\?\C:\… is a local path written the long way
    elif p.startswith("\\\\"):
        return "UNC path"
    if len(p) >= 2 and p[1] == ":" and p[0].isalpha():
        drive = p[0].upper() + ":\\"
        if drive_type is not None and drive_type(drive) == DRIVE_REMOTE:
            return f"network drive {p[0].upper()}:"
    return None


def _windows_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _unescape_mount(field: str) -> str:
    """mountinfo escapes space, tab, newline and backslash as octal (\\040 …)."""
    out, i = [], 0
    while i < len(field):
        code = field[i + 1 : i + 4]
        if field[i] == "\\" and len(code) == 3 and code.isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def posix_network_reason(path: str, mountinfo: str) -> str | None:
    """The network file system type holding `path` (an absolute path), from mountinfo text, or None."""
    best: tuple[int, str] | None = None
    for line in mountinfo.splitlines():
        left, sep, right = line.partition(" - ")
        fields = left.split()
        if not sep or len(fields) < 5:
            continue
        mount_point = _unescape_mount(fields[4])
        fstype = right.split()[0] if right.split() else ""
        inside = path == mount_point or path.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) >= best[0]):
            best = (len(mount_point), fstype)
    if best is None:
        return None
    fstype = best[1].lower()
    if fstype in NETWORK_FS_TYPES or fstype.startswith(("nfs", "smb", "cifs")):
        return fstype
    return None


def network_reason(folder: Path) -> str | None:
    """Why `folder` is on a network share on this system, or None for a local disk."""
    text = str(folder)
    if sys.platform == "win32":
        return windows_network_reason(text, _windows_drive_type)
    # `\\server\share` typed on another system is still nobody's local disk
    if text.startswith(("\\\\", "//")):
        return "UNC path"
    try:
        with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as fh:
            table = fh.read()
    except OSError:
        return None
    return posix_network_reason(os.path.abspath(text), table)


def check_data_dir(folder: Path) -> None:
    """Raise NetworkDataFolder when `folder` (existing or not yet) is on a network share."""
    reason = network_reason(folder)
    if reason is not None:
        raise _message(str(folder), reason)
