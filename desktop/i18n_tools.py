"""Developer tooling for translations (not used at run time): refresh .ts files, find gaps.

    python -m desktop.i18n_tools update     # run lupdate over desktop/ into resources/translations
    python -m desktop.i18n_tools missing    # list messages without a Japanese translation
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop.platform.paths import resource

ROOT = Path(__file__).resolve().parents[1]
LANGS = {"ja": "ja_JP"}
PLACEHOLDER = re.compile(r"\{[a-zA-Z_][a-zA-Z0-9_]*\}")


def lupdate_exe() -> str:
    exe = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lupdate"
    )
    if exe is None:
        raise SystemExit("pyside6-lupdate not found (install PySide6-Essentials)")
    return exe


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py") if "__pycache__" not in p.parts
    )


def run_lupdate(ts_file: Path, lang: str) -> None:
    cmd = [
        lupdate_exe(), *sources(), "-ts", str(ts_file), "-locations", "none", "-no-obsolete",
        "-source-language", "en", "-target-language", LANGS[lang], "-silent",
    ]  # fmt: skip
    subprocess.run(cmd, cwd=ROOT, check=True)


def untranslated(ts_file: Path) -> list[tuple[str, str]]:
    out = []
    for ctx in ET.parse(ts_file).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            text = "" if tr is None else "".join(tr.itertext())  # numerus forms are child elements
            if tr is None or tr.get("type") == "unfinished" or not text.strip():
                out.append((name, msg.findtext("source") or ""))
    return out


def placeholder_mismatches(ts_file: Path) -> list[tuple[str, str]]:
    out = []
    for ctx in ET.parse(ts_file).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source") or ""
            tr_el = msg.find("translation")
            tr = "" if tr_el is None else "".join(tr_el.itertext())
            if tr and sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(tr)):
                out.append((name, src))
    return out


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "update"
    for lang in LANGS:
        ts = resource("translations", f"madoguchi_{lang}.ts")
        if cmd == "update":
            run_lupdate(ts, lang)
            print(f"{ts.name}: {len(untranslated(ts))} message(s) without translation")
        elif cmd == "missing":
            for ctx, src in untranslated(ts):
                print(f"{ctx}\t{src}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
