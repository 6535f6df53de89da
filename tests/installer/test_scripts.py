"""The build and smoke-test scripts parse, and the Windows workflow does its steps in order (it runs
on GitHub's Windows runners, never here, so a broken edit would otherwise go unnoticed)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.installer.conftest import INSTALLER, ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash")
@pytest.mark.parametrize("name", ["build-linux.sh", "smoke-test.sh"])
def test_scripts_parse(name: str) -> None:
    result = subprocess.run(["bash", "-n", str(INSTALLER / name)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_smoke_test_runs_what_the_issue_asks() -> None:
    text = (INSTALLER / "smoke-test.sh").read_text(encoding="utf-8")
    for needed in (
        "--version",
        " demo ",
        "selftest",
        "QT_QPA_PLATFORM=offscreen",
        "mktemp -d",
        "gui_for_a_while",
    ):
        assert needed in text, needed


def test_windows_workflow_tests_freezes_builds_and_smoke_tests_in_order() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "runs-on: windows-" in text and 'python-version: "3.11"' in text
    steps = [
        'pip install -e ".[test,build]"',
        "python -m pytest",
        "PyInstaller --noconfirm --clean installer/madoguchi.spec",
        "bash installer/smoke-test.sh dist/madoguchi",
        "installer/bundle.py nsis-include dist/madoguchi build/nsis",
        "makensis -WX",
        "Run-Silently $setup '/S'",
        "Madoguchi selftest",
        '"/S _?=$app"',
        "actions/upload-artifact",
    ]
    positions = [text.find(step) for step in steps]
    assert -1 not in positions, [s for s, p in zip(steps, positions, strict=True) if p < 0]
    assert positions == sorted(positions)
    assert "\t" not in text  # YAML: spaces only


def test_top_readme_points_to_the_windows_build() -> None:
    assert "installer/README.md" in (ROOT / "README.md").read_text(encoding="utf-8")
