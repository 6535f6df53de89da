"""A real PC/SC stack for tests: a private `pcscd -f` with the vsmartcard virtual reader, and cards.

Fixtures (registered in tests/conftest.py, so tests/bench can use them too):
- `pcsc_stack` (session): the `PcscStack`; skipped with the reason when pcscd or vsmartcard-vpcd is
  not installed or the tests do not run as root.
- `pcsc` (function): the stack running with its two virtual readers ("Virtual PCD 00 00" on
  `stack.port`, "Virtual PCD 00 01" on `stack.port + 1`), restarted if a test left it otherwise.
- `insert_card` (function): `insert_card(**emulator_options) -> CardEmulator` puts an emulated My
  Number Card on the first reader and waits until pcscd sees it; at the end the card is taken off
  and the test FAILS if the card saw its EF 0001 (個人番号) selected.

Isolation: pcscd's socket is fixed at /run/pcscd/pcscd.comm, but the client library honours
PCSCLITE_CSOCK_NAME. This module points it at a private path before anything talks PC/SC; pcscd runs
in its own mount namespace (`unshare -m`) with a private directory bind-mounted on /run/pcscd, so
a test run never meets the system's pcscd or another test run. Without unshare, pcscd uses the real
/run/pcscd (stale files of a killed pcscd are cleaned first) and the private path is a symlink to it.
Debugging: MADOGUCHI_PCSCD_ARGS="-d" adds options to pcscd (its log is BASE/pcscd.log; never use
`-a` with a real PIN: it logs APDUs). vpcd listens on its own free port pair; probing that port would insert a card, so readiness is read
from /proc/net/tcp instead.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.card.emulator import CardEmulator

PCSCD = shutil.which("pcscd", path="/usr/sbin:/usr/local/sbin:/sbin:" + os.environ.get("PATH", ""))
VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
SYSTEM_RUN = Path("/run/pcscd")
READER = "Virtual PCD 00 00"
READER_2 = "Virtual PCD 00 01"
START_TIMEOUT = 10.0

BASE = Path(tempfile.gettempdir()) / f"madoguchi-pcsc-{os.getpid()}"
SOCKET = BASE / "client" / "pcscd.comm"
# Before any PC/SC call of this process (libpcsclite reads it once): never the system's pcscd.
os.environ["PCSCLITE_CSOCK_NAME"] = str(SOCKET)


def _listening(port: int) -> bool:
    wanted = f":{port:04X} "
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if len(fields) > 3 and (fields[1] + " ").endswith(wanted) and fields[3] == "0A":
                return True
    return False


def _free_port_pair() -> int:
    rng = random.Random()
    for _ in range(200):
        port = rng.randrange(40000, 60000, 2)
        try:
            for p in (port, port + 1):
                with socket.socket() as s:
                    s.bind(("0.0.0.0", p))
        except OSError:
            continue
        return port
    raise RuntimeError("no free TCP port pair for vpcd")


def _die_with_parent() -> None:
    """In the child before exec: pcscd gets SIGTERM if the test process dies (a crash leaves no daemon)."""
    import ctypes

    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def unavailable_reason() -> str | None:
    if PCSCD is None or not VPCD_DRIVER.exists():
        return "pcscd and vsmartcard-vpcd are not installed (apt-get install pcscd vsmartcard-vpcd)"
    if os.geteuid() != 0:
        return "starting a private pcscd needs root (run the card tests as root, e.g. in CI)"
    return None


class PcscStack:
    def __init__(self, base: Path = BASE) -> None:
        self.base = base
        self.port = _free_port_pair()
        self.run_dir = base / "run"
        self.proc: subprocess.Popen[bytes] | None = None
        self.with_readers = True
        self.private = shutil.which("unshare") is not None and self._probe_unshare()
        self.log_path = base / "pcscd.log"

    @staticmethod
    def _probe_unshare() -> bool:
        try:
            done = subprocess.run(["unshare", "-m", "true"], capture_output=True, timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            return False
        return done.returncode == 0

    # -- configuration ---------------------------------------------------------------------------------
    def _config_dir(self, with_readers: bool) -> Path:
        conf = self.base / ("conf" if with_readers else "conf-empty")
        conf.mkdir(parents=True, exist_ok=True)
        if with_readers:
            (conf / "vpcd").write_text(
                'FRIENDLYNAME "Virtual PCD"\n'
                f"DEVICENAME   /dev/null:0x{self.port:04X}\n"
                f"LIBPATH      {VPCD_DRIVER}\n"
                f"CHANNELID    0x{self.port:04X}\n"
            )
        return conf

    def _clean_stale(self) -> None:
        run = self.run_dir if self.private else SYSTEM_RUN
        pid_file = run / "pcscd.pid"
        if not self.private and pid_file.exists():
            try:
                pid = int(pid_file.read_text().strip() or 0)
                if pid and Path(f"/proc/{pid}").exists() and "pcscd" in Path(f"/proc/{pid}/comm").read_text():
                    pytest.skip(f"a pcscd (pid {pid}) already runs on /run/pcscd and unshare is not available")
            except ValueError:
                pass
        for name in ("pcscd.comm", "pcscd.pid", "pcscd.pub"):
            (run / name).unlink(missing_ok=True)

    # -- life --------------------------------------------------------------------------------------------
    def start(self, *, with_readers: bool = True) -> None:
        if self.running and self.with_readers == with_readers:
            return
        self.stop()
        self.run_dir.mkdir(parents=True, exist_ok=True)
        SOCKET.parent.mkdir(parents=True, exist_ok=True)
        self._clean_stale()
        conf = self._config_dir(with_readers)
        pcscd = [str(PCSCD), "-f", "-c", str(conf), *os.environ.get("MADOGUCHI_PCSCD_ARGS", "").split()]
        if self.private:
            SYSTEM_RUN.mkdir(parents=True, exist_ok=True)  # the mount point
            script = f'mount --bind "{self.run_dir}" {SYSTEM_RUN} && exec "$@"'
            command = ["unshare", "-m", "sh", "-c", script, "sh", *pcscd]
            target = self.run_dir / "pcscd.comm"
        else:
            command = pcscd
            target = SYSTEM_RUN / "pcscd.comm"
        if SOCKET.is_symlink() or SOCKET.exists():
            SOCKET.unlink()
        SOCKET.symlink_to(target)
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                     preexec_fn=_die_with_parent)  # fmt: skip
        log.close()
        self.with_readers = with_readers
        self._wait_ready()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        ports = (self.port, self.port + 1) if self.with_readers else ()
        while time.monotonic() < deadline:
            if self.proc is None or self.proc.poll() is not None:
                raise RuntimeError(f"pcscd ended at start:\n{self.log_text()[-2000:]}")
            if SOCKET.exists() and all(_listening(p) for p in ports):
                return
            time.sleep(0.02)  # polling pcscd's readiness (a condition with a deadline)
        raise RuntimeError(f"pcscd not ready after {START_TIMEOUT} s:\n{self.log_text()[-2000:]}")

    def restart(self, *, with_readers: bool = True) -> None:
        self.stop()
        self.start(with_readers=with_readers)

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self) -> None:
        """Stop pcscd (the smart-card service goes away)."""
        proc, self.proc = self.proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)

    def kill(self) -> None:
        """kill -9 (leaves /run/pcscd files behind, as a crashed service does)."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)
        self.proc = None

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def close(self) -> None:
        self.stop()
        if SOCKET.is_symlink():
            SOCKET.unlink()
        shutil.rmtree(self.base, ignore_errors=True)


def wait_for(condition: Callable[[], bool], timeout: float = 5.0, what: str = "condition") -> None:
    """Poll a condition with a deadline (for states only pcscd knows; no signal to wait on)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def card_present(reader: str = READER) -> bool:
    from desktop.card.errors import CardError
    from desktop.card.pcsc import PcscBackend

    try:
        return any(s.name == reader and s.card_present for s in PcscBackend().states())
    except CardError:
        return False


@pytest.fixture(scope="session")
def pcsc_stack() -> Iterator[PcscStack]:
    reason = unavailable_reason()
    if reason:
        pytest.skip(reason)
    stack = PcscStack()
    try:
        yield stack
    finally:
        stack.close()


@pytest.fixture
def pcsc(pcsc_stack: PcscStack) -> PcscStack:
    """A freshly started pcscd with its two virtual readers and no card (a new daemon per test: ~50 ms)."""
    pcsc_stack.restart(with_readers=True)
    return pcsc_stack


def put_on_reader(card: CardEmulator, port: int) -> None:
    """Put `card` on the reader and wait until pcscd sees it.

    pcscd 1.9.9 + vpcd quirk: when a card vanished during a command, pcscd marks the reader empty while
    its event thread (polling every 0.4 s) may still think a card is there; a card put back before that
    thread saw the reader empty is never noticed. A hand cannot be that fast; the fixture then takes
    the card off and puts it on again once.
    """
    for attempt in range(2):
        card.insert(port)
        wait_for(card.powered.is_set, what="the reader to power the card")
        try:
            wait_for(card_present, timeout=1.5 if attempt == 0 else 5.0, what="pcscd to see the card")
            return
        except AssertionError:
            if attempt:
                raise
            card.remove()
            wait_for(lambda: not _client_connected(port), what="vpcd to drop the card")


def _client_connected(port: int) -> bool:
    """vpcd still holds a connection on its port (any state but LISTEN; read without connecting)."""
    wanted = f":{port:04X} "
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if len(fields) > 3 and (fields[1] + " ").endswith(wanted) and fields[3] != "0A":
            return True
    return False


@pytest.fixture
def insert_card(pcsc: PcscStack) -> Iterator[Callable[..., CardEmulator]]:
    cards: list[CardEmulator] = []

    def insert(**options: object) -> CardEmulator:
        card = CardEmulator(**options)  # type: ignore[arg-type]
        cards.append(card)
        put_on_reader(card, pcsc.port)
        return card

    yield insert
    for card in cards:
        card.remove()
    for card in cards:
        assert not card.violations, card.violations
