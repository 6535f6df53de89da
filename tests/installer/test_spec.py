"""The freezer configuration: the spec collects every resource, package file and job module the app
needs (what the frozen app finds through `resource()`, `Path(__file__)` and imports by name), with no
UPX, two executables and a version resource that follows desktop.__version__."""

from __future__ import annotations

import ast
import importlib
import os
import pkgutil
import re
import struct
import tomllib
from pathlib import Path
from typing import Any

import pytest

import desktop
from desktop.i18n import load_ts
from desktop.platform.paths import resource_root
from tests.installer.conftest import INSTALLER, ROOT

SPEC = INSTALLER / "madoguchi.spec"


def test_the_spec_ships_every_file_the_resource_resolver_finds(bundle: Any, tmp_path: Path) -> None:
    assert resource_root() == bundle.RESOURCES  # the same folder the app reads from a checkout
    datas = set(bundle.resource_datas(tmp_path))
    found = [p for p in resource_root().rglob("*") if p.is_file() and p.suffix != ".qm"]
    assert found, "no resources at all?"
    for path in found:
        # in the bundle, resource() = sys._MEIPASS/resources/<same relative path>
        assert (str(path), str(path.parent.relative_to(ROOT))) in datas, path
    fonts = {Path(src).name for src, _ in datas}
    assert {"BIZUDGothic-Regular.ttf", "BIZUDGothic-Bold.ttf", "HanaMinA.ttf", "OFL-BIZUDGothic.txt"} <= fonts


def test_every_translation_ships_compiled(bundle: Any, tmp_path: Path) -> None:
    datas = bundle.resource_datas(tmp_path)
    ts_files = sorted(resource_root().joinpath("translations").glob("*.ts"))
    assert ts_files
    for ts in ts_files:
        assert (str(tmp_path / ts.with_suffix(".qm").name), "resources/translations") in datas
        assert (str(ts), "resources/translations") in datas  # translate() reads the .ts itself


def test_compiled_translation_is_what_qt_loads(bundle: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    (qm,) = [q for q in bundle.compile_translations(tmp_path) if q.name == "madoguchi_ja.qm"]
    translator = QTranslator()
    assert translator.load(str(qm))
    catalog = load_ts(resource_root() / "translations" / "madoguchi_ja.ts")  # what translate() serves
    same = sum(translator.translate(ctx, source) == text for (ctx, source), text in catalog.items())
    assert catalog and same >= 0.95 * len(catalog)  # (a message with a disambiguation needs its comment)


def test_shipped_translation_is_not_older_than_its_source(bundle: Any, tmp_path: Path) -> None:
    """The freezer copies files in any order; desktop.i18n.qm_file ignores a .qm older than the .ts."""
    folder = tmp_path / "translations"
    folder.mkdir()
    qm, ts = folder / "madoguchi_ja.qm", folder / "madoguchi_ja.ts"
    qm.write_bytes(b"qm")
    ts.write_text("<TS/>")
    os.utime(qm, (1_000_000, 1_000_000))
    bundle.settle_translation_times(tmp_path)
    assert qm.stat().st_mtime >= ts.stat().st_mtime


def test_the_spec_ships_the_package_files_code_finds_next_to_itself(bundle: Any) -> None:
    from desktop.jobs.registry import load

    datas = set(bundle.package_datas())
    folders = [ROOT / "desktop" / "store" / "migrations", *load().migration_folders()]
    sql = [p for folder in folders for p in folder.glob("*.sql")]
    assert len(sql) >= 5
    for path in sql:
        assert (str(path), str(path.parent.relative_to(ROOT))) in datas, path
    assert not [src for src, _ in datas if src.endswith((".py", ".pyc"))]


def test_hidden_imports_cover_every_installed_job_and_every_module(bundle: Any) -> None:
    from desktop import jobs

    assert bundle.installed_jobs() == jobs.INSTALLED  # read from the source without importing
    hidden = set(bundle.hidden_imports())
    for name in jobs.INSTALLED:
        assert f"desktop.jobs.{name}" in hidden
        package = importlib.import_module(f"desktop.jobs.{name}")
        for info in pkgutil.walk_packages(package.__path__, f"desktop.jobs.{name}.", onerror=lambda _n: None):
            assert info.name in hidden, info.name  # screens the main window imports by name
    walked = {i.name for i in pkgutil.walk_packages(desktop.__path__, "desktop.", onerror=lambda _n: None)}
    assert walked <= hidden


def test_haar_cascades_the_code_names_are_collected(bundle: Any) -> None:
    datas = bundle.opencv_datas()
    named = {
        m
        for p in (ROOT / "desktop").rglob("*.py")
        for m in re.findall(r"haarcascade_\w+\.xml", p.read_text("utf-8"))
    }
    assert {Path(src).name for src, _ in datas} == named
    assert all(dest == "cv2/data" and Path(src).is_file() for src, dest in datas)


def _calls(tree: ast.AST, name: str) -> list[ast.Call]:
    return [
        node for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name
    ]  # fmt: skip


def _keyword(call: ast.Call, name: str) -> Any:
    (value,) = [kw.value for kw in call.keywords if kw.arg == name]
    return ast.literal_eval(value) if isinstance(value, ast.Constant) else value


def test_spec_is_one_folder_without_upx_with_a_console_and_a_windowed_program(bundle: Any) -> None:
    text = SPEC.read_text(encoding="utf-8")
    tree = ast.parse(text)
    (exe,) = _calls(tree, "EXE")
    (collect,) = _calls(tree, "COLLECT")
    assert _keyword(exe, "upx") is False and _keyword(collect, "upx") is False
    assert _keyword(exe, "exclude_binaries") is True  # one-folder: binaries go to COLLECT
    assert "onefile" not in text.lower() and "upx=True" not in text
    programs = {}
    for call in _calls(tree, "executable"):
        _analysis, name, console, _description = call.args
        assert isinstance(name, ast.Attribute) and isinstance(console, ast.Constant)
        programs[getattr(bundle, name.attr)] = console.value
    assert programs == {"madoguchi": True, "madoguchi-gui": False}
    for helper in ("resource_datas", "package_datas", "opencv_datas", "hidden_imports", "version_info_text",
                   "compile_translations", "settle_translation_times"):  # fmt: skip
        assert f"bundle.{helper}(" in text, helper


def test_entry_scripts_are_the_projects_entry_points() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for script, target in (
        ("entry_cli.py", project["scripts"]["madoguchi"]),
        ("entry_gui.py", project["gui-scripts"]["madoguchi-gui"]),
    ):
        module, func = target.split(":")
        assert f"from {module} import {func}" in (INSTALLER / script).read_text(encoding="utf-8")
    assert "build" in project["optional-dependencies"]
    assert not [
        d
        for d in project["dependencies"] + project["optional-dependencies"]["test"]
        if "pyinstaller" in d.lower()
    ]


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("2.10.3rc1", (2, 10, 3, 0)),
        ("3.0.0.dev4", (3, 0, 0, 0)),
    ],
)
def test_windows_version_numbers(bundle: Any, version: str, numbers: tuple[int, ...]) -> None:
    assert bundle.version_tuple(version) == numbers


class _Recorder:
    """Stands in for PyInstaller's version-resource classes (which import pefile, Windows-only)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __call__(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        return {"kind": self.kind, "args": args, **kwargs}


def test_version_resource_follows_the_app_version(bundle: Any, tmp_path: Path) -> None:
    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct"]  # fmt: skip
    assert bundle.app_version() == desktop.__version__
    numbers = bundle.version_tuple(desktop.__version__)
    for exe in (bundle.CLI_NAME, bundle.GUI_NAME):
        text = bundle.version_info_text(exe, "Madoguchi (窓口)")
        info = eval(text, {n: _Recorder(n) for n in names})  # noqa: S307 - our own template
        assert info["ffi"]["filevers"] == numbers == info["ffi"]["prodvers"]
        (table,) = info["kids"][0]["args"][0]
        strings = {s["args"][0]: s["args"][1] for s in table["args"][1]}
        assert strings["OriginalFilename"] == f"{exe}.exe" and strings["InternalName"] == exe
        assert strings["ProductVersion"] == desktop.__version__
        assert strings["FileVersion"] == ".".join(map(str, numbers))
        assert strings["FileDescription"] == "Madoguchi (窓口)"
        try:  # on Windows (the CI workflow) PyInstaller's own parser reads it too
            from PyInstaller.utils.win32 import versioninfo
        except ImportError:  # PyInstaller not installed, or not on Windows (it needs pefile)
            continue
        written = tmp_path / f"{exe}.txt"
        written.write_text(text, encoding="utf-8")
        parsed = versioninfo.load_version_info_from_text_file(str(written))
        assert parsed.ffi.fileVersionMS == (numbers[0] << 16) | numbers[1]


def test_icon_has_every_size_windows_asks_for(bundle: Any, qapp: Any, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    path = bundle.write_icon(tmp_path / "madoguchi.ico")
    data = path.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(bundle.ICON_SIZES))
    for i, size in enumerate(bundle.ICON_SIZES):
        width, _h, _c, _r, _planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert (width or 256) == size and bits == 32
        blob = data[offset : offset + length]
        if size <= 64:
            assert struct.unpack_from("<Iii", blob) == (40, size, 2 * size)
        else:
            assert blob.startswith(b"\x89PNG")
    image = QImage(str(path))
    assert not image.isNull()
    top = image.pixelColor(image.width() // 2, image.height() // 8)
    assert top.alpha() == 255  # drawn, not transparent
