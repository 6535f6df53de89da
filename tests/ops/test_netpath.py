"""Network data folders are refused: Windows path forms as strings, mount tables, the CLI and the GUI."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.ops import netpath
from desktop.ops.netpath import DRIVE_REMOTE, posix_network_reason, windows_network_reason
from tests.ops.conftest import Run

DRIVE_FIXED = 3


def drives(remote: str = "Z") -> object:
    return lambda root: DRIVE_REMOTE if root.upper().startswith(remote) else DRIVE_FIXED


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        (r"\\server\share\Madoguchi", "UNC path"),
        (r"\\fileserver.city.local\市民課\data", "UNC path"),
        ("//server/share/Madoguchi", "UNC path"),
        (r"\\?\UNC\server\share\Madoguchi", "UNC path"),
        (r"\\.\UNC\server\share", "UNC path"),
        (r"Z:\Madoguchi", "network drive Z:"),
        ("z:/Madoguchi", "network drive Z:"),
        (r"\\?\Z:\Madoguchi", "network drive Z:"),
        (r"C:\Users\clerk\AppData\Local\Madoguchi", None),
        (r"\\?\C:\Users\clerk\AppData\Local\Madoguchi", None),
        (r"D:\data", None),
        ("relative\\folder", None),
    ],
)
def test_windows_paths(path: str, reason: str | None) -> None:
    assert windows_network_reason(path, drives("Z")) == reason


def test_windows_drive_letters_without_a_lookup_are_local() -> None:
    assert windows_network_reason(r"Z:\Madoguchi") is None


MOUNTINFO = r"""22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw
40 27 0:40 / /mnt/share rw,relatime - cifs //server/share rw,vers=3.0
41 27 0:41 / /mnt/nfs rw,relatime - nfs4 server:/export rw
42 40 8:2 / /mnt/share/local rw,relatime - ext4 /dev/sdb1 rw
43 27 0:43 / /home/clerk/remote rw - fuse.sshfs clerk@host:/ rw
44 27 0:44 / /mnt/with\040space rw - smb3 //s/x rw
"""


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/home/clerk/.local/share/Madoguchi", None),
        ("/mnt/share/Madoguchi", "cifs"),
        ("/mnt/share", "cifs"),
        ("/mnt/shared", None),  # a sibling name, not inside /mnt/share
        ("/mnt/nfs/office/data", "nfs4"),
        ("/mnt/share/local/data", None),  # a local disk mounted inside the share: the deeper mount wins
        ("/home/clerk/remote/x", "fuse.sshfs"),
        ("/mnt/with space/data", "smb3"),
    ],
)
def test_posix_mount_table(path: str, reason: str | None) -> None:
    assert posix_network_reason(path, MOUNTINFO) == reason


def test_this_machines_temp_folder_is_local(tmp_path: Path) -> None:
    assert netpath.network_reason(tmp_path) is None
    netpath.check_data_dir(tmp_path)


def test_message_explains_why(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(netpath, "network_reason", lambda folder: "UNC path")
    with pytest.raises(netpath.NetworkDataFolder) as err:
        netpath.check_data_dir(Path("/srv/x"))
    assert "network share (UNC path)" in str(err.value)
    assert "SQLite's file locking and its write-ahead log do not work reliably over a network" in str(err.value)


def test_cli_refuses_a_network_folder_with_exit_3(run: Run, monkeypatch: pytest.MonkeyPatch,
                                                  data_dir: Path) -> None:  # fmt: skip
    monkeypatch.setattr(netpath, "network_reason", lambda folder: "nfs4")
    for args in (("selftest",), ("demo",), ("restore", "x.sqlite3", "--user", "a")):
        result = run(*args)
        assert result.code == 3, args
        assert "is on a network share (nfs4)" in result.err
    assert not (data_dir / "madoguchi.sqlite3").exists()
