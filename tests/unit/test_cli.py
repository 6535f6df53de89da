"""The command line: users, login and roles, exit codes, language, the job and demo hooks.

In-process through `main([...])` (stdin patched), plus one real subprocess run. The GUI (no
subcommand) is never started: only its dispatch is checked with a stand-in module.
"""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import pytest

import desktop.cli as cli_module
from desktop import i18n
from desktop.cli import main
from desktop.cli_common import CliApp, CliExit, add_login_options, authenticate, format_table, require_office
from desktop.core.staff import Role
from desktop.i18n import language
from desktop.jobs.registry import Job
from desktop.platform.paths import database_path

REPO = Path(__file__).resolve().parents[2]
PW = "correct-horse-1"


@dataclass
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> Run:
    monkeypatch.delenv("MADOGUCHI_PASSWORD", raising=False)

    def _run(*args: str, stdin: str = "", lang: str | None = "en") -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        argv = ["--data-dir", str(data_dir)] + (["--lang", lang] if lang else []) + list(args)
        code = main(argv)
        cap = capsys.readouterr()
        return Result(code, cap.out, cap.err)

    return _run


@pytest.fixture
def office(run: Run) -> Run:
    """An office with administrator `boss` and counter user `clerk` (both password PW)."""
    r = run(
        "users",
        "add",
        "boss",
        "--name",
        "管理 太郎",
        "--role",
        "admin",
        "--new-password-stdin",
        stdin=PW + "\n",
    )
    assert r.code == 0, r.err
    r = run(
        "users", "add", "clerk", "--name", "窓口 花子", "--role", "counter", "--new-password-stdin",
        "--user", "boss", "--password-stdin", stdin=f"{PW}\n{PW}\n",
    )  # fmt: skip
    assert r.code == 0, r.err
    return run


def audit(data_dir: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(str(database_path(data_dir)))
    try:
        return conn.execute("SELECT login, action, detail FROM audit_log ORDER BY seq").fetchall()
    finally:
        conn.close()


def test_version(run: Run) -> None:
    r = run("--version", lang=None)
    assert (r.code, r.out.strip()) == (0, "Madoguchi 0.1.0")


def test_first_admin_without_user_then_list(office: Run, data_dir: Path) -> None:
    r = office("users", "list", "--user", "boss", "--password-stdin", stdin=PW + "\n")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0].split() == ["Login", "Name", "Role", "Status", "Last", "login"]
    assert any(ln.startswith("boss") and "管理 太郎" in ln and "Administrator" in ln for ln in lines)
    assert any(ln.startswith("clerk") and "Counter staff" in ln and "active" in ln for ln in lines)
    actions = [(who, what) for who, what, _ in audit(data_dir)]
    assert actions[-2:] == [("boss", "login"), ("boss", "logout")]
    assert PW not in repr(audit(data_dir))


def test_second_add_without_user_refused(office: Run) -> None:
    r = office(
        "users", "add", "eve", "--name", "x", "--role", "admin", "--new-password-stdin", stdin=PW + "\n"
    )
    assert r.code == 4
    assert "--user" in r.err


def test_wrong_password_exits_4(office: Run) -> None:
    r = office("users", "list", "--user", "boss", "--password-stdin", stdin="wrong-horse-9\n")
    assert r.code == 4
    assert "Login failed" in r.err and r.out == ""
    r = office("users", "list", "--user", "nobody", "--password-stdin", stdin=PW + "\n")
    assert r.code == 4 and "Login failed" in r.err
    r = office("users", "list", "--user", "boss")  # no password anywhere
    assert r.code == 4 and "MADOGUCHI_PASSWORD" in r.err
    r = office("users", "list")
    assert r.code == 4 and "--user" in r.err


def test_counter_user_refused_admin_commands(office: Run, data_dir: Path) -> None:
    r = office(
        "users", "add", "mallory", "--name", "x", "--role", "admin", "--new-password-stdin",
        "--user", "clerk", "--password-stdin", stdin=f"{PW}\n{PW}\n",
    )  # fmt: skip
    assert r.code == 4
    assert "Only an administrator" in r.err
    r = office("users", "disable", "boss", "--user", "clerk", "--password-stdin", stdin=PW + "\n")
    assert r.code == 4
    assert ("clerk", "logout") in [(a, b) for a, b, _ in audit(data_dir)]


def test_password_from_environment(office: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MADOGUCHI_PASSWORD", PW)
    assert office("users", "list", "--user", "boss").code == 0


def test_disable_enable_and_last_admin(office: Run) -> None:
    login = ("--user", "boss", "--password-stdin")
    r = office("users", "disable", "clerk", *login, stdin=PW + "\n")
    assert (r.code, r.out.strip()) == (0, "Disabled clerk.")
    r = office("users", "list", *login, stdin=PW + "\n")
    assert any(ln.startswith("clerk") and "disabled" in ln for ln in r.out.splitlines())
    r = office("users", "list", "--user", "clerk", "--password-stdin", stdin=PW + "\n")
    assert r.code == 4
    r = office("users", "enable", "clerk", *login, stdin=PW + "\n")
    assert (r.code, r.out.strip()) == (0, "Enabled clerk.")
    r = office("users", "disable", "boss", *login, stdin=PW + "\n")
    assert r.code == 1 and "last active administrator" in r.err
    r = office("users", "disable", "ghost", *login, stdin=PW + "\n")
    assert r.code == 1 and "ghost" in r.err


def test_reset_password_reads_second_line(office: Run) -> None:
    r = office(
        "users", "reset-password", "clerk", "--new-password-stdin", "--user", "boss", "--password-stdin",
        stdin=f"{PW}\nbrand-new-horse\n",
    )  # fmt: skip
    assert r.code == 0, r.err
    assert office("users", "list", "--user", "clerk", "--password-stdin", stdin=PW + "\n").code == 4
    r = office(
        "users", "reset-password", "clerk", "--new-password-stdin", "--user", "boss", "--password-stdin",
        stdin=f"{PW}\nshort\n",
    )  # fmt: skip
    assert r.code == 1 and "at least 8" in r.err


def test_weak_first_password_refused(run: Run) -> None:
    r = run("users", "add", "boss", "--name", "B", "--role", "admin", "--new-password-stdin", stdin="short\n")
    assert r.code == 1 and "at least 8" in r.err


def test_usage_errors_exit_2(run: Run) -> None:
    assert run("no-such-command").code == 2
    assert run("users").code == 2
    assert run("users", "add", "x", "--name", "n", "--new-password-stdin").code == 2  # --role missing
    assert run("users", "add", "x", "--name", "n", "--role", "boss", "--new-password-stdin").code == 2
    assert run("--lang", "fr", "users", "list", lang=None).code == 2
    assert run("--help").code == 0


def test_no_database_or_refused_database_exit_3(run: Run, data_dir: Path) -> None:
    r = run("users", "list", "--user", "boss", "--password-stdin", stdin=PW + "\n")
    assert r.code == 3 and str(data_dir) in r.err
    assert not database_path(data_dir).exists(), "listing must not create an office"
    database_path(data_dir).write_bytes(b"this is not sqlite" * 100)
    r = run("users", "list", "--user", "boss", "--password-stdin", stdin=PW + "\n")
    assert r.code == 3


def test_newer_database_exit_3(office: Run, data_dir: Path) -> None:
    conn = sqlite3.connect(str(database_path(data_dir)))
    conn.execute("PRAGMA user_version = 9999")
    conn.close()
    r = office("users", "list", "--user", "boss", "--password-stdin", stdin=PW + "\n")
    assert r.code == 3 and "newer version" in r.err


def test_default_language_runs(run: Run) -> None:
    r = run(
        "users",
        "add",
        "boss",
        "--name",
        "B",
        "--role",
        "admin",
        "--new-password-stdin",
        stdin=PW + "\n",
        lang=None,
    )
    assert r.code == 0 and r.out.strip()
    assert run("users", "list", "--user", "boss", "--password-stdin", stdin=PW + "\n", lang=None).code == 0


def test_language_from_setting_and_override(
    run: Run, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen: list[str] = []
    real = i18n.set_language

    def recording(lang: str) -> None:
        chosen.append(lang)
        real(lang)

    monkeypatch.setattr(cli_module, "set_language", recording)
    before = language()
    assert run("--version", lang=None).code == 0
    assert chosen[0] == "ja", "Japanese by default"
    from desktop.platform.prefs import UiPrefs, save_ui_prefs

    save_ui_prefs(data_dir, UiPrefs(language="en"))
    chosen.clear()
    r = run(
        "users",
        "add",
        "boss",
        "--name",
        "B",
        "--role",
        "admin",
        "--new-password-stdin",
        stdin=PW + "\n",
        lang=None,
    )
    assert chosen[0] == "en" and r.out.startswith("Added boss")
    chosen.clear()
    run("--version", lang="ja")
    assert chosen[0] == "ja"
    assert language() == before, "main() leaves the process language as it found it"


def test_demo_subcommand_calls_demo_run(run: Run, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Path, int]] = []

    def fake_run(path: Path, seed: int, out: TextIO) -> int:
        calls.append((path, seed))
        out.write("demo logins: …\n")
        return 0

    monkeypatch.setitem(sys.modules, "desktop.demo", types.SimpleNamespace(run=fake_run))
    r = run("demo", "--seed", "7")
    assert (r.code, calls) == (0, [(data_dir.resolve(), 7)])
    assert "demo logins" in r.out
    assert not database_path(data_dir).exists(), "the CLI leaves the demo folder to demo.run"


def test_job_subcommands_from_registry(office: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def handler(args: Any, app: CliApp) -> int:
        ctx = authenticate(app, args, Role.SUPERVISOR)
        seen["login"] = ctx.actor.login
        if args.need_office:
            require_office(app)
        print(format_table(["番号", "n"], [["窓口", 1], ["a", None]]))
        return 10

    def job_cli(sub: Any) -> None:
        p = sub.add_parser("hello", help="test job")
        p.add_argument("--need-office", action="store_true")
        add_login_options(p)
        p.set_defaults(func=handler)

    monkeypatch.setattr("desktop.jobs.registry.jobs", lambda: [Job(key="hello", title="Hello", cli=job_cli)])
    r = office("hello", "--user", "boss", "--password-stdin", stdin=PW + "\n")
    assert (r.code, seen["login"]) == (10, "boss")
    assert r.out.splitlines() == ["番号  n", "窓口  1", "a"]
    assert office("hello", "--user", "clerk", "--password-stdin", stdin=PW + "\n").code == 4
    r = office("hello", "--need-office", "--user", "boss", "--password-stdin", stdin=PW + "\n")
    assert r.code == 3 and "office profile" in r.err


def test_unexpected_error_is_one_plain_line(office: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(args: Any, app: CliApp) -> int:
        raise RuntimeError("internal detail 123456789012")

    def job_cli(sub: Any) -> None:
        sub.add_parser("boom").set_defaults(func=boom)

    monkeypatch.setattr("desktop.jobs.registry.jobs", lambda: [Job(key="boom", title="Boom", cli=job_cli)])
    r = office("boom")
    assert r.code == 1 and "unexpected error" in r.err and "123456789012" not in r.err


def test_cli_exit_passes_code(office: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def stop(args: Any, app: CliApp) -> int:
        raise CliExit(12, "why")

    def job_cli(sub: Any) -> None:
        sub.add_parser("stop").set_defaults(func=stop)

    monkeypatch.setattr("desktop.jobs.registry.jobs", lambda: [Job(key="stop", title="Stop", cli=job_cli)])
    r = office("stop")
    assert (r.code, r.err.strip()) == (12, "why")


def test_no_subcommand_hands_over_to_the_gui(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    got: list[Any] = []

    def gui_main(argv: list[str] | None = None) -> int:  # stands in for the GUI: no Qt here
        got.append(argv)
        return 0

    fake = types.SimpleNamespace(main=gui_main)
    monkeypatch.setitem(sys.modules, "desktop.__main__", fake)
    assert main(["--data-dir", str(data_dir), "--lang", "en"]) == 0
    assert got == [["--data-dir", str(data_dir), "--lang", "en"]]
    assert not database_path(data_dir).exists()


def test_subprocess_version_add_and_list(tmp_path: Path) -> None:
    data = tmp_path / "office"
    env = {k: v for k, v in os.environ.items() if k != "MADOGUCHI_PASSWORD"}
    env["PYTHONIOENCODING"] = "latin-1"  # like a redirected Windows console: the CLI must still write UTF-8

    def sh(*args: str, stdin: str = "") -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "desktop.cli", "--data-dir", str(data), *args],
            input=stdin.encode("utf-8"), capture_output=True, cwd=REPO, env=env, timeout=120, check=False,
        )  # fmt: skip

    r = sh("--version")
    assert (r.returncode, r.stdout.decode().strip()) == (0, "Madoguchi 0.1.0")
    r = sh("--lang", "en", "users", "add", "admin", "--name", "管理 太郎", "--role", "admin",
           "--new-password-stdin", stdin=PW + "\n")  # fmt: skip
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")
    assert "管理 太郎" in r.stdout.decode("utf-8")
    r = sh("--lang", "en", "users", "list", "--user", "admin", "--password-stdin", stdin=PW + "\n")
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")
    assert "管理 太郎" in r.stdout.decode("utf-8") and "Administrator" in r.stdout.decode("utf-8")
    r = sh("--lang", "en", "users", "list", "--user", "admin", "--password-stdin", stdin="wrong-horse-9\n")
    assert r.returncode == 4
    assert (data / "logs" / "madoguchi.log").is_file()


# -- the console script: desktop.__main__.console -----------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "route"),
    [
        ([], "gui"),
        (["--data-dir", "X", "--lang", "en"], "gui"),
        (["--log-level", "DEBUG"], "gui"),
        (["users", "list"], "cli"),
        (["--data-dir", "X", "backup"], "cli"),
        (["--help"], "cli"),
        (["--version"], "cli"),
        (["--lang", "xx"], "cli"),  # the command line says what is wrong, in the chosen language
        (["-platform", "offscreen"], "cli"),  # Qt's options: through the command line, as before
    ],
)
def test_console_starts_the_gui_at_once_without_a_subcommand(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], route: str
) -> None:
    import desktop.__main__ as bootstrap

    got: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(bootstrap, "main", lambda a: got.append(("gui", list(a))) or 0)
    monkeypatch.setattr(cli_module, "main", lambda a: got.append(("cli", list(a))) or 0)
    assert bootstrap.console(argv) == 0
    assert got == [(route, argv)]


def test_console_gui_route_does_not_load_the_command_line(tmp_path: Path) -> None:
    """`madoguchi` without a subcommand: neither the CLI nor the jobs load before the GUI's own start."""
    probe = (
        "import sys\n"
        "import desktop.__main__ as b\n"
        "b.main = lambda argv: print(*[m for m in ('desktop.cli', 'desktop.jobs.registry', 'sqlite_utils')"
        " if m in sys.modules]) or 0\n"
        "sys.exit(b.console(['--data-dir', sys.argv[1]]))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parents[2], timeout=60)  # fmt: skip
    assert (result.returncode, result.stdout.strip()) == (0, ""), result.stderr
