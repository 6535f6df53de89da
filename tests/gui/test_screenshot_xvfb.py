"""Japanese renders with the bundled fonts: offscreen checks of the Application's fonts, scale and
translators, and a real X server (Xvfb) screenshot of the login window, the main window, the setup
wizard and the settings dialog at 1366×768.

The screenshots go to tmp_path and to /tmp/madoguchi-shots/ for people to look at.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QFontInfo, QRawFont
from PySide6.QtWidgets import QApplication

from desktop import i18n
from desktop.app import FALLBACK_FAMILY, MAIN_FAMILY, install_translators, load_fonts, ui_font
from desktop.platform.paths import resource
from desktop.platform.prefs import UiPrefs, load_ui_prefs, save_ui_prefs, ui_prefs_path

ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path("/tmp/madoguchi-shots")
YOSHI = 0x20BB7  # 𠮷: not in BIZ UDGothic, in HanaMinA


# -- offscreen: fonts, scale, translators, per-PC preferences -----------------------------------------


def test_bundled_fonts_are_the_application_font(qapp: QApplication) -> None:
    fonts = load_fonts()
    assert (fonts.main, fonts.fallback) == (MAIN_FAMILY, FALLBACK_FAMILY)
    font = ui_font(fonts, 100)
    assert font.families() == ["BIZ UDGothic", "HanaMinA"]
    assert QFontInfo(font).family() == "BIZ UDGothic"
    assert ui_font(fonts, 150).pointSizeF() == pytest.approx(15.0)
    assert ui_font(fonts, 125).pointSizeF() == pytest.approx(12.5)
    assert MAIN_FAMILY in QFontDatabase.families()


def test_rare_name_characters_have_a_fallback(qapp: QApplication) -> None:
    main = QRawFont(str(resource("fonts", "BIZUDGothic-Regular.ttf")), 12)
    fallback = QRawFont(str(resource("fonts", "HanaMinA.ttf")), 12)
    assert main.familyName() == MAIN_FAMILY and fallback.familyName() == FALLBACK_FAMILY
    assert main.supportsCharacter(ord("窓")) and main.supportsCharacter(ord("髙"))
    assert not main.supportsCharacter(YOSHI), "if BIZ UDGothic gains 𠮷 the fallback is no longer needed"
    assert fallback.supportsCharacter(YOSHI)


def test_translators_follow_the_language(qapp: QApplication) -> None:
    installed = install_translators(qapp, "ja")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル", "qtbase_ja.qm"
        assert i18n.language() == "ja"
    finally:
        installed = install_translators(qapp, "en", installed)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    for translator in installed:
        qapp.removeTranslator(translator)


def test_ui_prefs_per_pc(tmp_path: Path) -> None:
    assert load_ui_prefs(tmp_path) == UiPrefs("ja", 100), "Japanese by default"
    save_ui_prefs(tmp_path, UiPrefs("en", 150))
    assert load_ui_prefs(tmp_path) == UiPrefs("en", 150)
    ui_prefs_path(tmp_path).write_text('{"language": "fr", "scale": 300}', encoding="utf-8")
    assert load_ui_prefs(tmp_path) == UiPrefs("ja", 100)
    ui_prefs_path(tmp_path).write_text("not json", encoding="utf-8")
    assert load_ui_prefs(tmp_path) == UiPrefs("ja", 100)
    with pytest.raises(ValueError):
        save_ui_prefs(tmp_path, UiPrefs("ja", 90))


# -- a real X server -----------------------------------------------------------------------------------

SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontInfo, QGuiApplication, QImage, QPainter
from PySide6.QtTest import QTest
from desktop.app import Application
from desktop.platform.prefs import UiPrefs
from desktop.store.open import open_office
from desktop.store.staff import list_staff
from desktop.tasks import SyncTaskRunner
from desktop.tasks.prompt import ScriptedPrompter
from desktop.ui.login import LoginWindow
from desktop.ui.main_window import MainWindow
from desktop.ui.setup_wizard import SetupWizard
from desktop.ui.shell import Shell, load_session_info

data_dir, first_run_dir, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
app = Application([sys.argv[0]], prefs=UiPrefs("ja", 100))
first_families = app.font().families()  # the login window's: the rest come once it shows
fonts = app.finish_start()
screen = QGuiApplication.primaryScreen()
geometry = screen.geometry()
result = {"platform": QGuiApplication.platformName(), "screen": [geometry.width(), geometry.height()],
          "family": QFontInfo(app.font()).family(), "first_families": first_families,
          "families": app.font().families(), "fonts": [fonts.main, fonts.fallback],
          "icon": not app.windowIcon().isNull()}

def render(text):
    image = QImage(96, 96, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = app.font()
    font.setPointSize(40)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QRect(0, 0, 96, 96), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image

def ink(image):
    return sum(1 for x in range(0, 96, 2) for y in range(0, 96, 2) if image.pixelColor(x, y).lightness() < 128)

missing = render("\U000F0000")  # a private-use character no font has: drawn as a box
glyphs = {name: render(ch) for name, ch in (("mado", "窓"), ("kuchi", "口"), ("yoshi", "\U00020BB7"))}
result["differs_from_missing"] = {name: img != missing for name, img in glyphs.items()}
result["mado_differs_from_kuchi"] = glyphs["mado"] != glyphs["kuchi"]
result["ink"] = {name: ink(img) for name, img in glyphs.items()}

def settle(widget):
    # paint now and let the X server catch up (a condition, not a fixed wait)
    QCoreApplication.sendPostedEvents()
    widget.repaint()
    QGuiApplication.sync()


def shoot(widget, name, full=True):
    if full:  # no window manager under Xvfb: place (and "maximise") the window ourselves
        widget.setGeometry(geometry)
    else:
        widget.move(geometry.center() - widget.rect().center())
    widget.show()
    QTest.qWaitForWindowExposed(widget)
    settle(widget)
    path = out / f"{name}.png"
    screen.grabWindow(0).save(str(path))
    result.setdefault("shots", []).append(str(path))
    return widget

prompter = ScriptedPrompter()
tasks = SyncTaskRunner(prompter)
ctx = open_office(data_dir)
login = shoot(LoginWindow(ctx, tasks, prompter), "login")
result["login_office"] = login.office_label.text()
result["login_date"] = login.date_label.text()
result["office_label_family"] = QFontInfo(login.office_label.font()).family()
login.close()

admin = [m for m in list_staff(ctx) if m.login == "admin1"][0]
actor_ctx = ctx.as_actor(admin.actor)
shell = Shell(actor_ctx, tasks, prompter, data_dir, info=load_session_info(actor_ctx), jobs=[])
window = shoot(MainWindow(shell), "main")
window.open_settings()
dialog = window.settings_dialog
dialog.move(180, 60)
QTest.qWaitForWindowExposed(dialog)
settle(dialog)
screen.grabWindow(0).save(str(out / "settings.png"))
result["shots"].append(str(out / "settings.png"))
result["settings_fits"] = geometry.contains(dialog.frameGeometry())
dialog.close()
window.close_quietly()

first = open_office(first_run_dir)
wizard = SetupWizard(first, tasks, prompter)
shoot(wizard, "wizard", full=False)
result["wizard_fits"] = geometry.contains(wizard.frameGeometry())
wizard.next()
wizard.office_page.municipality.setText("みどり市")
wizard.office_page.code.setText("131017")
settle(wizard)
screen.grabWindow(0).save(str(out / "wizard-office.png"))
result["shots"].append(str(out / "wizard-office.png"))
wizard.close()
print(json.dumps(result, ensure_ascii=False))
"""


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (CI installs it: installer/setup-debian.sh --test)")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as ready:  # Xvfb writes its display number here once it accepts clients
            number = ready.readline().strip()
        if not number:
            pytest.skip("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture
def prepared_office(ctx: object, office_profile: object, staff_users: object, data_dir: Path) -> Path:
    return data_dir


@pytest.mark.xvfb
def test_screenshots_render_japanese_with_the_bundled_font(
    xvfb_display: str, prepared_office: Path, tmp_path: Path
) -> None:
    script = tmp_path / "shoot.py"
    script.write_text(SCRIPT, encoding="utf-8")
    out = tmp_path / "shots"
    out.mkdir()
    first_run = tmp_path / "first-run"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="xcb", DISPLAY=xvfb_display, PYTHONPATH=str(ROOT), QT_SCALE_FACTOR="1")
    proc = subprocess.run(
        [sys.executable, str(script), str(prepared_office), str(first_run), str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    SHOTS.mkdir(exist_ok=True)
    for shot in result["shots"]:
        shutil.copy(shot, SHOTS / Path(shot).name)

    assert result["platform"] == "xcb"
    assert result["screen"] == [1366, 768]
    assert result["family"] == "BIZ UDGothic"
    assert result["first_families"] == ["BIZ UDGothic"]  # before the login window: the regular face only
    assert result["families"] == ["BIZ UDGothic", "HanaMinA"] and result["fonts"] == ["BIZ UDGothic", "HanaMinA"]
    assert result["icon"]
    assert result["office_label_family"] == "BIZ UDGothic"
    assert result["differs_from_missing"] == {"mado": True, "kuchi": True, "yoshi": True}, "tofu"
    assert result["mado_differs_from_kuchi"], "two different kanji drawn alike: boxes"
    assert all(n > 20 for n in result["ink"].values()), result["ink"]
    assert result["login_office"] == "みどり市 市民課"
    assert result["login_date"].startswith("令和")
    assert result["settings_fits"] and result["wizard_fits"]
    assert {Path(s).name for s in result["shots"]} == {
        "login.png",
        "main.png",
        "settings.png",
        "wizard.png",
        "wizard-office.png",
    }
    for shot in result["shots"]:
        assert Path(shot).stat().st_size > 5000
