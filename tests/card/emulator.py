"""A My Number Card emulator for the vsmartcard virtual reader (vpcd). Standard library only.

The program that connects to vpcd's TCP port *is* the card on the virtual reader: every message both
ways is a 2-byte big-endian length and a payload; a 1-byte payload from vpcd is a control code (0 power
off, 1 power on, 2 reset, 4 "send the ATR"); a longer one is a command APDU answered with a response
APDU; closing the socket takes the card off the reader.

It answers like a real card (made-up data): 券面事項入力補助AP with its PIN (EF 0011, its own retry
counter), 基本4情報 in EF 0002 (BER-TLV with the long length form, UTF-8) readable after VERIFY, the
個人番号 in EF 0001 — whose selection is a VIOLATION recorded in `violations` (tests assert it stays
empty) — and the JPKI AP with its token (EF 0006) and 利用者証明用電子証明書 (EF 000A, DER).

Scripted failures: `fail(predicate, "remove" | "hang")` takes the card off or stops answering when a
command matches; a blocked PIN answers `blocked_sw` (6984 like real cards, or 6983); `kind` "juki"
(old 住基カード: JPKI only) or "other" (no My Number applications at all).

Run by hand against a running pcscd (e.g. for screenshots):
    python tests/card/emulator.py --port 35963 --pin 1234 --name "髙橋 𠮷子"
"""

from __future__ import annotations

import argparse
import contextlib
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

AID_INPUT_SUPPORT = bytes.fromhex("D3921000310001010408")
AID_JPKI = bytes.fromhex("D392F000260100000001")
AID_FACE = bytes.fromhex("D3921000310001010402")
AID_JUKI = bytes.fromhex("D3921000310001010401")
MY_NUMBER_ATR = bytes.fromhex("3BE000FF8131FE4514")
OTHER_ATR = bytes.fromhex("3B8F8001804F0CA000000306030001000000006A")

SW_OK, SW_EOF, SW_NOT_FOUND, SW_SECURITY, SW_NOT_ALLOWED = 0x9000, 0x6282, 0x6A82, 0x6982, 0x6986


def tlv(tag: bytes, value: bytes, form: str = "82") -> bytes:
    """A TLV with the given length form: "82" (82 LL LL, as the card does), "81", "short"."""
    n = len(value)
    if form == "short" and n < 0x80:
        length = bytes([n])
    elif form == "81" and n < 0x100:
        length = bytes([0x81, n])
    else:
        length = b"\x82" + n.to_bytes(2, "big")
    return tag + length + value


def basic_info_file(name: str, address: str, birth: str, sex: str, form: str = "82") -> bytes:
    """EF 0002: FF 20 { DF 21 header, DF 22 name, DF 23 address, DF 24 YYYYMMDD, DF 25 sex }."""
    header = bytes.fromhex("0022 0000 0000 0000 0000".replace(" ", ""))
    body = (
        tlv(b"\xdf\x21", header, form)
        + tlv(b"\xdf\x22", name.encode("utf-8"), form)
        + tlv(b"\xdf\x23", address.encode("utf-8"), form)
        + tlv(b"\xdf\x24", birth.encode("ascii"), form)
        + tlv(b"\xdf\x25", sex.encode("ascii"), form)
    )
    return tlv(b"\xff\x20", body, form) + b"\xff" * 32  # the file is larger than its content


def minimal_certificate(not_after: str) -> bytes:
    """A structurally valid (unsigned) X.509 DER with notAfter `YYYYMMDDHHMMSSZ`, for manual runs."""

    def der(tag: int, value: bytes) -> bytes:
        return tlv(bytes([tag]), value, "short" if len(value) < 0x80 else "82")

    name = der(0x30, der(0x31, der(0x30, der(0x06, bytes.fromhex("550403")) + der(0x0C, b"JPKI test"))))
    algo = der(0x30, der(0x06, bytes.fromhex("2A864886F70D01010B")) + der(0x05, b""))
    validity = der(0x30, der(0x17, b"250101000000Z") + der(0x18, not_after.encode("ascii")))
    key = der(0x30, algo + der(0x03, b"\x00" + b"\x00" * 16))
    tbs = der(0x30, der(0xA0, der(0x02, b"\x02")) + der(0x02, b"\x01") + algo + name + validity + name + key)
    return der(0x30, tbs + algo + der(0x03, b"\x00" + b"\x00" * 32))


@dataclass
class Command:
    ins: int
    p1: int
    p2: int
    data: bytes
    app: str | None  # the application selected when the command arrived
    ef: int | None  # the EF selected when the command arrived

    @property
    def offset(self) -> int:
        return (self.p1 << 8) | self.p2


def mid_read(cmd: Command) -> bool:
    """READ BINARY of EF 0002 after its first chunk: the card is pulled out halfway."""
    return cmd.ins == 0xB0 and cmd.ef == 0x0002 and cmd.offset > 0


def reading_basic_info(cmd: Command) -> bool:
    return cmd.ins == 0xB0 and cmd.ef == 0x0002


@dataclass
class CardEmulator:
    name: str = "髙﨑 𠮷太郎"
    address: str = "東京都千代田区霞が関二丁目1番2号 みどりハイツ101"
    birth: str = "19880229"
    sex: str = "1"
    individual_number: str = "271828182845"  # distinctive: must never leave the card
    pin: str = "1234"
    tries: int = 3
    blocked_sw: int = 0x6984
    kind: str = "my_number"  # "my_number" | "juki" | "other"
    cert: bytes = field(default_factory=lambda: minimal_certificate("20310501145959Z"))
    length_form: str = "82"
    query_answers_ok_after_verify: bool = False  # some cards answer 90 00 to the tries query then
    # what happened
    violations: list[str] = field(default_factory=list)
    log: list[str] = field(default_factory=list)  # command names, never their data
    verifies: int = 0

    def __post_init__(self) -> None:
        self._app: str | None = None
        self._ef: int | None = None
        self._verified = False
        self._failures: list[tuple[Callable[[Command], bool], str]] = []
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._release = threading.Event()
        self.hanging = threading.Event()  # set when a scripted hang has started
        self.removed = threading.Event()  # set when the card left the reader
        self.powered = threading.Event()  # set once the reader asked for the ATR

    # -- scripting -----------------------------------------------------------------------------------
    def fail(self, when: Callable[[Command], bool], action: str) -> None:
        if action not in ("remove", "hang"):
            raise ValueError(action)
        self._failures.append((when, action))

    @property
    def atr(self) -> bytes:
        return OTHER_ATR if self.kind == "other" else MY_NUMBER_ATR

    def _apps(self) -> dict[bytes, str]:
        if self.kind == "my_number":
            return {AID_INPUT_SUPPORT: "input", AID_JPKI: "jpki", AID_FACE: "face", AID_JUKI: "juki"}
        if self.kind == "juki":
            return {AID_JPKI: "jpki", AID_JUKI: "juki"}
        return {}

    def _files(self) -> dict[tuple[str, int], bytes]:
        token = "JPKIAPICCTOKEN2" if self.kind == "my_number" else "JPKIAPICCTOKEN"
        return {
            ("input", 0x0011): b"",
            ("input", 0x0001): tlv(b"\xdf\x10", self.individual_number.encode("ascii"), "short"),
            ("input", 0x0002): basic_info_file(self.name, self.address, self.birth, self.sex, self.length_form),
            ("input", 0x0005): bytes.fromhex("DF2B0102") + b"\xff" * 12,
            ("jpki", 0x0006): token.encode("ascii").ljust(32, b" "),
            ("jpki", 0x000A): self.cert + b"\xff" * 64,
        }

    # -- the card ------------------------------------------------------------------------------------
    def reset(self) -> None:
        self._app, self._ef, self._verified = None, None, False

    def respond(self, apdu: bytes) -> bytes:
        """Answer one command APDU (response data + SW)."""
        cla, ins, p1, p2 = apdu[:4]
        data = apdu[5 : 5 + apdu[4]] if len(apdu) > 5 else b""
        if cla != 0x00:
            return _sw(0x6E00)
        if ins == 0xA4:
            return self._select(p1, data)
        if ins == 0x20:
            return self._verify(data)
        if ins == 0xB0:
            le = apdu[4] if len(apdu) == 5 else 0
            return self._read((p1 << 8) | p2, le or 256)
        return _sw(0x6D00)

    def _select(self, p1: int, data: bytes) -> bytes:
        if p1 == 0x04:
            app = self._apps().get(data)
            self.log.append(f"SELECT AP {app or data.hex()}")
            if app is None:
                return _sw(SW_NOT_FOUND)
            self._app, self._ef, self._verified = app, None, False
            return _sw(SW_OK)
        if p1 == 0x02 and len(data) == 2:
            ef = int.from_bytes(data, "big")
            self.log.append(f"SELECT EF {ef:04X}")
            if self._app == "input" and ef == 0x0001:
                self.violations.append("EF 0001 (個人番号) was selected")
            if self._app is None or (self._app, ef) not in self._files():
                return _sw(SW_NOT_FOUND)
            self._ef = ef
            return _sw(SW_OK)
        return _sw(0x6A86)

    def _verify(self, data: bytes) -> bytes:
        self.log.append("VERIFY" if data else "VERIFY (tries query)")
        if (self._app, self._ef) != ("input", 0x0011):
            return _sw(SW_NOT_ALLOWED)
        if self.tries <= 0:
            return _sw(self.blocked_sw)
        if not data:
            if self._verified and self.query_answers_ok_after_verify:
                return _sw(SW_OK)
            return _sw(0x63C0 | self.tries)
        self.verifies += 1
        if data == self.pin.encode("ascii"):
            self.tries = 3
            self._verified = True
            return _sw(SW_OK)
        self.tries -= 1
        return _sw(0x63C0 | self.tries)

    def _read(self, offset: int, le: int) -> bytes:
        self.log.append(f"READ {self._ef:04X} @{offset} {le}" if self._ef is not None else "READ")
        if self._app is None or self._ef is None:
            return _sw(SW_NOT_ALLOWED)
        if self._ef == 0x0002 and not self._verified:
            return _sw(SW_SECURITY)
        content = self._files()[(self._app, self._ef)]
        if offset > len(content):
            return _sw(0x6B00)
        chunk = content[offset : offset + le]
        return chunk + _sw(SW_OK if len(chunk) == le else SW_EOF)

    # -- on the virtual reader -----------------------------------------------------------------------
    def insert(self, port: int, host: str = "127.0.0.1") -> None:
        """Put the card on the virtual reader listening on `port` (returns at once)."""
        if self._thread is not None:
            raise RuntimeError("the card is already on a reader")
        sock = socket.create_connection((host, port), timeout=10)
        sock.settimeout(None)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock = sock
        self._release.clear()
        self.removed.clear()
        self.hanging.clear()
        self.powered.clear()
        self._thread = threading.Thread(target=self._serve, name="card-emulator", daemon=True)
        self._thread.start()

    def remove(self, timeout: float = 5.0) -> None:
        """Take the card off the reader (closes the connection; a scripted hang ends too)."""
        self._release.set()
        self._close()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    def _close(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
            self.removed.set()

    def _serve(self) -> None:
        sock = self._sock
        try:
            while sock is not None and not self._release.is_set():
                payload = _recv_message(sock)
                if payload is None:
                    break
                if len(payload) == 1:
                    if payload[0] == 4:
                        self.powered.set()
                        _send(sock, self.atr)
                    elif payload[0] in (0, 2):
                        self.reset()
                    continue
                action = self._scripted(payload)
                if action == "remove":
                    break
                if action == "hang":
                    self.hanging.set()
                    self._release.wait()
                    break
                _send(sock, self.respond(payload))
        except OSError:
            pass
        finally:
            if not self._release.is_set():
                self._close()

    def _scripted(self, apdu: bytes) -> str | None:
        data = apdu[5 : 5 + apdu[4]] if len(apdu) > 5 else b""
        cmd = Command(apdu[1], apdu[2], apdu[3], data, self._app, self._ef)
        for when, action in self._failures:
            if when(cmd):
                self.log.append(f"scripted {action}")
                return action
        return None


def _sw(sw: int) -> bytes:
    return bytes([sw >> 8, sw & 0xFF])


def _recv_exactly(sock: socket.socket, n: int) -> bytes | None:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            return None
        data += chunk
    if hasattr(socket, "TCP_QUICKACK"):  # Linux re-arms delayed ACKs after every read
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
    return data


def _recv_message(sock: socket.socket) -> bytes | None:
    head = _recv_exactly(sock, 2)
    if head is None:
        return None
    (length,) = struct.unpack(">H", head)
    return _recv_exactly(sock, length) if length else b""


def _send(sock: socket.socket, payload: bytes) -> None:
    sock.sendall(struct.pack(">H", len(payload)) + payload)


def main() -> None:
    parser = argparse.ArgumentParser(description="My Number Card emulator for vpcd (test tool)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=35963)
    parser.add_argument("--pin", default="1234")
    parser.add_argument("--tries", type=int, default=3)
    parser.add_argument("--kind", choices=("my_number", "juki", "other"), default="my_number")
    parser.add_argument("--name", default=CardEmulator.name)
    parser.add_argument("--address", default=CardEmulator.address)
    parser.add_argument("--birth", default=CardEmulator.birth)
    parser.add_argument("--sex", default=CardEmulator.sex)
    parser.add_argument("--cert-not-after", default="20310501145959Z", metavar="YYYYMMDDHHMMSSZ")
    args = parser.parse_args()
    card = CardEmulator(name=args.name, address=args.address, birth=args.birth, sex=args.sex,
                        pin=args.pin, tries=args.tries, kind=args.kind,
                        cert=minimal_certificate(args.cert_not_after))  # fmt: skip
    card.insert(args.port, args.host)
    print(f"card on the reader at {args.host}:{args.port}; Ctrl+C takes it off")
    try:
        card.removed.wait()
    except KeyboardInterrupt:
        card.remove()
    if card.violations:
        raise SystemExit("VIOLATION: " + "; ".join(card.violations))


if __name__ == "__main__":
    main()
