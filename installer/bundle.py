"""What goes into the frozen bundle, in one place: used by `installer/madoguchi.spec` (PyInstaller),
by the build scripts and by `tests/installer/` (so the tests check exactly what the spec collects).

Qt-free and PyInstaller-free (except `write_icon`, which draws with Qt), so the unit tests run without
PyInstaller installed. Command line, for the build scripts and the Windows workflow:

    python installer/bundle.py version               # 0.1.0 (from desktop.__version__)
    python installer/bundle.py icon OUT.ico          # the application icon (drawn with the bundled font)
    python installer/bundle.py nsis-include BUNDLE OUT [SETUP.exe]
                                                     # OUT/defines.nsh, files.nsh, unfiles.nsh and
                                                     # madoguchi.ico for installer/windows/madoguchi.nsi
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from string import Template

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop"
RESOURCES = ROOT / "resources"  # = desktop.platform.paths.resource_root() of a checkout
WINDOWS = Path(__file__).resolve().parent / "windows"
VERSION_TEMPLATE = WINDOWS / "version-info.txt"

CLI_NAME = "madoguchi"  # console: the command line (and the GUI when given no subcommand)
GUI_NAME = "madoguchi-gui"  # windowed: what the shortcuts start
# Third-party packages that import parts of themselves by name at run time.
DYNAMIC_PACKAGES = ("smartcard",)
# Never needed at run time (test and developer tools that happen to be installed in the venv).
EXCLUDES = ("tkinter", "_tkinter", "pytest", "_pytest", "pytestqt", "mypy", "ruff", "PyInstaller")


# -- version ------------------------------------------------------------------------------------------


def app_version() -> str:
    """desktop.__version__, read from the source (no import: the spec must not import the app)."""
    text = (PACKAGE / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise RuntimeError("no __version__ in desktop/__init__.py")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'1.2.3' / '1.2.3rc1' / '1.2' -> (1, 2, 3, 0): the four numbers of a Windows file version."""
    numbers: list[int] = []
    for part in version.split(".")[:3]:
        match = re.match(r"\d+", part)
        if match is None:
            break
        numbers.append(int(match.group()))
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def version_info_text(exe_name: str, description: str, version: str | None = None) -> str:
    """The Windows version resource (PyInstaller's VSVersionInfo text) of one executable."""
    version = version or app_version()
    numbers = version_tuple(version)
    return Template(VERSION_TEMPLATE.read_text(encoding="utf-8")).substitute(
        numbers=", ".join(str(n) for n in numbers),
        version=version,
        version4=".".join(str(n) for n in numbers),
        internal_name=exe_name,
        original_filename=f"{exe_name}.exe",
        description=description,
    )


# -- what the spec collects ---------------------------------------------------------------------------


def resource_files() -> list[Path]:
    """Every file the resource resolver can hand out from a checkout (compiled .qm are built, not read)."""
    return sorted(
        p for p in RESOURCES.rglob("*") if p.is_file() and p.suffix != ".qm" and p.name != ".gitkeep"
    )


def translations() -> list[Path]:
    return sorted((RESOURCES / "translations").glob("*.ts"))


def compiled_name(ts: Path) -> str:
    return ts.with_suffix(".qm").name


def resource_datas(qm_dir: Path) -> list[tuple[str, str]]:
    """(source, destination folder) pairs: resources/ as the resolver expects it under sys._MEIPASS,
    plus one compiled .qm per .ts (from `qm_dir`, see `compile_translations`)."""
    datas = [(str(p), str(p.parent.relative_to(ROOT))) for p in resource_files()]
    datas += [(str(qm_dir / compiled_name(ts)), "resources/translations") for ts in translations()]
    return datas


def package_datas() -> list[tuple[str, str]]:
    """Non-Python files inside the package (migrations, sample mappings): code finds them next to its
    module through `Path(__file__)`, which in the bundle is `sys._MEIPASS/desktop/...`."""
    return [
        (str(p), str(p.parent.relative_to(ROOT)))
        for p in sorted(PACKAGE.rglob("*"))
        if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts
    ]


def opencv_datas() -> list[tuple[str, str]]:
    """The Haar cascades the application names (e.g. the photo job's face and eye detection): OpenCV
    4.x ships them in cv2/data, which PyInstaller's cv2 hook does not collect. Only those named in
    the source go in (the whole folder is 9 MB)."""
    names = sorted(
        {
            name
            for p in PACKAGE.rglob("*.py")
            for name in re.findall(r"haarcascade_\w+\.xml", p.read_text("utf-8"))
        }
    )
    if not names:
        return []
    spec = importlib.util.find_spec("cv2")  # finds the package without importing it
    if spec is None or spec.origin is None:
        raise RuntimeError("the application names Haar cascades but OpenCV (cv2) is not installed")
    folder = Path(spec.origin).parent / "data"
    missing = [name for name in names if not (folder / name).is_file()]
    if missing:
        raise RuntimeError(f"OpenCV lacks {missing} in {folder} (opencv-python-headless 5 dropped them)")
    return [(str(folder / name), "cv2/data") for name in names]


def desktop_modules() -> list[str]:
    """Every module of the `desktop` package. All of them are hidden imports: the job registry
    imports `desktop.jobs.<name>` from INSTALLED by name, and the main window and the settings dialog
    import screens by name, which PyInstaller's import analysis cannot see."""
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        parts = path.relative_to(ROOT).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def installed_jobs() -> tuple[str, ...]:
    """desktop.jobs.INSTALLED, read from the source without importing the application."""
    import ast

    tree = ast.parse((PACKAGE / "jobs" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == "INSTALLED" for t in targets):
                return tuple(ast.literal_eval(node.value))
    raise RuntimeError("no INSTALLED in desktop/jobs/__init__.py")


def hidden_imports() -> list[str]:
    modules = desktop_modules()
    jobs = [f"desktop.jobs.{name}" for name in installed_jobs()]
    missing = [j for j in jobs if j not in modules]
    if missing:
        raise RuntimeError(f"INSTALLED names jobs with no package: {missing}")
    return modules


# -- build steps ---------------------------------------------------------------------------------------


def lrelease() -> str:
    """Qt's lrelease from the running interpreter's environment (PySide6 ships it)."""
    here = Path(sys.executable).parent  # a venv's bin/ or Scripts\, or a Windows Python's own folder
    search = os.pathsep.join(str(p) for p in (here, here / "Scripts"))
    exe = shutil.which("pyside6-lrelease", path=search) or shutil.which("pyside6-lrelease")
    if exe is None:
        raise RuntimeError("pyside6-lrelease not found: install the project (PySide6) into this environment")
    return exe


def compile_translations(out_dir: Path) -> list[Path]:
    """Compile every resources/translations/*.ts to OUT_DIR/*.qm (the bundle ships them: a frozen app
    has no lrelease to compile them at run time)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    done = []
    for ts in translations():
        qm = out_dir / compiled_name(ts)
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        if not qm.is_file() or qm.stat().st_size == 0:
            raise RuntimeError(f"lrelease wrote no {qm.name}")
        done.append(qm)
    return done


def settle_translation_times(bundle_resources: Path) -> None:
    """Give each shipped .qm the modification time of its .ts: `desktop.i18n.qm_file` prefers a shipped
    .qm only when it is not older than the .ts, and the freezer copies files in no particular order."""
    for ts in (bundle_resources / "translations").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if qm.exists():
            stat = ts.stat()
            os.utime(qm, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def setup_name(version: str | None = None) -> str:
    return f"Madoguchi-{version or app_version()}-setup.exe"


def nsis_include(
    bundle: Path, out_dir: Path, setup_exe: Path | None = None, icon: Path | None = None
) -> list[Path]:
    """What installer/windows/madoguchi.nsi includes from `-DGENERATED=OUT_DIR`:
    - defines.nsh: VERSION, VERSION4 (from desktop.__version__), ICON, OUTFILE (default
      dist/Madoguchi-<version>-setup.exe);
    - files.nsh: install every file of the bundle;
    - unfiles.nsh: delete exactly those files, then their folders when empty, deepest first: the
      uninstaller removes what it installed and nothing else, never `RMDir /r` on a folder the
      administrator may have chosen badly (C:\\Program Files itself, say);
    - madoguchi.ico (drawn by `write_icon`) unless `icon` is given.
    All UTF-8 with a byte-order mark, so makensis reads non-ASCII text the same on every platform."""
    bundle = bundle.resolve()
    if not bundle.is_dir() or not any(bundle.iterdir()):
        raise RuntimeError(f"no bundle in {bundle}: freeze first (installer/README.md)")
    out_dir = out_dir.resolve()
    out_dir.mkdir(parents=True, exist_ok=True)

    def nsis(text: str) -> str:
        return text.replace("$", "$$")

    files = sorted(p for p in bundle.rglob("*") if p.is_file())
    folders = sorted(
        {parent for p in files for parent in p.parents if parent != bundle and bundle in parent.parents},
        key=lambda p: (-len(p.parts), str(p)),
    )
    install = ["; generated by installer/bundle.py nsis-include: the bundle's files"]
    current = None
    for path in files:
        rel_dir = path.parent.relative_to(bundle)
        if rel_dir != current:
            install.append(
                'SetOutPath "$INSTDIR' + "".join("\\" + nsis(part) for part in rel_dir.parts) + '"'
            )
            current = rel_dir
        install.append(f'File "{path}"')  # a compile-time path: makensis takes "$" literally here
    uninstall = ["; generated by installer/bundle.py nsis-include: the bundle's files, then its folders"]
    uninstall += ['Delete "$INSTDIR\\' + nsis("\\".join(p.relative_to(bundle).parts)) + '"' for p in files]
    uninstall += ['RMDir "$INSTDIR\\' + nsis("\\".join(f.relative_to(bundle).parts)) + '"' for f in folders]

    version = app_version()
    icon = icon.resolve() if icon else write_icon(out_dir / "madoguchi.ico")
    setup_exe = (setup_exe or ROOT / "dist" / setup_name(version)).resolve()
    defines = [
        "; generated by installer/bundle.py nsis-include",
        f'!define VERSION "{version}"',
        '!define VERSION4 "' + ".".join(str(n) for n in version_tuple(version)) + '"',
        f'!define ICON "{icon}"',  # compile-time paths, like File's
        f'!define OUTFILE "{setup_exe}"',
    ]
    written = []
    for name, lines in (("defines.nsh", defines), ("files.nsh", install), ("unfiles.nsh", uninstall)):
        (out_dir / name).write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
        written.append(out_dir / name)
    return written


# -- the icon ------------------------------------------------------------------------------------------

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def write_icon(path: Path) -> Path:
    """Draw the application icon (窓 in the bundled BIZ UDGothic on a rounded indigo square) and write
    a Windows .ico with every size Windows asks for: 32-bit bitmaps up to 64 px, PNG above (as the
    Vista+ format allows). Drawn at build time so no binary image is committed."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter

    app = QGuiApplication.instance() or QGuiApplication(["madoguchi-icon", "-platform", "offscreen"])
    font_id = QFontDatabase.addApplicationFont(str(RESOURCES / "fonts" / "BIZUDGothic-Bold.ttf"))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []

    def draw(size: int) -> QImage:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1f3a93"))
        margin = size / 32
        painter.drawRoundedRect(
            QRectF(margin, margin, size - 2 * margin, size - 2 * margin), size / 6, size / 6
        )
        font = QFont(families[0] if families else "")
        font.setPixelSize(max(8, int(size * 0.72)))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, 0, size, size * 0.98), Qt.AlignmentFlag.AlignCenter, "窓")
        painter.end()
        return image

    entries: list[tuple[int, bytes]] = []
    for size in ICON_SIZES:
        image = draw(size)
        if size <= 64:
            flipped = image.flipped(Qt.Orientation.Vertical)  # a DIB stores its rows bottom-up
            xor = bytes(flipped.constBits())[: size * size * 4]  # ARGB32 little-endian = BGRA
            and_mask = bytes(((size + 31) // 32) * 4 * size)  # all 0: the alpha channel decides
            header = struct.pack(
                "<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, len(xor) + len(and_mask), 0, 0, 0, 0
            )
            entries.append((size, header + xor + and_mask))
        else:
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes, PySide6 6.12 takes str
            entries.append((size, bytes(data.data())))
    out = bytearray(struct.pack("<HHH", 0, 1, len(entries)))
    offset = 6 + 16 * len(entries)
    for size, blob in entries:
        dim = 0 if size >= 256 else size
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    for _size, blob in entries:
        out += blob
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(out))
    del app
    return path


def main(argv: list[str]) -> int:
    if argv[:1] == ["version"] and len(argv) == 1:
        print(app_version())
        return 0
    if argv[:1] == ["icon"] and len(argv) == 2:
        print(write_icon(Path(argv[1])))
        return 0
    if argv[:1] == ["nsis-include"] and len(argv) in (3, 4):
        setup_exe = Path(argv[3]) if len(argv) == 4 else None
        for written in nsis_include(Path(argv[1]), Path(argv[2]), setup_exe):
            print(written)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
