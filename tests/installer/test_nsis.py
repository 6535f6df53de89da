"""The Windows installer script: our own fixed identity, per-machine install, both languages complete,
data kept unless asked, an uninstaller that deletes only the files it installed; and (with makensis,
Debian package `nsis`) the script compiles against a bundle's file list."""

from __future__ import annotations

import re
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest

from tests.installer.conftest import INSTALLER, ROOT

NSI = INSTALLER / "windows" / "madoguchi.nsi"
# Madoguchi's installer identity: generated once with uuid4 for this product (never copied from
# another). It must NEVER change: Windows' "Apps & features" entry, the upgrade (which finds and
# removes the previous version by it) and the installer's remembered language all hang on it. A
# changed GUID makes the next version install beside the old one instead of upgrading it.
APP_GUID = "{9C967C46-14F1-4612-B7DE-AB4D1685D4BF}"


def script() -> str:
    return NSI.read_text(encoding="utf-8-sig")


def test_installer_identity_is_ours_and_never_changes() -> None:
    raw = NSI.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM, or makensis misreads the Japanese text"
    defined = re.findall(r'^!define APP_GUID "(\{[0-9A-F-]+\})"$', script(), re.MULTILINE)
    assert defined == [APP_GUID]
    assert uuid.UUID(APP_GUID).version == 4
    assert (
        '!define UNINST_KEY "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\${APP_GUID}"'
        in script()
    )
    assert APP_GUID in (INSTALLER / "README.md").read_text(encoding="utf-8")  # written down for people


def test_per_machine_install_with_shortcuts() -> None:
    text = script()
    for needed in (
        "Unicode true",
        "RequestExecutionLevel admin",
        'InstallDir "$PROGRAMFILES64\\${APP_NAME}"',
        'CreateShortcut "$SMPROGRAMS\\${SHORTCUT}" "$INSTDIR\\${GUI_EXE}"',
        'CreateShortcut "$DESKTOP\\${SHORTCUT}" "$INSTDIR\\${GUI_EXE}"',
        "SetRegView 64",
        'WriteRegStr HKLM "${UNINST_KEY}" "UninstallString"',
        '!include "${GENERATED}/files.nsh"',
        '!include "${GENERATED}/unfiles.nsh"',
    ):
        assert needed in text, needed
    section = text.split('Section "-$(SecProgram)"')[1].split("SectionEnd")[0]
    assert "SetShellVarContext all" in section  # shortcuts for every user of the PC


def test_both_languages_have_every_message() -> None:
    text = script()
    assert text.index('MUI_LANGUAGE "Japanese"') < text.index('MUI_LANGUAGE "English"')  # Japanese default
    strings: dict[str, set[str]] = {}
    for name, lang, value in re.findall(r'^LangString (\w+) \$\{LANG_(\w+)\} "(.*)"$', text, re.MULTILINE):
        assert value.strip(), name
        strings.setdefault(name, set()).add(lang)
    assert strings and all(langs == {"JAPANESE", "ENGLISH"} for langs in strings.values()), strings
    used = set(re.findall(r"\$\((\w+)\)", text))
    assert used <= set(strings), used - set(strings)


def test_data_is_removed_only_when_asked_and_never_on_upgrade() -> None:
    text = script()
    recursive = [line.strip() for line in text.splitlines() if re.match(r"\s*RMDir\s+/r", line)]
    assert recursive == ['RMDir /r "$0"']
    (data_section,) = re.findall(
        r'^Section /o "un\.\$\(SecData\)".*?^SectionEnd', text, re.MULTILINE | re.DOTALL
    )
    assert 'RMDir /r "$0"' in data_section  # the one recursive delete: in the unselected section
    assert "${If} $Upgrade == 1\n    Return" in data_section
    assert 'StrCpy $0 "$LOCALAPPDATA\\${DATA_FOLDER}"' in data_section
    assert "/SD IDYES" in data_section  # silent: /REMOVEDATA is the administrator's explicit choice
    assert '"/REMOVEDATA"' in text and "${AndIf} $Upgrade == 0" in text
    assert "ExecWait '\"$0\\${UNINSTALLER}\" /S /UPGRADE _?=$0'" in text  # upgrade keeps the data


def test_data_folder_name_matches_the_app() -> None:
    import platformdirs

    from desktop import APP_NAME

    assert '!define DATA_FOLDER "' + APP_NAME + '"' in script()
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))
    assert folder.name == APP_NAME  # on Windows: %LOCALAPPDATA%\Madoguchi


def fake_bundle(root: Path) -> Path:
    bundle = root / "madoguchi"
    for rel in (
        "madoguchi.exe",
        "madoguchi-gui.exe",
        "_internal/base_library.zip",
        "_internal/resources/translations/madoguchi_ja.qm",
        "_internal/resources/fonts/BIZUDGothic-Regular.ttf",
        "_internal/odd $name 窓口.txt",
    ):
        path = bundle / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(rel.encode())
    return bundle


def test_file_lists_install_and_delete_exactly_the_bundle(bundle: Any, tmp_path: Path) -> None:
    source = fake_bundle(tmp_path)
    icon = tmp_path / "icon.ico"
    icon.write_bytes(b"")
    out = tmp_path / "nsis"
    bundle.nsis_include(source, out, tmp_path / "setup.exe", icon=icon)
    files = (out / "files.nsh").read_text(encoding="utf-8-sig").splitlines()
    unfiles = (out / "unfiles.nsh").read_text(encoding="utf-8-sig").splitlines()
    defines = (out / "defines.nsh").read_text(encoding="utf-8-sig")
    assert (out / "files.nsh").read_bytes().startswith(b"\xef\xbb\xbf")
    installed = [line for line in files if line.startswith("File ")]
    assert len(installed) == 6
    assert f'File "{source / "_internal" / "odd $name 窓口.txt"}"' in files  # compile time: $ as is
    assert files.index('SetOutPath "$INSTDIR\\_internal\\resources\\translations"') < files.index(
        f'File "{source / "_internal/resources/translations/madoguchi_ja.qm"}"'
    )
    deleted = [line for line in unfiles if line.startswith("Delete ")]
    assert 'Delete "$INSTDIR\\_internal\\odd $$name 窓口.txt"' in deleted  # run time: $ escaped
    assert len(deleted) == 6
    removed = [line for line in unfiles if line.startswith("RMDir")]
    assert removed == [
        'RMDir "$INSTDIR\\_internal\\resources\\fonts"',
        'RMDir "$INSTDIR\\_internal\\resources\\translations"',
        'RMDir "$INSTDIR\\_internal\\resources"',
        'RMDir "$INSTDIR\\_internal"',
    ]  # deepest first, never /r
    assert unfiles.index(removed[0]) > unfiles.index(deleted[-1])
    assert f'!define VERSION "{bundle.app_version()}"' in defines and '!define VERSION4 "' in defines
    with pytest.raises(RuntimeError, match="freeze first"):
        bundle.nsis_include(tmp_path / "missing", out)


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis not installed (Debian package nsis)")
def test_script_compiles_with_makensis(bundle: Any, qapp: Any, tmp_path: Path) -> None:
    """Warnings are errors (-WX). The full bundle's check: installer/build-linux.sh."""
    out = tmp_path / "nsis"
    setup = tmp_path / "Madoguchi-setup.exe"
    bundle.nsis_include(fake_bundle(tmp_path), out, setup, icon=bundle.write_icon(tmp_path / "madoguchi.ico"))
    result = subprocess.run(
        ["makensis", "-WX", "-V2", "-DNOCOMPRESS", f"-DGENERATED={out}", str(NSI)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert setup.read_bytes()[:2] == b"MZ"
    # each fake file holds its own path, stored as is (-DNOCOMPRESS): the bundle's files are in it
    assert b"_internal/resources/fonts/BIZUDGothic-Regular.ttf" in setup.read_bytes()
